from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from participation.models import IdeaStatus
from tests.conftest import publish_translation
from tests.participation.conftest import publish

pytestmark = pytest.mark.django_db


def test_open_forms_list_title_deadline_and_link(client, survey, site_tree):
    from participation.models import SurveyPage

    publish(site_tree["home_fi"], SurveyPage(title="Päättynyt kysely", slug="paattynyt",
                                             closes_at=timezone.now() - timedelta(days=1)))
    publish(site_tree["home_fi"], SurveyPage(title="Tuleva kysely", slug="tuleva",
                                             opens_at=timezone.now() + timedelta(days=1)))
    data = client.get("/api/v2/open_forms/?locale=fi").json()
    assert [item["title"] for item in data["items"]] == ["Järjestökysely"]
    item = data["items"][0]
    assert item["deadline"].startswith(str(survey.closes_at.date()))
    assert item["meta"]["html_url"].endswith("/fi/jarjestokysely/")


def test_open_forms_never_show_submissions(client, survey):
    FormSubmission.objects.create(page=survey, form_data={"sahkoposti": "salainen@example.fi"})
    for url in ["/api/v2/open_forms/?fields=*", f"/api/v2/open_forms/{survey.pk}/", f"/api/v2/pages/{survey.pk}/"]:
        assert "salainen@example.fi" not in client.get(url).content.decode()


def test_draft_survey_is_not_an_open_form(client, survey):
    survey.unpublish()
    assert client.get("/api/v2/open_forms/").json()["meta"]["total_count"] == 0


def test_ideas_api_filters_by_locale_and_sorts(client, make_idea, idea_wall, locales):
    make_idea("Suosittu idea", support_count=9)
    make_idea("Suomenkielinen idea", support_count=1, name="Anni")
    wall_sv = publish_translation(idea_wall, locales["sv"], title="Idévägg", slug="idevagg")
    make_idea("Svensk idé", page=wall_sv)
    make_idea("Odottaa", status=IdeaStatus.PENDING)
    fi = client.get("/api/v2/ideas/?locale=fi&order=-support_count").json()
    assert [item["text"] for item in fi["items"]] == ["Suosittu idea", "Suomenkielinen idea"]
    assert fi["items"][1]["name"] == "Anni" and fi["items"][1]["wall"]["locale"] == "fi"
    sv = client.get("/api/v2/ideas/?locale=sv").json()
    assert [item["text"] for item in sv["items"]] == ["Svensk idé"]
    assert client.get(f"/api/v2/ideas/?wall={wall_sv.pk}").json()["meta"]["total_count"] == 1
    newest = client.get("/api/v2/ideas/?locale=fi").json()
    assert [item["text"] for item in newest["items"]] == ["Suomenkielinen idea", "Suosittu idea"]
    found = client.get("/api/v2/ideas/?search=suosittu").json()
    assert [item["text"] for item in found["items"]] == ["Suosittu idea"]


@pytest.mark.parametrize("query", ["locale=xx", "wall=abc", "contest=1.5", "unknown=1", "order=email", "fields=email"])
def test_bad_parameters_get_400_with_message(client, site_tree, query):
    endpoint = "photos" if "contest" in query else "ideas"
    response = client.get(f"/api/v2/{endpoint}/?{query}")
    assert response.status_code == 400
    assert response.json()["message"]


def test_open_forms_bad_locale_is_400(client, site_tree):
    assert client.get("/api/v2/open_forms/?locale=xx").status_code == 400


def test_benchmark_measures_participation_pages_and_api(client, survey, idea_wall, photo_contest):
    from wagtail import hooks

    paths = [entry() if callable(entry) else entry for hook in hooks.get_hooks("register_benchmark_urls") for entry in hook()]
    for path in [survey.url, idea_wall.url, photo_contest.url, "/api/v2/ideas/?locale=fi", "/api/v2/photos/?locale=fi",
                 "/api/v2/open_forms/?locale=fi"]:
        assert path in paths
        assert client.get(path).status_code == 200
