"""Queries stay constant in the number of guides and steps, at most 15 per page."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.toolkit.conftest import add_guide, make_document, steps
from toolkit.models import GuidePage, GuidePageTopic

pytestmark = pytest.mark.django_db

LIMIT = 15  # a page or API response once the site chrome is cached
COLD_LIMIT = 26  # with every cache empty: chrome, fragments and content rebuilt
API_DETAIL_LIMIT = LIMIT + 1  # a detail response also lists the page's translations (meta.translations)


def many_guides(tree, start, stop):
    """Live guides number ``start`` to ``stop`` with two topics and a responsible person each, added quickly."""
    index = tree["index_fi"]
    index.refresh_from_db()
    for number in range(start, stop):
        page = GuidePage(
            title=f"Opas {number:03}", slug=f"opas-{number:03}", summary="Lyhyesti.", for_associations=True,
            responsible_person=tree["person"], locale=index.locale,
        )
        page.guide_topics.add(GuidePageTopic(topic=tree["grants"]))
        page.guide_topics.add(GuidePageTopic(topic=tree["cooperation"]))
        index.add_child(instance=page)
    cache.clear()


def count_queries(client, url, warm=True):
    """Queries of a request after a first one (site settings exist); ``warm=False`` empties the cache first."""
    client.get(url)
    if not warm:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return len(queries), "\n".join(query["sql"][:160] for query in queries.captured_queries)


@pytest.mark.parametrize(
    ("url", "limit"),
    [
        ("/fi/tyokalupakki/", LIMIT),
        ("/fi/tyokalupakki/?audience=associations&topic=avustukset", LIMIT),
        ("/api/v2/guides/?locale=fi&limit=50", LIMIT),
        ("/api/v2/guides/?locale=fi&limit=50&topic=avustukset&audience=associations", LIMIT),
        ("/api/v2/guides/?locale=fi&limit=50&fields=*", LIMIT),
        # Wagtail's pages endpoint (hub/api.py) looks up view restrictions several times per request.
        ("/api/v2/pages/?type=toolkit.GuidePage&locale=fi&fields=*&limit=50", 17),
    ],
)
def test_listing_queries_do_not_grow_with_the_number_of_guides(client, toolkit_tree, url, limit):
    many_guides(toolkit_tree, 0, 5)
    few, _sql = count_queries(client, url, warm=False)
    many_guides(toolkit_tree, 5, 200)
    many, sql = count_queries(client, url, warm=False)
    assert few == many, sql
    assert many <= COLD_LIMIT, sql
    warm, sql = count_queries(client, url)
    assert warm <= limit, sql


def test_guide_page_queries_do_not_grow_with_steps(client, toolkit_tree):
    document = make_document()
    index = toolkit_tree["index_fi"]
    related = [add_guide(index, title=f"Liittyvä {n}") for n in range(3)]

    def guide(slug, step_count):
        return add_guide(
            index, title=slug, slug=slug, topics=[toolkit_tree["grants"], toolkit_tree["premises"]], related=related,
            responsible_person=toolkit_tree["person"],
            body=[
                steps(*[f"Vaihe {n}" for n in range(step_count)], document=document),
                ("checklist", {"heading": "Lista", "items": [f"Kohta {n}" for n in range(step_count)]}),
                ("template_downloads", {"heading": "", "templates": [{"document": document, "description": ""}] * step_count}),
            ],
        )

    small, large = guide("pieni", 3), guide("suuri", 60)
    small_count, _sql = count_queries(client, small.url, warm=False)
    large_count, sql = count_queries(client, large.url, warm=False)
    assert small_count == large_count, sql
    assert large_count <= COLD_LIMIT, sql
    warm, sql = count_queries(client, large.url)
    assert warm <= LIMIT, sql
    api_small, _sql = count_queries(client, f"/api/v2/guides/{small.pk}/", warm=False)
    api_large, sql = count_queries(client, f"/api/v2/guides/{large.pk}/", warm=False)
    assert api_small == api_large, sql
    assert api_large <= API_DETAIL_LIMIT, sql
    pages_small, _sql = count_queries(client, f"/api/v2/pages/{small.pk}/", warm=False)
    pages_large, sql = count_queries(client, f"/api/v2/pages/{large.pk}/", warm=False)
    assert pages_small == pages_large, sql
