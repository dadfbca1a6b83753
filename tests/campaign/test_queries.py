"""Campaign pages and API lists cost the same number of queries for few or many items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaign.models import CampaignBlogPost, Material, Participation
from home.models import Organisation

from .conftest import add_material, make_image

pytestmark = pytest.mark.django_db

URLS = [
    "/fi/josmeitaeiolisi/",
    "/fi/josmeitaeiolisi/blogi/",
    "/fi/josmeitaeiolisi/blogi/rss/",
    "/fi/josmeitaeiolisi/blogi/k-0/",
    "/fi/josmeitaeiolisi/infopaketti/",
    "/fi/josmeitaeiolisi/materiaalit/",
    "/fi/josmeitaeiolisi/materiaalit/?type=poster&language=fi",
    "/fi/josmeitaeiolisi/jarjestot/",
    "/fi/josmeitaeiolisi/jarjestot/?municipality=837",
    "/api/v2/campaign_posts/?locale=fi",
    "/api/v2/campaign_materials/?locale=fi",
    "/api/v2/campaign_organisations/?locale=fi",
    "/api/v2/campaigns/?locale=fi",
    "/api/v2/info_packages/?locale=fi&fields=*",
]


def count_queries(client, url):
    client.get(url)  # warm-up: caches, locales, site root paths
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return len(queries)


def add_many(tree, count, image):
    campaign, blog = tree["campaign"], tree["blog"]
    for number in range(count):
        blog.add_child(instance=CampaignBlogPost(title=f"Kirjoitus {number}", slug=f"k-{number}", lead="x",
                                                 image=image, locale=blog.locale))
        organisation = Organisation.objects.create(name=f"Seura {number}", municipality=tree["tampere"], field_of_activity="Liikunta",
                                                   logo=image, locale=campaign.locale)
        Participation.objects.create(campaign=campaign, organisation=organisation)
        add_material(campaign, f"Juliste {number}", "poster", "fi", preview_image=image)


@pytest.fixture
def counts(client, campaign_tree):
    image = make_image()

    def measure(count):
        CampaignBlogPost.objects.all().delete()
        Participation.objects.all().delete()
        Material.objects.all().delete()
        add_many(campaign_tree, count, image)
        return {url: count_queries(client, url) for url in URLS}

    return measure


def test_queries_do_not_grow_with_the_number_of_items(counts):
    few = counts(3)
    many = counts(25)
    assert few == many
    assert max(few.values()) <= 20, few
