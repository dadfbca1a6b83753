"""Running a search: cleaning the query, matching, ranking, excerpts.

One function, :func:`run_search`, serves the HTML search page and the API, so
that both use the same language handling, visibility rules and ranking.

Ranking (database engine): every query word must match (by any of its base
forms); a document scores the weights of the keys it matched (title words 10
each, lead 3, body 1, capped per key), and a title that is exactly the query
(in base forms) gets a bonus that no body text can reach. No recency boost:
dates only break ties, so recent news never buries an exact guide title.
When no page has every word, pages with most of the words are shown instead,
with a notice.
"""

import logging
import operator
import re
import unicodedata
from dataclasses import dataclass, field
from functools import reduce
from itertools import islice, product

from django.db.models import Case, F, IntegerField, Max, Q, Sum, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from . import analysis
from .models import SearchDocument, SearchTerm

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 10
EXACT_TITLE_BONUS = 1000
ALL_WORDS_BONUS = 100
EXCERPT_WORDS = 32
# Exact-title matching lists every combination of the query words' base forms up to this many.
MAX_TITLE_FORMS = 256
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class SearchUnavailable(Exception):
    """The search server (Elasticsearch) did not answer."""


def clean_query(raw):
    """The query as searched: control characters removed, spaces collapsed, length capped."""
    text = CONTROL_RE.sub(" ", raw or "")
    text = unicodedata.normalize("NFC", text.replace("\ufffd", " "))
    text = " ".join(text.split())
    return text[:MAX_QUERY_LENGTH].strip()


def visible_pages():
    """Live pages without a view restriction: what search may show."""
    return Page.objects.live().public()


def visible_q(page="page"):
    """The same rule as a condition on the page that the lookup path ``page`` leads to (a join, not a list of every live page)."""
    return Q(**{f"{page}__live": True}) & ~Q(**{f"{page}__in": Page.objects.private()})


@dataclass(slots=True)
class Ranked:
    document_id: int
    page_id: int
    content_type_id: int
    score: int
    date: object = None  # a tie-breaker for sort_ranked (Elasticsearch); the database sorts its own rows


@dataclass
class Match:
    query: str
    groups: list
    ranked: list = field(default_factory=list)
    all_words: bool = True

    @property
    def keys(self):
        return frozenset().union(*self.groups) if self.groups else frozenset()


def match_database(query, locale, limit=None):
    """Ranked documents of ``locale`` for ``query`` (the best ``limit``); compounds are split into parts when they alone find nothing."""
    match = match_groups(query, locale, analysis.query_groups(query, locale.language_code)[:MAX_QUERY_WORDS], limit)
    if not match.ranked and match.groups:
        split = analysis.query_groups(query, locale.language_code, split_compounds=True)[:MAX_QUERY_WORDS]
        if split != match.groups:
            split_match = match_groups(query, locale, split, limit)
            if split_match.ranked and split_match.all_words:  # every part, not just some of them
                return split_match
    return match


def match_groups(query, locale, groups, limit=None):
    """Ranked documents of ``locale`` matching the key ``groups`` from the normalised index.

    The database scores, filters and sorts the documents; only their ids and
    scores come back. One SQL query, a second one when no document has every word.
    """
    match = Match(query=query, groups=groups)
    if not groups:
        return match
    matched = reduce(
        operator.add,
        (Max(Case(When(term__in=sorted(group), then=Value(1)), default=Value(0), output_field=IntegerField())) for group in groups),
    )
    exact_title = Max(Case(When(exact_title_q(groups, locale), then=Value(EXACT_TITLE_BONUS)), default=Value(0), output_field=IntegerField()))
    rows = (
        SearchTerm.objects.filter(visible_q("document__page"), term__in=sorted(frozenset().union(*groups)))
        # The query's terms lead: their index finds the few rows that matter, and each row's
        # document is checked for the locale. A locale holds most documents, so starting from
        # its index visits them all; "+ 0" keeps the planner (SQLite without statistics) from doing so.
        .alias(document_locale=F("document__locale_id") + 0)
        .filter(document_locale=locale.pk)
        .values("document_id", "document__page_id", "document__content_type_id")
        .annotate(matched=matched)
        .annotate(score=Sum("weight") + F("matched") * ALL_WORDS_BONUS + exact_title)
        .order_by("-score", F("document__date").desc(nulls_last=True), "document__page_id")  # as sort_ranked
        .values_list("document_id", "document__page_id", "document__content_type_id", "score")
    )
    match.ranked = ranked_rows(rows.filter(matched=len(groups)), limit)
    if not match.ranked and len(groups) > 1:
        match.all_words = False
        match.ranked = ranked_rows(rows.filter(matched__gte=(len(groups) + 1) // 2), limit)
    return match


def ranked_rows(rows, limit):
    return [Ranked(*row) for row in (rows[:limit] if limit else rows)]


def exact_title_q(groups, locale):
    """Documents whose title is exactly the query words, each by one of its base forms."""
    forms = list(islice(product(*(sorted(group) for group in groups)), MAX_TITLE_FORMS + 1))
    if len(forms) <= MAX_TITLE_FORMS:
        return Q(document__title_key__in=[" ".join(form) for form in forms])
    # Too many combinations to list: check the titles that begin with a base form of the first word.
    candidates = SearchDocument.objects.filter(locale=locale).filter(
        reduce(operator.or_, (Q(title_key__startswith=key) for key in groups[0]))
    )
    return Q(document_id__in=[pk for pk, title_key in candidates.values_list("pk", "title_key") if title_matches_exactly(title_key, groups)])


def title_matches_exactly(title_key, groups):
    """The title is exactly the query words, each by one of its base forms."""
    words = title_key.split(" ") if title_key else []
    return len(words) == len(groups) and all(word in group for word, group in zip(words, groups, strict=True))


def sort_ranked(ranked):
    ranked.sort(key=lambda item: (-item.score, -(item.date.toordinal() if item.date else 0), item.page_id))


def run_search(query, locale, limit=None):
    """Match with the configured engine: Elasticsearch when ELASTICSEARCH_URL is set, else the database.

    While Elasticsearch does not answer, the database index (always kept up to
    date) answers instead, so search keeps working; the log says so.
    """
    from .engines import elasticsearch_enabled, match_elasticsearch

    if elasticsearch_enabled():
        try:
            return match_elasticsearch(query, locale)
        except SearchUnavailable as error:
            logger.warning("Elasticsearch unavailable, searching the database index instead: %s", error)
    return match_database(query, locale, limit)


# Excerpts -----------------------------------------------------------------------


def highlight(text, keys, language, limit_words=None):
    """``text`` escaped, with the words whose keys meet ``keys`` in <mark>; optionally a window of words.

    The window starts a little before the first highlighted word (or at the start);
    words after it are not read, beyond one that tells whether the text goes on.
    """
    analyzer = analysis.get_analyzer(language)

    def is_hit(word):
        return not analyzer.keys(word).isdisjoint(keys)

    spans = []
    first = None if keys else 0
    for span in analysis.iter_word_spans(text):
        spans.append(span)
        if first is None and is_hit(span[2]):
            first = len(spans) - 1
        if limit_words and first is not None and len(spans) > max(0, first - limit_words // 3) + limit_words:
            break
    start_word, end_word = 0, len(spans)
    start_char, end_char = 0, len(text)
    prefix = suffix = ""
    if limit_words and len(spans) > limit_words:
        start_word = max(0, (first or 0) - limit_words // 3)
        end_word = min(len(spans), start_word + limit_words)
        start_char = spans[start_word][0] if start_word else 0
        end_char = spans[end_word - 1][1]
        prefix = "… " if start_word else ""
        suffix = " …" if end_word < len(spans) else ""
    parts = [prefix]
    cursor = start_char
    if keys:
        for start, end, word in spans[start_word:end_word]:
            if is_hit(word):
                parts.append(escape(text[cursor:start]))
                parts.append(f"<mark>{escape(text[start:end])}</mark>")
                cursor = end
    parts.append(escape(text[cursor:end_char]))
    parts.append(suffix)
    return mark_safe("".join(parts).replace("\n", " "))


def excerpt(document, keys, language):
    return highlight(document.text or "", keys, language, limit_words=EXCERPT_WORDS)
