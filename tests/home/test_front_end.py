"""Nothing on the public pages blocks rendering on another origin's script or stylesheet."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from wagtail.models import Page

from tests.conftest import demo_fixture

pytestmark = pytest.mark.django_db

demo = demo_fixture()


class ResourceParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.resources = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("src"):
            self.resources.append(attrs["src"])
        elif tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            self.resources.append(attrs["href"])


@pytest.mark.slow
def test_public_pages_load_scripts_and_stylesheets_only_from_the_site(client, demo):
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    checked = 0
    for page in pages:
        response = client.get(page.get_url())
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        parser = ResourceParser()
        parser.feed(response.content.decode())
        assert parser.resources, page.url  # the site's own CSS and JS are found
        foreign = [url for url in parser.resources if urlsplit(url).netloc or urlsplit(url).scheme]
        assert not foreign, (page.url, foreign)
        checked += 1
    assert checked >= 5
