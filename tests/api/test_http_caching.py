import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_api_answer_has_etag_and_short_public_cache_control(client, site_tree):
    response = client.get("/api/v2/pages/", {"locale": "fi"})
    assert response.status_code == 200
    assert response["ETag"]
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=60", "must-revalidate"}


def test_unchanged_answer_revalidates_with_304(client, site_tree):
    etag = client.get("/api/v2/pages/", {"locale": "fi"})["ETag"]
    response = client.get("/api/v2/pages/", {"locale": "fi"}, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""


def test_changed_content_gets_a_new_answer(client, site_tree):
    etag = client.get("/api/v2/pages/", {"locale": "fi"})["ETag"]
    page = site_tree["contact_fi"]
    page.title = "Yhteystiedot"
    page.save_revision().publish()
    response = client.get("/api/v2/pages/", {"locale": "fi"}, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "Yhteystiedot" in response.content.decode()


def test_preview_answers_are_never_stored(client, site_tree):
    response = client.get("/api/v2/page_preview/", {"content_type": "home.standardpage", "token": "x"})
    assert "no-store" in response["Cache-Control"]
    assert not response.has_header("ETag")


@override_settings(CORS_ALLOWED_ORIGINS=["https://kunta.example.fi"])
def test_cors_allows_a_configured_origin_on_the_api_only(client, site_tree):
    api = client.get("/api/v2/pages/", HTTP_ORIGIN="https://kunta.example.fi")
    assert api["Access-Control-Allow-Origin"] == "https://kunta.example.fi"
    other = client.get("/api/v2/pages/", HTTP_ORIGIN="https://muu.example.fi")
    assert not other.has_header("Access-Control-Allow-Origin")
    page = client.get("/fi/", HTTP_ORIGIN="https://kunta.example.fi")
    assert not page.has_header("Access-Control-Allow-Origin")
