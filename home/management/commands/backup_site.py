"""Write a backup archive of the database and the media files."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from home.backup import BackupError, backup, database_from_url


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump's custom format on PostgreSQL, a file copy on SQLite) and MEDIA_ROOT "
        "to OUTPUT_DIR/yhdessa-YYYYmmdd-HHMMSS.tar.gz, and print the archive's path."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default=str(settings.BASE_DIR / "backups"))
        parser.add_argument("--database-url", help="back up this database instead of DATABASE_URL's")

    def handle(self, *args, output_dir, database_url, **options):
        if database_url:
            database, alias = database_from_url(database_url), None
        else:
            database, alias = connections["default"].settings_dict, "default"
        try:
            archive = backup(database, settings.MEDIA_ROOT, output_dir, alias=alias)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(archive))
