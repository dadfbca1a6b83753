"""Search in the API: ``/api/v2/pages/?search=…&locale=fi`` and the typeahead endpoint.

The pages endpoint's ``?search=`` goes through the ``search_api_pages`` hook
(``hub/api.py``) to :func:`search_api_pages`, which uses the same matching,
ranking and visibility as the search page. Results keep the relevance order
unless ``?order=`` is given.
"""

from django.db.models import Func, IntegerField
from django.urls import path
from django.utils import translation
from django.utils.translation import gettext as _
from rest_framework.exceptions import APIException
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale

from home.abuse import api_limit_message, is_rate_limited, seconds_until_reset
from hub.middleware import api_language

from .query import MAX_QUERY_LENGTH, clean_query, run_search

MAX_API_HITS = 500


class SearchRateLimited(APIException):
    """429 with ``{"detail": …}``; DRF sends ``wait`` as Retry-After."""

    status_code = 429
    default_code = "throttled"

    def __init__(self, wait):
        self.wait = wait
        super().__init__(api_limit_message(wait))


def search_api_pages(request, queryset):
    from .views import SEARCH_RATE

    if is_rate_limited(request, "search", SEARCH_RATE):
        with translation.override(api_language(request)):
            raise SearchRateLimited(seconds_until_reset("search", SEARCH_RATE))
    raw = request.GET.get("search", "")
    if len(raw) > MAX_QUERY_LENGTH * 5:
        raise BadRequestError(_("The search is too long: use at most %(count)s characters.") % {"count": MAX_QUERY_LENGTH})
    if request.GET.get("search_operator") not in (None, "", "and", "or"):
        raise BadRequestError(_("search_operator must be “and” or “or”."))
    query = clean_query(raw)
    language = request.GET.get("locale")
    locales = Locale.objects.filter(language_code=language) if language else Locale.objects.all()
    ranked = []
    for locale in locales:
        if query:
            ranked.extend(run_search(query, locale, limit=MAX_API_HITS).ranked)
    ranked.sort(key=lambda item: -item.score)
    page_ids = [item.page_id for item in ranked[:MAX_API_HITS]]
    results = queryset.filter(pk__in=page_ids)
    if "order" not in request.GET and page_ids:
        results = results.order_by(ListPosition("pk", page_ids))
    return results


class ListPosition(Func):
    """The position of an integer value in a list: ``CASE value WHEN 12 THEN 0 WHEN 7 THEN 1 … END``.

    Written as one SQL string: a ``Case`` with a ``When`` per value costs Django
    milliseconds to build and compile for a few hundred values, on every request.
    """

    output_field = IntegerField()

    def __init__(self, expression, values):
        super().__init__(expression)
        self.values = [int(value) for value in values]  # integers only: they are written into the SQL

    def as_sql(self, compiler, connection):
        sql, params = compiler.compile(self.source_expressions[0])
        whens = " ".join(f"WHEN {value} THEN {position}" for position, value in enumerate(self.values))
        return f"CASE {sql} {whens} END", params


class SearchEndpoint:
    """``/api/v2/search/typeahead/?q=<prefix>&locale=fi``: top titles for a prefix."""

    # The router matches models to endpoints for detail URLs; this endpoint serves no page.
    from .models import SearchDocument as model

    known_parameters = {"q", "locale"}

    @classmethod
    def get_urlpatterns(cls):
        from .views import typeahead_view

        return [path("typeahead/", typeahead_view, name="typeahead")]
