"""Campaign listings: one queryset function per listing, used by HTML, API and feed.

Visibility lives here: live, public pages only; materials whose file is outside
private collections; organisations only through an approved participation.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.apps import apps
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext
from wagtail.images import get_image_model

from home.models import Municipality, Organisation
from home.pagination import page_links

PAGE_SIZE = 10
ORGANISATIONS_PAGE_SIZE = 30
POST_RENDITIONS = (
    "fill-600x340|format-webp", "fill-1200x680|format-webp", "fill-600x340|format-jpeg", "fill-1200x680|format-jpeg",
    "fill-1200x675",  # the API's image
)
MATERIAL_RENDITIONS = ("max-400x300",)
LOGO_RENDITIONS = ("max-160x100",)


def _model(name):
    return apps.get_model("campaign", name)


def _shown(value, length=40):
    return value if len(value) <= length else value[:length] + "…"


def live_campaigns(*, locale=None):
    queryset = _model("CampaignPage").objects.live().public()
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset.order_by("-starts_on", "pk")


def visible_campaign_keys():
    """Translation keys of live, public campaigns: their materials and organisations may be shown."""
    return _model("CampaignPage").objects.live().public().values("translation_key")


def blog_posts(*, index=None, campaign=None, locale=None, base=None):
    """Live, public blog posts below ``index`` or ``campaign``, newest first, images prefetched."""
    queryset = base if base is not None else _model("CampaignBlogPost").objects.live().public()
    if index is not None:
        queryset = queryset.child_of(index)
    if campaign is not None:
        queryset = queryset.descendant_of(campaign)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return (
        queryset.select_related("author", "locale")
        .prefetch_related(Prefetch("image", queryset=get_image_model().objects.prefetch_renditions(*POST_RENDITIONS)))
        .order_by("-date", "-pk")
    )


# Materials --------------------------------------------------------------------------


@dataclass
class MaterialFilters:
    """?type=poster&language=sv (each repeatable or comma-separated); unknown values are problems."""

    types: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query):
        from .models import MATERIAL_LANGUAGES, MATERIAL_TYPES

        filters = cls()
        known_types = dict(MATERIAL_TYPES)
        known_languages = dict(MATERIAL_LANGUAGES)
        for value in _values(query, "type"):
            if value in known_types:
                filters.types.append(value)
            else:
                filters.problems.append(
                    gettext("Unknown material type “%(value)s”. Use one of: %(choices)s.")
                    % {"value": _shown(value), "choices": ", ".join(known_types)}
                )
        for value in _values(query, "language"):
            if value in known_languages:
                filters.languages.append(value)
            else:
                filters.problems.append(
                    gettext("Unknown language “%(value)s”. Use one of: %(choices)s.")
                    % {"value": _shown(value), "choices": ", ".join(known_languages)}
                )
        return filters

    @property
    def active(self):
        return bool(self.types or self.languages)

    def apply(self, queryset):
        if self.types:
            queryset = queryset.filter(material_type__in=self.types)
        if self.languages:
            queryset = queryset.filter(language__in=self.languages)
        return queryset


def _values(query, name):
    values = []
    raw_values = query.getlist(name) if hasattr(query, "getlist") else [query.get(name, "")]
    for raw in raw_values:
        for value in str(raw).split(","):
            value = value.strip()
            if value and value not in values:
                values.append(value)
    return values


def materials_queryset(*, campaign=None, locale_id=None):
    """Materials of ``campaign`` (in any of its languages) or shared by all campaigns, in ``locale_id``."""
    from hub.api import private_collection_ids

    queryset = _model("Material").objects.filter(Q(campaign__isnull=True) | Q(campaign__translation_key__in=visible_campaign_keys()))
    if locale_id is not None:
        queryset = queryset.filter(locale_id=locale_id)
    if campaign is not None:
        queryset = queryset.filter(Q(campaign__isnull=True) | Q(campaign__translation_key=campaign.translation_key))
    private = private_collection_ids()
    if private:
        queryset = queryset.exclude(document__collection_id__in=private)
    images = get_image_model().objects.prefetch_renditions(*MATERIAL_RENDITIONS)
    return (
        queryset.select_related("document", "locale")
        .prefetch_related(Prefetch("preview_image", queryset=images))
        .order_by("sort_order", "title", "pk")
    )


def campaign_materials(*, campaign, locale_id, filters=None):
    queryset = materials_queryset(campaign=campaign, locale_id=locale_id)
    if filters is not None:
        if filters.problems:
            return queryset.none()
        queryset = filters.apply(queryset)
    return queryset


# Organisations ------------------------------------------------------------------------


def participations(*, campaign=None, locale=None):
    """Approved participations (the only way an organisation appears), organisation data fetched in bulk."""
    queryset = _model("Participation").objects.filter(campaign__translation_key__in=visible_campaign_keys())
    if campaign is not None:
        queryset = queryset.filter(campaign__translation_key=campaign.translation_key)
    if locale is not None:
        queryset = queryset.filter(campaign__locale=locale)
    logos = get_image_model().objects.prefetch_renditions(*LOGO_RENDITIONS)
    return queryset.select_related("organisation__municipality", "campaign").prefetch_related(
        Prefetch("organisation__logo", queryset=logos)
    )


def localize_organisations(organisations, locale_id):
    """Each organisation in ``locale_id``'s language where a translation exists (one query)."""
    organisations = list(organisations)
    foreign = {org.translation_key for org in organisations if org.locale_id != locale_id}
    translations = {}
    if foreign:
        translated = Organisation.objects.filter(locale_id=locale_id, translation_key__in=foreign).select_related("municipality")
        translations = {org.translation_key: org for org in translated}
    result = []
    for organisation in organisations:
        translated = translations.get(organisation.translation_key) if organisation.locale_id != locale_id else None
        if translated is not None and translated.logo_id == organisation.logo_id:
            translated.logo = organisation.logo  # already fetched with its renditions
        result.append(translated or organisation)
    return result


def participating_organisations(*, campaign, locale_id):
    """The campaign's approved organisations in the page's language, by name, without duplicates."""
    seen, organisations = set(), []
    for participation in participations(campaign=campaign):
        organisation = participation.organisation
        if organisation.translation_key not in seen:
            seen.add(organisation.translation_key)
            organisations.append(organisation)
    organisations = localize_organisations(organisations, locale_id)
    return sorted(organisations, key=lambda org: org.name.lower())


@dataclass
class OrganisationFilters:
    """?municipality=837&field=Liikunta; an unknown value empties the list with a message."""

    municipality: str = ""
    field_of_activity: str = ""
    problems: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query, *, municipality_codes, fields):
        filters = cls()
        municipality = query.get("municipality", "").strip()
        if municipality:
            if municipality in municipality_codes:
                filters.municipality = municipality
            else:
                filters.problems.append(gettext("Unknown municipality code “%(value)s”.") % {"value": _shown(municipality)})
        field_value = " ".join(query.get("field", "").split())
        if field_value:
            match = next((known for known in fields if known.lower() == field_value.lower()), None)
            if match:
                filters.field_of_activity = match
            else:
                filters.problems.append(gettext("No organisation has the field of activity “%(value)s”.") % {"value": _shown(field_value)})
        return filters

    @property
    def active(self):
        return bool(self.municipality or self.field_of_activity)

    def apply(self, organisations):
        if self.problems:
            return []
        if self.municipality:
            organisations = [org for org in organisations if org.municipality and org.municipality.code == self.municipality]
        if self.field_of_activity:
            wanted = self.field_of_activity.lower()
            organisations = [org for org in organisations if org.field_of_activity.lower() == wanted]
        return organisations

    def query_string(self, **extra):
        params = []
        if self.municipality:
            params.append(("municipality", self.municipality))
        if self.field_of_activity:
            params.append(("field", self.field_of_activity))
        params += [(key, value) for key, value in extra.items() if value not in (None, "")]
        return urlencode(params)


class OrganisationListing:
    """What the organisations page shows for a query string."""

    def __init__(self, page, query):
        self.page_obj = page
        self.query = query

    @cached_property
    def all_organisations(self):
        campaign = self.page_obj.campaign
        if campaign is None:
            return []
        return participating_organisations(campaign=campaign, locale_id=self.page_obj.locale_id)

    @cached_property
    def municipalities(self):
        """The page language's municipalities that have participating organisations."""
        codes = {org.municipality.code for org in self.all_organisations if org.municipality}
        return list(Municipality.objects.filter(locale_id=self.page_obj.locale_id, code__in=codes).order_by("name"))

    @cached_property
    def fields(self):
        return sorted({org.field_of_activity for org in self.all_organisations if org.field_of_activity}, key=str.lower)

    @cached_property
    def filters(self):
        codes = {municipality.code for municipality in self.municipalities}
        return OrganisationFilters.from_query(self.query, municipality_codes=codes, fields=self.fields)

    @cached_property
    def results(self):
        return self.filters.apply(self.all_organisations)

    @cached_property
    def page(self):
        page = Paginator(self.results, ORGANISATIONS_PAGE_SIZE).get_page(self.query.get("page"))
        names = self.municipality_names
        for organisation in page.object_list:
            municipality = organisation.municipality
            organisation.municipality_name = names.get(municipality.code, municipality.name) if municipality else ""
        return page

    @cached_property
    def municipality_names(self):
        return {municipality.code: municipality.name for municipality in self.municipalities}

    @cached_property
    def page_links(self):
        return page_links(self.page, self.filters.query_string)
