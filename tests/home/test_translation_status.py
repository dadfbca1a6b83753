"""The translation status report, its dashboard panel and syncing a changed source."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail_localize.models import Translation, TranslationSource

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def localized_page(site_tree, locales, django_capture_on_commit_callbacks):
    """A Finnish page translated into Swedish through wagtail-localize (which publishes on commit)."""
    page = StandardPageFactory(parent=site_tree["home_fi"], title="Avustushaku", slug="avustushaku")
    page.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locales["sv"])
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    return page


def status_of(client, page):
    response = client.get(reverse("home_translation_status"))
    assert response.status_code == 200
    html = response.content.decode()
    row = html[html.index(f'/admin/pages/{page.pk}/edit/'):]
    return row[row.index('data-status="') + len('data-status="'):].split('"', 1)[0]


def test_the_report_shows_missing_outdated_and_up_to_date(client, admin_user, site_tree, localized_page):
    client.force_login(admin_user)
    assert status_of(client, site_tree["contact_fi"]) == "missing"
    assert status_of(client, localized_page) == "up_to_date"

    localized_page.title = "Avustushaku 2027"
    localized_page.save_revision().publish()
    assert status_of(client, localized_page) == "outdated"

    response = client.get(reverse("home_translation_status"), {"status": "outdated"})
    assert "Avustushaku 2027" in response.content.decode()
    assert f'/admin/pages/{site_tree["contact_fi"].pk}/edit/' not in response.content.decode()


def test_a_synced_change_of_the_finnish_source_reaches_the_swedish_page(
    client, admin_user, locales, localized_page, django_capture_on_commit_callbacks
):
    localized_page.title = "Avustushaku 2027"
    localized_page.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(localized_page)

    client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
        )
    assert response.status_code == 302

    swedish = localized_page.get_translation(locales["sv"])
    assert swedish.title == "Avustushaku 2027"  # the new string waits for its Swedish translation
    assert swedish.live
    assert status_of(client, localized_page) == "up_to_date"


def test_translators_see_the_report_and_the_dashboard_panel_others_do_not(client, site_tree, django_user_model):
    call_command("setup_roles", stdout=StringIO())
    from django.contrib.auth.models import Group

    translator = django_user_model.objects.create_user("kerstin", "kerstin@example.fi", "salasana-pitkä-123")
    translator.groups.add(Group.objects.get(name="Kääntäjät"))
    agent = django_user_model.objects.create_user("aino", "aino@example.fi", "salasana-pitkä-123")
    agent.groups.add(Group.objects.get(name="Järjestöagentit"))

    client.force_login(translator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Translations out of date" in dashboard or "Vanhentuneet käännökset" in dashboard
    assert client.get(reverse("home_translation_status")).status_code == 200

    client.force_login(agent)
    response = client.get(reverse("home_translation_status"))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")  # Wagtail's "no permission"


def test_my_drafts_panel_lists_my_unpublished_changes(client, site_tree, admin_user):
    page = site_tree["contact_fi"]
    page.title = "Yhteys (luonnos)"
    page.save_revision(user=admin_user)
    client.force_login(admin_user)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Yhteys (luonnos)" in dashboard
