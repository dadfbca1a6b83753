"""Keep the search index fresh: publish, unpublish, move, delete, view restrictions."""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import indexing

logger = logging.getLogger(__name__)


def safely(function, *args):
    try:
        function(*args)
    except Exception:  # search must never stop an editor from publishing
        logger.exception("Search index update failed for %r", args)


def on_published(sender, instance, **kwargs):
    safely(indexing.index_page, instance)


def on_unpublished(sender, instance, **kwargs):
    # Also sent just before a live page is deleted: remove, never re-index, here.
    safely(indexing.remove_page, instance)


def on_moved(sender, instance, **kwargs):
    safely(indexing.index_subtree, Page.objects.get(pk=instance.pk))


def on_restriction_changed(sender, instance, **kwargs):
    page_id = instance.page_id

    def reindex():
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            safely(indexing.index_subtree, page)

    transaction.on_commit(reindex)


def on_page_deleted(sender, instance, **kwargs):
    # The database row goes with the page (cascade); the external index is told.
    from .engines import external_index

    safely(external_index, "delete", instance)


def register_signal_handlers():
    page_published.connect(on_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="search_page_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="search_page_moved")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_saved")
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_deleted")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="search_page_deleted")
