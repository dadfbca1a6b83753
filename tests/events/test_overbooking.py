"""No overbooking: 4N simultaneous registrations for N places on PostgreSQL."""

import threading
from datetime import timedelta

import pytest
from django.db import connection, connections
from django.utils import timezone

from events.models import Registration
from events.registration import RegistrationRefused, register

from .conftest import add_event

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks are tested on PostgreSQL (the CI's second run)"),
]

CAPACITY = 5
WAITING = 3


def test_simultaneous_registrations_never_exceed_the_places(events_tree):
    event = add_event(
        events_tree["index_fi"], title="Suosittu paja", registration_enabled=True, capacity=CAPACITY,
        waiting_list_size=WAITING, start=timezone.now() + timedelta(days=5),
    )
    barrier = threading.Barrier(4 * CAPACITY)
    outcomes = []
    lock = threading.Lock()

    def attempt(number):
        try:
            barrier.wait()
            registration = register(event, {"name": f"Osallistuja {number}", "email": f"o{number}@example.fi"}, language="fi")
            outcome = registration.status
        except RegistrationRefused as refusal:
            outcome = refusal.reason
        finally:
            connections.close_all()
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=attempt, args=(number,)) for number in range(4 * CAPACITY)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(outcomes) == 4 * CAPACITY
    assert outcomes.count(Registration.CONFIRMED) == CAPACITY
    assert outcomes.count(Registration.WAITING) == WAITING
    assert outcomes.count("full") == 4 * CAPACITY - CAPACITY - WAITING
    assert Registration.objects.filter(event=event, status=Registration.CONFIRMED).count() == CAPACITY
    assert Registration.objects.filter(event=event, status=Registration.WAITING).count() == WAITING


def test_simultaneous_registrations_with_one_address_store_one(events_tree):
    event = add_event(events_tree["index_fi"], title="Foorumi", registration_enabled=True, capacity=50)
    barrier = threading.Barrier(6)
    outcomes = []

    def attempt():
        try:
            barrier.wait()
            outcomes.append(register(event, {"name": "Essi", "email": "essi@example.fi"}, language="fi").status)
        except RegistrationRefused as refusal:
            outcomes.append(refusal.reason)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["confirmed"] + ["duplicate"] * 5
    assert Registration.objects.filter(event=event).count() == 1
