import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.factories import ContactPersonFactory


@pytest.fixture
def live_site(live_server, site_tree):
    home = site_tree["home_fi"]
    home.intro = "<p>Järjestöt, kunnat ja hyvinvointialue tekevät yhteistyötä.</p>"
    home.contact_heading = "Ota yhteyttä"
    home.contacts.create(person=ContactPersonFactory(name="Maija Esimerkki"))
    home.save_revision().publish()
    return live_server.url


@pytest.mark.parametrize("path", ["/fi/", "/sv/"])
def test_home_page_renders_on_phone_and_desktop_without_horizontal_scroll(live_site, page_in, viewport, path):
    page = page_in(viewport)
    response = page.goto(live_site + path)
    assert response.status == 200
    assert page.locator("h1").first.is_visible()
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= page.viewport_size["width"]


def test_switching_language_by_clicking_opens_the_translation(live_site, page_in):
    page = page_in("desktop")
    page.goto(live_site + "/fi/mita-jarjestotoiminta-on/")
    page.get_by_role("navigation", name="Kieli").get_by_role("link", name="Svenska").click()
    page.wait_for_url("**/sv/vad-ar-foreningsverksamhet/")
    assert page.locator("h1").inner_text() == "Vad är föreningsverksamhet?"
    assert page.locator("html").get_attribute("lang") == "sv"


def test_phone_menu_opens_with_the_menu_button(live_site, page_in):
    page = page_in("phone")
    page.goto(live_site + "/fi/")
    link = page.get_by_role("navigation", name="Päävalikko").get_by_role("link", name="Mitä järjestötoiminta on?")
    assert not link.is_visible()
    page.get_by_role("button", name="Valikko").click()
    assert link.is_visible()
    link.click()
    page.wait_for_url("**/fi/mita-jarjestotoiminta-on/")


def test_skip_link_moves_focus_to_the_content(live_site, page_in):
    page = page_in("desktop")
    page.goto(live_site + "/fi/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Siirry sisältöön")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("path", ["/fi/", "/sv/", "/fi/mita-jarjestotoiminta-on/", "/fi/ei-ole/"])
def test_axe_finds_no_accessibility_violations(live_site, page_in, viewport, path):
    page = page_in(viewport)
    page.goto(live_site + path)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_page_zoomed_to_200_percent_keeps_its_layout(live_site, page_in):
    # 200 % zoom on a 1280 px wide window is a 640 px wide CSS viewport.
    page = page_in("desktop")
    page.set_viewport_size({"width": 640, "height": 450})
    page.goto(live_site + "/fi/mita-jarjestotoiminta-on/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 640
    assert page.get_by_role("button", name="Valikko").is_visible()
