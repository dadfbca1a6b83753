"""The site chrome: what every public page shows around its content.

Header, menu, language homes and footer are the same on every page of a
language, so they are built once and cached per site and language.

The cache is keyed by a content version that any change to published content
replaces (publishing, unpublishing, moving or deleting a page, view
restrictions, site settings, snippets, images, documents; see
signal_handlers.py). Templates use the same version for fragments such as a
page body, whose links show other pages' titles and addresses. A stale menu or
link cannot be served; the cost is that one publish refreshes every fragment.

What visitors do (registering for an event, supporting an idea) has a version
of its own per activity, so that a burst of registrations refreshes only what
shows places left, not the news archive. Code that shows an activity's counts
calls ``activity_version`` (for its cache keys) or ``shows_activity`` before
reading them; the page cache records the versions a page was rendered with
and renders it again once one of them has been replaced.
"""

import uuid
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail import hooks
from wagtail.models import Page, Site

from home.localization import localized

VERSION_KEY = "hub:chrome:version"
ACTIVITY_KEY = "hub:activity:version:{}"
TIMEOUT = 60 * 60 * 6
# The activities the response being rendered shows, with their versions (see recording_activities).
_shown_activities = ContextVar("shown_activities", default=None)


def invalidate(**kwargs):
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def content_version():
    return _version(VERSION_KEY)


def _version(key):
    version = cache.get(key)
    if version is None:
        cache.add(key, uuid.uuid4().hex, None)
        version = cache.get(key)
    return version


def activity_changed(name):
    cache.set(ACTIVITY_KEY.format(name), uuid.uuid4().hex, None)


def activity_version(name):
    """The version of what visitors did in activity ``name``, for keys of what shows it.

    Also recorded for the page cache when a page is being rendered; the first
    version read is kept, as it was read before any of the activity's rows.
    """
    shown = _shown_activities.get()
    if shown is not None and name in shown:
        return shown[name]
    version = _version(ACTIVITY_KEY.format(name))
    if shown is not None:
        shown[name] = version
    return version


def shows_activity(name):
    """Note that the response being rendered shows activity ``name``; call it before reading the rows."""
    if _shown_activities.get() is not None:
        activity_version(name)


@contextmanager
def recording_activities():
    """Collect the activities (name → version) that the code run inside shows."""
    shown = {}
    token = _shown_activities.set(shown)
    try:
        yield shown
    finally:
        _shown_activities.reset(token)


def activities_unchanged(shown):
    """Whether no activity in ``shown`` (name → version) has changed since."""
    if not shown:
        return True
    keys = {name: ACTIVITY_KEY.format(name) for name in shown}
    current = cache.get_many(list(keys.values()))
    return all(current.get(keys[name]) == version for name, version in shown.items())


def activity_versions(names):
    """The current versions of ``names``, in order, as part of a cache key."""
    return ":".join(f"{activity_version(name)}" for name in names)  # None while the cache is down


def cached_per_version(key, build, version=None, timeout=TIMEOUT):
    """``build()``, kept under ``key`` until published content changes (the content version) or ``timeout`` seconds."""
    versioned_key = f"{key}:{version or content_version()}"
    value = cache.get(versioned_key)
    if value is None:
        value = build()
        cache.set(versioned_key, value, timeout)
    return value


def site_chrome(request):
    version = content_version()
    site = Site.find_for_request(request)
    if site is None:
        return {**empty_chrome(), "version": version}
    language = translation.get_language()
    key = f"hub:chrome:{version}:{site.pk}:{language}"
    chrome = cache.get(key)
    if chrome is None:
        chrome = {**build_chrome(request, site, language), "version": version}
        cache.set(key, chrome, TIMEOUT)
    return chrome


def empty_chrome():
    return {"homes": {}, "home_url": "/", "menu": [], "header_links": [], "footer": {"name": settings.WAGTAIL_SITE_NAME}}


def build_chrome(request, site, language):
    homes = {
        home.locale.language_code: {"pk": home.pk, "url": home.get_url(request)}
        for home in Page.objects.filter(translation_key=site.root_page.translation_key)
        .live()
        .select_related("locale")
    }
    home = homes.get(language)
    menu = []
    header_links = []
    if home:
        children = list(Page.objects.get(pk=home["pk"]).get_children().live().public())
        menu = [
            {"pk": page.pk, "title": page.title, "url": page.get_url(request), "path": page.path}
            for page in children
            if page.show_in_menus
        ]
        # Plugins add header links (e.g. the search page) with a `site_header_links` hook:
        # fn(request, pages) -> {"url", "label"} | None, where pages are the live, public
        # children of the language's home page (so a link costs no query of its own).
        header_links = [link for link in (fn(request, children) for fn in hooks.get_hooks("site_header_links")) if link]
    return {
        "homes": homes,
        "home_url": home["url"] if home else "/",
        "menu": menu,
        "header_links": header_links,
        "footer": build_footer(request, site),
    }


def build_footer(request, site):
    from home.models import SiteSettings

    site_settings = SiteSettings.for_site(site)
    organisation = localized(site_settings.organisation)

    def localized_link(page):
        if page is None:
            return None
        page = localized(page)
        if not page.live or page.get_view_restrictions().exists():
            return None
        return {"title": page.title, "url": page.get_url(request)}

    logo = None
    if site_settings.logo:
        rendition = site_settings.logo.get_rendition("height-96")
        logo = {"url": rendition.url, "width": rendition.width // 2, "height": rendition.height // 2}
    return {
        "name": organisation.name if organisation else settings.WAGTAIL_SITE_NAME,
        "description": organisation.description if organisation else "",
        "street_address": organisation.street_address if organisation else "",
        "postal_code": organisation.postal_code if organisation else "",
        "city": organisation.city if organisation else "",
        "phone": site_settings.phone,
        "email": site_settings.email,
        "social_links": site_settings.social_links(),
        "logo": logo,
        "accessibility_statement": localized_link(site_settings.accessibility_statement),
        "links": list(filter(None, (localized_link(link.page) for link in site_settings.footer_links.all()))),
    }
