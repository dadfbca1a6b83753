"""A warm page makes no image renditions: the second render finds every rendition it needs."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from tests.news.conftest import add_news, make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def pictured(news_tree):
    """A home page with a hero image, and a news item with a main image and an image in its body."""
    home = news_tree["home_fi"]
    home.hero_image = make_image("Etusivun kuva")
    home.save_revision().publish()
    body_image = make_image("Tekstin kuva")
    article = add_news(
        news_tree["index_fi"],
        title="Foorumi kokosi järjestöt",
        main_image=make_image(),
        main_image_alt="Ihmisiä salissa",
        body=[{"type": "image", "value": {"image": body_image.pk, "alt_text": "Kaavio", "caption": "", "credit": ""}}],
    )
    return {"home": home, "article": article}


def render_twice(client, url):
    """Render cold, then again with empty caches (the templates run again): what the second render did."""
    assert client.get(url).status_code == 200
    rendition_model = get_image_model().get_rendition_model()
    before = rendition_model.objects.count()
    cache.clear()
    with (
        mock.patch.object(get_image_model(), "generate_rendition_file", autospec=True) as generate,
        CaptureQueriesContext(connection) as queries,
    ):
        response = client.get(url)
    assert response.status_code == 200
    writes = [query["sql"] for query in queries.captured_queries if "INSERT" in query["sql"] and rendition_model._meta.db_table in query["sql"]]
    return before, rendition_model.objects.count(), generate.call_count, writes, response


@pytest.mark.parametrize("page", ["home", "article"])
def test_a_warm_page_creates_no_renditions(client, pictured, page):
    url = pictured[page].url
    before, after, generated, writes, response = render_twice(client, url)
    assert before >= 1, "the first render made the page's renditions"
    assert after == before
    assert generated == 0
    assert writes == []
    assert b"/media/images/" in response.content
