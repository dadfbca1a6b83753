"""News at scale for ``manage.py load_scale --news N`` (see home/scale.py)."""

from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag

from home.scale import SENTENCES, ScaleContext, body_blocks, pick, sample_images, scale_key

from .models import NewsCategory, NewsIndexPage, NewsPage, NewsPageAuthor, NewsPageCategory, NewsPageTag

YEARS = 10
SUBJECTS = [
    ("Järjestöfoorumi", "Föreningsforumet"), ("Avustushaku", "Understödsansökan"), ("Yhdyshenkilöverkosto", "Kontaktpersonsnätverket"),
    ("Kyläyhdistysten kevät", "Byaföreningarnas vår"), ("Nuorisotyö", "Ungdomsarbetet"), ("Vapaaehtoistoiminta", "Frivilligverksamheten"),
    ("Hyvinvointialueen kumppanuuspöytä", "Välfärdsområdets partnerskapsbord"), ("Järjestötilat", "Föreningslokalerna"),
    ("Kulttuuriyhdistykset", "Kulturföreningarna"), ("Liikuntaseurat", "Idrottsföreningarna"),
]
EVENTS = [
    ("kokoaa toimijat yhteen", "samlar aktörerna"), ("käynnistyy uudelleen", "startar på nytt"),
    ("sai uuden rahoituksen", "fick ny finansiering"), ("kasvaa Pirkanmaalla", "växer i Birkaland"),
    ("esittelee tuloksensa", "presenterar sina resultat"), ("etsii uusia jäseniä", "söker nya medlemmar"),
    ("avaa ilmoittautumisen", "öppnar anmälan"), ("juhlii vuosipäiväänsä", "firar sin årsdag"),
]
TAGS = [
    ("vaikuttaminen", "påverkan"), ("nuoret", "unga"), ("kunnat", "kommuner"), ("tilat", "lokaler"),
    ("avustukset", "understöd"), ("vapaaehtoistyö", "frivilligarbete"), ("koulutus", "utbildning"),
    ("hyvinvointialue", "välfärdsområdet"), ("kulttuuri", "kultur"), ("liikunta", "motion"),
    ("ikäihmiset", "äldre"), ("viestintä", "kommunikation"),
]
CATEGORIES = [("Järjestöyhteistyö", "Föreningssamarbete"), ("Avustukset", "Understöd"), ("Koulutus", "Utbildning")]


def tag_pairs():
    """(Finnish tag, Swedish tag) rows, made once: tags belong to one language each."""
    pairs = []
    for fi, sv in TAGS:
        pairs.append(tuple(Tag.objects.get_or_create(name=name, defaults={"slug": name_slug(name)})[0] for name in (fi, sv)))
    return pairs


def name_slug(name):
    return slugify(name) or slugify(name, allow_unicode=True)


def generate_news(context: ScaleContext, count: int) -> int:
    rng = context.rng
    index = context.index_pair(
        NewsIndexPage, {"title": "Ajankohtaista", "slug": "ajankohtaista"}, {"title": "Aktuellt", "slug": "aktuellt"}
    )
    categories = context.ensure_snippets(NewsCategory, CATEGORIES)
    tags = tag_pairs()
    people = context.people()
    images = sample_images()
    items, extras = [], []
    for number in range(count):
        subject, event = rng.choice(SUBJECTS), rng.choice(EVENTS)
        day = context.today - timedelta(days=rng.randrange(YEARS * 365))
        published = timezone.make_aware(datetime.combine(day, time(9, rng.randrange(60))))
        lead = pick(rng, SENTENCES, 2)
        body_fi, body_sv = body_blocks(rng)
        image = rng.choice(images) if images and number % context.image_every == 0 else None
        common = {"date": day, "published": published, "main_image": image}
        items.append((
            {**common, "title": f"{subject[0]} {event[0]}", "lead": " ".join(s[0] for s in lead), "body": body_fi,
             "main_image_alt": "Kuvituskuva" if image else ""},
            {**common, "title": f"{subject[1]} {event[1]}", "lead": " ".join(s[1] for s in lead), "body": body_sv,
             "main_image_alt": "Illustrationsbild" if image else ""},
        ))
        extras.append((rng.sample(categories, min(2, len(categories))), rng.sample(tags, 2), rng.choice(people) if people else None))
    pairs = context.add_pages(NewsPage, index, items)

    category_rows, tag_rows, author_rows = [], [], []
    for (fi_page, sv_page), (page_categories, page_tags, person) in zip(pairs, extras, strict=True):
        for language, page in ((0, fi_page), (1, sv_page)):
            locale = page.locale_id
            for position, category in enumerate(page_categories):
                # Rows of a page and its translation share a key, as wagtail-localize's copies do.
                key = row_key(fi_page, position)
                category_rows.append(NewsPageCategory(page_id=page.pk, category=category[language], sort_order=position,
                                                      locale_id=locale, translation_key=key))
            tag_rows += [NewsPageTag(content_object_id=page.pk, tag=tag[language]) for tag in page_tags]
            if person:
                author_rows.append(NewsPageAuthor(page_id=page.pk, person=person[language], sort_order=0, locale_id=locale,
                                                  translation_key=row_key(fi_page, "author")))
    context.bulk(NewsPageCategory, category_rows)
    context.bulk(NewsPageTag, tag_rows)
    context.bulk(NewsPageAuthor, author_rows)
    return len(pairs) * 2


def row_key(page, position):
    """A translation key per (page, inline row), the same for the page's translation."""
    cache = page.__dict__.setdefault("_scale_row_keys", {})
    return cache.setdefault(position, scale_key())
