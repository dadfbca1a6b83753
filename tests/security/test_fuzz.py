"""Hostile input to every public URL and form of the demo site: never a 5xx, never an unescaped <script>.

The URLs are found by crawling the demo site from its home pages; each URL's
query parameters are those its own filter forms and links use, plus the ones
every listing knows (page, q); the API's come from its OpenAPI schema. Values are
drawn by hypothesis from hostile ones: very long strings, null bytes, invalid
UTF-8 percent-encodings, negative and huge numbers, parameters repeated where
one value belongs, <script> tags. Every public POST form is sent once with a
<script> in each text field (and otherwise valid values) and once with hostile
values; afterwards moderated submissions are approved and no public page, feed
or admin page may show the <script> unescaped.
"""

import re
from datetime import date, timedelta
from html.parser import HTMLParser
from urllib.parse import parse_qsl, quote, urlsplit

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from hub.openapi import build_schema
from tests.conftest import demo_fixture

# Builds the whole demo site (a few minutes on a busy machine): left to the full runs.
pytestmark = [pytest.mark.django_db, pytest.mark.slow]

demo = demo_fixture()

SCRIPT = "<script>alert('yhdessa-fuzz')</script>"
HOSTILE = [
    "x" * 5000, "\x00", "a\x00b", "-1", "0", "-99999999999999999999", "99999999999999999999", "1e309", "NaN",
    "", " ", SCRIPT, "' OR '1'='1", "../../etc/passwd", "2025-13-45", "9999-99", "0000-00-00", "😀𝕏", "1,,2,", "*", "-",
    "[]", "{}", "null", "true", "\u202e", "a" * 201,
]
# Sent as they are, not encoded again: invalid UTF-8 and broken escapes.
RAW = ["%ff%fe", "%00", "%", "%zz", "%c0%af", "%ed%a0%80", "%e2%82"]
EVERY_LISTING = {"page", "q"}
MAX_CRAWL = 150
CHILDREN_PER_PARENT = 3  # enough of one listing's items: the rest are the same page type


class Links(HTMLParser):
    """Same-site links and forms (method, action, fields) of one HTML page."""

    def __init__(self):
        super().__init__()
        self.links, self.forms = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form":
            self.forms.append({"method": (attrs.get("method") or "get").lower(), "action": attrs.get("action") or "", "fields": []})
        elif tag in ("input", "textarea", "select") and self.forms and attrs.get("name"):
            self.forms[-1]["fields"].append({"tag": tag, **attrs, "options": []})
        elif tag == "option" and self.forms and self.forms[-1]["fields"] and self.forms[-1]["fields"][-1]["tag"] == "select":
            self.forms[-1]["fields"][-1]["options"].append(attrs.get("value", ""))


def parse(html):
    parser = Links()
    parser.feed(html)
    return parser


def public_path(href, base):
    parts = urlsplit(href)
    if parts.scheme not in ("", "http") or parts.netloc not in ("", "localhost", "testserver"):
        return None
    path = parts.path or base
    if not path.startswith(("/fi/", "/sv/")):
        return None
    return path


@pytest.fixture(scope="module")
def site_map(demo, django_db_blocker):
    """Crawl from the home pages: {path: query parameter names}, and the POST forms found on the way."""
    client, pages, forms, children = Client(), {}, {}, {}
    queue = ["/fi/", "/sv/"]
    with django_db_blocker.unblock():
        while queue and len(pages) < MAX_CRAWL:
            path = queue.pop(0)
            if path in pages:
                continue
            response = client.get(path)
            pages[path] = set(EVERY_LISTING)
            if "html" not in response.get("Content-Type", "") or response.status_code != 200:
                continue
            found = parse(response.content.decode())
            for href in found.links:
                target = public_path(href, path)
                if target is None:
                    continue
                if target == path:
                    pages[path].update(name for name, _value in parse_qsl(urlsplit(href).query))
                elif target not in pages and target not in queue:
                    parent = parent_of(target)
                    children[parent] = children.get(parent, 0) + 1
                    if parent.count("/") < 2 or children[parent] <= CHILDREN_PER_PARENT:  # every section, a few items of each
                        queue.append(target)
            for form in found.forms:
                names = {field["name"] for field in form["fields"]}
                if form["method"] == "get":
                    pages[path].update(names - {"csrfmiddlewaretoken"})
                elif "csrfmiddlewaretoken" in names and not form["action"].startswith("/admin/"):
                    target = public_path(form["action"], path) or path
                    forms.setdefault((parent_of(target), frozenset(names)), (target, form))
    return {"pages": pages, "forms": dict(forms.values())}


def parent_of(path):
    return path.rstrip("/").rsplit("/", 1)[0]


def representatives(pages):
    """One URL per parent path and parameter set: the rest are the same page type with other content."""
    chosen = {}
    for path, names in sorted(pages.items()):
        chosen.setdefault((parent_of(path), frozenset(names)), (path, names))
    return list(chosen.values())


def api_operations():
    operations = []
    for path, item in build_schema()["paths"].items():
        names = {parameter["name"] for parameter in item["get"]["parameters"] if parameter["in"] == "query"}
        if "{" not in path:
            operations.append((path, names))
        else:  # a detail URL: an id that exists, one that does not, one that is not a number
            operations += [(path.replace("{pk}", pk), names) for pk in ("1", "99999999999", "-1")]
    return operations


@pytest.fixture
def no_limits(settings):
    settings.RATE_LIMIT_ENABLED = False  # hundreds of requests from one address


def query_string(values):
    """``{"q": ["a", "b"]}`` → ``q=a&q=b``; RAW values are appended without encoding."""
    parts = []
    for name, items in values.items():
        for item in items:
            parts.append(f"{quote(name)}={item if item in RAW else quote(item, safe='')}")
    return "&".join(parts)


def text_of(response):
    """The body of an HTML or XML answer (feeds, iCalendar's neighbours), else ""."""
    kind = response.get("Content-Type", "")
    if getattr(response, "streaming", False) or not ("html" in kind or "xml" in kind):
        return ""
    return response.content.decode(errors="replace")


def assert_answers_without_error(client, path, query):
    response = client.get(f"{path}?{query}")
    assert response.status_code < 500, f"{path}?{query[:300]} → {response.status_code}"
    assert SCRIPT not in text_of(response), f"{path}?{query[:300]} shows the script"


def installed(*labels):
    return [label for label in labels if apps.is_installed(label)]


def test_the_crawl_found_the_site(site_map):
    """The sweep covers what the demo has: with every plugin, dozens of pages, filters and forms."""
    assert len(site_map["pages"]) >= 10
    form_plugins = installed("events", "campaign", "participation")
    assert len(site_map["forms"]) >= 2 * len(form_plugins), sorted(site_map["forms"])
    filtered = [path for path, names in site_map["pages"].items() if names - EVERY_LISTING]
    assert len(filtered) >= len(installed("news", "premises", "toolkit", "events")), filtered


def test_every_parameter_of_every_url_with_each_raw_encoding(client, site_map, no_limits):
    """Deterministic: every kind of URL once, each of its parameters repeated with every raw encoding."""
    for path, names in representatives(site_map["pages"]) + api_operations():
        assert_answers_without_error(client, path, query_string({name: RAW for name in sorted(names)}))


value = st.one_of(st.sampled_from(HOSTILE + RAW), st.text(max_size=40), st.integers().map(str))


@given(data=st.data())
@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_hostile_query_values_never_give_a_server_error(data, client, site_map, no_limits):
    targets = representatives(site_map["pages"]) + api_operations()
    path, names = data.draw(st.sampled_from(targets))
    chosen = data.draw(st.lists(st.sampled_from(sorted(names)), min_size=1, max_size=4, unique=True))
    values = {name: data.draw(st.lists(value, min_size=1, max_size=3)) for name in chosen}
    assert_answers_without_error(client, path, query_string(values))


def valid_value(field):
    """A value the field accepts, with the script wherever free text goes."""
    kind = field.get("type", "text")
    if field["tag"] == "select":
        return next((option for option in field["options"] if option), "")
    if field["name"] == "website_address":  # the honeypot stays empty
        return ""
    return {
        "email": "testi@example.fi",
        "number": "2",
        "date": (date.today() + timedelta(days=30)).isoformat(),
        "url": "https://example.fi/",
        "tel": "040 1234567",
        "checkbox": field.get("value", "on"),
        "radio": field.get("value", "on"),
        "hidden": field.get("value", ""),
    }.get(kind, SCRIPT)


def form_data(form, fill):
    data = {}
    for field in form["fields"]:
        if field.get("type") in ("file", "submit", "button"):
            continue
        data.setdefault(field["name"], fill(field))
    return data


def hostile_value(field):
    if field.get("type") == "hidden" or field["name"] == "website_address":
        return field.get("value", "")
    return ["x" * 20000, "-99999999999999999999", "a\x00b", SCRIPT]


def test_public_forms_take_hostile_input_and_never_show_a_script(client, site_map, editor, no_limits):
    before = {model: set(model.objects.values_list("pk", flat=True)) for model in apps.get_models()}
    for path, form in site_map["forms"].items():
        page = client.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
        for fill in (valid_value, hostile_value):
            data = form_data(form, fill)
            if token:
                data["csrfmiddlewaretoken"] = token.group(1)
            response = client.post(path, data)
            assert response.status_code < 500, f"POST {path} → {response.status_code}"
            assert SCRIPT not in text_of(response), f"POST {path} shows the script"

    new = {model: model.objects.exclude(pk__in=pks) for model, pks in before.items()}
    if site_map["forms"]:
        assert sum(rows.count() for rows in new.values()) >= 3, "the valid submissions were not stored"
    approve(new)

    pages = [page.url for page in Page.objects.live().public().specific() if page.url]
    shown = {path: client.get(path) for path in [*site_map["pages"], *pages]}
    for path, response in shown.items():
        assert response.status_code < 500, path
        assert SCRIPT not in text_of(response), f"{path} shows the script"
    admin = Client()
    assert admin.post("/admin/login/", {"username": "toimittaja", "password": "salasana-pitkä-123"}).status_code == 302
    for url in admin_pages(new, editor):
        response = admin.get(url)
        assert response.status_code < 500, url
        assert SCRIPT not in text_of(response), f"{url} shows the script"


def approve(new):
    """Publish what moderation would: rows with an "approved" status."""
    for model, rows in new.items():
        status = next((field for field in model._meta.fields if field.name == "status"), None)
        if status is not None and "approved" in dict(status.choices or []):
            rows.update(status="approved")


def admin_pages(new, user):
    """The admin's edit page of every new object it has one for, and the form builder's submission lists."""
    finder = AdminURLFinder(user)
    urls = [url for rows in new.values() for row in rows[:5] if (url := finder.get_edit_url(row))]
    for page in Page.objects.live().specific():
        if hasattr(page, "get_submission_class"):
            urls.append(reverse("wagtailforms:list_submissions", args=[page.pk]))
    return urls
