"""Choosers in the admin open in the language of the page or snippet being edited.

Wagtail's chooser widgets add the edited object's locale (the admin's
ACTIVE_CONTENT_LOCALE) to the chooser URL in the browser; these tests request
the chooser URLs the edit forms give, with that parameter, as the browser does.
"""

import html
import re

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation

from tests.conftest import PLUGIN_TEST_DIRS, demo_fixture

pytestmark = pytest.mark.django_db

demo = demo_fixture(*[app for app in PLUGIN_TEST_DIRS if app in settings.INSTALLED_APPS])


@pytest.fixture
def own_swedish_versions(demo):
    """The Swedish versions edited in Wagtail's own editor: their synchronisation with
    the Finnish source stopped, as an editor stops it (wagtail-localize's translation
    editor has no choosers: it syncs the chosen items from the source)."""
    Translation.objects.filter(target_locale__language_code="sv").update(enabled=False)

CHOOSER_URL = re.compile(r'(?:modalUrl\\*"\s*:\s*|data-chooser-url=)\\*"(/admin/[^"\\]+)')
SNIPPET_CHOOSER = re.compile(r"^/admin/snippets/choose/(\w+)/(\w+)/$")
ACTIVE_LOCALE = re.compile(r'"ACTIVE_CONTENT_LOCALE": "(\w+)"')


def edit_form(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return html.unescape(html.unescape(response.content.decode()))


def open_chooser(client, url, locale, **params):
    """What the chooser widget's modal requests: its URL plus the content locale."""
    response = client.get(url, {"locale": locale, **params})
    assert response.status_code == 200, url
    return response.json()["html"]


def assert_snippet_chooser_lists_only(client, url, locale):
    app_label, model_name = SNIPPET_CHOOSER.match(url).groups()
    model = apps.get_model(app_label, model_name)
    listing = open_chooser(client, url, locale)
    chosen = [int(pk) for pk in re.findall(rf"{re.escape(url)}chosen/(\d+)/", listing)]
    if not issubclass(model, TranslatableMixin):
        return
    assert set(model.objects.filter(pk__in=chosen).values_list("locale__language_code", flat=True)) <= {locale}, url
    assert model.objects.filter(locale__language_code=locale).exists() == bool(chosen), url
    # The filter stays changeable: every language is offered, the edited one selected.
    assert f'<option value="{locale}" selected>' in listing, url
    assert '<option value="">' in listing and '<option value="fi">' in listing, url


def assert_page_chooser_lists_only(client, url, locale):
    listing = open_chooser(client, url, locale, page_type="wagtailcore.page")
    shown = [int(pk) for pk in re.findall(r'class="choose-page"[^>]*data-id="(\d+)"', listing)]
    assert shown and set(Page.objects.filter(pk__in=shown).values_list("locale__language_code", flat=True)) == {locale}
    assert "data-locale-selector-link" in listing and "locale=fi" in listing  # switchable to Finnish


def assert_choosers_open_in_swedish(client, form):
    assert ACTIVE_LOCALE.search(form).group(1) == "sv"
    urls = set(CHOOSER_URL.findall(form))
    for url in urls:
        if SNIPPET_CHOOSER.match(url):
            assert_snippet_chooser_lists_only(client, url, "sv")
        elif url == reverse("wagtailadmin_choose_page"):
            assert_page_chooser_lists_only(client, url, "sv")
    return urls


def one_swedish_page_per_type():
    pages = {}
    for page in Page.objects.filter(locale__language_code="sv", depth__gt=1).specific().order_by("path"):
        pages.setdefault(type(page), page)
    return pages


def test_every_swedish_page_editor_opens_its_choosers_in_swedish(client, own_swedish_versions, admin_user):
    client.force_login(admin_user)
    pages = one_swedish_page_per_type()
    assert len(pages) >= 5
    chooser_urls = set()
    for page in pages.values():
        form = edit_form(client, reverse("wagtailadmin_pages:edit", args=[page.pk]))
        chooser_urls |= assert_choosers_open_in_swedish(client, form)
        # The rich text editor's link chooser gets the locale from this script.
        assert "home/js/chooser-locale.js" in form

    expected = ["home.ContactPerson"] + [label for app, label in [
        ("news", "news.NewsCategory"), ("toolkit", "toolkit.Topic"),
        ("events", "home.Organisation"), ("events", "home.Municipality"),
    ] if app in settings.INSTALLED_APPS]
    assert reverse("wagtailadmin_choose_page") in chooser_urls
    assert {snippet_chooser_url(label) for label in expected} <= chooser_urls


def snippet_chooser_url(label):
    return reverse(apps.get_model(label).snippet_viewset.chooser_viewset.get_url_name("choose"))


def test_every_swedish_snippet_editor_opens_its_choosers_in_swedish(client, own_swedish_versions, admin_user):
    client.force_login(admin_user)
    edited = []
    for model in get_snippet_models():
        if not issubclass(model, TranslatableMixin):
            continue
        snippet = model.objects.filter(locale__language_code="sv").first()
        if snippet is None:
            continue
        edit_url = reverse(model.snippet_viewset.get_url_name("edit"), args=[snippet.pk])
        assert_choosers_open_in_swedish(client, edit_form(client, edit_url))
        edited.append(model._meta.model_name)
    assert {"contactperson", "organisation", "municipality"} <= set(edited)


def test_swedish_pages_offer_only_swedish_items_to_tick(client, own_swedish_versions, admin_user):
    client.force_login(admin_user)
    checked_fields = 0
    for model, page in one_swedish_page_per_type().items():
        fields = [field for field in model._meta.get_fields() if isinstance(field, ParentalManyToManyField)
                  and issubclass(field.related_model, TranslatableMixin)]
        if not fields:
            continue
        form = edit_form(client, reverse("wagtailadmin_pages:edit", args=[page.pk]))
        for field in fields:
            offered = re.findall(rf'type="checkbox" name="{field.name}" value="(\d+)"', form)
            assert offered, field
            languages = field.related_model.objects.filter(pk__in=offered).values_list("locale__language_code", flat=True)
            assert set(languages) == {"sv"}, field
            checked_fields += 1
    if {"events", "premises"} & set(settings.INSTALLED_APPS):
        assert checked_fields
