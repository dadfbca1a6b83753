"""Demo content: a Finnish hub site and its Swedish translation.

``python manage.py load_demo`` calls :func:`load_demo`. It builds a fictional
regional hub of association–municipality cooperation in Pirkanmaa ("Järjestöhubi
Yhdessä"): a Finnish home page with standard pages, the shared snippets (the hub's
organisation, contact persons, Pirkanmaa municipalities), site settings and
generated images, then translates every page and snippet into Swedish through
wagtail-localize, so that editors can keep the Swedish versions in sync.

All people, addresses, phone numbers and e-mail addresses are invented
(``example.fi``); municipality names and codes are real.

Idempotency: the Finnish home page (slug ``etusivu`` directly under the tree
root) marks the core content as loaded; snippets carry fixed translation keys
(:func:`demo_key`) and images live in the "Demo" collection, which is how
``--reset`` finds them again.

Extension point for plugins
---------------------------
After the core content, ``load_demo`` calls every function registered with the
``load_demo_content`` hook, in registration order, each in its own transaction,
with a :class:`DemoContext`::

    from wagtail import hooks

    @hooks.register("load_demo_content")
    def load_news_demo(context):
        if NewsIndexPage.objects.child_of(context.home).exists():
            return  # already loaded
        index = context.add_page(context.home, NewsIndexPage(title="Ajankohtaista", slug="ajankohtaista"))
        image = context.make_image("Uutiskuva: foorumi", "Abstrakti sininen kuvitus.", seed="news-forum")
        ...
        context.translate_to_swedish(index, {"Ajankohtaista": "Aktuellt", "ajankohtaista": "aktuellt"})

The hook runs on every ``load_demo`` run, also when the core content was already
there (``context.core_created`` is then False), so that a plugin added later gets
its demo content without ``--reset``. A hook function must therefore skip what it
has already created. ``--reset`` deletes every page below the tree root and every
image in the "Demo" collection before the hooks run, so plugin pages and images go
with it; a plugin's own snippets should use :func:`demo_key` translation keys, and
the hook deletes them first when ``context.reset`` is True.

Mappings for :meth:`DemoContext.translate_to_swedish` map Finnish to Swedish. A
value may be a plain string (a title, a CharField, a text block) or a whole
rich-text HTML fragment: the fragment is split into segments the way
wagtail-localize splits it, so both sides must have the same block structure and
the same links. Strings without letters (phone numbers, codes, postal codes) stay
as they are. A segment without a translation raises :class:`DemoContentError`
listing every missing string, so a mapping cannot silently fall behind the content.
The core glossary (municipality names, the hub's name, ...) is always available
as a fallback.
"""

from __future__ import annotations

import colorsys
import logging
import math
import random
import uuid
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from io import BytesIO
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import (
    StringValue,
    extract_strings,
    validate_translation_links,
)

from .models import (
    ContactPerson,
    FooterLink,
    HomePage,
    HomePageContact,
    Municipality,
    Organisation,
    SiteSettings,
    StandardPage,
)

HOME_SLUG = "etusivu"
DEMO_COLLECTION = "Demo"
HOOK_NAME = "load_demo_content"
WELCOME_TITLE = "Welcome to your new Wagtail site!"

# Fixed namespace: demo snippets get the same translation keys on every run.
DEMO_NAMESPACE = uuid.UUID("6f1d3c52-8a43-4f0e-9a57-2c1e7b9d4a10")


class DemoContentError(Exception):
    """The demo content cannot be built as written (e.g. a Swedish string is missing)."""


def demo_key(name: str) -> uuid.UUID:
    """A stable translation key for a demo snippet, e.g. ``demo_key("municipality:837")``."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


# Finnish → Swedish ------------------------------------------------------------------


def _looks_like_html(text: str) -> bool:
    return text.lstrip().startswith("<")


def _has_letters(text: str) -> bool:
    return any(character.isalpha() for character in StringValue(text).render_text())


class Glossary:
    """Finnish → Swedish, keyed the way wagtail-localize stores source strings.

    ``add(fi, sv)`` (also ``glossary(fi, sv)``) records a pair and returns the
    Finnish text, so content can be written with both languages side by side.
    Rich-text HTML is split into wagtail-localize segments on both sides; plain
    text is escaped as wagtail-localize escapes it. Adding the same Finnish
    segment twice with different Swedish raises: one source string has one
    translation per context, and the demo keeps it simple. ``fallback`` is a
    glossary consulted for segments this one lacks.
    """

    def __init__(self, mapping: dict[str, str] | None = None, fallback: Glossary | None = None):
        self._segments: dict[str, str] = {}
        self.fallback = fallback
        if mapping:
            self.update(mapping)

    def add(self, fi: str, sv: str) -> str:
        if _looks_like_html(fi):
            fi_template, fi_strings = extract_strings(fi)
            sv_template, sv_strings = extract_strings(sv)
            if fi_template != sv_template or len(fi_strings) != len(sv_strings):
                raise DemoContentError(
                    "The Swedish rich text does not have the structure of the Finnish one.\n"
                    f"  fi: {fi}\n  sv: {sv}"
                )
            for (fi_string, _fi_attrs), (sv_string, _sv_attrs) in zip(fi_strings, sv_strings, strict=True):
                self._put(fi_string.data, sv_string.data)
        else:
            self._put(StringValue.from_plaintext(fi).data, StringValue.from_plaintext(sv).data)
        return fi

    __call__ = add

    def same(self, *texts: str) -> None:
        """Names that are the same in Swedish (people, most municipalities)."""
        for text in texts:
            self.add(text, text)

    def update(self, mapping) -> None:
        if isinstance(mapping, Glossary):
            for key, value in mapping._segments.items():
                self._put(key, value)
        else:
            for fi, sv in mapping.items():
                self.add(fi, sv)

    def _put(self, key: str, value: str) -> None:
        try:
            validate_translation_links(key, value)
            StringValue.from_translated_html(value)
        except ValueError as error:
            raise DemoContentError(f"Invalid Swedish for {key!r}: {error}") from error
        if self._segments.get(key, value) != value:
            raise DemoContentError(
                f"Two Swedish translations for one Finnish string:\n  {key}\n  {self._segments[key]}\n  {value}"
            )
        self._segments[key] = value

    def get(self, segment: str) -> str | None:
        """The Swedish for a source segment; text without letters stays as it is."""
        if segment in self._segments:
            return self._segments[segment]
        if self.fallback is not None and segment in self.fallback:
            return self.fallback.get(segment)
        if not _has_letters(segment):
            return segment
        return None

    def __contains__(self, segment: str) -> bool:
        return self.get(segment) is not None

    def __len__(self) -> int:
        return len(self._segments)


def translate_to_swedish(obj, mapping, locale: Locale | None = None):
    """Translate a page or snippet with wagtail-localize's own models.

    Creates (or refreshes) the ``TranslationSource`` of ``obj``, a ``Translation``
    to the Swedish locale and a ``StringTranslation`` for every ``StringSegment``,
    then ``Translation.save_target()`` and publishes the result: the Swedish
    object is a real wagtail-localize translation that editors can sync from the
    Finnish source.

    Returns ``(swedish_object, created)``. Does nothing when the translation exists.
    Pages must be translated parents first. Raises :class:`DemoContentError` when
    ``mapping`` (a dict or :class:`Glossary`) lacks a segment.
    """
    locale = locale or Locale.objects.get(language_code="sv")
    glossary = mapping if isinstance(mapping, Glossary) else Glossary(mapping)
    if isinstance(obj, Page):
        obj = obj.specific

    existing = obj.get_translation_or_none(locale)
    source = TranslationSource.objects.get_for_instance_or_none(obj)
    already_translated = source is not None and Translation.objects.filter(source=source, target_locale=locale).exists()
    if existing is not None and already_translated:
        return existing, False

    if isinstance(obj, Page):
        parent = obj.get_parent()
        if not parent.is_root() and parent.get_translation_or_none(locale) is None:
            raise DemoContentError(f"Translate the parent of “{obj.title}” into {locale.language_code} first.")

    source, _created = TranslationSource.update_or_create_from_instance(obj)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)

    missing, invalid = [], []
    segments = StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")
    for segment in segments:
        text = glossary.get(segment.string.data)
        if text is None:
            missing.append(f"  {segment.context.path}: {segment.string.data!r}")
            continue
        string_translation, _created = StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "has_error": False,
                "field_error": "",
            },
        )
        if string_translation.has_error:
            invalid.append(f"  {segment.context.path}: {text!r}")
    if missing or invalid:
        lines = [f"Swedish demo text is incomplete for {obj._meta.verbose_name} “{obj}”."]
        if missing:
            lines += ["Missing from the mapping:", *missing]
        if invalid:
            lines += ["Rejected by wagtail-localize:", *invalid]
        raise DemoContentError("\n".join(lines))

    if isinstance(obj, Page):
        # save_target(publish=True) would publish in transaction.on_commit() with
        # the page as it is now; inside the demo's one transaction that runs after
        # the child translations are added and writes back a stale numchild,
        # which hides the children. Save a draft and publish it right away.
        translation.save_target(publish=False)
        target = source.get_translated_instance(locale)
        target.get_latest_revision().publish(log_action=False)
        target.refresh_from_db()
    else:
        translation.save_target(publish=True)
        target = source.get_translated_instance(locale)
    return target, True


# Images ----------------------------------------------------------------------------


def _hsl(hue, saturation, lightness, alpha=255):
    red, green, blue = colorsys.hls_to_rgb(hue / 360, lightness / 100, saturation / 100)
    return (round(red * 255), round(green * 255), round(blue * 255), alpha)


# The Suomi.fi palette (hub/static/css/tokens.css).
BRAND = (214, 100, 24)
HIGHLIGHT_DARK = (212, 63, 37)
HIGHLIGHT = (212, 63, 45)
HIGHLIGHT_LIGHT = (212, 63, 49)
ACCENT = (23, 82, 50)
SECONDARY = (196, 77, 62)
LIGHT_BLUES = [(212, 63, 90), (212, 63, 95), (215, 100, 95), (196, 77, 92)]


def _gradient(size, top, bottom):
    """A vertical gradient: one pixel column, stretched."""
    width, height = size
    column = PILImage.new("RGBA", (1, height))
    for y in range(height):
        t = y / max(height - 1, 1)
        column.putpixel((0, y), tuple(round(top[i] + (bottom[i] - top[i]) * t) for i in range(3)) + (255,))
    return column.resize(size)


def _soft_circles(image, rnd, count, lightness_choices, alpha=110):
    """Large blurred discs, drawn and blurred at quarter size for speed."""
    width, height = image.size
    small = (max(width // 4, 1), max(height // 4, 1))
    for _ in range(count):
        colour = _hsl(212, 63, rnd.choice(lightness_choices))
        layer = PILImage.new("RGBA", small, colour[:3] + (0,))
        radius = rnd.randint(height // 5, height // 2) / 4
        cx, cy = rnd.randint(0, width) / 4, rnd.randint(0, height // 2) / 4
        ImageDraw.Draw(layer).ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=colour[:3] + (alpha,))
        layer = layer.filter(ImageFilter.GaussianBlur(max(height // 160, 1))).resize(image.size, PILImage.BILINEAR)
        image = PILImage.alpha_composite(image, layer)
    return image


def _landscape(size, rnd, sun=True):
    """Layered blue hills under a pale sky, with an orange sun."""
    width, height = size
    image = _soft_circles(_gradient(size, _hsl(212, 63, 90), _hsl(215, 100, 97)), rnd, rnd.randint(3, 5), [84, 88, 92])
    if sun:
        layer = PILImage.new("RGBA", size, (0, 0, 0, 0))
        radius = rnd.randint(height // 10, height // 6)
        cx, cy = rnd.randint(width // 5, 4 * width // 5), rnd.randint(height // 6, height // 3)
        ImageDraw.Draw(layer).ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=_hsl(*ACCENT))
        image = PILImage.alpha_composite(image, layer)
    for index, shade in enumerate([SECONDARY, HIGHLIGHT_LIGHT, HIGHLIGHT_DARK, BRAND]):
        layer = PILImage.new("RGBA", size, (0, 0, 0, 0))
        base = height * (0.52 + index * 0.11)
        amplitude = height * rnd.uniform(0.04, 0.10)
        phase, frequency = rnd.uniform(0, 2 * math.pi), rnd.uniform(0.8, 1.8)
        points = [
            (
                x,
                base
                - amplitude * math.sin(phase + frequency * 2 * math.pi * x / width)
                - amplitude * 0.4 * math.sin(2 * phase + 3.1 * frequency * 2 * math.pi * x / width),
            )
            for x in range(0, width + 8, 8)
        ]
        ImageDraw.Draw(layer).polygon(points + [(width, height), (0, height)], fill=_hsl(*shade))
        image = PILImage.alpha_composite(image, layer)
    return image


def _network(size, rnd):
    """Overlapping translucent circles joined by thin lines: people and groups meeting."""
    width, height = size
    image = _soft_circles(_gradient(size, _hsl(215, 100, 97), _hsl(212, 63, 90)), rnd, 3, [86, 90])
    nodes = [(rnd.randint(width // 8, 7 * width // 8), rnd.randint(height // 6, 5 * height // 6)) for _ in range(7)]
    lines = PILImage.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(lines)
    nodes.sort()
    draw.line(nodes, fill=_hsl(*HIGHLIGHT_DARK, 150), width=max(2, width // 400), joint="curve")
    image = PILImage.alpha_composite(image, lines)
    palette = [BRAND, HIGHLIGHT_DARK, HIGHLIGHT_LIGHT, SECONDARY, HIGHLIGHT, SECONDARY, ACCENT]
    for (x, y), colour in zip(nodes, palette, strict=True):
        layer = PILImage.new("RGBA", size, (0, 0, 0, 0))
        radius = rnd.randint(height // 12, height // 5)
        ImageDraw.Draw(layer).ellipse([x - radius, y - radius, x + radius, y + radius], fill=_hsl(*colour, 200))
        image = PILImage.alpha_composite(image, layer)
    return image


def _portrait(size, rnd):
    """A simple head-and-shoulders silhouette, for contact cards."""
    width, height = size
    image = PILImage.new("RGBA", size, _hsl(*rnd.choice(LIGHT_BLUES)))
    draw = ImageDraw.Draw(image)
    draw.ellipse([width * 0.55, -height * 0.25, width * 1.25, height * 0.45], fill=_hsl(212, 63, 98))
    figure = _hsl(*rnd.choice([BRAND, HIGHLIGHT_DARK, HIGHLIGHT]))
    head = width * rnd.uniform(0.15, 0.18)
    cx, cy = width / 2, height * 0.40
    draw.ellipse([width * 0.16, height * 0.62, width * 0.84, height * 1.35], fill=figure)
    draw.ellipse([cx - head, cy - head * 1.15, cx + head, cy + head * 1.15], fill=figure)
    return image


def _hero(size, rnd):
    """Hills without the sun: the hero shows the image faintly over dark blue,
    where an orange disc would turn into a muddy blot."""
    return _landscape(size, rnd, sun=False)


PAINTERS = {"landscape": _landscape, "hero": _hero, "network": _network, "portrait": _portrait}


def render_image(kind: str, size: tuple[int, int], seed) -> bytes:
    """JPEG bytes of a generated picture; the same seed gives the same picture."""
    image = PAINTERS[kind](size, random.Random(str(seed))).convert("RGB")
    buffer = BytesIO()
    image.save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def demo_collection() -> Collection:
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=DEMO_COLLECTION).first()
    return collection or root.add_child(name=DEMO_COLLECTION)


def make_image(title: str, alt: str, seed, *, kind: str | None = None, size: tuple[int, int] | None = None):
    """Get or create a generated Wagtail image in the "Demo" collection.

    ``alt`` becomes the image's description, Wagtail's default alternative text.
    ``kind`` is "landscape" (default, 1600×900), "hero" (hills without the sun, for
    images shown faintly behind text), "network" or "portrait" (400×400).
    Returns ``(image, created)``; an image with the same title is reused.
    """
    kind = kind or "landscape"
    size = size or ((400, 400) if kind == "portrait" else (1600, 900))
    image_model = get_image_model()
    collection = demo_collection()
    image = image_model.objects.filter(collection=collection, title=title).first()
    if image is not None:
        return image, False
    content = render_image(kind, size, seed)
    image = image_model(title=title, description=alt[:255], collection=collection)
    image.file = ImageFile(BytesIO(content), name=f"demo-{slugify(title)[:60] or 'image'}.jpg")
    image._set_image_file_metadata()
    image.save()
    return image, True


# The context handed to plugins ---------------------------------------------------------


@dataclass
class DemoContext:
    """What ``load_demo_content`` hook functions receive.

    Attributes:
        home: the Finnish :class:`~home.models.HomePage` (the default site's root).
        home_sv: its Swedish translation.
        locale_fi, locale_sv: the two content locales.
        organisation: the hub's :class:`~home.models.Organisation` (Finnish).
        contacts: Finnish :class:`~home.models.ContactPerson` snippets by role:
            "coordinator", "agent_tampere", "agent_region", "communications".
        municipalities: Finnish :class:`~home.models.Municipality` snippets by code
            ("837" Tampere, "536" Nokia, ...).
        pages: Finnish standard pages by role: "what_is", "networks",
            "working_group", "forums", "contact", "accessibility", "privacy".
        glossary: the core Finnish → Swedish :class:`Glossary` (names, common terms).
        stdout: the command's output; ``log()`` writes an indented line to it.
        core_created: True when this run created the core content.
        reset: True when this run started with ``--reset``.
        counts: what was created, for the summary ("pages", "images", ...).
    """

    home: HomePage
    home_sv: HomePage | None
    locale_fi: Locale
    locale_sv: Locale
    organisation: Organisation | None
    contacts: dict[str, ContactPerson]
    municipalities: dict[str, Municipality]
    pages: dict[str, StandardPage]
    glossary: Glossary
    stdout: Any
    core_created: bool = False
    reset: bool = False
    counts: Counter = field(default_factory=Counter)

    def log(self, message: str) -> None:
        self.stdout.write(f"  {message}")

    def make_image(self, title: str, alt: str, seed, **options):
        """A generated image in the "Demo" collection (see :func:`make_image`); reused by title."""
        image, created = make_image(title, alt, seed, **options)
        self.counts["images"] += created
        return image

    def translate_to_swedish(self, obj, mapping=None):
        """The Swedish translation of a page or snippet, made with wagtail-localize.

        ``mapping`` is Finnish → Swedish (plain strings or rich-text fragments);
        the core glossary fills in what it lacks (municipality names, the hub's
        name, ...). Returns the Swedish object.
        """
        glossary = Glossary(mapping, fallback=self.glossary)
        translated, created = translate_to_swedish(obj, glossary, self.locale_sv)
        if created:
            self.counts["pages_sv" if isinstance(translated, Page) else "snippets_sv"] += 1
        return translated

    def seed_named_snippets(self, model, rows, key_prefix: str) -> dict:
        """Finnish snippets with ``name`` and ``slug``, and their Swedish translations.

        ``rows`` are ``(slug, name_fi, name_sv, slug_sv)``; each snippet's translation
        key is ``demo_key(f"{key_prefix}:{slug}")``, so a rerun finds it again and
        ``--reset`` deletes it. Returns the Finnish snippets by slug.
        """
        keys = {slug: demo_key(f"{key_prefix}:{slug}") for slug, *_ in rows}
        if self.reset:
            model.objects.filter(translation_key__in=keys.values()).delete()
        snippets = {}
        for slug, name_fi, name_sv, slug_sv in rows:
            snippet, created = model.objects.get_or_create(
                translation_key=keys[slug], locale=self.locale_fi, defaults={"name": name_fi, "slug": slug}
            )
            self.counts["snippets"] += created
            self.translate_to_swedish(snippet, {name_fi: name_sv, slug: slug_sv})
            snippets[slug] = snippet
        return snippets

    def add_page(self, parent: Page, page: Page, *, publish: bool = True) -> Page:
        """Add ``page`` below ``parent`` in the parent's locale and publish it."""
        page.locale = parent.locale
        parent.add_child(instance=page)
        if publish:
            page.save_revision(log_action=False).publish(log_action=False)
        self.counts["pages"] += 1
        return page


# Loading ------------------------------------------------------------------------------


def load_demo(stdout, *, reset: bool = False, only: list[str] | None = None) -> DemoContext:
    """Build the demo site unless it exists; then run the plugins' hooks.

    ``only`` names the plugin apps whose hooks run (all when None): a plugin's
    tests load the core and their own demo, not every plugin's.
    """
    # Translations get their Swedish slugs after the copy: no redirects from the
    # copies' never-published URLs. Wagtail's per-page INFO log lines would bury
    # the summary in `make run`.
    with override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False), _quiet_logger("wagtail"):
        return _load_demo(stdout, reset=reset, only=only)


@contextmanager
def _quiet_logger(name: str, level=logging.WARNING):
    logger = logging.getLogger(name)
    previous = logger.level
    logger.setLevel(max(level, logger.getEffectiveLevel()))
    try:
        yield
    finally:
        logger.setLevel(previous)


def demo_hooks(only: list[str] | None = None) -> list:
    """The ``load_demo_content`` hooks, limited to the named apps' when ``only`` is given."""
    functions = hooks.get_hooks(HOOK_NAME)
    if only is None:
        return functions
    return [function for function in functions if function.__module__.split(".")[0] in only]


def _load_demo(stdout, *, reset: bool, only: list[str] | None) -> DemoContext:
    with transaction.atomic():
        locale_fi, _created = Locale.objects.get_or_create(language_code="fi")
        locale_sv, _created = Locale.objects.get_or_create(language_code="sv")
        if reset:
            deleted = reset_demo()
            stdout.write(
                f"Deleted the demo content: {deleted['pages']} pages, {deleted['snippets']} snippets, "
                f"{deleted['images']} images."
            )
        home = find_demo_home(locale_fi)
        if home is None:
            context = build_core(stdout, locale_fi, locale_sv)
        else:
            context = existing_context(stdout, home, locale_fi, locale_sv)
        context.reset = reset

    for hook in demo_hooks(only):
        with transaction.atomic():
            hook(context)

    write_summary(context)
    return context


def find_demo_home(locale_fi: Locale) -> HomePage | None:
    root = Page.get_first_root_node()
    return HomePage.objects.child_of(root).filter(slug=HOME_SLUG, locale=locale_fi).first()


DEMO_SNIPPET_MODELS = [ContactPerson, Organisation, Municipality]


def reset_demo() -> Counter:
    """Delete the demo content: every page below the root, demo snippets and images."""
    deleted = Counter()
    root = Page.get_first_root_node()
    # Sites cascade with their root page: point them at the tree root meanwhile.
    for site in Site.objects.exclude(root_page=root):
        site.root_page = root
        site.save()
    for page in root.get_children().specific():
        deleted["pages"] += page.get_descendants(inclusive=True).count()
        page.delete()
    keys = demo_snippet_keys()
    for model in DEMO_SNIPPET_MODELS:
        snippets = model.objects.filter(translation_key__in=keys)
        deleted["snippets"] += snippets.count()
        snippets.delete()
    image_model = get_image_model()
    collection = Collection.get_first_root_node().get_children().filter(name=DEMO_COLLECTION).first()
    if collection is not None:
        for image in image_model.objects.filter(collection=collection):
            image.delete()
            deleted["images"] += 1
    return deleted


def existing_context(stdout, home: HomePage, locale_fi: Locale, locale_sv: Locale) -> DemoContext:
    stdout.write("Demo content already loaded (run with --reset to rebuild it).")
    glossary = Glossary()
    core_glossary(glossary)
    contacts = {
        role: ContactPerson.objects.filter(translation_key=demo_key(f"contact:{role}"), locale=locale_fi).first()
        for role in CONTACT_ROLES
    }
    municipality_keys = [demo_key(f"municipality:{code}") for code, _fi, _sv in MUNICIPALITIES]
    municipalities = {
        municipality.code: municipality
        for municipality in Municipality.objects.filter(translation_key__in=municipality_keys, locale=locale_fi)
    }
    pages = {}
    for role, path in PAGE_PATHS.items():
        page = home
        for slug in path:
            page = page.get_children().filter(slug=slug).specific().first() if page else None
        if page is not None:
            pages[role] = page
    return DemoContext(
        home=home,
        home_sv=home.get_translation_or_none(locale_sv),
        locale_fi=locale_fi,
        locale_sv=locale_sv,
        organisation=Organisation.objects.filter(
            translation_key=demo_key("organisation:hub"), locale=locale_fi
        ).first(),
        contacts={role: person for role, person in contacts.items() if person},
        municipalities=municipalities,
        pages=pages,
        glossary=glossary,
        stdout=stdout,
    )


def write_summary(context: DemoContext) -> None:
    counts = context.counts
    if not any(counts.values()):
        return
    out = context.stdout
    out.write("Demo content created:")
    out.write(f"  locales: fi, sv; site root: {context.home.title} (/fi/, /sv/)")
    out.write(f"  pages: {counts['pages']} Finnish, {counts['pages_sv']} Swedish translations (wagtail-localize)")
    out.write(
        f"  snippets: {counts['snippets']} Finnish ({counts['municipalities']} municipalities, "
        f"{counts['contacts']} contact persons, {counts['organisations']} organisation), "
        f"{counts['snippets_sv']} Swedish translations"
    )
    out.write(f"  images: {counts['images']} generated in the “{DEMO_COLLECTION}” collection")


def demo_snippet_keys() -> list[uuid.UUID]:
    return (
        [demo_key(f"municipality:{code}") for code, _fi, _sv in MUNICIPALITIES]
        + [demo_key("organisation:hub")]
        + [demo_key(f"contact:{role}") for role in CONTACT_ROLES]
    )


# The core content -------------------------------------------------------------------

MUNICIPALITIES = [
    ("837", "Tampere", "Tammerfors"),
    ("536", "Nokia", "Nokia"),
    ("980", "Ylöjärvi", "Ylöjärvi"),
    ("211", "Kangasala", "Kangasala"),
    ("418", "Lempäälä", "Lempäälä"),
    ("604", "Pirkkala", "Birkala"),
    ("908", "Valkeakoski", "Valkeakoski"),
    ("790", "Sastamala", "Sastamala"),
    ("562", "Orivesi", "Orivesi"),
    ("508", "Mänttä-Vilppula", "Mänttä-Filpula"),
]

HUB_NAME = ("Järjestöhubi Yhdessä", "Föreningshubben Yhdessä")
HUB_PHONE = "040 000 0009"
HUB_EMAIL = "info@example.fi"
HUB_STREET = "Esimerkinkatu 12 A"
HUB_POSTAL_CODE = "33100"

# role: name, (job title fi, sv), phone; the e-mail is made from the name
CONTACTS = {
    "coordinator": ("Maija Esimerkki", ("Järjestökoordinaattori", "Föreningskoordinator"), "040 000 0000"),
    "agent_tampere": ("Aino Mallinen", ("Järjestöagentti", "Föreningsagent"), "040 000 0001"),
    "agent_region": ("Kalle Kuvitteellinen", ("Järjestöagentti", "Föreningsagent"), "040 000 0002"),
    "communications": ("Liisa Testinen", ("Viestintäsuunnittelija", "Kommunikationsplanerare"), "040 000 0003"),
}
CONTACT_ROLES = list(CONTACTS)

# role: slugs from the home page
PAGE_PATHS = {
    "what_is": ["mita-jarjestotoiminta-on"],
    "networks": ["yhteistyo-ja-verkostot"],
    "working_group": ["yhteistyo-ja-verkostot", "jarjestoyhteistyoryhma"],
    "forums": ["yhteistyo-ja-verkostot", "jarjestofoorumit"],
    "contact": ["yhteys"],
    "accessibility": ["saavutettavuusseloste"],
    "privacy": ["tietosuojaseloste"],
}


def core_glossary(tr: Glossary) -> Glossary:
    """Names and terms shared by the core content and plugins."""
    for _code, fi, sv in MUNICIPALITIES:
        tr(fi, sv)
    tr(*HUB_NAME)
    tr("Pirkanmaa", "Birkaland")
    tr("Pirkanmaan hyvinvointialue", "Birkalands välfärdsområde")
    tr("hyvinvointialue", "välfärdsområde")
    tr("Järjestöagentti", "Föreningsagent")
    tr("järjestöagentit", "föreningsagenterna")
    tr("Järjestöfoorumi", "Föreningsforum")
    tr("Järjestökirje", "Föreningsbrevet")
    tr("Järjestöyhteistyöryhmä", "Samarbetsgruppen för föreningar")
    tr("Elinvoimapajat", "Livskraftsverkstäder")
    tr.same("#josmeitäeiolisi", HUB_STREET)
    for name, _title, _phone in CONTACTS.values():
        tr.same(name)
    return tr


def _email(name: str) -> str:
    """maija.esimerkki@example.fi"""
    ascii_name = name.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")
    return ".".join(ascii_name.split()) + "@example.fi"


def _block(block_type: str, value) -> dict:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def _items(values) -> list[dict]:
    """ListBlock items in Wagtail's block format (wagtail-localize needs the ids)."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def _heading(tr, fi, sv, level="h2"):
    return _block("heading", {"text": tr(fi, sv), "level": level})


def _text(tr, fi, sv):
    return _block("text", tr(fi, sv))


def _date(value) -> str:
    return f"{value.day}.{value.month}.{value.year}"


def _page_link(page) -> str:
    return f'<a linktype="page" id="{page.pk}">'


def build_core(stdout, locale_fi: Locale, locale_sv: Locale) -> DemoContext:
    stdout.write("Loading the demo content …")
    tr = core_glossary(Glossary())
    counts = Counter()

    # Images
    def image(title, alt, seed, kind="landscape"):
        picture, created = make_image(title, alt, seed, kind=kind)
        counts["images"] += created
        return picture

    hero_image = image("Etusivun kansikuva", "Abstrakti maisema: päällekkäisiä sinisiä kumpuja.", "hero", kind="hero")
    network_image = image(
        "Yhteistyön verkosto",
        "Abstrakti kuvitus: sinisiä ympyröitä ja yksi oranssi, ohuen viivan yhdistäminä.",
        "network",
        kind="network",
    )
    card_images = [
        image("Kortti: järjestötoiminta", "Abstrakti sininen maisema.", "card-1"),
        image("Kortti: yhteistyöryhmä", "Abstrakti kuvitus toisiinsa liittyvistä ympyröistä.", "card-2", "network"),
        image("Kortti: foorumit", "Abstrakti maisema, jossa oranssi aurinko.", "card-3"),
        image("Kortti: yhteys", "Abstrakti kuvitus sinisistä ympyröistä.", "card-4", "network"),
    ]

    # Snippets
    municipalities = {}
    for code, fi, _sv in MUNICIPALITIES:
        municipalities[code] = Municipality.objects.create(
            translation_key=demo_key(f"municipality:{code}"), locale=locale_fi, name=fi, code=code
        )
    counts["municipalities"] = len(municipalities)
    organisation = Organisation.objects.create(
        translation_key=demo_key("organisation:hub"),
        locale=locale_fi,
        name=HUB_NAME[0],
        description=tr(
            "Pirkanmaan järjestöjen, kuntien ja hyvinvointialueen yhteistyön alueellinen keskus.",
            "Regionalt center för samarbetet mellan föreningar, kommuner och välfärdsområdet i Birkaland.",
        ),
        street_address=HUB_STREET,
        postal_code=HUB_POSTAL_CODE,
        city="Tampere",
        municipality=municipalities["837"],
        website="https://www.example.fi/",
        email=HUB_EMAIL,
        phone=HUB_PHONE,
    )
    counts["organisations"] = 1
    contacts = {}
    for index, (role, (name, (title_fi, title_sv), phone)) in enumerate(CONTACTS.items()):
        photo = image(f"Henkilökuva: {name}", f"Kuvitettu siluetti, {name}.", f"portrait-{index}", kind="portrait")
        contacts[role] = ContactPerson.objects.create(
            translation_key=demo_key(f"contact:{role}"),
            locale=locale_fi,
            name=name,
            job_title=tr(title_fi, title_sv),
            organisation=organisation,
            phone=phone,
            email=_email(name),
            photo=photo,
        )
    counts["contacts"] = len(contacts)
    counts["snippets"] = len(municipalities) + 1 + len(contacts)

    # Page tree: shells first, so that content can link to any page.
    root = Page.get_first_root_node()
    home = HomePage(
        title=tr("Etusivu", "Startsida"),
        slug=tr(HOME_SLUG, "startsida"),
        locale=locale_fi,
        live=False,
        hero_title="",
    )
    root.add_child(instance=home)

    def shell(parent, title, slug, in_menu):
        page = StandardPage(title=tr(*title), slug=tr(*slug), locale=locale_fi, show_in_menus=in_menu, live=False)
        parent.add_child(instance=page)
        return page

    # The order is the menu order and the order of translation (parents first).
    pages = {}
    pages["what_is"] = shell(
        home,
        ("Mitä järjestötoiminta on?", "Vad är föreningsverksamhet?"),
        ("mita-jarjestotoiminta-on", "vad-ar-foreningsverksamhet"),
        in_menu=True,
    )
    pages["networks"] = shell(
        home,
        ("Yhteistyö ja verkostot", "Samarbete och nätverk"),
        ("yhteistyo-ja-verkostot", "samarbete-och-natverk"),
        in_menu=True,
    )
    pages["working_group"] = shell(
        pages["networks"],
        ("Järjestöyhteistyöryhmä", "Samarbetsgruppen för föreningar"),
        ("jarjestoyhteistyoryhma", "samarbetsgruppen-for-foreningar"),
        in_menu=True,
    )
    pages["forums"] = shell(
        pages["networks"],
        ("Järjestöfoorumit", "Föreningsforum"),
        ("jarjestofoorumit", "foreningsforum"),
        in_menu=True,
    )
    pages["contact"] = shell(home, ("Yhteys", "Kontakt"), ("yhteys", "kontakt"), in_menu=True)
    pages["accessibility"] = shell(
        home,
        ("Saavutettavuusseloste", "Tillgänglighetsutlåtande"),
        ("saavutettavuusseloste", "tillganglighetsutlatande"),
        in_menu=False,
    )
    pages["privacy"] = shell(
        home,
        ("Tietosuojaseloste", "Dataskyddsbeskrivning"),
        ("tietosuojaseloste", "dataskyddsbeskrivning"),
        in_menu=False,
    )

    today = timezone.localdate()
    fill_home(tr, home, pages, hero_image, card_images, contacts)
    fill_what_is(tr, pages, network_image, contacts, today)
    fill_networks(tr, pages, contacts, today)
    fill_contact(tr, pages, contacts, today)
    fill_accessibility(tr, pages, today)
    fill_privacy(tr, pages, today)

    for page in [home, *pages.values()]:
        page.save_revision(log_action=False).publish(log_action=False)
    counts["pages"] = 1 + len(pages)

    point_default_site(home)
    configure_site_settings(home, organisation, pages)

    # Swedish, through wagtail-localize: snippets before the pages that use them,
    # pages parents first.
    translated = Counter()
    for obj in [*municipalities.values(), organisation, *contacts.values()]:
        _sv_obj, created = translate_to_swedish(obj, tr, locale_sv)
        translated["snippets_sv"] += created
    home_sv = None
    for page in [home, *pages.values()]:
        sv_page, created = translate_to_swedish(page, tr, locale_sv)
        translated["pages_sv"] += created
        if page is home:
            home_sv = sv_page
    counts.update(translated)

    return DemoContext(
        home=home,
        home_sv=home_sv,
        locale_fi=locale_fi,
        locale_sv=locale_sv,
        organisation=organisation,
        contacts=contacts,
        municipalities=municipalities,
        pages=pages,
        glossary=tr,
        stdout=stdout,
        core_created=True,
        counts=counts,
    )


def point_default_site(home: HomePage) -> None:
    """Make ``home`` the default site's root and remove Wagtail's welcome page."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    if not site.site_name:
        site.site_name = HUB_NAME[0]
    site.save()
    welcome_pages = Page.objects.filter(
        depth=2, content_type=ContentType.objects.get_for_model(Page), title=WELCOME_TITLE
    ).exclude(pk__in=Site.objects.values("root_page"))
    for page in welcome_pages:
        page.delete()


def configure_site_settings(home: HomePage, organisation: Organisation, pages: dict[str, StandardPage]) -> None:
    site = Site.objects.get(root_page=home, is_default_site=True)
    settings = SiteSettings.for_site(site)
    settings.organisation = organisation
    settings.phone = HUB_PHONE
    settings.email = HUB_EMAIL
    settings.facebook_url = "https://www.facebook.com/example"
    settings.instagram_url = "https://www.instagram.com/example"
    settings.linkedin_url = "https://www.linkedin.com/company/example"
    settings.youtube_url = "https://www.youtube.com/@example"
    settings.accessibility_statement = pages["accessibility"]
    settings.footer_links = [FooterLink(page=pages["privacy"]), FooterLink(page=pages["contact"])]
    settings.save()


# Page content: Finnish and Swedish side by side ---------------------------------------


def fill_home(tr, home, pages, hero_image, card_images, contacts):
    home.search_description = tr(
        "Järjestöhubi Yhdessä tukee pirkanmaalaisten yhdistysten, kuntien ja hyvinvointialueen yhteistyötä: "
        "järjestöagentit, foorumit, tilat ja avustukset.",
        "Föreningshubben Yhdessä stöder samarbetet mellan föreningar, kommuner och välfärdsområdet i Birkaland: "
        "föreningsagenter, forum, lokaler och understöd.",
    )
    home.hero_title = tr("Järjestöt ja kunnat – yhdessä enemmän", "Föreningar och kommuner – starkare tillsammans")
    home.hero_text = tr(
        "Tuemme pirkanmaalaisia yhdistyksiä, kuntia ja Pirkanmaan hyvinvointialuetta tekemään yhteistyötä, "
        "joka näkyy asukkaiden arjessa.",
        "Vi hjälper föreningar, kommuner och Birkalands välfärdsområde att samarbeta på ett sätt "
        "som märks i invånarnas vardag.",
    )
    home.hero_image = hero_image
    home.hero_link_page = pages["what_is"]
    home.hero_link_label = tr("Lue, mitä järjestötoiminta on", "Läs vad föreningsverksamhet är")
    home.intro = tr(
        "<p>Pirkanmaalla toimii tuhansia yhdistyksiä: liikuntaseuroja, kyläyhdistyksiä, potilas- ja "
        "vertaistukijärjestöjä, kulttuuriyhdistyksiä ja vanhempainyhdistyksiä. Järjestöhubi Yhdessä kokoaa ne "
        f"saman pöydän ääreen kuntien ja {_page_link(pages['networks'])}hyvinvointialueen</a> kanssa.</p>"
        "<p>Järjestöagenttimme neuvovat yhdistyksiä avustusten hakemisessa, tilojen löytämisessä ja yhteistyön "
        f"rakentamisessa. Kaksi kertaa vuodessa kokoonnumme {_page_link(pages['forums'])}järjestöfoorumeihin</a>, "
        "ja järjestökirje kertoo ajankohtaiset asiat neljä kertaa vuodessa.</p>",
        "<p>I Birkaland finns tusentals föreningar: idrottsföreningar, byaföreningar, patient- och "
        "kamratstödsorganisationer, kulturföreningar och föräldraföreningar. Föreningshubben Yhdessä samlar dem "
        f"kring samma bord som kommunerna och {_page_link(pages['networks'])}välfärdsområdet</a>.</p>"
        "<p>Våra föreningsagenter ger föreningar råd om att söka understöd, hitta lokaler och bygga upp "
        f"samarbete. Två gånger om året samlas vi till {_page_link(pages['forums'])}föreningsforum</a>, "
        "och föreningsbrevet berättar om det aktuella fyra gånger om året.</p>",
    )
    cards = [
        (
            pages["what_is"],
            ("Mitä järjestötoiminta on?", "Vad är föreningsverksamhet?"),
            (
                "Yhdistykset tuovat arkeen vertaistukea, harrastuksia ja yhteisöllisyyttä. "
                "Lue, miten toiminta syntyy ja miten siihen pääsee mukaan.",
                "Föreningar ger vardagen kamratstöd, fritidsaktiviteter och gemenskap. "
                "Läs hur verksamheten uppstår och hur du kan delta.",
            ),
        ),
        (
            pages["working_group"],
            ("Järjestöyhteistyöryhmä", "Samarbetsgruppen för föreningar"),
            (
                "19 järjestöjen edustajaa ja 17 varajäsentä tuovat järjestökentän äänen "
                "hyvinvointialueen suunnitteluun.",
                "19 representanter för organisationerna och 17 ersättare för fram organisationsfältets röst "
                "i välfärdsområdets planering.",
            ),
        ),
        (
            pages["forums"],
            ("Järjestöfoorumit ja elinvoimapajat", "Föreningsforum och livskraftsverkstäder"),
            (
                "Foorumit kokoavat yhdistykset ja kunnat kaksi kertaa vuodessa, ja seitsemän alueellista "
                "elinvoimapajaa vie keskustelun lähelle asukkaita.",
                "Forumen samlar föreningar och kommuner två gånger om året, och sju regionala "
                "livskraftsverkstäder för samtalet nära invånarna.",
            ),
        ),
        (
            pages["contact"],
            ("Kysy järjestöagentilta", "Fråga en föreningsagent"),
            (
                "Tarvitsetteko tiloja, avustusta tai yhteistyökumppania? Järjestöagentit auttavat maksutta.",
                "Behöver ni lokaler, understöd eller en samarbetspartner? Föreningsagenterna hjälper kostnadsfritt.",
            ),
        ),
    ]
    home.highlights = [
        _block(
            "highlight",
            {"title": tr(*title), "text": tr(*text), "page": page.pk, "external_url": "", "image": picture.pk},
        )
        for (page, title, text), picture in zip(cards, card_images, strict=True)
    ]
    home.contact_heading = tr("Ota yhteyttä", "Kontakta oss")
    home.contact_text = tr(
        "<p>Järjestöagentit vastaavat kysymyksiin arkisin. Kaikki yhteystiedot löydät "
        f"{_page_link(pages['contact'])}Yhteys-sivulta</a>.</p>",
        "<p>Föreningsagenterna svarar på frågor på vardagar. Alla kontaktuppgifter finns på sidan "
        f"{_page_link(pages['contact'])}Kontakt</a>.</p>",
    )
    home.contacts = [HomePageContact(person=contacts["coordinator"]), HomePageContact(person=contacts["agent_tampere"])]


def _contact_block(tr, person, note_fi, note_sv):
    return _block("contact", {"person": person.pk, "note": tr(note_fi, note_sv)})


def _cta(tr, page, label, description):
    return _block(
        "call_to_action", {"label": tr(*label), "page": page.pk, "external_url": "", "description": tr(*description)}
    )


def fill_what_is(tr, pages, network_image, contacts, today):
    page = pages["what_is"]
    page.search_description = tr(
        "Mitä yhdistykset tekevät, miksi kunnat tekevät yhteistyötä järjestöjen kanssa ja miten yhdistys "
        "saa tiloja ja avustuksia.",
        "Vad föreningar gör, varför kommuner samarbetar med organisationer och hur en förening får "
        "lokaler och understöd.",
    )
    page.lead = tr(
        "Järjestötoiminta on vapaaehtoista toimintaa, jonka ihmiset järjestävät yhdessä yhteisen asian hyväksi. "
        "Pirkanmaan yhdistykset tekevät arvokasta työtä asukkaiden hyvinvoinnin eteen – usein huomaamatta.",
        "Föreningsverksamhet är frivillig verksamhet som människor ordnar tillsammans för en gemensam sak. "
        "Föreningarna i Birkaland gör ett värdefullt arbete för invånarnas välbefinnande – ofta i det tysta.",
    )
    table_rows = [
        (("Yhteistyön muoto", "Samarbetsform"), ("Kuinka usein", "Hur ofta"), ("Kenelle", "För vem")),
        (
            ("Järjestöfoorumi", "Föreningsforum"),
            ("Kaksi kertaa vuodessa", "Två gånger om året"),
            ("Yhdistykset, kunnat ja hyvinvointialue", "Föreningar, kommuner och välfärdsområdet"),
        ),
        (
            ("Järjestökirje", "Föreningsbrevet"),
            ("Neljä kertaa vuodessa", "Fyra gånger om året"),
            ("Kaikki tilaajat sähköpostitse", "Alla prenumeranter per e-post"),
        ),
        (
            ("Järjestöyhteistyöryhmä", "Samarbetsgruppen för föreningar"),
            ("Neljä kertaa vuodessa", "Fyra gånger om året"),
            ("19 jäsentä ja 17 varajäsentä", "19 medlemmar och 17 ersättare"),
        ),
        (
            ("Elinvoimapajat", "Livskraftsverkstäder"),
            ("Seitsemän alueellista pajaa", "Sju regionala verkstäder"),
            ("Viranhaltijat, päättäjät ja yhdistykset", "Tjänsteinnehavare, beslutsfattare och föreningar"),
        ),
        (
            ("Järjestöagenttien neuvonta", "Föreningsagenternas rådgivning"),
            ("Arkisin", "Vardagar"),
            ("Yhdistykset ja kuntien yhdyshenkilöt", "Föreningar och kommunernas kontaktpersoner"),
        ),
    ]
    faq = [
        (
            ("Miten perustan yhdistyksen?", "Hur grundar jag en förening?"),
            (
                "<p>Tarvitsette vähintään kolme perustajajäsentä, säännöt ja perustamiskirjan. Yhdistys merkitään "
                "Patentti- ja rekisterihallituksen yhdistysrekisteriin. Järjestöagentti auttaa sääntöjen "
                "laatimisessa.</p>",
                "<p>Ni behöver minst tre stiftande medlemmar, stadgar och en stiftelseurkund. Föreningen förs in i "
                "Patent- och registerstyrelsens föreningsregister. En föreningsagent hjälper till med stadgarna.</p>",
            ),
        ),
        (
            ("Mistä yhdistys saa tiloja toiminnalleen?", "Var får en förening lokaler för sin verksamhet?"),
            (
                "<p>Monet Pirkanmaan kunnat antavat koulujen, kirjastojen ja nuorisotalojen tiloja yhdistysten "
                "käyttöön edullisesti tai maksutta. Tilahakemistoon kootaan tiedot tiloista, niiden esteettömyydestä "
                "ja varaamisesta.</p>",
                "<p>Många kommuner i Birkaland låter föreningar använda lokaler i skolor, bibliotek och "
                "ungdomsgårdar förmånligt eller gratis. I lokalkatalogen samlas uppgifter om lokalerna, deras "
                "tillgänglighet och hur de bokas.</p>",
            ),
        ),
        (
            ("Millaisia avustuksia yhdistys voi hakea?", "Vilka understöd kan en förening söka?"),
            (
                "<p>Kunnat myöntävät toiminta- ja kohdeavustuksia, ja Pirkanmaan hyvinvointialue tukee hyvinvointia "
                "ja terveyttä edistävää järjestötoimintaa. Hakuajat vaihtelevat, joten seuraa järjestökirjettä.</p>",
                "<p>Kommunerna beviljar verksamhets- och projektunderstöd, och Birkalands välfärdsområde stöder "
                "föreningsverksamhet som främjar välbefinnande och hälsa. Ansökningstiderna varierar, så följ "
                "föreningsbrevet.</p>",
            ),
        ),
        (
            ("Mikä on #josmeitäeiolisi-kampanja?", "Vad är kampanjen #josmeitäeiolisi?"),
            (
                "<p>Kampanja kysyy, mitä jäisi puuttumaan, jos järjestöjä ei olisi: vertaistuki, harrastukset, "
                "tapahtumat ja monet kohtaamiset. Yhdistykset kertovat kampanjassa omia tarinoitaan ja tuovat "
                "työnsä päättäjien tietoon.</p>",
                "<p>Kampanjen – ungefär ”om vi inte fanns” – frågar vad som skulle saknas om organisationerna "
                "inte fanns: kamratstöd, fritidsaktiviteter, evenemang och många möten. Föreningarna berättar "
                "sina egna historier och gör sitt arbete känt för beslutsfattarna.</p>",
            ),
        ),
    ]
    page.body = [
        _heading(tr, "Yhdistys on yhteisö", "En förening är en gemenskap"),
        _text(
            tr,
            "<p>Rekisteröity yhdistys on joukko ihmisiä, jotka ovat sopineet toimivansa yhdessä sääntöjensä mukaisen "
            "tarkoituksen hyväksi. Tarkoitus voi olla esimerkiksi liikunta, kulttuuri, vertaistuki, kylän "
            "kehittäminen tai jonkin ryhmän etujen valvominen.</p>"
            "<p>Yhdistyksiä pyörittävät useimmiten vapaaehtoiset. Osa järjestöistä työllistää myös palkattuja "
            "työntekijöitä ja tuottaa palveluja yhteistyössä kuntien ja hyvinvointialueen kanssa.</p>",
            "<p>En registrerad förening är en grupp människor som har kommit överens om att tillsammans verka för "
            "ett syfte enligt sina stadgar. Syftet kan till exempel vara motion, kultur, kamratstöd, utveckling "
            "av byn eller att bevaka en grupps intressen.</p>"
            "<p>Föreningarna drivs oftast av frivilliga. En del organisationer har också anställda och producerar "
            "tjänster i samarbete med kommunerna och välfärdsområdet.</p>",
        ),
        _block(
            "image",
            {
                "image": network_image.pk,
                "alt_text": tr(
                    "Abstrakti kuvitus: sinisiä ympyröitä ja yksi oranssi, ohuen viivan yhdistäminä.",
                    "Abstrakt illustration: blå cirklar och en orange, förenade av en tunn linje.",
                ),
                "caption": tr(
                    "Yhdistykset, kunnat ja hyvinvointialue muodostavat yhteisen verkoston.",
                    "Föreningar, kommuner och välfärdsområdet bildar ett gemensamt nätverk.",
                ),
                "credit": tr("Kuvitus: Järjestöhubi Yhdessä", "Illustration: Föreningshubben Yhdessä"),
            },
        ),
        _heading(tr, "Miksi järjestöyhteistyö kannattaa?", "Varför lönar sig samarbete med organisationer?"),
        _text(
            tr,
            "<p>Kunnilla on lakisääteinen velvollisuus edistää asukkaidensa hyvinvointia ja terveyttä yhteistyössä "
            "järjestöjen kanssa. Järjestöt tuntevat jäsentensä arjen ja tavoittavat ihmisiä, joita julkiset "
            "palvelut eivät aina tavoita.</p>"
            "<ul><li>Vertaistuki ja kohtaamispaikat vähentävät yksinäisyyttä.</li>"
            "<li>Harrastukset ja tapahtumat lisäävät kunnan elinvoimaa.</li>"
            "<li>Järjestöjen asiantuntemus parantaa palvelujen suunnittelua.</li></ul>",
            "<p>Kommunerna har en lagstadgad skyldighet att främja invånarnas välbefinnande och hälsa i samarbete "
            "med organisationer. Organisationerna känner medlemmarnas vardag och når människor som de offentliga "
            "tjänsterna inte alltid når.</p>"
            "<ul><li>Kamratstöd och mötesplatser minskar ensamheten.</li>"
            "<li>Fritidsaktiviteter och evenemang ökar kommunens livskraft.</li>"
            "<li>Organisationernas sakkunskap förbättrar planeringen av tjänster.</li></ul>",
        ),
        _block(
            "quote",
            {
                "text": tr(
                    "Kun kunta tarjosi meille kokoontumistilan maksutta, pystyimme aloittamaan vertaisryhmän jo "
                    "samana syksynä. Nyt ryhmässä käy viikoittain parikymmentä ihmistä.",
                    "När kommunen erbjöd oss en mötesplats gratis kunde vi starta en kamratstödsgrupp redan samma "
                    "höst. Nu kommer ett tjugotal personer till gruppen varje vecka.",
                ),
                "attribution": tr("Eeva Esimerkki", "Eeva Esimerkki"),
                "role": tr("vertaistukiyhdistyksen puheenjohtaja", "ordförande för en kamratstödsförening"),
            },
        ),
        _heading(
            tr, "Järjestöyhteistyön rakenteet Pirkanmaalla", "Strukturer för samarbetet med organisationer i Birkaland"
        ),
        _block(
            "table",
            {
                "caption": tr("Yhteistyön muodot ja niiden rytmi", "Samarbetsformerna och hur ofta de ordnas"),
                "table": {
                    "data": [[tr(fi, sv) for fi, sv in row] for row in table_rows],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "table_caption": "",
                },
            },
        ),
        _block(
            "accordion",
            {
                "heading": tr("Usein kysyttyä", "Vanliga frågor"),
                "items": _items({"title": tr(*question), "content": tr(*answer)} for question, answer in faq),
            },
        ),
        _cta(
            tr,
            pages["forums"],
            ("Tule mukaan järjestöfoorumiin", "Delta i föreningsforumet"),
            (
                "Foorumi kokoaa yhdistykset ja kunnat keskustelemaan yhteistyöstä kaksi kertaa vuodessa.",
                "Forumet samlar föreningar och kommuner för att diskutera samarbete två gånger om året.",
            ),
        ),
        _contact_block(
            tr,
            contacts["coordinator"],
            "Kysy järjestötoiminnasta ja yhteistyöstä kunnan kanssa",
            "Frågor om föreningsverksamhet och samarbete med kommunen",
        ),
    ]
    page.last_reviewed = today


def fill_networks(tr, pages, contacts, today):
    networks, group, forums = pages["networks"], pages["working_group"], pages["forums"]
    networks.search_description = tr(
        "Järjestöyhteistyön verkostot Pirkanmaalla: järjestöyhteistyöryhmä, järjestöfoorumit, järjestöagentit "
        "ja kuntien yhdyshenkilöt.",
        "Nätverken för samarbetet med organisationer i Birkaland: samarbetsgruppen, föreningsforumen, "
        "föreningsagenterna och kommunernas kontaktpersoner.",
    )
    networks.lead = tr(
        "Järjestöyhteistyö Pirkanmaalla rakentuu verkostoista, joissa yhdistykset, kunnat ja hyvinvointialue "
        "sopivat yhteisistä tavoitteista.",
        "Samarbetet med organisationer i Birkaland bygger på nätverk där föreningar, kommuner och "
        "välfärdsområdet kommer överens om gemensamma mål.",
    )
    networks.body = [
        _text(
            tr,
            "<p>Kun hyvinvointialue aloitti sosiaali- ja terveyspalvelujen järjestäjänä, kunnille jäi vastuu "
            "asukkaiden hyvinvoinnin ja terveyden edistämisestä, ja hyvinvointialue sai oman velvoitteensa tehdä "
            "yhteistyötä järjestöjen kanssa. Siksi tarvitaan rakenteita, joissa kaikki kolme kohtaavat.</p>",
            "<p>När välfärdsområdet började ordna social- och hälsovårdstjänsterna fick kommunerna behålla "
            "ansvaret för att främja invånarnas välbefinnande och hälsa, och välfärdsområdet fick en egen "
            "skyldighet att samarbeta med organisationer. Därför behövs strukturer där alla tre möts.</p>",
        ),
        _heading(tr, "Verkostomme", "Våra nätverk"),
        _text(
            tr,
            f"<ul><li>{_page_link(group)}Järjestöyhteistyöryhmä</a> tuo järjestöjen näkemykset "
            "hyvinvointialueen valmisteluun.</li>"
            f"<li>{_page_link(forums)}Järjestöfoorumit</a> ovat kaikille avoimia kohtaamisia kaksi kertaa "
            "vuodessa.</li>"
            "<li>Järjestöagentit toimivat yhdistysten ja kuntien yhdyshenkilöinä omalla alueellaan.</li>"
            "<li>Kuntien järjestöyhdyshenkilöt sopivat yhteisistä käytännöistä omassa verkostossaan.</li></ul>",
            f"<ul><li>{_page_link(group)}Samarbetsgruppen för föreningar</a> för fram organisationernas "
            "synpunkter i välfärdsområdets beredning.</li>"
            f"<li>{_page_link(forums)}Föreningsforumen</a> är möten som är öppna för alla två gånger om året.</li>"
            "<li>Föreningsagenterna fungerar som kontaktpersoner mellan föreningar och kommuner i sitt område.</li>"
            "<li>Kommunernas kontaktpersoner för föreningar kommer överens om gemensam praxis i sitt eget "
            "nätverk.</li></ul>",
        ),
        _cta(
            tr,
            group,
            ("Tutustu järjestöyhteistyöryhmään", "Bekanta dig med samarbetsgruppen"),
            ("Ketkä ryhmässä ovat ja mitä se tekee.", "Vilka som är med i gruppen och vad den gör."),
        ),
    ]
    networks.last_reviewed = today

    group.search_description = tr(
        "Pirkanmaan hyvinvointialueen järjestöyhteistyöryhmä: 19 jäsentä ja 17 varajäsentä, kokoukset neljä "
        "kertaa vuodessa.",
        "Samarbetsgruppen för föreningar vid Birkalands välfärdsområde: 19 medlemmar och 17 ersättare, "
        "möten fyra gånger om året.",
    )
    group.lead = tr(
        "Järjestöyhteistyöryhmä on Pirkanmaan hyvinvointialueen ja järjestöjen yhteinen foorumi. Se vahvistaa "
        "yhteistyötä hyvinvointialueen ja järjestöjen välillä sekä järjestöjen kesken.",
        "Samarbetsgruppen för föreningar är ett gemensamt forum för Birkalands välfärdsområde och "
        "organisationerna. Den stärker samarbetet mellan välfärdsområdet och organisationerna och "
        "organisationerna emellan.",
    )
    group.body = [
        _heading(tr, "Kokoonpano", "Sammansättning"),
        _text(
            tr,
            "<p>Ryhmässä on 19 varsinaista jäsentä ja 17 varajäsentä. Järjestöt on jaettu toimintansa mukaan 19 "
            "luokkaan, ja jokaisesta luokasta on valittu yksi varsinainen jäsen ja mahdollisuuksien mukaan "
            "varajäsen. Mukana ovat myös kuntien hyvinvointikoordinaattorit sekä hyvinvointialueen ja "
            "seurakuntien edustajat.</p>"
            "<p>Jäsenet valitaan kahdeksi vuodeksi kerrallaan avoimen haun perusteella. Valinnoissa painotetaan "
            "laajaan verkostoon kuulumista ja useamman järjestön edustamista.</p>",
            "<p>Gruppen har 19 ordinarie medlemmar och 17 ersättare. Organisationerna har delats in i 19 "
            "kategorier enligt verksamhet, och från varje kategori har en ordinarie medlem och om möjligt en "
            "ersättare valts. I gruppen ingår också kommunernas välfärdskoordinatorer samt representanter för "
            "välfärdsområdet och församlingarna.</p>"
            "<p>Medlemmarna väljs för två år i taget genom en öppen ansökan. Vid valet betonas att kandidaten hör "
            "till ett brett nätverk och representerar flera organisationer.</p>",
        ),
        _heading(tr, "Tehtävät", "Uppgifter"),
        _text(
            tr,
            "<ul><li>tuoda järjestökentän viesti ja osaaminen hyvinvointialueen strategia- ja ohjelmatyöhön</li>"
            "<li>osallistua palvelujen kehittämiseen</li>"
            "<li>välittää tietoa järjestöille ja järjestöiltä</li></ul>"
            "<p>Ryhmä kokoontuu neljä kertaa vuodessa. Kokouksista ei makseta palkkioita.</p>",
            "<ul><li>att föra fram organisationsfältets budskap och kunnande i välfärdsområdets strategi- och "
            "programarbete</li>"
            "<li>att delta i utvecklingen av tjänsterna</li>"
            "<li>att förmedla information till och från organisationerna</li></ul>"
            "<p>Gruppen sammanträder fyra gånger om året. Inga mötesarvoden betalas.</p>",
        ),
        _contact_block(tr, contacts["coordinator"], "Ryhmän koordinaattori", "Gruppens koordinator"),
    ]
    group.last_reviewed = today

    forums.search_description = tr(
        "Järjestöfoorumit kaksi kertaa vuodessa, seitsemän alueellista elinvoimapajaa ja neljästi vuodessa "
        "ilmestyvä järjestökirje.",
        "Föreningsforum två gånger om året, sju regionala livskraftsverkstäder och föreningsbrevet som "
        "utkommer fyra gånger om året.",
    )
    forums.lead = tr(
        "Järjestöfoorumit kokoavat yhdistykset, kuntien viranhaltijat ja päättäjät sekä hyvinvointialueen väen "
        "keskustelemaan yhteistyön suunnasta kaksi kertaa vuodessa.",
        "Föreningsforumen samlar föreningar, kommunernas tjänsteinnehavare och beslutsfattare samt personal "
        "från välfärdsområdet för att diskutera samarbetets riktning två gånger om året.",
    )
    forums.body = [
        _heading(tr, "Kevät- ja syysfoorumi", "Vår- och höstforum"),
        _text(
            tr,
            "<p>Foorumit järjestetään keväällä ja syksyllä vuorotellen eri puolilla Pirkanmaata. Ohjelmassa on "
            "ajankohtaiskatsaus, työpajoja ja aikaa verkostoitua. Työpajoissa jakaudutaan ryhmiin toiminnan "
            "mukaan:</p>"
            "<ol><li>seniorijärjestöt</li><li>sosiaali- ja terveysjärjestöt</li>"
            "<li>liikunta-, kulttuuri- ja harrastusyhdistykset</li>"
            "<li>asukas-, kylä- ja vanhempainyhdistykset</li><li>muut toimijat</li></ol>",
            "<p>Forumen ordnas på våren och hösten, växelvis på olika orter i Birkaland. I programmet ingår en "
            "aktuell översikt, workshoppar och tid för nätverkande. I workshopparna delar vi in oss i grupper "
            "enligt verksamhet:</p>"
            "<ol><li>seniororganisationer</li><li>social- och hälsovårdsorganisationer</li>"
            "<li>idrotts-, kultur- och hobbyföreningar</li>"
            "<li>invånar-, by- och föräldraföreningar</li><li>övriga aktörer</li></ol>",
        ),
        _heading(tr, "Seitsemän elinvoimapajaa", "Sju livskraftsverkstäder"),
        _text(
            tr,
            "<p>Foorumien lisäksi järjestämme seitsemän alueellista elinvoimapajaa, joissa kuntien "
            "viranhaltijat, päättäjät ja yhdistysten väki luovat yhteistä näkyä asukkaiden hyvinvoinnista. "
            "Pajoissa kerrotaan alueen järjestökyselyn tuloksista, ja yhdistystorilla yhdistykset esittelevät "
            "toimintaansa.</p>"
            "<ul><li>Tampere</li><li>Nokia ja Pirkkala</li><li>Ylöjärvi</li><li>Kangasala ja Orivesi</li>"
            "<li>Lempäälä ja Valkeakoski</li><li>Sastamala</li><li>Mänttä-Vilppula</li></ul>",
            "<p>Utöver forumen ordnar vi sju regionala livskraftsverkstäder där kommunernas tjänsteinnehavare, "
            "beslutsfattare och föreningsfolk skapar en gemensam vision om invånarnas välbefinnande. Vid "
            "verkstäderna berättar vi om resultaten av områdets föreningsenkät, och på ett föreningstorg "
            "presenterar föreningarna sin verksamhet.</p>"
            "<ul><li>Tammerfors</li><li>Nokia och Birkala</li><li>Ylöjärvi</li><li>Kangasala och Orivesi</li>"
            "<li>Lempäälä och Valkeakoski</li><li>Sastamala</li><li>Mänttä-Filpula</li></ul>",
        ),
        _heading(tr, "Järjestökirje", "Föreningsbrevet"),
        _text(
            tr,
            "<p>Järjestökirje ilmestyy neljä kertaa vuodessa. Se kertoo tulevista foorumeista, avustusten "
            f"hakuajoista ja koulutuksista. Voit tilata kirjeen {_page_link(pages['contact'])}ottamalla meihin "
            "yhteyttä</a>.</p>",
            "<p>Föreningsbrevet utkommer fyra gånger om året. Det berättar om kommande forum, ansökningstider för "
            f"understöd och utbildningar. Du kan prenumerera på brevet genom att {_page_link(pages['contact'])}"
            "kontakta oss</a>.</p>",
        ),
        _contact_block(
            tr,
            contacts["communications"],
            "Järjestökirje ja foorumien ilmoittautumiset",
            "Föreningsbrevet och anmälningar till forumen",
        ),
    ]
    forums.last_reviewed = today


def fill_contact(tr, pages, contacts, today):
    page = pages["contact"]
    page.search_description = tr(
        "Järjestöhubi Yhdessän yhteystiedot: käyntiosoite Tampereella, järjestöagentit ja palaute.",
        "Föreningshubben Yhdessäs kontaktuppgifter: besöksadress i Tammerfors, föreningsagenterna och respons.",
    )
    page.lead = tr(
        "Järjestöagenttimme neuvovat yhdistyksiä, kuntia ja hyvinvointialueen työntekijöitä kaikissa "
        "järjestöyhteistyön kysymyksissä.",
        "Våra föreningsagenter ger råd till föreningar, kommuner och välfärdsområdets anställda i alla frågor "
        "om samarbete med organisationer.",
    )
    page.body = [
        _heading(tr, "Käyntiosoite", "Besöksadress"),
        _text(
            tr,
            f"<p>{HUB_NAME[0]}<br/>{HUB_STREET}, {HUB_POSTAL_CODE} Tampere</p>"
            "<p>Toimisto on avoinna maanantaista torstaihin klo 9–15. Sovithan tapaamisesta etukäteen.</p>"
            f'<p>Sähköposti: <a href="mailto:{HUB_EMAIL}">{HUB_EMAIL}</a><br/>Puhelin: {HUB_PHONE}</p>',
            f"<p>{HUB_NAME[1]}<br/>{HUB_STREET}, {HUB_POSTAL_CODE} Tammerfors</p>"
            "<p>Kontoret är öppet måndag till torsdag kl. 9–15. Kom överens om ett möte på förhand.</p>"
            f'<p>E-post: <a href="mailto:{HUB_EMAIL}">{HUB_EMAIL}</a><br/>Telefon: {HUB_PHONE}</p>',
        ),
        _heading(tr, "Järjestöagentit ja yhteyshenkilöt", "Föreningsagenter och kontaktpersoner"),
        _contact_block(
            tr,
            contacts["coordinator"],
            "Järjestöyhteistyöryhmä ja foorumit",
            "Samarbetsgruppen för föreningar och forumen",
        ),
        _contact_block(
            tr,
            contacts["agent_tampere"],
            "Tampere, Nokia, Pirkkala ja Ylöjärvi",
            "Tammerfors, Nokia, Birkala och Ylöjärvi",
        ),
        _contact_block(
            tr,
            contacts["agent_region"],
            "Kangasala, Lempäälä, Valkeakoski, Orivesi, Sastamala ja Mänttä-Vilppula",
            "Kangasala, Lempäälä, Valkeakoski, Orivesi, Sastamala och Mänttä-Filpula",
        ),
        _contact_block(
            tr, contacts["communications"], "Järjestökirje ja viestintä", "Föreningsbrevet och kommunikation"
        ),
        _heading(tr, "Palaute", "Respons"),
        _text(
            tr,
            "<p>Kerro meille, miten voisimme palvella yhdistyksiä paremmin. Palautetta voi lähettää osoitteeseen "
            '<a href="mailto:palaute@example.fi">palaute@example.fi</a>.</p>',
            "<p>Berätta för oss hur vi kunde betjäna föreningarna bättre. Du kan skicka respons till "
            '<a href="mailto:palaute@example.fi">palaute@example.fi</a>.</p>',
        ),
    ]
    page.last_reviewed = today


def fill_accessibility(tr, pages, today):
    page = pages["accessibility"]
    assessed = _date(today)
    fix_by = _date(today + timedelta(days=183))
    page.search_description = tr(
        "Järjestöhubi Yhdessän verkkosivuston saavutettavuusseloste: saavutettavuuden tila, puutteet, "
        "arviointi ja palaute.",
        "Tillgänglighetsutlåtande för Föreningshubben Yhdessäs webbplats: tillgänglighetsstatus, brister, "
        "bedömning och respons.",
    )
    page.lead = tr(
        "Haluamme, että kuka tahansa voi käyttää sivustoamme. Tämä seloste kertoo, miten sivusto täyttää "
        "digitaalisten palvelujen tarjoamisesta annetun lain (306/2019) vaatimukset, mitkä sisällöt eivät vielä "
        "ole saavutettavia ja miten voit antaa palautetta.",
        "Vi vill att vem som helst ska kunna använda vår webbplats. Det här utlåtandet beskriver hur "
        "webbplatsen uppfyller kraven i lagen om tillhandahållande av digitala tjänster (306/2019), vilket "
        "innehåll som ännu inte är tillgängligt och hur du kan ge respons.",
    )
    page.body = [
        _heading(tr, "Saavutettavuuden tila", "Tillgänglighetsstatus"),
        _text(
            tr,
            "<p>Seloste koskee Järjestöhubi Yhdessän verkkosivustoa. Sivusto <b>täyttää saavutettavuusvaatimukset "
            "osittain</b>: se noudattaa WCAG 2.1 -ohjeiden A- ja AA-tason kriteerejä lukuun ottamatta alla "
            "lueteltuja puutteita.</p>",
            "<p>Utlåtandet gäller Föreningshubben Yhdessäs webbplats. Webbplatsen <b>uppfyller delvis "
            "tillgänglighetskraven</b>: den följer kriterierna på nivå A och AA i WCAG 2.1 med undantag för de "
            "brister som räknas upp nedan.</p>",
        ),
        _heading(tr, "Sisällöt, jotka eivät ole saavutettavia", "Innehåll som inte är tillgängligt"),
        _text(
            tr,
            "<ul><li><b>PDF-liitteet:</b> osassa foorumien ja työpajojen materiaaleista julkaistuista "
            "PDF-tiedostoista ei ole otsikkorakennetta, eikä kuvilla ole tekstivastineita (WCAG 1.1.1 ja 1.3.1). "
            f"Korjaamme tiedostot tai julkaisemme sisällön verkkosivuna {fix_by} mennessä.</li>"
            "<li><b>Videot:</b> osasta tallennetuista foorumiesityksistä puuttuvat tekstitykset (WCAG 1.2.2). "
            "Uudet videot tekstitetään ennen julkaisua ja vanhat pyynnöstä.</li>"
            "<li><b>Tilojen kartta:</b> tilahakemiston karttaa ei voi käyttää kokonaan näppäimistöllä "
            "(WCAG 2.1.1). Samat tiedot ovat kartan jälkeen tulevassa tilojen luettelossa.</li></ul>",
            "<ul><li><b>PDF-bilagor:</b> en del av PDF-filerna med material från forumen och workshopparna "
            "saknar rubrikstruktur, och bilderna saknar textalternativ (WCAG 1.1.1 och 1.3.1). Vi korrigerar "
            f"filerna eller publicerar innehållet som webbsidor senast {fix_by}.</li>"
            "<li><b>Videor:</b> en del av de inspelade forumpresentationerna saknar undertexter (WCAG 1.2.2). "
            "Nya videor textas innan de publiceras och äldre på begäran.</li>"
            "<li><b>Karta över lokaler:</b> kartan i lokalkatalogen kan inte användas helt med tangentbord "
            "(WCAG 2.1.1). Samma uppgifter finns i listan över lokaler efter kartan.</li></ul>",
        ),
        _heading(tr, "Miten saavutettavuutta on arvioitu", "Hur tillgängligheten har bedömts"),
        _text(
            tr,
            f"<p>Seloste on laadittu {assessed}, ja se perustuu omaan arvioomme. Tarkistimme sivupohjat ja "
            "tyypillisimmät sisältösivut automaattisilla työkaluilla (axe-core ja W3C:n HTML-tarkistin) sekä "
            "testasimme ne käsin näppäimistöllä, ruudunlukijoilla (NVDA ja VoiceOver) ja 200 prosentin "
            "suurennuksella. Seloste tarkistetaan vähintään kerran vuodessa.</p>",
            f"<p>Utlåtandet har upprättats {assessed} och bygger på vår egen bedömning. Vi kontrollerade "
            "sidmallarna och de vanligaste innehållssidorna med automatiska verktyg (axe-core och W3C:s "
            "HTML-validerare) och testade dem manuellt med tangentbord, skärmläsare (NVDA och VoiceOver) och "
            "200 procents förstoring. Utlåtandet ses över minst en gång om året.</p>",
        ),
        _heading(tr, "Anna palautetta saavutettavuudesta", "Ge respons om tillgängligheten"),
        _text(
            tr,
            "<p>Huomasitko sivustolla saavutettavuuspuutteen tai tarvitsetko sisällön toisessa muodossa? Kerro "
            'siitä meille sähköpostilla osoitteeseen <a href="mailto:saavutettavuus@example.fi">'
            f"saavutettavuus@example.fi</a> tai {_page_link(pages['contact'])}Yhteys-sivun</a> kautta. "
            "Vastaamme 14 päivän kuluessa.</p>",
            "<p>Upptäckte du en tillgänglighetsbrist på webbplatsen eller behöver du innehållet i ett annat "
            'format? Berätta det för oss per e-post till <a href="mailto:saavutettavuus@example.fi">'
            f"saavutettavuus@example.fi</a> eller via sidan {_page_link(pages['contact'])}Kontakt</a>. "
            "Vi svarar inom 14 dagar.</p>",
        ),
        _heading(tr, "Valvontaviranomainen", "Tillsynsmyndighet"),
        _text(
            tr,
            "<p>Jos et saa vastausta kahden viikon kuluessa tai olet tyytymätön vastaukseen, voit tehdä "
            "ilmoituksen valvontaviranomaiselle. Digitaalisten palvelujen saavutettavuutta valvoo Lupa- ja "
            "valvontavirasto.</p>"
            "<p>Lupa- ja valvontavirasto<br/>Saavutettavuuden valvonta<br/>"
            '<a href="https://www.saavutettavuusvaatimukset.fi/">www.saavutettavuusvaatimukset.fi</a></p>',
            "<p>Om du inte får svar inom två veckor eller är missnöjd med svaret kan du göra en anmälan till "
            "tillsynsmyndigheten. Tillgängligheten i digitala tjänster övervakas av Tillstånds- och "
            "tillsynsverket.</p>"
            "<p>Tillstånds- och tillsynsverket<br/>Tillgänglighetstillsynen<br/>"
            '<a href="https://www.saavutettavuusvaatimukset.fi/">www.saavutettavuusvaatimukset.fi</a></p>',
        ),
    ]
    page.last_reviewed = today


def fill_privacy(tr, pages, today):
    page = pages["privacy"]
    page.search_description = tr(
        "Mitä henkilötietoja Järjestöhubi Yhdessä käsittelee, mitä evästeitä sivusto käyttää ja kuinka kauan "
        "tietoja säilytetään.",
        "Vilka personuppgifter Föreningshubben Yhdessä behandlar, vilka kakor webbplatsen använder och hur "
        "länge uppgifterna sparas.",
    )
    page.lead = tr(
        "Tässä selosteessa kerrotaan, mitä henkilötietoja Järjestöhubi Yhdessä käsittelee verkkosivustollaan, "
        "miksi ja kuinka kauan. Seloste perustuu EU:n yleiseen tietosuoja-asetukseen (2016/679).",
        "I den här beskrivningen berättar vi vilka personuppgifter Föreningshubben Yhdessä behandlar på sin "
        "webbplats, varför och hur länge. Beskrivningen grundar sig på EU:s allmänna dataskyddsförordning "
        "(2016/679).",
    )
    page.body = [
        _heading(tr, "Rekisterinpitäjä", "Personuppgiftsansvarig"),
        _text(
            tr,
            f"<p>{HUB_NAME[0]}<br/>{HUB_STREET}, {HUB_POSTAL_CODE} Tampere<br/>"
            'Tietosuoja-asiat: <a href="mailto:tietosuoja@example.fi">tietosuoja@example.fi</a></p>',
            f"<p>{HUB_NAME[1]}<br/>{HUB_STREET}, {HUB_POSTAL_CODE} Tammerfors<br/>"
            'Dataskyddsfrågor: <a href="mailto:tietosuoja@example.fi">tietosuoja@example.fi</a></p>',
        ),
        _heading(tr, "Mitä tietoja käsittelemme ja miksi", "Vilka uppgifter vi behandlar och varför"),
        _text(
            tr,
            "<ul><li><b>Yhteydenotot ja palautteet:</b> nimi, yhteystiedot ja viestin sisältö, jotta voimme "
            "vastata. Peruste: oikeutettu etu.</li>"
            "<li><b>Tapahtumailmoittautumiset:</b> nimi, yhdistys, sähköposti sekä mahdolliset ruokavalio- ja "
            "esteettömyystarpeet tilaisuuden järjestämiseksi. Peruste: suostumus.</li>"
            "<li><b>Kyselyvastaukset:</b> kyselyssä kysytyt tiedot kyselyn tulosten koostamiseksi. Peruste: "
            "suostumus.</li>"
            "<li><b>Yhdistysten yhteystietoilmoitukset ja kampanjoihin liittymiset:</b> yhdistyksen yhteyshenkilö, "
            "sähköposti ja puhelin hakemiston ylläpitämiseksi; yhteyshenkilön tietoja ei julkaista. Peruste: "
            "oikeutettu etu.</li>"
            "<li><b>Ideaseinän ideat ja valokuvakilpailun kuvat:</b> teksti tai kuva ja nimi, jos annat sen "
            "julkaistavaksi; kuvan sijaintitiedot poistetaan. Julkaisemme vain moderoidut ideat ja kuvat, joihin "
            "on annettu julkaisulupa. Peruste: suostumus.</li>"
            "<li><b>Järjestökirjeen tilaajat:</b> sähköpostiosoite kirjeen lähettämiseksi. Peruste: suostumus, "
            "jonka voit perua milloin tahansa.</li></ul>",
            "<ul><li><b>Kontakter och respons:</b> namn, kontaktuppgifter och meddelandets innehåll, så att vi "
            "kan svara. Grund: berättigat intresse.</li>"
            "<li><b>Anmälningar till evenemang:</b> namn, förening, e-post samt eventuella behov av specialkost "
            "och tillgänglighet för att kunna ordna tillställningen. Grund: samtycke.</li>"
            "<li><b>Enkätsvar:</b> de uppgifter som enkäten frågar efter, för att sammanställa resultaten. "
            "Grund: samtycke.</li>"
            "<li><b>Föreningars anmälningar av kontaktuppgifter och anslutningar till kampanjer:</b> föreningens "
            "kontaktperson, e-post och telefon för att hålla registret aktuellt; kontaktpersonens uppgifter "
            "publiceras inte. Grund: berättigat intresse.</li>"
            "<li><b>Idéer på idéväggen och bilder i fototävlingen:</b> texten eller bilden och namnet, om du ger "
            "det för publicering; bildens platsuppgifter tas bort. Vi publicerar endast modererade idéer och "
            "bilder med publiceringstillstånd. Grund: samtycke.</li>"
            "<li><b>Prenumeranter på föreningsbrevet:</b> e-postadress för att skicka brevet. Grund: samtycke, "
            "som du kan återkalla när som helst.</li></ul>",
        ),
        _heading(tr, "Evästeet", "Kakor"),
        _text(
            tr,
            "<p>Sivusto käyttää vain sen toiminnan kannalta välttämättömiä evästeitä. Emme käytä analytiikka- "
            "tai markkinointievästeitä, emmekä lataa kolmansien osapuolten upotuksia ennen kuin annat siihen "
            "luvan napsauttamalla.</p>"
            "<ul><li><b>sessionid</b> – istuntoeväste, joka pitää kirjautumisen ja lomakkeen tiedot tallessa. "
            "Vanhenee kahden viikon kuluttua tai kun kirjaudut ulos.</li>"
            "<li><b>csrftoken</b> – suojaa lomakkeita väärennetyiltä pyynnöiltä. Säilyy enintään vuoden.</li>"
            "<li><b>language</b> – muistaa valitsemasi kielen. Poistuu, kun suljet selaimen.</li>"
            "<li><b>participation_browser</b> – asetetaan vain, kun kannatat ideaa, jotta voit kannattaa kutakin "
            "ideaa kerran. Satunnainen tunniste, säilyy vuoden.</li></ul>",
            "<p>Webbplatsen använder endast kakor som är nödvändiga för att den ska fungera. Vi använder inga "
            "analys- eller marknadsföringskakor och laddar inte inbäddat innehåll från tredje parter förrän du "
            "gett lov till det genom att klicka.</p>"
            "<ul><li><b>sessionid</b> – sessionskaka som håller kvar inloggningen och formulärets uppgifter. "
            "Upphör efter två veckor eller när du loggar ut.</li>"
            "<li><b>csrftoken</b> – skyddar formulären mot förfalskade förfrågningar. Sparas i högst ett år.</li>"
            "<li><b>language</b> – kommer ihåg språket du valt. Försvinner när du stänger webbläsaren.</li>"
            "<li><b>participation_browser</b> – sätts endast när du stöder en idé, så att du kan stöda varje idé "
            "en gång. Slumpmässig identifierare, sparas i ett år.</li></ul>",
        ),
        _heading(tr, "Säilytysajat", "Lagringstider"),
        _text(
            tr,
            "<ul><li>Tapahtumailmoittautumisten henkilötiedot poistetaan 90 päivän kuluttua tilaisuudesta.</li>"
            "<li>Kyselyvastaukset poistetaan kyselykohtaisen säilytysajan jälkeen; se kerrotaan kyselyn "
            "yhteydessä.</li>"
            "<li>Käsitellyt yhteystietoilmoitukset poistetaan vuoden kuluttua ja käsitellyt liittymispyynnöt "
            "180 päivän kuluttua; valokuvakilpailun osallistujien sähköpostiosoitteet poistetaan 180 päivän "
            "kuluttua kilpailun päättymisestä.</li>"
            "<li>Yhteydenotot ja palautteet poistetaan viimeistään vuoden kuluttua asian käsittelystä.</li>"
            "<li>Järjestökirjeen tilaajatiedot poistetaan, kun tilaus perutaan.</li>"
            "<li>Palvelimen lokitiedot poistetaan 30 päivän kuluttua.</li></ul>",
            "<ul><li>Personuppgifterna i anmälningar till evenemang raderas 90 dagar efter tillställningen.</li>"
            "<li>Enkätsvar raderas efter enkätens lagringstid, som anges i samband med enkäten.</li>"
            "<li>Behandlade anmälningar av kontaktuppgifter raderas efter ett år och behandlade "
            "anslutningsförfrågningar efter 180 dagar; fototävlingsdeltagarnas e-postadresser raderas 180 dagar "
            "efter att tävlingen avslutats.</li>"
            "<li>Kontakter och respons raderas senast ett år efter att ärendet har behandlats.</li>"
            "<li>Uppgifter om prenumeranter på föreningsbrevet raderas när prenumerationen avslutas.</li>"
            "<li>Serverns loggdata raderas efter 30 dagar.</li></ul>",
        ),
        _heading(tr, "Sinun oikeutesi", "Dina rättigheter"),
        _text(
            tr,
            "<p>Sinulla on oikeus tarkastaa tietosi, pyytää niiden oikaisemista tai poistamista sekä rajoittaa "
            "niiden käsittelyä. Jos katsot, että tietojasi käsitellään lainvastaisesti, voit tehdä valituksen "
            'tietosuojavaltuutetun toimistolle (<a href="https://tietosuoja.fi/">tietosuoja.fi</a>).</p>',
            "<p>Du har rätt att granska dina uppgifter, begära att de rättas eller raderas samt begränsa "
            "behandlingen av dem. Om du anser att dina uppgifter behandlas i strid med lagen kan du lämna in ett "
            'klagomål till dataombudsmannens byrå (<a href="https://tietosuoja.fi/">tietosuoja.fi</a>).</p>',
        ),
    ]
    page.last_reviewed = today
