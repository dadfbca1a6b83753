"""The materials library: type, language, licence, preview; filters; downloads as attachments."""

import pytest
from wagtail.models import Collection, CollectionViewRestriction

from .conftest import add_material

pytestmark = pytest.mark.django_db


@pytest.fixture
def materials(campaign_tree):
    campaign = campaign_tree["campaign"]
    return {
        "poster_fi": add_material(campaign, "Juliste suomeksi", "poster", "fi", licence="cc-by-nd-4.0"),
        "poster_sv": add_material(campaign, "Affisch på svenska", "poster", "sv"),
        "logo": add_material(campaign, "Kampanjan logo", "logo", "multi", document=False, licence="campaign-use"),
        "template": add_material(campaign, "Diat valtuustolle", "presentation", "fi"),
    }


def test_library_lists_materials_with_type_language_licence_and_preview(client, materials):
    html = client.get("/fi/josmeitaeiolisi/materiaalit/").text
    for title in ["Juliste suomeksi", "Affisch på svenska", "Kampanjan logo", "Diat valtuustolle"]:
        assert title in html
    assert 'alt="Esikatselu: Juliste suomeksi"' in html
    assert "Juliste" in html and "Diat valtuustolle" in html
    assert 'href="https://creativecommons.org/licenses/by-nd/4.0/"' in html
    assert "4 materiaalia" in html


def test_filter_by_type_and_language(client, materials):
    html = client.get("/fi/josmeitaeiolisi/materiaalit/?type=poster&language=sv").text
    assert "Affisch på svenska" in html
    assert "Juliste suomeksi" not in html and "Kampanjan logo" not in html
    both = client.get("/fi/josmeitaeiolisi/materiaalit/?type=poster,logo").text
    assert "Juliste suomeksi" in both and "Kampanjan logo" in both and "Diat valtuustolle" not in both


def test_unknown_filter_value_gives_a_message_and_no_materials(client, materials):
    response = client.get("/fi/josmeitaeiolisi/materiaalit/?type=video")
    assert response.status_code == 200
    assert "Tuntematon materiaalityyppi" in response.text
    assert "Juliste suomeksi" not in response.text


def test_document_downloads_as_an_attachment_through_wagtail(client, materials):
    html = client.get("/fi/josmeitaeiolisi/materiaalit/").text
    url = materials["poster_fi"].document.url
    assert f'href="{url}" download' in html
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_logo_without_a_file_downloads_its_original_image_as_an_attachment(client, materials):
    url = f"/fi/campaign-materials/{materials['logo'].pk}/download/"
    assert f'href="{url}" download' in client.get("/fi/josmeitaeiolisi/materiaalit/").text
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"] == "image/png"


def test_only_image_materials_can_download_their_preview(client, materials):
    poster = materials["poster_fi"]
    poster.document = None
    poster.save()
    assert client.get(f"/fi/campaign-materials/{poster.pk}/download/").status_code == 404


def test_material_in_a_private_collection_is_not_listed(client, materials):
    private = Collection.get_first_root_node().add_child(name="Sisäiset")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    document = materials["template"].document
    document.collection = private
    document.save()
    html = client.get("/fi/josmeitaeiolisi/materiaalit/").text
    assert "Diat valtuustolle" not in html
    assert "Juliste suomeksi" in html


def test_materials_of_another_campaign_are_not_listed(client, campaign_tree, materials):
    from datetime import date

    from campaign.models import CampaignPage

    from .conftest import publish

    other = publish(campaign_tree["home_fi"], CampaignPage(title="Toinen", slug="toinen", hashtag="#toinen",
                                                           key_message="Toinen kampanja.", starts_on=date(2025, 1, 1)))
    add_material(other, "Toisen kampanjan juliste")
    html = client.get("/fi/josmeitaeiolisi/materiaalit/").text
    assert "Toisen kampanjan juliste" not in html
