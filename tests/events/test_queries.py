"""Queries do not grow with the number of events or registrations (10 vs 1,000 of each)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import EventPage, Registration

pytestmark = pytest.mark.django_db


def add_many(tree, count, first=0):
    """``count`` live events that match the filters, added the quick way (no revisions)."""
    index = tree["index_fi"]
    start = timezone.now() + timedelta(days=3)
    for number in range(first, first + count):
        page = EventPage(
            title=f"Tapahtuma {number:04d}", slug=f"tapahtuma-{number:04d}", locale=index.locale, lead="Tule mukaan.",
            start=start + timedelta(hours=number), end=start + timedelta(hours=number + 2), place_name="Sali",
            municipality=tree["tampere"], registration_enabled=True, capacity=2000,
        )
        page.audiences = [tree["associations"], tree["officials"]]
        page.keywords = [tree["grants"]]
        index.add_child(instance=page)


def add_registrations(event, count):
    Registration.objects.filter(event=event).delete()
    Registration.objects.bulk_create(
        Registration(event=event, status=Registration.CONFIRMED, name=f"Osallistuja {number}", email=f"o{number}@example.fi", token=f"t-{event.pk}-{number}")
        for number in range(count)
    )


def count_queries(client, url):
    client.get(url)  # warm-up: caches, locales, site root paths
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    return len(queries)


URLS = [
    "/fi/tapahtumat/",
    "/fi/tapahtumat/?audience=yhdistykset&keyword=avustukset&municipality=837&attendance=onsite&registration=open",
    "/fi/tapahtumat/ical/?audience=yhdistykset",
    "/api/v2/events/?locale=fi&audience=yhdistykset&registration_open=1&limit=20",
    "/fi/",
]


def test_listing_queries_are_the_same_for_10_and_1000_events(client, events_tree):
    add_many(events_tree, 10)
    few = {url: count_queries(client, url) for url in URLS}
    add_many(events_tree, 990, first=10)
    assert EventPage.objects.live().count() >= 1000
    many = {url: count_queries(client, url) for url in URLS}
    assert few == many
    assert many["/fi/tapahtumat/"] <= 15, many


def test_event_page_queries_are_the_same_for_10_and_1000_registrations(client, forum):
    forum.capacity = 5000
    forum.save_revision().publish()
    urls = [forum.url, f"{forum.url}ical/", "/fi/tapahtumat/", f"/api/v2/events/{forum.pk}/"]
    add_registrations(forum, 10)
    few = {url: count_queries(client, url) for url in urls}
    add_registrations(forum, 1000)
    many = {url: count_queries(client, url) for url in urls}
    assert few == many
    response = client.get(f"/api/v2/events/{forum.pk}/")
    assert response.json()["registration"]["remaining_places"] == 4000
