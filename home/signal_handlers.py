from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from home import chrome
from home.localization import forget_locales


def register_signal_handlers():
    from home.models import FooterLink, Organisation, SiteSettings

    post_save.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_saved")
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_deleted")
    page_published.connect(chrome.invalidate, dispatch_uid="chrome_published")
    page_unpublished.connect(chrome.invalidate, dispatch_uid="chrome_unpublished")
    post_page_move.connect(chrome.invalidate, dispatch_uid="chrome_moved")
    post_delete.connect(chrome.invalidate, sender=Page, dispatch_uid="chrome_page_deleted")
    # SiteSettings.for_site() creates an empty row on first use: nothing shown changes.
    post_save.connect(invalidate_unless_created, sender=SiteSettings, dispatch_uid="chrome_saved_SiteSettings")
    post_delete.connect(chrome.invalidate, sender=SiteSettings, dispatch_uid="chrome_deleted_SiteSettings")
    for model in (PageViewRestriction, FooterLink, Organisation):
        post_save.connect(chrome.invalidate, sender=model, dispatch_uid=f"chrome_saved_{model.__name__}")
        post_delete.connect(chrome.invalidate, sender=model, dispatch_uid=f"chrome_deleted_{model.__name__}")


def invalidate_unless_created(created=False, **kwargs):
    if not created:
        chrome.invalidate()
