from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ContactPerson, Municipality, Organisation


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
