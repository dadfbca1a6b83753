"""The campaign demo content: #josmeitäeiolisi, Finnish, with the landing in Swedish."""

from io import StringIO

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation

from campaign.demo import load_campaign_demo
from campaign.models import CampaignBlogPost, CampaignPage, InfoPackagePage, JoinRequest, Material, Participation
from home.demo import build_core

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    locale_fi, _ = Locale.objects.get_or_create(language_code="fi")
    locale_sv, _ = Locale.objects.get_or_create(language_code="sv")
    context = build_core(StringIO(), locale_fi, locale_sv)
    load_campaign_demo(context)
    return context


def test_demo_campaign_with_posts_info_package_materials_organisations_and_swedish_landing(client, demo):
    campaign = CampaignPage.objects.get(locale__language_code="fi", slug="josmeitaeiolisi")
    assert campaign.hashtag == "#josmeitäeiolisi"
    assert CampaignBlogPost.objects.live().descendant_of(campaign).count() >= 4
    info = InfoPackagePage.objects.live().descendant_of(campaign).get()
    figures = [block.value for block in info.key_figures]
    assert len(figures) >= 4
    assert all(figure["source"] or figure["is_illustrative"] for figure in figures)
    assert Material.objects.filter(locale__language_code="fi").count() == 10
    assert Participation.objects.filter(campaign=campaign).count() == 15
    organisations = [participation.organisation for participation in Participation.objects.select_related("organisation")]
    assert all(organisation.website.endswith(".example.fi/") for organisation in organisations)
    pending = JoinRequest.objects.filter(status="pending")
    assert pending.exists() and all(request.email.endswith("@example.fi") for request in pending)

    for url in ["/fi/josmeitaeiolisi/", "/fi/josmeitaeiolisi/blogi/", "/fi/josmeitaeiolisi/infopaketti/",
                "/fi/josmeitaeiolisi/materiaalit/", "/fi/josmeitaeiolisi/jarjestot/", "/sv/josmeitaeiolisi/"]:
        assert client.get(url).status_code == 200, url
    organisations_html = client.get("/fi/josmeitaeiolisi/jarjestot/").text
    assert "15 järjestöä" in organisations_html
    assert not any(request.organisation_name in organisations_html for request in pending)

    # The landing is a Swedish translation made with wagtail-localize.
    swedish = campaign.get_translation(Locale.objects.get(language_code="sv"))
    assert swedish.live
    assert Translation.objects.filter(source__object_id=campaign.translation_key, target_locale=swedish.locale).exists()
    html = client.get(swedish.url).text
    assert "Föreningarna gör kommunerna värda att bo i." in html
    assert Material.objects.filter(locale__language_code="sv").count() == 10

    # Loading it again changes nothing.
    before = (CampaignPage.objects.count(), CampaignBlogPost.objects.count(), Material.objects.count(),
              Participation.objects.count(), JoinRequest.objects.count())
    load_campaign_demo(demo)
    after = (CampaignPage.objects.count(), CampaignBlogPost.objects.count(), Material.objects.count(),
             Participation.objects.count(), JoinRequest.objects.count())
    assert before == after
