"""The worker: scheduled publishing every minute and the apps' periodic jobs."""

import logging
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from wagtail import hooks

logger = logging.getLogger(__name__)

DAY = 24 * 60 * 60


def scheduled_jobs(interval):
    """(command, seconds between runs): Wagtail's scheduled publishing, then the
    apps' jobs from the ``register_scheduled_commands`` hook, e.g. ``[("purge_registrations", DAY)]``."""
    jobs = [("publish_scheduled", interval)]
    for register in hooks.get_hooks("register_scheduled_commands"):
        jobs.extend(register())
    return jobs


class Command(BaseCommand):
    help = (
        "Publish and unpublish pages and snippets at their scheduled times (every minute) and run "
        "the apps' periodic clean-ups (daily). Runs until stopped; --once runs every job once and exits."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every job once and exit (for cron).")
        parser.add_argument("--interval", type=int, default=60, help="Seconds between scheduled-publishing runs.")

    def handle(self, *args, once=False, interval=60, **options):
        jobs = scheduled_jobs(interval)
        last_run = {}
        while True:
            now = time.monotonic()
            for command, every in jobs:
                if once or now - last_run.get(command, -every) >= every:
                    self.run_job(command)
                    last_run[command] = now
            if once:
                return
            time.sleep(interval)

    def run_job(self, command):
        try:
            call_command(command, stdout=self.stdout)
        except Exception:  # one failing job must not stop the worker
            logger.exception("Scheduled job %s failed", command)
