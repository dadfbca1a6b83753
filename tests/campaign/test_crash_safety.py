"""A join request is stored whole or not at all (the view's transaction, home.transactions.atomic_submission)."""

from unittest import mock

import pytest
from django.test import Client

from campaign.models import JoinRequest

from .test_organisations import JOIN_URL, form_data

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_crash_after_a_join_request_is_written_leaves_nothing_stored(campaign_tree):
    visitor = Client(raise_request_exception=False)
    with mock.patch("campaign.views.notify_moderators", side_effect=RuntimeError("worker crashed")):
        response = visitor.post(JOIN_URL, form_data(campaign_tree))
    assert response.status_code == 500
    assert "Lähettämääsi lomaketta ei tallennettu" in response.text
    assert not JoinRequest.objects.exists()
    assert visitor.post(JOIN_URL, form_data(campaign_tree)).status_code == 302
    assert JoinRequest.objects.get().status == JoinRequest.Status.PENDING
