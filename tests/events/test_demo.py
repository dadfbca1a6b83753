"""The events demo content loaded by `manage.py load_demo`."""

import pytest
from django.utils import timezone

from events.models import EventIndexPage, EventPage, Registration
from tests.conftest import load_demo

pytestmark = pytest.mark.django_db


def test_demo_has_forums_workshop_series_swedish_events_and_loads_once(client, locales):
    """One test: loading the demo is the slow part."""
    load_demo("events")
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

    swedish = EventPage.objects.live().filter(locale__language_code="sv")
    assert swedish.count() >= 3
    response = client.get("/sv/evenemang/")
    assert response.status_code == 200
    assert "Föreningsforum" in response.text

    before = (EventPage.objects.count(), EventIndexPage.objects.count(), Registration.objects.count())
    load_demo("events")
    assert (EventPage.objects.count(), EventIndexPage.objects.count(), Registration.objects.count()) == before
