"""Admin actions posted directly, without the right to do them, change nothing."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from home.models import ContactPerson, SiteSettings
from home.roles import AGENTS, CHIEF_APPROVAL, CHIEF_EDITORS, EDITORS, EVENT_MANAGERS, TRANSLATORS
from tests.factories import ContactPersonFactory, StandardPageFactory
from tests.home.test_roles import edit_post, make_user, people, roles  # noqa: F401 (fixtures)

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


@pytest.mark.parametrize("role", [None, EDITORS, AGENTS, TRANSLATORS, EVENT_MANAGERS])
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


# Revisions, publishing, locks and the workflow -------------------------------------

def live_state(page):
    """What visitors and the publishing history see of a page."""
    page.refresh_from_db()
    return page.live, page.title, page.live_revision_id, page.locked, page.locked_by_id, Page.objects.count()


def edited_twice(page, user):
    """The page with an older revision to go back to; the newer one is live."""
    old = page.save_revision(user=user)
    page.title = f"{page.title} (uusi)"
    page.save_revision(user=user).publish()
    page.refresh_from_db()
    return old


def revision_requests(page, old, edit_data):
    compare = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, old.pk, "live"])
    revert = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, old.pk])
    return [
        ("get", revert, None),
        ("post", revert, edit_data),
        ("get", compare, None),
        ("get", reverse("wagtailadmin_pages:revisions_view", args=[page.pk, old.pk]), None),
        ("get", reverse("wagtailadmin_pages:revisions_index", args=[page.pk]), None),
    ]


@pytest.mark.parametrize("role", LACKING_RIGHTS_ON_FINNISH_PAGES)
def test_forged_revision_revert_and_compare_are_refused_and_change_nothing(client, people, roles, role):  # noqa: F811
    page = roles["contact_fi"]
    old = edited_twice(page, people[CHIEF_EDITORS])
    revisions = page.revisions.count()
    if role:
        client.force_login(people[role])
    before = live_state(page)

    for method, url, data in revision_requests(page, old, edit_post(page, "action-publish", title="Palautettu")):
        refused(getattr(client, method)(url, data), role)
        assert live_state(page) == before, url
        assert page.revisions.count() == revisions, url


def test_a_toimittaja_may_revert_to_a_draft_but_not_publish_it(client, people, roles):  # noqa: F811
    page = roles["contact_fi"]
    old = edited_twice(page, people[CHIEF_EDITORS])
    client.force_login(people[EDITORS])
    before = live_state(page)
    revert = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, old.pk])

    assert client.get(revert).status_code == 200
    client.post(revert, edit_post(page, "action-publish", title="Yhteys"))
    assert live_state(page) == before
    assert page.get_latest_revision().as_object().title == "Yhteys"  # kept as a draft


def bulk_url(action, *pages):
    return reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + "?" + "&".join(
        f"id={page.pk}" for page in pages
    )


def publishing_posts(page, draft, destination):
    return [
        *forged_posts(page, destination)[:3],  # unpublish, delete, move; editors may copy
        (bulk_url("publish", draft), {}),
        (bulk_url("unpublish", page), {}),
        (bulk_url("delete", page), {}),
        (bulk_url("move", page), {"chooser": destination.pk}),
        (reverse("wagtailadmin_pages:edit", args=[draft.pk]), edit_post(draft, "action-publish")),
    ]


@pytest.mark.parametrize("role", LACKING_RIGHTS_ON_FINNISH_PAGES + [EDITORS])
def test_forged_publishing_of_finnish_pages_is_refused(client, people, roles, role):  # noqa: F811
    page, destination = roles["contact_fi"], roles["about_fi"]
    draft = StandardPageFactory(parent=roles["home_fi"], title="Luonnos", slug="luonnos", live=False)
    draft.save_revision()
    if role:
        client.force_login(people[role])
    before, draft_before = live_state(page), live_state(draft)

    for url, data in publishing_posts(page, draft, destination):
        response = client.post(url, data)
        if role != EDITORS or "bulk" in url:
            refused(response, role)
        assert live_state(page) == before, url
        assert live_state(draft) == draft_before, url


@pytest.mark.parametrize("role", [EDITORS, AGENTS, TRANSLATORS])
def test_a_lock_by_the_chief_editor_cannot_be_lifted_by_a_forged_unlock(client, people, roles, role):  # noqa: F811
    page = roles["contact_fi"]
    client.force_login(people[CHIEF_EDITORS])
    client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    page.refresh_from_db()
    assert page.locked and page.locked_by == people[CHIEF_EDITORS]

    client.force_login(people[role])
    refused(client.post(reverse("wagtailadmin_pages:unlock", args=[page.pk])), role)
    page.refresh_from_db()
    assert page.locked and page.locked_by == people[CHIEF_EDITORS]


def test_a_kaantaja_publishes_neither_the_finnish_source_nor_a_swedish_translation(client, people, roles):  # noqa: F811
    about_fi, about_sv = roles["about_fi"], roles["about_sv"]
    client.force_login(people[TRANSLATORS])
    before_fi, before_sv = live_state(about_fi), live_state(about_sv)
    revisions_fi = about_fi.revisions.count()

    url_fi = reverse("wagtailadmin_pages:edit", args=[about_fi.pk])
    refused(client.post(url_fi, edit_post(about_fi, "action-publish", title="Käännetty lähde")), TRANSLATORS)
    refused(client.post(bulk_url("publish", about_fi)), TRANSLATORS)
    refused(client.post(bulk_url("publish", about_sv)), TRANSLATORS)
    url_sv = reverse("wagtailadmin_pages:edit", args=[about_sv.pk])
    client.post(url_sv, edit_post(about_sv, "action-publish", title="Publicerad direkt"))

    assert live_state(about_fi) == before_fi and about_fi.revisions.count() == revisions_fi
    assert live_state(about_sv) == before_sv  # the Swedish edit waits for the workflow
    assert about_sv.get_latest_revision().as_object().title == "Publicerad direkt"


def test_a_jarjestoagentti_cannot_edit_a_page_outside_their_sections(client, people, roles):  # noqa: F811
    page = roles["contact_fi"]  # a StandardPage another editor owns
    page.owner = people[EDITORS]
    page.save()
    revisions = page.revisions.count()
    client.force_login(people[AGENTS])
    before = live_state(page)

    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    refused(client.get(url), AGENTS)
    for action in (None, "action-submit", "action-publish"):
        refused(client.post(url, edit_post(page, action, title="Agentin muutos")), AGENTS)
    refused(client.post(reverse("wagtailadmin_pages:add", args=["home", "standardpage", page.pk]),
                        edit_post(page, "action-submit", title="Agentin sivu", slug="agentin-sivu")), AGENTS)
    assert live_state(page) == before
    assert page.revisions.count() == revisions


def submitted_for_review(client, page, editor):
    client.force_login(editor)
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_post(page, "action-submit", title="Tarkistettava"))
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    client.logout()
    return state


def workflow_state(state):
    state.refresh_from_db()
    task_state = state.current_task_state
    task_state.refresh_from_db()
    return state.status, task_state.pk, task_state.status, task_state.task.name


@pytest.mark.parametrize("role", [None, CHIEF_EDITORS, AGENTS, TRANSLATORS, EVENT_MANAGERS])
def test_only_the_tasks_reviewers_approve_or_reject_it(client, people, roles, role):  # noqa: F811
    page = roles["contact_fi"]
    state = submitted_for_review(client, page, people[EDITORS])
    before, live_before = workflow_state(state), live_state(page)
    if role:
        client.force_login(people[role])

    for action in ("approve", "reject"):
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.current_task_state.pk])
        refused(client.post(url, {"comment": "Väärennetty"}), role)
        assert workflow_state(state) == before, action
    assert live_state(page) == live_before


def test_a_toimittaja_is_no_reviewer_of_the_chief_editors_approval(client, people, roles, django_user_model):  # noqa: F811
    page = roles["contact_fi"]
    state = submitted_for_review(client, page, people[EDITORS])
    client.force_login(make_user(django_user_model, "helmi", EDITORS))
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk]), {})
    before, live_before = workflow_state(state), live_state(page)
    assert before[3] == CHIEF_APPROVAL

    client.force_login(people[EDITORS])
    for action in ("approve", "reject"):
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.current_task_state.pk])
        refused(client.post(url, {"comment": ""}), EDITORS)
        assert workflow_state(state) == before, action
    assert live_state(page) == live_before
