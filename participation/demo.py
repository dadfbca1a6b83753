"""Demo content: the theme year "Yhdessä olemme enemmän" with its four ways to take part.

Registered as a ``load_demo_content`` hook (see home/demo.py). Idempotent: the
theme year page below the Finnish home page marks the content as loaded. A
survey, a contact-detail form, an idea wall with approved ideas and a photo
contest with generated photos, in Finnish and Swedish. Every name is invented.
"""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO

from django.utils import timezone
from PIL import Image
from wagtail.contrib.forms.models import FormSubmission

from home.demo import Glossary

THEME_SLUG = "yhdessa-olemme-enemman"

SURVEY_FIELDS = [
    # label fi, label sv, type, required, choices fi, choices sv, help fi, help sv
    ("Yhdistyksen nimi", "Föreningens namn", "singleline", True, "", "", "", ""),
    ("Sähköposti", "E-post", "email", False, "", "",
     "Jos haluat vahvistuksen vastauksestasi.", "Om du vill ha en bekräftelse på ditt svar."),
    ("Toimiala", "Verksamhetsområde", "radio", True,
     "Liikunta ja urheilu\nKulttuuri\nSosiaali- ja terveysala\nAsukastoiminta\nMuu",
     "Motion och idrott\nKultur\nSocial- och hälsovård\nInvånarverksamhet\nAnnat", "", ""),
    ("Mistä yhteistyöstä olette kiinnostuneita?", "Vilket samarbete är ni intresserade av?", "checkboxes", False,
     "Järjestöfoorumit\nKoulutukset\nTilojen käyttö\nAvustukset\nYhteiset tapahtumat",
     "Föreningsforum\nUtbildningar\nAnvändning av lokaler\nUnderstöd\nGemensamma evenemang",
     "Valitse kaikki sopivat.", "Välj alla som passar."),
    ("Jäsenmäärä", "Antal medlemmar", "number", False, "", "", "", ""),
    ("Milloin yhdistys on perustettu?", "När grundades föreningen?", "date", False, "", "", "", ""),
    ("Terveiset kaupungille", "Hälsningar till staden", "multiline", False, "", "", "", ""),
]

IDEAS_FI = [
    ("Yhteinen järjestöjen tapahtumakalenteri kaupungin sivuille.", "Riikka R.", 12, True,
     "Hyvä ehdotus! Kalenteri on työn alla, ja kerromme siitä järjestöfoorumissa."),
    ("Kirjaston kokoustilat maksutta yhdistysten käyttöön iltaisin.", "", 8, False, ""),
    ("Järjestöesittelyt kouluille: oppilaat tutustuvat harrastuksiin.", "Jussi", 5, False, ""),
    ("Vapaaehtoisten kiitosjuhla joka syksy.", "", 3, False, ""),
]
IDEAS_SV = [
    ("En gemensam evenemangskalender för föreningarna på stadens webbplats.", "Rita", 4, True, ""),
    ("Mötesrum på biblioteket gratis för föreningar på kvällarna.", "", 2, False, ""),
]
PHOTOS = [
    # title fi, title sv, photographer, alt fi, alt sv, seed
    ("Talkoot rannalla", "Talko på stranden", "Ville Kuvaaja",
     "Kukkuloiden ja järven maisema auringonlaskun aikaan.", "Landskap med kullar och en sjö vid solnedgången.", "photo-1"),
    ("Yhteinen ilta", "En gemensam kväll", "Sanna Otos",
     "Pehmeä maisema, jossa aurinko paistaa kukkuloiden yllä.", "Ett mjukt landskap där solen skiner över kullarna.", "photo-2"),
    ("Kylän syksy", "Hösten i byn", "Eero Esimerkki",
     "Syksyinen maisema, taivaalla lämpimiä sävyjä.", "Höstlandskap med varma toner på himlen.", "photo-3"),
]


def load_participation_demo(context):
    from .forms import ProcessedPhoto
    from .models import (
        ContactDetailUpdate,
        ContactUpdatePage,
        Idea,
        IdeaStatus,
        IdeaWallPage,
        ModerationStatus,
        ParticipationIndexPage,
        PhotoContestPage,
        PhotoEntry,
        SurveyFormField,
        SurveyPage,
    )

    if ParticipationIndexPage.objects.child_of(context.home).filter(slug=THEME_SLUG).exists():
        return
    glossary = Glossary()
    g = glossary.add
    now = timezone.now()

    theme = context.add_page(context.home, ParticipationIndexPage(
        title=g("Yhdessä olemme enemmän", "Tillsammans är vi fler"),
        slug=g(THEME_SLUG, "tillsammans-ar-vi-fler"),
        search_description=g("Järjestöyhteistyön teemavuosi: kysely, yhteystiedot, ideaseinä ja valokuvakilpailu.",
                             "Temaåret för föreningssamarbete: enkät, kontaktuppgifter, idévägg och fototävling."),
        lead=g(
            "Järjestöyhteistyön teemavuosi vahvistaa järjestöjen ja kaupungin yhteistyötä ja tuo järjestöjen työn näkyviin.",
            "Temaåret för föreningssamarbete stärker samarbetet mellan föreningarna och staden och synliggör föreningarnas arbete.",
        ),
        body=[
            ("heading", {"text": g("Osallistu teemavuoteen", "Delta i temaåret"), "level": "h2"}),
            ("text", g(
                "<p>Vastaa järjestötoimijoiden kyselyyn, ilmoita yhdistyksesi yhteystiedot, jätä kehittämisidea "
                "ideaseinälle ja osallistu valokuvakilpailuun.</p>",
                "<p>Svara på enkäten till föreningsaktörer, anmäl föreningens kontaktuppgifter, lämna en "
                "utvecklingsidé på idéväggen och delta i fototävlingen.</p>",
            )),
        ],
    ))
    context.translate_to_swedish(theme, glossary)

    survey = SurveyPage(
        title=g("Järjestötoimijoiden kysely", "Enkät till föreningsaktörer"),
        slug=g("jarjestokysely", "foreningsenkat"),
        search_description=g("Kerro yhdistyksesi toiminnasta ja toiveista kaupungille.",
                             "Berätta om föreningens verksamhet och önskemål till staden."),
        intro=g(
            "<p>Kerro, miten yhdistyksenne toimii ja millaista yhteistyötä toivotte kaupungilta. Vastaaminen vie noin viisi minuuttia.</p>",
            "<p>Berätta hur er förening verkar och vilket samarbete ni önskar av staden. Det tar cirka fem minuter att svara.</p>",
        ),
        closes_at=now + timedelta(days=60),
        closed_text=g("<p>Kysely on päättynyt. Kiitos kaikille vastanneille!</p>",
                      "<p>Enkäten har avslutats. Tack till alla som svarade!</p>"),
        consent_text=g(
            "Hyväksyn, että vastaukseni tallennetaan teemavuoden suunnittelua varten ja poistetaan vuoden kuluttua.",
            "Jag godkänner att mina svar sparas för planeringen av temaåret och raderas efter ett år.",
        ),
        thank_you_text=g("<p>Kiitos vastauksestasi! Tulokset esitellään järjestöfoorumissa.</p>",
                         "<p>Tack för ditt svar! Resultaten presenteras på föreningsforumet.</p>"),
        send_confirmation=True,
        confirmation_subject=g("Kiitos vastauksestasi", "Tack för ditt svar"),
        confirmation_text=g("Saimme vastauksesi järjestötoimijoiden kyselyyn.", "Vi har fått ditt svar på enkäten till föreningsaktörer."),
        retention_days=365,
        public_results=True,
    )
    survey.form_fields = [
        SurveyFormField(label=g(fi, sv), field_type=kind, required=required, choices=g(choices_fi, choices_sv) if choices_fi else "",
                        help_text=g(help_fi, help_sv) if help_fi else "", sort_order=order)
        for order, (fi, sv, kind, required, choices_fi, choices_sv, help_fi, help_sv) in enumerate(SURVEY_FIELDS)
    ]
    context.add_page(theme, survey)
    answers = [
        ("Liikunta ja urheilu", ["Järjestöfoorumit", "Tilojen käyttö"]),
        ("Kulttuuri", ["Avustukset", "Yhteiset tapahtumat", "Tilojen käyttö"]),
        ("Kulttuuri", ["Koulutukset"]),
        ("Asukastoiminta", ["Järjestöfoorumit", "Yhteiset tapahtumat"]),
    ]
    for number, (field, interests) in enumerate(answers, start=1):
        FormSubmission.objects.create(page=survey, form_data={
            "yhdistyksen_nimi": f"Esimerkkiyhdistys {number} ry",
            "toimiala": field,
            "mista_yhteistyosta_olette_kiinnostuneita": interests,
            "consent": True,
        })
    context.translate_to_swedish(survey, glossary)

    contact = context.add_page(theme, ContactUpdatePage(
        title=g("Ilmoita yhdistyksen yhteystiedot", "Anmäl föreningens kontaktuppgifter"),
        slug=g("yhteystiedot", "kontaktuppgifter"),
        search_description=g("Päivitä yhdistyksesi tiedot järjestöhakemistoon.",
                             "Uppdatera föreningens uppgifter i föreningsregistret."),
        intro=g(
            "<p>Pidetään järjestöhakemisto ajan tasalla. Ilmoita yhdistyksesi yhteyshenkilö ja yhteystiedot; "
            "toimittaja tarkistaa tiedot ennen kuin ne päivittyvät hakemistoon.</p>",
            "<p>Låt oss hålla föreningsregistret uppdaterat. Anmäl föreningens kontaktperson och kontaktuppgifter; "
            "en redaktör granskar uppgifterna innan de uppdateras i registret.</p>",
        ),
        thank_you_text=g("<p>Kiitos! Saat sähköpostia, kun tiedot on käsitelty.</p>",
                         "<p>Tack! Du får e-post när uppgifterna har behandlats.</p>"),
    ))
    context.translate_to_swedish(contact, glossary)
    tampere = context.municipalities.get("837")
    for name, person, field in [
        ("Kuvitteellinen kyläyhdistys ry", "Outi Esimerkki", "Asukastoiminta"),
        ("Esimerkkilän Kuoro ry", "Tapio Testaaja", "Kulttuuri"),
    ]:
        ContactDetailUpdate.objects.create(
            page=contact, organisation_name=name, contact_name=person,
            email=f"{person.lower().replace(' ', '.')}@example.fi", phone="040 000 0200",
            website="https://yhdistys.example.fi/", municipality=tampere, field_of_activity=field, language="fi",
        )

    wall = context.add_page(theme, IdeaWallPage(
        title=g("Ideaseinä", "Idéväggen"),
        slug=g("ideaseina", "idevaggen"),
        search_description=g("Jätä kehittämisidea ja tue muiden ideoita.", "Lämna en utvecklingsidé och stöd andras idéer."),
        intro=g(
            "<p>Miten järjestöjen ja kaupungin yhteistyötä voisi kehittää? Jätä ideasi ja tue muiden ideoita.</p>",
            "<p>Hur kunde samarbetet mellan föreningarna och staden utvecklas? Lämna din idé och stöd andras idéer.</p>",
        ),
    ))
    wall_sv = context.translate_to_swedish(wall, glossary)
    for target, ideas in [(wall, IDEAS_FI), (wall_sv, IDEAS_SV)]:
        for age, (text, name, supporters, pinned, answer) in enumerate(ideas):
            Idea.objects.create(page=target, text=text, name=name, support_count=supporters, pinned=pinned,
                                answer=answer, status=IdeaStatus.APPROVED, created_at=now - timedelta(days=age + 1))
    Idea.objects.create(page=wall, text="Odottaa moderointia: pyöräretki kaikille.", status=IdeaStatus.PENDING)

    contest = context.add_page(theme, PhotoContestPage(
        title=g("Valokuvakilpailu: Yhdessä", "Fototävling: Tillsammans"),
        slug=g("valokuvakilpailu", "fototavling"),
        search_description=g("Osallistu kuvalla yhdessä tekemisestä.", "Delta med en bild av att göra saker tillsammans."),
        intro=g("<p>Kuvaa yhdessä tekemistä: talkoita, harrastuksia, juhlia. Parhaat kuvat palkitaan.</p>",
                "<p>Fotografera att göra saker tillsammans: talkon, hobbyer, fester. De bästa bilderna belönas.</p>"),
        rules=g(
            "<p>Lähetä enintään kolme omaa kuvaasi. Kuvassa näkyviltä ihmisiltä pitää olla lupa kuvan julkaisuun.</p>",
            "<p>Skicka högst tre egna bilder. Personer som syns på bilden ska ha gett lov att publicera den.</p>",
        ),
        entries_close_at=now + timedelta(days=30),
    ))
    contest_sv = context.translate_to_swedish(contest, glossary)
    for index, (title_fi, title_sv, photographer, alt_fi, alt_sv, seed) in enumerate(PHOTOS):
        image = context.make_image(f"Valokuvakilpailu: {title_fi}", alt_fi, seed=seed)
        with image.file.open("rb") as handle:
            processed = ProcessedPhoto(Image.open(BytesIO(handle.read())))
        for target, title, alt in [(contest, title_fi, alt_fi), (contest_sv, title_sv, alt_sv)]:
            entry = PhotoEntry(page=target, title=title, photographer_name=photographer, consent_to_publish=True,
                               alt_text=alt, status=ModerationStatus.APPROVED, width=processed.width,
                               height=processed.height, created_at=now - timedelta(days=index + 1))
            from django.core.files.base import ContentFile

            entry.image.save("photo.jpg", ContentFile(processed.full), save=False)
            entry.thumbnail.save("thumb.jpg", ContentFile(processed.thumbnail), save=False)
            entry.save()
    context.log("participation: theme year with a survey, a contact-detail form, an idea wall and a photo contest")
