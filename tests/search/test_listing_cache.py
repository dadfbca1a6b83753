"""A repeated search reuses its results until published content changes; each one is still counted."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.models import SearchQueryDay

from .conftest import add_standard_page, result_titles

pytestmark = pytest.mark.django_db


def test_a_repeated_search_runs_no_search_query_and_is_counted_again(client, small_site):
    first = result_titles(client.get("/fi/haku/", {"q": "avustukset"}))
    with CaptureQueriesContext(connection) as queries:
        assert result_titles(client.get("/fi/haku/", {"q": "avustukset"})) == first
    sql = [query["sql"] for query in queries.captured_queries]
    assert not any("search_searchterm" in statement or "search_searchdocument" in statement for statement in sql), sql
    assert SearchQueryDay.objects.get(query_string="avustukset").hits == 2


def test_a_page_published_or_unpublished_changes_the_next_search(client, small_site):
    assert "Retkiavustukset" not in result_titles(client.get("/fi/haku/", {"q": "avustukset"}))
    trip = add_standard_page(small_site["home_fi"], "Retkiavustukset", lead="Avustukset retkille.")
    assert "Retkiavustukset" in result_titles(client.get("/fi/haku/", {"q": "avustukset"}))
    trip.unpublish()
    assert "Retkiavustukset" not in result_titles(client.get("/fi/haku/", {"q": "avustukset"}))


def test_types_and_pages_of_one_search_are_kept_apart(client, small_site):
    everything = client.get("/fi/haku/", {"q": "avustukset"}).context["listing"]
    narrowed = client.get("/fi/haku/", {"q": "avustukset", "type": "home.standardpage"}).context["listing"]
    assert narrowed.type_label == "home.standardpage"
    assert narrowed.total_count <= everything.total_count
    assert client.get("/fi/haku/", {"q": "avustukset", "type": "no.such"}).context["listing"].problems
