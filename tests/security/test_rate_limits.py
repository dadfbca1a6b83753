"""The public API's per-address rate limit: a 429 in the caller's language once it is used up."""

import pytest


@pytest.fixture
def api_rate(settings):
    settings.RATE_LIMITS = {"api": "3/m"}


def api_get(client, address="10.1.0.1", **headers):
    return client.get("/api/v2/pages/", {"locale": "fi"}, REMOTE_ADDR=address, **headers)


def test_the_api_answers_under_its_limit_and_429_over_it(client, site_tree, api_rate):
    assert [api_get(client).status_code for _ in range(3)] == [200, 200, 200]
    response = api_get(client)
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"].startswith("Liian monta pyyntöä. Odota ")
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "no-store" in response["Cache-Control"]


def test_each_address_has_its_own_api_quota(client, site_tree, api_rate):
    for _ in range(4):
        api_get(client, "10.1.0.2")
    assert api_get(client, "10.1.0.2").status_code == 429
    assert api_get(client, "10.1.0.3").status_code == 200


@pytest.mark.parametrize(
    ("params", "headers", "expected"),
    [
        ({"locale": "sv"}, {}, "För många förfrågningar."),
        ({}, {"HTTP_ACCEPT_LANGUAGE": "sv-FI,sv;q=0.9"}, "För många förfrågningar."),
        ({"locale": "fi"}, {"HTTP_ACCEPT_LANGUAGE": "sv"}, "Liian monta pyyntöä."),
    ],
)
def test_the_api_429_speaks_the_callers_language(client, site_tree, api_rate, params, headers, expected):
    for _ in range(3):
        client.get("/api/v2/images/", params, REMOTE_ADDR="10.1.0.4", **headers)
    response = client.get("/api/v2/images/", params, REMOTE_ADDR="10.1.0.4", **headers)
    assert response.status_code == 429
    assert response.json()["detail"].startswith(expected)


def test_the_limit_covers_the_whole_api_and_not_the_site(client, site_tree, api_rate):
    for path in ["/api/v2/pages/", "/api/v2/documents/", "/api/schema/"]:
        client.get(path, REMOTE_ADDR="10.1.0.5")
    assert client.get("/api/v2/images/", REMOTE_ADDR="10.1.0.5").status_code == 429
    assert client.get("/fi/", REMOTE_ADDR="10.1.0.5").status_code == 200


def test_the_default_api_rate_is_generous(client, site_tree, settings):
    settings.RATE_LIMITS = {}
    assert {api_get(client, "10.1.0.6").status_code for _ in range(100)} == {200}


def test_rate_limits_can_be_turned_off(client, site_tree, api_rate, settings):
    settings.RATE_LIMIT_ENABLED = False
    assert {api_get(client, "10.1.0.7").status_code for _ in range(5)} == {200}


def test_rates_come_from_the_environment(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    from hub.settings.environment import env_rates

    monkeypatch.setenv("RATE_LIMITS", "api=600/m, search=20/m")
    assert env_rates("RATE_LIMITS") == {"api": "600/m", "search": "20/m"}
    monkeypatch.setenv("RATE_LIMITS", "api")
    with pytest.raises(ImproperlyConfigured):
        env_rates("RATE_LIMITS")


def test_the_api_schema_documents_429_and_503_on_every_operation(client, db):
    from openapi_spec_validator import validate

    schema = client.get("/api/schema/").json()
    validate(schema)
    for path, item in schema["paths"].items():
        for status in ("429", "503"):
            answer = item["get"]["responses"][status]
            assert answer["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Detail"}, path
            assert "Retry-After" in answer["headers"], path
