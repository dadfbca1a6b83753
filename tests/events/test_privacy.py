"""Personal data of registrations is removed after the retention time; the form resists spam."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from events.models import Registration

from .conftest import add_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_and_recent(events_tree):
    index = events_tree["index_fi"]
    old = add_event(index, title="Vanha", start=timezone.now() - timedelta(days=100))
    recent = add_event(index, title="Tuore", start=timezone.now() - timedelta(days=10))
    for event in (old, recent):
        Registration.objects.create(event=event, status=Registration.CONFIRMED, name="Essi Esimerkki",
                                    email="essi@example.fi", organisation="Yhdistys ry", dietary_needs="Vegaani",
                                    municipality=events_tree["tampere"])
    return old, recent


def test_purge_anonymises_registrations_of_events_past_the_retention_time(old_and_recent, client):
    old, recent = old_and_recent
    token = Registration.objects.get(event=old).token
    out = StringIO()
    call_command("purge_registrations", stdout=out)
    assert "Anonymised 1 registration" in out.getvalue()
    purged = Registration.objects.get(event=old)
    assert (purged.name, purged.email, purged.organisation, purged.dietary_needs) == ("", "", "", "")
    assert purged.anonymised_at is not None
    assert purged.status == Registration.CONFIRMED and purged.municipality is not None  # statistics stay
    assert Registration.objects.get(event=recent).email == "essi@example.fi"
    assert client.get(f"/fi/events/registration/{token}/").status_code == 404


@override_settings(EVENTS_REGISTRATION_RETENTION_DAYS=5)
def test_retention_days_come_from_settings(old_and_recent):
    call_command("purge_registrations", stdout=StringIO())
    assert not Registration.objects.exclude(email="").exists()


def test_dry_run_changes_nothing(old_and_recent):
    out = StringIO()
    call_command("purge_registrations", "--dry-run", stdout=out)
    assert "Would anonymise 1" in out.getvalue()
    assert not Registration.objects.filter(email="").exists()
