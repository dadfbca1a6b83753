"""The events listing: one queryset for the HTML index, the iCalendar feeds, the API and the hooks.

Visibility (live, public, below the index or in a language), filters, counts of
registrations, related objects fetched in bulk and ordering live here only, so
every channel shows the same events.

Query parameters of the index and its iCalendar feed:

    when=past               past events (default: upcoming, i.e. not yet ended)
    month=2026-03           events on that month
    audience=<slug>         audience snippet (repeatable; any matches)
    keyword=<slug>          keyword snippet (repeatable; any matches)
    municipality=837        Statistics Finland's municipality code
    attendance=online|onsite
    registration=open       registration open now (places or waiting-list places left)
    page=2
"""

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from urllib.parse import urlencode

from django.apps import apps
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from wagtail.images import get_image_model
from wagtail.models import Page

from home.chrome import activity_version, cached_per_version, content_version, shows_activity
from home.models import Municipality
from home.pagination import page_links

from .models import REGISTRATIONS

PAGE_SIZE = 10
# The index's count and pages of ids are to the minute, so they serve no longer.
WINDOW_SECONDS = 90
LISTING_RENDITIONS = ("fill-600x340",)
FILTER_PARAMETERS = ["when", "month", "audience", "keyword", "municipality", "attendance", "registration", "page"]


def _model(name):
    return apps.get_model("events", name)


def live_events(*, index=None, locale=None, descendant_of=None):
    """Live, public events below ``index`` (or ``descendant_of``) and/or in ``locale``."""
    queryset = _model("EventPage").objects.live().public()
    if index is not None:
        queryset = queryset.child_of(index)
    if descendant_of is not None:
        queryset = queryset.descendant_of(descendant_of)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def with_counts(queryset):
    """Annotate confirmed and waiting-list counts (one subquery each, no GROUP BY on pages)."""
    shows_activity(REGISTRATIONS)
    registration = _model("Registration")

    def count(status):
        rows = (
            registration.objects.filter(event=OuterRef("pk"), status=status)
            .order_by()
            .values("event")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))

    return queryset.annotate(_confirmed_count=count(registration.CONFIRMED), _waiting_count=count(registration.WAITING))


def registration_open_q(now):
    """Events whose registration accepts people now (confirmed or waiting-list places left)."""
    return (
        Q(registration_enabled=True)
        & ~Q(status="cancelled")
        & (Q(registration_opens__isnull=True) | Q(registration_opens__lte=now))
        & Q(_closes_at__gt=now)
        & (Q(capacity__isnull=True) | Q(_confirmed_count__lt=F("capacity")) | Q(_waiting_count__lt=F("waiting_list_size")))
    )


def event_items(*, base=None, index=None, locale=None, filters=None, now=None, past=None):
    """The listing: visible events, filtered, with counts and related objects, in date order.

    Upcoming (not yet ended) events come soonest first; past events latest first.
    """
    now = now or timezone.now()
    queryset = base if base is not None else live_events(index=index, locale=locale)
    queryset = with_counts(queryset).annotate(_closes_at=Coalesce("registration_closes", "start"))
    if past is None:
        past = bool(filters and filters.past)
    queryset = queryset.filter(end__lt=now) if past else queryset.filter(end__gte=now)
    if filters is not None:
        queryset = filters.apply(queryset, now)
    images = get_image_model().objects.prefetch_renditions(*LISTING_RENDITIONS)
    queryset = queryset.select_related("locale", "municipality", "place_page", "super_event").prefetch_related(
        Prefetch("image", queryset=images), "audiences", "keywords"
    )
    return queryset.order_by("-start", "-pk") if past else queryset.order_by("start", "pk")


def localize_items(events, locale_id):
    """Give events their audiences, keywords and place pages in ``locale_id``'s language, in bulk.

    A translated event may still point at the source language's snippets or place page:
    they are swapped for their translations with one query per kind (none when all match).
    """
    events = list(events)
    for attribute, relation, model in (("_audience_items", "audiences", "Audience"), ("_keyword_items", "keywords", "Keyword")):
        links = {event.pk: list(getattr(event, relation).all()) for event in events}
        foreign = {item.translation_key for items in links.values() for item in items if item.locale_id != locale_id}
        translations = {}
        if foreign:
            translations = {
                item.translation_key: item
                for item in _model(model).objects.filter(locale_id=locale_id, translation_key__in=foreign)
            }
        for event in events:
            items = [translations.get(item.translation_key, item) if item.locale_id != locale_id else item for item in links[event.pk]]
            setattr(event, attribute, sorted(items, key=lambda item: item.name.lower()))
    foreign_pages = {event.place_page.translation_key for event in events if event.place_page_id and event.place_page.locale_id != locale_id}
    translated = {}
    if foreign_pages:
        translated = {
            page.translation_key: page
            for page in Page.objects.live().filter(locale_id=locale_id, translation_key__in=foreign_pages)
        }
    for event in events:
        page = event.place_page if event.place_page_id else None
        if page is not None and page.locale_id != locale_id:
            page = translated.get(page.translation_key, page)
        event.__dict__["place_page_localized"] = page if page is not None and page.live else None
    return events


def _cached(name, locale_id, build):
    return cached_per_version(f"events:{name}:{locale_id}", build)


def audiences_in_locale(locale_id):
    return _cached("audiences", locale_id, lambda: list(_model("Audience").objects.filter(locale_id=locale_id).order_by("name")))


def keywords_in_locale(locale_id):
    return _cached("keywords", locale_id, lambda: list(_model("Keyword").objects.filter(locale_id=locale_id).order_by("name")))


def municipalities_in_locale(locale_id):
    return _cached("municipalities", locale_id, lambda: list(Municipality.objects.filter(locale_id=locale_id).order_by("name")))


def parse_month(value):
    """'2026-03' → date(2026, 3, 1); ValueError otherwise."""
    year, month = value.split("-")
    if len(year) != 4 or len(month) != 2 or not (year + month).isdigit():
        raise ValueError(value)
    return date(int(year), int(month), 1)


def _values(query, name):
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
class EventFilters:
    past: bool = False
    month: date | None = None
    audiences: list = field(default_factory=list)
    keywords: list = field(default_factory=list)
    municipality: object = None
    attendance: str = ""
    registration_open: bool = False
    problems: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query, *, audiences, keywords, municipalities):
        """Parse ``query``; the snippet lists are the language's known values."""
        filters = cls()
        problems = filters.problems
        when = query.get("when", "").strip()
        if when == "past":
            filters.past = True
        elif when not in ("", "upcoming"):
            problems.append(gettext("“when” must be upcoming or past, not “%(value)s”.") % {"value": _shown(when)})
        month = query.get("month", "").strip()
        if month:
            try:
                filters.month = parse_month(month)
            except ValueError:
                problems.append(
                    gettext("“%(value)s” is not a month. Use the form year-month, e.g. 2026-03.") % {"value": _shown(month, 20)}
                )
        by_slug = {item.slug: item for item in audiences}
        for value in _values(query, "audience"):
            if value in by_slug:
                filters.audiences.append(by_slug[value])
            else:
                problems.append(gettext("Unknown audience “%(value)s”.") % {"value": _shown(value)})
        by_slug = {item.slug: item for item in keywords}
        for value in _values(query, "keyword"):
            if value in by_slug:
                filters.keywords.append(by_slug[value])
            else:
                problems.append(gettext("Unknown keyword “%(value)s”.") % {"value": _shown(value)})
        code = query.get("municipality", "").strip()
        if code:
            filters.municipality = next((item for item in municipalities if item.code == code), None)
            if filters.municipality is None:
                problems.append(gettext("Unknown municipality code “%(value)s”.") % {"value": _shown(code)})
        attendance = query.get("attendance", "").strip()
        if attendance in ("online", "onsite"):
            filters.attendance = attendance
        elif attendance:
            problems.append(gettext("“attendance” must be online or onsite, not “%(value)s”.") % {"value": _shown(attendance)})
        registration = query.get("registration", "").strip()
        if registration == "open":
            filters.registration_open = True
        elif registration:
            problems.append(gettext("“registration” must be open, not “%(value)s”.") % {"value": _shown(registration)})
        return filters

    @property
    def active(self):
        return bool(self.month or self.audiences or self.keywords or self.municipality or self.attendance or self.registration_open)

    def apply(self, queryset, now):
        """Narrow an annotated EventPage queryset (see event_items); filters combine with AND."""
        if self.month is not None:
            tz = timezone.get_current_timezone()
            first = datetime.combine(self.month, time.min, tzinfo=tz)
            next_month = date(self.month.year + self.month.month // 12, self.month.month % 12 + 1, 1)
            after = datetime.combine(next_month, time.min, tzinfo=tz)
            queryset = queryset.filter(start__lt=after, end__gte=first)
        through = queryset.model
        if self.audiences:
            keys = [item.translation_key for item in self.audiences]
            queryset = queryset.filter(
                pk__in=through.audiences.through.objects.filter(audience__translation_key__in=keys).values("eventpage_id")
            )
        if self.keywords:
            keys = [item.translation_key for item in self.keywords]
            queryset = queryset.filter(
                pk__in=through.keywords.through.objects.filter(keyword__translation_key__in=keys).values("eventpage_id")
            )
        if self.municipality is not None:
            queryset = queryset.filter(municipality__translation_key=self.municipality.translation_key)
        if self.attendance == "online":
            queryset = queryset.exclude(online_url="")
        elif self.attendance == "onsite":
            queryset = queryset.filter(Q(place_page__isnull=False) | ~Q(place_name="") | ~Q(street_address=""))
        if self.registration_open:
            queryset = queryset.filter(registration_open_q(now))
        return queryset

    def params(self):
        params = []
        if self.past:
            params.append(("when", "past"))
        if self.month:
            params.append(("month", self.month.strftime("%Y-%m")))
        params += [("audience", item.slug) for item in self.audiences]
        params += [("keyword", item.slug) for item in self.keywords]
        if self.municipality is not None:
            params.append(("municipality", self.municipality.code))
        if self.attendance:
            params.append(("attendance", self.attendance))
        if self.registration_open:
            params.append(("registration", "open"))
        return params

    def query_string(self, **changes):
        params = [(key, value) for key, value in self.params() if key not in changes]
        params += [(key, value) for key, value in changes.items() if value not in (None, "")]
        return urlencode(params)


def filters_for(query, locale_id):
    return EventFilters.from_query(
        query,
        audiences=audiences_in_locale(locale_id),
        keywords=keywords_in_locale(locale_id),
        municipalities=municipalities_in_locale(locale_id),
    )


class KeptWindow:
    """The index's listing for Django's Paginator, its count and each page's ids kept under ``key``.

    Counting the upcoming events and sorting them for one page read every one of
    them; the events of a page are then read by id with ``fetch(ids)``, with
    their places left as they are now. (By id alone: the listing's tree filter
    would have SQLite scan every page of that depth.)
    """

    def __init__(self, queryset, key, fetch):
        self.queryset = queryset
        self.key = key
        self.fetch = fetch

    def __len__(self):
        count = cache.get(f"{self.key}:count")
        if count is None:
            count = self.queryset.count()
            cache.set(f"{self.key}:count", count, WINDOW_SECONDS)
        return count

    def __getitem__(self, window):
        key = f"{self.key}:{window.start}:{window.stop}"
        ids = cache.get(key)
        if ids is None:
            items = list(self.queryset[window])
            cache.set(key, [item.pk for item in items], WINDOW_SECONDS)
            return items
        by_pk = {item.pk: item for item in self.fetch(ids)} if ids else {}
        return [by_pk[pk] for pk in ids if pk in by_pk]


class EventListing:
    """What the index shows for a query string, computed on first use."""

    def __init__(self, index, query):
        self.index = index
        self.query = query

    @cached_property
    def filters(self):
        return filters_for(self.query, self.index.locale_id)

    @cached_property
    def audiences(self):
        return audiences_in_locale(self.index.locale_id)

    @cached_property
    def keywords(self):
        return keywords_in_locale(self.index.locale_id)

    @cached_property
    def municipalities(self):
        return municipalities_in_locale(self.index.locale_id)

    @cached_property
    def page(self):
        # To the minute: the count and the page's events are kept for a minute (see KeptWindow).
        now = timezone.now().replace(second=0, microsecond=0)
        items = event_items(index=self.index, filters=self.filters, now=now)
        versions = content_version()
        if self.filters.registration_open:  # which events are listed depends on their places left
            versions += ":" + activity_version(REGISTRATIONS)
        listed = hashlib.sha256(f"{self.index.pk}:{now.isoformat()}:{self.filters.query_string()}".encode()).hexdigest()

        def by_id(ids):  # chosen under the content version: live, public and below the index
            return event_items(base=_model("EventPage").objects.filter(pk__in=ids), now=now, past=self.filters.past)

        window = KeptWindow(items, f"events:listing:{versions}:{listed}", by_id)
        page = Paginator(window, PAGE_SIZE).get_page(self.query.get("page"))
        localize_items(page.object_list, self.index.locale_id)
        page.object_list = list(page.object_list)
        return page

    @cached_property
    def page_links(self):
        return page_links(self.page, self.filters.query_string)

    @cached_property
    def upcoming_url(self):
        return "?" + self.filters.query_string(when=None)

    @cached_property
    def past_url(self):
        return "?" + self.filters.query_string(when="past")

    @cached_property
    def ical_query(self):
        return self.filters.query_string()


def series_events(event):
    """The live, public events of an umbrella event, past and upcoming, in date order."""
    queryset = (
        with_counts(live_events().filter(super_event=event))
        .select_related("place_page", "municipality")
        .prefetch_related("audiences", "keywords")
    )
    return localize_items(queryset.order_by("start", "pk"), event.locale_id)


def upcoming_events(*, descendant_of=None, locale=None, base=None, limit=3):
    """The next ``limit`` live, public events (for the home, premises and campaign sections)."""
    if base is None:
        base = live_events(descendant_of=descendant_of, locale=locale)
    items = list(event_items(base=base)[:limit])
    if items:
        localize_items(items, items[0].locale_id)
    return items
