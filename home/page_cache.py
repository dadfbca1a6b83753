"""A shared cache of whole public responses for anonymous visitors.

A response is stored per host and full address (the language prefix and the
query string are part of it) under the site's content version (home.chrome), so
anything that changes published content, snippets, settings, images,
documents or navigation makes every stored page unreachable at once. A page
that shows what visitors do (places left, supports) also keeps the versions of
those activities it was rendered with, and is rendered again when one has
changed: a registration refreshes the event's pages, not the news. Entries
also expire after PAGE_CACHE_TIMEOUT seconds, for what changes with time alone
(an event becoming past, a registration deadline passing).

Only what is the same for every anonymous visitor is shared: a request with a
session or any cookie other than CSRF and language, a response that set a
cookie (a session, messages), that asked not to be shared (Cache-Control
private, no-cache or no-store), that is not a 200, or that varies on anything
else than language and cookies is neither served from nor stored in the cache.

Two per-visitor parts are added to a shared page as it is sent:

- A form's CSRF token. While a page may be stored, ``{% csrf_token %}`` renders
  a placeholder (see ``csrf_token_placeholder``); the stored page holds no one's
  token, and each visitor's response gets their own token and CSRF cookie.
- A view's per-request work, such as counting a search: ``on_each_hit`` names a
  function the cache calls for every visitor it serves the page to.

Large text bodies (feeds, GeoJSON) are also kept gzipped, for clients that
accept it; a page with a form is never compressed (its token is a secret).
"""

import re
from dataclasses import dataclass
from typing import Callable

from django.conf import settings
from django.core.cache import cache
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.cache import cc_delim_re, get_max_age, patch_cache_control, patch_vary_headers
from django.utils.functional import SimpleLazyObject
from django.utils.text import compress_string

from home.chrome import activities_unchanged, content_version, recording_activities

HEADER = "X-Page-Cache"
SHAREABLE_VARY = {"accept-language", "cookie", "accept-encoding"}
PRIVATE_DIRECTIVES = ("private", "no-cache", "no-store")
# Stands for the visitor's CSRF token in a stored page; the same in every process.
CSRF_PLACEHOLDER = "hub-page-cache-csrf-token-placeholder"
FILLING = "_page_cache_filling"
COMPRESSIBLE = re.compile(r"^(text/|application/(.+\+)?(json|xml)\b|application/javascript)")
COMPRESS_MIN_BYTES = 1024
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


@dataclass
class StoredPage:
    response: object
    has_csrf_placeholder: bool = False
    gzipped: bytes | None = None
    on_hit: tuple[Callable, tuple] | None = None
    # The activities (home.chrome) the page shows, with the versions it was rendered with.
    activities: dict | None = None


def on_each_hit(response, function, *args):
    """Have the page cache call ``function(request, *args)`` whenever it serves ``response``.

    For a page whose view does a little work per request besides rendering
    (counting a search, a rate limit). The function may return a response to send
    instead (e.g. a 429). It must be a module-level function: the cache pickles it.
    A response that asks for this may be stored even when its Cache-Control is
    private (kept out of browsers' and proxies' shared caches), as only this
    cache calls the function.
    """
    response.page_cache_on_hit = (function, args)
    return response


def csrf_token_placeholder(request):
    """Context processor: the CSRF token, or its placeholder while a page may be stored."""

    def token():
        if getattr(request, FILLING, False):
            return CSRF_PLACEHOLDER
        return get_token(request)

    return {"csrf_token": SimpleLazyObject(token)}


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)

    def __call__(self, request):
        if not (settings.PAGE_CACHE_ENABLED and request_is_shareable(request)):
            return self.get_response(request)
        key = cache_key(request)
        stored = cache.get(key)
        if isinstance(stored, StoredPage) and activities_unchanged(stored.activities):
            if stored.on_hit:
                function, args = stored.on_hit
                replacement = function(request, *args)
                if replacement is not None:
                    return replacement
            return self.deliver(request, stored, "hit")
        setattr(request, FILLING, True)
        with recording_activities() as activities:  # Django renders a TemplateResponse inside
            response = self.get_response(request)
        stored = StoredPage(response, has_csrf_placeholder=has_csrf_placeholder(response), activities=activities)
        if request.method == "GET" and response_is_shareable(response):
            stored.on_hit = getattr(response, "page_cache_on_hit", None)
            if hasattr(response, "page_cache_on_hit"):
                del response.page_cache_on_hit  # a function in the stored response would be pickled twice
            if not stored.has_csrf_placeholder and is_compressible(response):
                stored.gzipped = compress_string(response.content)
            # A TemplateResponse must be rendered (middleware after ours has done it) before pickling.
            cache.set(key, stored, page_cache_timeout(response))
            return self.deliver(request, stored, "miss")
        return self.with_csrf_token(request, response) if stored.has_csrf_placeholder else response

    def deliver(self, request, stored, outcome):
        response = stored.response
        response[HEADER] = outcome
        if stored.has_csrf_placeholder:
            return self.with_csrf_token(request, response)
        if stored.gzipped is not None:
            patch_vary_headers(response, ("Accept-Encoding",))
            if ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")):
                gzipped_response(response, stored.gzipped)
        return response

    def with_csrf_token(self, request, response):
        """The visitor's own CSRF token in place of the placeholder, and their CSRF cookie."""
        if "CSRF_COOKIE" not in request.META:  # a cache hit: CsrfViewMiddleware has not read the cookie
            self.csrf.process_request(request)
        token = get_token(request)
        response.content = response.content.replace(CSRF_PLACEHOLDER.encode(), token.encode())
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        patch_cache_control(response, private=True)
        return self.csrf.process_response(request, response)


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
    asks_for_hit_callback = hasattr(response, "page_cache_on_hit")
    directives = ("no-cache", "no-store") if asks_for_hit_callback else PRIVATE_DIRECTIVES
    if any(directive in control for directive in directives):
        return False
    varies = {header.strip().lower() for header in cc_delim_re.split(response.get("Vary", "")) if header.strip()}
    return varies <= SHAREABLE_VARY


def has_csrf_placeholder(response):
    return not getattr(response, "streaming", False) and CSRF_PLACEHOLDER.encode() in response.content


def is_compressible(response):
    return (
        not response.has_header("Content-Encoding")
        and len(response.content) >= COMPRESS_MIN_BYTES
        and bool(COMPRESSIBLE.match(response.get("Content-Type", "")))
    )


def gzipped_response(response, gzipped):
    response.content = gzipped
    response["Content-Encoding"] = "gzip"
    response["Content-Length"] = str(len(gzipped))
    if response.has_header("ETag"):  # as Django's GZipMiddleware: the bytes differ, the content does not
        etag = response["ETag"]
        response["ETag"] = etag if etag.startswith("W/") else f"W/{etag}"


def page_cache_timeout(response):
    max_age = get_max_age(response)
    timeout = settings.PAGE_CACHE_TIMEOUT
    return min(timeout, max_age) if max_age is not None else timeout


def cache_key(request):
    return f"hub:page:{content_version()}:{request.get_host()}:{request.get_full_path()}"
