"""Search is rate limited per address: the page answers a 429 page, the API a 429 JSON, in the visitor's language."""

import pytest


@pytest.fixture
def search_rate(settings):
    settings.RATE_LIMITS = {"search": "2/m", "search:typeahead": "2/m"}


def test_the_search_page_answers_429_in_finnish_over_the_limit(client, small_site, search_rate):
    assert [client.get("/fi/haku/", {"q": "avustus"}, REMOTE_ADDR="10.2.0.1").status_code for _ in range(2)] == [200, 200]
    response = client.get("/fi/haku/", {"q": "tila"}, REMOTE_ADDR="10.2.0.1")
    assert response.status_code == 429
    assert "Olet hakenut liian monta kertaa lyhyessä ajassa." in response.content.decode()
    assert int(response["Retry-After"]) <= 60


def test_the_search_page_429_is_in_swedish_on_the_swedish_site(client, small_site, search_rate):
    for _ in range(2):
        client.get("/sv/sok/", {"q": "understöd"}, REMOTE_ADDR="10.2.0.2")
    response = client.get("/sv/sok/", {"q": "understöd"}, REMOTE_ADDR="10.2.0.2")
    assert response.status_code == 429
    assert "Du har sökt för många gånger på kort tid." in response.content.decode()


def test_the_empty_search_page_is_not_counted(client, small_site, search_rate):
    assert {client.get("/fi/haku/", REMOTE_ADDR="10.2.0.3").status_code for _ in range(4)} == {200}


def test_each_address_has_its_own_search_quota(client, small_site, search_rate):
    for _ in range(3):
        client.get("/fi/haku/", {"q": "avustus"}, REMOTE_ADDR="10.2.0.4")
    assert client.get("/fi/haku/", {"q": "avustus"}, REMOTE_ADDR="10.2.0.4").status_code == 429
    response = client.get("/fi/haku/", {"q": "avustus"}, REMOTE_ADDR="10.2.0.5")
    assert response.status_code == 200
    assert "Avustukset yhdistyksille" in response.content.decode()


def test_the_page_and_the_api_share_the_search_quota(client, small_site, search_rate):
    client.get("/fi/haku/", {"q": "avustus"}, REMOTE_ADDR="10.2.0.6")
    assert client.get("/api/v2/pages/", {"search": "avustus", "locale": "sv"}, REMOTE_ADDR="10.2.0.6").status_code == 200
    response = client.get("/api/v2/pages/", {"search": "avustus", "locale": "sv"}, REMOTE_ADDR="10.2.0.6")
    assert response.status_code == 429
    assert response.json()["detail"].startswith("För många förfrågningar. Vänta ")
    assert int(response["Retry-After"]) <= 60
    # Listing pages without a search is not a search.
    assert client.get("/api/v2/pages/", {"locale": "fi"}, REMOTE_ADDR="10.2.0.6").status_code == 200


def test_the_typeahead_answers_429_json_over_its_limit(client, small_site, search_rate):
    params = {"q": "avu", "locale": "fi"}
    assert [client.get("/api/v2/search/typeahead/", params, REMOTE_ADDR="10.2.0.7").status_code for _ in range(2)] == [200, 200]
    response = client.get("/api/v2/search/typeahead/", params, REMOTE_ADDR="10.2.0.7")
    assert response.status_code == 429
    assert response.json()["detail"].startswith("Liian monta pyyntöä.")
    assert response["Retry-After"]
