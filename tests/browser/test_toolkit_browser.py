"""The toolkit in a browser: accessible index and guide, tickable checklist, clean print."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.skipif(
    "toolkit" not in settings.INSTALLED_APPS, reason="the toolkit app is disabled"
)


@pytest.fixture
def live_toolkit(live_server, site_tree):
    from tests.toolkit.conftest import ToolkitIndexPageFactory, TopicFactory, add_guide, make_document, steps

    index = ToolkitIndexPageFactory(parent=site_tree["home_fi"])
    topic = TopicFactory(name="Avustukset", slug="avustukset")
    template = make_document("Hakemuspohja", "hakemus.txt")
    add_guide(
        index, title="Avustuksen hakeminen", audience=("associations", "municipalities"), topics=[topic],
        body=[
            ("heading", {"text": "Ennen hakua", "level": "h2"}),
            ("good_to_know", {"title": "", "text": "<p>Haku on kerran vuodessa.</p>"}),
            steps("Lue ehdot", "Kokoa liitteet", document=template),
            ("checklist", {"heading": "Muistilista", "items": ["Liitteet koottu", "Hakemus lähetetty"]}),
            ("template_downloads", {"heading": "", "templates": [{"document": template, "description": "Pohja"}]}),
        ],
    )
    return live_server.url


@pytest.mark.parametrize("path", ["/fi/tyokalupakki/", "/fi/tyokalupakki/?audience=associations&topic=avustukset", "/fi/tyokalupakki/avustuksen-hakeminen/"])
def test_toolkit_pages_pass_axe_without_horizontal_scroll(live_toolkit, page_in, viewport, path):
    from axe_playwright_python.sync_playwright import Axe

    page = page_in(viewport)
    page.goto(live_toolkit + path)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_checklist_items_can_be_ticked_and_the_contents_link_jumps_to_a_step(live_toolkit, page_in):
    page = page_in("phone")
    page.goto(live_toolkit + "/fi/tyokalupakki/avustuksen-hakeminen/")
    box = page.get_by_label("Liitteet koottu")
    box.check()
    assert box.is_checked()
    page.get_by_role("navigation", name="Sisällys").get_by_role("link", name="2. Kokoa liitteet").click()
    assert page.evaluate("location.hash") == "#step-2-kokoa-liitteet"


def test_printed_guide_has_the_checklist_and_no_site_navigation(live_toolkit, page_in):
    page = page_in("desktop")
    page.goto(live_toolkit + "/fi/tyokalupakki/avustuksen-hakeminen/")
    page.emulate_media(media="print")
    assert page.locator(".guide-checklist").is_visible()
    assert page.get_by_label("Hakemus lähetetty").is_visible()
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert not page.get_by_role("button", name="Tulosta opas").is_visible()


def test_filter_form_makes_a_shareable_address(live_toolkit, page_in):
    page = page_in("desktop")
    page.goto(live_toolkit + "/fi/tyokalupakki/")
    page.get_by_label("Kunnat").check()
    page.get_by_label("Avustukset").check()
    page.get_by_role("button", name="Näytä oppaat").click()
    page.wait_for_url("**/fi/tyokalupakki/?audience=municipalities&topic=avustukset")
    assert page.get_by_role("link", name="Avustuksen hakeminen").is_visible()
