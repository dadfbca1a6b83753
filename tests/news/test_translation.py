"""News translated with wagtail-localize: categories follow, tags stay per language."""

from datetime import date

import pytest
from wagtail_localize.models import Translation, TranslationSource

from home.demo import translate_to_swedish
from tests.news.conftest import add_news

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated(news_tree):
    page = add_news(
        news_tree["index_fi"],
        title="Foorumi alkaa",
        slug="foorumi-alkaa",
        date=date(2025, 4, 1),
        lead="Tervetuloa foorumiin.",
        categories=[news_tree["forums"]],
        tags=["foorumi"],
    )
    swedish, _created = translate_to_swedish(
        page, {"Foorumi alkaa": "Forumet börjar", "foorumi-alkaa": "forumet-borjar", "Tervetuloa foorumiin.": "Välkommen till forumet."}
    )
    swedish.tags.clear()
    swedish.tags.add("forum")
    swedish.save_revision().publish()
    return {**news_tree, "page": page, "swedish": swedish}


def test_translated_news_points_at_the_swedish_category(client, translated):
    swedish = translated["swedish"]
    assert [link.category for link in swedish.news_categories.all()] == [translated["forums_sv"]]
    response = client.get("/sv/aktuellt/forumet-borjar/")
    assert response.status_code == 200
    assert '<a class="news-badge" href="/sv/aktuellt/?category=forum">Forum</a>' in response.text
    assert '<a class="news-tag" href="/sv/aktuellt/?tag=forum">forum</a>' in response.text


def test_syncing_the_finnish_item_keeps_the_swedish_tags(translated):
    page = translated["page"]
    page.tags.add("tilat")
    page.date = date(2025, 4, 3)
    page.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    Translation.objects.get(source=source, target_locale=translated["swedish"].locale).save_target(publish=True)
    swedish = type(translated["swedish"]).objects.get(pk=translated["swedish"].pk)
    assert sorted(swedish.tags.names()) == ["forum"]
    assert swedish.date == date(2025, 4, 3)  # synchronised fields still follow
