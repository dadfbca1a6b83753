"""The events demo content loaded by `manage.py load_demo`."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from events.models import EventIndexPage, EventPage, Registration

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(locales):
    call_command("load_demo", stdout=StringIO())


def test_demo_has_forums_and_the_seven_workshops_as_a_series(client, demo):
    finnish = EventPage.objects.live().filter(locale__language_code="fi")
    series = finnish.get(slug="elinvoimapajat-2026")
    workshops = finnish.filter(super_event=series)
    assert workshops.count() == 7
    now = timezone.now()
    assert workshops.filter(end__lt=now).exists() and workshops.filter(end__gte=now).exists()
    forum = finnish.get(slug="jarjestofoorumi-kevat")
    assert forum.registration_enabled and forum.registration_closes < forum.start
    assert finnish.filter(slug__startswith="kumppanuusfoorumi").count() == 2
    assert Registration.objects.exists()
    response = client.get("/fi/tapahtumat/")
    assert response.status_code == 200 and "Elinvoimapajat 2026" in response.text
    assert client.get(series.url).status_code == 200
    assert "Elinvoimapaja 4/7" in client.get(series.url).text


def test_some_demo_events_are_in_swedish(client, demo):
    swedish = EventPage.objects.live().filter(locale__language_code="sv")
    assert swedish.count() >= 3
    response = client.get("/sv/evenemang/")
    assert response.status_code == 200
    assert "Föreningsforum" in response.text


def test_loading_the_demo_twice_changes_nothing(demo):
    before = (EventPage.objects.count(), EventIndexPage.objects.count(), Registration.objects.count())
    call_command("load_demo", stdout=StringIO())
    assert (EventPage.objects.count(), EventIndexPage.objects.count(), Registration.objects.count()) == before
