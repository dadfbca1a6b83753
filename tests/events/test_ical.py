"""iCalendar for one event and for the filtered listing."""

from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from .conftest import add_event, helsinki

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_event_ical_has_time_zone_and_status(client, events_tree):
    event = add_event(events_tree["index_fi"], title="Foorumi", start=helsinki(2031, 3, 17, 13), end=helsinki(2031, 3, 17, 16),
                      place_name="Järjestötalo", town="Tampere", status="cancelled")
    calendar = parse(client.get(f"{event.url}ical/"))
    timezones = list(calendar.walk("VTIMEZONE"))
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Helsinki"]
    (component,) = calendar.walk("VEVENT")
    assert str(component["SUMMARY"]) == "Foorumi"
    assert component["DTSTART"].dt == helsinki(2031, 3, 17, 13)
    assert component["DTSTART"].params["TZID"] == "Europe/Helsinki"
    assert str(component["STATUS"]) == "CANCELLED"
    assert "Järjestötalo" in str(component["LOCATION"])


def test_all_day_event_uses_dates(client, events_tree):
    event = add_event(events_tree["index_fi"], title="Messut", start=helsinki(2031, 6, 1, 0), end=helsinki(2031, 6, 2, 23), all_day=True)
    (component,) = parse(client.get(f"{event.url}ical/")).walk("VEVENT")
    assert component["DTSTART"].dt.isoformat() == "2031-06-01"
    assert component["DTEND"].dt.isoformat() == "2031-06-03"


def test_listing_ical_follows_the_filters_and_shows_only_live_events(client, events_tree):
    tree = events_tree
    add_event(tree["index_fi"], title="Yhdistyksille", audiences=[tree["associations"]])
    add_event(tree["index_fi"], title="Viranhaltijoille", audiences=[tree["officials"]], status="postponed")
    add_event(tree["index_fi"], title="Luonnos", publish=False)
    add_event(tree["index_fi"], title="Mennyt", start=timezone.now() - timedelta(days=3))
    everything = parse(client.get("/fi/tapahtumat/ical/"))
    assert sorted(str(event["SUMMARY"]) for event in everything.walk("VEVENT")) == ["Viranhaltijoille", "Yhdistyksille"]
    filtered = parse(client.get("/fi/tapahtumat/ical/?audience=viranhaltijat"))
    (component,) = filtered.walk("VEVENT")
    assert str(component["STATUS"]) == "TENTATIVE"
    past = parse(client.get("/fi/tapahtumat/ical/?when=past"))
    assert [str(event["SUMMARY"]) for event in past.walk("VEVENT")] == ["Mennyt"]


def test_listing_ical_with_a_bad_filter_is_400(client, events_tree):
    response = client.get("/fi/tapahtumat/ical/?month=13-2026")
    assert response.status_code == 400
    assert "ei ole kuukausi" in response.content.decode()
