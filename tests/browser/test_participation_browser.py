"""Participation pages in a browser: axe-core on phone and desktop, and the idea form flow."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.skipif(
    "participation" not in settings.INSTALLED_APPS,
    reason="the participation app is disabled",
)


@pytest.fixture
def live_participation(live_server, site_tree):
    from datetime import timedelta

    from django.utils import timezone

    from participation.models import Idea, IdeaStatus, IdeaWallPage, PhotoContestPage, SurveyFormField, SurveyPage

    home = site_tree["home_fi"]
    survey = SurveyPage(title="Järjestökysely", slug="kysely", closes_at=timezone.now() + timedelta(days=5),
                        consent_text="Hyväksyn vastausteni tallentamisen.")
    survey.form_fields = [
        SurveyFormField(label="Yhdistyksen nimi", field_type="singleline", required=True, sort_order=0),
        SurveyFormField(label="Toimiala", field_type="radio", choices="Liikunta\nKulttuuri", required=True, sort_order=1),
        SurveyFormField(label="Kiinnostaa", field_type="checkboxes", choices="Foorumit\nTilat", sort_order=2),
    ]
    wall = IdeaWallPage(title="Ideaseinä", slug="ideat")
    contest = PhotoContestPage(title="Valokuvakilpailu", slug="kuvat", entries_close_at=timezone.now() + timedelta(days=5))
    for page in (survey, wall, contest):
        home.add_child(instance=page)
        page.save_revision().publish()
    Idea.objects.create(page=wall, text="Yhteinen kirpputori torilla", name="Anna", status=IdeaStatus.APPROVED,
                        pinned=True, answer="Hyvä idea!")
    return live_server.url


@pytest.mark.parametrize("path", ["/fi/kysely/", "/fi/ideat/", "/fi/kuvat/"])
def test_participation_pages_pass_axe(live_participation, page_in, viewport, path):
    from axe_playwright_python.sync_playwright import Axe

    page = page_in(viewport)
    page.goto(live_participation + path)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_survey_errors_focus_the_summary_and_pass_axe(live_participation, page_in):
    from axe_playwright_python.sync_playwright import Axe

    page = page_in("phone")
    page.goto(live_participation + "/fi/kysely/")
    page.get_by_role("button", name="Lähetä").click()
    page.wait_for_selector("#error-summary")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert "Tarkista lomake" in page.locator("#error-summary").inner_text()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_visitor_posts_and_supports_an_idea(live_participation, page_in):
    from participation.models import Idea

    page = page_in("desktop")
    page.goto(live_participation + "/fi/ideat/")
    page.get_by_label("Ideasi").fill("Penkkejä puistoon")
    page.get_by_role("button", name="Lähetä idea").click()
    page.wait_for_selector(".p-message")
    assert "Kiitos" in page.locator(".p-message").inner_text()
    assert Idea.objects.filter(text="Penkkejä puistoon", status="pending").exists()
    assert "Penkkejä puistoon" not in page.content()
    page.locator(".p-idea__support button").first.click()
    page.wait_for_selector(".p-idea__supported")
    assert "1 tukija" in page.locator(".p-idea__count").inner_text()
