"""Queries do not grow with the number of spaces (10 vs 500); the filtered index costs at most 15."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from premises.models import PremisesPage

FILTERED = "/fi/tilat/?municipality=837&min_capacity=5&access=step_free&equipment=videotykki&use=meeting&free=1&q=tila"
URLS = [
    "/fi/tilat/",
    FILTERED,
    "/fi/tilat/geojson/?municipality=837&access=step_free&equipment=videotykki&bbox=23,61,25,62",
    "/api/v2/premises/?locale=fi&access=step_free&equipment=videotykki&limit=20",
]


def add_many(tree, count):
    """``count`` live spaces that all match the filters, added the quick way (no revisions)."""
    index = tree["index_fi"]
    for number in range(count):
        page = PremisesPage(
            title=f"Tila {number:03d}", slug=f"tila-{number:03d}", locale=index.locale, municipality=tree["tampere"],
            street_address=f"Esimerkinkatu {number}", postal_code="33100", town="Tampere", capacity=10 + number % 50,
            latitude=Decimal("61.4") + Decimal(number % 100) / 1000, longitude=Decimal("23.7"),
            step_free_entrance=True, suits_meetings=True, is_free_for_associations=True,
        )
        page.equipment = [tree["projector"], tree["kitchen"]]
        index.add_child(instance=page)


def count_queries(client, url):
    client.get(url)  # warm-up: caches, locales, site root paths
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    return len(queries)


@pytest.fixture
def counts(client, premises_tree):
    def measure(count):
        PremisesPage.objects.all().delete()
        add_many(premises_tree, count)
        return {url: count_queries(client, url) for url in URLS}

    return measure


def test_queries_are_the_same_for_10_and_500_spaces(counts):
    few = counts(10)
    many = counts(500)
    assert few == many


def test_filtered_index_costs_at_most_15_queries(counts):
    measured = counts(30)
    assert measured[FILTERED] <= 15, measured
    assert measured["/fi/tilat/"] <= 15, measured
