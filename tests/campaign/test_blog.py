"""The campaign blog: newest first, ten a page, RSS; drafts nowhere."""

import feedparser
import pytest

from campaign.models import CampaignBlogPost

from .conftest import add_draft, add_post

pytestmark = pytest.mark.django_db


def test_posts_are_listed_newest_first_with_date_and_author(client, campaign_tree, person):
    blog = campaign_tree["blog"]
    add_post(blog, "Vanha kirjoitus", days_ago=30, author=person)
    add_post(blog, "Uusi kirjoitus", days_ago=1, author_name="Kalle Kuvitteellinen")
    html = client.get("/fi/josmeitaeiolisi/blogi/").text
    assert html.index("Uusi kirjoitus") < html.index("Vanha kirjoitus")
    assert "Maija Esimerkki" in html and "Kalle Kuvitteellinen" in html


def test_blog_paginates_ten_posts_a_page(client, campaign_tree):
    blog = campaign_tree["blog"]
    for number in range(12):
        add_post(blog, f"Kirjoitus {number:02d}", days_ago=number)
    first = client.get("/fi/josmeitaeiolisi/blogi/").text
    second = client.get("/fi/josmeitaeiolisi/blogi/?page=2").text
    assert "Kirjoitus 00" in first and "Kirjoitus 09" in first and "Kirjoitus 10" not in first
    assert "Kirjoitus 10" in second and "Kirjoitus 11" in second and "Kirjoitus 00" not in second
    assert 'href="?page=2" rel="next"' in first


def test_a_page_number_that_does_not_exist_is_a_404(client, campaign_tree):
    add_post(campaign_tree["blog"], "Ainoa", days_ago=1)
    for number in ["3", "0", "abc", "-1", "2.5", "１"]:
        response = client.get(f"/fi/josmeitaeiolisi/blogi/?page={number}")
        assert response.status_code == 404, number


def test_draft_post_is_not_in_the_listing_the_feed_or_the_landing(client, campaign_tree):
    blog = campaign_tree["blog"]
    add_post(blog, "Julkaistu kirjoitus", days_ago=2)
    add_draft(blog, CampaignBlogPost(title="Salainen luonnos", slug="luonnos", lead="Ei vielä."))
    for url in ["/fi/josmeitaeiolisi/blogi/", "/fi/josmeitaeiolisi/blogi/rss/", "/fi/josmeitaeiolisi/"]:
        body = client.get(url).content.decode()
        assert "Julkaistu kirjoitus" in body
        assert "Salainen luonnos" not in body


def test_rss_feed_lists_posts_newest_first(client, campaign_tree):
    blog = campaign_tree["blog"]
    add_post(blog, "Toinen", days_ago=5)
    add_post(blog, "Ensimmäinen", days_ago=1, slug="ensimmainen", author_name="Kalle Kuvitteellinen")
    response = client.get("/fi/josmeitaeiolisi/blogi/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert [entry.title for entry in feed.entries] == ["Ensimmäinen", "Toinen"]
    assert feed.entries[0].link == "http://testserver/fi/josmeitaeiolisi/blogi/ensimmainen/"
    assert "#josmeitäeiolisi" in feed.feed.title
    index = client.get("/fi/josmeitaeiolisi/blogi/").text
    assert '<link rel="alternate" type="application/rss+xml"' in index


def test_post_page_shows_date_author_lead_and_body(client, campaign_tree, person):
    add_post(campaign_tree["blog"], "Kahvit", days_ago=0, slug="kahvit", author=person,
             body=[("text", "<p>Kahvinkeitin on tärkein laite.</p>")])
    html = client.get("/fi/josmeitaeiolisi/blogi/kahvit/").text
    assert "Kahvit: ingressi." in html
    assert "Kahvinkeitin on tärkein laite." in html
    assert "Maija Esimerkki" in html
    assert 'class="campaign-nav"' in html
