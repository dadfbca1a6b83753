"""Filters of the premises directory, parsed from a query string.

The HTML index, the GeoJSON and the API read the same parameters:

    municipality=837        Statistics Finland's municipality code
    min_capacity=20         at least this many persons
    access=step_free        accessibility features, repeatable or comma-separated:
                            step_free, lift, accessible_toilet, induction_loop, accessible_parking
    equipment=projector     equipment slugs, repeatable or comma-separated (all required)
    use=meeting             intended uses, repeatable or comma-separated (all required):
                            meeting, course, exercise, party, exhibition, performance
    free=1                  free for registered associations
    q=sali                  text in the name, description, address, town or operator
    bbox=23.5,61.3,24.1,61.6  (GeoJSON and API only) min lon, min lat, max lon, max lat

Invalid values become ``problems``: the HTML page ignores them with a message,
the GeoJSON and the API answer 400 with the message.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# (parameter value, model field, label)
ACCESSIBILITY_FEATURES = [
    ("step_free", "step_free_entrance", _("Step-free entrance")),
    ("lift", "has_lift", _("Lift or ground floor")),
    ("accessible_toilet", "accessible_toilet", _("Accessible toilet")),
    ("induction_loop", "induction_loop", _("Induction loop")),
    ("accessible_parking", "accessible_parking", _("Accessible parking")),
]
INTENDED_USES = [
    ("meeting", "suits_meetings", _("Meetings")),
    ("course", "suits_courses", _("Courses and training")),
    ("exercise", "suits_exercise", _("Exercise")),
    ("party", "suits_parties", _("Parties and celebrations")),
    ("exhibition", "suits_exhibitions", _("Exhibitions")),
    ("performance", "suits_performances", _("Concerts and performances")),
]
ACCESS_FIELDS = {code: field_name for code, field_name, _label in ACCESSIBILITY_FEATURES}
USE_FIELDS = {code: field_name for code, field_name, _label in INTENDED_USES}
FILTER_PARAMETERS = ["municipality", "min_capacity", "access", "equipment", "use", "free", "q"]
MAX_CAPACITY = 100_000
TRUE_VALUES = {"1", "true", "on", "yes"}
FALSE_VALUES = {"", "0", "false", "off", "no"}


def _values(query, name):
    """Repeated and comma-separated values, stripped, without empties or duplicates."""
    values = []
    for raw in query.getlist(name) if hasattr(query, "getlist") else [query.get(name, "")]:
        for value in str(raw).split(","):
            value = value.strip()
            if value and value not in values:
                values.append(value)
    return values


def _shown(value, length=40):
    return value if len(value) <= length else value[:length] + "…"


@dataclass
class PremisesFilters:
    municipality: str = ""
    min_capacity: int | None = None
    access: list = field(default_factory=list)
    equipment: list = field(default_factory=list)  # Equipment objects
    uses: list = field(default_factory=list)
    free: bool = False
    q: str = ""
    bbox: tuple | None = None
    problems: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query, *, municipality_codes, equipment_by_slug, allow_bbox=False):
        """Parse ``query``; ``municipality_codes`` and ``equipment_by_slug`` are the known values."""
        filters = cls()
        problems = filters.problems

        municipality = query.get("municipality", "").strip()
        if municipality:
            if municipality in municipality_codes:
                filters.municipality = municipality
            else:
                problems.append(gettext("Unknown municipality code “%(value)s”.") % {"value": _shown(municipality)})

        capacity = query.get("min_capacity", "").strip()
        if capacity:
            if capacity.isascii() and capacity.isdecimal() and 0 < int(capacity) <= MAX_CAPACITY:
                filters.min_capacity = int(capacity)
            else:
                problems.append(
                    gettext("The number of persons must be a whole number from 1 to %(max)s, not “%(value)s”.")
                    % {"max": MAX_CAPACITY, "value": _shown(capacity)}
                )

        for value in _values(query, "access"):
            if value in ACCESS_FIELDS:
                filters.access.append(value)
            else:
                problems.append(
                    gettext("Unknown accessibility feature “%(value)s”. Use one of: %(choices)s.")
                    % {"value": _shown(value), "choices": ", ".join(ACCESS_FIELDS)}
                )

        for value in _values(query, "equipment"):
            if value in equipment_by_slug:
                filters.equipment.append(equipment_by_slug[value])
            else:
                problems.append(gettext("Unknown equipment “%(value)s”.") % {"value": _shown(value)})

        for value in _values(query, "use"):
            if value in USE_FIELDS:
                filters.uses.append(value)
            else:
                problems.append(
                    gettext("Unknown intended use “%(value)s”. Use one of: %(choices)s.")
                    % {"value": _shown(value), "choices": ", ".join(USE_FIELDS)}
                )

        free = query.get("free", "").strip().lower()
        if free in TRUE_VALUES:
            filters.free = True
        elif free not in FALSE_VALUES:
            problems.append(gettext("“free” must be 1 or 0, not “%(value)s”.") % {"value": _shown(free)})

        filters.q = " ".join(query.get("q", "").replace("\x00", "").split())[:100]  # PostgreSQL rejects NUL

        bbox = query.get("bbox", "").strip() if allow_bbox else ""
        if bbox:
            filters.bbox = parse_bbox(bbox)
            if filters.bbox is None:
                problems.append(
                    gettext(
                        "bbox must be four numbers: min longitude, min latitude, max longitude, max latitude, "
                        "e.g. 23.5,61.3,24.1,61.6; not “%(value)s”."
                    )
                    % {"value": _shown(bbox)}
                )
        return filters

    @property
    def active(self):
        return bool(
            self.municipality or self.min_capacity or self.access or self.equipment or self.uses or self.free or self.q or self.bbox
        )

    def apply(self, queryset):
        """Narrow a PremisesPage queryset; every filter combines with the others (AND)."""
        if self.municipality:
            queryset = queryset.filter(municipality__code=self.municipality)
        if self.min_capacity:
            queryset = queryset.filter(capacity__gte=self.min_capacity)
        for code in self.access:
            queryset = queryset.filter(**{ACCESS_FIELDS[code]: True})
        for code in self.uses:
            queryset = queryset.filter(**{USE_FIELDS[code]: True})
        if self.equipment:
            through = queryset.model.equipment.through
            for item in self.equipment:
                # By translation key: a translated page may still list the source language's equipment.
                queryset = queryset.filter(
                    pk__in=through.objects.filter(equipment__translation_key=item.translation_key).values("premisespage_id")
                )
        if self.free:
            queryset = queryset.filter(is_free_for_associations=True)
        if self.q:
            for word in self.q.split()[:8]:
                queryset = queryset.filter(
                    Q(title__icontains=word)
                    | Q(lead__icontains=word)
                    | Q(operator__icontains=word)
                    | Q(street_address__icontains=word)
                    | Q(town__icontains=word)
                    | Q(municipality__name__icontains=word)
                )
        if self.bbox:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            queryset = queryset.filter(
                longitude__gte=min_lon, longitude__lte=max_lon, latitude__gte=min_lat, latitude__lte=max_lat
            )
        return queryset

    def params(self):
        """The valid filters as query parameters (invalid ones are left out)."""
        params = []
        if self.municipality:
            params.append(("municipality", self.municipality))
        if self.min_capacity:
            params.append(("min_capacity", self.min_capacity))
        params += [("access", code) for code in self.access]
        params += [("equipment", item.slug) for item in self.equipment]
        params += [("use", code) for code in self.uses]
        if self.free:
            params.append(("free", "1"))
        if self.q:
            params.append(("q", self.q))
        return params

    def query_string(self, **extra):
        params = self.params() + [(key, value) for key, value in extra.items() if value not in (None, "")]
        return urlencode(params)

    def cache_key(self):
        return self.query_string() or "all"


def parse_bbox(value):
    from decimal import Decimal, InvalidOperation

    parts = value.split(",")
    if len(parts) != 4:
        return None
    try:
        min_lon, min_lat, max_lon, max_lat = (Decimal(part.strip()) for part in parts)
    except InvalidOperation:
        return None
    if not all(number.is_finite() for number in (min_lon, min_lat, max_lon, max_lat)):
        return None
    if not (-180 <= min_lon < max_lon <= 180 and -90 <= min_lat < max_lat <= 90):
        return None
    return (min_lon, min_lat, max_lon, max_lat)
