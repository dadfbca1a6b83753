"""Every public page type and API list costs the same number of queries with few items and with many.

The content comes from the plugins' ``register_scale_content`` generators (the
ones ``manage.py load_scale`` runs), first 5 items of each kind, then 60 more.
Each URL is measured cold (caches emptied before the request), so cached
fragments cannot hide a query per item; the counts must be equal and stay within
the pinned bounds.
"""

import io

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page

from home.scale import ScaleContext, scale_contents

pytestmark = pytest.mark.django_db

FEW, MORE = 10, 60


def installed(app):
    return app in settings.INSTALLED_APPS


def make_images(count=2):
    for number in range(count):
        buffer = io.BytesIO()
        PILImage.new("RGB", (1600, 900), (42, 110, 187 - number)).save(buffer, "PNG")
        get_image_model().objects.create(
            title=f"Kuva {number}", description="Sininen kuvitus", file=SimpleUploadedFile(f"kuva-{number}.png", buffer.getvalue())
        )


@pytest.fixture
def scale_site(site_tree):
    make_images()
    # Every item has an image: whether a listing runs its image queries must not depend on which items it shows.
    context = ScaleContext(io.StringIO(), site_tree["home_fi"], site_tree["home_sv"], site_tree["home_fi"].locale,
                           site_tree["home_sv"].locale, image_every=1)
    if installed("search"):
        from search.models import SearchPage

        site_tree["home_fi"].add_child(instance=SearchPage(title="Haku", slug="haku"))
    return {**site_tree, "context": context}


def grow(scale_site, count, *, index=False):
    """``count`` more items of every installed kind (with ``index``: one kind, indexed for search)."""
    contents = scale_contents()
    if index:
        contents = {name: content for name, content in contents.items() if name == "news"} or dict(list(contents.items())[:1])
    for content in contents.values():
        content.generate(scale_site["context"], count)
    if index:
        from search.indexing import rebuild

        rebuild()


def first(model_path, **filters):
    """The first Finnish page of a model (by app label and name), as the generators left it."""
    from django.apps import apps

    model = apps.get_model(model_path)
    return model.objects.filter(locale__language_code="fi", **filters).order_by("path").first()


def count_queries(client, url):
    client.get(url)  # warm-up: locales, site root paths
    for alias in settings.CACHES:
        caches[alias].clear()  # cold: every cached fragment is rebuilt
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    return len(queries), "\n".join(query["sql"][:200] for query in queries.captured_queries)


def core_urls(site):
    return {"/fi/": 36, "/sv/": 37, site["about_fi"].url: 18}


def news_urls(site):
    from news.models import NewsCategory

    index, article = first("news.NewsIndexPage"), first("news.NewsPage")
    category = NewsCategory.objects.filter(locale=index.locale).order_by("pk").first()
    base = index.url
    return {
        base: 28,
        f"{base}?page=2": 28,
        f"{base}?category={category.slug}": 29,
        f"{base}?tag=nuoret": 29,
        f"{base}?month={article.date:%Y-%m}": 28,
        f"{base}rss/": 22,
        f"{base}atom/": 22,
        article.url: 32,  # the main image as WebP and JPEG renditions
        "/api/v2/pages/?type=news.NewsPage&locale=fi&limit=20": 8,
        "/api/v2/news/?locale=fi&limit=20": 12,
    }


def toolkit_urls(site):
    index, guide = first("toolkit.ToolkitIndexPage"), first("toolkit.GuidePage")
    return {
        index.url: 23,
        f"{index.url}?audience=associations": 23,
        guide.url: 23,
        "/api/v2/pages/?type=toolkit.GuidePage&locale=fi&limit=20": 8,
        "/api/v2/guides/?locale=fi&limit=20": 9,
    }


def premises_urls(site):
    index, space = first("premises.PremisesIndexPage"), first("premises.PremisesPage")
    return {
        index.url: 24,
        f"{index.url}?municipality=837&min_capacity=10&access=step_free&use=meeting": 22,
        f"{index.url}geojson/": 14,
        space.url: 32,
        "/api/v2/pages/?type=premises.PremisesPage&locale=fi&limit=20": 8,
        "/api/v2/premises/?locale=fi&limit=20": 14,
    }


def events_urls(site):
    index, event = first("events.EventIndexPage"), first("events.EventPage")
    return {
        index.url: 28,
        f"{index.url}?when=past": 28,
        f"{index.url}ical/": 18,
        event.url: 35,
        f"{event.url}ical/": 12,
        "/api/v2/pages/?type=events.EventPage&locale=fi&limit=20": 8,
        "/api/v2/events/?locale=fi&limit=20": 12,
    }


def search_urls(site):
    return {"/fi/haku/?q=yhdistys": 24, "/api/v2/pages/?search=yhdistys&locale=fi&limit=20": 11}


SCENARIOS = {
    "home": core_urls,
    "news": news_urls,
    "toolkit": toolkit_urls,
    "premises": premises_urls,
    "events": events_urls,
    "search": search_urls,
}


@pytest.mark.parametrize("app", list(SCENARIOS))
def test_queries_do_not_grow_with_the_amount_of_content(app, client, scale_site):
    if not installed(app):
        pytest.skip(f"the {app} plugin is not installed")
    grow(scale_site, FEW, index=app == "search")
    urls = SCENARIOS[app](scale_site)
    few = {url: count_queries(client, url) for url in urls}
    pages_before = Page.objects.count()
    grow(scale_site, MORE, index=app == "search")
    assert Page.objects.count() >= pages_before + MORE * 2
    many = {url: count_queries(client, url) for url in urls}
    grown = [f"{url}: {few[url][0]} → {many[url][0]}\n{many[url][1]}" for url in urls if few[url][0] != many[url][0]]
    assert not grown, "\n".join(grown)
    over = [f"{url}: {many[url][0]} > {bound}\n{many[url][1]}" for url, bound in urls.items() if many[url][0] > bound]
    assert not over, "\n".join(over)
