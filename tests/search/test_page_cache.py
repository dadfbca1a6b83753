"""Searches reach the search view each time, so every search is counted."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


@override_settings(PAGE_CACHE_ENABLED=True)
def test_repeated_search_is_counted_every_time(client, small_site):
    from search.models import SearchQueryDay

    for _ in range(3):
        response = client.get("/fi/haku/", {"q": "avustukset"})
        assert "X-Page-Cache" not in response
    assert SearchQueryDay.objects.get(query_string="avustukset").hits == 3
