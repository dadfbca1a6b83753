"""The campaign API: campaigns, posts, info packages, materials, approved organisations; locale filter; 400s."""

import pytest

from campaign.models import CampaignBlogPost, JoinRequest
from tests.conftest import publish_translation

from .conftest import add_draft, add_material, add_organisation, add_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(campaign_tree):
    campaign = campaign_tree["campaign"]
    add_post(campaign_tree["blog"], "Vanhempi", days_ago=9)
    add_post(campaign_tree["blog"], "Uudempi", days_ago=1)
    add_draft(campaign_tree["blog"], CampaignBlogPost(title="Luonnos", slug="luonnos", lead="x"))
    add_material(campaign, "Juliste", "poster", "fi")
    add_material(campaign, "Logo", "logo", "multi", document=False)
    add_organisation(campaign, "Lenkkiporukka ry", campaign_tree["tampere"])
    JoinRequest.objects.create(campaign=campaign, organisation_name="Odottava seura ry", field_of_activity="x",
                               contact_name="X", email="x@example.fi")
    return campaign_tree


def test_campaigns_endpoint_with_locale_filter(client, content):
    publish_translation(content["campaign"], content["home_sv"].locale, title="Om vi inte fanns", slug="omvi")
    finnish = client.get("/api/v2/campaigns/?locale=fi").json()
    assert [item["title"] for item in finnish["items"]] == ["Jos meitä ei olisi"]
    item = finnish["items"][0]
    assert item["hashtag"] == "#josmeitäeiolisi"
    assert item["theme"] == {"code": "teal", "background": "#005f66", "text": "#ffffff"}
    swedish = client.get("/api/v2/campaigns/?locale=sv").json()
    assert [item["title"] for item in swedish["items"]] == ["Om vi inte fanns"]
    detail = client.get(f"/api/v2/campaigns/{content['campaign'].pk}/").json()
    assert [page["title"] for page in detail["sub_pages"]] == ["Kampanjablogi", "Infopaketti päättäjille", "Materiaalit",
                                                               "Kampanjan järjestöt"]


def test_posts_endpoint_is_newest_first_without_drafts(client, content):
    data = client.get(f"/api/v2/campaign_posts/?locale=fi&campaign={content['campaign'].pk}").json()
    assert [item["title"] for item in data["items"]] == ["Uudempi", "Vanhempi"]
    assert set(data["items"][0]) >= {"date", "lead", "author_display_name", "image"}


def test_info_packages_endpoint_has_figures_and_pdf_address(client, content):
    data = client.get("/api/v2/info_packages/?locale=fi&fields=key_figures,contact_list").json()
    item = data["items"][0]
    assert item["pdf_url"] == "http://localhost/fi/josmeitaeiolisi/infopaketti/pdf/"
    first = item["key_figures"][0]["value"]
    assert first["number"] == "5200.00" or first["number"].startswith("5200")
    assert first["is_illustrative"] is True
    assert item["key_figures"][1]["value"]["source"] == "Hyvinvointialueen päätös 29.11.2023"


def test_materials_endpoint_with_filters(client, content):
    data = client.get("/api/v2/campaign_materials/?locale=fi&type=poster").json()
    assert data["meta"]["total_count"] == 1
    item = data["items"][0]
    assert item["title"] == "Juliste" and item["type"] == "poster" and item["language"] == "fi"
    assert item["download_url"].startswith("http://") and "/documents/" in item["download_url"]
    assert item["preview"]["alt"] == "Esikatselu: Juliste"
    assert client.get("/api/v2/campaign_materials/?locale=sv").json()["meta"]["total_count"] == 0


def test_organisations_endpoint_lists_approved_organisations_only(client, content):
    data = client.get("/api/v2/campaign_organisations/?locale=fi&municipality=837").json()
    assert [item["name"] for item in data["items"]] == ["Lenkkiporukka ry"]
    assert data["items"][0]["municipality"] == {"name": "Tampere", "code": "837"}
    assert data["items"][0]["campaigns"] == [content["campaign"].pk]
    assert "Odottava" not in str(client.get("/api/v2/campaign_organisations/").json())


BAD_REQUESTS = [
    ("/api/v2/campaigns/?locale=xx", "xx"),
    ("/api/v2/campaign_posts/?campaign=abc", "abc"),
    ("/api/v2/campaign_posts/?campaign=999999", "999999"),
    ("/api/v2/campaign_materials/?type=video", "video"),
    ("/api/v2/campaign_materials/?locale=xx", "xx"),
    ("/api/v2/campaign_materials/?limit=500", "50"),
    ("/api/v2/campaign_materials/?limit=-1", "limit"),
    ("/api/v2/campaign_materials/?colour=red", "colour"),
    ("/api/v2/campaign_organisations/?municipality=tampere", "municipality"),
    ("/api/v2/campaign_organisations/?campaign=x", "campaign"),
    ("/api/v2/info_packages/?type=news.NewsPage", "type"),
]


def test_bad_parameters_get_a_400_with_a_message(client, content):
    for url, message in BAD_REQUESTS:
        response = client.get(url)
        assert response.status_code == 400, url
        assert message in response.json()["message"], url


def test_benchmark_measures_the_campaign_pages_and_api(client, content):
    from wagtail import hooks

    from campaign.wagtail_hooks import campaign_benchmark_urls

    assert campaign_benchmark_urls in hooks.get_hooks("register_benchmark_urls")
    paths = [entry() if callable(entry) else entry for entry in campaign_benchmark_urls()]
    assert "/fi/josmeitaeiolisi/" in paths and "/fi/josmeitaeiolisi/blogi/rss/" in paths
    assert "/fi/josmeitaeiolisi/jarjestot/" in paths
    for path in paths:
        assert client.get(path).status_code == 200, path


def test_materials_and_organisations_of_an_unpublished_campaign_are_not_in_the_api(client, content):
    from wagtail.models import PageViewRestriction

    campaign = content["campaign"]
    campaign.unpublish()
    assert client.get("/api/v2/campaign_materials/").json()["meta"]["total_count"] == 0
    assert client.get("/api/v2/campaign_organisations/").json()["meta"]["total_count"] == 0
    campaign.save_revision().publish()
    assert client.get("/api/v2/campaign_organisations/").json()["meta"]["total_count"] == 1
    PageViewRestriction.objects.create(page=campaign, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/api/v2/campaign_materials/").json()["meta"]["total_count"] == 0
    assert client.get("/api/v2/campaign_organisations/").json()["meta"]["total_count"] == 0
