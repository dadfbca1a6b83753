"""Elasticsearch: one index per language with the built-in language analyzer.

With ``ELASTICSEARCH_URL`` set, public search asks Elasticsearch 9 through
Wagtail's backend (``wagtail.search.backends.elasticsearch9``), subclassed so
that each language has its own index (``<ELASTICSEARCH_INDEX>_fi_wagtailcore_page``)
whose text fields use Elasticsearch's built-in ``finnish`` or ``swedish``
analyzer, at indexing and at query time. The index holds that language's live,
public pages only; the search app feeds it from the same signals as the
database index, and ``update_index`` rebuilds it.

When the server does not answer, :class:`SearchUnavailable` is raised and
search falls back to the database index (search.query.run_search), which is
kept whatever the engine. Publishing still works: indexing errors are logged.
"""

import logging

from django.conf import settings
from modelsearch.backends.elasticsearch9 import Elasticsearch9Index, Elasticsearch9Mapping, Elasticsearch9SearchBackend
from wagtail.models import Locale, Page

from .query import Match, Ranked, SearchUnavailable, sort_ranked, visible_pages

logger = logging.getLogger(__name__)

LANGUAGE_ANALYZERS = {"fi": "finnish", "sv": "swedish"}
MAX_HITS = 500


def elasticsearch_enabled():
    return bool(getattr(settings, "ELASTICSEARCH_URL", ""))


class LanguageMappingMixin:
    language_analyzer = "standard"

    def set_analyzer(self, mapping):
        if mapping.get("type") == "text" and "analyzer" not in mapping:
            mapping["analyzer"] = self.language_analyzer
        for sub_mapping in mapping.get("properties", {}).values():
            self.set_analyzer(sub_mapping)

    def get_field_mapping(self, field):
        key, mapping = super().get_field_mapping(field)
        self.set_analyzer(mapping)
        return key, mapping

    def get_mapping(self):
        mapping = super().get_mapping()
        for name, field_mapping in mapping["properties"].items():
            if name.startswith("_all_text"):
                field_mapping["analyzer"] = self.language_analyzer
        return mapping


class LanguageIndex(Elasticsearch9Index):
    """Takes only pages of its language; other objects are left to the default backend."""

    def accepts(self, item):
        return isinstance(item, Page) and item.locale_id == self.backend.locale_id

    def add_item(self, item):
        if self.accepts(item):
            super().add_item(item)

    def add_items(self, model, items):
        items = [item for item in items if self.accepts(item)]
        if items:
            super().add_items(model, items)


def language_backend_class(language):
    analyzer = LANGUAGE_ANALYZERS.get(language, "standard")
    mapping = type(f"{language.title()}Mapping", (LanguageMappingMixin, Elasticsearch9Mapping), {"language_analyzer": analyzer})

    class LanguageBackend(Elasticsearch9SearchBackend):
        mapping_class = mapping
        index_class = LanguageIndex
        query_compiler_class = type(
            f"{language.title()}QueryCompiler", (Elasticsearch9SearchBackend.query_compiler_class,), {"mapping_class": mapping}
        )
        autocomplete_query_compiler_class = type(
            f"{language.title()}AutocompleteCompiler",
            (Elasticsearch9SearchBackend.autocomplete_query_compiler_class,),
            {"mapping_class": mapping},
        )

        def __init__(self, params):
            self.language = params.pop("LANGUAGE")
            self.locale_id = params.pop("LOCALE_ID", None)
            super().__init__(params)

    LanguageBackend.__name__ = f"{language.title()}ElasticsearchBackend"
    return LanguageBackend


def language_backend(locale):
    """The Elasticsearch backend of one language (no connection is opened here)."""
    language = locale.language_code
    prefix = getattr(settings, "ELASTICSEARCH_INDEX", "") or "yhdessa"
    params = {
        "URLS": [settings.ELASTICSEARCH_URL],
        "INDEX_PREFIX": f"{prefix}_{language}_",
        "TIMEOUT": 5,
        "LANGUAGE": language,
        "LOCALE_ID": locale.pk,
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
    }
    return language_backend_class(language)(params)


def connection_errors():
    from elastic_transport import ConnectionError as TransportConnectionError
    from elastic_transport import ConnectionTimeout, TransportError
    from elasticsearch import ApiError

    return (TransportConnectionError, ConnectionTimeout, TransportError, ApiError)


def match_elasticsearch(query, locale):
    """Ranked documents from Elasticsearch, shown with the database documents' text and dates."""
    from . import analysis
    from .models import SearchDocument

    groups = analysis.query_groups(query, locale.language_code)
    match = Match(query=query, groups=groups)
    if not groups:
        return match
    backend = language_backend(locale)
    try:
        # The language's index holds that language's pages only.
        results = backend.search(query, Page.objects.all(), operator="and")
        page_ids = [page.pk for page in results[:MAX_HITS]]
    except connection_errors() as error:
        logger.error("Elasticsearch did not answer: %s", error)
        raise SearchUnavailable(str(error)) from error
    order = {page_id: position for position, page_id in enumerate(page_ids)}
    rows = SearchDocument.objects.filter(page_id__in=page_ids, page__in=visible_pages().values("pk")).values(
        "pk", "page_id", "content_type_id", "date"
    )
    match.ranked = [
        Ranked(row["pk"], row["page_id"], row["content_type_id"], MAX_HITS - order[row["page_id"]], row["date"]) for row in rows
    ]
    sort_ranked(match.ranked)
    return match


def external_index(action, page):
    """Mirror an index change into the language's Elasticsearch index, if one is configured."""
    if not elasticsearch_enabled():
        return
    try:
        locale = Locale.objects.get(pk=page.locale_id)
        backend = language_backend(locale)
        if action == "add":
            backend.add(page)
        else:
            backend.delete(page)
    except Exception as error:  # the server being down must not stop editors from publishing
        logger.warning("Could not update the Elasticsearch index for page %s: %s", page.pk, error)


def rebuild_elasticsearch(stdout=None):
    from .indexing import is_indexable

    for locale in Locale.objects.all():
        backend = language_backend(locale)
        index = backend.get_index_for_model(Page)
        rebuilder = backend.rebuilder_class(index)
        new_index = rebuilder.start()
        new_index.add_model(Page)
        pages = [page for page in Page.objects.filter(locale=locale, depth__gt=1).live().specific() if is_indexable(page)]
        for start in range(0, len(pages), 500):
            chunk = pages[start : start + 500]
            by_model = {}
            for page in chunk:
                by_model.setdefault(type(page), []).append(page)
            for model, items in by_model.items():
                new_index.add_items(model, items)
        rebuilder.finish()
        if stdout:
            stdout.write(f"Elasticsearch index {index.name}: {len(pages)} pages.\n")
