"""Content in the visitor's language without a database query per object.

Wagtail's ``obj.localized`` looks the active Locale up in the database on every
call; a page that shows twenty links would ask twenty times. Locales change
only when an administrator adds one, so their ids are kept per process and
forgotten when a Locale is saved or deleted.
"""

from django.utils import translation
from wagtail.models import DraftStateMixin, Locale

_locale_ids = {}


def active_locale_id():
    language = translation.get_language()
    if language not in _locale_ids:
        locale_id = Locale.objects.filter(language_code=language).values_list("pk", flat=True).first()
        if locale_id is None:
            return None  # not remembered: the locale may be created later
        _locale_ids[language] = locale_id
    return _locale_ids[language]


def forget_locales(**kwargs):
    _locale_ids.clear()


def localized(obj):
    """The live translation of a page or snippet in the active language, else obj."""
    if obj is None:
        return None
    locale_id = active_locale_id()
    if locale_id is None or obj.locale_id == locale_id:
        return obj
    translated = obj.get_translations().filter(locale_id=locale_id).first()
    if translated is None or (isinstance(translated, DraftStateMixin) and not translated.live):
        return obj
    return translated.specific if hasattr(translated, "specific") else translated
