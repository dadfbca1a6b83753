"""The events API endpoint: fields, filters, remaining places and clear 400s."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import Registration

from .conftest import add_event, helsinki

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_events(events_tree, forum):
    tree = events_tree
    index = tree["index_fi"]
    series = add_event(index, title="Elinvoimapajat", start=helsinki(2031, 3, 1, 9), end=helsinki(2031, 5, 30, 20))
    workshop = add_event(index, title="Paja", start=helsinki(2031, 3, 10, 17), end=helsinki(2031, 3, 10, 19), super_event=series,
                         is_free=False, price="5.00", keywords=[tree["premises"]], audiences=[tree["officials"]])
    add_event(index, title="Luonnos", publish=False)
    add_event(index, title="Mennyt", start=timezone.now() - timedelta(days=5))
    Registration.objects.create(event=forum, status=Registration.CONFIRMED, name="A", email="a@example.fi")
    return {**tree, "forum": forum, "series": series, "workshop": workshop}


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_lists_upcoming_live_events_with_their_fields(client, api_events):
    response = client.get("/api/v2/events/?locale=fi")
    assert titles(response) == ["Järjestöfoorumi", "Elinvoimapajat", "Paja"]
    forum = response.json()["items"][0]
    assert forum["status"] == "scheduled"
    assert forum["place"]["name"] == "Järjestötalo"
    assert forum["municipality"]["code"] == "837"
    assert forum["audience_list"] == [{"id": api_events["associations"].pk, "name": "Yhdistykset", "slug": "yhdistykset"}]
    assert forum["registration"]["remaining_places"] == 2
    assert forum["registration"]["is_open"] is True
    assert forum["attendance_mode"] == "onsite"
    assert forum["ical_url"].endswith("/fi/tapahtumat/jarjestofoorumi/ical/")


def test_kept_items_follow_the_language_and_the_clock(client, api_events, monkeypatch):
    def forum(**headers):
        items = client.get("/api/v2/events/", **headers).json()["items"]
        return next(item for item in items if item["title"] == "Järjestöfoorumi")

    tampere_sv = api_events["tampere"].copy_for_translation(api_events["locale_sv"])
    tampere_sv.name = "Tammerfors"
    tampere_sv.save()
    assert forum(HTTP_ACCEPT_LANGUAGE="fi")["municipality"]["name"] == "Tampere"
    assert forum(HTTP_ACCEPT_LANGUAGE="sv")["municipality"]["name"] == "Tammerfors"
    assert forum()["registration"]["state"] == "open"
    closes = api_events["forum"].registration_closes
    monkeypatch.setattr(timezone, "now", lambda: closes + timedelta(seconds=1))
    assert forum()["registration"]["state"] == "closed"


FILTERS = [
    ("start=2031-03-05&end=2031-03-12", ["Elinvoimapajat", "Paja"]),
    ("starts_after=2031-03-05", ["Paja"]),
    ("starts_after=2031-01-01&ends_before=2031-03-31", ["Paja"]),
    ("audience=viranhaltijat", ["Paja"]),
    ("keyword=avustukset", ["Järjestöfoorumi"]),
    ("is_free=0", ["Paja"]),
    ("registration_open=1", ["Järjestöfoorumi"]),
]


def test_filters(client, api_events):
    results = {query: titles(client.get(f"/api/v2/events/?locale=fi&{query}")) for query, _expected in FILTERS}
    assert results == dict(FILTERS)


def test_super_event_filter(client, api_events):
    assert titles(client.get(f"/api/v2/events/?super_event={api_events['series'].pk}")) == ["Paja"]


def test_date_range_includes_past_events(client, api_events):
    start = (timezone.now() - timedelta(days=10)).date().isoformat()
    assert "Mennyt" in titles(client.get(f"/api/v2/events/?start={start}"))


def test_date_from_and_date_to_select_the_events_overlapping_those_days(client, api_events):
    today = timezone.localdate()
    past = titles(client.get(f"/api/v2/events/?date_from={(today - timedelta(days=10)).isoformat()}&date_to={today.isoformat()}"))
    assert "Mennyt" in past
    assert past == titles(client.get(f"/api/v2/events/?start={(today - timedelta(days=10)).isoformat()}&end={today.isoformat()}"))


BAD = [
    ("start=huomenna", "start on annettava päivämääränä"),
    ("end=2031-02-30", "end on annettava päivämääränä"),
    ("start=2031-03-10&end=2031-03-01", "start ei voi olla myöhemmin kuin end"),
    ("date_from=2031-03-10&date_to=2031-03-01", "date_from ei voi olla myöhemmin kuin date_to"),
    ("date_to=31.3.2031", "date_to on annettava päivämääränä"),
    ("audience=tuntematon", "Tuntematon audience: tuntematon"),
    ("is_free=kyllä", "is_free on 1 tai 0"),
    ("super_event=abc", "super_event on tapahtuman id"),
    ("type=home.StandardPage", "listaa vain tapahtumia"),
    ("unknown=1", "unknown"),
]


def test_bad_parameters_get_a_400_with_a_message(client, api_events):
    for query, message in BAD:
        response = client.get(f"/api/v2/events/?{query}")
        assert response.status_code == 400, query
        assert message in response.json()["message"], query


@pytest.mark.parametrize("url", ["/api/v2/events/?locale=fi", "/api/v2/pages/?type=events.EventPage&locale=fi&fields=registration"])
def test_kept_items_show_places_left_after_each_registration(client, api_events, url):
    def remaining_places():
        items = client.get(url).json()["items"]
        return next(item for item in items if item["title"] == "Järjestöfoorumi")["registration"]["remaining_places"]

    assert remaining_places() == 2
    Registration.objects.create(event=api_events["forum"], status=Registration.CONFIRMED, name="B", email="b@example.fi")
    assert remaining_places() == 1


def test_registration_open_filter_follows_registrations(client, api_events):
    forum = api_events["forum"]
    url = "/api/v2/events/?locale=fi&registration_open=1"
    assert "Järjestöfoorumi" in titles(client.get(url))
    for number in range(4):  # two places and the waiting list's two
        Registration.objects.create(event=forum, status=Registration.WAITING if number >= 2 else Registration.CONFIRMED,
                                    name=f"Osallistuja {number}", email=f"osallistuja{number}@example.fi")
    assert "Järjestöfoorumi" not in titles(client.get(url))


def test_a_registration_leaves_kept_lists_of_other_page_types_alone(client, api_events):
    url = "/api/v2/pages/?type=home.StandardPage&locale=fi"
    first = client.get(url).json()
    Registration.objects.create(event=api_events["forum"], status=Registration.CONFIRMED, name="C", email="c@example.fi")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).json() == first
    assert not any("home_standardpage" in query["sql"] or 'AS "__count"' in query["sql"] for query in queries.captured_queries)
