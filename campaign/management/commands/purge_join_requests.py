"""Delete decided join requests (and their contact details) after the retention time."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from campaign.models import JoinRequest

DEFAULT_RETENTION_DAYS = 180


def retention_days():
    return int(getattr(settings, "CAMPAIGN_JOIN_REQUEST_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))


def purge_join_requests(now=None):
    """Requests decided more than the retention time ago; pending ones wait for a decision."""
    cutoff = (now or timezone.now()) - timedelta(days=retention_days())
    deleted, _details = JoinRequest.objects.exclude(status=JoinRequest.Status.PENDING).filter(decided_at__lt=cutoff).delete()
    return deleted


class Command(BaseCommand):
    help = "Delete join requests decided more than CAMPAIGN_JOIN_REQUEST_RETENTION_DAYS (default 180) days ago."

    def handle(self, *args, **options):
        deleted = purge_join_requests()
        self.stdout.write(f"Deleted {deleted} decided join request(s) older than {retention_days()} days.")
