"""News fixtures: an index per language and helpers that build items as editors do."""

import io
from datetime import date, timedelta

import factory
import pytest
import wagtail_factories
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale

from news.models import NewsCategory, NewsIndexPage, NewsPage, NewsPageAuthor, NewsPageCategory
from tests.conftest import publish_translation


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Ajankohtaista"
    slug = "ajankohtaista"
    lead = "Uutisia järjestöyhteistyöstä."


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Uutinen {n}")
    slug = factory.Sequence(lambda n: f"uutinen-{n}")
    lead = factory.Sequence(lambda n: f"Uutisen {n} ingressi.")
    date = factory.Sequence(lambda n: date(2025, 6, 30) - timedelta(days=n))


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsCategory

    name = factory.Sequence(lambda n: f"Kategoria {n}")
    slug = factory.Sequence(lambda n: f"kategoria-{n}")
    locale = factory.LazyFunction(Locale.get_default)


def make_image(title="Uutiskuva", description="Ihmisiä foorumissa"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), (42, 110, 187)).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, description=description, file=SimpleUploadedFile("uutiskuva.png", buffer.getvalue())
    )


def add_news(parent, *, categories=(), tags=(), authors=(), **fields):
    """A published news item with categories, tags and authors, as the admin saves it."""
    page = NewsPageFactory.build(**fields)
    page.locale = parent.locale
    for category in categories:
        page.news_categories.add(NewsPageCategory(category=category, locale=parent.locale))
    for person in authors:
        page.authors.add(NewsPageAuthor(person=person, locale=parent.locale))
    parent.add_child(instance=page)
    if tags:
        page.tags.add(*tags)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def news_tree(site_tree):
    """A Finnish and a Swedish news index with categories in both languages."""
    index_fi = NewsIndexPageFactory(parent=site_tree["home_fi"])
    index_sv = publish_translation(index_fi, site_tree["home_sv"].locale, title="Aktuellt", slug="aktuellt")
    forums = NewsCategoryFactory(name="Foorumit", slug="foorumit")
    grants = NewsCategoryFactory(name="Avustukset", slug="avustukset")
    forums_sv = forums.copy_for_translation(site_tree["home_sv"].locale)
    forums_sv.name, forums_sv.slug = "Forum", "forum"
    forums_sv.save()
    return {
        **site_tree,
        "index_fi": index_fi,
        "index_sv": index_sv,
        "forums": forums,
        "grants": grants,
        "forums_sv": forums_sv,
    }
