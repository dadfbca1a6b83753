from datetime import date, timedelta

import feedparser
import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.news.conftest import NewsPageFactory, add_news

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


@pytest.fixture
def feed_news(news_tree):
    index = news_tree["index_fi"]
    add_news(index, title="Foorumiuutinen", slug="foorumi", date=date(2025, 3, 5), lead="Foorumin ingressi.", categories=[news_tree["forums"]])
    add_news(index, title="Avustusuutinen", slug="avustus", date=date(2025, 2, 1), categories=[news_tree["grants"]])
    NewsPageFactory(parent=index, title="Luonnos", live=False)
    scheduled = NewsPageFactory(parent=index, title="Ajastettu", live=False)
    scheduled.go_live_at = timezone.now() + timedelta(days=2)
    scheduled.save_revision().publish()
    private = add_news(index, title="Yksityinen")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    add_news(news_tree["index_sv"], title="Svensk nyhet", slug="svensk")
    return news_tree


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_lists_only_live_public_news_of_its_language(client, feed_news, kind):
    _response, feed = parse(client, f"/fi/ajankohtaista/{kind}/")
    assert [entry.title for entry in feed.entries] == ["Foorumiuutinen", "Avustusuutinen"]
    entry = feed.entries[0]
    assert entry.link == "http://testserver/fi/ajankohtaista/foorumi/"
    assert entry.summary == "Foorumin ingressi."
    assert entry.published_parsed[:3] == (2025, 3, 5) or entry.published_parsed[:3] == (2025, 3, 4)
    assert feed.feed.link == "http://testserver/fi/ajankohtaista/"
    assert feed.feed.language == "fi" if kind == "rss" else True


def test_rss_dates_are_rfc_822_and_atom_dates_rfc_3339(client, feed_news):
    rss = client.get("/fi/ajankohtaista/rss/").text
    atom = client.get("/fi/ajankohtaista/atom/").text
    assert "<pubDate>Wed, 05 Mar 2025 " in rss
    assert "<published>2025-03-05T" in atom


def test_draft_news_is_not_in_rss_feed(client, feed_news):
    rss = client.get("/fi/ajankohtaista/rss/").text
    for hidden in ["Luonnos", "Ajastettu", "Yksityinen", "Svensk nyhet"]:
        assert hidden not in rss


def test_swedish_feed_has_swedish_news(client, feed_news):
    _response, feed = parse(client, "/sv/aktuellt/rss/")
    assert [entry.title for entry in feed.entries] == ["Svensk nyhet"]
    assert feed.entries[0].link == "http://testserver/sv/aktuellt/svensk/"
    assert feed.feed.language == "sv"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_category_feed(client, feed_news, kind):
    _response, feed = parse(client, f"/fi/ajankohtaista/{kind}/?category=foorumit")
    assert [entry.title for entry in feed.entries] == ["Foorumiuutinen"]
    assert "Foorumit" in feed.feed.title


def test_unknown_category_feed_is_not_found(client, feed_news):
    assert client.get("/fi/ajankohtaista/rss/?category=ei-ole").status_code == 404


def test_feed_items_name_their_authors_and_categories(client, news_tree):
    from tests.factories import ContactPersonFactory

    add_news(news_tree["index_fi"], title="Uutinen", categories=[news_tree["forums"]], tags=["tilat"], authors=[ContactPersonFactory(name="Aino Mallinen")])
    _response, feed = parse(client, "/fi/ajankohtaista/atom/")
    entry = feed.entries[0]
    assert entry.author == "Aino Mallinen"
    assert {tag.term for tag in entry.tags} == {"Foorumit", "tilat"}
