import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import (
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db


def test_both_home_pages_render_in_their_language(client, site_tree):
    finnish = client.get("/fi/")
    swedish = client.get("/sv/")
    assert finnish.status_code == 200
    assert '<html lang="fi">' in finnish.text
    assert "Yhdessä olemme enemmän" in finnish.text
    assert swedish.status_code == 200
    assert '<html lang="sv">' in swedish.text
    assert "Tillsammans är vi fler" in swedish.text


def test_interface_strings_are_translated(client, site_tree):
    assert "Siirry sisältöön" in client.get("/fi/").text
    assert "Hoppa till innehållet" in client.get("/sv/").text


def test_language_switcher_links_to_the_translation(client, site_tree):
    response = client.get("/fi/mita-jarjestotoiminta-on/")
    assert 'href="/sv/vad-ar-foreningsverksamhet/" lang="sv"' in response.text
    assert 'href="/fi/mita-jarjestotoiminta-on/" lang="fi" hreflang="fi" aria-current="true"' in response.text


def test_language_switcher_falls_back_to_the_swedish_home_page(client, site_tree):
    response = client.get("/fi/yhteys/")
    assert 'href="/sv/" lang="sv"' in response.text


def test_draft_translation_is_not_linked(client, site_tree):
    site_tree["about_sv"].unpublish()
    response = client.get("/fi/mita-jarjestotoiminta-on/")
    assert "/sv/vad-ar-foreningsverksamhet/" not in response.text
    assert 'href="/sv/" lang="sv"' in response.text


def test_hreflang_alternates_and_canonical(client, site_tree):
    response = client.get("/sv/vad-ar-foreningsverksamhet/")
    assert '<link rel="canonical" href="http://testserver/sv/vad-ar-foreningsverksamhet/">' in response.text
    assert '<link rel="alternate" hreflang="fi" href="http://testserver/fi/mita-jarjestotoiminta-on/">' in response.text
    assert '<link rel="alternate" hreflang="sv" href="http://testserver/sv/vad-ar-foreningsverksamhet/">' in response.text
    assert 'hreflang="x-default" href="http://testserver/fi/mita-jarjestotoiminta-on/"' in response.text


def test_page_without_translation_has_no_swedish_alternate(client, site_tree):
    response = client.get("/fi/yhteys/")
    assert 'rel="alternate" hreflang="sv"' not in response.text


def test_search_description_and_open_graph_tags(client, site_tree):
    response = client.get("/fi/mita-jarjestotoiminta-on/")
    assert '<meta name="description" content="Mitä järjestöt tekevät ja miten niihin pääsee mukaan.">' in response.text
    assert '<meta property="og:title" content="Mitä järjestötoiminta on?">' in response.text
    assert '<meta property="og:locale" content="fi_FI">' in response.text
    assert '<meta name="twitter:card" content="summary">' in response.text


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("sv-FI,sv;q=0.9,en;q=0.5", "/sv/"), ("fi-FI,fi;q=0.9", "/fi/"), ("en-GB,en;q=0.9", "/fi/"), ("", "/fi/")],
)
def test_root_redirects_by_accept_language(client, site_tree, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_unknown_url_gives_localised_404(client, site_tree):
    finnish = client.get("/fi/ei-ole-olemassa/")
    swedish = client.get("/sv/finns-inte/")
    assert finnish.status_code == 404
    assert "Sivua ei löytynyt" in finnish.text
    assert swedish.status_code == 404
    assert "Sidan hittades inte" in swedish.text


def test_menu_lists_live_public_pages_only(client, site_tree):
    StandardPageFactory(parent=site_tree["home_fi"], title="Luonnos", slug="luonnos", live=False)
    private = StandardPageFactory(parent=site_tree["home_fi"], title="Sisäinen sivu", slug="sisainen")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    hidden = StandardPageFactory(parent=site_tree["home_fi"], title="Piilossa valikosta", show_in_menus=False)
    response = client.get("/fi/")
    menu = response.text.split('id="main-menu"')[1].split("</nav>")[0]
    assert "Mitä järjestötoiminta on?" in menu
    assert "Luonnos" not in menu
    assert "Sisäinen sivu" not in menu
    assert hidden.title not in menu


def test_private_page_asks_for_password(client, site_tree):
    page = site_tree["contact_fi"]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    response = client.get("/fi/yhteys/")
    assert response.status_code == 200
    assert "Johdanto." not in response.text


def test_breadcrumbs_lead_home(client, site_tree):
    child = StandardPageFactory(parent=site_tree["about_fi"], title="Yhdistyksen perustaminen", slug="perustaminen")
    response = client.get(child.url)
    crumbs = response.text.split('class="breadcrumbs')[1].split("</nav>")[0]
    assert 'href="/fi/"' in crumbs
    assert 'href="/fi/mita-jarjestotoiminta-on/"' in crumbs
    assert 'aria-current="page">Yhdistyksen perustaminen' in crumbs


@pytest.mark.parametrize(
    "url",
    ["/fi/", "/sv/", "/fi/mita-jarjestotoiminta-on/", "/sv/vad-ar-foreningsverksamhet/", "/fi/mita-jarjestotoiminta-on/verkostot/ryhma/"],
)
def test_core_pages_render_in_at_most_12_queries(client, rich_site, url):
    client.get(url)  # warm caches: site root paths, site chrome, fragments
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert len(queries) <= 12, "\n".join(query["sql"][:150] for query in queries.captured_queries)


def test_home_page_shows_a_linked_pages_new_title_after_it_is_published(client, rich_site):
    assert "Nosto 0" in client.get("/fi/").text
    about = rich_site["about_fi"]
    about.title = "Mitä yhdistykset tekevät?"
    about.save_revision().publish()
    response = client.get("/fi/mita-jarjestotoiminta-on/")
    assert "Mitä yhdistykset tekevät?" in client.get("/fi/").text  # the menu
    assert "Mitä yhdistykset tekevät?" in response.text


def test_edited_contact_person_shows_everywhere_at_once(client, rich_site):
    client.get("/fi/")
    client.get("/fi/mita-jarjestotoiminta-on/")
    person = rich_site["person"]
    person.name = "Maija Uusinimi"
    person.save()
    assert "Maija Uusinimi" in client.get("/fi/").text
    assert "Maija Uusinimi" in client.get("/fi/mita-jarjestotoiminta-on/").text


def test_unpublished_page_disappears_from_menus_and_links(client, rich_site):
    client.get("/fi/")
    rich_site["contact_fi"].unpublish()
    home = client.get("/fi/").text
    assert 'href="/fi/yhteys/"' not in home


def test_deep_page_is_found_and_drafts_below_live_pages_are_not(client, rich_site):
    assert client.get("/fi/mita-jarjestotoiminta-on/verkostot/ryhma/").status_code == 200
    rich_site["deep"].unpublish()
    assert client.get("/fi/mita-jarjestotoiminta-on/verkostot/ryhma/").status_code == 404
    assert client.get("/fi/mita-jarjestotoiminta-on/ei-ole/").status_code == 404


def test_last_reviewed_date_is_written_the_finnish_way_in_both_languages(client, site_tree):
    import datetime

    for page in (site_tree["about_fi"], site_tree["about_sv"]):
        page.last_reviewed = datetime.date(2026, 3, 14)
        page.save_revision().publish()
    assert "14.3.2026" in client.get("/fi/mita-jarjestotoiminta-on/").text
    assert "14.3.2026" in client.get("/sv/vad-ar-foreningsverksamhet/").text


def test_server_error_page_speaks_both_languages_without_touching_the_database(rf, django_assert_num_queries):
    from hub.views import server_error

    with django_assert_num_queries(0):
        response = server_error(rf.get("/fi/"))
    assert response.status_code == 500
    assert "Palvelussa on tilapäinen häiriö" in response.content.decode()
    assert "Tjänsten har en tillfällig störning" in response.content.decode()



def test_development_server_serves_images_but_not_documents_or_other_uploads(client, site_tree, settings):
    """Private documents must go through /documents/, which checks collection privacy."""
    import importlib
    from pathlib import Path

    from django.test import override_settings
    from django.urls import clear_url_caches

    import hub.urls

    media = Path(settings.MEDIA_ROOT)
    (media / "documents").mkdir(parents=True, exist_ok=True)
    (media / "images").mkdir(parents=True, exist_ok=True)
    (media / "documents" / "muistio.txt").write_text("sisäinen")
    (media / "images" / "kuva.txt").write_text("julkinen")
    (media / "uploads").mkdir(parents=True, exist_ok=True)
    (media / "uploads" / "kuva.jpg").write_text("lähetetty")
    try:
        with override_settings(DEBUG=True):
            clear_url_caches()
            importlib.reload(hub.urls)
            image = client.get("/media/images/kuva.txt")
            document = client.get("/media/documents/muistio.txt")
            private_upload = client.get("/media/uploads/kuva.jpg")
    finally:
        clear_url_caches()
        importlib.reload(hub.urls)
    assert image.status_code == 200
    assert document.status_code in (302, 404)
    assert private_upload.status_code in (302, 404)
    assert b"sis\xc3\xa4inen" not in b"".join(getattr(document, "streaming_content", [document.content]))
