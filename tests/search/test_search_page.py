"""The search page: results, types, dates, excerpts, filters, pagination, empty state, hard input."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import PageViewRestriction

from search.models import SearchPage

from .conftest import add_standard_page, result_titles


def test_search_pages_answer_in_both_languages(client, small_site):
    assert client.get("/fi/haku/").status_code == 200
    response = client.get("/sv/sok/")
    assert response.status_code == 200
    assert 'lang="sv"' in response.content.decode()


def test_before_searching_the_page_shows_suggested_searches(client, small_site):
    html = client.get("/fi/haku/").content.decode()
    assert '?q=avustukset' in html
    assert 'role="search"' in html


def test_result_shows_title_type_date_and_highlighted_excerpt(client, small_site):
    response = client.get("/fi/haku/", {"q": "tiloissa"})
    html = response.content.decode()
    hit = next(hit for hit in response.context["listing"].hits if hit["title"] == "Yhdistystilat")
    assert hit["url"] == "/fi/yhdistystilat/"
    assert "<mark>Tiloissa</mark>" in str(hit["excerpt"])
    assert hit["date"] is not None
    assert '<time datetime="' in html
    assert str(ContentType.objects.get_for_model(small_site["fi"]["premises"]).model_class()._meta.verbose_name).capitalize() in html


def test_count_is_shown(client, small_site):
    html = client.get("/fi/haku/", {"q": "tiloissa"}).content.decode()
    assert "search-count" in html
    listing = client.get("/fi/haku/", {"q": "tiloissa"}).context["listing"]
    assert listing.total_count == len(listing.hits) >= 1


def test_search_page_itself_is_not_a_result(client, small_site):
    assert "Haku" not in result_titles(client.get("/fi/haku/", {"q": "haku"}))


def test_type_filter_narrows_results(client, small_site):
    response = client.get("/fi/haku/", {"q": "järjestö"})
    facets = {facet["label"]: facet["count"] for facet in response.context["listing"].facets}
    assert facets["home.homepage"] == 1
    assert facets["home.standardpage"] >= 1
    narrowed = client.get("/fi/haku/", {"q": "järjestö", "type": "home.homepage"})
    assert result_titles(narrowed) == ["Etusivu"]
    html = narrowed.content.decode()
    assert 'aria-current="true"' in html
    assert 'href="?q=j%C3%A4rjest%C3%B6"' in html  # "All" removes the type filter


def test_unknown_type_shows_a_message_and_all_results(client, small_site):
    response = client.get("/fi/haku/", {"q": "avustus", "type": "nonsense.page"})
    assert response.status_code == 200
    assert response.context["listing"].problems
    assert "Avustukset yhdistyksille" in result_titles(response)


def test_pagination_splits_many_results(client, small_site):
    for number in range(12):
        add_standard_page(small_site["home_fi"], f"Kevätretki {number}", lead="Retki järjestöille.")
    first = client.get("/fi/haku/", {"q": "retki"})
    second = client.get("/fi/haku/", {"q": "retki", "page": 2})
    assert len(result_titles(first)) == 10
    assert len(result_titles(second)) == 2
    assert not set(result_titles(first)) & set(result_titles(second))
    assert 'rel="next"' in first.content.decode()
    # A page number past the end shows the last page, a nonsense one the first.
    assert result_titles(client.get("/fi/haku/", {"q": "retki", "page": 99})) == result_titles(second)
    assert result_titles(client.get("/fi/haku/", {"q": "retki", "page": "x"})) == result_titles(first)


def test_empty_state_has_suggestions_and_sections(client, small_site):
    html = client.get("/fi/haku/", {"q": "krokotiili"}).content.decode()
    assert "search-empty" in html
    assert "?q=avustukset" in html


def test_draft_private_and_unpublished_pages_are_never_results(client, small_site, locales):
    home = small_site["home_fi"]
    draft = add_standard_page(home, "Luonnosretki", lead="Salainen retki.")
    draft.title = "Luonnosretki muokattu"
    draft.save_revision()  # a draft change is not searchable
    private = add_standard_page(home, "Sisäinen retki", lead="Vain kirjautuneille.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    gone = add_standard_page(home, "Peruttu retki", lead="Ei enää.")
    gone.unpublish()
    titles = result_titles(client.get("/fi/haku/", {"q": "retki"}))
    assert titles == ["Luonnosretki"]


def test_private_section_hides_its_children(client, small_site):
    section = add_standard_page(small_site["home_fi"], "Sisäiset asiat", lead="Osio.")
    child = add_standard_page(section, "Hallituksen retki", lead="Retki hallitukselle.")
    assert "Hallituksen retki" in result_titles(client.get("/fi/haku/", {"q": "retki"}))
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.PASSWORD, password="salasana")
    assert "Hallituksen retki" not in result_titles(client.get("/fi/haku/", {"q": "retki"}))
    assert child.pk


def test_query_is_counted_for_editors(client, small_site):
    from search.models import SearchQueryDay

    client.get("/fi/haku/", {"q": "Avustukset"})
    client.get("/fi/haku/", {"q": "avustukset"})
    client.get("/fi/haku/", {"q": "krokotiili"})
    counted = {row.query_string: (row.hits, row.empty_hits) for row in SearchQueryDay.objects.all()}
    assert counted == {"avustukset": (2, 0), "krokotiili": (1, 1)}


HARD_INPUT = [
    "ö" * 5000,
    "!!!???...",
    '"järjestöjen avustukset"',
    "avustus AND tila OR NOT kunta",
    "'; DROP TABLE search_searchterm; --",
    "<script>alert(1)</script>",
    "avustus\x00tila",
    "🙂🎉 avustus",
    "%",
    "_",
    "a" * 100,
    "-",
]


@pytest.mark.parametrize("query", HARD_INPUT, ids=range(len(HARD_INPUT)))
def test_hard_input_gives_a_normal_page(client, small_site, query):
    response = client.get("/fi/haku/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert len(response.context["listing"].query) <= 200


def test_invalid_utf8_gives_a_normal_page(client, small_site):
    response = client.get("/fi/haku/?q=%ff%fe%80avustus")
    assert response.status_code in (200, 400)
    api = client.get("/api/v2/pages/?search=%ff%fe&locale=fi")
    assert api.status_code in (200, 400)


def test_very_long_query_is_shortened_with_a_message(client, small_site):
    response = client.get("/fi/haku/", {"q": "avustus " * 100})
    assert response.status_code == 200
    assert len(response.context["listing"].query) <= 200
    assert any("200" in str(problem) for problem in response.context["listing"].problems)


def test_quoted_and_boolean_queries_find_the_page(client, small_site):
    assert "Avustukset yhdistyksille" in result_titles(client.get("/fi/haku/", {"q": '"avustukset yhdistyksille"'}))
    assert "Avustukset yhdistyksille" in result_titles(client.get("/fi/haku/", {"q": "avustukset AND yhdistys"}))


def test_punctuation_only_says_what_to_do(client, small_site):
    response = client.get("/fi/haku/", {"q": "?!,."})
    assert response.status_code == 200
    assert response.context["listing"].problems
    assert 'aria-describedby="search-problems"' in response.content.decode()


def test_some_words_missing_shows_partial_matches_with_notice(client, small_site):
    response = client.get("/fi/haku/", {"q": "avustukset krokotiili"})
    assert "Avustukset yhdistyksille" in result_titles(response)
    assert not response.context["listing"].match.all_words


def test_results_page_costs_at_most_20_queries(client, small_site, django_assert_max_num_queries):
    for number in range(25):
        add_standard_page(small_site["home_fi"], f"Syysretki {number}", lead="Retki järjestöille.", body_text="Retkellä on ohjelmaa.")
    client.get("/fi/haku/", {"q": "retki"})
    with django_assert_max_num_queries(20):
        response = client.get("/fi/haku/", {"q": "retkellä"})  # a first search of the day: its count is created
    with django_assert_max_num_queries(20):
        response = client.get("/fi/haku/", {"q": "retkellä"})
    assert response.context["listing"].total_count >= 25
    with django_assert_max_num_queries(20):
        client.get("/fi/haku/", {"q": "retki", "page": 2})


def test_header_links_to_the_search_page(client, small_site):
    html = client.get("/fi/").content.decode()
    assert 'href="/fi/haku/"' in html
    assert 'href="/sv/sok/"' in client.get("/sv/").content.decode()


def test_search_page_type_rules():
    assert SearchPage.parent_page_types == ["home.HomePage"]
    assert SearchPage.subpage_types == []
