"""Participating organisations: listing, filters, the join form and the moderation queue.

An organisation asked for through the form appears nowhere (HTML, API, search)
until an editor approves it; the requester hears the decision by e-mail.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import override_settings
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from campaign.models import JoinRequest, Participation
from home.models import Organisation

from .conftest import add_organisation

pytestmark = pytest.mark.django_db

JOIN_URL = "/fi/josmeitaeiolisi/jarjestot/join/"


def form_data(tree, **changes):
    data = {
        "organisation_name": "Salaperäinen Esimerkkiseura ry",
        "municipality": tree["tampere"].pk,
        "field_of_activity": "Kulttuuri",
        "website": "https://salaperainen.example.fi/",
        "description": "Teatteria ja lauluja.",
        "contact_name": "Kaisa Kuvitelma",
        "email": "kaisa.kuvitelma@example.fi",
        "phone": "040 000 0000",
        "consent": "on",
        "website_address": "",
    }
    data.update(changes)
    return data


@pytest.fixture
def listed(campaign_tree):
    campaign = campaign_tree["campaign"]
    return {
        "runners": add_organisation(campaign, "Lenkkiporukka ry", campaign_tree["tampere"], "Liikunta",
                                    description="Kävelyä ja juoksua."),
        "choir": add_organisation(campaign, "Kuoro Sävelsilta ry", campaign_tree["nokia"], "Kulttuuri",
                                  website="https://savelsilta.example.fi/"),
    }


def visible_everywhere(client, name):
    """Where a name could leak: the organisations page, the API, site search of pages and snippets."""
    places = {
        "html": name in client.get("/fi/josmeitaeiolisi/jarjestot/").text,
        "landing": name in client.get("/fi/josmeitaeiolisi/").text,
        "api": name in client.get("/api/v2/campaign_organisations/").content.decode(),
        "api_fi": name in client.get("/api/v2/campaign_organisations/?locale=fi").content.decode(),
        "page_search": any(name in page.title for page in Page.objects.live().search(name)),
        "snippet_search": len(get_search_backend().search(name, Organisation)) > 0,
    }
    return places


def test_organisations_are_listed_by_name_with_municipality_and_field(client, listed):
    html = client.get("/fi/josmeitaeiolisi/jarjestot/").text
    assert html.index("Kuoro Sävelsilta ry") < html.index("Lenkkiporukka ry")
    assert "Tampere · Liikunta" in html
    assert 'href="https://savelsilta.example.fi/"' in html
    assert "2 järjestöä" in html


def test_filter_by_municipality_and_field_of_activity(client, listed):
    by_municipality = client.get("/fi/josmeitaeiolisi/jarjestot/?municipality=837").text
    assert "Lenkkiporukka ry" in by_municipality and "Kuoro Sävelsilta ry" not in by_municipality
    by_field = client.get("/fi/josmeitaeiolisi/jarjestot/?field=kulttuuri").text
    assert "Kuoro Sävelsilta ry" in by_field and "Lenkkiporukka ry" not in by_field


def test_unknown_filter_values_give_a_message(client, listed):
    response = client.get("/fi/josmeitaeiolisi/jarjestot/?municipality=999&field=Avaruus")
    assert response.status_code == 200
    assert "Tuntematon kuntanumero" in response.text
    assert "Avaruus" in response.text
    assert "Lenkkiporukka ry" not in response.text


def test_swedish_page_shows_municipality_names_in_swedish(client, campaign_sv, listed):
    html = client.get("/sv/omviintefanns/foreningar/").text
    assert "Lenkkiporukka ry" in html
    assert "Tammerfors" in html


def test_join_form_is_accessible(client, campaign_tree):
    html = client.get(JOIN_URL).text
    assert '<label for="id_organisation_name">' in html
    assert 'aria-describedby="id_email_help"' in html
    assert 'name="website_address"' in html  # the honeypot
    assert 'name="csrfmiddlewaretoken"' in html


def test_join_form_shows_no_help_text_written_for_editors(client, campaign_tree):
    html = client.get(JOIN_URL).text
    assert str(JoinRequest._meta.get_field("organisation_name").help_text) not in html
    assert 'aria-describedby="id_organisation_name_help"' not in html


def test_a_join_request_waits_for_review_and_appears_nowhere(client, campaign_tree, listed):
    response = client.post(JOIN_URL, form_data(campaign_tree))
    assert response.status_code == 302
    assert response["Location"] == "/fi/josmeitaeiolisi/jarjestot/join/thanks/"
    request = JoinRequest.objects.get()
    assert request.status == JoinRequest.Status.PENDING
    assert request.language == "fi"
    assert request.campaign == campaign_tree["campaign"]
    assert "tarkistaa" in client.get(response["Location"]).text
    assert visible_everywhere(client, "Salaperäinen Esimerkkiseura") == {
        "html": False, "landing": False, "api": False, "api_fi": False, "page_search": False, "snippet_search": False,
    }
    assert not Organisation.objects.filter(name__contains="Salaperäinen").exists()


def test_form_errors_are_tied_to_fields_and_nothing_is_stored(client, campaign_tree):
    response = client.post(JOIN_URL, form_data(campaign_tree, email="ei-osoite", organisation_name="", consent=""))
    assert response.status_code == 400
    html = response.text
    assert 'id="error-summary"' in html
    assert 'href="#id_email"' in html
    assert 'aria-describedby="id_email_help id_email_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'id="id_organisation_name_error"' in html
    assert not JoinRequest.objects.exists()


def test_honeypot_rejects_a_bot(client, campaign_tree):
    response = client.post(JOIN_URL, form_data(campaign_tree, website_address="http://spam.example.com"))
    assert response.status_code == 400
    assert "Lomaketta ei voitu lähettää" in response.text
    assert not JoinRequest.objects.exists()


@override_settings(RATE_LIMITS={"campaign-join": "2/h"})
def test_too_many_requests_get_a_429(client, campaign_tree):
    for number in range(2):
        assert client.post(JOIN_URL, form_data(campaign_tree, organisation_name=f"Seura {number}")).status_code == 302
    response = client.post(JOIN_URL, form_data(campaign_tree, organisation_name="Seura 3"))
    assert response.status_code == 429
    assert JoinRequest.objects.count() == 2


def test_pending_requests_are_listed_in_the_admin(client, campaign_tree, editor):
    client.post(JOIN_URL, form_data(campaign_tree))
    JoinRequest.objects.create(campaign=campaign_tree["campaign"], organisation_name="Jo hylätty ry", field_of_activity="x",
                               contact_name="X", email="x@example.fi", status=JoinRequest.Status.REJECTED)
    client.force_login(editor)
    html = client.get("/admin/campaign/join-requests/?status=pending").content.decode()
    assert "Salaperäinen Esimerkkiseura ry" in html
    assert "Jo hylätty ry" not in html
    request = JoinRequest.objects.get(status="pending")
    inspect = client.get(f"/admin/campaign/join-requests/inspect/{request.pk}/").content.decode()
    assert f'action="/admin/campaign/join-requests/approve/{request.pk}/"' in inspect


def test_editor_approves_a_request_and_the_requester_is_told(client, campaign_tree, editor):
    client.post(JOIN_URL, form_data(campaign_tree))
    mail.outbox.clear()
    request = JoinRequest.objects.get()
    client.force_login(editor)
    response = client.post(f"/admin/campaign/join-requests/approve/{request.pk}/", {"message": "Tervetuloa!"})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == JoinRequest.Status.APPROVED
    assert request.decided_by == editor
    organisation = request.organisation
    assert organisation.name == "Salaperäinen Esimerkkiseura ry"
    assert organisation.email == "" and organisation.phone == ""  # the contact details stay private
    assert Participation.objects.filter(campaign=campaign_tree["campaign"], organisation=organisation).exists()
    assert [message.to for message in mail.outbox] == [["kaisa.kuvitelma@example.fi"]]
    assert "Tervetuloa kampanjaan" in mail.outbox[0].subject
    assert "Tervetuloa!" in mail.outbox[0].body
    client.logout()
    seen = visible_everywhere(client, "Salaperäinen Esimerkkiseura")
    assert seen["html"] and seen["api"] and seen["api_fi"] and seen["snippet_search"]
    api = client.get("/api/v2/campaign_organisations/").json()
    assert "kaisa.kuvitelma@example.fi" not in str(api)


def test_rejection_tells_the_requester_in_their_language(client, campaign_sv, editor):
    response = client.post("/sv/omviintefanns/foreningar/join/", form_data(campaign_sv, municipality=campaign_sv["tampere_sv"].pk))
    assert response.status_code == 302
    request = JoinRequest.objects.get()
    assert request.language == "sv"
    mail.outbox.clear()
    client.force_login(editor)
    client.post(f"/admin/campaign/join-requests/reject/{request.pk}/", {"message": ""})
    request.refresh_from_db()
    assert request.status == JoinRequest.Status.REJECTED
    assert len(mail.outbox) == 1
    assert "kampanjen" in mail.outbox[0].subject.lower()
    assert "Tyvärr" in mail.outbox[0].body
    client.logout()
    assert not any(visible_everywhere(client, "Salaperäinen Esimerkkiseura").values())


def test_a_decided_request_cannot_be_decided_again(client, campaign_tree, editor):
    client.post(JOIN_URL, form_data(campaign_tree))
    request = JoinRequest.objects.get()
    client.force_login(editor)
    client.post(f"/admin/campaign/join-requests/reject/{request.pk}/")
    client.post(f"/admin/campaign/join-requests/approve/{request.pk}/")
    request.refresh_from_db()
    assert request.status == JoinRequest.Status.REJECTED
    assert not Participation.objects.exists()


def test_approval_needs_post_and_permission(client, campaign_tree, django_user_model):
    client.post(JOIN_URL, form_data(campaign_tree))
    request = JoinRequest.objects.get()
    user = django_user_model.objects.create_user("avustaja", "avustaja@example.fi", "salasana-pitkä-123")
    group = Group.objects.create(name="Admin-käyttäjät")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    denied = client.post(f"/admin/campaign/join-requests/approve/{request.pk}/")
    assert (denied.status_code, denied["Location"]) == (302, "/admin/")  # Wagtail's answer to PermissionDenied
    request.refresh_from_db()
    assert request.status == JoinRequest.Status.PENDING
    group.permissions.add(Permission.objects.get(codename="change_joinrequest"))
    user = django_user_model.objects.get(pk=user.pk)
    client.force_login(user)
    assert client.get(f"/admin/campaign/join-requests/approve/{request.pk}/").status_code == 405
    assert client.post(f"/admin/campaign/join-requests/approve/{request.pk}/").status_code == 302
    request.refresh_from_db()
    assert request.status == JoinRequest.Status.APPROVED


def test_moderators_hear_of_a_new_request(client, campaign_tree, editor):
    mail.outbox.clear()
    client.post(JOIN_URL, form_data(campaign_tree))
    assert [message.to for message in mail.outbox] == [[editor.email]]
    assert "/admin/campaign/join-requests/inspect/" in mail.outbox[0].body
