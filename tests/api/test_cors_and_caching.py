import pytest

pytestmark = pytest.mark.django_db

PORTAL = "https://portaali.example.fi"


@pytest.fixture
def portal_allowed(settings):
    settings.CORS_ALLOWED_ORIGINS = [PORTAL]


def test_allowed_origin_can_read_the_revalidation_headers(client, site_tree, portal_allowed):
    response = client.get("/api/v2/pages/", HTTP_ORIGIN=PORTAL)
    assert response["Access-Control-Allow-Origin"] == PORTAL
    assert {"ETag", "Last-Modified"} <= {name.strip() for name in response["Access-Control-Expose-Headers"].split(",")}


def test_preflight_from_an_allowed_origin(client, site_tree, portal_allowed):
    response = client.options("/api/v2/pages/", HTTP_ORIGIN=PORTAL, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == PORTAL


def test_a_304_still_carries_cors_headers(client, site_tree, portal_allowed):
    etag = client.get("/api/v2/pages/", HTTP_ORIGIN=PORTAL)["ETag"]
    response = client.get("/api/v2/pages/", HTTP_ORIGIN=PORTAL, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response["Access-Control-Allow-Origin"] == PORTAL


def test_page_details_have_last_modified_and_answer_if_modified_since(client, site_tree):
    site_tree["about_fi"].save_revision().publish()
    url = f"/api/v2/pages/{site_tree['about_fi'].pk}/"
    response = client.get(url)
    assert response.json()["meta"]["last_published_at"]
    last_modified = response["Last-Modified"]
    assert last_modified.endswith("GMT")
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304


def test_max_age_is_configurable(client, site_tree, settings):
    settings.API_CACHE_MAX_AGE = 300
    assert "max-age=300" in client.get("/api/v2/pages/")["Cache-Control"]


def test_errors_and_the_html_site_are_not_marked_publicly_cacheable(client, site_tree):
    bad = client.get("/api/v2/pages/?locale=xx")
    assert bad.status_code == 400
    assert "public" not in bad.get("Cache-Control", "")
    assert "max-age=60" not in client.get("/fi/").get("Cache-Control", "")
