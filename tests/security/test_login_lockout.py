"""Admin log-in: repeated failures lock the user name out, in the user's language."""

import pytest
from django.test import override_settings


def failed_login(client, username="toimittaja"):
    return client.post("/admin/login/", {"username": username, "password": "väärä-salasana"})


@pytest.mark.django_db
def test_five_failed_log_ins_lock_the_user_name_out(client, editor):
    for _ in range(4):
        assert failed_login(client).status_code == 200
    response = failed_login(client)
    assert response.status_code == 429
    assert "Liian monta epäonnistunutta kirjautumista" in response.content.decode()

    # The right password no longer helps while the lock holds.
    response = client.post("/admin/login/", {"username": "toimittaja", "password": "salasana-pitkä-123"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_the_lockout_page_speaks_finnish_and_swedish(client, editor):
    for _ in range(5):
        failed_login(client)
    finnish = client.post("/admin/login/", {"username": "toimittaja", "password": "x"}, HTTP_ACCEPT_LANGUAGE="fi")
    swedish = client.post("/admin/login/", {"username": "toimittaja", "password": "x"}, HTTP_ACCEPT_LANGUAGE="sv")
    assert "Liian monta epäonnistunutta kirjautumista" in finnish.content.decode()
    assert "För många misslyckade inloggningar" in swedish.content.decode()


@pytest.mark.django_db
def test_a_successful_log_in_resets_the_count(client, editor):
    for _ in range(4):
        failed_login(client)
    response = client.post("/admin/login/", {"username": "toimittaja", "password": "salasana-pitkä-123"})
    assert response.status_code == 302
    client.logout()
    for _ in range(4):
        assert failed_login(client).status_code == 200


@pytest.mark.django_db
def test_other_user_names_are_not_locked_out(client, editor, django_user_model):
    django_user_model.objects.create_superuser("julkaisija", "julkaisija@example.fi", "toinen-salasana-456")
    for _ in range(5):
        failed_login(client)
    response = client.post("/admin/login/", {"username": "julkaisija", "password": "toinen-salasana-456"})
    assert response.status_code == 302


def test_password_validators_ask_for_long_uncommon_passwords():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("salasana")
    with pytest.raises(ValidationError):
        validate_password("123456789012")
    validate_password("pitkä-ja-harvinainen-lause")


def test_production_with_redis_counts_log_ins_in_redis_and_passes_the_deploy_check():
    from tests.test_project import run_manage

    env = {
        "DJANGO_SETTINGS_MODULE": "hub.settings.production",
        "SECRET_KEY": "x" * 30 + "-a-long-random-production-secret-key-0123456789",
        "ALLOWED_HOSTS": "yhdessa.example.fi",
        "REDIS_URL": "redis://127.0.0.1:6379/10",
    }
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=env)
    assert result.returncode == 0, result.stdout + result.stderr
    handler = run_manage("shell", "-c", "from django.conf import settings; print(settings.AXES_HANDLER)", env_overrides=env)
    assert handler.stdout.strip().splitlines()[-1] == "hub.cache.AxesHandler"
