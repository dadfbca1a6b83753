"""A form answer is stored whole or not at all; a mail server fault loses no answer.

Transactional tests: the view's transaction (home.transactions.atomic_submission) commits or
rolls back for real, as in production.
"""

import smtplib
from unittest import mock

import pytest
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from participation.models import ContactDetailUpdate, Idea

from .conftest import survey_answer
from .test_contact_updates import answer as contact_answer

pytestmark = pytest.mark.django_db(transaction=True)

NOT_SAVED = "Lähettämääsi lomaketta ei tallennettu"


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


@pytest.fixture
def confirmed_survey(survey):
    survey.send_confirmation = True
    survey.save_revision().publish()
    return survey


def test_a_crash_after_a_survey_answer_is_written_leaves_nothing_stored(visitor, confirmed_survey):
    with mock.patch("participation.views.send_survey_confirmation", side_effect=RuntimeError("worker crashed")):
        response = visitor.post(confirmed_survey.url, survey_answer())
    assert response.status_code == 500
    assert NOT_SAVED in response.text
    assert not FormSubmission.objects.exists()


def test_a_mail_server_fault_keeps_the_survey_answer(visitor, confirmed_survey):
    with mock.patch("participation.views.send_mail", side_effect=smtplib.SMTPServerDisconnected("gone")):
        response = visitor.post(confirmed_survey.url, survey_answer())
    assert response.status_code == 200
    assert "Kiitos vastauksestasi" in response.text
    assert FormSubmission.objects.filter(page=confirmed_survey).count() == 1


def test_a_crash_after_a_contact_update_is_written_leaves_nothing_stored(visitor, contact_page):
    with mock.patch("participation.views.notify_editors_of_update", side_effect=RuntimeError("worker crashed")):
        response = visitor.post(contact_page.url, contact_answer())
    assert response.status_code == 500
    assert NOT_SAVED in response.text
    assert not ContactDetailUpdate.objects.exists()


def test_a_mail_server_fault_keeps_the_contact_update(visitor, contact_page):
    with mock.patch("participation.views.send_mail", side_effect=smtplib.SMTPServerDisconnected("gone")):
        response = visitor.post(contact_page.url, contact_answer())
    assert response.status_code == 200
    assert ContactDetailUpdate.objects.get().email == "outi.esimerkki@example.fi"


def test_a_crash_after_an_idea_is_written_leaves_nothing_stored(visitor, idea_wall):
    with mock.patch("participation.views.messages.success", side_effect=RuntimeError("worker crashed")):
        response = visitor.post(idea_wall.url, {"text": "Yhteinen siivoustalkoo", "name": "Pekka P.", "website_address": ""})
    assert response.status_code == 500
    assert not Idea.objects.exists()
