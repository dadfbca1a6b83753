"""Keeping guides current: the admin report and the dashboard panel of guides due for review."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from tests.toolkit.conftest import add_guide
from toolkit.review import guides_due_for_review, months_before

pytestmark = pytest.mark.django_db


@pytest.fixture
def aged(toolkit_tree):
    today = timezone.localdate()
    index = toolkit_tree["index_fi"]
    return {
        "old": add_guide(index, title="Vanha opas", last_reviewed=today - timedelta(days=500), responsible_person=toolkit_tree["person"]),
        "borderline": add_guide(index, title="Vuoden vanha", last_reviewed=months_before(today, 12) - timedelta(days=1)),
        "fresh": add_guide(index, title="Tuore opas", last_reviewed=today - timedelta(days=30)),
        "recent": add_guide(index, title="Puolivuotias", last_reviewed=today - timedelta(days=200)),
    }


def test_report_lists_guides_older_than_twelve_months_with_their_responsible_person(client, editor, aged):
    client.force_login(editor)
    response = client.get("/admin/reports/guides-due-for-review/")
    assert response.status_code == 200
    html = response.text
    assert "Vanha opas" in html and "Vuoden vanha" in html
    assert "Tuore opas" not in html and "Puolivuotias" not in html
    assert "Aino Mallinen" in html
    assert html.index("Vanha opas") < html.index("Vuoden vanha")  # oldest first


def test_review_age_is_configurable(client, editor, aged, settings):
    settings.TOOLKIT_REVIEW_AGE_MONTHS = 6
    assert {guide.title for guide in guides_due_for_review()} == {"Vanha opas", "Vuoden vanha", "Puolivuotias"}
    client.force_login(editor)
    assert "Puolivuotias" in client.get("/admin/reports/guides-due-for-review/").text


def test_dashboard_panel_shows_how_many_guides_are_due(client, editor, aged):
    client.force_login(editor)
    html = client.get("/admin/").text
    assert "toolkit-review-heading" in html
    panel = html.split('id="toolkit-review-heading"')[1].split("</section>")[0]
    assert "2" in panel
    assert "/admin/reports/guides-due-for-review/" in panel


def test_report_is_not_public(client, aged):
    response = client.get("/admin/reports/guides-due-for-review/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_months_before_handles_short_months():
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 12) == date(2025, 1, 15)
