"""Delete personal data past its retention time.

- survey submissions older than their form's retention time (days, set per form);
- processed contact-detail updates older than PARTICIPATION_CONTACT_UPDATE_RETENTION_DAYS (default 365);
- e-mail addresses of photo entries once the contest has been closed for
  PARTICIPATION_PHOTO_EMAIL_RETENTION_DAYS (default 180).

Run it daily (cron or a scheduled task). ``--dry-run`` only counts.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from participation.models import ContactDetailUpdate, ModerationStatus, PhotoEntry, SurveyPage


class Command(BaseCommand):
    help = "Delete survey submissions and other participation data older than their retention time."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be deleted, delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        submissions = 0
        with transaction.atomic():
            for page in SurveyPage.objects.only("pk", "retention_days"):
                expired = FormSubmission.objects.filter(page_id=page.pk, submit_time__lt=now - timedelta(days=page.retention_days))
                submissions += expired.count() if dry_run else expired.delete()[0]
            update_days = getattr(settings, "PARTICIPATION_CONTACT_UPDATE_RETENTION_DAYS", 365)
            updates = ContactDetailUpdate.objects.exclude(status=ModerationStatus.PENDING).filter(
                processed_at__lt=now - timedelta(days=update_days)
            )
            update_count = updates.count() if dry_run else updates.delete()[0]
            email_days = getattr(settings, "PARTICIPATION_PHOTO_EMAIL_RETENTION_DAYS", 180)
            emails = PhotoEntry.objects.exclude(email="").filter(page__entries_close_at__lt=now - timedelta(days=email_days))
            email_count = emails.count() if dry_run else emails.update(email="")
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb} {submissions} survey submissions and {update_count} processed contact-detail updates; "
            f"{'would clear' if dry_run else 'cleared'} {email_count} photo entrants' e-mail addresses."
        )
