"""Compile the project's .po files to .mo with polib: no GNU gettext needed.

Catalogues live in locale/ (the core) and in each plugin app's own locale/
folder, so that a plugin brings and takes its translations with it.
"""

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand


def project_catalogues():
    """Every .po file of the project: LOCALE_PATHS and the project's own apps."""
    base = Path(settings.BASE_DIR).resolve()
    folders = [Path(path) for path in settings.LOCALE_PATHS]
    folders += [
        Path(config.path) / "locale"
        for config in apps.get_app_configs()
        if Path(config.path).resolve().is_relative_to(base) and ".venv" not in Path(config.path).parts
    ]
    return sorted({po for folder in folders for po in folder.glob("*/LC_MESSAGES/*.po")})


class Command(BaseCommand):
    help = "Compile the project's .po translation files into .mo files (pure Python)."

    def handle(self, *args, **options):
        compiled = 0
        for po_path in project_catalogues():
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            compiled += 1
        self.stdout.write(f"Compiled {compiled} translation file(s).")
