from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db


def logs_in(client, username, password):
    """Log in through the admin's form (the lockout counts attempts per request)."""
    response = client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})
    client.logout()
    return response.status_code == 302


def ensure_admin():
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


def test_admin_is_created_with_a_generated_password_printed_once(monkeypatch, client):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    first = ensure_admin()
    password = first.split("password: ")[1].strip()
    assert logs_in(client, "admin", password)
    second = ensure_admin()
    assert "password:" not in second
    assert get_user_model().objects.filter(username="admin").count() == 1


def test_admin_password_comes_from_the_environment(monkeypatch, client):
    monkeypatch.setenv("ADMIN_PASSWORD", "pitkä-kehityssalasana-1")
    ensure_admin()
    assert logs_in(client, "admin", "pitkä-kehityssalasana-1")
    monkeypatch.setenv("ADMIN_PASSWORD", "toinen-kehityssalasana-2")
    ensure_admin()
    assert logs_in(client, "admin", "toinen-kehityssalasana-2")


def test_load_demo_refuses_an_app_that_is_not_installed():
    with pytest.raises(CommandError, match="Not an installed app: kalenteri"):
        call_command("load_demo", "--only=kalenteri", stdout=StringIO())
