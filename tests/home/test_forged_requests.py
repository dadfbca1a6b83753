"""Admin actions posted directly, without the right to do them, change nothing."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from home.models import ContactPerson, SiteSettings
from home.roles import AGENTS, CHIEF_EDITORS, EDITORS, EVENT_MANAGERS, TRANSLATORS
from tests.factories import ContactPersonFactory
from tests.home.test_roles import people, roles  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

LACKING_RIGHTS_ON_FINNISH_PAGES = [None, AGENTS, TRANSLATORS, EVENT_MANAGERS]


def page_state(page):
    page.refresh_from_db()
    return page.live, page.title, page.get_parent().pk, Page.objects.count()


def forged_posts(page, destination):
    return [
        (reverse("wagtailadmin_pages:unpublish", args=[page.pk]), {}),
        (reverse("wagtailadmin_pages:delete", args=[page.pk]), {}),
        (reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk]), {}),
        (reverse("wagtailadmin_pages:copy", args=[page.pk]),
         {"new_title": "Kopio", "new_slug": "kopio", "new_parent_page": destination.pk}),
    ]


@pytest.mark.parametrize("role", LACKING_RIGHTS_ON_FINNISH_PAGES)
def test_forged_page_actions_are_refused_and_change_nothing(client, people, roles, role):  # noqa: F811
    page, destination = roles["contact_fi"], roles["home_fi"]
    if role:
        client.force_login(people[role])
    before = page_state(page)

    for url, data in forged_posts(page, destination):
        response = client.post(url, data)
        assert response.status_code in (302, 403), url
        if role is None:
            assert reverse("wagtailadmin_login") in response["Location"]
        assert page_state(page) == before, url


def test_a_chief_editor_posting_the_same_unpublish_does_unpublish(client, people, roles):  # noqa: F811
    page = roles["contact_fi"]
    client.force_login(people[CHIEF_EDITORS])
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]), {})
    page.refresh_from_db()
    assert not page.live


LACKING_SETTINGS_RIGHTS = [None, EDITORS, AGENTS, TRANSLATORS, EVENT_MANAGERS]
LACKING_SNIPPET_RIGHTS = [None, AGENTS, TRANSLATORS, EVENT_MANAGERS]


def refused(response, role):
    assert response.status_code in (302, 403)
    if role is None:
        assert reverse("wagtailadmin_login") in response["Location"]


@pytest.mark.parametrize("role", LACKING_SETTINGS_RIGHTS)
def test_forged_site_settings_edit_is_refused(client, people, roles, role):  # noqa: F811
    if role:
        client.force_login(people[role])
    SiteSettings.for_site(roles["site"]).save()
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings", roles["site"].pk])
    refused(client.post(url, {"email": "vaara@example.fi"}), role)
    assert SiteSettings.objects.get(site=roles["site"]).email != "vaara@example.fi"


@pytest.mark.parametrize("role", LACKING_SNIPPET_RIGHTS)
def test_forged_snippet_add_edit_and_delete_are_refused(client, people, roles, role):  # noqa: F811
    person = ContactPersonFactory(name="Essi Esimerkki")
    if role:
        client.force_login(people[role])
    count = ContactPerson.objects.count()
    for url in [
        reverse("wagtailsnippets_home_contactperson:add"),
        reverse("wagtailsnippets_home_contactperson:edit", args=[person.pk]),
        reverse("wagtailsnippets_home_contactperson:delete", args=[person.pk]),
    ]:
        refused(client.post(url, {"name": "Väärennetty", "locale": person.locale_id}), role)
    person.refresh_from_db()
    assert person.name == "Essi Esimerkki"
    assert ContactPerson.objects.count() == count


@pytest.mark.parametrize("role", [None, AGENTS, EVENT_MANAGERS])
def test_forged_translation_submission_is_refused(client, people, roles, locales, role):  # noqa: F811
    page = roles["contact_fi"]
    if role:
        client.force_login(people[role])
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    refused(client.post(url, {"locales": [locales["sv"].pk]}), role)
    assert not page.has_translation(locales["sv"])


@pytest.mark.parametrize("role", [None, AGENTS, TRANSLATORS])
def test_forged_unschedule_of_a_revision_is_refused(client, people, roles, role):  # noqa: F811
    page = roles["contact_fi"]
    page.go_live_at = timezone.now() + timedelta(days=1)
    revision = page.save_revision()
    revision.publish()
    revision.refresh_from_db()
    assert revision.approved_go_live_at
    if role:
        client.force_login(people[role])
    url = reverse("wagtailadmin_pages:revisions_unschedule", args=[page.pk, revision.pk])
    refused(client.post(url), role)
    revision.refresh_from_db()
    assert revision.approved_go_live_at
