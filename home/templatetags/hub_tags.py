"""Site chrome for templates: menus, breadcrumbs, language links, footer."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Site

from home.chrome import cached_per_version, site_chrome
from home.localization import localized as localized_object

register = template.Library()


def chrome_for(request):
    if not hasattr(request, "_hub_chrome"):
        request._hub_chrome = site_chrome(request)
    return request._hub_chrome


@register.simple_tag(takes_context=True)
def get_site_chrome(context):
    return chrome_for(context["request"])


@register.simple_tag(takes_context=True)
def get_breadcrumbs(context, page):
    """Ancestors from the language's home page down to the page's parent: title and url each."""
    if not getattr(page, "pk", None) or page.depth <= 2:
        return []
    request = context["request"]
    return cached_for_page(request, "crumbs", page, lambda: [
        {"title": ancestor.title, "url": ancestor.get_url(request)}
        for ancestor in page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path", "path", "depth")
    ])


def cached_for_page(request, name, page, build):
    """``build()`` once per content version, site and page: the same for every visitor."""
    site = Site.find_for_request(request)
    return cached_per_version(f"hub:{name}:{site.pk if site else 0}:{page.pk}", build, chrome_for(request)["version"])


@register.simple_tag(takes_context=True)
def get_language_links(context, page=None):
    """One link per language: the page's live translation, else that language's home.

    Each item: code, name, url, full_url, is_current, is_translation (True
    when it is the same content: only those are hreflang alternates).
    """
    request = context["request"]
    chrome = chrome_for(request)
    translations = {}
    if getattr(page, "pk", None):
        if page.depth == 2:  # a home page: its translations are the language homes
            translations = {code: home["url"] for code, home in chrome["homes"].items()}
        else:
            translations = cached_for_page(request, "translations", page, lambda: {
                translated.locale.language_code: translated.get_url(request)
                for translated in page.get_translations(inclusive=True).live().public().select_related("locale")
            })
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = translations.get(code) or chrome["homes"].get(code, {}).get("url")
        if url:
            links.append(
                {
                    "code": code,
                    "name": name,
                    "url": url,
                    "full_url": request.build_absolute_uri(url),
                    "is_current": code == current,
                    "is_translation": code in translations,
                }
            )
    return links


@register.simple_tag(takes_context=True)
def absolute_page_url(context, page):
    """The page's address on the host the visitor used (ALLOWED_HOSTS guards it)."""
    request = context["request"]
    return request.build_absolute_uri(page.get_url(request))


@register.filter
def localized(obj):
    """A page or snippet in the visitor's language when a live translation exists."""
    return localized_object(obj)
