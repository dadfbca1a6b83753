"""Breadcrumbs and language links are kept per content version: never stale, page cache or not."""

import pytest

from tests.conftest import publish_translation
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def breadcrumbs(client, url):
    html = client.get(url).text
    return html[html.index('<nav class="breadcrumbs'):].split("</nav>")[0]


def alternates(client, url):
    return [line.strip() for line in client.get(url).text.splitlines() if '<link rel="alternate" hreflang=' in line]


def test_a_renamed_ancestor_is_shown_in_the_breadcrumbs_at_once(client, site_tree):
    about = site_tree["about_fi"]
    child = StandardPageFactory(parent=about, title="Verkostot", slug="verkostot")
    assert ">Mitä järjestötoiminta on?</a></li>" in breadcrumbs(client, child.url)
    about.title = "Järjestötoiminta lyhyesti"
    about.save_revision().publish()
    crumbs = breadcrumbs(client, child.url)
    assert ">Järjestötoiminta lyhyesti</a></li>" in crumbs
    assert "Mitä järjestötoiminta on?" not in crumbs


def test_a_moved_page_shows_its_new_ancestors(client, site_tree):
    child = StandardPageFactory(parent=site_tree["about_fi"], title="Verkostot", slug="verkostot")
    assert ">Mitä järjestötoiminta on?</a></li>" in breadcrumbs(client, child.url)
    child.move(site_tree["contact_fi"], pos="last-child")
    child.refresh_from_db()
    crumbs = breadcrumbs(client, child.url)
    assert '<a href="/fi/yhteys/">Yhteys</a></li>' in crumbs
    assert "Mitä järjestötoiminta on?" not in crumbs


def test_a_new_translation_gets_its_language_link_at_once(client, site_tree, locales):
    contact = site_tree["contact_fi"]
    assert not any('hreflang="sv"' in link for link in alternates(client, contact.url))  # no Swedish version yet
    publish_translation(contact, locales["sv"], title="Kontakt", slug="kontakt")
    assert '<link rel="alternate" hreflang="sv" href="http://testserver/sv/kontakt/">' in alternates(client, contact.url)


def test_an_unpublished_translation_loses_its_language_link_at_once(client, site_tree):
    about = site_tree["about_fi"]
    swedish = '<link rel="alternate" hreflang="sv" href="http://testserver/sv/vad-ar-foreningsverksamhet/">'
    assert swedish in alternates(client, about.url)
    site_tree["about_sv"].unpublish()
    assert not any('hreflang="sv"' in link for link in alternates(client, about.url))
    assert "vad-ar-foreningsverksamhet" not in client.get(about.url).text
