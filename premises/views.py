"""The directory's context and its GeoJSON."""

from django.conf import settings
from django.http import JsonResponse
from django.utils.translation import gettext as _

from .filters import ACCESSIBILITY_FEATURES, FILTER_PARAMETERS, INTENDED_USES
from .listing import PremisesListing, equipment_in_locale, filters_for, localize_equipment, premises_listing


def directory_context(request, index):
    listing = PremisesListing(index, request.GET)
    filters = listing.filters
    return {
        "listing": listing,
        "filters": filters,
        "access_options": [
            {"code": code, "label": label, "checked": code in filters.access} for code, _field, label in ACCESSIBILITY_FEATURES
        ],
        "use_options": [{"code": code, "label": label, "checked": code in filters.uses} for code, _field, label in INTENDED_USES],
        "map_tile_url": settings.MAP_TILE_URL,
        "map_tile_attribution": settings.MAP_TILE_ATTRIBUTION,
        "equipment_options": [
            {"slug": item.slug, "name": item.name, "checked": item in filters.equipment} for item in listing.equipment
        ],
    }


# What a feature shows, and what its page's address is made from.
GEOJSON_COLUMNS = [
    "title", "url_path", "locale", "street_address", "postal_code", "town", "municipality", "capacity",
    "is_free_for_associations", "latitude", "longitude", "accessibility_notes",
    *(field_name for _code, field_name, _label in ACCESSIBILITY_FEATURES),
    *(field_name for _code, field_name, _label in INTENDED_USES),
]


def geojson_feature(page, request):
    municipality = page.municipality
    return {
        "type": "Feature",
        "id": page.pk,
        # GeoJSON (RFC 7946) positions are longitude, latitude.
        "geometry": {"type": "Point", "coordinates": [float(page.longitude), float(page.latitude)]},
        "properties": {
            "title": page.title,
            "url": page.get_url(request),
            "street_address": page.street_address,
            "postal_code": page.postal_code,
            "town": page.town,
            "municipality": municipality.name if municipality else "",
            "capacity": page.capacity,
            "is_free_for_associations": page.is_free_for_associations,
            "accessibility": page.accessibility,
            "intended_uses": [use["code"] for use in page.intended_uses],
            "equipment": [item.slug for item in page.equipment_items],
        },
    }


def feature_collection(pages, request):
    return {
        "type": "FeatureCollection",
        "features": [geojson_feature(page, request) for page in pages if page.has_coordinates],
    }


def bad_request(problems):
    return JsonResponse({"message": " ".join(problems)}, status=400)


def index_geojson(request, index):
    """The index's filtered spaces (with coordinates) as a GeoJSON FeatureCollection; ?bbox= narrows them."""
    equipment = equipment_in_locale(index.locale_id)
    filters = filters_for(request.GET, index.locale_id, allow_bbox=True, equipment=equipment)
    unknown = sorted(set(request.GET) - {*FILTER_PARAMETERS, "bbox", "page"})
    if unknown:
        filters.problems.append(_("Unknown parameter: %(names)s.") % {"names": ", ".join(name[:40] for name in unknown)})
    if filters.problems:
        return bad_request(filters.problems)
    pages = list(
        premises_listing(index=index, filters=filters)
        .filter(latitude__isnull=False, longitude__isnull=False)
        .only(*GEOJSON_COLUMNS)  # not the pages' texts, opening hours or bodies: thousands of rows are read
    )
    localize_equipment(pages, index.locale_id, equipment)
    response = JsonResponse(feature_collection(pages, request), json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/geo+json"
    return response

