"""Campaign pages in a browser: no axe-core violations on phone and desktop; the join form flow."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.skipif(
    "campaign" not in settings.INSTALLED_APPS, reason="the campaign app is disabled"
)

PATHS = [
    "/fi/josmeitaeiolisi/",
    "/fi/josmeitaeiolisi/blogi/",
    "/fi/josmeitaeiolisi/blogi/kahvit/",
    "/fi/josmeitaeiolisi/infopaketti/",
    "/fi/josmeitaeiolisi/materiaalit/?type=poster",
    "/fi/josmeitaeiolisi/jarjestot/?municipality=999",
    "/fi/josmeitaeiolisi/jarjestot/join/",
]


@pytest.fixture
def live_campaign(live_server, site_tree):
    from tests.campaign import conftest
    from tests.campaign.conftest import add_material, add_organisation, add_post

    tree = conftest.build_campaign_tree(site_tree)
    campaign = tree["campaign"]
    add_post(tree["blog"], "Kahvit", days_ago=1, slug="kahvit", body=[("text", "<p>Kahvinkeitin on tärkein laite.</p>")],
             image=conftest.make_image(), image_alt="Kahvinkeitin pöydällä.")
    add_organisation(campaign, "Lenkkiporukka ry", tree["tampere"], "Liikunta", description="Kävelyä ja juoksua.")
    add_material(campaign, "Juliste suomeksi", "poster", "fi")
    add_material(campaign, "Kampanjan logo", "logo", "multi", document=False)
    return live_server.url


@pytest.mark.parametrize("viewport_name", ["phone", "desktop"])
def test_campaign_pages_pass_axe(live_campaign, page_in, viewport_name):
    from axe_playwright_python.sync_playwright import Axe

    page = page_in(viewport_name)
    for path in PATHS:
        page.goto(live_campaign + path)
        results = Axe().run(page)
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
        assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"], path


def test_join_form_moves_focus_to_the_errors_then_thanks(live_campaign, page_in):
    from campaign.models import JoinRequest

    page = page_in("phone")
    page.goto(live_campaign + "/fi/josmeitaeiolisi/jarjestot/join/")
    page.fill("#id_organisation_name", "Selainseura ry")
    page.click("button[type=submit]")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    page.click("a[href='#id_email']")
    assert page.evaluate("document.activeElement.id") == "id_email"
    page.select_option("#id_municipality", label="Tampere")
    page.fill("#id_field_of_activity", "Kulttuuri")
    page.fill("#id_contact_name", "Kaisa Kuvitelma")
    page.fill("#id_email", "kaisa.kuvitelma@example.fi")
    page.check("#id_consent")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "/join/thanks/" in page.url
    assert "Kiitos pyynnöstäsi" in page.text_content("h1")
    assert JoinRequest.objects.get().organisation_name == "Selainseura ry"
