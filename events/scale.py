"""Events at scale for ``manage.py load_scale --events N`` (see home/scale.py)."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from home.scale import SENTENCES, ScaleContext, body_blocks, pick, sample_images

from .models import Audience, EventIndexPage, EventPage, Keyword

KINDS = [
    ("Järjestöfoorumi", "Föreningsforum"), ("Työpaja", "Verkstad"), ("Seminaari", "Seminarium"),
    ("Verkostotapaaminen", "Nätverksträff"), ("Avustusinfo", "Info om understöd"), ("Koulutusilta", "Utbildningskväll"),
]
THEMES = [
    ("osallisuudesta", "om delaktighet"), ("avustuksista", "om understöd"), ("vapaaehtoisista", "om frivilliga"),
    ("yhteistyöstä kunnan kanssa", "om samarbete med kommunen"), ("viestinnästä", "om kommunikation"),
    ("nuorten harrastuksista", "om ungas fritidsintressen"),
]
PLACES = [
    ("Kaupungintalo", "Stadshuset", "Keskustori 1", "33100"), ("Kirjasto", "Biblioteket", "Kirjastokatu 2", "33200"),
    ("Nuorisotila", "Ungdomslokalen", "Puistotie 5", "33500"), ("Seurojentalo", "Föreningshuset", "Kylätie 12", "37100"),
]
AUDIENCES = [("Yhdistykset", "Föreningar"), ("Päättäjät", "Beslutsfattare")]
KEYWORDS = [("Avustukset", "Bidrag"), ("Yhteistyö", "Samarbete")]
PAST_DAYS, FUTURE_DAYS = 3 * 365, 365


def generate_events(context: ScaleContext, count: int) -> int:
    rng = context.rng
    index = context.index_pair(
        EventIndexPage, {"title": "Tapahtumat", "slug": "tapahtumat"}, {"title": "Evenemang", "slug": "evenemang"}
    )
    audiences = context.ensure_snippets(Audience, AUDIENCES)
    keywords = context.ensure_snippets(Keyword, KEYWORDS)
    municipalities = context.municipalities()
    people = context.people()
    images = sample_images()
    items, extras = [], []
    for number in range(count):
        kind, theme, place = rng.choice(KINDS), rng.choice(THEMES), rng.choice(PLACES)
        municipality = rng.choice(municipalities)
        # Half upcoming, half past, so that both listings fill up from the first items.
        day = context.today + timedelta(days=rng.randrange(1, FUTURE_DAYS) if number % 2 == 0 else -rng.randrange(1, PAST_DAYS))
        start = timezone.make_aware(datetime.combine(day, time(rng.choice([9, 13, 17]), 0)))
        end = start + timedelta(hours=rng.choice([2, 3, 6]))
        online = number % 4 == 0
        registration = number % 2 == 0
        image = rng.choice(images) if images and number % context.image_every == 0 else None
        person = rng.choice(people) if people else None
        lead = pick(rng, SENTENCES, 2)
        body_fi, body_sv = body_blocks(rng)
        common = {
            "published": start - timedelta(days=30), "start": start, "end": end,
            "street_address": place[2], "postal_code": place[3], "online_url": "https://meet.example.fi/tapahtuma" if online else "",
            "is_free": number % 5 != 0, "price": None if number % 5 else 10, "image": image,
            "registration_enabled": registration, "capacity": rng.choice([20, 50, 120]) if registration else None,
            "registration_closes": start - timedelta(days=2) if registration else None,
        }
        items.append((
            {**common, "title": f"{kind[0]} {theme[0]}", "lead": " ".join(s[0] for s in lead), "body": body_fi,
             "place_name": place[0], "town": municipality[0].name, "municipality": municipality[0],
             "contact_person": person[0] if person else None, "image_alt": "Kuvituskuva" if image else ""},
            {**common, "title": f"{kind[1]} {theme[1]}", "lead": " ".join(s[1] for s in lead), "body": body_sv,
             "place_name": place[1], "town": municipality[1].name, "municipality": municipality[1],
             "contact_person": person[1] if person else None, "image_alt": "Illustrationsbild" if image else ""},
        ))
        extras.append((rng.sample(audiences, min(2, len(audiences))), rng.sample(keywords, 1)))
    pairs = context.add_pages(EventPage, index, items)

    audience_through, keyword_through = EventPage.audiences.through, EventPage.keywords.through
    audience_rows, keyword_rows = [], []
    for (fi_page, sv_page), (page_audiences, page_keywords) in zip(pairs, extras, strict=True):
        for language, page in ((0, fi_page), (1, sv_page)):
            audience_rows += [audience_through(eventpage_id=page.pk, audience=item[language]) for item in page_audiences]
            keyword_rows += [keyword_through(eventpage_id=page.pk, keyword=item[language]) for item in page_keywords]
    context.bulk(audience_through, audience_rows)
    context.bulk(keyword_through, keyword_rows)
    return len(pairs) * 2
