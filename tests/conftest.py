"""Shared fixtures: a bilingual site tree built the way editors build it."""

import pytest
from django.conf import settings
from django.core.cache import cache
from wagtail.models import Locale, Page, Site

from home.localization import forget_locales
from tests.factories import HomePageFactory, StandardPageFactory

PLUGIN_TEST_DIRS = ["news", "toolkit", "premises", "events", "campaign", "participation", "search"]

# A plugin taken out of INSTALLED_APPS takes its tests with it.
collect_ignore = [name for name in PLUGIN_TEST_DIRS if name not in {app.split(".")[-1] for app in settings.INSTALLED_APPS}]


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache, as a fresh server would."""
    cache.clear()
    forget_locales()
    yield
    cache.clear()


@pytest.fixture
def locales(db):
    finnish = Locale.objects.get_or_create(language_code="fi")[0]
    swedish = Locale.objects.get_or_create(language_code="sv")[0]
    return {"fi": finnish, "sv": swedish}


def publish_translation(page, locale, **changes):
    """Copy a page into another locale, as wagtail-localize does, and publish it."""
    translated = page.copy_for_translation(locale)
    for field, value in changes.items():
        setattr(translated, field, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated.specific


@pytest.fixture
def site_tree(locales):
    """Finnish and Swedish home pages as the default site, with one translated page."""
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locales["fi"]))
    home_fi = HomePageFactory(parent=root, locale=locales["fi"])
    Page.objects.filter(depth=2).exclude(pk=home_fi.pk).delete()  # Wagtail's welcome page
    site, _ = Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home_fi}
    )
    home_sv = publish_translation(home_fi, locales["sv"], title="Startsida", slug="startsida", hero_title="Tillsammans är vi fler")
    about_fi = StandardPageFactory(
        parent=home_fi,
        title="Mitä järjestötoiminta on?",
        slug="mita-jarjestotoiminta-on",
        search_description="Mitä järjestöt tekevät ja miten niihin pääsee mukaan.",
    )
    about_sv = publish_translation(
        about_fi, locales["sv"], title="Vad är föreningsverksamhet?", slug="vad-ar-foreningsverksamhet"
    )
    contact_fi = StandardPageFactory(parent=home_fi, title="Yhteys", slug="yhteys")
    return {
        "site": site,
        "home_fi": home_fi,
        "home_sv": home_sv,
        "about_fi": about_fi,
        "about_sv": about_sv,
        "contact_fi": contact_fi,
    }


@pytest.fixture
def editor(db, django_user_model):
    return django_user_model.objects.create_superuser("toimittaja", "toimittaja@example.fi", "salasana-pitkä-123")
