"""No leaks, proven: what is not live and public never leaves the site, whichever way it is asked for.

For every installed page type the module builds a draft, a page behind a password,
one for logged-in users, one for a group, an expired page (expired by the scheduler)
and a Swedish translation never published and one unpublished, plus documents in
private collections, each with a unique marker in its title, slug and text fields.
Then every public channel is fetched, as an anonymous visitor and as logged-in users
without rights, and no marker may appear in any answer. The URLs come from the
registries (page models, the sitemap, routable pages' routes, links and GET forms on
the pages, the API router), so a new page type or endpoint is covered without editing
this file; a page type without a recipe in ``RECIPES`` fails the module.

Each channel also has to show some public control content, so a check cannot pass
because the channel answered nothing.
"""

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from html.parser import HTMLParser
from io import StringIO
from urllib.parse import quote, urlencode, urljoin, urlsplit

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.validators import MaxLengthValidator, ProhibitNullCharactersValidator
from django.db import models, transaction
from django.test import Client
from django.utils import timezone
from django.utils.text import slugify
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Site, get_page_models

from home.localization import forget_locales
from home.roles import AGENTS
from hub.api import api_router
from tests.conftest import build_site_tree, get_locales, log_in

COMMON_WORD = "zqxyhteinen"  # in every marked page, hidden or public: one search finds them all
PASSWORD = "salasana-pitkä-123"
VISITORS = ["anonymous", "association_agent"]
PAGE_VARIANTS = ["draft", "password", "login", "group", "expired", "translation_draft", "translation_unpublished"]
# Pages and documents restricted to logged-in users are, by design, shown to any logged-in user at their own address.
SHOWN_TO_LOGGED_IN = {"login"}
MAX_CRAWL = 900


def letters(number):
    """0 → "a", 25 → "z", 26 → "ba": markers of letters only survive every word analyser intact."""
    text = ""
    while True:
        number, digit = divmod(number, 26)
        text = "abcdefghijklmnopqrstuvwxyz"[digit] + text
        if not number:
            return text


# Recipes: what a page type needs beyond its text fields (required values, relations
# that put it into filtered listings). Every installed page type must have one.


def municipality_of(page, world):
    page.municipality = world.municipality


def news_page(page, world):
    from news.models import NewsPageCategory

    page.date = timezone.localdate()
    page.news_categories.add(NewsPageCategory(category=world.snippets["news_category"], locale=page.locale))
    page.tags.add("zqxtagi")


def guide_page(page, world):
    from toolkit.models import GuidePageTopic

    page.for_associations = page.for_municipalities = True
    page.guide_topics.add(GuidePageTopic(topic=world.snippets["topic"]))


def premises_page(page, world):
    page.municipality = world.municipality
    page.capacity = 30
    page.latitude, page.longitude = Decimal("61.498150"), Decimal("23.761025")
    page.postal_code = "33100"
    page.is_free_for_associations = True
    page.step_free_entrance = True


def event_page(page, world):
    # Alternate upcoming and past events so that both listings would show a leak.
    start = timezone.now().replace(microsecond=0) + timedelta(days=10 if world.counter % 2 else -10)
    page.start, page.end = start, start + timedelta(hours=3)
    page.municipality = world.municipality
    page.is_free = True


def campaign_page(page, world):
    page.hashtag = "#" + page.title.split()[0]
    page.starts_on = date.today() - timedelta(days=30)
    page.ends_on = date.today() + timedelta(days=30)


def photo_contest_page(page, world):
    page.entries_close_at = timezone.now() + timedelta(days=30)


def nothing(page, world):
    pass


RECIPES = {
    "home.HomePage": nothing,
    "home.StandardPage": nothing,
    "news.NewsIndexPage": nothing,
    "news.NewsPage": news_page,
    "toolkit.ToolkitIndexPage": nothing,
    "toolkit.GuidePage": guide_page,
    "premises.PremisesIndexPage": nothing,
    "premises.PremisesPage": premises_page,
    "events.EventIndexPage": nothing,
    "events.EventPage": event_page,
    "campaign.CampaignPage": campaign_page,
    "campaign.CampaignBlogIndexPage": nothing,
    "campaign.CampaignBlogPost": nothing,
    "campaign.InfoPackagePage": nothing,
    "campaign.MaterialsPage": nothing,
    "campaign.ParticipatingOrganisationsPage": nothing,
    "participation.ParticipationIndexPage": nothing,
    "participation.SurveyPage": nothing,
    "participation.ContactUpdatePage": nothing,
    "participation.IdeaWallPage": nothing,
    "participation.PhotoContestPage": photo_contest_page,
    "search.SearchPage": nothing,
}


def page_types():
    return [model for model in get_page_models() if not model._meta.abstract and model is not Page]


def snippets():
    """Snippets the recipes attach, for the installed apps only."""
    made = {}
    locale = get_locales()["fi"]
    if apps.is_installed("news"):
        from news.models import NewsCategory

        made["news_category"] = NewsCategory.objects.create(name="Zqxkategoria", slug="zqxkategoria", locale=locale)
    if apps.is_installed("toolkit"):
        from toolkit.models import Topic

        made["topic"] = Topic.objects.create(name="Zqxaihe", slug="zqxaihe", locale=locale)
    return made


# Building the site --------------------------------------------------------------


@dataclass
class Hidden:
    """A page or document that must not leave the site, and the marker that would show it did."""

    variant: str
    type_label: str
    marker: str
    search_key: str
    obj: object
    url: str | None = None

    @property
    def label(self):
        return f"{self.variant} {self.type_label} ({self.marker})"


@dataclass
class World:
    municipality: object
    snippets: dict
    site_tree: dict
    containers: dict = field(default_factory=dict)  # page type → a live, public page of it with an sv translation
    hidden: list = field(default_factory=list)
    controls: list = field(default_factory=list)  # markers of public content each channel must show
    search_keys: dict = field(default_factory=dict)  # page type label → the word its pages share
    public_documents: list = field(default_factory=list)
    counter: int = 0
    group: object = None

    def next_marker(self):
        self.counter += 1
        return f"zqxsalainen{letters(self.counter)}"

    def next_control(self):
        self.counter += 1
        control = f"zqxjulkinen{letters(self.counter)}"
        self.controls.append(control)
        return control


def fill_text(page, text):
    """Put ``text`` in the title, slug and every free text field the page type has."""
    page.title = text
    page.slug = slugify(text.split()[0])
    page.seo_title = page.search_description = text
    for model_field in page._meta.concrete_fields:
        if model_field.model is Page or model_field.choices:
            continue
        if isinstance(model_field, (models.URLField, models.EmailField, models.SlugField)) or any(
            not isinstance(validator, (MaxLengthValidator, ProhibitNullCharactersValidator))
            for validator in model_field.validators
        ):
            continue  # addresses, codes and the like: not free text
        if isinstance(model_field, RichTextField):
            setattr(page, model_field.name, f"<p>{text}</p>")
        elif isinstance(model_field, (models.CharField, models.TextField)):
            limit = model_field.max_length or 10_000
            value = text if len(text) <= limit else text.split()[0]
            if len(value) <= limit:
                setattr(page, model_field.name, value)


def new_page(model, parent, world, text):
    page = model(locale=parent.locale, show_in_menus=True)
    fill_text(page, text)
    RECIPES[model._meta.label](page, world)
    return page


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


def add_live(model, parent, world, text):
    page = new_page(model, parent, world, text)
    parent.add_child(instance=page)
    return publish(page)


def parent_type(model):
    """The most specific allowed parent type (the last one named), e.g. the participation index for surveys."""
    return model.allowed_parent_page_models()[-1]


def container(model, world):
    """A live, public page of ``model`` with a Swedish translation, made once, under its own container."""
    if model is Page:
        return Page.get_first_root_node()
    if model not in world.containers:
        parent = container(parent_type(model), world)
        text = f"{world.next_control()} {world.search_keys[model._meta.label]} {COMMON_WORD}"
        page = add_live(model, parent, world, text)
        translate(page, world, f"{world.next_control()} {world.search_keys[model._meta.label]} {COMMON_WORD}").save_revision().publish()
        world.containers[model] = page
    return world.containers[model]


def translate(page, world, text):
    """The Swedish copy wagtail-localize would make, with ``text`` in it (not yet published)."""
    translated = page.copy_for_translation(get_locales()["sv"]).specific
    fill_text(translated, text)
    RECIPES[type(page)._meta.label](translated, world)
    translated.save()
    return translated


def hide(model, variant, world):
    """One hidden page of ``model`` in the state ``variant`` names; returns its marker's record."""
    label = model._meta.label
    parent = container(parent_type(model), world)
    marker = world.next_marker()
    text = f"{marker} {world.search_keys[label]} {COMMON_WORD}"
    if variant.startswith("translation"):
        source = add_live(model, parent, world, f"{world.next_control()} {world.search_keys[label]} {COMMON_WORD}")
        page = translate(source, world, text)
        revision = page.save_revision()
        if variant == "translation_unpublished":
            revision.publish()
            page.refresh_from_db()
            page.unpublish()
    else:
        page = new_page(model, parent, world, text)
        if variant == "draft":
            page.live = False
            parent.add_child(instance=page)
            page.save_revision()
        else:
            parent.add_child(instance=page)
            page = publish(page)
            if variant == "expired":
                Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=5))
            else:
                restriction = {"password": PageViewRestriction.PASSWORD, "login": PageViewRestriction.LOGIN,
                               "group": PageViewRestriction.GROUPS}[variant]
                view_restriction = PageViewRestriction.objects.create(
                    page=page, restriction_type=restriction, password=PASSWORD if variant == "password" else ""
                )
                if variant == "group":
                    view_restriction.groups.add(world.group)
    page = Page.objects.get(pk=page.pk)
    url_parts = page.get_url_parts()
    return Hidden(variant, label, marker, world.search_keys[label], page, url_parts[2] if url_parts else None)


def private_documents(world):
    """A document in a password, a login and a group collection, and one public control document."""
    root = Collection.get_first_root_node()
    documents = []
    for variant, restriction in [("password", CollectionViewRestriction.PASSWORD),
                                 ("login", CollectionViewRestriction.LOGIN), ("group", CollectionViewRestriction.GROUPS)]:
        collection = root.add_child(name=f"Yksityinen {variant}")
        view_restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=restriction, password=PASSWORD if variant == "password" else ""
        )
        if variant == "group":
            view_restriction.groups.add(world.group)
        # A sub-collection inherits the restriction.
        inner = collection.add_child(name=f"Sisempi {variant}")
        marker = world.next_marker()
        document = get_document_model().objects.create(
            title=f"{marker} {COMMON_WORD}", collection=inner,
            file=SimpleUploadedFile(f"{marker}.txt", f"{marker}\n".encode()),
        )
        documents.append(Hidden(f"document_{variant}", "wagtaildocs.Document", marker, COMMON_WORD, document, document.url))
    control = world.next_control()
    public = get_document_model().objects.create(
        title=f"{control} {COMMON_WORD}", collection=root, file=SimpleUploadedFile(f"{control}.txt", f"{control}\n".encode())
    )
    world.public_documents.append(public)
    return documents


def build_world():
    locales = get_locales()
    site_tree = build_site_tree(locales)
    from home.models import Municipality

    world = World(
        municipality=Municipality.objects.create(name="Zqxkunta", code="999", locale=locales["fi"]),
        snippets=snippets(),
        site_tree=site_tree,
        group=Group.objects.create(name="Hallitus"),
    )
    types = page_types()
    missing = sorted(model._meta.label for model in types if model._meta.label not in RECIPES)
    assert not missing, f"No leak fixture for page types {missing}: add a recipe to RECIPES in {__name__}"
    world.search_keys = {model._meta.label: f"zqxhaku{letters(number)}" for number, model in enumerate(types)}
    from home.models import HomePage, StandardPage

    world.containers = {HomePage: site_tree["home_fi"], StandardPage: site_tree["about_fi"]}
    for model in types:  # a live page of every type in both languages: the public content channels must show
        container(model, world)
    for model in types:
        for variant in PAGE_VARIANTS:
            world.hidden.append(hide(model, variant, world))
    world.hidden.extend(private_documents(world))
    call_command("publish_scheduled", stdout=StringIO())  # the scheduler expires the expired pages
    assert not Page.objects.filter(expire_at__lt=timezone.now(), live=True).exists()
    return world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield build_world()
            transaction.set_rollback(True)
    Site.clear_site_root_paths_cache()
    forget_locales()


def make_user(django_user_model, username, *groups):
    user = django_user_model.objects.create_user(username, f"{username}@example.fi", PASSWORD)
    user.groups.add(*groups)
    return user


@pytest.fixture
def visitor(request, world, client, django_user_model):
    """A client for the named visitor: logged in through the admin's form where it has an account."""
    name = request.param
    if name == "association_agent":
        call_command("setup_roles", stdout=StringIO())
        make_user(django_user_model, "agentti", Group.objects.get(name=AGENTS))
        log_in(client, "agentti", PASSWORD)
    client.visitor_name = name
    return client


# Fetching -----------------------------------------------------------------------


@dataclass
class Answer:
    url: str
    status: int
    content_type: str
    text: str
    location: str = ""


def fetch(client, url):
    response = client.get(url)
    if getattr(response, "streaming", False):
        body = b"".join(response.streaming_content)
    else:
        body = response.content
    text = body.decode("utf-8", "replace")
    # iCalendar folds long lines; unfold so that a marker split over two lines is still seen.
    text = text.replace("\r\n ", "").replace("\n ", "")
    return Answer(url, response.status_code, response.get("Content-Type", ""), text, response.get("Location", ""))


class LinkParser(HTMLParser):
    """Links (a, link) and GET forms with their fields, enough to follow what a visitor can reach."""

    def __init__(self):
        super().__init__()
        self.links = []
        self.forms = []
        self.json_ld = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        # Addresses scripts fetch, e.g. a map's data-geojson.
        self.links += [value for name, value in attrs.items() if name.startswith("data-") and (value or "").startswith("/")]
        if tag in ("a", "link") and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form" and (attrs.get("method") or "get").lower() == "get":
            self.forms.append({"action": attrs.get("action") or "", "fields": []})
        elif tag in ("input", "select", "option") and self.forms:
            self.forms[-1]["fields"].append((tag, attrs))
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data


def form_urls(form, page_url):
    """One address per choice a GET form offers (each option, box or button) and the shared word for text boxes."""
    action = urljoin(page_url, form["action"]) if form["action"] else page_url
    hidden = [(attrs.get("name"), attrs.get("value", "")) for tag, attrs in form["fields"]
              if tag == "input" and attrs.get("type") == "hidden" and attrs.get("name")]
    choices, select_name = [], None
    for tag, attrs in form["fields"]:
        kind = attrs.get("type", "text")
        if tag == "select":
            select_name = attrs.get("name")
        elif tag == "option" and select_name:
            choices.append((select_name, attrs.get("value", "")))
        elif tag == "input" and attrs.get("name") and kind in ("checkbox", "radio"):
            choices.append((attrs["name"], attrs.get("value", "on")))
        elif tag == "input" and attrs.get("name") and kind in ("text", "search"):
            choices.append((attrs["name"], COMMON_WORD))
    return [f"{action}?{urlencode(hidden + [choice])}" for choice in choices if choice[1]]


def is_site_url(url):
    parts = urlsplit(url)
    if parts.scheme not in ("", "http", "https") or parts.netloc not in ("", "testserver", "localhost"):
        return False
    return not parts.path.startswith(("/admin/", "/static/", "/media/", "/api/", "/documents/"))


def local(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def routable_urls(page):
    """A live page's own routes without parameters: feeds, calendars, archives, PDF versions."""
    if not isinstance(page, RoutablePageMixin):
        return []
    base = page.get_url()
    return [base + str(pattern.pattern) for pattern in page.get_subpage_urls()
            if str(pattern.pattern) and not getattr(pattern.pattern, "converters", None)]


def sitemap_urls(client):
    answer = fetch(client, "/sitemap.xml")
    return [local(url) for url in re.findall(r"<loc>([^<]+)</loc>", answer.text)]


_crawls = {}


def is_listing(page):
    """A page that lists others (a home or index page): where hidden pages would show up."""
    return bool(page.specific_class.allowed_subpage_models())


def crawl(client):
    """Every live page from the sitemap with its routes, and what the listing pages link to or filter by."""
    if client.visitor_name in _crawls:
        return _crawls[client.visitor_name]
    live = {page.get_url(): page for page in Page.objects.live().public().specific() if page.get_url()}
    seeds = ["/", *sitemap_urls(client)]
    seeds += [url for page in live.values() for url in routable_urls(page)]
    answers, queue, seen = {}, [(url, True) for url in seeds], set()
    while queue and len(answers) < MAX_CRAWL:
        url, expand = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        answer = answers[url] = fetch(client, url)
        if not is_html(answer):
            continue
        parser = LinkParser()
        parser.feed(answer.text)
        answer.json_ld = parser.json_ld
        if not expand or url not in live or not is_listing(live[url]):
            continue
        found = [urljoin(url, link) for link in parser.links] + [link for form in parser.forms for link in form_urls(form, url)]
        queue.extend((local(link).split("#")[0], False) for link in found if is_site_url(link))
    _crawls[client.visitor_name] = list(answers.values())
    return _crawls[client.visitor_name]


def is_html(answer):
    return "html" in answer.content_type


def is_feed(answer):
    return any(kind in answer.content_type for kind in ("rss", "atom", "xml")) and "sitemap" not in answer.url


def is_calendar(answer):
    return "calendar" in answer.content_type


def is_json(answer):
    return "json" in answer.content_type


def json_ld_answers(client, world):
    return [Answer(answer.url, answer.status, "application/ld+json", "\n".join(answer.json_ld))
            for answer in crawl(client) if getattr(answer, "json_ld", None)]


def search_forms(client):
    """GET forms with a text box found on the site's pages, by action: the site search, whatever its address."""
    actions = {}
    for answer in crawl(client):
        if not is_html(answer) or "?" in answer.url:
            continue
        parser = LinkParser()
        parser.feed(answer.text)
        for form in parser.forms:
            names = [attrs.get("name") for tag, attrs in form["fields"]
                     if tag == "input" and attrs.get("type", "text") in ("text", "search") and attrs.get("name")]
            if names:
                actions[urljoin(answer.url, form["action"]) if form["action"] else answer.url] = names[0]
    return actions


def search_html_answers(client, world):
    actions = search_forms(client)
    assert actions, "no search form found on the site"
    return [fetch(client, f"{local(action)}?{urlencode({name: key})}")
            for action, name in actions.items() for key in [COMMON_WORD, *world.search_keys.values()]]


def endpoints():
    return sorted(api_router._endpoints.items())


def endpoint_url(name, route=""):
    return f"/api/v2/{name}/{route}"


def endpoints_for(model):
    """The endpoints that would serve ``model`` in detail: Wagtail's pages one and the model's own."""
    return [name for name, endpoint in endpoints() if isinstance(getattr(endpoint, "model", None), type)
            and issubclass(model, endpoint.model) and "detail" in {pattern.name for pattern in endpoint.get_urlpatterns()}]


def is_pages_endpoint(endpoint):
    return isinstance(endpoint, type) and issubclass(endpoint, PagesAPIViewSet)


def all_items(client, url, params):
    """Every page of an API listing, following offset up to meta.total_count."""
    answers, offset = [], 0
    while True:
        answer = fetch(client, f"{url}?{urlencode({**params, 'limit': 50, 'offset': offset})}")
        answers.append(answer)
        try:
            total = json.loads(answer.text)["meta"]["total_count"]
        except (ValueError, KeyError, TypeError):
            return answers
        offset += 50
        if offset >= total:
            return answers


def search_api_answers(client, world):
    answers = []
    for name, endpoint in endpoints():
        patterns = [str(pattern.pattern) for pattern in endpoint.get_urlpatterns()]
        for route in patterns:
            if "<" in route or "(?P" in route:
                continue
            for key in [COMMON_WORD, *world.search_keys.values()]:
                if is_pages_endpoint(endpoint) and name == "pages":
                    for locale in ("fi", "sv"):
                        answers += all_items(client, endpoint_url(name, route), {"search": key, "locale": locale, "fields": "*"})
                elif not is_pages_endpoint(endpoint) and "q" in getattr(endpoint, "known_parameters", ()):
                    for locale in ("fi", "sv"):
                        answers.append(fetch(client, endpoint_url(name, route) + "?" + urlencode({"q": key, "locale": locale})))
    return answers


def api_answers(client, world):
    """Every endpoint of the API router: listings with every field, each page type, details and html_path look-ups."""
    answers = []
    for name, endpoint in endpoints():
        if name == "page_preview":
            continue
        for pattern in endpoint.get_urlpatterns():
            route = str(pattern.pattern)
            if "<" in route or "(?P" in route:
                continue
            if is_pages_endpoint(endpoint):
                param_sets = [{}, {"fields": "*"}, {"fields": "*", "locale": "fi"}, {"fields": "*", "locale": "sv"}]
                if name == "pages":
                    param_sets += [{"type": model._meta.label, "fields": "*"} for model in page_types()]
                for params in param_sets:
                    answers += all_items(client, endpoint_url(name, route), params)
                if route == "find/" and name == "pages":
                    for item in world.hidden:
                        if item.url and isinstance(item.obj, Page):
                            answers.append(fetch(client, endpoint_url(name, route) + "?" + urlencode({"html_path": item.url})))
            else:
                for params in [{}, {"locale": "fi"}, {"locale": "sv"}, {"fields": "*"}]:
                    answers += all_items(client, endpoint_url(name, route), params)
    for item in world.hidden:
        model = item.obj.specific_class if isinstance(item.obj, Page) else type(item.obj)
        for name in endpoints_for(model):
            answer = fetch(client, endpoint_url(name, f"{item.obj.pk}/"))
            assert answer.status == 404, f"{answer.url} answered {answer.status} for the {item.label}"
            answers.append(answer)
    return answers


def preview_answers(client, world):
    """The headless preview endpoint without a valid token, for every page type."""
    answers = []
    for model in page_types():
        content_type = f"{model._meta.app_label}.{model._meta.model_name}"
        for params in [{"content_type": content_type}, {"content_type": content_type, "token": "x"},
                       {"content_type": content_type, "token": f"id={model.objects.filter(live=False).first().pk if model.objects.filter(live=False).exists() else 0}"}]:
            answer = fetch(client, endpoint_url("page_preview") + "?" + urlencode(params))
            assert answer.status in (400, 403), f"{answer.url} answered {answer.status}"
            answers.append(answer)
    return answers


def direct_answers(client, world):
    """The hidden pages' and documents' own addresses (and a page's routes): a 404, a log-in or password form."""
    answers = []
    for item in world.hidden:
        if not item.url or (client.visitor_name != "anonymous" and item.variant.removeprefix("document_") in SHOWN_TO_LOGGED_IN):
            continue
        urls = [item.url]
        if isinstance(item.obj, Page) and isinstance(item.obj.specific, RoutablePageMixin):
            urls += [item.url + str(pattern.pattern) for pattern in item.obj.specific.get_subpage_urls()
                     if str(pattern.pattern) and not getattr(pattern.pattern, "converters", None)]
        for url in urls:
            answer = fetch(client, url)
            refused = (
                answer.status == 404
                or (answer.status == 302 and "login" in answer.location)
                or (answer.status == 200 and 'type="password"' in answer.text)
            )
            assert refused, f"{url} ({item.label}) answered {answer.status} {answer.location}"
            # The password form sends the visitor back to the address they asked for: that echo is no leak.
            answer.text = answer.text.replace(url, "").replace(quote(url, safe=""), "").replace(quote(url), "")
            answers.append(answer)
    return answers


def document_answers(client, world):
    return [fetch(client, document.url) for document in world.public_documents]


CHANNELS = {
    "html": lambda client, world: [answer for answer in crawl(client) if is_html(answer)],
    "json_ld": json_ld_answers,
    "sitemap": lambda client, world: [fetch(client, "/sitemap.xml")],
    "feeds": lambda client, world: [answer for answer in crawl(client) if is_feed(answer)],
    "icalendar": lambda client, world: [answer for answer in crawl(client) if is_calendar(answer)],
    "json": lambda client, world: [answer for answer in crawl(client) if is_json(answer)],
    "search_html": search_html_answers,
    "search_api": search_api_answers,
    "api": api_answers,
    "preview": preview_answers,
    "direct": direct_answers,
    "documents": document_answers,
}
# Channels a plugin provides: with none of them installed there is nothing to check.
CHANNEL_PROVIDERS = {
    "json_ld": {"news", "events", "premises"},
    "feeds": {"news", "campaign"},
    "icalendar": {"events"},
    "json": {"premises"},
    "search_html": {"search"},
}
# Channels that answer with refusals only: nothing public is expected in them.
WITHOUT_CONTROLS = {"preview", "direct"}


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    """The sweep sends thousands of requests from one address; tests/security/test_rate_limits.py tests the limits."""
    settings.RATE_LIMIT_ENABLED = False


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.parametrize("visitor", VISITORS, indirect=True)
@pytest.mark.parametrize("channel", CHANNELS)
def test_nothing_hidden_leaks(channel, visitor, world):
    providers = CHANNEL_PROVIDERS.get(channel)
    if providers and not any(apps.is_installed(app) for app in providers):
        pytest.skip(f"the {channel} channel comes from {', '.join(sorted(providers))}, none of them installed")
    answers = CHANNEL_FETCHERS(channel)(visitor, world)
    assert answers, f"the {channel} channel gave nothing to check"
    errors = [f"{answer.url} → {answer.status}" for answer in answers if answer.status >= 500]
    assert not errors, f"server errors in {channel}: {errors}"
    leaks = [f"{item.label} in {answer.url}" for answer in answers for item in world.hidden
             if item.marker in answer.text.lower()]
    assert not leaks, f"{channel} leaked to {visitor.visitor_name}:\n" + "\n".join(leaks[:40])
    if channel not in WITHOUT_CONTROLS:
        assert any(control in answer.text.lower() for answer in answers for control in world.controls), (
            f"{channel} showed no public control content either: the check would prove nothing"
        )


def CHANNEL_FETCHERS(channel):
    return CHANNELS[channel]
