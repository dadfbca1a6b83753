"""The shared spam protection of public forms: honeypot and rate limit."""

import pytest
from django import forms
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from home.abuse import HoneypotMixin, is_rate_limited, parse_rate, rate_limit


class FeedbackForm(HoneypotMixin, forms.Form):
    message = forms.CharField()


def test_a_form_with_the_honeypot_left_empty_is_valid():
    assert FeedbackForm(data={"message": "Hei", "website_address": ""}).is_valid()


def test_a_filled_honeypot_makes_the_form_invalid_with_a_message():
    form = FeedbackForm(data={"message": "Hei", "website_address": "http://spam.example"})
    assert not form.is_valid()
    assert form.errors["website_address"] == ["Lomaketta ei voitu lähettää. Yritä uudelleen."]


@pytest.mark.parametrize(("rate", "expected"), [("5/10m", (5, 600)), ("1/s", (1, 1)), ("100/d", (100, 86400))])
def test_rates_are_parsed(rate, expected):
    assert parse_rate(rate) == expected


def test_a_client_is_limited_after_its_quota_and_others_are_not():
    factory = RequestFactory()
    first, second = factory.post("/", REMOTE_ADDR="10.0.0.1"), factory.post("/", REMOTE_ADDR="10.0.0.2")
    assert [is_rate_limited(first, "test", "3/h") for _ in range(4)] == [False, False, False, True]
    assert not is_rate_limited(second, "test", "3/h")
    assert not is_rate_limited(first, "other-scope", "3/h")


@override_settings(RATE_LIMITS={"test": "1/h"})
def test_settings_override_a_scopes_rate():
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.3")
    assert [is_rate_limited(request, "test", "100/h") for _ in range(2)] == [False, True]


@pytest.mark.django_db
def test_the_decorator_answers_429_in_the_visitors_language(site_tree):
    view = rate_limit("test-view", "1/h")(lambda request: HttpResponse("ok"))
    request = RequestFactory().post("/sv/", REMOTE_ADDR="10.0.0.4", HTTP_ACCEPT_LANGUAGE="sv")
    from django.utils import translation

    with translation.override("sv"):
        assert view(request).status_code == 200
        response = view(request)
    assert response.status_code == 429
    assert "För många" in response.content.decode()
    assert response["Retry-After"]


def test_get_requests_are_not_counted_by_the_decorator():
    view = rate_limit("test-get", "1/h")(lambda request: HttpResponse("ok"))
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.5")
    assert [view(request).status_code for _ in range(3)] == [200, 200, 200]
