from datetime import date
from pathlib import Path

import pytest

from tests.factories import ContactPersonFactory
from tests.news.conftest import add_news, make_image
from tests.test_html_validity import check_html

pytestmark = pytest.mark.django_db


def test_news_pages_have_no_html_errors(client, news_tree, tmp_path):
    index = news_tree["index_fi"]
    for number in range(12):
        add_news(index, title=f"Uutinen {number}", date=date(2025, 1, 1 + number), categories=[news_tree["forums"]], tags=["tilat"])
    article = add_news(
        index,
        title="Artikkeli",
        date=date(2025, 3, 1),
        body=[("text", "<p>Teksti.</p>")],
        categories=[news_tree["forums"]],
        tags=["tilat", "kunnat"],
        authors=[ContactPersonFactory()],
        main_image=make_image(),
        main_image_alt="Kuvaus",
    )
    article.related_pages.create(related_page=news_tree["about_fi"])
    article.save_revision().publish()
    urls = [
        "/fi/ajankohtaista/",
        "/fi/ajankohtaista/?category=foorumit&tag=tilat&month=2025-01&page=2",
        "/fi/ajankohtaista/?category=ei-ole",
        article.url,
        "/fi/",
    ]
    paths = []
    for number, url in enumerate(urls):
        response = client.get(url)
        assert response.status_code == 200
        path = tmp_path / f"news{number}.html"
        path.write_bytes(response.content)
        paths.append(path)
    errors = [f"{urls[paths.index(Path(m['url'][5:]))]}:{m.get('lastLine')}: {m['message']}" for m in check_html(paths)]
    assert errors == []
