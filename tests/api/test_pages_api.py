import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories import ContactPersonFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def make_image(title="Kuva", description="Ihmisiä foorumissa"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (2000, 1200), (42, 110, 187)).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, description=description, file=SimpleUploadedFile("kuva.png", buffer.getvalue())
    )


def listing(client, **params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_locale_filter_returns_only_that_language(client, site_tree):
    finnish = {item["title"] for item in listing(client, locale="fi")["items"]}
    swedish = {item["title"] for item in listing(client, locale="sv")["items"]}
    assert {"Etusivu", "Mitä järjestötoiminta on?", "Yhteys"} <= finnish
    assert "Startsida" not in finnish
    assert swedish == {"Startsida", "Vad är föreningsverksamhet?"}


def test_translation_of_finds_the_swedish_version(client, site_tree):
    data = listing(client, translation_of=site_tree["about_fi"].pk, locale="sv")
    assert [item["id"] for item in data["items"]] == [site_tree["about_sv"].pk]


def test_standard_page_fields(client, site_tree):
    page = site_tree["about_fi"]
    page.lead = "Järjestöt tekevät arvokasta työtä."
    page.body = [
        ("heading", {"text": "Miten mukaan?", "level": "h2"}),
        ("text", f'<p>Lue <a linktype="page" id="{site_tree["contact_fi"].pk}">yhteystiedot</a>.</p>'),
    ]
    page.save_revision().publish()
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["title"] == "Mitä järjestötoiminta on?"
    assert data["lead"] == "Järjestöt tekevät arvokasta työtä."
    assert data["meta"]["locale"] == "fi"
    assert data["meta"]["html_url"].endswith("/fi/mita-jarjestotoiminta-on/")
    assert data["body"][0]["value"] == {"text": "Miten mukaan?", "level": "h2", "anchor": "miten-mukaan"}
    assert data["body"][1]["value"] == '<p>Lue <a href="/fi/yhteys/">yhteystiedot</a>.</p>'
    assert data["meta"]["search_description"] == "Mitä järjestöt tekevät ja miten niihin pääsee mukaan."
    assert "social_image" in data and "last_reviewed" in data


def test_home_page_fields_include_images_as_renditions_with_alt_text(client, site_tree):
    home = site_tree["home_fi"]
    home.hero_image = make_image()
    home.intro = f'<p>Tervetuloa <a linktype="page" id="{site_tree["about_fi"].pk}">lukemaan</a>.</p>'
    home.contacts.create(person=ContactPersonFactory(name="Maija Esimerkki"))
    home.save_revision().publish()
    data = client.get(f"/api/v2/pages/{home.pk}/").json()
    assert data["hero_title"] == "Yhdessä olemme enemmän"
    assert data["hero_image"]["width"] == 1600 and data["hero_image"]["height"] == 600
    assert data["hero_image"]["alt"] == "Ihmisiä foorumissa"
    assert data["hero_image"]["url"].startswith("/media/images/")
    assert 'href="/fi/mita-jarjestotoiminta-on/"' in data["intro"]
    assert data["contacts"][0]["person_data"]["name"] == "Maija Esimerkki"
    assert data["contacts"][0]["person_data"]["email"].endswith("@example.fi")


def test_drafts_and_private_pages_are_never_returned_even_to_editors(client, site_tree, editor):
    draft = StandardPageFactory(parent=site_tree["home_fi"], title="Luonnos", slug="luonnos", live=False)
    private = site_tree["contact_fi"]
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(editor)
    ids = {item["id"] for item in listing(client, limit=50)["items"]}
    assert draft.pk not in ids
    assert private.pk not in ids
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404


def test_unpublished_translation_is_not_returned(client, site_tree):
    site_tree["about_sv"].unpublish()
    assert listing(client, translation_of=site_tree["about_fi"].pk, locale="sv")["items"] == []


@pytest.mark.parametrize(
    "query",
    ["locale=xx", "limit=abc", "limit=1000", "offset=-1", "order=nonsense", "type=nope.Nope", "unknown=1", "child_of=abc", "rich_text_format=pdf"],
)
def test_bad_parameters_get_a_400_with_a_json_message(client, site_tree, query):
    response = client.get(f"/api/v2/pages/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["message"]


def test_limit_is_capped(client, site_tree, settings):
    assert settings.WAGTAILAPI_LIMIT_MAX == 50
    assert client.get("/api/v2/pages/?limit=50").status_code == 200
    assert client.get("/api/v2/pages/?limit=51").status_code == 400


def test_images_endpoint_gives_size_and_rendition(client, site_tree):
    image = make_image()
    data = client.get(f"/api/v2/images/{image.pk}/").json()
    assert data["width"] == 2000 and data["height"] == 1200
    # The download is a rendition: the original upload never leaves the system.
    assert data["meta"]["download_url"].startswith("/media/images/")
    assert "original_images" not in client.get("/api/v2/images/").content.decode()


def test_images_listing_shows_tags_by_name_in_queries_that_do_not_grow(client, site_tree):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = make_image(title="Foorumi")
    first.tags.add("yhdistykset", "Avustukset")

    def queries():
        client.get("/api/v2/images/")
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/api/v2/images/")
        return response, len(captured)

    response, few = queries()
    item = next(item for item in response.json()["items"] if item["id"] == first.pk)
    assert item["meta"]["tags"] == sorted(first.tags.values_list("name", flat=True))
    for number in range(5):
        make_image(title=f"Kuva {number}").tags.add(f"aihe {number}")
    assert queries()[1] == few
    detail = client.get(f"/api/v2/images/{first.pk}/").json()
    assert detail["meta"]["tags"] == item["meta"]["tags"]


def test_images_in_private_collections_are_not_listed(client, site_tree):
    internal = Collection.get_first_root_node().add_child(name="Sisäiset kuvat")
    CollectionViewRestriction.objects.create(collection=internal, restriction_type=CollectionViewRestriction.LOGIN)
    public, secret = make_image(title="Foorumi"), make_image(title="Sisäinen kuva")
    secret.collection = internal
    secret.save()
    titles = {item["title"] for item in client.get("/api/v2/images/").json()["items"]}
    assert "Foorumi" in titles and "Sisäinen kuva" not in titles
    assert client.get(f"/api/v2/images/{secret.pk}/").status_code == 404
    assert client.get(f"/api/v2/images/{public.pk}/").status_code == 200


def test_documents_in_private_collections_are_not_listed(client, site_tree):
    Document = get_document_model()
    public = Document.objects.create(title="Ohje", file=SimpleUploadedFile("ohje.pdf", b"%PDF-1.4"))
    internal = Collection.get_first_root_node().add_child(name="Sisäiset")
    CollectionViewRestriction.objects.create(collection=internal, restriction_type=CollectionViewRestriction.LOGIN)
    secret = Document.objects.create(
        title="Sisäinen muistio", file=SimpleUploadedFile("muistio.pdf", b"%PDF-1.4"), collection=internal
    )
    titles = {item["title"] for item in client.get("/api/v2/documents/").json()["items"]}
    assert "Ohje" in titles
    assert "Sisäinen muistio" not in titles
    assert client.get(f"/api/v2/documents/{secret.pk}/").status_code == 404
    assert client.get(f"/api/v2/documents/{public.pk}/").status_code == 200


def find(client, html_path):
    return client.get("/api/v2/pages/find/", {"html_path": html_path}, follow=True)


def test_find_by_path_with_swedish_prefix_finds_the_swedish_page(client, site_tree):
    response = find(client, "/sv/vad-ar-foreningsverksamhet/")
    assert response.status_code == 200
    assert response.json()["id"] == site_tree["about_sv"].pk
    assert find(client, "/fi/mita-jarjestotoiminta-on/").json()["id"] == site_tree["about_fi"].pk
    assert find(client, "/sv/").json()["id"] == site_tree["home_sv"].pk


def test_find_by_path_in_the_wrong_language_is_a_404(client, site_tree):
    assert find(client, "/sv/mita-jarjestotoiminta-on/").status_code == 404
    assert find(client, "/sv/ei-ole/").status_code == 404


def test_page_detail_lists_its_live_translations(client, site_tree):
    meta = client.get(f"/api/v2/pages/{site_tree['about_fi'].pk}/").json()["meta"]
    assert meta["translations"] == [{
        "id": site_tree["about_sv"].pk, "locale": "sv", "title": "Vad är föreningsverksamhet?",
        "html_url": "http://localhost/sv/vad-ar-foreningsverksamhet/",
    }]
    assert client.get(f"/api/v2/pages/{site_tree['contact_fi'].pk}/").json()["meta"]["translations"] == []


def test_unpublished_translation_is_not_listed(client, site_tree):
    site_tree["about_sv"].unpublish()
    meta = client.get(f"/api/v2/pages/{site_tree['about_fi'].pk}/").json()["meta"]
    assert meta["translations"] == []
