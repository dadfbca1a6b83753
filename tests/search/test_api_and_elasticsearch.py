"""The pages API's search, the typeahead endpoint, and Elasticsearch settings without a server."""

import pytest
from django.test import override_settings
from wagtail.models import Locale, Page, PageViewRestriction

from search.engines import language_backend

from .conftest import add_standard_page


def api_titles(client, **params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_api_search_uses_finnish_base_forms(client, small_site):
    assert "Yhdistystilat" in api_titles(client, search="tiloissa", locale="fi")
    assert "Avustukset yhdistyksille" in api_titles(client, search="avustuksia", locale="fi")
    assert "Järjestöyhteistyöryhmä" in api_titles(client, search="yhteistyö", locale="fi")


def test_api_search_is_per_locale(client, small_site):
    assert "Understöd för föreningar" in api_titles(client, search="föreningarna", locale="sv")
    assert "Understöd för föreningar" not in api_titles(client, search="föreningarna", locale="fi")


def test_api_search_orders_by_relevance_and_counts(client, small_site):
    add_standard_page(small_site["home_fi"], "Muuta", lead="Tässä mainitaan avustus ohimennen.")
    response = client.get("/api/v2/pages/", {"search": "avustus", "locale": "fi"}).json()
    assert response["items"][0]["title"] == "Avustukset yhdistyksille"
    assert response["meta"]["total_count"] == len(response["items"]) == 2


def test_api_search_ranks_like_the_search_page(client, small_site):
    home = small_site["home_fi"]
    for number in range(15):
        title = f"Retki {number}" if number % 3 else f"Sivu {number}"
        add_standard_page(home, title, lead="Retki. " * (number % 4 + 1), body_text="Retkellä. " * (number % 7))
    page_titles = []
    for page in (1, 2):
        page_titles += [hit["title"] for hit in client.get("/fi/haku/", {"q": "retki", "page": page}).context["listing"].hits]
    assert len(page_titles) == 15
    assert api_titles(client, search="retki", locale="fi", limit=20) == page_titles


def test_api_search_keeps_visibility_rules(client, small_site, editor):
    private = add_standard_page(small_site["home_fi"], "Jäsenten avustus", lead="Vain jäsenille.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    draft = add_standard_page(small_site["home_fi"], "Avustusluonnos", lead="Avustus.")
    draft.unpublish()
    client.force_login(editor)
    titles = api_titles(client, search="avustus", locale="fi")
    assert "Jäsenten avustus" not in titles
    assert "Avustusluonnos" not in titles


def test_api_search_combines_with_type_filter(client, small_site):
    titles = api_titles(client, search="avustus", locale="fi", type="home.StandardPage")
    assert titles == ["Avustukset yhdistyksille"]


@pytest.mark.parametrize("query", ["", "!!!", "<b>", "'; DROP TABLE x; --", "🙂", '"avustus"', "avustus OR tila"])
def test_api_hard_input_never_fails(client, small_site, query):
    response = client.get("/api/v2/pages/", {"search": query, "locale": "fi"})
    assert response.status_code == 200


def test_api_rejects_an_absurdly_long_search_with_a_message(client, small_site):
    response = client.get("/api/v2/pages/", {"search": "a" * 5000, "locale": "fi"})
    assert response.status_code == 400
    assert "message" in response.json()


def test_api_unknown_search_operator_is_a_400(client, small_site):
    response = client.get("/api/v2/pages/", {"search": "avustus", "search_operator": "xor", "locale": "fi"})
    assert response.status_code == 400


def test_typeahead_returns_top_titles_for_a_prefix(client, small_site):
    response = client.get("/api/v2/search/typeahead/", {"q": "yhdis", "locale": "fi"})
    assert response.status_code == 200
    results = response.json()["results"]
    assert results[0]["title"] == "Yhdistystilat"
    assert results[0]["url"] == "/fi/yhdistystilat/"
    assert "Avustukset yhdistyksille" in [item["title"] for item in results]


def test_typeahead_is_per_locale_and_public_only(client, small_site):
    private = add_standard_page(small_site["home_fi"], "Yhdistysten sisäinen", lead="Vain jäsenille.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    titles = [item["title"] for item in client.get("/api/v2/search/typeahead/", {"q": "yhdis", "locale": "fi"}).json()["results"]]
    assert "Yhdistysten sisäinen" not in titles
    sv = client.get("/api/v2/search/typeahead/", {"q": "unders", "locale": "sv"}).json()["results"]
    assert [item["title"] for item in sv] == ["Understöd för föreningar"]


@pytest.mark.parametrize(("params", "status"), [({"q": "yh", "locale": "xx"}, 400), ({"q": "yh", "limit": "x"}, 400), ({"q": "yh", "limit": "500"}, 400), ({"q": "🙂"}, 200), ({"q": "%" * 300}, 200)])
def test_typeahead_bad_input(client, small_site, params, status):
    response = client.get("/api/v2/search/typeahead/", params)
    assert response.status_code == status
    if status == 400:
        assert response.json()["message"]


# Elasticsearch --------------------------------------------------------------------


@override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9", ELASTICSEARCH_INDEX="testindex")
def test_elasticsearch_uses_one_index_per_language_with_language_analyzers(locales):
    finnish = language_backend(locales["fi"])
    swedish = language_backend(locales["sv"])
    assert finnish.get_index_for_model(Page).name == "testindex_fi_wagtailcore_page"
    assert swedish.get_index_for_model(Page).name == "testindex_sv_wagtailcore_page"
    mapping = finnish.mapping_class(Page).get_mapping()["properties"]
    assert mapping["title"]["analyzer"] == "finnish"
    assert mapping["_all_text"]["analyzer"] == "finnish"
    assert swedish.mapping_class(Page).get_mapping()["properties"]["title"]["analyzer"] == "swedish"
    assert "edgengram_analyzer" in finnish.settings["settings"]["analysis"]["analyzer"]


@override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9")
def test_elasticsearch_mapping_covers_plugin_page_fields(locales):
    from wagtail.models import get_page_models

    backend = language_backend(locales["fi"])
    for model in get_page_models():
        mapping = backend.mapping_class(model).get_mapping()["properties"]
        text_fields = [value for value in mapping.values() if value.get("type") == "text" and "edgengram" not in value.get("analyzer", "")]
        assert all(value.get("analyzer") == "finnish" for value in text_fields), model


@override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9")
def test_language_index_takes_only_its_language(locales, small_site):
    backend = language_backend(locales["fi"])
    index = backend.get_index_for_model(Page)
    sent = []
    index.es = type("FakeClient", (), {"index": lambda self, **kwargs: sent.append(kwargs)})()
    index.add_item(small_site["sv"]["grants"])
    assert sent == []
    index.add_item(small_site["fi"]["grants"])
    assert len(sent) == 1
    assert sent[0]["index"] == index.name


def test_search_falls_back_to_the_database_when_elasticsearch_is_down(client, small_site, caplog):
    with override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9"), caplog.at_level("WARNING", logger="search"):
        page = client.get("/fi/haku/", {"q": "avustuksia"})
        swedish = client.get("/sv/sok/", {"q": "understöd"})
        api = client.get("/api/v2/pages/", {"search": "avustus", "locale": "fi"})
    assert page.status_code == 200
    assert "Avustukset yhdistyksille" in [hit["title"] for hit in page.context["listing"].hits]
    assert swedish.status_code == 200
    assert "Understöd för föreningar" in [hit["title"] for hit in swedish.context["listing"].hits]
    assert api.status_code == 200
    assert [item["title"] for item in api.json()["items"]] == ["Avustukset yhdistyksille"]
    assert "Elasticsearch unavailable, searching the database index instead" in caplog.text


def test_search_falls_back_when_the_backend_raises_a_connection_error(client, small_site, monkeypatch, caplog):
    from elastic_transport import ConnectionError as TransportConnectionError

    from search import engines

    attempts = []

    def refuse(self, *args, **kwargs):
        attempts.append(self.language)
        raise TransportConnectionError("Connection refused")

    monkeypatch.setattr(engines.Elasticsearch9SearchBackend, "search", refuse)
    with override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9200"), caplog.at_level("WARNING", logger="search"):
        response = client.get("/fi/haku/", {"q": "tiloissa"})
    assert attempts == ["fi"]
    assert response.status_code == 200
    assert "Yhdistystilat" in [hit["title"] for hit in response.context["listing"].hits]
    assert "Elasticsearch did not answer" in caplog.text
    assert "searching the database index instead" in caplog.text


def test_publishing_works_when_elasticsearch_is_down(client, small_site):
    with override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9"):
        page = add_standard_page(small_site["home_fi"], "Syysjuhla", lead="Juhla kaikille.")
    assert page.live
    assert "Syysjuhla" in [hit["title"] for hit in client.get("/fi/haku/", {"q": "juhla"}).context["listing"].hits]


@pytest.mark.skipif(not __import__("os").environ.get("ELASTICSEARCH_URL"), reason="needs an Elasticsearch server (ELASTICSEARCH_URL)")
def test_elasticsearch_finds_inflected_finnish_words(client, small_site):
    import os

    from django.core.management import call_command

    with override_settings(ELASTICSEARCH_URL=os.environ["ELASTICSEARCH_URL"], ELASTICSEARCH_INDEX="yhdessa_test"):
        call_command("update_index", verbosity=0)
        for locale in Locale.objects.all():
            language_backend(locale).get_index_for_model(Page).refresh()
        titles = [hit["title"] for hit in client.get("/fi/haku/", {"q": "avustuksia"}).context["listing"].hits]
    assert "Avustukset yhdistyksille" in titles
