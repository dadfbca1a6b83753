"""Editors: the search page in the admin, promoted results, the report of searches."""

from datetime import timedelta

from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.test.utils.form_data import nested_form_data, rich_text

from search.models import SearchPage, SearchQueryDay

from .conftest import result_titles


def test_editor_can_create_a_search_page_below_a_home_page(client, editor, site_tree):
    client.force_login(editor)
    home = site_tree["home_fi"]
    response = client.post(
        f"/admin/pages/add/search/searchpage/{home.pk}/",
        nested_form_data({"title": "Haku", "slug": "haku", "intro": rich_text("<p>Hae sivustolta.</p>"), "suggestions": "avustukset", "action-publish": "publish"}),
    )
    assert response.status_code == 302
    page = SearchPage.objects.get(slug="haku")
    assert page.live
    assert client.get("/fi/haku/").status_code == 200


def test_promoted_result_shows_first_also_for_an_inflected_query(client, small_site):
    target = small_site["fi"]["group"]
    SearchPromotion.objects.create(query=Query.get("avustus"), page=target, sort_order=0, description="Suositeltu sivu.")
    response = client.get("/fi/haku/", {"q": "avustuksia"})
    promotions = response.context["listing"].promotions
    assert [item["title"] for item in promotions] == ["Järjestöyhteistyöryhmä"]
    main = response.content.decode().split('id="main"')[1]
    assert main.index("Järjestöyhteistyöryhmä") < main.index("Avustukset yhdistyksille")


def test_promoted_page_is_shown_in_the_searchers_language_and_only_when_public(client, small_site):
    from tests.conftest import publish_translation

    target = small_site["fi"]["group"]
    SearchPromotion.objects.create(query=Query.get("förening"), page=target, sort_order=0)
    assert client.get("/sv/sok/", {"q": "förening"}).context["listing"].promotions == []
    publish_translation(target, small_site["home_sv"].locale, title="Samarbetsgruppen", slug="samarbetsgruppen")
    promotions = client.get("/sv/sok/", {"q": "förening"}).context["listing"].promotions
    assert [item["title"] for item in promotions] == ["Samarbetsgruppen"]
    target.unpublish()
    assert [item["title"] for item in client.get("/fi/haku/", {"q": "förening"}).context["listing"].promotions] == []


def test_report_lists_popular_and_empty_searches(client, editor, small_site):
    client.get("/fi/haku/", {"q": "avustus"})
    client.get("/fi/haku/", {"q": "avustus"})
    client.get("/fi/haku/", {"q": "krokotiili"})
    client.get("/sv/sok/", {"q": "förening"})
    SearchQueryDay.objects.create(query_string="vanha haku", locale=small_site["home_fi"].locale, date=timezone.localdate() - timedelta(days=60), hits=9)
    client.force_login(editor)
    response = client.get("/admin/reports/search-queries/")
    assert response.status_code == 200
    popular = response.context["popular"]
    assert popular[0]["query_string"] == "avustus" and popular[0]["searches"] == 2
    assert [row["query_string"] for row in response.context["empty"]] == ["krokotiili"]
    assert "vanha haku" not in [row["query_string"] for row in popular]
    assert "vanha haku" in [row["query_string"] for row in client.get("/admin/reports/search-queries/?days=90").context["popular"]]
    only_sv = client.get("/admin/reports/search-queries/?locale=sv").context["popular"]
    assert [row["query_string"] for row in only_sv] == ["förening"]
    csv = client.get("/admin/reports/search-queries/?export=csv")
    assert csv["Content-Type"].startswith("text/csv")
    assert "avustus,fi,2,0" in csv.content.decode()


def test_report_is_for_editors_only(client, small_site):
    response = client.get("/admin/reports/search-queries/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_report_is_in_the_reports_menu(client, editor):
    client.force_login(editor)
    assert "/admin/reports/search-queries/" in client.get("/admin/").content.decode()


def test_paging_and_filtering_are_not_counted_twice(client, small_site):
    client.get("/fi/haku/", {"q": "avustus"})
    client.get("/fi/haku/", {"q": "avustus", "page": 2})
    client.get("/fi/haku/", {"q": "avustus", "type": "home.standardpage"})
    assert SearchQueryDay.objects.get(query_string="avustus").hits == 1
    assert result_titles(client.get("/fi/haku/", {"q": "avustus"}))
