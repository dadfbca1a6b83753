"""Content at scale: fast bulk generation of pages for measuring the site under volume.

``python manage.py load_scale --news 20000 --events 5000 ...`` calls every function
registered with the ``register_scale_content`` hook. Each returns a
:class:`ScaleContent`: the command-line option it answers to and a ``generate``
callable that adds N Finnish items with their Swedish translations below the
plugin's index pages (the demo content's, created when missing)::

    from wagtail import hooks

    @hooks.register("register_scale_content")
    def news_scale_content():
        from .scale import generate_news
        return ScaleContent(name="news", help="news items", generate=generate_news, models=[NewsPage])

Speed comes from skipping what ``Page.add_child`` and ``publish()`` do row by row:
:meth:`ScaleContext.add_pages` computes the treebeard paths itself and inserts the
``wagtailcore_page`` rows and the specific rows in bulk, live, without revisions,
log entries, search-index updates or signals. Each Swedish page shares its Finnish
page's ``translation_key`` (as wagtail-localize's copies do, but without a
``TranslationSource``). Scale pages are marked by the first eight hex digits of
their translation key (:data:`SCALE_KEY_PREFIX`), which is how ``--clear`` finds
them without touching the demo or editors' pages.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail import hooks
from wagtail.models import Locale, Page

from .models import ContactPerson, HomePage, Municipality

HOOK_NAME = "register_scale_content"
SCALE_KEY_PREFIX = "5ca1e000"
MAX_BATCH = 500


@dataclass
class ScaleContent:
    """What a ``register_scale_content`` hook function returns.

    ``name`` is the option (``--news``); ``generate(context, count)`` adds ``count``
    Finnish items and their Swedish translations and returns the number of pages it
    made; ``models`` are the page models ``--clear`` deletes scale pages of.
    """

    name: str
    help: str
    generate: Callable[[ScaleContext, int], int]
    models: Sequence[type[Page]] = ()


def scale_contents() -> dict[str, ScaleContent]:
    """The installed plugins' scale content generators by option name."""
    contents = [hook() for hook in hooks.get_hooks(HOOK_NAME)]
    return {content.name: content for content in contents}


def scale_key() -> uuid.UUID:
    return uuid.UUID(SCALE_KEY_PREFIX + uuid.uuid4().hex[8:])


def scale_keys_q(prefix: str = "") -> models.Q:
    """Rows whose ``{prefix}translation_key`` marks them as scale content (a key range: index-friendly)."""
    low = uuid.UUID(SCALE_KEY_PREFIX + "0" * 24)
    high = uuid.UUID(SCALE_KEY_PREFIX + "f" * 24)
    return models.Q(**{f"{prefix}translation_key__gte": low, f"{prefix}translation_key__lte": high})


# Text ------------------------------------------------------------------------------

# Finnish and Swedish side by side: a generator picks one index and renders both.
SENTENCES = [
    ("Järjestöt ja kunta sopivat yhteisistä tavoitteista seuraavalle vuodelle.",
     "Föreningarna och kommunen kom överens om gemensamma mål för nästa år."),
    ("Hyvinvointialue kutsuu yhdistykset mukaan suunnittelemaan palveluja.",
     "Välfärdsområdet bjuder in föreningarna att planera tjänster."),
    ("Vapaaehtoiset tekevät arvokasta työtä lähiöissä ja kylillä.",
     "Frivilliga gör ett värdefullt arbete i förorterna och byarna."),
    ("Avustushaku avautuu keväällä ja päättyy kesäkuun lopussa.",
     "Ansökan om understöd öppnar på våren och stänger i slutet av juni."),
    ("Tilat ovat maksuttomia rekisteröidyille yhdistyksille arkisin.",
     "Lokalerna är avgiftsfria för registrerade föreningar på vardagar."),
    ("Foorumissa keskusteltiin kuntalaisten osallisuudesta ja vaikuttamisesta.",
     "På forumet diskuterades invånarnas delaktighet och påverkan."),
    ("Yhdyshenkilö auttaa yhdistyksiä löytämään oikean ihmisen kunnasta.",
     "Kontaktpersonen hjälper föreningarna att hitta rätt person i kommunen."),
    ("Ilmoittautuminen on auki, ja paikkoja on rajoitetusti.",
     "Anmälan är öppen, och antalet platser är begränsat."),
    ("Työpajassa harjoitellaan hakemuksen kirjoittamista yhdessä.",
     "I verkstaden övar vi tillsammans på att skriva en ansökan."),
    ("Järjestöyhteistyöryhmä kokoontuu neljä kertaa vuodessa.",
     "Samarbetsgruppen för föreningar sammanträder fyra gånger per år."),
    ("Uusi opas kokoaa hyvät käytännöt yhteen paikkaan.",
     "Den nya guiden samlar goda rutiner på ett ställe."),
    ("Kunnan päättäjät tapasivat paikallisten yhdistysten edustajia.",
     "Kommunens beslutsfattare träffade representanter för lokala föreningar."),
]

HEADINGS = [
    ("Mistä on kyse?", "Vad handlar det om?"),
    ("Miten pääsen mukaan?", "Hur kommer jag med?"),
    ("Lisätietoja", "Mer information"),
    ("Seuraavat askeleet", "Nästa steg"),
]


def pick(rng: random.Random, pairs: Sequence[tuple[str, str]], count: int) -> list[tuple[str, str]]:
    return rng.sample(list(pairs), min(count, len(pairs)))


def paragraphs(pairs: Sequence[tuple[str, str]], per_paragraph: int = 2) -> tuple[str, str]:
    """Rich-text HTML in both languages from picked sentence pairs."""
    def html(language):
        chunks = [pairs[start : start + per_paragraph] for start in range(0, len(pairs), per_paragraph)]
        return "".join("<p>" + " ".join(pair[language] for pair in chunk) + "</p>" for chunk in chunks)

    return html(0), html(1)


def body_blocks(rng: random.Random) -> tuple[list, list]:
    """A StreamField body (heading, text, heading, text) in Finnish and Swedish."""
    finnish, swedish = [], []
    for heading in pick(rng, HEADINGS, 2):
        text = paragraphs(pick(rng, SENTENCES, 4))
        for language, blocks in ((0, finnish), (1, swedish)):
            blocks.append({"type": "heading", "value": {"text": heading[language], "level": "h2"}, "id": str(uuid.uuid4())})
            blocks.append({"type": "text", "value": text[language], "id": str(uuid.uuid4())})
    return finnish, swedish


# Building --------------------------------------------------------------------------


@dataclass
class ScaleContext:
    """What ``generate`` receives: the two home pages, locales, a seeded random source and bulk helpers."""

    stdout: object
    home_fi: HomePage
    home_sv: HomePage
    locale_fi: Locale
    locale_sv: Locale
    rng: random.Random = field(default_factory=lambda: random.Random(2026))
    image_every: int = 3  # every third item shows one of the existing images
    now: datetime = field(default_factory=timezone.now)

    @property
    def today(self) -> date:
        return timezone.localdate(self.now)

    def log(self, message: str) -> None:
        self.stdout.write(message)

    # Snippets ------------------------------------------------------------------

    def translated_pairs(self, model, queryset=None) -> list[tuple]:
        """(Finnish, Swedish or Finnish) pairs of a translatable model's rows."""
        rows = list((queryset if queryset is not None else model.objects.all()).filter(locale__in=[self.locale_fi, self.locale_sv]))
        swedish = {row.translation_key: row for row in rows if row.locale_id == self.locale_sv.pk}
        return [(row, swedish.get(row.translation_key, row)) for row in rows if row.locale_id == self.locale_fi.pk]

    def municipalities(self) -> list[tuple[Municipality, Municipality]]:
        pairs = self.translated_pairs(Municipality)
        if not pairs:
            finnish = Municipality.objects.create(name="Tampere", code="837", locale=self.locale_fi)
            swedish = Municipality.objects.create(
                name="Tammerfors", code="837", locale=self.locale_sv, translation_key=finnish.translation_key
            )
            pairs = [(finnish, swedish)]
        return pairs

    def people(self) -> list[tuple[ContactPerson, ContactPerson]]:
        return self.translated_pairs(ContactPerson)

    def ensure_snippets(self, model, names: Sequence[tuple[str, str]], **extra) -> list[tuple]:
        """The model's (fi, sv) pairs; creates ``names`` (fi, sv) with slugs when there are none."""
        pairs = self.translated_pairs(model)
        if pairs:
            return pairs
        for fi, sv in names:
            finnish = model.objects.create(name=fi, slug=slugify(fi), locale=self.locale_fi, **extra)
            model.objects.create(
                name=sv, slug=slugify(sv), locale=self.locale_sv, translation_key=finnish.translation_key, **extra
            )
        return self.translated_pairs(model)

    # Pages -----------------------------------------------------------------------

    def index_pair(self, model, fi: dict, sv: dict) -> tuple[Page, Page]:
        """The Finnish index page of ``model`` below the Finnish home and its Swedish translation.

        Created (the ordinary way: revisions, publication) when missing.
        """
        index_fi = model.objects.child_of(self.home_fi).order_by("path").first()
        if index_fi is None:
            index_fi = model(locale=self.locale_fi, **fi)
            self.home_fi.add_child(instance=index_fi)
            index_fi.save_revision(log_action=False).publish(log_action=False)
            self.home_fi.refresh_from_db()
            self.log(f"Created the index page {index_fi.url_path}.")
        index_sv = model.objects.filter(translation_key=index_fi.translation_key, locale=self.locale_sv).first()
        if index_sv is None:
            index_sv = index_fi.copy_for_translation(self.locale_sv)
            for name, value in sv.items():
                setattr(index_sv, name, value)
            index_sv.save_revision(log_action=False).publish(log_action=False)
            self.log(f"Created the Swedish index page {index_sv.url_path}.")
        return index_fi, index_sv

    def add_pages(self, model, parents: tuple[Page, Page], items: Sequence[tuple[dict, dict]]) -> list[tuple[Page, Page]]:
        """Live ``model`` pages in bulk: for each (Finnish fields, Swedish fields) one page below each parent.

        ``published`` in the fields (a datetime) sets the publication times; the
        rest are model fields. Returns (Finnish page, Swedish page) pairs with ids.
        """
        keys = [scale_key() for _item in items]
        finnish = self._add_children(model, parents[0], [item[0] for item in items], keys)
        swedish = self._add_children(model, parents[1], [item[1] for item in items], keys)
        return list(zip(finnish, swedish, strict=True))

    def _add_children(self, model, parent: Page, rows: Sequence[dict], keys: Sequence[uuid.UUID]) -> list[Page]:
        content_type = ContentType.objects.get_for_model(model)
        step = next_child_step(parent)
        pages = []
        for offset, (fields, key) in enumerate(zip(rows, keys, strict=True)):
            fields = dict(fields)
            published = fields.pop("published", self.now)
            path = Page._get_path(parent.path, parent.depth + 1, step + offset)
            slug = f"{slugify(fields['title'])[:60].rstrip('-')}-{_base36(step + offset)}"
            pages.append(
                model(
                    **fields,
                    slug=slug,
                    draft_title=fields["title"],
                    url_path=f"{parent.url_path}{slug}/",
                    path=path,
                    depth=parent.depth + 1,
                    numchild=0,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    content_type=content_type,
                    locale_id=parent.locale_id,
                    translation_key=key,
                )
            )
        insert_pages(model, pages)
        Page.objects.filter(pk=parent.pk).update(numchild=models.F("numchild") + len(pages))
        parent.numchild += len(pages)
        return pages

    def bulk(self, model, rows: Sequence[models.Model]) -> None:
        model.objects.bulk_create(rows, batch_size=MAX_BATCH)


def _base36(number: int) -> str:
    return Page._int2str(number).lower()


def next_child_step(parent: Page) -> int:
    """The treebeard step after the parent's last child (its real children, not ``numchild``)."""
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return Page._str2int(last[-Page.steplen :]) + 1 if last else 1


def insert_pages(model, pages: Sequence[Page]) -> None:
    """Insert the ``wagtailcore_page`` rows, then the specific model's rows, in batches.

    Django's ``bulk_create`` refuses multi-table models, so the page rows go in
    through ``Page`` and the specific table's own columns through the queryset's
    batched insert, the same way ``bulk_create`` does for a single table.
    """
    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    base_rows = [Page(**{f.attname: getattr(page, f.attname) for f in page_fields}) for page in pages]
    Page.objects.bulk_create(base_rows, batch_size=MAX_BATCH)
    for page, row in zip(pages, base_rows, strict=True):
        page.id = page.page_ptr_id = row.pk
    local_fields = model._meta.local_concrete_fields
    batch = max(1, min(MAX_BATCH, connection.ops.bulk_batch_size(local_fields, pages)))
    with transaction.atomic(savepoint=False):
        model._base_manager.all()._batched_insert(pages, local_fields, batch)


def clear_scale_pages(page_models: Sequence[type[Page]]) -> int:
    """Delete scale pages of ``page_models`` (with what cascades from them); fix their parents' child counts."""
    content_types = ContentType.objects.get_for_models(*page_models).values()
    scale_pages = Page.objects.filter(scale_keys_q(), content_type__in=content_types)
    parent_paths = {path[: -Page.steplen] for path in scale_pages.values_list("path", flat=True).distinct()}
    ids = list(scale_pages.values_list("pk", flat=True))
    for start in range(0, len(ids), MAX_BATCH):
        # The plain manager: treebeard's queryset delete compares every path with every other.
        Page._base_manager.filter(pk__in=ids[start : start + MAX_BATCH]).delete()
    for parent in Page.objects.filter(path__in=parent_paths):
        Page.objects.filter(pk=parent.pk).update(numchild=Page.objects.child_of(parent).count())
    return len(ids)


def find_homes() -> tuple[HomePage, HomePage, Locale, Locale]:
    """The Finnish home page (the default site's root, else the first) and its Swedish translation."""
    locale_fi, _ = Locale.objects.get_or_create(language_code="fi")
    locale_sv, _ = Locale.objects.get_or_create(language_code="sv")
    home_fi = HomePage.objects.filter(locale=locale_fi, depth=2).order_by("path").first()
    if home_fi is None:
        raise LookupError("There is no Finnish home page: run `manage.py load_demo` first.")
    home_sv = HomePage.objects.filter(translation_key=home_fi.translation_key, locale=locale_sv).first()
    if home_sv is None:
        raise LookupError("The Finnish home page has no Swedish translation: run `manage.py load_demo` first.")
    return home_fi, home_sv, locale_fi, locale_sv


def generate(stdout, counts: dict[str, int], *, seed: int = 2026) -> dict[str, tuple[int, float]]:
    """Run the named generators; returns {name: (pages created, seconds)}."""
    home_fi, home_sv, locale_fi, locale_sv = find_homes()
    context = ScaleContext(stdout, home_fi, home_sv, locale_fi, locale_sv, rng=random.Random(seed))
    contents = scale_contents()
    results = {}
    for name, count in counts.items():
        if not count:
            continue
        started = time.perf_counter()
        with transaction.atomic():
            pages = contents[name].generate(context, count)
        results[name] = (pages, time.perf_counter() - started)
    return results


def sample_images(limit: int = 6) -> list:
    """A few existing images (the demo's) that generated items may show; empty when there are none."""
    from wagtail.images import get_image_model

    return list(get_image_model().objects.order_by("pk")[:limit])
