"""A registration is stored whole or not at all, and a stored one stays.

Transactional tests: the view's transaction (home.transactions.atomic_submission) commits or
rolls back for real, as in production.
"""

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

from events.models import Registration

from .conftest import add_event

pytestmark = pytest.mark.django_db(transaction=True)

VALID = {"name": "Essi Esimerkki", "email": "essi@example.fi", "organisation": "Kyläyhdistys ry"}


@pytest.fixture
def workshop(events_tree):
    return add_event(events_tree["index_fi"], title="Tulevaisuuspaja", registration_enabled=True, capacity=1,
                     waiting_list_size=2)


@pytest.fixture
def visitor():
    return Client(raise_request_exception=False)


def test_a_crash_after_the_registration_is_written_leaves_nothing_stored(visitor, workshop):
    with mock.patch("events.registration.send_registration_email", side_effect=RuntimeError("worker crashed")):
        response = visitor.post(workshop.url, VALID)
    assert response.status_code == 500
    assert "Lähettämääsi lomaketta ei tallennettu" in response.text
    assert not Registration.objects.exists()
    # The place is still free: the same visitor gets it on the next try.
    assert visitor.post(workshop.url, VALID).status_code == 302
    assert Registration.objects.get().status == Registration.CONFIRMED


def test_a_database_fault_re_renders_the_form_with_the_input_and_stores_nothing(visitor, workshop):
    with mock.patch.object(Registration.objects, "create", side_effect=OperationalError("deadlock detected")):
        response = visitor.post(workshop.url, VALID)
    assert response.status_code == 503
    assert "tilapäisen häiriön vuoksi" in response.text
    assert 'value="Essi Esimerkki"' in response.text
    assert not Registration.objects.exists()


def test_a_completed_registration_is_committed_and_counts_against_the_places(visitor, workshop):
    assert visitor.post(workshop.url, VALID).status_code == 302
    assert visitor.post(workshop.url, {**VALID, "email": "toinen@example.fi"}).status_code == 302
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {"essi@example.fi": Registration.CONFIRMED, "toinen@example.fi": Registration.WAITING}
