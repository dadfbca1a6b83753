import json
import re
from datetime import date

import pytest

from tests.factories import ContactPersonFactory, OrganisationFactory
from tests.news.conftest import add_news, make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(news_tree):
    author = ContactPersonFactory(name="Maija Esimerkki", organisation=OrganisationFactory(name="Järjestöhubi Yhdessä"))
    page = add_news(
        news_tree["index_fi"],
        title="Järjestöyhteistyöryhmä on perustettu",
        slug="ryhma-perustettu",
        date=date(2025, 3, 7),
        lead="Ryhmään valittiin 19 jäsentä ja 17 varajäsentä.",
        body=[("text", "<p>Ryhmä kokoontuu neljä kertaa vuodessa.</p>")],
        categories=[news_tree["forums"]],
        tags=["vapaaehtoistyö", "kunnat"],
        authors=[author],
        main_image=make_image(),
        main_image_alt="Ihmisiä kokouksessa",
    )
    return {**news_tree, "article": page, "author": author}


def test_article_shows_date_lead_body_and_image(client, article):
    response = client.get("/fi/ajankohtaista/ryhma-perustettu/")
    assert response.status_code == 200
    assert '<time datetime="2025-03-07">7. maaliskuuta 2025</time>' in response.text
    assert "Ryhmään valittiin 19 jäsentä ja 17 varajäsentä." in response.text
    assert "Ryhmä kokoontuu neljä kertaa vuodessa." in response.text
    assert 'alt="Ihmisiä kokouksessa"' in response.text
    assert '<meta property="og:type" content="article">' in response.text


def test_swedish_article_date_is_in_swedish(client, article):
    add_news(article["index_sv"], title="Svensk nyhet", slug="svensk-nyhet", date=date(2025, 3, 7))
    response = client.get("/sv/aktuellt/svensk-nyhet/")
    assert '<time datetime="2025-03-07">7.3.2025</time>' in response.text


def test_categories_and_tags_link_to_the_filtered_index(client, article):
    response = client.get("/fi/ajankohtaista/ryhma-perustettu/")
    assert '<a class="news-badge" href="/fi/ajankohtaista/?category=foorumit">Foorumit</a>' in response.text
    assert '<a class="news-tag" href="/fi/ajankohtaista/?tag=vapaaehtoisty%C3%B6">vapaaehtoistyö</a>' in response.text
    assert '<a class="news-tag" href="/fi/ajankohtaista/?tag=kunnat">kunnat</a>' in response.text


def test_authors_are_shown_with_a_contact_card(client, article):
    response = client.get("/fi/ajankohtaista/ryhma-perustettu/")
    authors = response.text.split('id="news-authors-title"')[1].split("</section>")[0]
    assert "Kirjoittaja" in authors
    assert '<p class="contact-card__name">Maija Esimerkki</p>' in authors
    assert "Järjestöhubi Yhdessä" in authors
    assert f'href="mailto:{article["author"].email}"' in authors


def test_previous_and_next_news(client, article):
    index = article["index_fi"]
    add_news(index, title="Aiempi uutinen", slug="aiempi", date=date(2025, 3, 1))
    add_news(index, title="Myöhempi uutinen", slug="myohempi", date=date(2025, 3, 20))
    add_news(index, title="Uusin uutinen", slug="uusin", date=date(2025, 5, 1))
    pager = client.get("/fi/ajankohtaista/ryhma-perustettu/").text.split('class="news-pager"')[1]
    assert '<a href="/fi/ajankohtaista/myohempi/" rel="prev">Myöhempi uutinen</a>' in pager
    assert '<a href="/fi/ajankohtaista/aiempi/" rel="next">Aiempi uutinen</a>' in pager
    assert "Uusin uutinen" not in pager


def test_related_pages_are_linked(client, article):
    page = article["article"]
    page.related_pages.create(related_page=article["about_fi"])
    page.save_revision().publish()
    response = client.get("/fi/ajankohtaista/ryhma-perustettu/")
    assert '<a href="/fi/mita-jarjestotoiminta-on/">Mitä järjestötoiminta on?</a>' in response.text


def test_share_links_need_no_script(client, article):
    response = client.get("/fi/ajankohtaista/ryhma-perustettu/")
    share = response.text.split('class="news-share"')[1].split("</section>")[0]
    assert "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftestserver%2Ffi%2Fajankohtaista%2Fryhma-perustettu%2F" in share
    assert "https://www.linkedin.com/sharing/share-offsite/?url=" in share
    assert "mailto:?subject=" in share
    assert "<script" not in share


def test_news_article_json_ld_is_valid_json(client, article):
    response = client.get("/fi/ajankohtaista/ryhma-perustettu/")
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S)
    data = json.loads(match.group(1))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Järjestöyhteistyöryhmä on perustettu"
    assert data["datePublished"] == "2025-03-07"
    assert data["author"] == [{"@type": "Person", "name": "Maija Esimerkki"}]
    assert data["mainEntityOfPage"]["@id"] == "http://testserver/fi/ajankohtaista/ryhma-perustettu/"
    assert data["image"][0].startswith("http://testserver/media/images/")
    assert data["inLanguage"] == "fi"


def test_json_ld_escapes_html_in_titles(client, article):
    page = article["article"]
    page.title = "</script><script>alert(1)</script>"
    page.save_revision().publish()
    response = client.get("/fi/ajankohtaista/ryhma-perustettu/")
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S)
    assert json.loads(match.group(1))["headline"] == "</script><script>alert(1)</script>"
