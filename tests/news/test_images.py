"""The article's main image loads first; the listing's card images load lazily; all responsive WebP."""

import pytest

from tests.images import assert_responsive, content_images, make_photo
from tests.news.conftest import add_news

pytestmark = pytest.mark.django_db


def test_article_main_image_is_responsive_webp_and_not_lazy(client, news_tree):
    article = add_news(news_tree["index_fi"], title="Kuvauutinen", main_image=make_photo(), main_image_alt="Foorumin osallistujia")

    [image] = content_images(client.get(article.url))
    assert_responsive(image)
    assert "loading" not in image and image["alt"] == "Foorumin osallistujia"


def test_news_cards_are_responsive_webp_and_lazy(client, news_tree):
    for number in range(2):
        add_news(news_tree["index_fi"], title=f"Uutinen {number}", main_image=make_photo(f"Kuva {number}"))

    images = content_images(client.get("/fi/ajankohtaista/"))
    assert len(images) == 2
    for image in images:
        assert_responsive(image)
        assert image["loading"] == "lazy"
