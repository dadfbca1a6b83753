"""Shared fixtures: a bilingual site tree built the way editors build it."""

from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import cache, caches
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.localization import forget_locales
from tests.factories import (
    ContactPersonFactory,
    HomePageFactory,
    OrganisationFactory,
    StandardPageFactory,
)

PLUGIN_TEST_DIRS = ["news", "toolkit", "premises", "events", "campaign", "participation", "search"]

# A plugin taken out of INSTALLED_APPS takes its tests with it.
collect_ignore = [name for name in PLUGIN_TEST_DIRS if name not in settings.INSTALLED_APPS]


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache, as a fresh server would."""
    for alias in settings.CACHES:
        caches[alias].clear()
    forget_locales()
    yield
    for alias in settings.CACHES:
        caches[alias].clear()


def load_demo(*only):
    """Run ``manage.py load_demo`` (limited to the core and the named plugins) and return its output."""
    out = StringIO()
    call_command("load_demo", *[f"--only={app}" for app in only], stdout=out)
    return out.getvalue()


def demo_fixture(*only):
    """A module-scoped fixture holding the demo content, loaded once and rolled back after the module.

    The demo is the slowest thing the suite builds, so each plugin's demo tests load
    the core and their own plugin only, once per module:

        demo = demo_fixture("news")
    """

    @pytest.fixture(scope="module")
    def demo(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock():
            with transaction.atomic():
                output = load_demo(*only)
                yield output
                transaction.set_rollback(True)
        # Wagtail caches the site root paths of the pages just rolled back.
        Site.clear_site_root_paths_cache()
        forget_locales()

    return demo


def get_locales():
    finnish = Locale.objects.get_or_create(language_code="fi")[0]
    swedish = Locale.objects.get_or_create(language_code="sv")[0]
    return {"fi": finnish, "sv": swedish}


@pytest.fixture
def locales(db):
    return get_locales()


def log_in(client, username, password):
    """Log in through the admin's login form, as django-axes requires; fails loudly if refused."""
    response = client.post("/admin/login/", {"username": username, "password": password})
    assert response.status_code == 302, f"log-in of {username} refused ({response.status_code})"
    return client


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
    return build_site_tree(locales)


def build_site_tree(locales):
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


@pytest.fixture
def rich_site(site_tree):
    """Pages that show other pages and snippets: highlights, contacts, links."""
    home, about, contact = site_tree["home_fi"], site_tree["about_fi"], site_tree["contact_fi"]
    person = ContactPersonFactory(name="Maija Esimerkki", organisation=OrganisationFactory(name="Järjestöhubi"))
    home.highlights = [
        ("highlight", {"title": f"Nosto {n}", "text": "Lue lisää.", "page": page, "external_url": "", "image": None})
        for n, page in enumerate([about, contact, about, contact])
    ]
    home.contacts.create(person=person)
    home.contacts.create(person=ContactPersonFactory(name="Antti Testinen"))
    home.save_revision().publish()
    deep = StandardPageFactory(parent=StandardPageFactory(parent=about, title="Verkostot", slug="verkostot"),
                               title="Järjestöyhteistyöryhmä", slug="ryhma")
    about.body = [
        ("heading", {"text": "Miten mukaan?", "level": "h2"}),
        ("text", f'<p>Katso <a linktype="page" id="{contact.pk}">yhteystiedot</a> ja <a linktype="page" id="{deep.pk}">ryhmä</a>.</p>'),
        ("call_to_action", {"label": "Ota yhteyttä", "page": contact, "external_url": "", "description": ""}),
        ("contact", {"person": person, "note": "Yhdistysten neuvonta"}),
    ]
    about.save_revision().publish()
    return {**site_tree, "person": person, "deep": deep}
