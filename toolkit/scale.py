"""Guides at scale for ``manage.py load_scale --guides N`` (see home/scale.py)."""

import uuid
from datetime import timedelta

from home.scale import SENTENCES, ScaleContext, body_blocks, paragraphs, pick

from .models import GuidePage, GuidePageTopic, Topic, ToolkitIndexPage

SUBJECTS = [
    ("Näin haet avustusta", "Så här söker du understöd"), ("Näin perustat yhdistyksen", "Så här grundar du en förening"),
    ("Näin järjestät foorumin", "Så här ordnar du ett forum"), ("Näin löydät tilan", "Så här hittar du en lokal"),
    ("Näin teet yhteistyötä kunnan kanssa", "Så här samarbetar du med kommunen"),
    ("Näin rekrytoit vapaaehtoisia", "Så här rekryterar du frivilliga"),
]
AUDIENCES = [("nuorille", "för unga"), ("kylille", "för byar"), ("kaupungissa", "i staden"), ("verkossa", "på nätet")]
TOPICS = [("Avustukset", "Understöd"), ("Tilat", "Lokaler"), ("Yhteistyön rakenteet", "Samarbetsstrukturer")]
STEP_TITLES = [("Selvitä tarve", "Utred behovet"), ("Sovi tapaaminen", "Boka ett möte"), ("Kirjaa sopimus", "Skriv ned avtalet")]


def guide_body(rng):
    """Text, numbered steps and a checklist in both languages."""
    text_fi, text_sv = body_blocks(rng)
    steps = [(title, paragraphs(pick(rng, SENTENCES, 1))) for title in STEP_TITLES]
    bodies = []
    for language, text in ((0, text_fi), (1, text_sv)):
        block = {
            "heading": ("Vaiheet", "Steg")[language],
            "steps": [{"title": title[language], "text": html[language], "document": None} for title, html in steps],
        }
        checklist = {"heading": ("Muistilista", "Minneslista")[language], "items": [s[language] for s in pick(rng, SENTENCES, 3)]}
        bodies.append(text[:2] + [
            {"type": "steps", "value": block, "id": str(uuid.uuid4())},
            {"type": "checklist", "value": checklist, "id": str(uuid.uuid4())},
        ])
    return bodies


def generate_guides(context: ScaleContext, count: int) -> int:
    rng = context.rng
    index = context.index_pair(
        ToolkitIndexPage, {"title": "Työkalupakki", "slug": "tyokalupakki"}, {"title": "Verktygslåda", "slug": "verktygslada"}
    )
    topics = context.ensure_snippets(Topic, TOPICS)
    people = context.people()
    items, extras = [], []
    for number in range(count):
        subject, audience = rng.choice(SUBJECTS), rng.choice(AUDIENCES)
        summary = pick(rng, SENTENCES, 2)
        body_fi, body_sv = guide_body(rng)
        person = rng.choice(people) if people else None
        common = {
            "published": context.now - timedelta(days=rng.randrange(1500)),
            "last_reviewed": context.today - timedelta(days=rng.randrange(600)),
            "for_associations": number % 2 == 0, "for_municipalities": number % 3 == 0, "for_wellbeing_county": number % 4 == 0,
        }
        items.append((
            {**common, "title": f"{subject[0]} {audience[0]}", "summary": " ".join(s[0] for s in summary), "body": body_fi,
             "responsible_person": person[0] if person else None},
            {**common, "title": f"{subject[1]} {audience[1]}", "summary": " ".join(s[1] for s in summary), "body": body_sv,
             "responsible_person": person[1] if person else None},
        ))
        extras.append(rng.sample(topics, min(2, len(topics))))
    pairs = context.add_pages(GuidePage, index, items)
    rows = [
        GuidePageTopic(page_id=page.pk, topic=topic[language], sort_order=position)
        for (fi_page, sv_page), page_topics in zip(pairs, extras, strict=True)
        for language, page in ((0, fi_page), (1, sv_page))
        for position, topic in enumerate(page_topics)
    ]
    context.bulk(GuidePageTopic, rows)
    return len(pairs) * 2
