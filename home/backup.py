"""Back up and restore the site: the database and the MEDIA_ROOT files in one archive.

An archive (``yhdessa-YYYYmmdd-HHMMSS.tar.gz``) holds ``manifest.json``, the
database (``database.pgdump``, pg_dump's custom format, or ``database.sqlite3``, a
copy made with SQLite's online backup) and ``media/``. The database to use is a
Django ``settings_dict`` (``DATABASES["default"]``, read from DATABASE_URL), so a
restore can also go into another database than the site's own.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

import dj_database_url
from django.db import connections
from django.utils import timezone

POSTGRES_ENGINES = ("django.db.backends.postgresql",)
SQLITE_ENGINE = "django.db.backends.sqlite3"
DUMP_NAMES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}


class BackupError(Exception):
    """A backup or restore could not be done; the message says why."""


def vendor_of(database):
    if database["ENGINE"] in POSTGRES_ENGINES:
        return "postgresql"
    if database["ENGINE"] == SQLITE_ENGINE:
        return "sqlite"
    raise BackupError(f"Backups support PostgreSQL and SQLite, not {database['ENGINE']}.")


def database_from_url(url):
    return dj_database_url.parse(url)


def pg_environment(database):
    """libpq's variables for pg_dump and pg_restore: no password on a command line."""
    values = {
        "PGHOST": database.get("HOST"),
        "PGPORT": str(database.get("PORT") or ""),
        "PGUSER": database.get("USER"),
        "PGPASSWORD": database.get("PASSWORD"),
        "PGDATABASE": database["NAME"],
        "PGSSLMODE": (database.get("OPTIONS") or {}).get("sslmode"),
    }
    return {**os.environ, **{key: value for key, value in values.items() if value}}


def run_tool(command, database):
    try:
        subprocess.run(command, env=pg_environment(database), check=True, capture_output=True, text=True)
    except FileNotFoundError as error:
        raise BackupError(f"{command[0]} is missing: install PostgreSQL's client tools.") from error
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{command[0]} failed: {error.stderr.strip()}") from error


# Backup ------------------------------------------------------------------------------


def dump_database(database, target, alias=None):
    """Writes the database to ``target``; ``alias`` names an open Django connection to it."""
    vendor = vendor_of(database)
    if vendor == "postgresql":
        run_tool(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}"], database)
    elif alias is not None:  # the connection's own view, e.g. an in-memory test database
        connection = connections[alias]
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
    else:
        with sqlite3.connect(database["NAME"]) as source, sqlite3.connect(target) as copy:
            source.backup(copy)


def backup(database, media_root, output_dir, *, alias=None, now=None):
    """Writes an archive of the database and ``media_root`` to ``output_dir``; returns its path."""
    vendor = vendor_of(database)
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = timezone.localtime(now).strftime("%Y%m%d-%H%M%S")
    archive = output_dir / f"yhdessa-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory(dir=output_dir) as work:
        dump = Path(work) / DUMP_NAMES[vendor]
        dump_database(database, dump, alias)
        manifest = {"created": timezone.now().isoformat(), "database": vendor, "dump": dump.name}
        (Path(work) / "manifest.json").write_text(json.dumps(manifest, indent=2))
        partial = archive.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(Path(work) / "manifest.json", arcname="manifest.json")
            tar.add(dump, arcname=dump.name)
            media_root = Path(media_root)
            if media_root.is_dir():
                tar.add(media_root, arcname="media")
        partial.replace(archive)  # a crash mid-backup leaves no archive that looks whole
    return archive


# Restore -----------------------------------------------------------------------------


def read_manifest(tar):
    try:
        manifest = json.load(tar.extractfile("manifest.json"))
    except (KeyError, ValueError) as error:
        raise BackupError("This is not a backup of this site (manifest.json is missing or broken).") from error
    if manifest.get("dump") not in DUMP_NAMES.values():
        raise BackupError("The backup's manifest names no database dump.")
    return manifest


def load_database(database, dump, vendor):
    if vendor_of(database) != vendor:
        raise BackupError(f"The backup is of a {vendor} database; the target is {vendor_of(database)}.")
    if vendor == "postgresql":
        run_tool(
            ["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
             "--exit-on-error", f"--dbname={database['NAME']}", str(dump)],
            database,
        )
    else:
        with sqlite3.connect(dump) as source, sqlite3.connect(database["NAME"]) as target:
            source.backup(target)


def replace_media(extracted, media_root):
    """Swaps in the backup's media files; the old files are removed only once the new are in place."""
    media_root = Path(media_root)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    incoming = Path(extracted) / "media"
    if not incoming.is_dir():
        incoming.mkdir()
    staged = Path(tempfile.mkdtemp(prefix=".restore-", dir=media_root.parent))
    shutil.move(str(incoming), staged / "media")
    previous = media_root.with_name(f".{media_root.name}-before-restore")
    if media_root.exists():
        shutil.rmtree(previous, ignore_errors=True)
        media_root.rename(previous)
    (staged / "media").rename(media_root)
    shutil.rmtree(previous, ignore_errors=True)
    shutil.rmtree(staged, ignore_errors=True)


def restore(archive, database, media_root):
    """Replaces the database's content and the ``media_root`` files with the archive's."""
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(f"No backup at {archive}.")
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive, "r:gz") as tar:
        manifest = read_manifest(tar)
        tar.extractall(work, filter="data")  # refuses absolute paths, "..", devices and links out
        for connection in connections.all():
            if connection.settings_dict["NAME"] == database["NAME"]:
                connection.close()  # no open transaction of ours holds the tables
        load_database(database, Path(work) / manifest["dump"], manifest["database"])
        replace_media(work, media_root)
    return manifest
