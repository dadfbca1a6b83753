"""A shared cache of whole public responses for anonymous visitors.

A response is stored per host and full address (the language prefix and the
query string are part of it) under the site's content version (home.chrome), so
anything that changes published content, snippets, settings, images,
documents or navigation makes every stored page unreachable at once. Entries
also expire after PAGE_CACHE_TIMEOUT seconds, for what changes with time alone
(an event becoming past, a registration deadline passing).

Only what is the same for every anonymous visitor is shared: a request with a
session or any cookie other than CSRF and language, a response that set a
cookie (a form's CSRF token, a session, messages), that asked not to be shared
(Cache-Control private, no-cache or no-store), that is not a 200, or that
varies on anything else than language and cookies is neither served from nor
stored in the cache.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import cc_delim_re, get_max_age

from home.chrome import content_version

HEADER = "X-Page-Cache"
SHAREABLE_VARY = {"accept-language", "cookie", "accept-encoding"}
PRIVATE_DIRECTIVES = ("private", "no-cache", "no-store")


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (settings.PAGE_CACHE_ENABLED and request_is_shareable(request)):
            return self.get_response(request)
        key = cache_key(request)
        stored = cache.get(key)
        if stored is not None:
            stored[HEADER] = "hit"
            return stored
        response = self.get_response(request)
        if request.method == "GET" and response_is_shareable(response):
            response[HEADER] = "miss"
            # A TemplateResponse must be rendered (middleware after ours has done it) before pickling.
            cache.set(key, response, page_cache_timeout(response))
        return response


def request_is_shareable(request):
    if request.method not in ("GET", "HEAD"):
        return False
    allowed = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    if any(name not in allowed for name in request.COOKIES):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return has_language_prefix(request.path_info)


def has_language_prefix(path):
    return any(path.startswith(f"/{code}/") for code, _name in settings.LANGUAGES)


def response_is_shareable(response):
    if response.status_code != 200 or response.cookies or getattr(response, "streaming", False):
        return False
    control = response.get("Cache-Control", "").lower()
    if any(directive in control for directive in PRIVATE_DIRECTIVES):
        return False
    varies = {header.strip().lower() for header in cc_delim_re.split(response.get("Vary", "")) if header.strip()}
    return varies <= SHAREABLE_VARY


def page_cache_timeout(response):
    max_age = get_max_age(response)
    timeout = settings.PAGE_CACHE_TIMEOUT
    return min(timeout, max_age) if max_age is not None else timeout


def cache_key(request):
    return f"hub:page:{content_version()}:{request.get_host()}:{request.get_full_path()}"
