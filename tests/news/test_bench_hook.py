import pytest
from wagtail import hooks

from tests.news.conftest import add_news

pytestmark = pytest.mark.django_db


def benchmark_paths():
    paths = []
    for hook in hooks.get_hooks("register_benchmark_urls"):
        for entry in hook():
            found = entry() if callable(entry) else entry
            paths.extend(found if isinstance(found, list) else [found])
    return paths


def test_benchmark_measures_the_news_index_archives_feeds_article_and_api(client, news_tree):
    article = add_news(news_tree["index_fi"], title="Uutinen", slug="uutinen", categories=[news_tree["forums"]],
                       tags=["kunnat"])
    paths = benchmark_paths()
    archives = ["/fi/ajankohtaista/?category=foorumit", "/fi/ajankohtaista/?tag=kunnat",
                f"/fi/ajankohtaista/?month={article.date:%Y-%m}"]
    for path in ["/fi/ajankohtaista/", *archives, "/fi/ajankohtaista/rss/", "/fi/ajankohtaista/atom/", article.url,
                 "/api/v2/news/?locale=fi"]:
        assert path in paths
        response = client.get(path)
        assert response.status_code == 200
        if "?" in path:
            assert "Uutinen" in response.content.decode()
