"""Remove personal data from registrations of events that ended long enough ago.

    manage.py purge_registrations [--days N] [--dry-run]

Run daily from cron. The number of days after the event comes from
``settings.EVENTS_REGISTRATION_RETENTION_DAYS`` (default 90) unless --days is given.
"""

from django.core.management.base import BaseCommand, CommandError

from events.privacy import anonymise_registrations, retention_days


class Command(BaseCommand):
    help = "Anonymise registrations of events that ended more than the retention time ago."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Days after the event's end (default: EVENTS_REGISTRATION_RETENTION_DAYS or 90).")
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be anonymised.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = retention_days() if days is None else days
        if days < 0:
            raise CommandError("--days must be zero or more.")
        count = anonymise_registrations(days=days, dry_run=dry_run)
        verb = "Would anonymise" if dry_run else "Anonymised"
        self.stdout.write(f"{verb} {count} registration(s) of events that ended more than {days} days ago.")
