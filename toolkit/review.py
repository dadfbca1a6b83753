"""Guides due for review: "last reviewed" older than TOOLKIT_REVIEW_AGE_MONTHS (default 12)."""

from datetime import date

from django.conf import settings
from django.utils import timezone

from .listing import guides

DEFAULT_REVIEW_AGE_MONTHS = 12


def review_age_months():
    return int(getattr(settings, "TOOLKIT_REVIEW_AGE_MONTHS", DEFAULT_REVIEW_AGE_MONTHS))


def months_before(day, months):
    """The same day ``months`` earlier (the month's last day when it is shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)


def review_cutoff(today=None, months=None):
    today = today or timezone.localdate()
    return months_before(today, review_age_months() if months is None else months)


def guides_due_for_review(today=None, months=None):
    """Published guides in every language whose review is older than the cutoff, oldest first."""
    from .models import GuidePage

    base = GuidePage.objects.live().filter(last_reviewed__lt=review_cutoff(today, months))
    return guides(base=base).order_by("last_reviewed", "title", "pk")
