import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def test_editor_logs_in_and_publishes_a_standard_page_through_the_admin(client, site_tree, editor):
    login = client.post("/admin/login/", {"username": "toimittaja", "password": "salasana-pitkä-123"})
    assert login.status_code == 302

    home = site_tree["home_fi"]
    form = nested_form_data(
        {
            "title": "Järjestöjen avustukset",
            "slug": "avustukset",
            "lead": "Kunnat ja hyvinvointialue tukevat järjestöjä avustuksin.",
            "body": streamfield([("text", rich_text("<p>Haku on auki keväällä.</p>"))]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/home/standardpage/{home.pk}/", form)
    assert response.status_code == 302, response.content.decode()[:2000]

    page = StandardPage.objects.get(slug="avustukset")
    assert page.live
    assert page.locale.language_code == "fi"
    public = client.get("/fi/avustukset/")
    assert public.status_code == 200
    assert "Haku on auki keväällä." in public.text


def test_page_types_are_offered_only_where_they_belong(site_tree):
    assert StandardPage.can_create_at(site_tree["home_fi"])
    assert not StandardPage.can_create_at(Page.get_first_root_node())


@pytest.mark.parametrize(("language", "expected"), [("fi", "Kirjaudu ulos"), ("sv", "Logga ut"), ("en", "Log out")])
def test_admin_speaks_the_editors_preferred_language(client, site_tree, editor, language, expected):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.text
    assert expected in response.text


def test_admin_requires_login(client, site_tree):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_admin_pages_ask_no_third_party_for_avatars(client, site_tree, editor):
    client.post("/admin/login/", {"username": "toimittaja", "password": "salasana-pitkä-123"})
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert "gravatar" not in dashboard.text
    assert "/static/wagtailadmin/images/default-user-avatar" in dashboard.text
