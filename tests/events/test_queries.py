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


def test_swedish_listing_localises_snippets_in_queries_that_do_not_grow(client, events_tree):
    from tests.factories import ContactPersonFactory, OrganisationFactory

    locale_sv = events_tree["locale_sv"]
    organisation = OrganisationFactory(name="Järjestöhubi")
    organisation_sv = organisation.copy_for_translation(locale_sv)
    organisation_sv.name = "Föreningshubben"
    organisation_sv.save()
    person = ContactPersonFactory(organisation=organisation)
    person_sv = person.copy_for_translation(locale_sv)  # still pointing at the Finnish organisation
    person_sv.job_title = "Föreningskoordinator"
    person_sv.save()
    tampere_sv = events_tree["tampere"].copy_for_translation(locale_sv)
    tampere_sv.name = "Tammerfors"
    tampere_sv.save()

    def add_swedish(count, first):
        # Swedish events that still point at the Finnish snippets, as a copied translation does.
        index = events_tree["index_sv"]
        start = timezone.now() + timedelta(days=3)
        for number in range(first, first + count):
            index.add_child(instance=EventPage(
                title=f"Evenemang {number:03d}", slug=f"evenemang-{number:03d}", locale=locale_sv, lead="Välkommen.",
                start=start + timedelta(hours=number), end=start + timedelta(hours=number + 2), place_name="Salen",
                municipality=events_tree["tampere"], organiser=organisation, contact_person=person,
            ))

    # Snippets are localised into the visitor's language.
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "sv"
    url = "/api/v2/events/?locale=sv&limit=20"
    add_swedish(2, 0)
    few = count_queries(client, url)
    add_swedish(15, 2)
    assert count_queries(client, url) == few
    items = client.get(url).json()["items"]
    assert len(items) == 17
    for item in items:
        assert item["municipality"]["name"] == "Tammerfors"
        assert item["organiser_data"]["organisation"]["name"] == "Föreningshubben"
        assert item["contact"]["id"] == person_sv.pk
        assert item["contact"]["title"] == "Föreningskoordinator"
        assert item["contact"]["organisation"] == "Föreningshubben"


def test_locale_parameter_alone_gives_swedish_snippets_and_messages(client, events_tree):
    locale_sv = events_tree["locale_sv"]
    tampere_sv = events_tree["tampere"].copy_for_translation(locale_sv)
    tampere_sv.name = "Tammerfors"
    tampere_sv.save()
    start = timezone.now() + timedelta(days=3)
    events_tree["index_sv"].add_child(instance=EventPage(
        title="Evenemang", slug="evenemang", locale=locale_sv, lead="Välkommen.", start=start,
        end=start + timedelta(hours=2), place_name="Salen", municipality=events_tree["tampere"],
    ))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "fi"  # a Finnish browser asking for the Swedish content
    items = client.get("/api/v2/events/?locale=sv").json()["items"]
    assert [item["municipality"]["name"] for item in items] == ["Tammerfors"]
    refused = client.get("/api/v2/events/?locale=sv&start=imorgon")
    assert refused.status_code == 400
    finnish = client.get("/api/v2/events/?locale=fi&start=imorgon")
    assert refused.json()["message"] != finnish.json()["message"]


def test_a_repeated_index_counts_nothing_and_a_filled_event_leaves_the_open_filter(client, forum):
    url = "/fi/tapahtumat/?registration=open"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert "Järjestöfoorumi" in client.get(url).text
    assert not any('AS "__count"' in query["sql"] for query in queries.captured_queries)  # Paginator's count()
    for number in range(5):  # three places and two on the waiting list
        status = Registration.CONFIRMED if number < 3 else Registration.WAITING
        Registration.objects.create(event=forum, status=status, name=f"Osallistuja {number}", email=f"o{number}@example.fi")
    assert "Järjestöfoorumi" not in client.get(url).text


def test_after_a_registration_the_home_page_reads_only_the_events_it_shows(client, forum):
    client.get("/fi/")
    Registration.objects.create(event=forum, status=Registration.CONFIRMED, name="Osallistuja", email="o@example.fi")
    with CaptureQueriesContext(connection) as queries:
        assert "2 paikkaa jäljellä" in client.get("/fi/").text
    assert not any("events_eventindexpage" in query["sql"] for query in queries.captured_queries)
