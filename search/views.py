"""The public search page and the typeahead endpoint."""

import dataclasses
import hashlib
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.abuse import is_rate_limited, seconds_until_reset, too_many_api_requests, too_many_requests
from home.chrome import cached_per_version
from home.page_cache import on_each_hit
from hub.middleware import api_language

from .counting import count_search
from .query import MAX_QUERY_LENGTH, clean_query, excerpt, run_search, visible_pages, visible_q

logger = logging.getLogger(__name__)

PAGE_SIZE = 10
TYPEAHEAD_SIZE = 8
# Searches per client address (the search page and the API's ?search= together) and
# typeahead lookups (one per pause in typing); RATE_LIMITS may override them.
SEARCH_RATE = "60/m"
TYPEAHEAD_RATE = "120/m"


def model_label(content_type_id):
    content_type = ContentType.objects.get_for_id(content_type_id)
    model = content_type.model_class()
    return model._meta.label_lower if model else "", (model._meta.verbose_name if model else content_type.model)


class SearchListing:
    """What the search page shows for a query string."""

    def __init__(self, request, locale, raw_query, type_label="", page_number=None):
        self.request = request
        self.locale = locale
        self.raw_query = raw_query
        self.query = clean_query(raw_query)
        self.too_long = len(" ".join(raw_query.split())) > MAX_QUERY_LENGTH
        self.type_label = type_label.strip().lower()[:80]
        self.page_number = page_number
        self.match = None
        self.problems = []
        self.facets = []
        self.page = None
        self.hits = []
        self.promotions = []

    @property
    def searched(self):
        return bool(self.query)

    def run(self):
        """Match, facets, the page of hits and promotions.

        Kept per content version, host, language and search (query, type, page),
        as pages keep their fragments: a repeated search runs no query. Counting
        and the rate limit are the view's, for every request.
        """
        if not self.query:
            return self.match_now()
        search = repr((self.query, self.type_label, self.page_number))
        key = f"search:listing:{self.request.get_host()}:{self.locale.pk}:{hashlib.sha256(search.encode()).hexdigest()}"
        self.__dict__.update(cached_per_version(key, self.matched_state, timeout=settings.PAGE_CACHE_TIMEOUT))
        return self

    # What match_now() works out; the rest (the request, the query as typed) is each request's own.
    MATCHED = ("match", "problems", "facets", "type_label", "all_count", "total", "page", "hits", "promotions")

    def matched_state(self):
        self.match_now()
        state = {name: getattr(self, name) for name in self.MATCHED}
        # Counts and the shown page, not every ranked row: a common word matches thousands.
        state["match"] = dataclasses.replace(self.match, ranked=[])
        state["page"] = Paginator(range(self.total), PAGE_SIZE).get_page(self.page.number)
        return state

    def match_now(self):
        if not self.query:
            if self.raw_query.strip():
                self.problems.append(_("Type at least one word to search for."))
            return self
        self.match = run_search(self.query, self.locale)
        if not self.match.groups:
            self.problems.append(_("Type at least one word to search for; punctuation alone finds nothing."))
        ranked = self.match.ranked
        self.all_count = len(ranked)
        counts = {}
        for item in ranked:
            counts[item.content_type_id] = counts.get(item.content_type_id, 0) + 1
        labels = {content_type_id: model_label(content_type_id) for content_type_id in counts}
        known_types = {label for label, _ in labels.values()}
        if self.type_label and self.type_label not in known_types:
            self.problems.append(_("There are no results of the type “%(type)s”; showing all types.") % {"type": self.type_label})
            self.type_label = ""
        self.facets = sorted(
            (
                {
                    "label": label,
                    "name": name,
                    "count": counts[content_type_id],
                    "url": self.url(type=label, page=None),
                    "current": label == self.type_label,
                }
                for content_type_id, (label, name) in labels.items()
            ),
            key=lambda facet: (-facet["count"], str(facet["name"])),
        )
        if self.type_label:
            ranked = [item for item in ranked if labels[item.content_type_id][0] == self.type_label]
        self.total = len(ranked)
        paginator = Paginator(ranked, PAGE_SIZE)
        self.page = paginator.get_page(self.page_number)
        self.hits = self.build_hits(list(self.page.object_list), labels)
        if self.page.number == 1 and not self.type_label:
            self.promotions = promotions(self.query, self.locale, self.request)
        return self

    def build_hits(self, ranked, labels):
        from .models import SearchDocument

        documents = (
            SearchDocument.objects.select_related("page")
            .only("title", "text", "date", "page__url_path")  # the page only for its URL
            .in_bulk([item.document_id for item in ranked])
        )
        keys = self.match.keys
        hits = []
        for item in ranked:
            document = documents.get(item.document_id)
            if document is None:
                continue
            hits.append(
                {
                    "title": document.title,
                    "url": document.page.get_url(self.request),
                    "type": labels[item.content_type_id][1],
                    "date": document.date,
                    "excerpt": excerpt(document, keys, self.locale.language_code),
                    "page_id": document.page_id,
                }
            )
        return hits

    @property
    def total_count(self):
        return getattr(self, "total", 0)

    def params(self):
        params = {"q": self.query}
        if self.type_label:
            params["type"] = self.type_label
        return params

    def url(self, **changes):
        params = {**self.params(), **changes}
        return "?" + urlencode({key: value for key, value in params.items() if value not in (None, "")})

    @property
    def all_types_url(self):
        return self.url(type=None, page=None)

    def page_links(self):
        if self.page is None or self.page.paginator.num_pages <= 1:
            return None
        paginator = self.page.paginator
        return {
            "previous": self.url(page=self.page.previous_page_number()) if self.page.has_previous() else None,
            "next": self.url(page=self.page.next_page_number()) if self.page.has_next() else None,
            "pages": [
                {"number": number, "url": self.url(page=number), "current": number == self.page.number}
                if number != paginator.ELLIPSIS
                else {"ellipsis": True}
                for number in paginator.get_elided_page_range(self.page.number, on_each_side=1, on_ends=1)
            ],
        }


def promotions(query, locale, request):
    """Editors' promoted results for this query, in the search's language, live and public only."""
    from django.apps import apps

    if not apps.is_installed("wagtail.contrib.search_promotions"):
        return []
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    from .analysis import primary_key_sequence

    # A promotion for "avustus" also answers "avustuksia": query strings are compared in base forms.
    wanted = primary_key_sequence(query, locale.language_code)
    items = [
        item
        for item in SearchPromotion.objects.select_related("query", "page").order_by("sort_order", "pk")[:200]
        if item.query.query_string == normalise_query_string(query)
        or primary_key_sequence(item.query.query_string, locale.language_code) == wanted
    ][:5]
    if not items:
        return []
    keys = {item.page.translation_key for item in items if item.page_id}
    visible = {
        page.translation_key: page
        for page in visible_pages().filter(translation_key__in=keys, locale=locale)
    }
    results = []
    for item in items:
        if item.page_id:
            page = visible.get(item.page.translation_key)
            if page is not None:
                results.append({"title": page.title, "url": page.get_url(request), "description": item.description})
        elif getattr(item, "external_link_url", ""):
            results.append({"title": item.external_link_text or item.external_link_url, "url": item.external_link_url, "description": item.description})
    return results


def search_served_from_cache(request, locale_id, query, counted, found):
    """A search the page cache answers: limited and counted as if this view had run."""
    if is_rate_limited(request, "search", SEARCH_RATE):
        return search_rate_exceeded(request)
    if counted:
        count_search(query, locale_id, found)
    return None


def search_rate_exceeded(request):
    return too_many_requests(
        request, _("You have searched too many times in a short while."), seconds_until_reset("search", SEARCH_RATE)
    )


def serve_search_page(page, request):
    from .engines import elasticsearch_enabled

    raw_query = request.GET.get("q", "")
    if raw_query.strip() and is_rate_limited(request, "search", SEARCH_RATE):
        return search_rate_exceeded(request)
    listing = SearchListing(request, page.locale, raw_query, request.GET.get("type", ""), request.GET.get("page"))
    context = page.get_context(request)
    listing.run()
    if listing.too_long:
        listing.problems.insert(0, _("Your search was shortened to %(count)s characters.") % {"count": MAX_QUERY_LENGTH})
    # The editors' report counts searches as typed, not the clicks through their pages and types.
    counted = bool(listing.searched and listing.match and listing.match.groups and not request.GET.get("page") and not listing.type_label)
    if counted:
        count_search(listing.query, page.locale_id, bool(listing.total_count))
    context.update(
        {
            "listing": listing,
            "page_links": listing.page_links(),
            "suggestions": page.suggestion_list,
            "engine": "elasticsearch" if elasticsearch_enabled() else "database",
        }
    )
    response = TemplateResponse(request, page.get_template(request), context)
    if raw_query.strip():
        # Shared in the page cache only, which limits and counts each search it answers.
        patch_cache_control(response, private=True)
        on_each_hit(response, search_served_from_cache, page.locale_id, listing.query, counted, bool(listing.total_count))
    return response


def typeahead_titles(prefix, locale, limit=TYPEAHEAD_SIZE):
    """Titles of live, public pages in ``locale`` with a word starting with ``prefix``; starts of titles first."""
    from . import analysis
    from .models import SearchDocument

    folded = " ".join(analysis.fold(word) for word in analysis.words(clean_query(prefix)[:60]))
    if len(folded) < 2:
        return []
    rows = list(
        SearchDocument.objects.filter(visible_q("page"), locale=locale, title_folded__contains=" " + folded)
        .select_related("page")
        .only("title", "title_folded", "page__url_path")  # not the documents' text
        .order_by("title")[:200]
    )
    rows.sort(key=lambda document: (not document.title_folded.startswith(" " + folded), len(document.title), document.title))
    return rows[:limit]


def typeahead_view(request):
    """GET /api/v2/search/typeahead/?q=järj&locale=fi → {"query", "results": [{"id", "title", "url"}]}"""
    if is_rate_limited(request, "search:typeahead", TYPEAHEAD_RATE):
        with translation.override(api_language(request)):
            return too_many_api_requests(seconds_until_reset("search:typeahead", TYPEAHEAD_RATE))
    raw = request.GET.get("q", "")
    language = request.GET.get("locale", "") or "fi"
    locale = Locale.objects.filter(language_code=language[:10]).first()
    if locale is None:
        choices = ", ".join(Locale.objects.values_list("language_code", flat=True))
        return JsonResponse({"message": _("Unknown locale %(locale)s. Use one of: %(choices)s.") % {"locale": language[:10], "choices": choices}}, status=400)
    try:
        limit = int(request.GET.get("limit", TYPEAHEAD_SIZE))
    except ValueError:
        return JsonResponse({"message": _("limit must be a whole number from 1 to 20.")}, status=400)
    if not 1 <= limit <= 20:
        return JsonResponse({"message": _("limit must be a whole number from 1 to 20.")}, status=400)
    query = clean_query(raw)
    documents = typeahead_titles(query, locale, limit)
    results = [{"id": document.page_id, "title": document.title, "url": document.page.get_url(request)} for document in documents]
    return JsonResponse({"query": query, "results": results})
