"""The site search in a browser: accessible results and empty state, searching from the form."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.skipif(
    "search" not in settings.INSTALLED_APPS, reason="the search app is disabled"
)


@pytest.fixture
def live_search(live_server, site_tree):
    from tests.search.conftest import build_site

    build_site(site_tree, ["grants", "premises", "group"], ["grants"])
    return live_server.url


@pytest.mark.parametrize("path", ["/fi/haku/?q=tiloissa", "/sv/sok/?q=krokotiili", "/fi/haku/"])
def test_search_pages_pass_axe(live_search, page_in, viewport, path):
    from axe_playwright_python.sync_playwright import Axe

    page = page_in(viewport)
    page.goto(live_search + path)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_visitor_searches_from_the_header_link(live_search, page_in):
    page = page_in("phone")
    page.goto(live_search + "/fi/")
    page.get_by_role("link", name="Haku", exact=True).click()
    page.get_by_label("Hakusanat").fill("avustuksia")
    page.get_by_role("button", name="Haku").click()
    page.wait_for_selector(".search-result")
    assert page.get_by_role("link", name="Avustukset yhdistyksille").is_visible()
    assert "avustuksia" in page.locator(".search-count").inner_text()
