import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import NewsPage
from tests.factories import ContactPersonFactory

pytestmark = pytest.mark.django_db


def test_editor_publishes_news_with_categories_tags_and_an_author_through_the_admin(client, news_tree, editor):
    client.force_login(editor)
    author = ContactPersonFactory(name="Aino Mallinen")
    index = news_tree["index_fi"]
    form = nested_form_data(
        {
            "title": "Foorumin ilmoittautuminen on auki",
            "slug": "foorumin-ilmoittautuminen",
            "date": "2025-04-02",
            "lead": "Ilmoittaudu syksyn järjestöfoorumiin.",
            "main_image_alt": "",
            "body": streamfield([("text", rich_text("<p>Tervetuloa mukaan!</p>"))]),
            "tags": "foorumi, tilat",
            "news_categories": inline_formset([{"category": news_tree["forums"].pk}]),
            "authors": inline_formset([{"person": author.pk}]),
            "related_pages": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/news/newspage/{index.pk}/", form)
    assert response.status_code == 302, response.content.decode()[:3000]

    page = NewsPage.objects.get(slug="foorumin-ilmoittautuminen")
    assert page.live
    assert [link.locale_id for link in page.news_categories.all()] == [index.locale_id]
    listing = client.get("/fi/ajankohtaista/?category=foorumit&tag=tilat")
    assert "Foorumin ilmoittautuminen on auki" in listing.text
    article = client.get("/fi/ajankohtaista/foorumin-ilmoittautuminen/")
    assert "Aino Mallinen" in article.text
    assert "Tervetuloa mukaan!" in article.text


def test_swedish_inline_rows_get_the_swedish_locale(news_tree):
    from tests.news.conftest import NewsPageFactory
    from news.models import NewsPageCategory

    page = NewsPageFactory(parent=news_tree["index_sv"])
    link = NewsPageCategory(page=page, category=news_tree["forums_sv"])
    link.save()
    assert link.locale == news_tree["index_sv"].locale


def test_news_category_snippet_is_in_the_admin(client, news_tree, editor):
    client.force_login(editor)
    response = client.get("/admin/snippets/news/newscategory/")
    assert response.status_code == 200
    assert "Foorumit" in response.text


def news_form(news_tree, **changes):
    return nested_form_data(
        {
            "title": "Esikatseltava uutinen",
            "slug": "esikatselu",
            "date": "2025-04-02",
            "lead": "Ingressi esikatseluun.",
            "main_image_alt": "",
            "body": streamfield([("text", rich_text("<p>Luonnosteksti.</p>"))]),
            "tags": "foorumi",
            "news_categories": inline_formset([{"category": news_tree["forums"].pk}]),
            "authors": inline_formset([]),
            "related_pages": inline_formset([]),
            **changes,
        }
    )


def test_editor_previews_a_new_and_an_existing_news_item(client, news_tree, editor):
    from tests.news.conftest import add_news

    client.force_login(editor)
    index = news_tree["index_fi"]
    add_news(index, title="Vanhempi uutinen", slug="vanhempi")
    preview_url = f"/admin/pages/add/news/newspage/{index.pk}/preview/"
    assert client.post(preview_url, news_form(news_tree)).json()["is_valid"]
    response = client.get(preview_url)
    assert response.status_code == 200
    assert "Luonnosteksti." in response.text
    assert "Foorumit" in response.text

    page = add_news(index, title="Julkaistu", slug="julkaistu")
    edit_preview = f"/admin/pages/{page.pk}/edit/preview/"
    assert client.post(edit_preview, news_form(news_tree, title="Muokattu otsikko", slug="julkaistu")).json()["is_valid"]
    response = client.get(edit_preview)
    assert response.status_code == 200
    assert "Muokattu otsikko" in response.text
    assert "Luonnosteksti." in response.text
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_news_index_preview_and_edit_view(client, news_tree, editor):
    client.force_login(editor)
    index = news_tree["index_fi"]
    assert client.get(f"/admin/pages/{index.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{index.pk}/edit/preview/").status_code in (200, 404)
