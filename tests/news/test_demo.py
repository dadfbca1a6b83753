"""The news demo content loaded by `manage.py load_demo`."""

import pytest
from django.db.models.functions import TruncMonth
from wagtail_localize.models import Translation

from news.models import NewsCategory, NewsIndexPage, NewsPage
from tests.conftest import demo_fixture, load_demo

pytestmark = pytest.mark.django_db


demo = demo_fixture("news")


def test_demo_has_finnish_news_over_six_months_with_categories_and_tags(client, demo):
    finnish = NewsPage.objects.live().filter(locale__language_code="fi")
    assert finnish.count() >= 15
    months = set(finnish.annotate(month=TruncMonth("date")).values_list("month", flat=True))
    assert len(months) >= 6
    assert NewsCategory.objects.filter(locale__language_code="fi").count() >= 3
    assert len({tag for page in finnish for tag in page.tags.names()}) >= 5
    response = client.get("/fi/ajankohtaista/")
    assert response.status_code == 200
    assert "Hyvinvointialueen järjestöyhteistyöryhmä on perustettu" in response.text


def test_three_demo_news_are_translated_to_swedish_with_wagtail_localize(client, demo):
    swedish = NewsPage.objects.live().filter(locale__language_code="sv")
    assert swedish.count() == 3
    for page in swedish:
        source = NewsPage.objects.get(translation_key=page.translation_key, locale__language_code="fi")
        assert Translation.objects.filter(source__object_id=source.translation_key, target_locale=page.locale).exists()
        assert all(category.locale_id == page.locale_id for category in page.category_list)
        assert set(page.tags.names()).isdisjoint(source.tags.names()) or page.tags.names() == []
    response = client.get("/sv/aktuellt/")
    assert response.status_code == 200
    assert "Välfärdsområdets samarbetsgrupp för föreningar har grundats" in response.text


def test_loading_the_demo_twice_changes_nothing(demo):
    before = (NewsPage.objects.count(), NewsIndexPage.objects.count(), NewsCategory.objects.count())
    load_demo("news")
    assert (NewsPage.objects.count(), NewsIndexPage.objects.count(), NewsCategory.objects.count()) == before
