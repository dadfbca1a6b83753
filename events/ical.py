"""iCalendar (RFC 5545) for one event or a filtered listing, in Finnish time with VTIMEZONE."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from .formatting import all_day_end

HELSINKI = ZoneInfo("Europe/Helsinki")
ICAL_STATUS = {"scheduled": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}


def event_component(event, request):
    component = Event()
    host = request.get_host().split(":")[0] or "yhdessa"
    component.add("uid", f"event-{event.translation_key}-{event.locale.language_code}@{host}")
    component.add("dtstamp", timezone.now())
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    if event.all_day:
        component.add("dtstart", event.start.astimezone(HELSINKI).date())
        component.add("dtend", all_day_end(event))
    else:
        component.add("dtstart", event.start.astimezone(HELSINKI))
        component.add("dtend", event.end.astimezone(HELSINKI))
    component.add("summary", event.title)
    description = event.lead
    if event.status_note:
        description = f"{event.status_note}\n\n{description}"
    url = request.build_absolute_uri(event.get_url(request))
    component.add("description", f"{description}\n\n{url}")
    component.add("url", url)
    component.add("status", ICAL_STATUS[event.status])
    location = event.place_label
    if event.online_url:
        location = f"{location} / {event.online_url}" if location else event.online_url
    if location:
        component.add("location", location)
    keywords = [item.name for item in event.keyword_items]
    if keywords:
        component.add("categories", keywords)
    return component


def calendar_response(events, request, *, name, filename):
    calendar = Calendar()
    calendar.add("prodid", "-//Yhdessä//Events//FI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Helsinki")
    events = list(events)
    for event in events:
        calendar.add_component(event_component(event, request))
    if events:
        first = min(event.start for event in events).astimezone(HELSINKI).date() - timedelta(days=366)
        last = max(event.end for event in events).astimezone(HELSINKI).date() + timedelta(days=366)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response
