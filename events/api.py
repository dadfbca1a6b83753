"""The `events` API endpoint: events with date-range, audience, keyword and registration filters.

    /api/v2/events/?locale=fi&start=2026-03-01&end=2026-03-31&audience=yhdistykset&keyword=avustukset&is_free=1&registration_open=1&super_event=42

``start``/``end`` (or ``date_from``/``date_to``) give a range the events overlap; ``starts_after`` and
``ends_before`` bound the start and the end. Without a date filter, upcoming
(not yet ended) events come soonest first; with one, every matching event does.
Every field of an event is in the listing, with remaining places.
"""

from datetime import date, datetime, time

from django.db.models import Prefetch
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.images import get_image_model

from home.localization import prefetch_translations
from home.models import ContactPerson

from hub.api import PublicPagesAPIViewSet

from .listing import localize_items, registration_open_q, with_counts
from .models import REGISTRATIONS, Audience, EventPage, Keyword

EVENT_FILTERS = ["start", "end", "date_from", "date_to", "starts_after", "ends_before", "audience", "keyword", "is_free", "registration_open", "super_event"]
TRUE_VALUES = {"1", "true", "yes"}
FALSE_VALUES = {"0", "false", "no"}


def parse_moment(name, value, *, end_of_day=False):
    """A date (2026-03-31) or date-time (2026-03-31T18:00, Finnish time unless an offset is given)."""
    try:
        if len(value) <= 10:
            day = date.fromisoformat(value)
            moment = datetime.combine(day, time.max if end_of_day else time.min)
        else:
            moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise BadRequestError(
            _("%(name)s must be a date like 2026-03-31 or a time like 2026-03-31T18:00, not “%(value)s”.")
            % {"name": name, "value": value[:40]}
        ) from error
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, timezone.get_current_timezone())
    return moment


def parse_bool(name, value):
    value = value.strip().lower()
    if value in TRUE_VALUES:
        return True
    if value in FALSE_VALUES:
        return False
    raise BadRequestError(_("%(name)s must be 1 or 0, not “%(value)s”.") % {"name": name, "value": value[:40]})


class EventsAPIViewSet(PublicPagesAPIViewSet):
    shown_activities = (REGISTRATIONS,)  # places left
    model = EventPage
    # Wagtail's FieldsFilter would read ?start= and ?is_free= as exact field values and
    # its ordering filter would reorder the listing's date order.
    filter_backends = [backend for backend in PublicPagesAPIViewSet.filter_backends if backend not in (FieldsFilter, OrderingFilter)]
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters.union(EVENT_FILTERS)
    listing_default_fields = PublicPagesAPIViewSet.listing_default_fields + [
        field.name for field in EventPage.api_fields if field.name not in ("social_image", "body")
    ]

    def listed_pages(self):
        params = self.request.GET
        if params.get("type"):
            raise BadRequestError(_("The events endpoint lists events only; leave out the type parameter."))
        queryset = super().listed_pages()
        now = timezone.now()
        # date_from/date_to are the names every dated endpoint shares; here they mean start/end.
        start_name = "start" if params.get("start") else "date_from"
        end_name = "end" if params.get("end") else "date_to"
        start = parse_moment(start_name, params[start_name]) if params.get(start_name) else None
        end = parse_moment(end_name, params[end_name], end_of_day=True) if params.get(end_name) else None
        starts_after = parse_moment("starts_after", params["starts_after"]) if params.get("starts_after") else None
        ends_before = parse_moment("ends_before", params["ends_before"], end_of_day=True) if params.get("ends_before") else None
        if start and end and start > end:
            raise BadRequestError(_("%(start)s must not be later than %(end)s.") % {"start": start_name, "end": end_name})
        locale = self.requested_locale

        queryset = with_counts(queryset).annotate(_closes_at=Coalesce("registration_closes", "start"))
        dated = any((start, end, starts_after, ends_before))
        if start:
            queryset = queryset.filter(end__gte=start)
        if end:
            queryset = queryset.filter(start__lte=end)
        if starts_after:
            queryset = queryset.filter(start__gte=starts_after)
        if ends_before:
            queryset = queryset.filter(end__lte=ends_before)
        if not dated and self.action == "listing_view":
            # To the minute: the same SQL for a minute lets the listing's cached page serve it.
            queryset = queryset.filter(end__gte=now.replace(second=0, microsecond=0))
        for name, model, relation in (("audience", Audience, "audiences"), ("keyword", Keyword, "keywords")):
            slugs = [value.strip() for raw in params.getlist(name) for value in raw.split(",") if value.strip()]
            if not slugs:
                continue
            known = model.objects.filter(slug__in=slugs)
            if locale:
                known = known.filter(locale=locale)
            keys = {item.slug: item.translation_key for item in known}
            unknown = [slug for slug in slugs if slug not in keys]
            if unknown:
                raise BadRequestError(
                    _("Unknown %(name)s: %(values)s.") % {"name": name, "values": ", ".join(slug[:40] for slug in unknown)}
                )
            through = getattr(EventPage, relation).through
            field = relation[:-1] + "__translation_key__in"
            queryset = queryset.filter(pk__in=through.objects.filter(**{field: keys.values()}).values("eventpage_id"))
        if params.get("is_free"):
            queryset = queryset.filter(is_free=parse_bool("is_free", params["is_free"]))
        if params.get("registration_open"):
            is_open = registration_open_q(now)
            queryset = queryset.filter(is_open if parse_bool("registration_open", params["registration_open"]) else ~is_open)
        if params.get("super_event"):
            value = params["super_event"].strip()
            if not value.isdigit():
                raise BadRequestError(_("super_event must be the id of an event, not “%(value)s”.") % {"value": value[:40]})
            queryset = queryset.filter(super_event_id=int(value))
        images = get_image_model().objects
        return (
            queryset.select_related("locale", "municipality", "place_page", "super_event", "organiser")
            .prefetch_related(
                "audiences",
                "keywords",
                Prefetch("image", queryset=images.prefetch_renditions("fill-1200x675")),
                Prefetch("contact_person", queryset=ContactPerson.objects.select_related("organisation", "photo")),
            )
            .order_by("start", "pk")
        )

    def prepare_items(self, pages):
        for locale_id in {page.locale_id for page in pages}:
            localize_items([page for page in pages if page.locale_id == locale_id], locale_id)
        # The snippets' translations in the answer's language, in bulk rather than one by one.
        ContactPerson.prefetch_translations([page.contact_person for page in pages if page.contact_person_id])
        prefetch_translations([page.organiser for page in pages if page.organiser_id])
        prefetch_translations([page.municipality for page in pages if page.municipality_id])
        return pages
