from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Locale, Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from home import chrome
from home.localization import forget_locales

# Rows that never change what a public page shows, or that are written while a
# page renders (renditions, embeds) or while someone signs in or searches.
# Everything else saved, deleted or re-linked may be shown somewhere, so it
# replaces the content version (the cached site chrome, fragments and pages).
INTERNAL_APPS = {
    "admin", "auth", "axes", "contenttypes", "django_otp", "django_tasks", "django_tasks_database",
    "otp_static", "otp_totp", "sessions", "wagtail_headless_preview", "wagtail_localize",
    "wagtailadmin", "wagtailembeds", "wagtailusers",
}
INTERNAL_MODELS = {
    "wagtailcore.revision", "wagtailcore.pagelogentry", "wagtailcore.modellogentry",
    "wagtailcore.pagesubscription", "wagtailcore.workflowstate", "wagtailcore.taskstate",
    "wagtailcore.comment", "wagtailcore.commentreply", "wagtailcore.uploadedfile",
    "wagtailcore.referenceindex",
    "wagtailimages.rendition", "wagtailsearch.indexentry",
    "wagtailsearchpromotions.querydailyhits", "search.searchqueryday",
}
# Rows visitors send that pages show only as an activity's counts or lists
# (model label → activity name, see home.chrome.activity_version), or not at
# all (None: requests that change the site only once an editor approves them,
# and that approval saves what is shown). Filled by the apps' ready().
ACTIVITY_MODELS = {}


def register_activity_model(label, activity):
    """Saving or deleting a ``label`` row replaces only ``activity``'s version (None: nothing)."""
    ACTIVITY_MODELS[label.lower()] = activity


def register_signal_handlers():
    from home.models import SiteSettings

    post_save.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_saved")
    post_delete.connect(forget_locales, sender=Locale, dispatch_uid="forget_locales_deleted")

    page_published.connect(content_changed, dispatch_uid="content_published")
    page_unpublished.connect(content_changed, dispatch_uid="content_unpublished")
    post_page_move.connect(content_changed, dispatch_uid="content_moved")
    # SiteSettings.for_site() creates an empty row on first use: nothing shown changes.
    post_save.connect(invalidate_unless_created, sender=SiteSettings, dispatch_uid="content_saved_SiteSettings")
    post_save.connect(invalidate_for_shown_models, dispatch_uid="content_saved")
    post_delete.connect(invalidate_for_shown_models, dispatch_uid="content_deleted")
    m2m_changed.connect(invalidate_for_shown_relations, dispatch_uid="content_relinked")


def content_changed(**kwargs):
    """Replace the content version now and again once the transaction commits.

    The second replacement drops what a concurrent request may have rendered
    from the old rows and stored under the first new version.
    """
    chrome.invalidate()
    transaction.on_commit(chrome.invalidate)


def is_shown(model):
    from home.models import SiteSettings

    meta = model._meta
    return not (meta.app_label in INTERNAL_APPS or meta.label_lower in INTERNAL_MODELS or model is SiteSettings)


def activity_changed(name):
    """As content_changed, for one activity's version only."""
    chrome.activity_changed(name)
    transaction.on_commit(lambda: chrome.activity_changed(name))


def row_changed(model):
    label = model._meta.label_lower
    if label in ACTIVITY_MODELS:
        if ACTIVITY_MODELS[label] is not None:
            activity_changed(ACTIVITY_MODELS[label])
    elif is_shown(model):
        content_changed()


def invalidate_for_shown_models(sender, **kwargs):
    row_changed(sender)


def invalidate_for_shown_relations(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        row_changed(sender)


def invalidate_unless_created(created=False, **kwargs):
    if not created:
        content_changed()
