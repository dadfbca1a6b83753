"""Registering, the waiting list, refusals, bad input and cancelling."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import Registration

from .conftest import add_event

pytestmark = pytest.mark.django_db

VALID = {"name": "Essi Esimerkki", "email": "essi@example.fi", "organisation": "Kyläyhdistys ry"}


def post(client, event, **changes):
    return client.post(event.url, {**VALID, **changes})


def token_from_mail(message):
    return re.search(r"/events/registration/([\w-]+)/", message.body).group(1)


def test_registration_is_confirmed_with_an_email_and_a_confirmation_page(client, forum):
    response = post(client, forum)
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.status == Registration.CONFIRMED
    assert len(registration.token) >= 40
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["essi@example.fi"]
    assert "Järjestöfoorumi" in message.subject
    assert token_from_mail(message) == registration.token
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Kiitos ilmoittautumisesta" in page.text


def test_full_event_offers_the_waiting_list_and_then_says_it_is_full(client, forum):
    for number in range(3):
        assert post(client, forum, email=f"p{number}@example.fi").status_code == 302
    page = client.get(forum.url)
    assert "Liity jonoon" in page.text
    assert post(client, forum, email="w1@example.fi").status_code == 302
    assert post(client, forum, email="w2@example.fi").status_code == 302
    assert Registration.objects.filter(status=Registration.WAITING).count() == 2
    assert "jonossa" in mail.outbox[-1].subject.lower() or "jono" in mail.outbox[-1].body.lower()
    page = client.get(forum.url)
    assert "Tapahtuma on täynnä ja jonokin" in page.text
    assert 'name="email"' not in page.text
    response = post(client, forum, email="late@example.fi")
    assert response.status_code == 400
    assert not Registration.objects.filter(email="late@example.fi").exists()


def test_closed_registration_says_so(client, events_tree):
    event = add_event(events_tree["index_fi"], title="Suljettu", registration_enabled=True,
                      registration_closes=timezone.now() - timedelta(hours=1))
    page = client.get(event.url)
    assert "Ilmoittautuminen on päättynyt" in page.text
    assert post(client, event).status_code == 400
    assert not Registration.objects.exists()


def test_duplicate_email_is_refused_with_a_clear_message(client, forum):
    post(client, forum)
    response = post(client, forum, email="ESSI@example.fi", name="Toinen")
    assert response.status_code == 400
    assert "on jo ilmoittauduttu" in response.text
    assert Registration.objects.count() == 1


BAD_INPUT = [
    ({"name": ""}, "Kirjoita nimesi."),
    ({"email": ""}, "Kirjoita sähköpostiosoitteesi."),
    ({"email": "ei-osoite"}, "muodossa nimi@example.fi"),
    ({"organisation": ""}, "Tämä kenttä vaaditaan."),
    ({"dietary_needs": "x" * 501}, "enintään 500"),
    ({"name": "x" * 151}, "enintään 150"),
]


def test_bad_input_gives_a_clear_message_and_keeps_what_was_typed(client, forum):
    forum.ask_organisation = "required"
    forum.save_revision().publish()
    for changes, message in BAD_INPUT:
        response = post(client, forum, **{"name": "Essi Esimerkki", "dietary_needs": "Gluteeniton", **changes})
        assert response.status_code == 400, changes
        assert message in response.text, changes
        assert 'id="registration-errors"' in response.text and 'role="alert"' in response.text
        assert 'aria-invalid="true"' in response.text
        if "name" not in changes:
            assert 'value="Essi Esimerkki"' in response.text
        if "dietary_needs" not in changes:
            assert 'value="Gluteeniton"' in response.text
    assert not Registration.objects.exists()


def test_errors_are_tied_to_their_fields(client, forum):
    response = post(client, forum, email="ei-osoite")
    assert 'aria-describedby="registration-email-help registration-email-error"' in response.text
    assert 'href="#registration-email"' in response.text


def test_consent_must_be_given_when_asked(client, forum):
    forum.consent_text = "Hyväksyn kuvaamisen."
    forum.save_revision().publish()
    response = post(client, forum)
    assert response.status_code == 400 and "Hyväksyn kuvaamisen." in response.text
    assert post(client, forum, consent="on").status_code == 302
    assert Registration.objects.get().consent_given


def test_honeypot_stores_nothing(client, forum):
    response = post(client, forum, website_address="http://spam.example.com")
    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_rate_limit_answers_429(client, forum):
    for number in range(10):
        post(client, forum, email=f"r{number}@example.fi", name="")
    response = post(client, forum)
    assert response.status_code == 429
    assert not Registration.objects.exists()


def test_cancelling_moves_the_first_on_the_waiting_list_up_and_tells_them(client, forum):
    for number in range(3):
        post(client, forum, email=f"p{number}@example.fi")
    post(client, forum, email="first@example.fi")
    post(client, forum, email="second@example.fi")
    cancelled = Registration.objects.get(email="p0@example.fi")
    mail.outbox.clear()
    url = f"/fi/events/registration/{cancelled.token}/"
    page = client.get(url)
    assert "Peru ilmoittautumiseni" in page.text
    assert Registration.objects.get(pk=cancelled.pk).status == Registration.CONFIRMED  # GET changes nothing
    response = client.post(url, {"action": "cancel"})
    assert response.status_code == 302
    assert Registration.objects.get(pk=cancelled.pk).status == Registration.CANCELLED
    assert Registration.objects.get(email="first@example.fi").status == Registration.CONFIRMED
    assert Registration.objects.get(email="second@example.fi").status == Registration.WAITING
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == ["first@example.fi", "p0@example.fi"]
    promoted = next(message for message in mail.outbox if message.to == ["first@example.fi"])
    assert "vapautui" in promoted.subject


def test_unknown_token_is_404(client, forum):
    assert client.get("/fi/events/registration/arvattu/").status_code == 404


def test_cancelled_address_can_register_again(client, forum):
    post(client, forum)
    registration = Registration.objects.get()
    client.post(f"/fi/events/registration/{registration.token}/", {"action": "cancel"})
    assert post(client, forum).status_code == 302
    assert Registration.objects.filter(status=Registration.CONFIRMED).count() == 1


def test_swedish_visitor_gets_swedish_email(client, forum, events_tree):
    from tests.conftest import publish_translation

    swedish = publish_translation(forum, events_tree["locale_sv"], title="Föreningsforum", slug="foreningsforum")
    response = client.post(swedish.url, VALID)
    assert response.status_code == 302
    assert "/sv/events/registration/" in mail.outbox[0].body
    assert "Anmälan bekräftad" in mail.outbox[0].subject


def test_registration_submission_costs_at_most_12_queries(client, forum):
    client.get(forum.url)  # warm-up: site root, locales
    with CaptureQueriesContext(connection) as queries:
        response = post(client, forum)
    assert response.status_code == 302
    assert len(queries) <= 12, "\n".join(query["sql"][:300] for query in queries)
