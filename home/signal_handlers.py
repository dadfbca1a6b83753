from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from home import chrome
from home.localization import forget_locales


def register_signal_handlers():
    from home.models import SiteSettings

    post_save.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_saved")
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_deleted")

    page_published.connect(chrome.invalidate, dispatch_uid="content_published")
    page_unpublished.connect(chrome.invalidate, dispatch_uid="content_unpublished")
    post_page_move.connect(chrome.invalidate, dispatch_uid="content_moved")
    post_delete.connect(chrome.invalidate, sender=Page, dispatch_uid="content_page_deleted")
    # SiteSettings.for_site() creates an empty row on first use: nothing shown changes.
    post_save.connect(invalidate_unless_created, sender=SiteSettings, dispatch_uid="content_saved_SiteSettings")
    post_delete.connect(chrome.invalidate, sender=SiteSettings, dispatch_uid="content_deleted_SiteSettings")
    post_save.connect(invalidate_for_shown_models, dispatch_uid="content_saved")
    post_delete.connect(invalidate_for_shown_models, dispatch_uid="content_deleted")


def shown_models():
    """Models whose rows appear on public pages outside a page's own revision."""
    from home.models import FooterLink

    return {PageViewRestriction, FooterLink, get_image_model(), get_document_model(), *get_snippet_models()}


def invalidate_for_shown_models(sender, **kwargs):
    if sender in shown_models():
        chrome.invalidate()


def invalidate_unless_created(created=False, **kwargs):
    if not created:
        chrome.invalidate()
