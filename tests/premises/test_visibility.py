"""Drafts and private (view-restricted) spaces appear nowhere: index, GeoJSON, API, sitemap."""

import pytest
from wagtail.models import PageViewRestriction

from tests.premises.conftest import add_space, titles


@pytest.fixture
def hidden_spaces(spaces):
    index = spaces["index_fi"]
    draft = add_space(index, title="Luonnostila", municipality=spaces["tampere"], publish=False)
    private = add_space(index, title="Salainen tila", municipality=spaces["tampere"])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="salasana")
    return {**spaces, "draft": draft, "private": private}


def test_drafts_and_private_spaces_are_not_in_the_index(client, hidden_spaces):
    listed = titles(client.get("/fi/tilat/"))
    assert "Luonnostila" not in listed and "Salainen tila" not in listed
    assert len(listed) == 4


def test_drafts_and_private_spaces_are_not_in_the_index_for_a_logged_in_editor(client, hidden_spaces, editor):
    client.force_login(editor)
    listed = titles(client.get("/fi/tilat/?municipality=837"))
    assert listed == ["Iso sali", "Kerhohuone"]


def test_drafts_and_private_spaces_are_not_in_the_geojson(client, hidden_spaces):
    data = client.get("/fi/tilat/geojson/").json()
    names = {feature["properties"]["title"] for feature in data["features"]}
    assert names == {"Iso sali", "Kerhohuone", "Liikuntasali"}


def test_drafts_and_private_spaces_are_not_in_the_api(client, hidden_spaces, editor):
    client.force_login(editor)
    for url in ("/api/v2/premises/?locale=fi", "/api/v2/pages/?type=premises.PremisesPage&locale=fi"):
        names = {item["title"] for item in client.get(url).json()["items"]}
        assert names == {"Iso sali", "Kerhohuone", "Liikuntasali", "Seurantalo"}
    assert client.get(f"/api/v2/premises/{hidden_spaces['draft'].pk}/").status_code == 404
    assert client.get(f"/api/v2/premises/{hidden_spaces['private'].pk}/").status_code == 404


def test_drafts_and_private_spaces_are_not_in_the_sitemap(client, hidden_spaces):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/fi/tilat/iso-sali/" in xml
    assert "luonnostila" not in xml and "salainen-tila" not in xml


def test_a_private_index_hides_its_geojson(client, spaces):
    PageViewRestriction.objects.create(
        page=spaces["index_fi"], restriction_type=PageViewRestriction.PASSWORD, password="salasana"
    )
    response = client.get("/fi/tilat/geojson/")
    assert response.status_code == 200
    assert "FeatureCollection" not in response.content.decode()  # the password form instead
    assert client.get("/api/v2/premises/?locale=fi").json()["items"] == []


def test_an_unpublished_index_has_no_geojson(client, spaces):
    spaces["index_fi"].unpublish()
    assert client.get("/fi/tilat/geojson/").status_code == 404
