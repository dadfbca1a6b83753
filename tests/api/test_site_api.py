"""The core's API: shared snippets, navigation and site settings in each language."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.models import FooterLink, Municipality, SiteSettings
from tests.api.test_pages_api import make_image
from tests.factories import ContactPersonFactory, OrganisationFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def get_json(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content
    return response.json()


@pytest.fixture
def snippets(locales):
    tampere = Municipality.objects.create(name="Tampere", code="837", locale=locales["fi"])
    tampere_sv = tampere.copy_for_translation(locales["sv"])
    tampere_sv.name = "Tammerfors"
    tampere_sv.save()
    hub = OrganisationFactory(name="Järjestöhubi", municipality=tampere, email="hubi@example.fi", logo=make_image("Logo"))
    hub_sv = hub.copy_for_translation(locales["sv"])
    hub_sv.name = "Föreningsnavet"
    hub_sv.municipality = tampere_sv
    hub_sv.save()
    person = ContactPersonFactory(name="Maija Esimerkki", job_title="Koordinaattori", organisation=hub, photo=make_image("Kasvokuva"))
    return {"tampere": tampere, "tampere_sv": tampere_sv, "hub": hub, "hub_sv": hub_sv, "person": person}


def test_municipalities_per_locale_with_a_filter_by_code(client, snippets):
    Municipality.objects.create(name="Nokia", code="536", locale=snippets["tampere"].locale)
    finnish = get_json(client, "/api/v2/municipalities/", locale="fi")
    assert [item["name"] for item in finnish["items"]] == ["Nokia", "Tampere"]
    assert finnish["meta"]["total_count"] == 2
    swedish = get_json(client, "/api/v2/municipalities/", locale="sv")
    assert [(item["name"], item["code"], item["meta"]["locale"]) for item in swedish["items"]] == [("Tammerfors", "837", "sv")]
    by_code = get_json(client, "/api/v2/municipalities/", locale="fi", code="837")
    assert [item["id"] for item in by_code["items"]] == [snippets["tampere"].pk]


def test_organisation_detail_with_municipality_and_logo_rendition(client, snippets):
    data = get_json(client, f"/api/v2/organisations/{snippets['hub_sv'].pk}/")
    assert data["name"] == "Föreningsnavet"
    assert data["meta"]["locale"] == "sv"
    assert data["municipality"] == {"id": snippets["tampere_sv"].pk, "name": "Tammerfors", "code": "837"}
    assert data["logo"]["url"].startswith(settings.MEDIA_URL + "images/")
    assert data["logo"]["width"] <= 320 and data["logo"]["height"] <= 200
    assert "contact_name" not in data


def test_contact_persons_show_their_organisation_and_photo(client, snippets):
    data = get_json(client, "/api/v2/contact_persons/", locale="fi")
    [person] = data["items"]
    assert person["name"] == "Maija Esimerkki"
    assert person["job_title"] == "Koordinaattori"
    assert person["organisation"] == {"id": snippets["hub"].pk, "name": "Järjestöhubi"}
    assert (person["photo"]["width"], person["photo"]["height"]) == (300, 300)
    assert person["meta"]["detail_url"].endswith(f"/api/v2/contact_persons/{person['id']}/")


def test_snippet_listing_queries_do_not_grow_with_the_items(client, snippets, django_assert_max_num_queries):
    def count_queries():
        client.get("/api/v2/contact_persons/", {"locale": "fi"})  # renditions made once
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/api/v2/contact_persons/", {"locale": "fi"}).status_code == 200
        return len(queries)

    few = count_queries()
    for number in range(8):
        ContactPersonFactory(name=f"Henkilö {number}", organisation=OrganisationFactory(name=f"Yhdistys {number}"))
    assert count_queries() == few


@pytest.mark.parametrize(
    ("url", "params", "message"),
    [
        ("/api/v2/municipalities/", {"locale": "xx"}, "xx"),
        ("/api/v2/organisations/", {"colour": "red"}, "colour"),
        ("/api/v2/navigation/", {"locale": "de"}, "de"),
        ("/api/v2/site_settings/", {"page": "2"}, "page"),
    ],
)
def test_bad_parameters_get_a_clear_400(client, site_tree, snippets, url, params, message):
    assert message in get_json(client, url, status=400, **params)["message"]


def test_unknown_snippet_id_is_404(client, snippets):
    assert client.get("/api/v2/organisations/999999/").status_code == 404


@pytest.fixture
def menu_site(site_tree):
    home_fi, about_fi = site_tree["home_fi"], site_tree["about_fi"]
    for page in (about_fi, site_tree["contact_fi"], site_tree["about_sv"]):
        page.show_in_menus = True
        page.save_revision().publish()
    StandardPageFactory(parent=about_fi, title="Yhdistyksen perustaminen", slug="perustaminen", show_in_menus=True)
    StandardPageFactory(parent=about_fi, title="Ei valikossa", slug="ei-valikossa", show_in_menus=False)
    draft = StandardPageFactory(parent=home_fi, title="Luonnos valikossa", slug="luonnos", show_in_menus=True)
    draft.unpublish()
    private = StandardPageFactory(parent=home_fi, title="Salainen valikossa", slug="salainen", show_in_menus=True)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="salasana")
    return site_tree


def test_navigation_in_finnish_is_the_menu_the_pages_show(client, menu_site):
    data = get_json(client, "/api/v2/navigation/", locale="fi")
    assert data["locale"] == "fi"
    assert data["home"]["title"] == "Etusivu"
    assert data["home"]["html_url"].endswith("/fi/")
    assert [item["title"] for item in data["menu"]] == ["Mitä järjestötoiminta on?", "Yhteys"]
    about = data["menu"][0]
    assert about["html_url"].endswith("/fi/mita-jarjestotoiminta-on/")
    assert [child["title"] for child in about["children"]] == ["Yhdistyksen perustaminen"]
    assert {item["locale"]: item["title"] for item in data["languages"]} == {"fi": "Etusivu", "sv": "Startsida"}
    page = client.get("/fi/").content.decode()
    for item in data["menu"]:
        assert item["title"] in page


def test_navigation_in_swedish_leaves_out_what_is_not_translated(client, menu_site):
    data = get_json(client, "/api/v2/navigation/", locale="sv")
    assert data["home"]["title"] == "Startsida"
    assert [item["title"] for item in data["menu"]] == ["Vad är föreningsverksamhet?"]
    assert data["menu"][0]["html_url"].endswith("/sv/vad-ar-foreningsverksamhet/")
    assert data["menu"][0]["children"] == []


def test_navigation_without_locale_is_finnish(client, menu_site):
    assert get_json(client, "/api/v2/navigation/")["locale"] == "fi"


def test_site_settings_per_language(client, site_tree, snippets):
    settings_ = SiteSettings.for_site(site_tree["site"])
    settings_.organisation = snippets["hub"]
    settings_.email = "info@example.fi"
    settings_.facebook_url = "https://facebook.example.fi/hubi"
    settings_.accessibility_statement = site_tree["about_fi"]
    settings_.logo = make_image("Hubin logo")
    settings_.footer_links = [FooterLink(page=site_tree["contact_fi"])]
    settings_.save()

    finnish = get_json(client, "/api/v2/site_settings/", locale="fi")
    assert finnish["name"] == "Järjestöhubi"
    assert finnish["email"] == "info@example.fi"
    assert finnish["social_links"] == [{"name": "Facebook", "url": "https://facebook.example.fi/hubi"}]
    assert finnish["accessibility_statement"]["title"] == "Mitä järjestötoiminta on?"
    assert finnish["accessibility_statement"]["html_url"].endswith("/fi/mita-jarjestotoiminta-on/")
    assert [link["title"] for link in finnish["footer_links"]] == ["Yhteys"]
    assert finnish["logo"]["height"] == 96

    swedish = get_json(client, "/api/v2/site_settings/", locale="sv")
    assert swedish["locale"] == "sv"
    assert swedish["name"] == "Föreningsnavet"
    assert swedish["accessibility_statement"]["title"] == "Vad är föreningsverksamhet?"


def test_site_settings_hide_a_restricted_accessibility_statement(client, site_tree):
    settings_ = SiteSettings.for_site(site_tree["site"])
    settings_.accessibility_statement = site_tree["contact_fi"]
    settings_.save()
    PageViewRestriction.objects.create(page=site_tree["contact_fi"], restriction_type="login")
    assert get_json(client, "/api/v2/site_settings/", locale="fi")["accessibility_statement"] is None


def test_no_home_page_in_the_language_is_404(client, site_tree):
    site_tree["home_sv"].unpublish()
    response = client.get("/api/v2/navigation/", {"locale": "sv"})
    assert response.status_code == 404
    assert response.json()["message"]


def test_new_endpoints_are_in_the_openapi_schema(client, site_tree):
    paths = get_json(client, "/api/schema/")["paths"]
    for name in ("municipalities", "organisations", "contact_persons"):
        assert f"/api/v2/{name}/" in paths
        assert f"/api/v2/{name}/{{pk}}/" in paths
    navigation = paths["/api/v2/navigation/"]["get"]
    assert {parameter["name"] for parameter in navigation["parameters"]} == {"locale"}
    schema = navigation["responses"]["200"]["content"]["application/json"]["schema"]
    assert "menu" in schema["properties"]
