from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.chrome import content_version
from home.roles import AGENTS, Grant
from home.scale import ScaleContent

from .demo import load_news_demo
from .listing import localize_categories, news_items
from .models import NewsCategory, NewsIndexPage, NewsPage
from .scale import generate_news

LATEST_COUNT = 3


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    menu_order = 310


register_snippet(NewsCategoryViewSet)


@hooks.register("home_page_sections")
def latest_news_section(request, page):
    """The three latest news items of the home page's language, cached per content version."""

    def render():
        index_page = NewsIndexPage.objects.live().public().descendant_of(page).order_by("path").first()
        if index_page is None:
            return ""
        items = localize_categories(news_items(index=index_page)[:LATEST_COUNT], page.locale_id)
        if not items:
            return ""
        return render_to_string(
            "news/includes/latest_news.html", {"items": items, "index_page": index_page, "request": request}
        )

    if getattr(request, "is_preview", False):
        html = render()
    else:
        key = f"news:latest:{content_version()}:{page.pk}:{translation.get_language()}"
        html = cache.get(key)
        if html is None:
            html = render()
            cache.set(key, html, 60 * 60 * 6)
    return (10, html) if html else None


hooks.register("load_demo_content", load_news_demo)


@hooks.register("register_benchmark_urls")
def news_benchmark_urls():
    def first(model, route=""):
        def find():
            page = model.objects.live().public().filter(locale__language_code="fi").order_by("path").first()
            return page.get_url_parts()[2] + route if page else None

        find.label = f"first live {model._meta.label} in fi{' ' + route if route else ''}"
        return find

    def archives():
        """The category, tag and month archives of the Finnish index, for its newest item."""
        index = NewsIndexPage.objects.live().public().filter(locale__language_code="fi").order_by("path").first()
        item = news_items(index=index).first() if index else None
        if item is None:
            return None
        base = index.get_url_parts()[2]
        paths = [f"{base}?month={item.date:%Y-%m}"]
        category = item.news_categories.select_related("category").first()
        tag = item.tags.order_by("name").first()
        paths += [f"{base}?category={category.category.slug}"] if category else []
        paths += [f"{base}?tag={tag.slug}"] if tag else []
        return paths

    archives.label = "news category, tag and month archives in fi"
    return [
        first(NewsIndexPage), archives, first(NewsIndexPage, "rss/"), first(NewsIndexPage, "atom/"), first(NewsPage),
        "/api/v2/news/?locale=fi", "/api/v2/news_categories/?locale=fi",
    ]


@hooks.register("register_editor_role_permissions")
def news_role_permissions():
    """Association agents draft news items; the workflow takes them to publication."""
    return [Grant(AGENTS, pages=NewsIndexPage.objects.all(), page_actions=("add", "change"))]


@hooks.register("register_scale_content")
def news_scale_content():
    return ScaleContent(name="news", help="news items", generate=generate_news, models=[NewsPage])
