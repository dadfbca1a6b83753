from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.roles import AGENTS, Grant
from home.scale import ScaleContent

from .demo import load_toolkit_demo
from .models import GuidePage, ToolkitIndexPage, Topic
from .review import guides_due_for_review, review_age_months
from .views import guides_due_for_review_view
from .scale import generate_guides


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    menu_order = 320


register_snippet(TopicViewSet)


def can_see_review_report(user):
    return user.is_active and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


@hooks.register("register_admin_urls")
def review_report_urls():
    return [path("reports/guides-due-for-review/", guides_due_for_review_view, name="toolkit_guides_due_for_review")]


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_review_report(request.user)


@hooks.register("register_reports_menu_item")
def review_report_menu_item():
    return ReviewReportMenuItem(
        _("Guides due for review"), reverse("toolkit_guides_due_for_review"), icon_name="time", order=700
    )


class GuidesDueForReviewPanel(Component):
    name = "toolkit_guides_due_for_review"
    order = 150

    def __init__(self, count, months):
        self.count = count
        self.months = months

    def render_html(self, parent_context=None):
        return render_to_string(
            "toolkit/admin/review_panel.html",
            {"count": self.count, "months": self.months, "report_url": reverse("toolkit_guides_due_for_review")},
        )


@hooks.register("construct_homepage_panels")
def add_review_panel(request, panels):
    if not can_see_review_report(request.user):
        return
    months = review_age_months()
    panels.append(GuidesDueForReviewPanel(guides_due_for_review(months=months).count(), months))


hooks.register("load_demo_content", load_toolkit_demo)


@hooks.register("register_benchmark_urls")
def toolkit_benchmark_urls():
    def first(model_name):
        def find():
            from .models import ToolkitIndexPage

            model = {"index": ToolkitIndexPage, "guide": GuidePage}[model_name]
            page = model.objects.live().public().filter(locale__language_code="fi").order_by("path").first()
            return page.get_url_parts()[2] if page else None

        find.label = f"first live toolkit {model_name} in fi"
        return find

    return [first("index"), first("guide"), "/api/v2/guides/?locale=fi", "/api/v2/topics/?locale=fi"]


@hooks.register("register_editor_role_permissions")
def toolkit_role_permissions():
    """Association agents draft guides; the workflow takes them to publication."""
    return [Grant(AGENTS, pages=ToolkitIndexPage.objects.all(), page_actions=("add", "change"))]


@hooks.register("register_scale_content")
def toolkit_scale_content():
    return ScaleContent(name="guides", help="toolkit guides", generate=generate_guides, models=[GuidePage])
