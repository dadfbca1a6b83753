"""Writing pages into the search index: which pages, which text, which weights.

Every installed page type is covered through Wagtail's registries: a page's
``search_fields`` give its text (``title`` as the title, fields boosted 2 or
more as the lead, the rest as the body), so a new plugin's pages are found
without this app knowing them. Only live pages without a view restriction on
them or an ancestor are indexed; the query repeats that check, so a stale row
can never show a private page.
"""

import logging
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from wagtail.models import Page, PageViewRestriction

from . import analysis
from .models import BODY, LEAD, TITLE, SearchDocument, SearchTerm

logger = logging.getLogger(__name__)

MAX_TEXT = 20_000
TITLE_WEIGHT, TITLE_CAP = 10, 20
LEAD_WEIGHT, LEAD_CAP = 3, 9
BODY_CAP = 6
DATE_FIELDS = ("date", "start_date", "start", "starts_at", "start_time", "published_date")


def excluded_models():
    from .models import SearchPage

    return (SearchPage,)


def is_indexable(page):
    """A live page that anyone may see, of a type that is not the search itself."""
    if page.depth <= 1 or not page.live or isinstance(page, excluded_models()):
        return False
    return not PageViewRestriction.objects.filter(page__in=Page.objects.ancestor_of(page, inclusive=True)).exists()


def prepare_value(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return "\n".join(prepare_value(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(prepare_value(item) for item in value.values())
    return str(value)


def field_texts(obj, fields, boost=None):
    """(field name, effective boost, plain text) for each search field, following related fields."""
    for field in fields:
        if isinstance(field, RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            related = related.all() if hasattr(related, "all") else [related() if callable(related) else related]
            for sub_obj in related:
                yield from field_texts(sub_obj, field.fields, boost=boost or 1)
        elif isinstance(field, SearchField) and not isinstance(field, AutocompleteField):
            try:
                value = field.get_value(obj)
            except Exception:  # a broken value of one field must not stop indexing
                logger.exception("Could not read search field %s of %r", field.field_name, obj)
                continue
            text = strip_tags(prepare_value(value))
            yield field.field_name, (boost if boost is not None else (field.boost or 1)), text


def page_date(page):
    for name in DATE_FIELDS:
        value = getattr(page, name, None)
        if isinstance(value, datetime):
            return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
        if isinstance(value, date):
            return value
    published = page.last_published_at or page.first_published_at
    return timezone.localtime(published).date() if published else None


def document_content(page):
    """Title, lead and body texts of a specific page."""
    lead_parts, body_parts = [], []
    for name, boost, text in field_texts(page, page.get_search_fields()):
        text = normalize_newlines(text).strip()
        if not text:
            continue
        if name == "title":
            continue  # the page title is the title; a boosted copy adds nothing
        if boost >= 2:
            lead_parts.append(text)
        else:
            body_parts.append(text)
    if page.search_description:
        lead_parts.append(page.search_description)
    return page.title, "\n".join(lead_parts), "\n".join(body_parts)


def weighted_terms(title, lead, body, language):
    terms = {}
    for text, weight, cap, kind in ((title, TITLE_WEIGHT, TITLE_CAP, TITLE), (lead, LEAD_WEIGHT, LEAD_CAP, LEAD), (body, 1, BODY_CAP, BODY)):
        for key, count in analysis.index_terms(text, language).items():
            key = key[:100]
            entry = terms.setdefault(key, [0, False])
            entry[0] += min(count * weight, cap)
            if kind == TITLE:
                entry[1] = True
    return terms


def index_page(page):
    """Write (or remove) one page's document. Returns the document or None."""
    page = page.specific if type(page) is Page else page
    if not is_indexable(page):
        remove_page(page)
        return None
    language = page.locale.language_code
    title, lead, body = document_content(page)
    terms = weighted_terms(title, lead, body, language)
    text = "\n".join(part for part in (lead, body) if part)[:MAX_TEXT]
    with transaction.atomic():
        document, _ = SearchDocument.objects.update_or_create(
            page_id=page.pk,
            defaults={
                "locale_id": page.locale_id,
                "content_type_id": page.content_type_id,
                "title": title[:255],
                "title_key": analysis.primary_key_sequence(title, language),
                "title_folded": (" " + " ".join(analysis.fold(word) for word in analysis.words(title)))[:300],
                "text": text,
                "date": page_date(page),
                "analyzer": analysis.get_analyzer(language).name,
            },
        )
        document.terms.all().delete()
        SearchTerm.objects.bulk_create(
            [SearchTerm(document=document, term=term, weight=weight, in_title=in_title) for term, (weight, in_title) in terms.items()],
            batch_size=500,
        )
    from .engines import external_index

    external_index("add", page)
    return document


def remove_page(page):
    SearchDocument.objects.filter(page_id=page.pk).delete()
    from .engines import external_index

    external_index("delete", page)


def index_subtree(page):
    """Re-index a page and everything below it (moves, view restrictions, unpublishing a section)."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific().iterator(chunk_size=200):
        index_page(descendant)


def rebuild(stdout=None):
    """Index every live page from scratch; returns the number of documents."""
    SearchDocument.objects.all().delete()
    count = 0
    for page in Page.objects.filter(depth__gt=1).live().specific().iterator(chunk_size=200):
        if index_page(page) is not None:
            count += 1
    if stdout:
        stdout.write(f"Search documents: {count} pages indexed.\n")
    return count
