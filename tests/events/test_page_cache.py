"""Cached event pages and listings follow registrations at once."""

import pytest
from django.test import override_settings

from .test_registration import VALID

pytestmark = pytest.mark.django_db


@override_settings(PAGE_CACHE_ENABLED=True)
def test_listing_shows_fewer_places_left_right_after_a_registration(client, forum, events_tree):
    index_url = events_tree["index_fi"].url
    client.get(index_url)
    assert client.get(index_url)["X-Page-Cache"] == "hit"
    assert "3 paikkaa jäljellä" in client.get(index_url).text
    client.post(forum.url, VALID)
    other_visitor = client_class_for(client)
    assert "2 paikkaa jäljellä" in other_visitor.get(index_url).text


@override_settings(PAGE_CACHE_ENABLED=True)
def test_page_with_a_registration_form_is_never_shared(client, forum):
    first = client.get(forum.url)
    assert 'name="csrfmiddlewaretoken"' in first.text
    assert "X-Page-Cache" not in first
    assert "X-Page-Cache" not in client.get(forum.url)


@override_settings(PAGE_CACHE_ENABLED=True)
def test_form_errors_are_never_shared(client, forum):
    response = client.post(forum.url, {**VALID, "email": "ei-osoite"})
    assert "X-Page-Cache" not in response
    assert "ei-osoite" not in client_class_for(client).get(forum.url).text


def client_class_for(client):
    """A fresh anonymous visitor without the cookies of the first one."""
    return type(client)()
