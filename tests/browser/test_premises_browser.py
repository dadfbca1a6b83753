"""The premises directory in a browser: accessible without the map, map only on request."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.skipif(
    "premises" not in settings.INSTALLED_APPS, reason="the premises app is disabled"
)

TILE_HOST = "tile.openstreetmap.org"


@pytest.fixture
def live_premises(live_server, site_tree):
    from tests.premises.conftest import add_space, premises_tree  # noqa: F401

    from premises.models import PremisesIndexPage
    from home.models import Municipality

    index = PremisesIndexPage(title="Tilat", slug="tilat", lead="Tiloja yhdistyksille.")
    site_tree["home_fi"].add_child(instance=index)
    index.save_revision().publish()
    tampere = Municipality.objects.create(name="Tampere", code="837", locale=index.locale)
    add_space(index, title="Iso sali", municipality=tampere, capacity=120, step_free_entrance=True, is_free_for_associations=True,
              accessibility_notes="Ovet avautuvat painonapista.")
    add_space(index, title="Kerhohuone", municipality=tampere, capacity=12)
    return live_server.url


def record_requests(page):
    urls = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


@pytest.mark.parametrize("path", ["/fi/tilat/", "/fi/tilat/?access=step_free&min_capacity=10", "/fi/tilat/iso-sali/", "/fi/tilat/?access=teleport"])
def test_premises_pages_pass_axe_without_the_map(live_premises, page_in, viewport, path):
    from axe_playwright_python.sync_playwright import Axe

    page = page_in(viewport)
    page.route(f"**/{TILE_HOST}/**", lambda route: route.abort())
    page.goto(live_premises + path)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_no_third_party_request_before_the_visitor_opens_the_map(live_premises, page_in):
    page = page_in("desktop")
    requests = record_requests(page)
    page.goto(live_premises + "/fi/tilat/")
    page.wait_for_load_state("networkidle")
    assert all(url.startswith(live_premises) for url in requests), requests
    assert not any("leaflet" in url for url in requests)


def test_show_map_loads_leaflet_with_markers_of_the_filtered_spaces(live_premises, page_in):
    page = page_in("desktop")
    page.route(f"**/{TILE_HOST}/**", lambda route: route.abort())  # no network in tests: tiles fail, markers stay
    page.goto(live_premises + "/fi/tilat/?min_capacity=100")
    page.get_by_role("button", name="Näytä kartta").click()
    page.wait_for_selector(".leaflet-marker-icon")
    markers = page.locator(".leaflet-marker-icon")
    assert markers.count() == 1
    assert markers.first.get_attribute("alt") == "Iso sali"
    # The list is still there, and the page still passes axe with the map open.
    assert page.get_by_role("link", name="Iso sali").first.is_visible()
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_page_works_when_the_map_script_is_unavailable(live_premises, page_in):
    page = page_in("phone")
    page.route("**/premises/vendor/leaflet/**", lambda route: route.abort())
    page.goto(live_premises + "/fi/tilat/")
    page.get_by_role("button", name="Näytä kartta").click()
    page.wait_for_selector(".premises-map__error")
    assert "Karttaa ei voitu ladata" in page.locator(".premises-map__error").inner_text()
    assert page.get_by_role("link", name="Kerhohuone").is_visible()


def test_filters_work_without_javascript(live_premises, browser):
    from tests.browser.conftest import VIEWPORTS

    context = browser.new_context(viewport=VIEWPORTS["phone"], locale="fi-FI", java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_premises + "/fi/tilat/")
        assert not page.get_by_role("button", name="Näytä kartta").is_visible()
        page.get_by_label("Vähintään näin monelle hengelle").fill("100")
        page.get_by_role("button", name="Näytä tilat").click()
        page.wait_for_url("**/fi/tilat/?*min_capacity=100*")
        assert page.locator(".premises-card__title").all_inner_texts() == ["Iso sali"]
        assert "1 tila" in page.locator("#premises-results-heading").inner_text()
    finally:
        context.close()
