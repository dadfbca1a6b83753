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
    found = obj.__dict__.get("_translations_by_locale", {})
    translated = found[locale_id] if locale_id in found else obj.get_translations().filter(locale_id=locale_id).first()
    if translated is None or (isinstance(translated, DraftStateMixin) and not translated.live):
        return obj
    return translated.specific if hasattr(translated, "specific") else translated


def prefetch_translations(objects, queryset=None):
    """Find the translations ``localized()`` looks up for ``objects``, in one query.

    ``objects`` are snippets of one model (None allowed), e.g. the contact
    persons of a page of events; ``queryset``, of that model, may select what the
    translations show. Nothing is read when every object is in the active language.
    """
    locale_id = active_locale_id()
    foreign = [obj for obj in objects if obj is not None and locale_id is not None and obj.locale_id != locale_id]
    if not foreign:
        return
    queryset = queryset if queryset is not None else type(foreign[0]).objects.all()
    translations = {
        translation.translation_key: translation
        for translation in queryset.filter(locale_id=locale_id, translation_key__in={obj.translation_key for obj in foreign})
    }
    for obj in foreign:
        obj.__dict__.setdefault("_translations_by_locale", {})[locale_id] = translations.get(obj.translation_key)
