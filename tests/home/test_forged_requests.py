"""Admin actions posted directly, without the right to do them, change nothing."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from home.roles import AGENTS, CHIEF_EDITORS, EVENT_MANAGERS, TRANSLATORS
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
