from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import can_see_translation_status, translation_status_view
from .models import ContactPerson, Municipality, Organisation
from .translation_status import out_of_date_count

DASHBOARD_LIMIT = 5


class ContactPersonViewSet(SnippetViewSet):
    model = ContactPerson
    icon = "user"
    list_display = ["name", "job_title", "organisation", "email"]
    search_fields = ["name", "job_title"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "city", "website"]
    search_fields = ["name"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    list_display = ["name", "code"]
    search_fields = ["name"]


class SharedSnippetsGroup(SnippetViewSetGroup):
    menu_label = _("People and places")
    menu_icon = "group"
    menu_order = 300
    items = (ContactPersonViewSet, OrganisationViewSet, MunicipalityViewSet)


register_snippet(SharedSnippetsGroup)


@hooks.register("insert_editor_js")
def chooser_locale_js():
    """The rich text link chooser opens in the edited content's locale, as the other choosers do."""
    return format_html(
        '<script src="{}" data-page-chooser-url="{}"></script>',
        static("home/js/chooser-locale.js"), reverse("wagtailadmin_choose_page"),
    )


# Translation status report and the dashboard's editor panels -----------------


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [path("reports/translation-status/", translation_status_view, name="home_translation_status")]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_translation_status(request.user)


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("home_translation_status"), icon_name="wagtail-localize-language", order=650
    )


class TemplatePanel(Component):
    """A dashboard panel rendered from a template with a fixed context."""

    def __init__(self, name, order, template_name, context):
        self.name, self.order, self.template_name, self.context = name, order, template_name, context

    def get_context_data(self, parent_context=None):
        return self.context


@hooks.register("construct_homepage_panels")
def add_editor_panels(request, panels):
    user = request.user
    drafts = (
        Page.objects.filter(has_unpublished_changes=True, latest_revision__user=user)
        .select_related("locale").order_by("-latest_revision_created_at")[:DASHBOARD_LIMIT]
    )
    panels.append(TemplatePanel("home_my_drafts", 90, "home/admin/my_drafts_panel.html", {"pages": drafts}))
    if can_see_translation_status(user):
        panels.append(TemplatePanel(
            "home_translations_out_of_date", 160, "home/admin/translation_status_panel.html",
            {"count": out_of_date_count(), "report_url": reverse("home_translation_status")},
        ))


# Two-step verification (home/two_factor.py) -------------------------------------


@hooks.register("register_admin_urls")
def two_factor_urls():
    from .two_factor import setup_view, verify_view

    return [
        path("two-factor/", setup_view, name="two_factor_setup"),
        path("two-factor/verify/", verify_view, name="two_factor_verify"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": _("Two-step verification"),
        "help_text": _("Ask for a code from an authenticator app on your phone after the password."),
    }
