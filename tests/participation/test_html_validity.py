"""Participation pages, also with form errors, are valid HTML by the W3C's Nu HTML Checker."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from participation.models import ModerationStatus, PhotoEntry
from tests.participation.conftest import image_bytes, survey_answer
from tests.test_html_validity import check_html

pytestmark = pytest.mark.django_db


def test_participation_pages_have_no_html_errors(client, survey, contact_page, idea_wall, make_idea, photo_contest, tmp_path):
    survey.public_results = True
    survey.save_revision().publish()
    make_idea("Kiinnitetty idea", pinned=True, answer="Vastaus", name="Anna")
    make_idea("Toinen idea")
    client.post(photo_contest.url, {"photo": SimpleUploadedFile("a.jpg", image_bytes(), "image/jpeg"), "title": "Ranta",
                                    "photographer_name": "Ville", "consent_to_publish": "on", "website_address": ""})
    PhotoEntry.objects.update(status=ModerationStatus.APPROVED, alt_text="Ranta illalla.")
    client.post(survey.url, survey_answer())
    responses = {
        "survey": client.get(survey.url),
        "survey errors": client.post(survey.url, survey_answer(yhdistyksen_nimi="", toimiala=None, consent=None)),
        "results": client.get(survey.url + "tulokset/"),
        "contact": client.get(contact_page.url),
        "contact errors": client.post(contact_page.url, {"email": "x", "website": "ei", "website_address": ""}),
        "ideas": client.get(idea_wall.url + "?sort=supported"),
        "idea errors": client.post(idea_wall.url, {"text": "", "website_address": ""}),
        "photos": client.get(photo_contest.url),
        "photo errors": client.post(photo_contest.url, {"photo": SimpleUploadedFile("a.jpg", b"no", "image/jpeg"),
                                                         "website_address": ""}),
    }
    paths = []
    for number, (name, response) in enumerate(responses.items()):
        assert response.status_code in (200, 400), name
        path = tmp_path / f"page{number}.html"
        path.write_bytes(response.content)
        paths.append(path)
    names = list(responses)
    errors = [f"{names[paths.index(Path(m['url'][5:]))]}:{m.get('lastLine')}: {m['message']}" for m in check_html(paths)]
    assert errors == []
