"""The premises listing: one queryset for the HTML index, the GeoJSON and the API.

Visibility (live, public, in the index or language), filters, related objects
fetched in bulk and ordering live here only, so every channel shows the same spaces.
"""

from django.apps import apps
from django.core.paginator import Paginator
from django.utils.functional import cached_property

from home.chrome import cached_per_version
from home.models import Municipality
from home.pagination import page_links

from .filters import PremisesFilters

PAGE_SIZE = 20


def _model(name):
    return apps.get_model("premises", name)


def live_premises(*, index=None, locale=None):
    """Live, public spaces below ``index`` and/or in ``locale``: the visibility rules."""
    queryset = _model("PremisesPage").objects.live().public()
    if index is not None:
        queryset = queryset.child_of(index)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def premises_listing(*, index=None, locale=None, filters=None, base=None):
    """Visible spaces, filtered, with municipality and equipment fetched in bulk, by name."""
    queryset = base if base is not None else live_premises(index=index, locale=locale)
    if filters is not None:
        queryset = filters.apply(queryset)
    return (
        queryset.select_related("municipality", "locale")
        .prefetch_related("equipment")
        .order_by("title", "pk")
    )


def _cached(name, locale_id, build):
    """Snippet lists change only when a snippet is saved, which replaces the content version."""
    return cached_per_version(f"premises:{name}:{locale_id}", build)


def equipment_in_locale(locale_id):
    """The language's equipment by name (cached under the content version)."""
    return _cached("equipment", locale_id, lambda: list(_model("Equipment").objects.filter(locale_id=locale_id).order_by("name")))


def municipalities_in_locale(locale_id):
    """The language's municipalities by name (cached under the content version)."""
    return _cached("municipalities", locale_id, lambda: list(Municipality.objects.filter(locale_id=locale_id).order_by("name")))


def localize_equipment(pages, locale_id, known=None):
    """Give each page ``_equipment_items`` in its language without a query per page.

    ``known`` is the language's equipment; a translated page that still points at
    the source language's equipment shows the translation where there is one.
    Without ``known``, those translations are read in one query (none when every
    item is in the language already).
    """
    if known is None:
        foreign = {item.translation_key for page in pages for item in page.equipment.all() if item.locale_id != locale_id}
        known = list(_model("Equipment").objects.filter(locale_id=locale_id, translation_key__in=foreign)) if foreign else []
    by_key = {item.translation_key: item for item in known if item.locale_id == locale_id}
    for page in pages:
        page._equipment_items = sorted(
            (item if item.locale_id == locale_id else by_key.get(item.translation_key, item) for item in page.equipment.all()),
            key=lambda item: item.name.lower(),
        )
    return pages


def filters_for(query, locale_id, *, allow_bbox=False, municipalities=None, equipment=None):
    """Filters from a query string, validated against the language's municipalities and equipment."""
    municipalities = municipalities if municipalities is not None else municipalities_in_locale(locale_id)
    equipment = equipment if equipment is not None else equipment_in_locale(locale_id)
    return PremisesFilters.from_query(
        query,
        municipality_codes={municipality.code for municipality in municipalities},
        equipment_by_slug={item.slug: item for item in equipment},
        allow_bbox=allow_bbox,
    )


class PremisesListing:
    """What the index shows for a query string, computed on first use."""

    def __init__(self, index, query):
        self.index = index
        self.query = query

    @cached_property
    def municipalities(self):
        return municipalities_in_locale(self.index.locale_id)

    @cached_property
    def equipment(self):
        return equipment_in_locale(self.index.locale_id)

    @cached_property
    def filters(self):
        return filters_for(self.query, self.index.locale_id, municipalities=self.municipalities, equipment=self.equipment)

    @cached_property
    def page(self):
        items = premises_listing(index=self.index, filters=self.filters)
        page = Paginator(items, PAGE_SIZE).get_page(self.query.get("page"))
        localize_equipment(page.object_list, self.index.locale_id, self.equipment)
        return page

    @cached_property
    def page_links(self):
        return page_links(self.page, self.filters.query_string)

    @cached_property
    def geojson_query(self):
        return self.filters.query_string()
