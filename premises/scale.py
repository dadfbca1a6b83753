"""Premises at scale for ``manage.py load_scale --premises N`` (see home/scale.py)."""

from datetime import time
from decimal import Decimal

from home.scale import SENTENCES, ScaleContext, paragraphs, pick, sample_images, scale_key

from .models import Equipment, PremisesIndexPage, PremisesOpeningHours, PremisesPage, PremisesPhoto

KINDS = [
    ("Kokoushuone", "Mötesrum"), ("Juhlasali", "Festsal"), ("Kerhohuone", "Klubbrum"), ("Liikuntasali", "Idrottssal"),
    ("Nuorisotalo", "Ungdomsgård"), ("Kylätalo", "Byahus"), ("Seminaaritila", "Seminarielokal"),
]
NAMES = [("Koivu", "Björk"), ("Kuusi", "Gran"), ("Tammi", "Ek"), ("Vaahtera", "Lönn"), ("Pihlaja", "Rönn"), ("Lehmus", "Lind")]
STREETS = ["Koulukatu", "Rantatie", "Asemakatu", "Myllytie", "Kirkkokatu", "Torikatu"]
EQUIPMENT = [("Videotykki", "Projektor"), ("Keittiö", "Kök"), ("Langaton verkko", "Trådlöst nätverk")]
# Around Tampere: the map and the GeoJSON get points in the region.
LATITUDE, LONGITUDE = (61.3, 61.8), (23.2, 24.3)


def generate_premises(context: ScaleContext, count: int) -> int:
    rng = context.rng
    index = context.index_pair(
        PremisesIndexPage, {"title": "Tilat", "slug": "tilat"}, {"title": "Lokaler", "slug": "lokaler"}
    )
    equipment = context.ensure_snippets(Equipment, EQUIPMENT)
    municipalities = context.municipalities()
    people = context.people()
    images = sample_images()
    items, extras = [], []
    for number in range(count):
        kind, name = rng.choice(KINDS), rng.choice(NAMES)
        municipality = rng.choice(municipalities)
        lead = pick(rng, SENTENCES, 2)
        booking = paragraphs(pick(rng, SENTENCES, 1))
        person = rng.choice(people) if people else None
        free = number % 3 == 0
        common = {
            "street_address": f"{rng.choice(STREETS)} {rng.randrange(1, 80)}", "postal_code": f"{33100 + rng.randrange(900):05d}",
            "latitude": Decimal(f"{rng.uniform(*LATITUDE):.6f}"), "longitude": Decimal(f"{rng.uniform(*LONGITUDE):.6f}"),
            "capacity": rng.choice([8, 12, 20, 40, 80, 150, 300]), "area": rng.randrange(15, 400),
            "suits_meetings": number % 2 == 0, "suits_courses": number % 3 == 0, "suits_exercise": number % 5 == 0,
            "suits_parties": number % 4 == 0, "suits_exhibitions": number % 7 == 0, "suits_performances": number % 6 == 0,
            "step_free_entrance": number % 2 == 1, "has_lift": number % 3 != 0, "accessible_toilet": number % 2 == 1,
            "induction_loop": number % 4 == 1, "accessible_parking": number % 3 == 1,
            "is_free_for_associations": free, "price_per_hour": None if free else Decimal(rng.choice([15, 25, 40])),
        }
        items.append((
            {**common, "title": f"{kind[0]} {name[0]}", "lead": " ".join(s[0] for s in lead),
             "operator": f"Tilapalvelut, {municipality[0].name}", "town": municipality[0].name, "municipality": municipality[0],
             "booking_instructions": booking[0], "contact_person": person[0] if person else None},
            {**common, "title": f"{kind[1]} {name[1]}", "lead": " ".join(s[1] for s in lead),
             "operator": f"Lokaltjänster, {municipality[1].name}", "town": municipality[1].name, "municipality": municipality[1],
             "booking_instructions": booking[1], "contact_person": person[1] if person else None},
        ))
        extras.append((rng.sample(equipment, min(2, len(equipment))), rng.choice(images) if images and number % context.image_every == 0 else None))
    pairs = context.add_pages(PremisesPage, index, items)

    through = PremisesPage.equipment.through
    equipment_rows, hours_rows, photo_rows = [], [], []
    for (fi_page, sv_page), (page_equipment, image) in zip(pairs, extras, strict=True):
        photo_key = scale_key()
        for language, page in ((0, fi_page), (1, sv_page)):
            equipment_rows += [through(premisespage_id=page.pk, equipment=item[language]) for item in page_equipment]
            hours_rows += [
                PremisesOpeningHours(page_id=page.pk, weekday=weekday, opens=time(8), closes=time(20), sort_order=weekday)
                for weekday in range(5)
            ]
            if image:
                photo_rows.append(PremisesPhoto(page_id=page.pk, image=image, alt_text=("Tila sisältä", "Lokalen inifrån")[language],
                                                sort_order=0, locale_id=page.locale_id, translation_key=photo_key))
    context.bulk(through, equipment_rows)
    context.bulk(PremisesOpeningHours, hours_rows)
    context.bulk(PremisesPhoto, photo_rows)
    return len(pairs) * 2
