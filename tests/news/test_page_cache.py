"""Cached news listings and the home page follow what is published."""

import pytest
from django.test import override_settings

from .conftest import add_news

pytestmark = pytest.mark.django_db


@override_settings(PAGE_CACHE_ENABLED=True)
def test_new_article_appears_on_the_cached_index_and_home_page(client, news_tree):
    index = news_tree["index_fi"]
    add_news(index, title="Vanha uutinen")
    for url in (index.url, "/fi/"):
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"
    add_news(index, title="Tuore uutinen")
    for url in (index.url, "/fi/"):
        assert "Tuore uutinen" in client.get(url).text


@override_settings(PAGE_CACHE_ENABLED=True)
def test_renamed_category_shows_on_the_cached_article(client, news_tree):
    forums = news_tree["forums"]
    article = add_news(news_tree["index_fi"], title="Foorumi pidettiin", categories=[forums])
    client.get(article.url)
    assert "Foorumit" in client.get(article.url).text
    forums.name = "Foorumit ja tapaamiset"
    forums.save()
    assert "Foorumit ja tapaamiset" in client.get(article.url).text


@override_settings(PAGE_CACHE_ENABLED=True)
def test_unpublished_article_leaves_the_cached_feed(client, news_tree):
    article = add_news(news_tree["index_fi"], title="Poistuva uutinen")
    feed = news_tree["index_fi"].url + "rss/"
    client.get(feed)
    assert "Poistuva uutinen" in client.get(feed).text
    article.unpublish()
    assert "Poistuva uutinen" not in client.get(feed).text
