"""Pages that show what visitors send follow it at once; the rest of the site stays stored."""

import pytest
from django.test import Client, override_settings

from home.chrome import content_version
from participation.models import IdeaStatus

from .conftest import survey_answer

pytestmark = pytest.mark.django_db


@override_settings(PAGE_CACHE_ENABLED=True)
def test_a_support_shows_on_the_stored_idea_wall_and_leaves_other_pages_stored(make_idea, idea_wall, site_tree):
    idea = make_idea()
    about_url = site_tree["about_fi"].url
    visitor = Client()
    for url in (about_url, idea_wall.url):
        visitor.get(url)
    assert "0 tukijaa" in Client().get(idea_wall.url).text
    Client().post(f"{idea_wall.url}tue/{idea.pk}/")
    assert Client().get(about_url)["X-Page-Cache"] == "hit"
    wall = Client().get(idea_wall.url)
    assert wall["X-Page-Cache"] == "miss"
    assert "1 tukija" in wall.text


@override_settings(PAGE_CACHE_ENABLED=True)
def test_an_idea_approved_by_an_editor_appears_on_the_stored_wall(make_idea, idea_wall):
    idea = make_idea("Korttelikirppis", status=IdeaStatus.PENDING)
    assert "Korttelikirppis" not in Client().get(idea_wall.url).text
    idea.status = IdeaStatus.APPROVED
    idea.save()
    assert "Korttelikirppis" in Client().get(idea_wall.url).text


@override_settings(PAGE_CACHE_ENABLED=True)
def test_a_stored_public_summary_counts_each_new_answer(client, survey):
    survey.public_results = True
    survey.save_revision().publish()
    results_url = survey.url + "tulokset/"
    client.post(survey.url, survey_answer(toimiala="Kulttuuri"))
    assert "100 %" in Client().get(results_url).text
    assert Client().get(results_url)["X-Page-Cache"] == "hit"
    client.post(survey.url, survey_answer(toimiala="Liikunta"))
    assert "50 %" in Client().get(results_url).text


def test_a_sent_idea_leaves_the_content_version(client, idea_wall):
    before = content_version()
    client.post(idea_wall.url, {"text": "Yhteinen pyöräkorjaamo"})
    assert idea_wall.ideas.exists()
    assert content_version() == before
