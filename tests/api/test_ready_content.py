"""Every API response of the demo content is ready to show: rich text as HTML with
real links and embeds, images as renditions, never the original uploads."""

import pytest
from django.conf import settings
from wagtail.models import Page

from hub.api import api_router
from tests.conftest import PLUGIN_TEST_DIRS, demo_fixture

pytestmark = pytest.mark.django_db

demo = demo_fixture(*[app for app in PLUGIN_TEST_DIRS if app in settings.INSTALLED_APPS])

RAW = ["linktype=", "embedtype=", "/original_images/"]
NOT_CONTENT = {"page_preview"}  # needs a signed token; tested in test_headless_preview


def get(client, url):
    response = client.get(url)
    assert response.status_code < 500, url
    return response


def listing(client, name, **params):
    """Every page of the endpoint's listing with every field (its defaults where ``fields=*`` is not offered)."""
    query = "&".join(f"{key}={value}" for key, value in params.items())
    for fields in ("fields=*", ""):
        response = get(client, f"/api/v2/{name}/?limit=50&{fields}&{query}")
        if response.status_code == 200:
            break
    responses = [response]
    if response.status_code == 200:
        total = response.json().get("meta", {}).get("total_count", 0)
        for offset in range(50, total, 50):
            responses.append(get(client, f"/api/v2/{name}/?limit=50&offset={offset}&{fields}&{query}"))
    return responses


def api_responses(client):
    responses = []
    for name in sorted(set(api_router._endpoints) - NOT_CONTENT):
        for locale in ("fi", "sv"):
            pages = listing(client, name, locale=locale)
            if pages[0].status_code != 200:
                pages = listing(client, name)
            responses += pages
            items = [item for page in pages if page.status_code == 200 for item in page.json().get("items", [])]
            for item in items:
                if isinstance(item, dict) and "id" in item:
                    detail = get(client, f"/api/v2/{name}/{item['id']}/?fields=*")
                    if detail.status_code == 400:
                        detail = get(client, f"/api/v2/{name}/{item['id']}/")
                    responses.append(detail)
    for model in {type(page) for page in Page.objects.live().public().specific() if page.depth > 1}:
        responses += listing(client, "pages", type=model._meta.label)
    return responses


def test_no_api_response_has_raw_rich_text_or_original_images(client, demo, settings):
    settings.RATE_LIMIT_ENABLED = False  # one client walking every endpoint
    responses = api_responses(client)
    ok = [response for response in responses if response.status_code == 200]
    assert len(ok) > 50
    assert any("<a href=" in response.content.decode() for response in ok)  # rich text did come
    assert any("/media/images/" in response.content.decode() for response in ok)  # and renditions
    leaks = {
        response.request["PATH_INFO"] + "?" + response.request["QUERY_STRING"]: [raw for raw in RAW if raw in response.content.decode()]
        for response in ok
    }
    assert {url: raw for url, raw in leaks.items() if raw} == {}
