"""API listings keep their count, page of ids and items' JSON per content version: never stale.

A repeated listing runs no COUNT, no sort over the matching rows and no read of
its items; any change to what it lists is in the next answer.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

URL = "/api/v2/pages/?type=home.StandardPage&locale=fi&order=title"


def listing(client, url=URL):
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    body = response.json()
    return body["meta"]["total_count"], [item["title"] for item in body["items"]]


def test_a_repeated_listing_is_answered_without_count_or_reading_its_items(client, site_tree):
    first = listing(client)
    with CaptureQueriesContext(connection) as queries:
        assert listing(client) == first
    sql = [query["sql"] for query in queries.captured_queries]
    assert not any("COUNT(" in statement for statement in sql), sql
    assert not any("home_standardpage" in statement for statement in sql), sql


def test_an_item_kept_for_one_listing_serves_another(client, site_tree):
    listing(client)
    with CaptureQueriesContext(connection) as queries:
        assert listing(client, URL + "&offset=1") == (2, ["Yhteys"])
    sql = [query["sql"] for query in queries.captured_queries]
    assert not any('"home_standardpage"."page_ptr_id" IN (' in statement for statement in sql), sql


def test_items_show_the_fields_and_language_asked_for(client, site_tree):
    first = client.get(URL + "&fields=-title").json()["items"][0]
    assert "title" not in first
    assert client.get(URL + "&fields=title,slug").json()["items"][0]["meta"]["slug"] == "mita-jarjestotoiminta-on"
    by_type = client.get("/api/v2/pages/?locale=fi&order=title").json()["items"]
    assert {item["meta"]["type"] for item in by_type} >= {"home.HomePage", "home.StandardPage"}


def test_a_published_page_is_listed_and_counted_at_once(client, site_tree):
    assert listing(client) == (2, ["Mitä järjestötoiminta on?", "Yhteys"])
    StandardPageFactory(parent=site_tree["home_fi"], title="Avustukset", slug="avustukset")
    assert listing(client) == (3, ["Avustukset", "Mitä järjestötoiminta on?", "Yhteys"])


def test_an_unpublished_page_leaves_the_listing_at_once(client, site_tree):
    listing(client)
    site_tree["contact_fi"].unpublish()
    assert listing(client) == (1, ["Mitä järjestötoiminta on?"])


def test_a_page_made_private_leaves_the_listing_at_once(client, site_tree):
    listing(client)
    PageViewRestriction.objects.create(page=site_tree["about_fi"], restriction_type=PageViewRestriction.LOGIN)
    assert listing(client) == (1, ["Yhteys"])


def test_a_retitled_page_is_listed_in_its_new_place(client, site_tree):
    listing(client)
    about = site_tree["about_fi"]
    about.title = "Ääni järjestöille"
    about.save_revision().publish()
    assert listing(client) == (2, ["Yhteys", "Ääni järjestöille"])


def test_each_window_filter_and_language_is_kept_apart(client, site_tree):
    listing(client)
    assert listing(client, URL + "&offset=1&limit=1") == (2, ["Yhteys"])
    assert listing(client, URL + "&title=Yhteys") == (1, ["Yhteys"])
    assert listing(client, URL.replace("locale=fi", "locale=sv")) == (1, ["Vad är föreningsverksamhet?"])
    assert listing(client, URL + "&offset=5") == (2, [])


def test_random_order_is_drawn_again_for_every_request(client, site_tree):
    for number in range(8):
        StandardPageFactory(parent=site_tree["home_fi"], title=f"Sivu {number}", slug=f"sivu-{number}")
    orders = {tuple(listing(client, "/api/v2/pages/?type=home.StandardPage&locale=fi&order=random")[1]) for _ in range(6)}
    assert len(orders) > 1  # 10 pages: six equal draws happen once in 10!⁵ runs


def test_parameters_are_checked_when_every_item_is_kept(client, site_tree):
    listing(client)
    assert client.get(URL + "&fields=no_such_field").status_code == 400
    assert client.get(URL + "&rich_text_format=no-such-format").status_code == 400
