from datetime import date, timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.news.conftest import NewsPageFactory, add_news

pytestmark = pytest.mark.django_db


def titles(response):
    return [item.title for item in response.context["listing"].page.object_list]


def test_index_lists_live_news_newest_first(client, news_tree):
    index = news_tree["index_fi"]
    add_news(index, title="Vanha uutinen", date=date(2025, 1, 10))
    add_news(index, title="Uusi uutinen", date=date(2025, 3, 1))
    response = client.get("/fi/ajankohtaista/")
    assert response.status_code == 200
    assert titles(response) == ["Uusi uutinen", "Vanha uutinen"]
    assert '<time datetime="2025-03-01">1. maaliskuuta 2025</time>' in response.text


def test_draft_scheduled_private_and_other_language_news_are_not_listed(client, news_tree):
    index = news_tree["index_fi"]
    add_news(index, title="Julkaistu uutinen")
    NewsPageFactory(parent=index, title="Luonnosuutinen", live=False)
    scheduled = NewsPageFactory(parent=index, title="Ajastettu uutinen", live=False, date=timezone.localdate() + timedelta(days=3))
    scheduled.go_live_at = timezone.now() + timedelta(days=3)
    scheduled.save_revision().publish()
    private = add_news(index, title="Yksityinen uutinen")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    add_news(news_tree["index_sv"], title="Svensk nyhet")
    response = client.get("/fi/ajankohtaista/")
    assert titles(response) == ["Julkaistu uutinen"]
    for hidden in ["Luonnosuutinen", "Ajastettu uutinen", "Yksityinen uutinen", "Svensk nyhet"]:
        assert hidden not in response.text


def test_swedish_index_lists_swedish_news_with_swedish_categories(client, news_tree):
    add_news(news_tree["index_fi"], title="Suomalainen uutinen", categories=[news_tree["forums"]])
    add_news(news_tree["index_sv"], title="Svensk nyhet", categories=[news_tree["forums_sv"]])
    response = client.get("/sv/aktuellt/")
    assert titles(response) == ["Svensk nyhet"]
    assert '<span class="news-badge">Forum</span>' in response.text
    assert "Nyheter" in response.text or "nyhet" in response.text


@pytest.fixture
def many_news(news_tree):
    index = news_tree["index_fi"]
    for number in range(23):
        add_news(index, title=f"Uutinen numero {number}", slug=f"numero-{number}", date=date(2025, 1, 1) + timedelta(days=number * 5))
    return news_tree


def test_index_is_paginated(client, many_news):
    first = client.get("/fi/ajankohtaista/")
    assert len(titles(first)) == 10
    assert 'href="?page=2"' in first.text
    third = client.get("/fi/ajankohtaista/?page=3")
    assert titles(third) == ["Uutinen numero 2", "Uutinen numero 1", "Uutinen numero 0"]


@pytest.mark.parametrize(("page", "expected_first"), [("99", "Uutinen numero 2"), ("x", "Uutinen numero 22"), ("-1", "Uutinen numero 2")])
def test_page_past_the_end_or_not_a_number_gives_a_page(client, many_news, page, expected_first):
    response = client.get(f"/fi/ajankohtaista/?page={page}")
    assert response.status_code == 200
    assert titles(response)[0] == expected_first


def test_filters_by_category_tag_and_month_combined_in_the_query_string(client, news_tree):
    index, forums, grants = news_tree["index_fi"], news_tree["forums"], news_tree["grants"]
    add_news(index, title="Foorumi maaliskuussa", date=date(2025, 3, 5), categories=[forums], tags=["tilat"])
    add_news(index, title="Foorumi huhtikuussa", date=date(2025, 4, 5), categories=[forums], tags=["tilat"])
    add_news(index, title="Avustus maaliskuussa", date=date(2025, 3, 9), categories=[grants], tags=["tilat"])
    add_news(index, title="Foorumi ilman tunnistetta", date=date(2025, 3, 20), categories=[forums])
    assert titles(client.get("/fi/ajankohtaista/?category=foorumit")) == [
        "Foorumi huhtikuussa", "Foorumi ilman tunnistetta", "Foorumi maaliskuussa"
    ]
    assert titles(client.get("/fi/ajankohtaista/?tag=tilat")) == ["Foorumi huhtikuussa", "Avustus maaliskuussa", "Foorumi maaliskuussa"]
    assert titles(client.get("/fi/ajankohtaista/?month=2025-03")) == [
        "Foorumi ilman tunnistetta", "Avustus maaliskuussa", "Foorumi maaliskuussa"
    ]
    combined = client.get("/fi/ajankohtaista/?category=foorumit&tag=tilat&month=2025-03")
    assert titles(combined) == ["Foorumi maaliskuussa"]
    # The active filters are shown, each with a link that removes it.
    assert "Näytetään uutiset, jotka on rajattu" in combined.text
    assert 'href="?tag=tilat&amp;month=2025-03"' in combined.text
    assert 'href="?category=foorumit&amp;month=2025-03"' in combined.text
    assert 'href="?category=foorumit&amp;tag=tilat"' in combined.text


def test_swedish_translation_linked_to_finnish_category_is_found_by_swedish_slug(client, news_tree):
    # A translation copied without wagtail-localize still points at the Finnish category.
    add_news(news_tree["index_sv"], title="Svensk nyhet", categories=[news_tree["forums"]])
    response = client.get("/sv/aktuellt/?category=forum")
    assert titles(response) == ["Svensk nyhet"]
    assert '<span class="news-badge">Forum</span>' in response.text


@pytest.mark.parametrize("query", ["category=ei-ole", "tag=ei-ole", "month=2025-13", "month=maaliskuu"])
def test_unknown_filter_gives_an_empty_state_with_a_message(client, news_tree, query):
    add_news(news_tree["index_fi"], title="Uutinen")
    response = client.get(f"/fi/ajankohtaista/?{query}")
    assert response.status_code == 200
    assert titles(response) == []
    assert "Uutisia ei löytynyt." in response.text
    assert response.context["filters"].problems
    assert '<meta name="robots" content="noindex">' in response.text
    assert 'href="/fi/ajankohtaista/">Näytä kaikki uutiset' in response.text


def test_monthly_archive_counts_items_per_month(client, news_tree):
    index = news_tree["index_fi"]
    for day in (3, 14, 25):
        add_news(index, date=date(2025, 2, day))
    add_news(index, date=date(2025, 4, 1))
    NewsPageFactory(parent=index, date=date(2025, 4, 2), live=False)
    archive = client.get("/fi/ajankohtaista/").context["listing"].archive
    assert [(entry["month"], entry["count"]) for entry in archive] == [(date(2025, 4, 1), 1), (date(2025, 2, 1), 3)]
    response = client.get("/fi/ajankohtaista/")
    assert '<a href="?month=2025-02">Helmikuu 2025</a> <span class="news-archive__count">(3)</span>' in response.text


def test_index_links_its_feeds_as_alternates(client, news_tree):
    response = client.get("/fi/ajankohtaista/")
    assert '<link rel="alternate" type="application/rss+xml" title="Uutiset (RSS)" href="http://testserver/fi/ajankohtaista/rss/">' in response.text
    assert '<link rel="alternate" type="application/atom+xml" title="Uutiset (Atom)" href="http://testserver/fi/ajankohtaista/atom/">' in response.text
    category = client.get("/fi/ajankohtaista/?category=foorumit")
    assert 'href="http://testserver/fi/ajankohtaista/rss/?category=foorumit"' in category.text


def test_news_can_only_be_created_below_a_news_index():
    from home.models import HomePage, StandardPage
    from news.models import NewsIndexPage, NewsPage

    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
    assert NewsIndexPage.allowed_parent_page_models() == [HomePage]
    assert NewsPage not in StandardPage.allowed_subpage_models()
    assert NewsPage.allowed_subpage_models() == []


def test_one_news_index_per_home_page(news_tree):
    from news.models import NewsIndexPage

    assert not NewsIndexPage.can_create_at(news_tree["home_fi"])


def test_news_are_found_by_search(news_tree):
    from news.models import NewsPage

    add_news(news_tree["index_fi"], title="Foorumi", lead="Syksyn järjestöfoorumi kokoaa yhdistykset.", tags=["tilavaraus"])
    add_news(news_tree["index_fi"], title="Muuta", lead="Jotain aivan muuta.")
    assert [page.title for page in NewsPage.objects.live().search("järjestöfoorumi")] == ["Foorumi"]
