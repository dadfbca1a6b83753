"""`make backup` / `make restore`: the database and the media files come back as they were.

Transactional tests: pg_dump reads the database over its own connection, so the
content must be committed. The restore goes into a separate database that the
test creates and drops, and into a separate media folder.
"""

import re
import sqlite3
import tarfile
import uuid
from io import StringIO
from pathlib import Path

import psycopg
import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.documents.models import Document
from wagtail.models import Collection

pytestmark = pytest.mark.django_db(transaction=True)

ARCHIVE_NAME = re.compile(r"yhdessa-\d{8}-\d{6}\.tar\.gz")
FILE_CONTENT = b"%PDF-1.4 toimintasuunnitelma"


@pytest.fixture
def content(site_tree, settings, tmp_path):
    """A page to change, a page to delete and a document whose file is deleted after the backup."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    if Collection.get_first_root_node() is None:  # an earlier transactional test emptied the database
        Collection.add_root(name="Root")
    document = Document.objects.create(title="Toimintasuunnitelma", file=ContentFile(FILE_CONTENT, name="suunnitelma.pdf"))
    return {"about": site_tree["about_fi"], "contact": site_tree["contact_fi"], "document": document}


def back_up(tmp_path):
    out = StringIO()
    call_command("backup_site", f"--output-dir={tmp_path / 'backups'}", stdout=out)
    archive = Path(out.getvalue().strip())
    assert archive.parent == tmp_path / "backups"
    assert ARCHIVE_NAME.fullmatch(archive.name)
    return archive


def damage(content):
    about = content["about"]
    about.title = "Muutettu otsikko"
    about.save_revision().publish()
    content["contact"].delete()
    content["document"].file.delete(save=False)
    content["document"].delete()


def restore(archive, database_url, media_root, *extra):
    call_command("restore_site", str(archive), f"--database-url={database_url}", f"--media-root={media_root}",
                 *extra, stdout=StringIO())


@pytest.fixture
def postgres_target():
    """An empty PostgreSQL database beside the test database, dropped afterwards."""
    settings_dict = connection.settings_dict
    name = f"ops_restore_{uuid.uuid4().hex[:8]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    user = settings_dict["USER"] or ""
    password = f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
    yield {
        "url": f"postgres://{user}{password}@{settings_dict['HOST']}:{settings_dict['PORT'] or 5432}/{name}",
        "conninfo": {"dbname": name, "user": user, "password": settings_dict.get("PASSWORD") or None,
                     "host": settings_dict["HOST"], "port": settings_dict["PORT"] or 5432},
    }
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump and pg_restore need PostgreSQL (CI's second run)")
def test_postgres_backup_brings_back_pages_and_files(content, postgres_target, tmp_path):
    archive = back_up(tmp_path)
    damage(content)
    restored_media = tmp_path / "restored-media"
    restore(archive, postgres_target["url"], restored_media, "--yes")

    with psycopg.connect(**postgres_target["conninfo"]) as target:
        titles = {row[0] for row in target.execute("SELECT title FROM wagtailcore_page")}
        file_name = target.execute("SELECT file FROM wagtaildocs_document WHERE title = %s",
                                   ["Toimintasuunnitelma"]).fetchone()[0]
    assert {"Mitä järjestötoiminta on?", "Yhteys"} <= titles
    assert "Muutettu otsikko" not in titles
    assert (restored_media / file_name).read_bytes() == FILE_CONTENT


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite path")
def test_sqlite_backup_brings_back_pages_and_files(content, tmp_path):
    archive = back_up(tmp_path)
    damage(content)
    target = tmp_path / "restored.sqlite3"
    restored_media = tmp_path / "restored-media"
    restore(archive, f"sqlite:///{target}", restored_media, "--yes")

    with sqlite3.connect(target) as restored:
        titles = {row[0] for row in restored.execute("SELECT title FROM wagtailcore_page")}
        file_name = restored.execute("SELECT file FROM wagtaildocs_document WHERE title = ?",
                                     ["Toimintasuunnitelma"]).fetchone()[0]
    assert {"Mitä järjestötoiminta on?", "Yhteys"} <= titles
    assert "Muutettu otsikko" not in titles
    assert (restored_media / file_name).read_bytes() == FILE_CONTENT


def test_restore_refuses_without_confirmation_and_changes_nothing(content, tmp_path):
    archive = back_up(tmp_path)
    media_root = tmp_path / "other-media"
    media_root.mkdir()
    (media_root / "keep.txt").write_text("ennallaan")
    target = tmp_path / "other.sqlite3"
    with pytest.raises(CommandError, match="--yes"):
        restore(archive, f"sqlite:///{target}", media_root)
    assert (media_root / "keep.txt").read_text() == "ennallaan"
    assert not target.exists()


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    not_a_backup = tmp_path / "kuva.tar.gz"
    with tarfile.open(not_a_backup, "w:gz") as tar:
        tar.add(__file__, arcname="kuva.txt")
    with pytest.raises(CommandError, match="not a backup"):
        restore(not_a_backup, f"sqlite:///{tmp_path / 'x.sqlite3'}", tmp_path / "media", "--yes")
