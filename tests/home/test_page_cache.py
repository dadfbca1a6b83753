"""The shared page cache: anonymous visitors get stored pages, never stale ones."""

import gzip

import pytest
from django.test import override_settings

from home.models import FooterLink, SiteSettings
from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on():
    with override_settings(PAGE_CACHE_ENABLED=True):
        yield


def cached(client, url, **kwargs):
    """Request twice; the second answer must come from the cache."""
    first = client.get(url, **kwargs)
    second = client.get(url, **kwargs)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    return second


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(client, site_tree, django_assert_num_queries):
    client.get("/fi/")
    with django_assert_num_queries(0):
        response = client.get("/fi/")
    assert response["X-Page-Cache"] == "hit"
    assert "Yhdessä olemme enemmän" in response.text


def test_each_language_and_query_string_is_stored_apart(client, site_tree):
    assert '<html lang="fi">' in cached(client, "/fi/").text
    assert '<html lang="sv">' in cached(client, "/sv/").text
    assert client.get("/fi/?sivu=2")["X-Page-Cache"] == "miss"


def test_republished_page_is_shown_at_once(client, site_tree):
    about = site_tree["about_fi"]
    cached(client, about.url)
    about.title = "Järjestötoiminta lyhyesti"
    about.save_revision().publish()
    response = client.get(about.url)
    assert "Järjestötoiminta lyhyesti" in response.text
    assert response["X-Page-Cache"] == "miss"


def test_unpublished_page_is_gone_at_once(client, site_tree):
    about = site_tree["about_fi"]
    url = about.url
    cached(client, url)
    about.unpublish()
    assert client.get(url).status_code == 404


def test_draft_changes_are_never_shown(client, site_tree):
    about = site_tree["about_fi"]
    cached(client, about.url)
    about.title = "Luonnos"
    about.save_revision()
    assert "Luonnos" not in client.get(about.url).text


def test_new_page_in_the_menu_is_shown_on_every_cached_page(client, site_tree):
    cached(client, "/fi/")
    StandardPageFactory(parent=site_tree["home_fi"], title="Uusi valikkosivu", slug="uusi")
    assert "Uusi valikkosivu" in client.get("/fi/").text


def test_page_hidden_from_the_menu_leaves_cached_pages(client, site_tree):
    contact = site_tree["contact_fi"]
    assert ">Yhteys<" in cached(client, "/fi/mita-jarjestotoiminta-on/").text
    contact.show_in_menus = False
    contact.save_revision().publish()
    assert ">Yhteys<" not in client.get("/fi/mita-jarjestotoiminta-on/").text


def test_changed_snippet_is_shown_at_once(client, rich_site):
    person = rich_site["person"]
    assert "Maija Esimerkki" in cached(client, "/fi/").text
    person.name = "Maija Muutettu"
    person.save()
    assert "Maija Muutettu" in client.get("/fi/").text


def test_changed_site_settings_are_shown_at_once(client, site_tree):
    settings = SiteSettings.for_site(site_tree["site"])
    cached(client, "/fi/")
    settings.email = "uusi.osoite@example.fi"
    settings.save()
    assert "uusi.osoite@example.fi" in client.get("/fi/").text


def test_footer_link_added_is_shown_at_once(client, site_tree):
    settings = SiteSettings.for_site(site_tree["site"])
    cached(client, "/fi/")
    FooterLink.objects.create(setting=settings, page=site_tree["contact_fi"])
    footer = client.get("/fi/").text.split("<footer", 1)[1]
    assert 'href="/fi/yhteys/"' in footer


def test_view_restricted_page_is_never_stored(client, site_tree):
    from wagtail.models import PageViewRestriction

    about = site_tree["about_fi"]
    cached(client, about.url)
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.PASSWORD, password="salasana")
    first = client.get(about.url)
    assert "Johdanto." not in first.text
    assert "X-Page-Cache" not in first
    assert "X-Page-Cache" not in client.get(about.url)


def test_logged_in_editor_neither_gets_nor_fills_the_cache(client, site_tree, editor):
    cached(client, "/fi/")
    client.force_login(editor)
    response = client.get("/fi/")
    assert "X-Page-Cache" not in response
    assert "X-Page-Cache" not in client.get("/fi/yhteys/")
    client.logout()
    assert client.get("/fi/yhteys/")["X-Page-Cache"] == "miss"


def test_a_request_with_another_cookie_is_not_shared(client, site_tree):
    cached(client, "/fi/")
    client.cookies["messages"] = "something"
    assert "X-Page-Cache" not in client.get("/fi/")


def test_language_and_csrf_cookies_still_get_the_cache(client, site_tree):
    cached(client, "/fi/")
    client.cookies["language"] = "sv"
    client.cookies["csrftoken"] = "a" * 32
    assert client.get("/fi/")["X-Page-Cache"] == "hit"


def test_post_and_not_found_are_never_stored(client, site_tree):
    client.get("/fi/ei-ole/")
    assert "X-Page-Cache" not in client.get("/fi/ei-ole/")
    assert "X-Page-Cache" not in client.post("/fi/", {})


def test_api_is_not_stored(client, site_tree):
    client.get("/api/v2/pages/")
    assert "X-Page-Cache" not in client.get("/api/v2/pages/")


def test_off_by_setting(client, site_tree):
    with override_settings(PAGE_CACHE_ENABLED=False):
        client.get("/fi/")
        assert "X-Page-Cache" not in client.get("/fi/")


def test_shared_pages_are_sent_gzipped_to_clients_that_accept_it(client, site_tree):
    plain = cached(client, "/fi/")
    assert "Content-Encoding" not in plain
    assert "Accept-Encoding" in plain["Vary"]
    compressed = client.get("/fi/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert compressed["X-Page-Cache"] == "hit"
    assert compressed["Content-Encoding"] == "gzip"
    assert int(compressed["Content-Length"]) == len(compressed.content) < len(plain.content)
    assert gzip.decompress(compressed.content) == plain.content

