"""Two-step verification for the admin: a TOTP code after the password, with django-axes."""

import pytest
from django.test import override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "salasana-pitkä-123"


def log_in(client, username="toimittaja", password=PASSWORD):
    return client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/pages/"})


def code_for(device):
    """The code the editor's authenticator app shows now, computed from the device's key."""
    device.refresh_from_db()
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.fixture
def device(editor):
    return TOTPDevice.objects.create(user=editor, name="Puhelin", confirmed=True)


def test_a_user_without_two_step_verification_logs_in_as_before(client, editor):
    response = log_in(client)
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_a_user_with_a_device_is_asked_for_the_code_after_the_password(client, device):
    response = log_in(client)
    assert response.status_code == 302
    page = client.get(response["Location"], follow=True)
    assert page.redirect_chain[-1][0].startswith("/admin/two-factor/verify/?next=")
    assert "Kaksivaiheinen tunnistautuminen" in page.text
    assert 'autocomplete="one-time-code"' in page.text


def test_a_right_code_gets_into_the_admin_and_back_to_the_asked_page(client, device):
    log_in(client)
    response = client.post("/admin/two-factor/verify/", {"code": code_for(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_and_the_admin_stays_closed(client, device):
    log_in(client)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    response = client.post("/admin/two-factor/verify/", {"code": wrong})
    assert response.status_code == 400
    assert "Koodi on väärä" in response.text
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/verify/")


def test_wrong_codes_count_towards_the_lockout(client, device, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # the device's own slow-down is not what is tested here
    log_in(client)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    for _ in range(4):
        assert client.post("/admin/two-factor/verify/", {"code": wrong}).status_code == 400
    response = client.post("/admin/two-factor/verify/", {"code": wrong})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # The password no longer opens even the first step while the lock holds.
    assert log_in(client).status_code == 429


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/admin/users/", "/admin/account/", "/admin/two-factor/"])
def test_admin_pages_without_the_second_step_redirect_to_it(client, device, path):
    log_in(client)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/verify/?next=")


def test_a_forced_session_without_the_second_step_is_redirected(client, device, editor):
    client.force_login(editor)  # a session with the password step only
    assert client.get("/admin/pages/")["Location"].startswith("/admin/two-factor/verify/")
    assert client.post("/admin/pages/add/", {})["Location"].startswith("/admin/two-factor/verify/")


def test_an_editor_turns_it_on_from_the_account_page(client, editor):
    log_in(client)
    account = client.get("/admin/account/")
    assert "/admin/two-factor/" in account.text
    assert "Kaksivaiheinen tunnistautuminen" in account.text
    setup = client.get("/admin/two-factor/")
    assert setup.status_code == 200
    assert "<svg" in setup.text
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert "otpauth://totp/" in device.config_url
    response = client.post("/admin/two-factor/", {"action": "enable", "code": code_for(device)})
    assert response.status_code == 302
    assert TOTPDevice.objects.get(user=editor).confirmed
    # This session is verified; a new log-in asks for the code.
    assert client.get("/admin/pages/").status_code == 200
    client.logout()
    log_in(client)
    assert client.get("/admin/pages/")["Location"].startswith("/admin/two-factor/verify/")


def test_the_setup_page_speaks_swedish(client, editor):
    log_in(client)
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "sv"
    profile.save()
    assert "Tvåstegsverifiering" in client.get("/admin/two-factor/").text


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_when_required_an_editor_without_a_device_must_set_it_up_first(client, editor):
    log_in(client)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/two-factor/"
    assert client.get("/admin/two-factor/").status_code == 200


def test_a_verified_user_can_turn_it_off(client, device, editor):
    log_in(client)
    client.post("/admin/two-factor/verify/", {"code": code_for(device)})
    response = client.post("/admin/two-factor/", {"action": "disable"})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
