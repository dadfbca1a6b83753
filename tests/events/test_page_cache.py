"""Cached event pages and listings follow registrations at once; other pages stay stored."""

import re

import pytest
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client, override_settings

from events.models import REGISTRATIONS
from home.chrome import activity_version, content_version
from home.page_cache import CSRF_PLACEHOLDER

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
def test_page_with_a_registration_form_is_shared_but_each_visitor_gets_their_own_token(forum):
    first_visitor, second_visitor = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first = first_visitor.get(forum.url)
    second = second_visitor.get(forum.url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    for visitor, response in ((first_visitor, first), (second_visitor, second)):
        token = csrf_token_in(response)
        assert _unmask_cipher_token(token) == visitor.cookies["csrftoken"].value
        assert CSRF_PLACEHOLDER not in response.text
        assert "private" in response["Cache-Control"]
    assert first_visitor.cookies["csrftoken"].value != second_visitor.cookies["csrftoken"].value
    registered = second_visitor.post(forum.url, {**VALID, "csrfmiddlewaretoken": csrf_token_in(second)})
    assert registered.status_code == 302


@override_settings(PAGE_CACHE_ENABLED=True)
def test_a_token_from_the_shared_page_is_refused_with_another_visitors_cookie(forum):
    first_visitor, second_visitor = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first_token = csrf_token_in(first_visitor.get(forum.url))
    second_visitor.get(forum.url)
    assert second_visitor.post(forum.url, {**VALID, "csrfmiddlewaretoken": first_token}).status_code == 403
    assert not forum.registrations.exists()


@override_settings(PAGE_CACHE_ENABLED=True)
def test_page_with_a_form_is_never_gzipped_as_its_token_is_a_secret(client, forum):
    for outcome in ("miss", "hit"):
        response = client.get(forum.url, HTTP_ACCEPT_ENCODING="gzip")
        assert response["X-Page-Cache"] == outcome
        assert "Content-Encoding" not in response
        assert csrf_token_in(response)


@override_settings(PAGE_CACHE_ENABLED=True)
def test_event_page_shows_fewer_places_left_right_after_a_registration(client, forum):
    assert "3 paikkaa jäljellä" in client.get(forum.url).text
    assert client.get(forum.url)["X-Page-Cache"] == "hit"
    client.post(forum.url, VALID)
    assert "2 paikkaa jäljellä" in client_class_for(client).get(forum.url).text


@override_settings(PAGE_CACHE_ENABLED=True)
def test_form_errors_are_never_shared(client, forum):
    response = client.post(forum.url, {**VALID, "email": "ei-osoite"})
    assert "X-Page-Cache" not in response
    assert "ei-osoite" not in client_class_for(client).get(forum.url).text


def client_class_for(client):
    """A fresh anonymous visitor without the cookies of the first one."""
    return type(client)()


def csrf_token_in(response):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text).group(1)


@override_settings(PAGE_CACHE_ENABLED=True)
def test_a_registration_renders_again_only_the_pages_with_places_left(client, forum, events_tree):
    about_url, home_url = events_tree["about_fi"].url, events_tree["home_fi"].url
    for url in (about_url, home_url, forum.url):
        client.get(url)
    client.post(forum.url, VALID)
    visitor = client_class_for(client)
    assert visitor.get(about_url)["X-Page-Cache"] == "hit"
    home = visitor.get(home_url)
    assert home["X-Page-Cache"] == "miss"
    assert "2 paikkaa jäljellä" in home.text
    assert visitor.get(forum.url)["X-Page-Cache"] == "miss"
    assert visitor.get(forum.url)["X-Page-Cache"] == "hit"


@override_settings(PAGE_CACHE_ENABLED=True)
def test_places_freed_by_a_cancellation_show_at_once(client, forum):
    client.post(forum.url, VALID)
    assert "2 paikkaa jäljellä" in client_class_for(client).get(forum.url).text
    forum.registrations.get().delete()
    assert "3 paikkaa jäljellä" in client_class_for(client).get(forum.url).text


def test_a_registration_replaces_the_registrations_version_not_the_content_version(client, forum):
    content, registrations = content_version(), activity_version(REGISTRATIONS)
    client.post(forum.url, VALID)
    assert forum.registrations.count() == 1
    assert content_version() == content
    assert activity_version(REGISTRATIONS) != registrations
