"""Registrations in the admin, asked for without the right to see them, stay hidden."""

import pytest
from django.urls import reverse

from events.models import Registration
from home.roles import AGENTS, CHIEF_EDITORS, EDITORS, EVENT_MANAGERS, TRANSLATORS
from tests.home.test_roles import people, roles  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

REGISTRATIONS = reverse("events_registrations:index")


@pytest.fixture
def registered(roles, forum):  # noqa: F811
    return Registration.objects.create(event=forum, name="Essi Esimerkki", email="essi@example.fi",
                                       status=Registration.CONFIRMED, dietary_needs="Vegaani")


def export_urls(registration):
    return [f"{REGISTRATIONS}?event={registration.event_id}&export={kind}" for kind in ("csv", "xlsx")] + [
        f"{REGISTRATIONS}?export=csv",
        reverse("events_registrations:inspect", args=[registration.pk]),
    ]


def content_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("role", [None, CHIEF_EDITORS, EDITORS, AGENTS, TRANSLATORS])
def test_registrations_and_their_export_are_refused_to_whoever_does_not_run_events(client, people, registered, role):  # noqa: F811
    if role:
        client.force_login(people[role])
    for url in export_urls(registered):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if role is None:
            assert reverse("wagtailadmin_login") in response["Location"]
        assert b"essi@example.fi" not in content_of(response), url

    edit = reverse("events_registrations:edit", args=[registered.pk])
    assert client.post(edit, {"status": Registration.CANCELLED, "name": "X", "email": "x@example.fi"}).status_code in (302, 403)
    assert client.post(reverse("events_registrations:delete", args=[registered.pk])).status_code in (302, 403)
    registered.refresh_from_db()
    assert (registered.status, registered.name) == (Registration.CONFIRMED, "Essi Esimerkki")


def test_event_managers_export_the_registrations(client, people, registered):  # noqa: F811
    client.force_login(people[EVENT_MANAGERS])
    response = client.get(f"{REGISTRATIONS}?event={registered.event_id}&export=csv")
    assert response.status_code == 200
    assert b"essi@example.fi" in content_of(response)
