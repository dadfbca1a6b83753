"""The project as an operator meets it: settings, migrations, translations."""

import os
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection

from hub.settings.environment import cache_from_url

PROJECT_DIR = Path(__file__).resolve().parent.parent


def run_manage(*args, env_overrides):
    env = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "hub.settings.production",
    "SECRET_KEY": "x" * 30 + "-a-long-random-production-secret-key-0123456789",
    "ALLOWED_HOSTS": "yhdessa.example.fi",
}


def test_production_settings_pass_the_deploy_check():
    env = {**PRODUCTION, "REDIS_URL": "redis://127.0.0.1:6379/10", "CACHE_URL": ""}
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_deploy_check_warns_of_a_cache_each_process_keeps_for_itself():
    result = run_manage("check", "--deploy", env_overrides={**PRODUCTION, "REDIS_URL": "", "CACHE_URL": ""})
    assert result.returncode == 0  # a warning: the site runs, with one worker correctly
    assert "home.W001" in result.stderr and "Set REDIS_URL" in result.stderr


def test_production_without_secret_key_fails_with_a_clear_message():
    result = run_manage(
        "check",
        env_overrides={"DJANGO_SETTINGS_MODULE": "hub.settings.production", "ALLOWED_HOSTS": "yhdessa.example.fi"},
    )
    assert result.returncode != 0
    assert "The environment variable SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize(
    ("url", "backend"),
    [
        ("redis://127.0.0.1:6379/1", "hub.cache.ResilientRedisCache"),
        ("locmem://", "django.core.cache.backends.locmem.LocMemCache"),
        ("dummy://", "django.core.cache.backends.dummy.DummyCache"),
    ],
)
def test_cache_url_chooses_the_backend(url, backend):
    assert cache_from_url(url)["BACKEND"] == backend


def test_unknown_cache_url_is_a_clear_error():
    with pytest.raises(ImproperlyConfigured, match="Unsupported cache URL scheme"):
        cache_from_url("memcached://127.0.0.1")


def test_every_interface_string_is_translated():
    from home.management.commands.compile_translations import project_catalogues

    catalogues = project_catalogues()
    assert {path.parent.parent.name for path in catalogues} >= {"fi", "sv"}
    untranslated = {
        str(path.relative_to(PROJECT_DIR)): [entry.msgid for entry in catalogue.untranslated_entries() + catalogue.fuzzy_entries()]
        for path in catalogues
        for catalogue in [polib.pofile(str(path))]
    }
    assert {path: msgids for path, msgids in untranslated.items() if msgids} == {}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a setting of PostgreSQL connections")
def test_postgresql_connections_do_not_compile_queries_to_machine_code(db):
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
