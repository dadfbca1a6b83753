"""Searches are shared through the page cache, and each one is still counted and rate limited."""

import pytest
from django.test import override_settings
from wagtail.models import Locale

from search import counting
from search.models import SearchQueryDay

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on():
    with override_settings(PAGE_CACHE_ENABLED=True):
        yield


def test_repeated_search_comes_from_the_cache_and_is_counted_every_time(client, small_site):
    outcomes = [client.get("/fi/haku/", {"q": "avustukset"})["X-Page-Cache"] for _ in range(3)]
    assert outcomes == ["miss", "hit", "hit"]
    assert SearchQueryDay.objects.get(query_string="avustukset").hits == 3


def test_a_search_from_the_cache_is_kept_out_of_browsers_and_proxies_caches(client, small_site):
    client.get("/fi/haku/", {"q": "avustukset"})
    response = client.get("/fi/haku/", {"q": "avustukset"})
    assert response["X-Page-Cache"] == "hit"
    assert "private" in response["Cache-Control"]
    assert "Avustukset yhdistyksille" in response.text


def test_a_search_without_results_from_the_cache_is_counted_as_empty(client, small_site):
    for _ in range(2):
        client.get("/fi/haku/", {"q": "kvanttifysiikka"})
    row = SearchQueryDay.objects.get(query_string="kvanttifysiikka")
    assert (row.hits, row.empty_hits) == (2, 2)


def test_next_result_pages_from_the_cache_are_not_counted(client, small_site):
    client.get("/fi/haku/", {"q": "avustukset"})
    for _ in range(2):
        client.get("/fi/haku/", {"q": "avustukset", "page": "1"})
    assert SearchQueryDay.objects.get(query_string="avustukset").hits == 1


def test_the_rate_limit_holds_for_searches_from_the_cache(client, small_site, settings):
    settings.RATE_LIMITS = {"search": "2/m"}
    statuses = [client.get("/fi/haku/", {"q": "avustukset"}, REMOTE_ADDR="10.3.0.1").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    assert SearchQueryDay.objects.get(query_string="avustukset").hits == 2
    assert client.get("/fi/haku/", {"q": "avustukset"}, REMOTE_ADDR="10.3.0.2")["X-Page-Cache"] == "hit"


def test_counts_wait_in_memory_until_the_interval_has_passed_or_the_report_is_read(client, small_site, settings, admin_client):
    settings.SEARCH_COUNT_FLUSH_SECONDS = 3600
    counting.write_counts()  # start the interval now
    for _ in range(3):
        client.get("/fi/haku/", {"q": "avustukset"})
    assert not SearchQueryDay.objects.filter(query_string="avustukset").exists()
    report = admin_client.get("/admin/reports/search-queries/")
    assert report.status_code == 200
    assert SearchQueryDay.objects.get(query_string="avustukset").hits == 3


def test_counts_that_cannot_be_written_are_kept_for_the_next_write(small_site, monkeypatch):
    from django.db import DatabaseError

    locale_id = Locale.objects.get(language_code="fi").pk

    def unavailable(*args, **kwargs):
        raise DatabaseError("the database is not answering")

    monkeypatch.setattr(counting, "add_to_day", unavailable)
    counting.count_search("avustukset", locale_id, True)
    assert not SearchQueryDay.objects.exists()
    monkeypatch.undo()
    counting.write_counts()
    assert SearchQueryDay.objects.get(query_string="avustukset").hits == 1
