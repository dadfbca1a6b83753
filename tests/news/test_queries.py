"""Pages cost the same number of queries however many news items there are."""

from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from news.models import NewsPageAuthor, NewsPageCategory, NewsPageTag
from tests.factories import ContactPersonFactory
from tests.news.conftest import NewsCategoryFactory, NewsPageFactory, make_image

pytestmark = pytest.mark.django_db


def add_many(news_tree, count, start=0):
    """``count`` live items with an image, two categories, two tags and an author each."""
    index = news_tree["index_fi"]
    image = make_image()
    person = ContactPersonFactory()
    categories = [news_tree["forums"], news_tree["grants"], NewsCategoryFactory()]
    tags = [Tag.objects.get_or_create(name=f"aihe {number}", slug=f"aihe-{number}")[0] for number in range(5)]
    for number in range(start, start + count):
        page = NewsPageFactory(
            parent=index, slug=f"massa-{number}", date=date(2024, 1, 1) + timedelta(days=number * 9), main_image=image
        )
        for position, category in enumerate(categories[number % 2 : number % 2 + 2]):
            NewsPageCategory.objects.create(page=page, category=category, locale=index.locale, sort_order=position)
        for tag in tags[number % 4 : number % 4 + 2]:
            NewsPageTag.objects.create(content_object=page, tag=tag)
        NewsPageAuthor.objects.create(page=page, person=person, locale=index.locale)
    return page


def count_queries(client, url, cold=False):
    client.get(url)  # warm-up: site root paths, chrome, fragments
    if cold:
        cache.clear()  # nothing cached: every fragment is rebuilt
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), "\n".join(query["sql"][:160] for query in queries.captured_queries)


URLS = [
    "/fi/ajankohtaista/",
    "/fi/ajankohtaista/?page=2",
    "/fi/ajankohtaista/?category=foorumit&tag=aihe-1",
    "/fi/ajankohtaista/?month=2024-03",
    "/fi/ajankohtaista/rss/",
    "/fi/",
]


def test_index_feed_and_home_queries_do_not_grow_with_the_number_of_news(client, news_tree):
    add_many(news_tree, 12)
    few = {url: count_queries(client, url) for url in URLS}
    add_many(news_tree, 120, start=12)
    many = {url: count_queries(client, url) for url in URLS}
    for url in URLS:
        assert few[url][0] == many[url][0], f"{url}\n--- few ---\n{few[url][1]}\n--- many ---\n{many[url][1]}"
    assert many["/fi/ajankohtaista/"][0] <= 15, many["/fi/ajankohtaista/"][1]


def test_article_queries_do_not_grow_with_the_number_of_news(client, news_tree):
    article = add_many(news_tree, 12)
    few = count_queries(client, article.url)
    add_many(news_tree, 120, start=12)
    many = count_queries(client, article.url)
    assert few[0] == many[0], f"--- few ---\n{few[1]}\n--- many ---\n{many[1]}"
    assert many[0] <= 15, many[1]


def test_uncached_index_and_article_queries_do_not_grow_with_the_number_of_news(client, news_tree):
    article = add_many(news_tree, 12)
    urls = ["/fi/ajankohtaista/", "/fi/ajankohtaista/?category=foorumit&tag=aihe-1", article.url]
    few = {url: count_queries(client, url, cold=True) for url in urls}
    add_many(news_tree, 120, start=12)
    many = {url: count_queries(client, url, cold=True) for url in urls}
    for url in urls:
        assert few[url][0] == many[url][0], f"{url}\n--- few ---\n{few[url][1]}\n--- many ---\n{many[url][1]}"
