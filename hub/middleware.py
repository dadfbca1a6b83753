import json

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.middleware.http import ConditionalGetMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.dateparse import parse_datetime
from django.utils.http import http_date

from home.abuse import is_rate_limited, seconds_until_reset, too_many_api_requests
from home.chrome import TIMEOUT, content_version

# Every /api/ request of one client counts against this, unless RATE_LIMITS["api"] says otherwise.
API_RATE = "300/m"


def api_language(request):
    """The language of an API answer: ``?locale=``, else the cookie or Accept-Language, else Finnish."""
    requested = request.GET.get("locale", "")
    if requested in dict(settings.LANGUAGES):
        return requested
    return translation.get_language_from_request(request, check_path=False)


class ApiRateLimitMiddleware:
    """Answer 429 (JSON, Retry-After) once a client address exceeds the API's rate."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/api/") and is_rate_limited(request, "api", API_RATE):
            with translation.override(api_language(request)):
                return too_many_api_requests(seconds_until_reset("api", API_RATE))
        return self.get_response(request)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, without guessing a language for a view's own 404.

    Django redirects any 404 outside the language prefix to /fi/<path> when that
    path could match; Wagtail's catch-all page route always could. An address
    that did reach a view (an API object, a document) keeps its 404.

    An API answer is in the language its ``?locale=`` asks for, when it names one:
    related snippets (municipalities, contact persons) in that language's
    translation, and messages too.
    """

    def process_request(self, request):
        super().process_request(request)
        if request.path_info.startswith("/api/"):
            language = api_language(request)
            translation.activate(language)
            request.LANGUAGE_CODE = language

    def process_response(self, request, response):
        if response.status_code == 404 and getattr(request, "resolver_match", None) is not None:
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class ApiConditionalGetMiddleware(ConditionalGetMiddleware):
    """ETag, 304 Not Modified and a short public Cache-Control, for /api/ only.

    Clients and proxies keep an answer for ``API_CACHE_MAX_AGE`` seconds and then
    revalidate it with If-None-Match. Drafts (the preview endpoint) are never kept.
    """

    def process_response(self, request, response):
        if not request.path_info.startswith("/api/") or request.method not in ("GET", "HEAD"):
            return response
        if request.path_info.startswith("/api/v2/page_preview/"):
            patch_cache_control(response, private=True, no_store=True)
            return response
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE, must_revalidate=True)
            last_modified = last_published_of(response)
            if last_modified is not None and not response.has_header("Last-Modified"):
                response["Last-Modified"] = http_date(last_modified)
        return super().process_response(request, response)


def last_published_of(response):
    """Newest ``meta.last_published_at`` in a JSON answer (a page's details or a listing), as a timestamp."""
    if response.streaming or "json" not in response.get("Content-Type", ""):
        return None
    data = getattr(response, "data", None)  # a DRF answer's data, before it became JSON: no parsing
    if data is None:
        try:
            data = json.loads(response.content)
        except ValueError:
            return None
    objects = data.get("items", [data]) if isinstance(data, dict) else []
    moments = []
    for item in objects:
        meta = item.get("meta") if isinstance(item, dict) else None
        value = meta.get("last_published_at") if isinstance(meta, dict) else None
        moment = parse_datetime(value) if isinstance(value, str) else None
        if moment is not None:
            moments.append(moment)
    return int(max(moments).timestamp()) if moments else None  # HTTP dates have whole seconds


class SiteMiddleware:
    """Remember the request's Wagtail Site per host and content version, not a query per request.

    Wagtail looks the Site up on first use in a request and keeps it on the
    request (``request._wagtail_site``). This fills that from the cache, and
    caches what Wagtail found when a request needed it. Any change to a Site
    or a published page replaces the content version.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            key = f"hub:site:{request.get_host()}:{request.get_port()}:{content_version()}"
        except DisallowedHost:  # Django answers 400; nothing is cached for a host not served
            return self.get_response(request)
        site = cache.get(key)
        if site is not None:
            request._wagtail_site = site or None
        response = self.get_response(request)
        if site is None and hasattr(request, "_wagtail_site"):
            cache.set(key, request._wagtail_site or NO_SITE, TIMEOUT)
        return response


NO_SITE = False  # cached for a host no Site answers; None is a cache miss
