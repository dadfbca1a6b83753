"""Ranking (title above body, no recency burying) and index freshness (publish, unpublish, move, delete, update_index)."""

from datetime import date, timedelta

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page

from search.models import SearchDocument

from .conftest import add_standard_page, publish, result_titles


def titles_for(client, query, url="/fi/haku/"):
    return result_titles(client.get(url, {"q": query}))


def test_title_match_ranks_above_body_only_matches(client, small_site):
    home = small_site["home_fi"]
    for number in range(3):
        add_standard_page(home, f"Tiedote {number}", lead="Tiedote.", body_text="Perehdytys " * 8 + "uusille hallituksen jäsenille.")
    add_standard_page(home, "Perehdytys", lead="Lyhyt sivu.")
    assert titles_for(client, "perehdytys")[0] == "Perehdytys"


def test_lead_match_ranks_above_body_match(client, small_site):
    home = small_site["home_fi"]
    add_standard_page(home, "Sivu A", lead="Muuta tietoa.", body_text="Talkoot pidetään keväällä.")
    add_standard_page(home, "Sivu B", lead="Talkoot kokoavat kylän.", body_text="Muuta tietoa.")
    assert titles_for(client, "talkoot")[:2] == ["Sivu B", "Sivu A"]


@pytest.mark.skipif(not (apps.is_installed("news") and apps.is_installed("toolkit")), reason="needs the news and toolkit plugins")
def test_recent_news_does_not_bury_an_exact_guide_title(client, small_site):
    home = small_site["home_fi"]
    NewsIndexPage = apps.get_model("news", "NewsIndexPage")
    NewsPage = apps.get_model("news", "NewsPage")
    ToolkitIndexPage = apps.get_model("toolkit", "ToolkitIndexPage")
    GuidePage = apps.get_model("toolkit", "GuidePage")
    news_index = home.add_child(instance=NewsIndexPage(title="Ajankohtaista", slug="ajankohtaista"))
    toolkit = home.add_child(instance=ToolkitIndexPage(title="Työkalupakki", slug="tyokalupakki"))
    guide = toolkit.add_child(
        instance=GuidePage(
            title="Yhdistysavustuksen hakeminen", slug="avustusopas", summary="Näin teet hakemuksen.",
            for_associations=True, last_reviewed=date(2024, 1, 10),
        )
    )
    publish(guide)
    for number in range(4):
        item = news_index.add_child(
            instance=NewsPage(
                title=f"Yhdistysavustuksen hakeminen alkaa {number}", slug=f"uutinen-{number}",
                date=date.today() - timedelta(days=number),
                lead="Yhdistysavustuksen hakeminen alkaa. Yhdistysavustuksen hakemisesta kerrotaan lisää.",
            )
        )
        publish(item)
    titles = titles_for(client, "yhdistysavustuksen hakeminen")
    assert titles[0] == "Yhdistysavustuksen hakeminen"
    assert len(titles) == 5
    assert titles_for(client, "Yhdistysavustuksen hakeminen")[0] == "Yhdistysavustuksen hakeminen"
    api = client.get("/api/v2/pages/", {"search": "yhdistysavustuksen hakeminen", "locale": "fi"}).json()
    assert api["items"][0]["title"] == "Yhdistysavustuksen hakeminen"


def test_publishing_makes_a_page_findable_at_once(client, small_site):
    page = add_standard_page(small_site["home_fi"], "Kesäleiri", lead="Leiri lapsille.")
    assert titles_for(client, "kesäleirit") == ["Kesäleiri"]
    page.title = "Talvileiri"
    publish(page)
    assert titles_for(client, "kesäleiri") == []
    assert titles_for(client, "talvileiri") == ["Talvileiri"]


def test_unpublishing_removes_a_page_at_once(client, small_site):
    page = small_site["fi"]["grants"]
    assert "Avustukset yhdistyksille" in titles_for(client, "avustus")
    page.unpublish()
    assert "Avustukset yhdistyksille" not in titles_for(client, "avustus")
    assert not SearchDocument.objects.filter(page=page).exists()


def test_deleting_removes_a_page_at_once(client, small_site):
    page = small_site["fi"]["grants"]
    page.delete()
    assert "Avustukset yhdistyksille" not in titles_for(client, "avustus")
    assert not SearchDocument.objects.filter(page_id=page.pk).exists()


def test_moving_a_page_updates_its_address_and_privacy(client, small_site):
    from wagtail.models import PageViewRestriction

    home = small_site["home_fi"]
    private = add_standard_page(home, "Jäsenille", lead="Jäsenten sivut.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    public = add_standard_page(home, "Avoimet ovet", lead="Kaikille.")
    page = small_site["fi"]["premises"]
    page.move(public, pos="last-child")
    hit = next(hit for hit in client.get("/fi/haku/", {"q": "tiloissa"}).context["listing"].hits if hit["title"] == "Yhdistystilat")
    assert hit["url"] == "/fi/avoimet-ovet/yhdistystilat/"
    Page.objects.get(pk=page.pk).move(private, pos="last-child")
    assert "Yhdistystilat" not in titles_for(client, "tiloissa")
    assert not SearchDocument.objects.filter(page_id=page.pk).exists()


def test_update_index_rebuilds_everything(client, small_site):
    SearchDocument.objects.all().delete()
    assert titles_for(client, "avustus") == []
    call_command("update_index", verbosity=0)
    assert "Avustukset yhdistyksille" in titles_for(client, "avustus")
    assert "Understöd för föreningar" in titles_for(client, "förening", url="/sv/sok/")
    assert not SearchDocument.objects.filter(page__live=False).exists()


def test_unpublished_translation_is_not_found(client, small_site):
    page = small_site["sv"]["grants"]
    page.unpublish()
    assert "Understöd för föreningar" not in titles_for(client, "förening", url="/sv/sok/")


def test_exact_title_bonus_also_for_queries_with_many_base_form_combinations(client, small_site, monkeypatch):
    from search import query

    home = small_site["home_fi"]
    add_standard_page(home, "Talkoot kylätalolla", lead="Tervetuloa.")
    add_standard_page(
        home, "Talkoot ja kylätalon kunnostus", lead="Talkoot kylätalolla. Talkoot kylätalolla.", body_text="Talkoot kylätalolla. " * 6
    )
    expected = titles_for(client, "talkoot kylätalolla")
    assert expected[0] == "Talkoot kylätalolla"
    # Past the limit of listed combinations, titles are compared one by one: same ranking.
    monkeypatch.setattr(query, "MAX_TITLE_FORMS", 0)
    assert titles_for(client, "talkoot kylätalolla") == expected


def test_index_rows_of_pages_that_are_no_longer_public_are_never_shown(client, small_site):
    """Rows left behind by a change that sent no signal (a bulk update) are filtered out by the query itself."""
    from wagtail.models import PageViewRestriction

    home = small_site["home_fi"]
    unpublished, restricted, _public = (add_standard_page(home, f"Syysretki {number}", lead="Retki.") for number in range(3))
    Page.objects.filter(pk=unpublished.pk).update(live=False)
    PageViewRestriction.objects.bulk_create([PageViewRestriction(page=restricted, restriction_type=PageViewRestriction.LOGIN)])
    assert SearchDocument.objects.filter(page__in=[unpublished, restricted]).count() == 2
    response = client.get("/fi/haku/", {"q": "syysretki"})
    assert result_titles(response) == ["Syysretki 2"]
    assert response.context["listing"].total_count == 1
    api = client.get("/api/v2/pages/", {"search": "syysretki", "locale": "fi"}).json()
    assert [item["title"] for item in api["items"]] == ["Syysretki 2"]
    typeahead = client.get("/api/v2/search/typeahead/", {"q": "syysr", "locale": "fi"}).json()
    assert [item["title"] for item in typeahead["results"]] == ["Syysretki 2"]
