"""The campaign landing: hero, period, goals, theme, sub-navigation, sections from other plugins."""

from datetime import date

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from wagtail import hooks

from campaign.models import CampaignPage, InfoPackagePage
from campaign.palette import AA_NORMAL_TEXT, THEME_COLOURS, contrast_ratio

from .conftest import add_draft, publish

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", list(THEME_COLOURS))
def test_every_theme_colour_has_text_that_passes_wcag_aa(code):
    _label, background, text = THEME_COLOURS[code]
    assert contrast_ratio(background, text) >= AA_NORMAL_TEXT


def test_contrast_ratio_follows_the_wcag_formula():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # famously just below AA


def test_landing_shows_hashtag_message_period_and_goals(client, campaign_tree):
    response = client.get("/fi/josmeitaeiolisi/")
    assert response.status_code == 200
    html = response.text
    assert "#josmeitäeiolisi" in html
    assert "Yhdistykset tekevät kunnista asumisen arvoisia." in html
    assert '<time datetime="2025-03-01">1.3.2025</time>' in html
    assert '<time datetime="2025-12-31">31.12.2025</time>' in html
    assert "Järjestöjen työ näkyväksi" in html
    # The theme colour and its AA text colour from the palette.
    assert "--campaign-bg: #005f66; --campaign-fg: #ffffff;" in html


def test_sub_navigation_lists_live_child_pages_only(client, campaign_tree):
    add_draft(campaign_tree["campaign"], InfoPackagePage(title="Luonnospaketti", slug="luonnos", lead="Kesken."))
    html = client.get("/fi/josmeitaeiolisi/").text
    nav = html.split('class="campaign-nav"')[1].split("</nav>")[0]
    for title in ["Kampanjablogi", "Infopaketti päättäjille", "Materiaalit", "Kampanjan järjestöt"]:
        assert title in nav
    assert "Luonnospaketti" not in html
    assert 'aria-current="page"' in nav


def test_child_pages_show_the_campaign_navigation_with_the_current_page(client, campaign_tree):
    html = client.get("/fi/josmeitaeiolisi/materiaalit/").text
    nav = html.split('class="campaign-nav"')[1].split("</nav>")[0]
    assert '<a href="/fi/josmeitaeiolisi/materiaalit/" aria-current="page">Materiaalit</a>' in nav
    assert 'href="/fi/josmeitaeiolisi/"' in nav


def test_several_campaigns_coexist_with_their_own_navigation(client, campaign_tree):
    other = publish(campaign_tree["home_fi"], CampaignPage(
        title="Kylät elävät", slug="kylat-elavat", hashtag="#kylätelävät", key_message="Kylät ovat yhdistysten varassa.",
        starts_on=date(2025, 5, 1), theme_colour="purple",
    ))
    publish(other, InfoPackagePage(title="Kylien infopaketti", slug="info", lead="Kylistä."))
    first = client.get("/fi/josmeitaeiolisi/").text
    second = client.get("/fi/kylat-elavat/").text
    assert "Kylien infopaketti" in second and "Kylien infopaketti" not in first
    assert "Materiaalit" in first and "Materiaalit" not in second.split("<main")[1]
    assert "--campaign-bg: #5c2d7a" in second


def test_campaign_cannot_end_before_it_starts(campaign_tree):
    campaign = campaign_tree["campaign"]
    campaign.ends_on = date(2025, 1, 1)
    with pytest.raises(ValidationError) as error:
        campaign.full_clean()
    assert "ends_on" in error.value.message_dict


def test_hashtag_must_look_like_a_hashtag(campaign_tree):
    campaign = campaign_tree["campaign"]
    campaign.hashtag = "ei risuaitaa"
    with pytest.raises(ValidationError) as error:
        campaign.full_clean()
    assert "hashtag" in error.value.message_dict


def test_landing_shows_sections_from_the_campaign_page_sections_hook(client, campaign_tree):
    seen = []

    def upcoming_events(request, page):
        seen.append(page.pk)
        return (20, '<section class="section"><h2>Tulevat tapahtumat</h2></section>')

    def nothing(request, page):
        return None

    def first(request, page):
        return (5, "<p>Ensin tämä</p>")

    with hooks.register_temporarily("campaign_page_sections", upcoming_events), \
            hooks.register_temporarily("campaign_page_sections", nothing), \
            hooks.register_temporarily("campaign_page_sections", first):
        html = client.get("/fi/josmeitaeiolisi/").text
    assert seen == [campaign_tree["campaign"].pk]
    assert html.index("Ensin tämä") < html.index("Tulevat tapahtumat")


def test_landing_shows_latest_blog_posts(client, campaign_tree):
    from .conftest import add_post

    add_post(campaign_tree["blog"], "Uusin kirjoitus", days_ago=1)
    assert "Uusin kirjoitus" in client.get("/fi/josmeitaeiolisi/").text


def test_event_index_may_be_added_below_a_campaign_when_events_is_installed():
    allowed = {model._meta.label for model in CampaignPage.clean_subpage_models()}
    if apps.is_installed("events") and "EventIndexPage" in {model.__name__ for model in apps.get_app_config("events").get_models()}:
        assert "events.EventIndexPage" in CampaignPage.subpage_types
        assert "events.EventIndexPage" in allowed
    else:
        assert not any(label.startswith("events.") for label in allowed)
    assert {"campaign.CampaignBlogIndexPage", "campaign.InfoPackagePage", "campaign.MaterialsPage",
            "campaign.ParticipatingOrganisationsPage"} <= allowed


def test_swedish_landing_is_in_swedish(client, campaign_sv):
    response = client.get("/sv/omviintefanns/")
    assert response.status_code == 200
    assert "Föreningarna gör kommunerna värda att bo i." in response.text
    assert 'lang="sv"' in response.text
    assert "Kampanjens föreningar" in response.text  # the Swedish sub-page in the navigation
    assert "Kampanjblogi" not in response.text  # the untranslated blog is not in the Swedish navigation


def test_landing_counts_the_participating_organisations_and_links_to_joining(client, campaign_tree):
    from .conftest import add_organisation

    add_organisation(campaign_tree["campaign"], "Lenkkiporukka ry", campaign_tree["tampere"])
    add_organisation(campaign_tree["campaign"], "Kuoro ry", campaign_tree["nokia"])
    html = client.get("/fi/josmeitaeiolisi/").text
    assert "2 järjestöä on mukana kampanjassa." in html
    assert 'href="/fi/josmeitaeiolisi/jarjestot/">Katso järjestöt ja liity mukaan</a>' in html
