"""The request's Site is looked up once per host and content version, and a changed Site counts at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db


def site_queries(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, **headers).status_code == 200
    return [query["sql"] for query in queries.captured_queries if 'FROM "wagtailcore_site"' in query["sql"]]


def test_a_repeated_request_does_not_look_the_site_up_again(client, site_tree):
    assert site_queries(client, "/fi/yhteys/")
    assert not site_queries(client, "/fi/yhteys/")
    assert not site_queries(client, "/api/v2/pages/?locale=fi")


def test_a_new_site_for_a_host_serves_it_at_once(client, site_tree, locales):
    first = client.get("/fi/", HTTP_HOST="127.0.0.1").wsgi_request
    assert first._wagtail_site.root_page_id == site_tree["home_fi"].pk  # the default site, now cached for that host
    other_home = HomePageFactory(parent=site_tree["home_fi"].get_parent(), title="Toinen keskus", slug="toinen", locale=locales["fi"])
    Site.objects.create(hostname="127.0.0.1", port=80, root_page=other_home)
    request = client.get("/fi/", HTTP_HOST="127.0.0.1").wsgi_request
    assert request._wagtail_site.root_page_id == other_home.pk  # the Site this request was served with
