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
import re
import unicodedata
from dataclasses import dataclass, field

from django.db.models import Case, IntegerField, Max, Sum, Value, When
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from . import analysis
from .models import SearchDocument

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 10
EXACT_TITLE_BONUS = 1000
ALL_WORDS_BONUS = 100
EXCERPT_WORDS = 32
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


@dataclass
class Ranked:
    document_id: int
    page_id: int
    content_type_id: int
    score: int
    date: object = None


@dataclass
class Match:
    query: str
    groups: list
    ranked: list = field(default_factory=list)
    all_words: bool = True

    @property
    def keys(self):
        return frozenset().union(*self.groups) if self.groups else frozenset()


def match_database(query, locale):
    """Ranked documents of ``locale`` for ``query``; compounds are split into parts when they alone find nothing."""
    match = match_groups(query, locale, analysis.query_groups(query, locale.language_code)[:MAX_QUERY_WORDS])
    if not match.ranked and match.groups:
        split = analysis.query_groups(query, locale.language_code, split_compounds=True)[:MAX_QUERY_WORDS]
        if split != match.groups:
            split_match = match_groups(query, locale, split)
            if split_match.ranked and split_match.all_words:  # every part, not just some of them
                return split_match
    return match


def match_groups(query, locale, groups):
    """Ranked documents of ``locale`` matching the key ``groups`` from the normalised index (one SQL query)."""
    match = Match(query=query, groups=groups)
    if not groups:
        return match
    all_keys = sorted(frozenset().union(*groups))
    annotations = {
        f"group_{number}": Max(Case(When(terms__term__in=sorted(group), then=Value(1)), default=Value(0), output_field=IntegerField()))
        for number, group in enumerate(groups)
    }
    rows = (
        SearchDocument.objects.filter(locale=locale, terms__term__in=all_keys, page__in=visible_pages().values("pk"))
        .values("pk", "page_id", "content_type_id", "date", "title_key")
        .annotate(score=Sum("terms__weight"), **annotations)
        .order_by()
    )
    title_key = " ".join(min(group) for group in groups)
    ranked = []
    for row in rows:
        matched = sum(row[f"group_{number}"] for number in range(len(groups)))
        score = row["score"] + matched * ALL_WORDS_BONUS
        if row["title_key"] == title_key or title_matches_exactly(row["title_key"], groups):
            score += EXACT_TITLE_BONUS
        ranked.append((matched, Ranked(row["pk"], row["page_id"], row["content_type_id"], score, row["date"])))
    complete = [item for matched, item in ranked if matched == len(groups)]
    if complete:
        match.ranked = complete
    elif len(groups) > 1:
        match.all_words = False
        match.ranked = [item for matched, item in ranked if matched * 2 >= len(groups)]
    sort_ranked(match.ranked)
    return match


def title_matches_exactly(title_key, groups):
    """The title is exactly the query words, each by one of its base forms."""
    words = title_key.split(" ") if title_key else []
    return len(words) == len(groups) and all(word in group for word, group in zip(words, groups, strict=True))


def sort_ranked(ranked):
    ranked.sort(key=lambda item: (-item.score, -(item.date.toordinal() if item.date else 0), item.page_id))


def run_search(query, locale):
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
    return match_database(query, locale)


# Excerpts -----------------------------------------------------------------------


def highlight(text, keys, language, limit_words=None):
    """``text`` escaped, with the words whose keys meet ``keys`` in <mark>; optionally a window of words."""
    analyzer = analysis.get_analyzer(language)
    spans = analysis.word_spans(text)
    hits = [index for index, (_, _, word) in enumerate(spans) if keys and analyzer.keys(word) & keys]
    start_char, end_char = 0, len(text)
    prefix = suffix = ""
    if limit_words and len(spans) > limit_words:
        first = hits[0] if hits else 0
        start_word = max(0, first - limit_words // 3)
        end_word = min(len(spans), start_word + limit_words)
        start_char = spans[start_word][0] if start_word else 0
        end_char = spans[end_word - 1][1]
        prefix = "… " if start_word else ""
        suffix = " …" if end_word < len(spans) else ""
    marked = {index for index in hits}
    parts = [prefix]
    cursor = start_char
    for index, (start, end, _) in enumerate(spans):
        if start < start_char or end > end_char:
            continue
        if index in marked:
            parts.append(escape(text[cursor:start]))
            parts.append(f"<mark>{escape(text[start:end])}</mark>")
            cursor = end
    parts.append(escape(text[cursor:end_char]))
    parts.append(suffix)
    return mark_safe("".join(parts).replace("\n", " "))


def excerpt(document, keys, language):
    return highlight(document.text or "", keys, language, limit_words=EXCERPT_WORDS)
