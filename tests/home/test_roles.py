"""Editor roles, the two-step publishing workflow and scheduled publishing."""

from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowState

from home.roles import AGENTS, CHIEF_EDITORS, EDITORS, EVENT_MANAGERS, ROLES, TRANSLATORS
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles(site_tree):
    call_command("setup_roles", stdout=StringIO())
    return site_tree


def make_user(django_user_model, username, role):
    user = django_user_model.objects.create_user(username, f"{username}@example.fi", "salasana-pitkä-123")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def people(roles, django_user_model):
    return {
        role: make_user(django_user_model, username, role)
        for username, role in [
            ("paula", CHIEF_EDITORS), ("tuomas", EDITORS), ("aino", AGENTS),
            ("kerstin", TRANSLATORS), ("teemu", EVENT_MANAGERS),
        ]
    }


def edit_post(page, action=None, **changes):
    data = {
        "title": page.title, "slug": page.slug, "seo_title": "", "search_description": "",
        "body-count": "0", "comments-TOTAL_FORMS": "0", "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0", "comments-MAX_NUM_FORMS": "1000",
        **changes,
    }
    if action:
        data[action] = "1"
    return data


def test_setup_roles_creates_the_five_groups_and_the_workflow_once(roles):
    permissions_before = GroupPagePermission.objects.count()
    call_command("setup_roles", stdout=StringIO())

    assert set(Group.objects.filter(name__in=ROLES).values_list("name", flat=True)) == set(ROLES)
    assert GroupPagePermission.objects.count() == permissions_before
    workflow = Workflow.objects.get(name="Julkaisu")
    assert [task.name for task in workflow.tasks] == ["Toimittajan tarkistus", "Päätoimittajan hyväksyntä"]
    assert Page.get_first_root_node().get_workflow() == workflow
    assert roles["about_fi"].get_workflow() == workflow


def test_roles_can_what_their_job_needs_and_no_more(people, roles):
    about_fi, about_sv = roles["about_fi"], roles["about_sv"]
    can = lambda role, page: page.permissions_for_user(people[role])  # noqa: E731

    assert can(CHIEF_EDITORS, about_fi).can_publish()
    assert can(EDITORS, about_fi).can_edit() and not can(EDITORS, about_fi).can_publish()
    assert not can(AGENTS, about_fi).can_edit()
    assert can(TRANSLATORS, about_sv).can_edit() and not can(TRANSLATORS, about_sv).can_publish()
    assert not can(TRANSLATORS, about_fi).can_edit()
    assert not can(EVENT_MANAGERS, about_fi).can_edit()
    for user in people.values():
        assert user.has_perm("wagtailadmin.access_admin")


def test_a_page_goes_through_both_reviews_with_e_mails_and_is_locked_meanwhile(
    client, people, roles, django_user_model
):
    page = roles["contact_fi"]
    reviewer = make_user(django_user_model, "helmi", EDITORS)
    live_title = page.title

    client.force_login(people[EDITORS])
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_post(page, "action-submit", title="Yhteystiedot ja aukioloajat"),
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    assert state.current_task_state.task.name == "Toimittajan tarkistus"
    assert any(reviewer.email in message.to for message in mail.outbox)
    page.refresh_from_db()
    assert page.title == live_title  # not published yet

    client.force_login(reviewer)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk]),
        {"comment": "Hyvä."},
    )
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Päätoimittajan hyväksyntä"
    assert any(people[CHIEF_EDITORS].email in message.to for message in mail.outbox)

    # Editors are no reviewers of the second step: the page is locked for them.
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_post(page, title="Ohitus kesken tarkistuksen")
    )
    assert page.get_latest_revision().as_object().title == "Yhteystiedot ja aukioloajat"

    client.force_login(people[CHIEF_EDITORS])
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.title == "Yhteystiedot ja aukioloajat"
    client.logout()
    assert "Yhteystiedot ja aukioloajat" in client.get(page.url).content.decode()


def test_an_editor_cannot_publish_by_posting_the_publish_action(client, people, roles):
    page = roles["contact_fi"]
    client.force_login(people[EDITORS])
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_post(page, "action-publish", title="Suoraan julki"))
    page.refresh_from_db()
    assert page.title != "Suoraan julki"


def run_scheduler_at(moment):
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("run_scheduler", "--once", stdout=StringIO())


def test_the_scheduler_publishes_and_unpublishes_pages_on_time(client, roles):
    now = timezone.now()
    page = StandardPageFactory(parent=roles["home_fi"], title="Kevään kokoontumiset", slug="kevat", live=False)
    page.go_live_at, page.expire_at = now + timedelta(hours=1), now + timedelta(hours=3)
    page.save_revision().publish()
    assert client.get("/fi/kevat/").status_code == 404  # scheduled, not yet live

    run_scheduler_at(now + timedelta(minutes=30))
    assert client.get("/fi/kevat/").status_code == 404

    run_scheduler_at(now + timedelta(hours=2))
    assert "Kevään kokoontumiset" in client.get("/fi/kevat/").content.decode()

    run_scheduler_at(now + timedelta(hours=4))
    assert client.get("/fi/kevat/").status_code == 404
    page.refresh_from_db()
    assert page.expired


def test_demo_users_only_in_development(roles, client):
    with pytest.raises(CommandError, match="development only"):
        call_command("setup_roles", "--demo-users", stdout=StringIO())

    out = StringIO()
    with override_settings(DEBUG=True):
        call_command("setup_roles", "--demo-users", stdout=out)
    lines = {line.split()[1]: line.split()[2] for line in out.getvalue().splitlines() if "example" not in line
             and len(line.split()) == 3}
    assert len(lines) == len(ROLES)
    username, password = next(iter(lines.items()))
    response = client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
