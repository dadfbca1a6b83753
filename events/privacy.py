"""Retention of registrations' personal data.

Registrations keep their status, municipality, language and dates for statistics;
name, e-mail, organisation, needs, free text and the token are removed.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Registration

DEFAULT_RETENTION_DAYS = 90


def retention_days():
    return int(getattr(settings, "EVENTS_REGISTRATION_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))


def due_for_anonymisation(days=None, now=None):
    now = now or timezone.now()
    cutoff = now - timedelta(days=retention_days() if days is None else days)
    return Registration.objects.filter(event__end__lt=cutoff, anonymised_at__isnull=True)


def anonymise_registrations(days=None, now=None, dry_run=False):
    """Anonymise what is due; returns how many registrations."""
    now = now or timezone.now()
    registrations = due_for_anonymisation(days, now)
    if dry_run:
        return registrations.count()
    count = 0
    with transaction.atomic():
        for registration in registrations.only("pk").iterator():
            Registration.objects.filter(pk=registration.pk).update(
                name="",
                email="",
                organisation="",
                dietary_needs="",
                accessibility_needs="",
                message="",
                # A fresh random token, so that old links no longer reach the registration.
                token=f"anonymised-{Registration._meta.get_field('token').default()[:40]}",
                anonymised_at=now,
            )
            count += 1
    return count
