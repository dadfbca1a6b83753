"""Counting searches for the editors' report, without a database write per search.

Each process adds its searches up in memory and writes them in one transaction
at most every ``SEARCH_COUNT_FLUSH_SECONDS`` (10 s by default; 0 writes each
search at once), when it exits, and when the report is opened. A search served
from the page cache is counted the same way. A process that is killed loses at
most the searches of its last interval.
"""

import atexit
import logging
import threading
import time
from collections import Counter
from contextlib import nullcontext

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_pending = Counter()  # (query string, locale id, date, found) -> searches
_last_write = time.monotonic()


def count_search(query, locale_id, found):
    """Count one search of ``query`` in the language ``locale_id``; ``found``: it had results."""
    normalised = " ".join(query.lower().split())[:255]
    if not normalised:
        return
    with _lock:
        _pending[(normalised, locale_id, timezone.localdate(), bool(found))] += 1
        due = time.monotonic() - _last_write >= getattr(settings, "SEARCH_COUNT_FLUSH_SECONDS", 10)
    if due:
        write_counts()


def write_counts():
    """Add this process's pending counts to the database (one or two statements per query and day)."""
    global _last_write
    from .models import SearchQueryDay

    with _lock:
        pending = dict(_pending)
        _pending.clear()
        _last_write = time.monotonic()
    totals = {}
    for (query_string, locale_id, date, found), searches in pending.items():
        hits, empty_hits = totals.get((query_string, locale_id, date), (0, 0))
        totals[(query_string, locale_id, date)] = (hits + searches, empty_hits + (0 if found else searches))
    try:
        # One commit for many rows; a single row is one statement of its own.
        with transaction.atomic() if len(totals) > 1 else nullcontext():
            for (query_string, locale_id, date), (hits, empty_hits) in totals.items():
                add_to_day(SearchQueryDay, query_string, locale_id, date, hits, empty_hits)
    except DatabaseError:
        # Kept for the next write: a search must not fail because its count cannot be stored now.
        logger.warning("Search counts could not be written; they are kept for the next try.", exc_info=True)
        with _lock:
            _pending.update(pending)


def add_to_day(model, query_string, locale_id, date, hits, empty_hits):
    rows = model.objects.filter(query_string=query_string, locale_id=locale_id, date=date)
    if not rows.update(hits=F("hits") + hits, empty_hits=F("empty_hits") + empty_hits):
        # A first search of the day; ignore_conflicts: two processes' first rows cannot fail (one count may be lost).
        model.objects.bulk_create(
            [model(query_string=query_string, locale_id=locale_id, date=date, hits=hits, empty_hits=empty_hits)],
            ignore_conflicts=True,
        )


def write_counts_at_exit():
    if _pending:
        write_counts()


atexit.register(write_counts_at_exit)
