"""Events in a browser: the index and an event page pass axe; registering with an error and then right."""

from datetime import timedelta

import pytest
from django.conf import settings

pytestmark = pytest.mark.skipif(
    "events" not in settings.INSTALLED_APPS, reason="the events app is disabled"
)


@pytest.fixture
def live_events(live_server, site_tree):
    from django.utils import timezone

    from events.models import Audience, EventIndexPage
    from tests.events.conftest import add_event

    index = EventIndexPage(title="Tapahtumat", slug="tapahtumat", lead="Foorumit ja työpajat.")
    site_tree["home_fi"].add_child(instance=index)
    index.save_revision().publish()
    audience = Audience.objects.create(name="Yhdistykset", slug="yhdistykset", locale=index.locale)
    start = (timezone.now() + timedelta(days=10)).replace(microsecond=0)
    add_event(index, title="Järjestöfoorumi", slug="foorumi", start=start, end=start + timedelta(hours=3), audiences=[audience],
              place_name="Järjestötalo", street_address="Kuusikkokatu 3", postal_code="33100", town="Tampere",
              registration_enabled=True, capacity=1, waiting_list_size=2, consent_text="Hyväksyn kuvaamisen.")
    add_event(index, title="Peruttu seminaari", slug="seminaari", status="cancelled", status_note="Sairastumisen vuoksi.")
    return live_server.url


@pytest.mark.parametrize("path", ["/fi/tapahtumat/", "/fi/tapahtumat/foorumi/"])
def test_event_pages_pass_axe(live_events, page_in, viewport, path):
    from axe_playwright_python.sync_playwright import Axe

    page = page_in(viewport)
    page.goto(live_events + path)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_registration_with_an_error_then_corrected(live_events, page_in):
    from axe_playwright_python.sync_playwright import Axe

    page = page_in("phone")
    page.goto(live_events + "/fi/tapahtumat/foorumi/")
    page.get_by_label("Nimi").fill("Essi Esimerkki")
    page.get_by_label("Sähköposti").fill("ei-osoite")
    page.get_by_role("button", name="Ilmoittaudu").click()
    summary = page.locator("#registration-errors")
    summary.wait_for()
    page.wait_for_load_state("load")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'registration-errors'", timeout=5000)
    assert "muodossa nimi@example.fi" in summary.inner_text()
    assert page.get_by_label("Nimi").input_value() == "Essi Esimerkki"
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    page.get_by_label("Sähköposti").fill("essi@example.fi")
    page.get_by_label("Hyväksyn kuvaamisen.").check()
    page.get_by_role("button", name="Ilmoittaudu").click()
    page.get_by_role("heading", name="Kiitos ilmoittautumisesta").wait_for()
    page.goto(live_events + "/fi/tapahtumat/foorumi/")
    assert page.get_by_role("button", name="Liity jonoon").is_visible()
