"""Replace the database and the media files with a backup archive's."""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from home.backup import BackupError, database_from_url, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by backup_site: REPLACES the database's content and MEDIA_ROOT. "
        "Stop the web server and the worker first. Asks for confirmation unless --yes."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
        parser.add_argument("--database-url", help="restore into this database instead of DATABASE_URL's")
        parser.add_argument("--media-root", help="restore the files here instead of MEDIA_ROOT")

    def handle(self, *args, archive, yes, database_url, media_root, **options):
        database = database_from_url(database_url) if database_url else connections["default"].settings_dict
        media_root = media_root or settings.MEDIA_ROOT
        if not yes:
            self.confirm(database, media_root)
        try:
            manifest = restore(archive, database, media_root)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored the backup of {manifest['created']} from {archive}."))

    def confirm(self, database, media_root):
        question = (
            f"This replaces everything in the database {database['NAME']} and in {media_root}.\n"
            "Type 'yes' to go on: "
        )
        if not sys.stdin.isatty():
            raise CommandError("Refusing to restore without confirmation: run with --yes (make restore CONFIRM=1).")
        if input(question).strip().lower() != "yes":
            raise CommandError("Restore cancelled; nothing was changed.")
