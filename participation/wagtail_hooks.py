from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .demo import load_participation_demo
from .models import ContactDetailUpdate, Idea, IdeaStatus, ModerationStatus, PhotoEntry, SurveyPage
from .moderation import approve_update, reject_update
from .results import survey_results

# Contact-detail updates ------------------------------------------------------------


class ReviewLinkColumn(Column):
    """The update's name, linking to the review page with the approve and reject buttons."""

    cell_template_name = "participation/admin/review_link_cell.html"

    def __init__(self, name, url_name, **kwargs):
        self.url_name = url_name
        super().__init__(name, **kwargs)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["review_url"] = reverse(self.url_name, args=[instance.pk])
        return context


class ContactDetailUpdateViewSet(ModelViewSet):
    model = ContactDetailUpdate
    url_prefix = "participation/contact_updates"
    icon = "clipboard-list"
    menu_label = gettext_lazy("Contact-detail updates")
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    list_filter = ["status", "municipality", "page"]
    search_fields = ["organisation_name", "contact_name", "email"]
    list_export = [
        "organisation_name", "contact_name", "email", "phone", "website", "municipality", "field_of_activity",
        "message", "status", "created_at", "processed_at",
    ]
    export_filename = "contact-detail-updates"
    form_fields = [
        "organisation", "organisation_name", "contact_name", "email", "phone", "website", "municipality",
        "field_of_activity", "editor_note",
    ]

    @property
    def list_display(self):
        return [
            ReviewLinkColumn("display_name", self.get_url_name("review"), label=gettext_lazy("Organisation")),
            "contact_name",
            "municipality",
            StatusTagColumn("status", accessor="get_status_display", label=gettext_lazy("Status"), primary=lambda update: update.is_pending),
            "created_at",
        ]

    def get_queryset(self, request):
        return ContactDetailUpdate.objects.select_related("municipality", "organisation", "page")

    def review_view(self, request, pk):
        update = get_object_or_404(self.get_queryset(request), pk=pk)
        may_change = self.permission_policy.user_has_permission(request.user, "change")
        if request.method == "POST":
            if not may_change:
                raise PermissionDenied
            if not update.is_pending:
                messages.error(request, _("This update was already processed."))
                return redirect(self.get_url_name("review"), pk)
            update.editor_note = request.POST.get("editor_note", "")[:2000]
            action = request.POST.get("action")
            if action == "approve":
                try:
                    organisation = approve_update(update, request.user)
                except ValidationError as error:
                    messages.error(request, _("The update cannot be approved: %(errors)s") % {"errors": "; ".join(error.messages)})
                    return redirect(self.get_url_name("review"), pk)
                messages.success(request, _("Approved; the directory entry “%(name)s” was updated and the association told by e-mail.") % {"name": organisation.name})
            elif action == "reject":
                reject_update(update, request.user)
                messages.success(request, _("Rejected; the association was told by e-mail."))
            else:
                messages.error(request, _("Choose approve or reject."))
                return redirect(self.get_url_name("review"), pk)
            return redirect(self.get_url_name("index"))
        if request.method != "GET":
            return HttpResponseNotAllowed(["GET", "POST"])
        from .moderation import DIRECTORY_FIELDS, matching_organisation

        current = matching_organisation(update)
        rows = []
        for name in ["organisation_name", *DIRECTORY_FIELDS]:
            field = ContactDetailUpdate._meta.get_field(name)
            new = getattr(update, name)
            old = getattr(current, "name" if name == "organisation_name" else name, "") if current else ""
            rows.append({"label": field.verbose_name, "new": new or "", "old": old or "", "changed": (new or "") != (old or "")})
        return TemplateResponse(request, "participation/admin/review_update.html", {
            "update": update,
            "current": current,
            "rows": rows,
            "may_change": may_change,
            "index_url": reverse(self.get_url_name("index")),
            "edit_url": reverse(self.get_url_name("edit"), args=[update.pk]),
            "page_title": _("Review a contact-detail update"),
            "header_title": _("Review a contact-detail update"),
            "header_icon": self.icon,
            "breadcrumbs_items": [
                {"url": reverse("wagtailadmin_home"), "label": _("Home")},
                {"url": reverse(self.get_url_name("index")), "label": self.menu_label},
                {"url": "", "label": str(update)},
            ],
        })

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/review/", self.permission_required_view(self.review_view), name="review"),
        ]

    def permission_required_view(self, view):
        def wrapped(request, *args, **kwargs):
            if not self.permission_policy.user_has_any_permission(request.user, ["view", "change"]):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped


class ModeratedOnlyPermissionPolicy(ModelPermissionPolicy):
    """Visitors create these items on the public site; editors moderate, never add."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [action for action in actions if action != "add"])

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])


register_permission_policy(Idea, ModeratedOnlyPermissionPolicy(Idea))
register_permission_policy(PhotoEntry, ModeratedOnlyPermissionPolicy(PhotoEntry))


class IdeaViewSet(ModelViewSet):
    model = Idea
    url_prefix = "participation/ideas"
    icon = "comment"
    menu_label = gettext_lazy("Ideas")
    add_to_admin_menu = False
    copy_view_enabled = False
    list_display = [
        "__str__",
        "name",
        StatusTagColumn("status", accessor="get_status_display", label=gettext_lazy("Status"), primary=lambda idea: idea.status == IdeaStatus.APPROVED),
        "pinned",
        "support_count",
        "created_at",
    ]
    list_filter = ["status", "pinned", "page"]
    search_fields = ["text", "name", "answer"]
    list_export = ["text", "name", "status", "pinned", "support_count", "answer", "created_at"]
    export_filename = "ideas"

    def get_queryset(self, request):
        return Idea.objects.select_related("page")


class PhotoThumbnailColumn(Column):
    cell_template_name = "participation/admin/photo_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["src"] = instance.file_url("thumb")
        return context


class PhotoEntryViewSet(ModelViewSet):
    model = PhotoEntry
    url_prefix = "participation/photo_entries"
    icon = "image"
    menu_label = gettext_lazy("Photo entries")
    add_to_admin_menu = False
    copy_view_enabled = False
    list_display = [
        PhotoThumbnailColumn("thumbnail", label=gettext_lazy("Photo")),
        "title",
        "photographer_name",
        StatusTagColumn("status", accessor="get_status_display", label=gettext_lazy("Status"), primary=lambda e: e.status == ModerationStatus.APPROVED),
        "alt_text",
        "created_at",
    ]
    list_filter = ["status", "page"]
    search_fields = ["title", "photographer_name", "alt_text"]
    list_export = ["title", "photographer_name", "email", "consent_to_publish", "alt_text", "status", "created_at"]
    export_filename = "photo-entries"
    edit_template_name = "participation/admin/photo_edit.html"

    def get_queryset(self, request):
        return PhotoEntry.objects.select_related("page")


class ParticipationViewSetGroup(ModelViewSetGroup):
    items = [ContactDetailUpdateViewSet("contact_updates"), IdeaViewSet("ideas"), PhotoEntryViewSet("photo_entries")]
    menu_label = gettext_lazy("Participation")
    menu_icon = "group"
    menu_order = 320


@hooks.register("register_admin_viewset")
def register_participation_viewsets():
    return ParticipationViewSetGroup()


# Survey results in the admin -----------------------------------------------------------


def survey_results_admin_view(request, page_id):
    page = get_object_or_404(SurveyPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return TemplateResponse(request, "participation/admin/survey_results.html", {
        "page": page,
        "results": survey_results(page),
        "submissions_url": reverse("wagtailforms:list_submissions", args=[page.pk]),
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "header_title": _("Results: %(title)s") % {"title": page.title},
        "page_title": _("Results: %(title)s") % {"title": page.title},
        "header_icon": "form",
        "breadcrumbs_items": [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse("wagtailadmin_pages:edit", args=[page.pk]), "label": page.title},
            {"url": "", "label": _("Results")},
        ],
    })


@hooks.register("register_admin_urls")
def register_participation_admin_urls():
    return [
        path("participation/surveys/<int:page_id>/results/", survey_results_admin_view, name="participation_survey_results"),
    ]


def _results_button(page, user, priority):
    if not isinstance(page.specific_deferred, SurveyPage) or not page.permissions_for_user(user).can_edit():
        return []
    return [
        Button(
            _("Results chart"),
            reverse("participation_survey_results", args=[page.pk]),
            icon_name="form",
            priority=priority,
        )
    ]


@hooks.register("register_page_header_buttons")
def survey_results_header_button(page, user, view_name=None, next_url=None):
    return _results_button(page, user, 40)


@hooks.register("register_page_listing_more_buttons")
def survey_results_listing_button(page, user, next_url=None):
    return _results_button(page, user, 45)


# The home page: what is open for participation now -----------------------------------


@hooks.register("home_page_sections")
def open_participation_section(request, page):
    """Open surveys, idea walls and photo contests below the home page, with their deadlines."""
    from django.core.cache import cache
    from django.template.loader import render_to_string
    from django.utils import timezone, translation

    from home.chrome import content_version

    from .listing import open_participation

    def render():
        items = open_participation(page)
        if not items:
            return ""
        return render_to_string("participation/includes/home_section.html", {"items": items, "request": request})

    if getattr(request, "is_preview", False):
        html = render()
    else:
        # Deadlines pass without a publish: the key also changes every five minutes.
        bucket = int(timezone.now().timestamp() // 300)
        key = f"participation:home:{content_version()}:{bucket}:{page.pk}:{translation.get_language()}"
        html = cache.get(key)
        if html is None:
            html = render()
            cache.set(key, html, 300)
    return (30, html) if html else None


# Public URLs, demo content, benchmark -----------------------------------------------


@hooks.register("register_public_urls")
def participation_public_urls():
    from .views import photo_file

    return [
        path("participation/photos/<int:pk>/<str:variant>.jpg", photo_file, name="participation_photo"),
    ]


hooks.register("load_demo_content", load_participation_demo)


@hooks.register("register_benchmark_urls")
def participation_benchmark_urls():
    def first(model_name):
        def find():
            page = (
                Page.objects.type(_model(model_name)).live().public()
                .filter(locale__language_code="fi").order_by("path").first()
            )
            return page.get_url_parts()[2] if page else None

        find.label = f"first live participation.{model_name} in fi"
        return find

    return [first("ParticipationIndexPage"), first("IdeaWallPage"), first("PhotoContestPage"), first("SurveyPage"),
            first("ContactUpdatePage"), "/api/v2/ideas/?locale=fi",
            "/api/v2/photos/?locale=fi", "/api/v2/open_forms/?locale=fi"]


def _model(name):
    from django.apps import apps

    return apps.get_model("participation", name)


@hooks.register("register_scheduled_commands")
def scheduled_commands():
    return [("purge_submissions", 24 * 60 * 60)]
