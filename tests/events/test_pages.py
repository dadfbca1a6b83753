"""The event index and event pages as visitors see them."""

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.conftest import publish_translation

from .conftest import add_event, helsinki

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'events-card__title"><a href="[^"]*">([^<]*)</a>', response.content.decode())


def json_ld(response):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S)
    return json.loads(match.group(1))


@pytest.fixture
def listing(events_tree):
    tree = events_tree
    index = tree["index_fi"]
    now = timezone.now()
    soon = add_event(index, title="Pian", start=now + timedelta(days=2), audiences=[tree["associations"]],
                     municipality=tree["tampere"], place_name="Sali", keywords=[tree["grants"]])
    later = add_event(index, title="Myöhemmin", start=now + timedelta(days=40), audiences=[tree["officials"]],
                      municipality=tree["nokia"], online_url="https://meet.example.fi/x", keywords=[tree["premises"]])
    past = add_event(index, title="Mennyt", start=now - timedelta(days=30))
    draft = add_event(index, title="Luonnos", publish=False)
    private = add_event(index, title="Yksityinen")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return {**tree, "soon": soon, "later": later, "past": past, "draft": draft, "private": private}


def test_index_lists_upcoming_soonest_first_and_hides_drafts_and_private(client, listing):
    response = client.get("/fi/tapahtumat/")
    assert response.status_code == 200
    assert titles(response) == ["Pian", "Myöhemmin"]
    assert "Luonnos" not in response.text and "Yksityinen" not in response.text


def test_past_events_are_listed_latest_first(client, listing):
    add_event(listing["index_fi"], title="Kauan sitten", start=timezone.now() - timedelta(days=90))
    response = client.get("/fi/tapahtumat/?when=past")
    assert titles(response) == ["Mennyt", "Kauan sitten"]


FILTERS = [
    ("audience=yhdistykset", ["Pian"]),
    ("keyword=tilat", ["Myöhemmin"]),
    ("municipality=536", ["Myöhemmin"]),
    ("attendance=online", ["Myöhemmin"]),
    ("attendance=onsite", ["Pian"]),
    ("audience=yhdistykset&audience=viranhaltijat", ["Pian", "Myöhemmin"]),
    ("audience=yhdistykset&municipality=536", []),
]


def test_filters_narrow_the_listing(client, listing):
    results = {query: titles(client.get(f"/fi/tapahtumat/?{query}")) for query, _expected in FILTERS}
    assert results == dict(FILTERS)


def test_month_filter_shows_events_of_that_month(client, listing):
    month = timezone.localtime(listing["later"].start).strftime("%Y-%m")
    assert titles(client.get(f"/fi/tapahtumat/?month={month}")) == ["Myöhemmin"]


def test_registration_open_filter(client, listing, forum):
    assert titles(client.get("/fi/tapahtumat/?registration=open")) == ["Järjestöfoorumi"]


def test_bad_filter_values_are_ignored_with_a_message_in_finnish(client, listing):
    response = client.get("/fi/tapahtumat/?month=maaliskuu&audience=tuntematon&attendance=kuu")
    assert response.status_code == 200
    assert "ei ole kuukausi" in response.text
    assert "Tuntematon kohderyhmä" in response.text
    assert titles(response) == ["Pian", "Myöhemmin"]
    assert '<meta name="robots" content="noindex">' in response.text


def test_listing_is_paginated(client, events_tree):
    for number in range(12):
        add_event(events_tree["index_fi"], title=f"Tapahtuma {number:02d}", start=timezone.now() + timedelta(days=number + 1))
    first = client.get("/fi/tapahtumat/")
    assert len(titles(first)) == 10
    second = client.get("/fi/tapahtumat/?page=2")
    assert titles(second) == ["Tapahtuma 10", "Tapahtuma 11"]
    assert client.get("/fi/tapahtumat/?page=abc").status_code == 200


def test_cancelled_event_is_shown_clearly_in_listing_and_page(client, events_tree):
    event = add_event(events_tree["index_fi"], title="Seminaari", status="cancelled", status_note="Sairastumisen vuoksi.")
    listing = client.get("/fi/tapahtumat/")
    assert "events-status--cancelled" in listing.text and "Peruttu" in listing.text
    page = client.get(event.url)
    assert "Peruttu" in page.text and "Sairastumisen vuoksi." in page.text
    assert json_ld(page)["eventStatus"] == "https://schema.org/EventCancelled"


def test_event_page_shows_date_place_and_json_ld(client, events_tree):
    event = add_event(
        events_tree["index_fi"], title="Foorumi", start=helsinki(2031, 3, 17, 13), end=helsinki(2031, 3, 17, 16),
        place_name="Järjestötalo", street_address="Kuusikkokatu 3", postal_code="33100", town="Tampere",
        is_free=False, price="10.00", status="postponed",
    )
    response = client.get(event.url)
    assert response.status_code == 200
    assert "ma 17.3.2031 klo 13.00–16.00" in response.text
    assert "Järjestötalo" in response.text and "Kuusikkokatu 3" in response.text
    data = json_ld(response)
    assert data["@type"] == "Event"
    assert data["startDate"] == "2031-03-17T13:00:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventPostponed"
    assert data["location"]["address"]["streetAddress"] == "Kuusikkokatu 3"
    assert data["offers"]["price"] == "10.00" and data["offers"]["priceCurrency"] == "EUR"
    assert "Siirretty" in response.text


def test_place_can_be_a_link_to_another_page(client, events_tree):
    place = events_tree["contact_fi"]
    event = add_event(events_tree["index_fi"], title="Tapaaminen", place_page=place)
    response = client.get(event.url)
    assert f'href="{place.url}"' in response.text
    assert json_ld(response)["location"]["url"].endswith(place.url)


def test_all_day_multi_day_event_shows_dates_only(client, events_tree):
    event = add_event(events_tree["index_fi"], title="Messut", start=helsinki(2031, 6, 1, 0), end=helsinki(2031, 6, 2, 23, 59), all_day=True)
    response = client.get(event.url)
    assert "su 1.6.2031 – ma 2.6.2031" in response.text
    assert json_ld(response)["startDate"] == "2031-06-01"


def test_swedish_event_page_uses_swedish_dates_and_labels(client, events_tree):
    event = add_event(events_tree["index_fi"], title="Foorumi", start=helsinki(2031, 3, 17, 13), end=helsinki(2031, 3, 17, 16))
    swedish = publish_translation(event, events_tree["locale_sv"], title="Forum", slug="forum")
    response = client.get(swedish.url)
    assert response.status_code == 200
    assert "mån 17.3.2031 kl. 13.00–16.00" in response.text
    assert "Datum och plats" in response.text


def test_series_page_lists_its_events_and_events_link_to_series(client, events_tree):
    index = events_tree["index_fi"]
    series = add_event(index, title="Elinvoimapajat", start=timezone.now() + timedelta(days=1), end=timezone.now() + timedelta(days=60))
    add_event(index, title="Paja 1", start=timezone.now() + timedelta(days=2), super_event=series)
    add_event(index, title="Paja 2", start=timezone.now() + timedelta(days=9), super_event=series)
    response = client.get(series.url)
    assert "Paja 1" in response.text and "Paja 2" in response.text
    listing = client.get("/fi/tapahtumat/")
    assert "Osa sarjaa Elinvoimapajat" in listing.text


def test_event_page_has_add_to_calendar_links(client, forum):
    response = client.get(forum.url)
    assert f'href="{forum.url}ical/"' in response.text
    assert "calendar.google.com" in response.text
