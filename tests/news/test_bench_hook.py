import pytest
from wagtail import hooks

from tests.news.conftest import add_news

pytestmark = pytest.mark.django_db


def test_benchmark_measures_the_news_index_feed_article_and_api(client, news_tree):
    article = add_news(news_tree["index_fi"], title="Uutinen", slug="uutinen")
    paths = [entry() if callable(entry) else entry for hook in hooks.get_hooks("register_benchmark_urls") for entry in hook()]
    for path in ["/fi/ajankohtaista/", "/fi/ajankohtaista/rss/", article.url, "/api/v2/news/?locale=fi"]:
        assert path in paths
        assert client.get(path).status_code == 200
