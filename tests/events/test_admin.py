"""Editors in the admin: events with panels, registrations per event with counts and exports."""

import io

import pytest
from openpyxl import load_workbook
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from events.models import EventPage, Registration

pytestmark = pytest.mark.django_db


@pytest.fixture
def registrations(forum):
    rows = [("Essi Esimerkki", "essi@example.fi", Registration.CONFIRMED), ("Olli Osallistuja", "olli@example.fi", Registration.CONFIRMED),
            ("Jonna Jonottaja", "jonna@example.fi", Registration.WAITING), ("Perttu Peruja", "perttu@example.fi", Registration.CANCELLED)]
    for name, email, status in rows:
        Registration.objects.create(event=forum, name=name, email=email, status=status, dietary_needs="Vegaani")
    return forum


def test_editor_sees_registrations_of_an_event_with_counts(client, editor, registrations):
    client.force_login(editor)
    response = client.get(f"/admin/events/registrations/?event={registrations.pk}")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Essi Esimerkki" in text and "Jonna Jonottaja" in text
    assert "Confirmed: 2" in text or "Vahvistettuja: 2" in text
    assert "3" in text  # capacity shown next to confirmed


def test_registrations_export_as_csv_and_xlsx(client, editor, registrations):
    client.force_login(editor)
    csv_response = client.get(f"/admin/events/registrations/?event={registrations.pk}&export=csv")
    assert csv_response.status_code == 200
    content = b"".join(csv_response.streaming_content).decode("utf-8-sig") if csv_response.streaming else csv_response.content.decode()
    assert "essi@example.fi" in content and "Vegaani" in content
    assert content.count("\n") >= 5
    xlsx_response = client.get(f"/admin/events/registrations/?event={registrations.pk}&export=xlsx")
    assert xlsx_response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(xlsx_response.streaming_content) if xlsx_response.streaming else xlsx_response.content))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert len(rows) == 5
    assert any("olli@example.fi" in row for row in rows)


def test_registrations_button_on_the_event_edit_page(client, editor, registrations):
    client.force_login(editor)
    response = client.get(f"/admin/pages/{registrations.pk}/edit/")
    assert response.status_code == 200
    assert f"/admin/events/registrations/?event={registrations.pk}" in response.content.decode()


def test_editors_cannot_add_registrations_past_the_form(client, editor, registrations):
    client.force_login(editor)
    assert client.get("/admin/events/registrations/new/").status_code in (302, 403)


def test_editor_creates_an_event_in_the_admin(client, editor, events_tree):
    client.force_login(editor)
    index = events_tree["index_fi"]
    data = nested_form_data(
        {
            "title": "Uusi foorumi",
            "slug": "uusi-foorumi",
            "lead": "Tervetuloa.",
            "start": "2031-03-17 13:00",
            "end": "2031-03-17 16:00",
            "status": "scheduled",
            "is_free": "on",
            "waiting_list_size": "0",
            "ask_organisation": "optional",
            "ask_municipality": "hidden",
            "ask_dietary": "hidden",
            "ask_accessibility": "optional",
            "ask_message": "hidden",
            "body": streamfield([("text", rich_text("<p>Ohjelma.</p>"))]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/events/eventpage/{index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert EventPage.objects.get(slug="uusi-foorumi").live


def test_end_before_start_is_refused_in_the_admin(client, editor, events_tree):
    client.force_login(editor)
    index = events_tree["index_fi"]
    data = nested_form_data({
        "title": "Väärin", "slug": "vaarin", "lead": "x", "start": "2031-03-17 13:00", "end": "2031-03-16 16:00",
        "status": "scheduled", "is_free": "on", "waiting_list_size": "0", "ask_organisation": "optional",
        "ask_municipality": "hidden", "ask_dietary": "hidden", "ask_accessibility": "optional", "ask_message": "hidden",
        "body": streamfield([]),
    })
    response = client.post(f"/admin/pages/add/events/eventpage/{index.pk}/", data)
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="vaarin").exists()


def test_audience_and_keyword_snippets_are_in_the_admin(client, editor, events_tree):
    client.force_login(editor)
    assert client.get("/admin/snippets/events/audience/").status_code == 200
    assert client.get("/admin/snippets/events/keyword/").status_code == 200


def test_preview_of_a_new_event_shows_the_registration_form(client, editor, events_tree):
    client.force_login(editor)
    index = events_tree["index_fi"]
    data = nested_form_data({
        "title": "Esikatselu", "slug": "esikatselu", "lead": "Tule.", "start": "2031-03-17 13:00", "end": "2031-03-17 16:00",
        "status": "scheduled", "is_free": "on", "waiting_list_size": "0", "ask_organisation": "optional",
        "ask_municipality": "hidden", "ask_dietary": "hidden", "ask_accessibility": "optional", "ask_message": "hidden",
        "registration_enabled": "on", "capacity": "10", "body": streamfield([]),
    })
    preview_url = f"/admin/pages/add/events/eventpage/{index.pk}/preview/"
    assert client.post(preview_url, data).json()["is_valid"]
    response = client.get(preview_url)
    assert response.status_code == 200
    assert "Esikatselu" in response.content.decode() and 'name="email"' in response.content.decode()


def test_cancelling_in_the_admin_moves_the_waiting_list_up(client, editor, registrations):
    from django.core import mail

    client.force_login(editor)
    essi = Registration.objects.get(email="essi@example.fi")
    response = client.post(
        f"/admin/events/registrations/edit/{essi.pk}/",
        {"status": "cancelled", "name": essi.name, "email": essi.email, "organisation": "", "dietary_needs": "Vegaani"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Registration.objects.get(pk=essi.pk).status == Registration.CANCELLED
    assert Registration.objects.get(email="jonna@example.fi").status == Registration.CONFIRMED
    assert sorted(message.to[0] for message in mail.outbox) == ["essi@example.fi", "jonna@example.fi"]
