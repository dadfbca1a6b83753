from urllib.parse import unquote

import pytest
from django.test import override_settings
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage

pytestmark = pytest.mark.django_db

HEADLESS = {"CLIENT_URLS": {"default": "https://esikatselu.example.fi"}, "SERVE_BASE_URL": None,
            "REDIRECT_ON_PREVIEW": False, "ENFORCE_TRAILING_SLASH": True}


def preview_form(title):
    return nested_form_data(
        {"title": title, "slug": "esikatselu", "lead": "Luonnos", "body": streamfield([("text", rich_text("<p>Keskeneräinen</p>"))])}
    )


def test_built_in_preview_renders_the_page_when_no_client_is_configured(client, site_tree, editor):
    client.force_login(editor)
    page = site_tree["about_fi"]
    url = f"/admin/pages/{page.pk}/edit/preview/"
    assert client.post(url, preview_form("Uusi otsikko")).json()["is_valid"]
    response = client.get(url, {"mode": ""})
    assert response.status_code == 200
    assert "Uusi otsikko" in response.text
    assert "Keskeneräinen" in response.text


@override_settings(WAGTAIL_HEADLESS_PREVIEW=HEADLESS)
def test_headless_client_gets_the_draft_through_the_preview_api(client, site_tree, editor):
    client.force_login(editor)
    page = site_tree["about_fi"]
    url = f"/admin/pages/{page.pk}/edit/preview/"
    assert client.post(url, preview_form("Esikatseltava otsikko")).json()["is_valid"]
    response = client.get(url, {"mode": ""})
    assert response.status_code == 200
    assert "https://esikatselu.example.fi/?content_type=home.standardpage&amp;token=" in response.text

    token = response.text.split("token=")[1].split('"')[0]
    client.logout()
    data = client.get("/api/v2/page_preview/", {"content_type": "home.standardpage", "token": unquote(token)}).json()
    assert data["title"] == "Esikatseltava otsikko"
    assert "Keskeneräinen</p>" in data["body"][0]["value"]
    # The published page is untouched.
    assert client.get("/api/v2/pages/", {"slug": "mita-jarjestotoiminta-on"}).json()["items"][0]["title"] == "Mitä järjestötoiminta on?"


def test_preview_api_rejects_a_forged_token(client, site_tree):
    response = client.get("/api/v2/page_preview/", {"content_type": "home.standardpage", "token": "id=1:forged"})
    assert response.status_code == 403
    assert response.json()["message"]


def test_preview_api_rejects_a_validly_signed_token_with_no_preview(client, site_tree):
    token = StandardPage.get_preview_signer().sign("id=1")
    response = client.get("/api/v2/page_preview/", {"content_type": "home.standardpage", "token": token})
    assert response.status_code == 403


def test_preview_api_rejects_an_unknown_content_type(client, site_tree):
    response = client.get("/api/v2/page_preview/", {"content_type": "home.nothing", "token": "x"})
    assert response.status_code == 400


def test_preview_token_expires(client, site_tree):
    page = site_tree["about_fi"]
    page.title = "Luonnosotsikko"
    preview = page.create_page_preview()
    params = {"content_type": "home.standardpage", "token": preview.token}
    assert client.get("/api/v2/page_preview/", params).json()["title"] == "Luonnosotsikko"
    with override_settings(HEADLESS_PREVIEW_TOKEN_MAX_AGE=-1):
        response = client.get("/api/v2/page_preview/", params)
    assert response.status_code == 403
    assert "vanhentunut" in response.json()["message"]  # Finnish, the default language
