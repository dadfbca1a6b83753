from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import JoinRequestInspectView, approve_view, can_decide, reject_view
from .demo import load_campaign_demo
from .models import JoinRequest, Material, Participation


class MaterialViewSet(SnippetViewSet):
    model = Material
    icon = "doc-full-inverse"
    menu_label = _("Campaign materials")
    list_display = ["title", "material_type", "language", "campaign"]
    list_filter = ["material_type", "language", "campaign"]
    search_fields = ["title", "description"]
    menu_order = 330


register_snippet(MaterialViewSet)


class JoinRequestViewSet(ModelViewSet):
    model = JoinRequest
    name = "campaign_join_requests"
    url_prefix = "campaign/join-requests"
    icon = "mail"
    menu_label = _("Join requests")
    inspect_view_enabled = True
    inspect_view_class = JoinRequestInspectView
    copy_view_enabled = False
    form_fields = [
        "campaign",
        "organisation_name",
        "municipality",
        "field_of_activity",
        "website",
        "description",
        "contact_name",
        "email",
        "phone",
        "language",
        "existing_organisation",
    ]
    list_display = [
        "organisation_name",
        "campaign",
        "municipality",
        "field_of_activity",
        DateColumn("created_at", label=_("sent")),
        Column("status", label=_("status"), accessor="get_status_display"),
    ]
    list_filter = ["status", "campaign"]
    search_fields = ["organisation_name", "contact_name", "email"]
    inspect_view_fields = [
        "campaign",
        "organisation_name",
        "municipality",
        "field_of_activity",
        "website",
        "description",
        "contact_name",
        "email",
        "phone",
        "language",
        "created_at",
        "status",
        "existing_organisation",
        "organisation",
        "decided_at",
        "decided_by",
        "decision_message",
    ]

    @property
    def menu_url(self):
        return reverse(self.get_url_name("index")) + "?status=pending"

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("approve/<int:pk>/", approve_view, name="approve"),
            path("reject/<int:pk>/", reject_view, name="reject"),
        ]


class ParticipationViewSet(ModelViewSet):
    model = Participation
    name = "campaign_participations"
    url_prefix = "campaign/participations"
    icon = "group"
    menu_label = _("Participating organisations")
    copy_view_enabled = False
    form_fields = ["campaign", "organisation", "joined_at"]
    list_display = ["organisation", "campaign", DateColumn("joined_at", label=_("joined"))]
    list_filter = ["campaign"]
    search_fields = ["organisation__name"]


class CampaignAdminGroup(ModelViewSetGroup):
    menu_label = _("Campaigns")
    menu_icon = "group"
    menu_order = 250
    items = (JoinRequestViewSet, ParticipationViewSet)


@hooks.register("register_admin_viewset")
def register_campaign_viewsets():
    return CampaignAdminGroup()


class PendingJoinRequestsPanel(Component):
    name = "campaign_pending_join_requests"
    order = 160

    def __init__(self, count):
        self.count = count

    def render_html(self, parent_context=None):
        return render_to_string(
            "campaign/admin/pending_panel.html",
            {"count": self.count, "url": reverse("campaign_join_requests:index") + "?status=pending"},
        )


@hooks.register("construct_homepage_panels")
def add_pending_join_requests_panel(request, panels):
    if not can_decide(request.user):
        return
    count = JoinRequest.objects.filter(status=JoinRequest.Status.PENDING).count()
    if count:
        panels.append(PendingJoinRequestsPanel(count))


hooks.register("load_demo_content", load_campaign_demo)


@hooks.register("register_public_urls")
def campaign_public_urls():
    from .views import material_download

    return [path("campaign-materials/<int:pk>/download/", material_download, name="campaign_material_download")]


@hooks.register("register_benchmark_urls")
def campaign_benchmark_urls():
    def first(model_name, route=""):
        def find():
            from django.apps import apps

            model = apps.get_model("campaign", model_name)
            page = model.objects.live().public().filter(locale__language_code="fi").order_by("path").first()
            return page.get_url_parts()[2] + route if page else None

        find.label = f"first live campaign.{model_name} in fi{' ' + route if route else ''}"
        return find

    return [
        first("CampaignPage"),
        first("CampaignBlogIndexPage"),
        first("CampaignBlogIndexPage", "rss/"),
        first("CampaignBlogPost"),
        first("InfoPackagePage"),
        first("MaterialsPage"),
        first("ParticipatingOrganisationsPage"),
        "/api/v2/campaigns/?locale=fi",
        "/api/v2/campaign_posts/?locale=fi",
        "/api/v2/info_packages/?locale=fi",
        "/api/v2/campaign_materials/?locale=fi",
        "/api/v2/campaign_organisations/?locale=fi",
    ]


@hooks.register("register_scheduled_commands")
def scheduled_commands():
    return [("purge_join_requests", 24 * 60 * 60)]
