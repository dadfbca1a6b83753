from datetime import date

import pytest

from tests.factories import ContactPersonFactory
from tests.news.conftest import NewsPageFactory, add_news, make_image

pytestmark = pytest.mark.django_db


def test_home_page_shows_the_three_latest_news_of_its_language(client, news_tree):
    index = news_tree["index_fi"]
    for day in range(1, 6):
        add_news(index, title=f"Uutinen {day}. päivältä", date=date(2025, 5, day))
    NewsPageFactory(parent=index, title="Luonnosuutinen", date=date(2025, 6, 1), live=False)
    add_news(news_tree["index_sv"], title="Svensk nyhet", date=date(2025, 6, 1))
    finnish = client.get("/fi/").text
    section = finnish.split('id="latest-news-title"')[1].split("</section>")[0]
    assert "Uusimmat uutiset" in finnish
    assert [title for title in ["Uutinen 5. päivältä", "Uutinen 4. päivältä", "Uutinen 3. päivältä"] if title in section] == [
        "Uutinen 5. päivältä", "Uutinen 4. päivältä", "Uutinen 3. päivältä"
    ]
    assert section.index("Uutinen 5. päivältä") < section.index("Uutinen 4. päivältä") < section.index("Uutinen 3. päivältä")
    assert "Uutinen 2. päivältä" not in section
    assert "Luonnosuutinen" not in section
    assert 'href="/fi/ajankohtaista/">Kaikki uutiset' in section
    swedish = client.get("/sv/").text
    assert "Senaste nytt" in swedish
    assert "Svensk nyhet" in swedish and "Uutinen 5. päivältä" not in swedish


def test_home_page_shows_a_newly_published_item(client, news_tree):
    add_news(news_tree["index_fi"], title="Ensimmäinen", date=date(2025, 5, 1))
    assert "Ensimmäinen" in client.get("/fi/").text
    add_news(news_tree["index_fi"], title="Tuore uutinen", date=date(2025, 5, 2))
    assert "Tuore uutinen" in client.get("/fi/").text


def test_home_page_without_news_has_no_news_section(client, news_tree):
    assert "latest-news-title" not in client.get("/fi/").text


# API ---------------------------------------------------------------------------


@pytest.fixture
def api_news(news_tree):
    index = news_tree["index_fi"]
    author = ContactPersonFactory(name="Aino Mallinen")
    add_news(
        index,
        title="Foorumi",
        slug="foorumi",
        date=date(2025, 3, 5),
        lead="Foorumin ingressi.",
        body=[("text", "<p>Tervetuloa.</p>")],
        categories=[news_tree["forums"]],
        tags=["tilat"],
        authors=[author],
        main_image=make_image(),
        main_image_alt="Kuvaus",
    )
    add_news(index, title="Avustus", slug="avustus", date=date(2025, 1, 20), categories=[news_tree["grants"]], tags=["avustukset"])
    add_news(index, title="Kesä", slug="kesa", date=date(2025, 6, 1), tags=["tilat"])
    add_news(news_tree["index_sv"], title="Svensk nyhet", slug="svensk", date=date(2025, 3, 1), categories=[news_tree["forums_sv"]])
    return news_tree


def test_pages_api_returns_news_fields(client, api_news):
    response = client.get(
        "/api/v2/pages/", {"type": "news.NewsPage", "locale": "fi", "fields": "*", "order": "-date"}
    )
    assert response.status_code == 200, response.content
    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Kesä", "Foorumi", "Avustus"]
    forum = items[1]
    assert forum["date"] == "2025-03-05"
    assert forum["lead"] == "Foorumin ingressi."
    assert forum["body"][0]["value"] == "<p>Tervetuloa.</p>"
    assert forum["main_image"]["width"] == 1200 and forum["main_image"]["height"] == 675
    assert forum["main_image"]["url"].startswith("/media/images/")
    assert forum["main_image_alt"] == "Kuvaus"
    assert forum["categories"] == [{"id": api_news["forums"].pk, "name": "Foorumit", "slug": "foorumit"}]
    assert forum["tags"] == ["tilat"]
    assert forum["author_list"][0]["name"] == "Aino Mallinen"


def test_news_endpoint_lists_news_newest_first_by_locale(client, api_news):
    data = client.get("/api/v2/news/", {"locale": "fi"}).json()
    assert [item["title"] for item in data["items"]] == ["Kesä", "Foorumi", "Avustus"]
    assert data["items"][1]["categories"][0]["slug"] == "foorumit"
    swedish = client.get("/api/v2/news/", {"locale": "sv"}).json()
    assert [item["title"] for item in swedish["items"]] == ["Svensk nyhet"]
    assert swedish["items"][0]["categories"] == [{"id": api_news["forums_sv"].pk, "name": "Forum", "slug": "forum"}]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"category": "foorumit"}, ["Foorumi"]),
        ({"tag": "tilat"}, ["Kesä", "Foorumi"]),
        ({"tag": "ei-ole"}, []),
        ({"date_from": "2025-02-01"}, ["Kesä", "Foorumi"]),
        ({"date_to": "2025-03-05"}, ["Foorumi", "Avustus"]),
        ({"date_from": "2025-02-01", "date_to": "2025-05-31", "tag": "tilat"}, ["Foorumi"]),
        ({"order": "date"}, ["Avustus", "Foorumi", "Kesä"]),
    ],
)
def test_news_endpoint_filters(client, api_news, params, expected):
    response = client.get("/api/v2/news/", {"locale": "fi", **params})
    assert response.status_code == 200, response.content
    assert [item["title"] for item in response.json()["items"]] == expected


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"date_from": "31.3.2025"}, "date_from"),
        ({"date_to": "2025-02-30"}, "date_to"),
        ({"date_from": "2025-05-01", "date_to": "2025-01-01"}, "date_from"),
        ({"category": "ei-ole"}, "ei-ole"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_news_endpoint_rejects_bad_parameters_with_a_message(client, api_news, params, message):
    response = client.get("/api/v2/news/", {"locale": "fi", **params})
    assert response.status_code == 400
    assert message in response.json()["message"]


def test_news_endpoint_detail(client, api_news):
    item = client.get("/api/v2/news/", {"locale": "fi", "category": "foorumit"}).json()["items"][0]
    detail = client.get(f"/api/v2/news/{item['id']}/").json()
    assert detail["lead"] == "Foorumin ingressi."
    assert detail["author_list"][0]["name"] == "Aino Mallinen"


def test_news_endpoint_hides_drafts(client, api_news):
    NewsPageFactory(parent=api_news["index_fi"], title="Luonnos", live=False)
    titles = [item["title"] for item in client.get("/api/v2/news/", {"locale": "fi"}).json()["items"]]
    assert "Luonnos" not in titles


def test_news_categories_endpoint_lists_each_language_with_slug_and_description(client, locales):
    from tests.news.conftest import NewsCategoryFactory

    NewsCategoryFactory(name="Foorumit", slug="foorumit", description="Foorumien uutiset.", locale=locales["fi"])
    NewsCategoryFactory(name="Forum", slug="forum", locale=locales["sv"])
    finnish = client.get("/api/v2/news_categories/", {"locale": "fi"}).json()
    assert [(item["name"], item["slug"], item["description"]) for item in finnish["items"]] == [
        ("Foorumit", "foorumit", "Foorumien uutiset.")
    ]
    swedish = client.get("/api/v2/news_categories/", {"locale": "sv", "slug": "forum"}).json()
    assert [item["name"] for item in swedish["items"]] == ["Forum"]
