"""Site chrome: the language's home page, menus, breadcrumbs, language links."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

register = template.Library()


def _memo(request, key, compute):
    """Compute a value once per request; several tags need the same rows."""
    cache = request.__dict__.setdefault("_hub_chrome", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def language_home(request):
    """The live home page of the active language, or None."""

    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return None
        language = translation.get_language()
        return (
            Page.objects.filter(translation_key=site.root_page.translation_key, locale__language_code=language)
            .live()
            .first()
        )

    return _memo(request, "home", compute)


@register.simple_tag(takes_context=True)
def get_language_home(context):
    return language_home(context["request"])


@register.simple_tag(takes_context=True)
def get_main_menu(context):
    request = context["request"]

    def compute():
        home = language_home(request)
        if home is None:
            return []
        return list(home.get_children().live().in_menu().public().only("id", "title", "url_path", "path", "depth"))

    return _memo(request, "menu", compute)


@register.simple_tag(takes_context=True)
def get_breadcrumbs(context, page):
    """Ancestors from the language's home page down to the page's parent."""
    if page is None or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path", "path", "depth"))


@register.simple_tag(takes_context=True)
def get_language_links(context, page=None):
    """One link per language: the page's live translation, else that language's home.

    Each item: code, name, url, is_current, is_translation (True when it is
    the same content; only those are hreflang alternates).
    """
    request = context["request"]

    def compute():
        translations = {}
        if page is not None and page.pk:
            for translated in page.get_translations(inclusive=True).live().public().select_related("locale"):
                translations[translated.locale.language_code] = translated
        homes = {}
        site = Site.find_for_request(request)
        if site is not None:
            for home in Page.objects.filter(translation_key=site.root_page.translation_key).live().select_related("locale"):
                homes[home.locale.language_code] = home
        current = translation.get_language()
        links = []
        for code, name in settings.LANGUAGES:
            target = translations.get(code) or homes.get(code)
            if target is None:
                continue
            links.append(
                {
                    "code": code,
                    "name": name,
                    "url": target.get_url(request),
                    "full_url": target.get_full_url(request),
                    "is_current": code == current,
                    "is_translation": code in translations,
                }
            )
        return links

    return _memo(request, f"languages:{page.pk if page else ''}", compute)


@register.filter
def localized_page(page):
    """A chosen page in the visitor's language when a live translation exists."""
    if page is None:
        return None
    localized = page.localized
    return localized if localized.live else None
