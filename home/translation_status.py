"""Which translations of the default language's pages are missing or out of date.

A translation is out of date when its source page was published after the
translation last took it in (see ``brought_up_to_date``).
"""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

MISSING, OUTDATED, UP_TO_DATE = "missing", "outdated", "up_to_date"
STATUS_LABELS = {MISSING: _("Missing"), OUTDATED: _("Out of date"), UP_TO_DATE: _("Up to date")}


@dataclass
class TranslationState:
    locale: Locale
    status: str
    page_id: int | None  # the translated page, when there is one
    source_id: int | None  # wagtail-localize's TranslationSource, for "Sync"

    @property
    def label(self):
        return STATUS_LABELS[self.status]


def target_locales():
    return list(Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code"))


def source_pages():
    """Live pages in the default language, below the tree root."""
    return Page.objects.filter(locale=Locale.get_default(), depth__gt=1, live=True)


def annotate_translations(pages, locales):
    """Per locale: the translated page, when it was published, and wagtail-localize's sync times."""
    for locale in locales:
        translated = Page.objects.filter(translation_key=OuterRef("translation_key"), locale=locale)
        translation = Translation.objects.filter(source__object_id=OuterRef("translation_key"), target_locale=locale)
        pages = pages.annotate(**{
            f"page_{locale.pk}": Subquery(translated.values("pk")[:1]),
            f"published_{locale.pk}": Subquery(translated.values("last_published_at")[:1]),
            f"synced_{locale.pk}": Subquery(translation.values("source__last_updated_at")[:1]),
            f"managed_{locale.pk}": Exists(translation),
            f"source_{locale.pk}": Subquery(translation.values("source_id")[:1]),
        })
    return pages


def brought_up_to_date(page, locale):
    """When the translation last took in the source: the source synced through
    wagtail-localize and the translation published after it, or published by hand
    when wagtail-localize does not manage it."""
    published = getattr(page, f"published_{locale.pk}")
    synced = getattr(page, f"synced_{locale.pk}")
    if getattr(page, f"managed_{locale.pk}"):
        return min(synced, published) if synced and published else None
    return published


def states_for(page, locales):
    states = []
    for locale in locales:
        page_id = getattr(page, f"page_{locale.pk}")
        updated = brought_up_to_date(page, locale)
        if page_id is None:
            status = MISSING
        elif page.last_published_at and (updated is None or page.last_published_at > updated):
            status = OUTDATED
        else:
            status = UP_TO_DATE
        states.append(TranslationState(locale, status, page_id, getattr(page, f"source_{locale.pk}")))
    return states


def translation_report(status=None, locales=None):
    """[(page, [TranslationState, …]), …] for the default language's published pages, in tree order."""
    locales = locales or target_locales()
    pages = annotate_translations(source_pages(), locales).order_by("path")
    rows = [(page, states_for(page, locales)) for page in pages]
    if status:
        rows = [(page, states) for page, states in rows if any(state.status == status for state in states)]
    return rows


def out_of_date_count():
    return sum(1 for _page, states in translation_report() if any(s.status != UP_TO_DATE for s in states))
