from datetime import timedelta

import pytest
from django.core.cache import cache
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
    assert item["type"] == "survey" and item["locale"] == "fi"
    assert item["deadline"].startswith(str(survey.closes_at.date()))
    assert item["url"] == item["meta"]["html_url"] == "http://localhost/fi/jarjestokysely/"


def test_open_forms_list_every_kind_nearest_deadline_first(client, survey, contact_page, idea_wall, photo_contest):
    idea_wall.closes_at = timezone.now() + timedelta(days=20)
    idea_wall.save_revision().publish()
    items = client.get("/api/v2/open_forms/").json()["items"]
    assert [(item["type"], item["title"]) for item in items] == [
        ("survey", "Järjestökysely"),
        ("idea_wall", "Ideaseinä"),
        ("photo_contest", "Valokuvakilpailu"),
        ("contact_update", "Ilmoita yhteystiedot"),
    ]
    deadlines = {item["type"]: item["deadline"] for item in items}
    assert deadlines["idea_wall"].startswith(str(idea_wall.closes_at.date()))
    assert deadlines["photo_contest"].startswith(str(photo_contest.entries_close_at.date()))
    assert deadlines["contact_update"] is None
    assert {item["url"] for item in items} == {
        f"http://localhost{page.url}" for page in [survey, contact_page, idea_wall, photo_contest]
    }
    assert all(item["locale"] == "fi" for item in items)
    detail = client.get(f"/api/v2/open_forms/{photo_contest.pk}/").json()
    assert detail["type"] == "photo_contest" and detail["deadline"] == deadlines["photo_contest"]


def close_survey(page):
    page.closes_at = timezone.now() - timedelta(minutes=1)


def open_survey_later(page):
    page.opens_at = timezone.now() + timedelta(days=1)


def stop_ideas(page):
    page.accepts_ideas = False


def end_ideas(page):
    page.closes_at = timezone.now() - timedelta(minutes=1)


def end_contest(page):
    page.entries_close_at = timezone.now() - timedelta(minutes=1)


def open_contest_later(page):
    page.entries_open_at = timezone.now() + timedelta(days=1)


@pytest.mark.parametrize("fixture, close", [
    ("survey", close_survey), ("survey", open_survey_later), ("idea_wall", stop_ideas), ("idea_wall", end_ideas),
    ("photo_contest", end_contest), ("photo_contest", open_contest_later),
])
def test_closed_forms_are_not_open_forms(client, request, fixture, close):
    page = request.getfixturevalue(fixture)
    assert [item["id"] for item in client.get("/api/v2/open_forms/").json()["items"]] == [page.pk]
    close(page)
    page.save_revision().publish()
    assert client.get("/api/v2/open_forms/").json()["meta"]["total_count"] == 0
    assert client.get(f"/api/v2/open_forms/{page.pk}/").status_code == 404


@pytest.mark.parametrize("fixture", ["survey", "contact_page", "idea_wall", "photo_contest"])
def test_draft_and_private_forms_are_not_open_forms(client, request, editor, fixture):
    from wagtail.models import PageViewRestriction

    page = request.getfixturevalue(fixture)
    client.force_login(editor)
    assert client.get("/api/v2/open_forms/").json()["meta"]["total_count"] == 1
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/api/v2/open_forms/").json()["meta"]["total_count"] == 0
    restriction.delete()
    page.unpublish()
    assert client.get("/api/v2/open_forms/").json()["meta"]["total_count"] == 0
    assert client.get(f"/api/v2/open_forms/{page.pk}/").status_code == 404


def test_open_forms_filter_by_locale_and_type(client, survey, contact_page, idea_wall, photo_contest, locales):
    wall_sv = publish_translation(idea_wall, locales["sv"], title="Idévägg", slug="idevagg")
    sv = client.get("/api/v2/open_forms/?locale=sv").json()["items"]
    assert [(item["type"], item["title"], item["locale"]) for item in sv] == [("idea_wall", "Idévägg", "sv")]
    assert sv[0]["url"].endswith("/sv/idevagg/")
    fi = client.get("/api/v2/open_forms/?locale=fi").json()["items"]
    assert {item["type"] for item in fi} == {"survey", "contact_update", "idea_wall", "photo_contest"}
    walls = client.get("/api/v2/open_forms/?type=idea_wall").json()["items"]
    assert {item["id"] for item in walls} == {idea_wall.pk, wall_sv.pk}
    both = client.get("/api/v2/open_forms/?type=survey,photo_contest&locale=fi").json()["items"]
    assert [item["type"] for item in both] == ["survey", "photo_contest"]
    assert [item["title"] for item in client.get("/api/v2/open_forms/?type=contact_update").json()["items"]] == [
        "Ilmoita yhteystiedot"
    ]


@pytest.mark.parametrize("language, expected", [("fi", "Tuntematon lomaketyyppi"), ("sv", "Okänd formulärtyp"),
                                                ("en", "Tuntematon lomaketyyppi")])
def test_open_forms_unknown_type_is_400_with_choices(client, survey, language, expected):
    for query in ["type=participation.SurveyPage", "type=survey,kysely"]:
        response = client.get(f"/api/v2/open_forms/?{query}", HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 400
        message = response.json()["message"]
        assert message.startswith(expected)
        assert "survey, contact_update, idea_wall, photo_contest" in message


def test_open_forms_text_search_is_a_clear_400(client, survey):
    response = client.get("/api/v2/open_forms/?search=kysely")
    assert response.status_code == 400 and "search" in response.json()["message"]


def test_open_forms_queries_do_not_grow(client, site_tree, django_assert_max_num_queries):
    from participation.models import ContactUpdatePage, IdeaWallPage, PhotoContestPage, SurveyPage

    def add_forms(start, count):
        kinds = [
            lambda n: SurveyPage(title=f"Kysely {n}", slug=f"kysely-{n}", closes_at=timezone.now() + timedelta(days=n + 1)),
            lambda n: ContactUpdatePage(title=f"Yhteystiedot {n}", slug=f"yhteystiedot-{n}"),
            lambda n: IdeaWallPage(title=f"Ideat {n}", slug=f"ideat-{n}"),
            lambda n: PhotoContestPage(title=f"Kuvat {n}", slug=f"kuvat-{n}",
                                       entries_close_at=timezone.now() + timedelta(days=n + 1)),
        ]
        for number in range(start, start + count):
            publish(site_tree["home_fi"], kinds[number % 4](number))

    url = "/api/v2/open_forms/?locale=fi&type=survey,contact_update,idea_wall,photo_contest"
    add_forms(0, 3)
    client.get(url)
    cache.clear()  # cold: counted, fetched and serialized again
    with django_assert_max_num_queries(15) as few:
        assert client.get(url).json()["meta"]["total_count"] == 3
    add_forms(3, 12)
    cache.clear()
    with django_assert_max_num_queries(len(few.captured_queries)):
        data = client.get(url).json()
    assert data["meta"]["total_count"] == 15 and len(data["items"]) == 15
    assert {item["type"] for item in data["items"]} == {"survey", "contact_update", "idea_wall", "photo_contest"}


def test_open_forms_never_show_submissions(client, survey):
    FormSubmission.objects.create(page=survey, form_data={"sahkoposti": "salainen@example.fi"})
    for url in ["/api/v2/open_forms/?fields=*", f"/api/v2/open_forms/{survey.pk}/", f"/api/v2/pages/{survey.pk}/"]:
        assert "salainen@example.fi" not in client.get(url).content.decode()


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
