"""Demo events: forums and the "Elinvoimapajat 2026" workshop series, past and upcoming.

Registered as a ``load_demo_content`` hook (see home/demo.py). Idempotent: the
event index below the Finnish home page marks the events as loaded; audience and
keyword snippets carry fixed translation keys. Dates are relative to the day the
demo is loaded, so there are always past and upcoming events. Places, organisers
and participants are invented (``example.fi``); municipality names are real.
"""

import uuid
from datetime import datetime, time, timedelta

from django.utils import timezone
from wagtail.models import Page

from home.demo import MUNICIPALITIES, Glossary

SWEDISH_NAMES = {code: sv for code, _fi, sv in MUNICIPALITIES}

AUDIENCES = [
    ("yhdistykset", "Yhdistykset", "Föreningar", "foreningar"),
    ("viranhaltijat", "Kuntien viranhaltijat", "Kommunernas tjänsteinnehavare", "tjansteinnehavare"),
    ("paattajat", "Päättäjät", "Beslutsfattare", "beslutsfattare"),
    ("vapaaehtoiset", "Vapaaehtoiset", "Frivilliga", "frivilliga"),
]
KEYWORDS = [
    ("avustukset", "Avustukset", "Bidrag", "bidrag"),
    ("tilat", "Tilat", "Lokaler", "lokaler"),
    ("vapaaehtoistoiminta", "Vapaaehtoistoiminta", "Frivilligverksamhet", "frivilligverksamhet"),
    ("yhteistyo", "Yhteistyö", "Samarbete", "samarbete"),
    ("hyvinvointi", "Hyvinvointi", "Välfärd", "valfard"),
]

INDEX = {
    "title": ("Tapahtumat", "Evenemang"),
    "slug": ("tapahtumat", "evenemang"),
    "lead": (
        "Järjestöfoorumit, kumppanuusfoorumit, työpajat ja seminaarit. Ilmoittaudu mukaan tai lisää tapahtumat kalenteriisi.",
        "Föreningsforum, partnerskapsforum, verkstäder och seminarier. Anmäl dig eller lägg till evenemangen i din kalender.",
    ),
}

CONSENT = (
    "Tilaisuudessa kuvataan. Hyväksyn, että minusta otettuja kuvia voidaan käyttää hubin viestinnässä.",
    "Evenemanget fotograferas. Jag godkänner att bilder på mig kan användas i hubbens kommunikation.",
)
ACCESS = (
    "Tila on esteetön, ja salissa on induktiosilmukka. Kerro ilmoittautuessasi, jos tarvitset tulkkausta tai avustajaa.",
    "Lokalen är tillgänglig och salen har hörselslinga. Berätta när du anmäler dig om du behöver tolkning eller assistent.",
)
WORKSHOP_LEAD = (
    "Alueellinen elinvoimapaja kokoaa kuntien viranhaltijat, päättäjät ja järjestöjen väen ideoimaan yhdessä.",
    "Den regionala livskraftsverkstaden samlar kommunernas tjänsteinnehavare, beslutsfattare och föreningsfolk för att idéa tillsammans.",
)
WORKSHOP_BODY = (
    "<p>Illan aluksi kuullaan tuoreen järjestökartoituksen tuloksia. Sen jälkeen pienryhmät pohtivat, miten "
    "erikokoiset järjestöt voivat toimia kunnan kumppaneina hyvinvoinnin edistämisessä.</p>",
    "<p>Kvällen börjar med resultaten från den nya föreningskartläggningen. Därefter funderar smågrupper på hur "
    "föreningar av olika storlek kan vara kommunens partner i arbetet för välfärd.</p>",
)
MESSAGE_LABEL = ("Mihin työpajaryhmään haluaisit osallistua?", "Vilken verkstadsgrupp vill du delta i?")

# Workshops: days from today, municipality code, town, place, street address, postal code, title suffix
WORKSHOPS = [
    (-62, "908", "Valkeakoski", "Kaupungintalon valtuustosali", "Sääksmäentie 2", "37600"),
    (-41, "790", "Sastamala", "Sylvään koulun auditorio", "Koulukatu 5", "38200"),
    (-20, "562", "Orivesi", "Kansalaisopiston juhlasali", "Keskustie 21", "35300"),
    (6, "508", "Mänttä-Vilppula", "Seurakuntakeskuksen sali", "Kirkkokatu 1", "35800"),
    (13, "211", "Kangasala", "Kunnantalon Kuohu-sali", "Hopeatie 4", "36200"),
    (20, "536", "Nokia", "Kulttuurikeskuksen Kerhohuone", "Härkitie 4", "37100"),
    (27, "418", "Lempäälä", "Kuntalan Lumo-sali", "Kuokkalantie 2", "37500"),
]

# Participants of the demo registrations: invented names only.
PARTICIPANTS = [
    "Essi Esimerkki", "Olli Osallistuja", "Tiina Tapahtuma", "Pekka Paikalla", "Sanna Seuralainen",
    "Veikko Vapaaehtoinen", "Helmi Hallitus", "Jari Jäsen", "Minna Mukana", "Kaisa Kokous",
    "Lauri Luottamus", "Anni Avustaja", "Risto Rahastonhoitaja", "Elina Esimerkkinen",
]


def _at(days, hour, minute=0):
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def _rich(fi, sv, tr):
    tr(fi, sv)
    return [{"type": "text", "value": fi, "id": str(uuid.uuid4())}]


def _place_page(context, slug):
    """A premises page of the premises demo, found by model string (no import of that plugin)."""
    return (
        Page.objects.filter(
            content_type__app_label="premises", content_type__model="premisespage", locale=context.locale_fi, slug=slug
        )
        .live()
        .first()
    )


def load_events_demo(context):
    from .models import Audience, EventIndexPage, EventPage, Keyword, Registration

    if EventIndexPage.objects.child_of(context.home).exists():
        return

    audiences = context.seed_named_snippets(Audience, AUDIENCES, "events-audience")
    keywords = context.seed_named_snippets(Keyword, KEYWORDS, "events-keyword")
    municipalities = context.municipalities
    coordinator = context.contacts.get("coordinator")
    agent_region = context.contacts.get("agent_region")

    tr = Glossary()
    index = context.add_page(
        context.home,
        EventIndexPage(title=tr(*INDEX["title"]), slug=tr(*INDEX["slug"]), lead=tr(*INDEX["lead"]), show_in_menus=True),
    )
    context.translate_to_swedish(index, tr)

    created = []

    def add(page, *, audience=(), keyword=(), swedish=None, registrations=0, waiting=0):
        page.audiences = [audiences[slug] for slug in audience]
        page.keywords = [keywords[slug] for slug in keyword]
        page.search_description = page.lead
        context.add_page(index, page)
        created.append(page)
        people = PARTICIPANTS[: registrations + waiting]
        if people:
            Registration.objects.bulk_create(
                [
                    Registration(
                        event=page,
                        status=Registration.CONFIRMED if number < registrations else Registration.WAITING,
                        name=name,
                        email=name.lower().replace(" ", ".").replace("ä", "a").replace("ö", "o") + "@example.fi",
                        organisation="Esimerkkikylän kyläyhdistys ry" if number % 2 else "Kuvitteellinen urheiluseura ry",
                        municipality=municipalities.get("837"),
                        language="fi",
                        created_at=timezone.now() - timedelta(days=10, minutes=number),
                    )
                    for number, name in enumerate(people)
                ]
            )
            context.counts["registrations"] += len(people)
        if swedish is not None:
            context.translate_to_swedish(page, swedish)
        return page

    # The association forum: register by three days before (14.3. for 17.3. in the theme year).
    forum_tr = Glossary()
    ilo_sali = _place_page(context, "jarjestotalon-ilo-sali")
    forum_start = _at(30, 13)
    add(
        EventPage(
            title=forum_tr("Järjestöfoorumi: yhdessä olemme enemmän", "Föreningsforum: tillsammans är vi fler"),
            slug=forum_tr("jarjestofoorumi-kevat", "foreningsforum-var"),
            lead=forum_tr(
                "Avoin foorumi kaikille järjestötoimijoille: kyselyn tulokset, avustukset ja yhteiset kehittämisideat.",
                "Ett öppet forum för alla föreningsaktörer: enkätens resultat, bidrag och gemensamma utvecklingsidéer.",
            ),
            body=_rich(
                "<p>Foorumissa kuullaan järjestökyselyn tulokset ja sovitaan yhdessä teemavuoden seuraavista askelista. "
                "Kahvitarjoilu klo 12.30 alkaen.</p>",
                "<p>På forumet presenteras resultaten av föreningsenkäten och vi kommer tillsammans överens om temaårets "
                "nästa steg. Kaffe serveras från kl. 12.30.</p>",
                forum_tr,
            ),
            start=forum_start,
            end=forum_start + timedelta(hours=3),
            place_page=ilo_sali,
            place_name="" if ilo_sali else forum_tr("Järjestötalon Ilo-sali", "Föreningshusets sal Ilo"),
            street_address=forum_tr.add("Kuusikkokatu 3", "Kuusikkokatu 3"),
            postal_code="33100",
            town=forum_tr("Tampere", "Tammerfors"),
            municipality=municipalities.get("837"),
            organiser=context.organisation,
            contact_person=coordinator,
            accessibility_info=forum_tr(*ACCESS),
            registration_enabled=True,
            registration_closes=_at(27, 23, 59),
            capacity=80,
            waiting_list_size=20,
            ask_organisation="required",
            ask_municipality="optional",
            ask_dietary="optional",
            consent_text=forum_tr(*CONSENT),
        ),
        audience=["yhdistykset", "vapaaehtoiset"],
        keyword=["avustukset", "yhteistyo"],
        swedish=forum_tr,
        registrations=6,
    )

    past_forum_start = _at(-75, 17)
    add(
        EventPage(
            title="Järjestöfoorumi: tilat ja avustukset",
            slug="jarjestofoorumi-syksy",
            lead="Syksyn foorumissa käytiin läpi kunnan tilojen käyttö ja avustusten hakeminen.",
            start=past_forum_start,
            end=past_forum_start + timedelta(hours=2, minutes=30),
            place_name="Järjestötalon Ilo-sali",
            street_address="Kuusikkokatu 3",
            postal_code="33100",
            town="Tampere",
            municipality=municipalities.get("837"),
            organiser=context.organisation,
            contact_person=coordinator,
            registration_enabled=True,
            registration_closes=past_forum_start - timedelta(days=3),
            capacity=60,
        ),
        audience=["yhdistykset"],
        keyword=["tilat", "avustukset"],
        registrations=5,
    )

    # The partnership forum, twice a year: the autumn one is past, the spring one upcoming.
    partner_tr = Glossary()
    partner_past = _at(-67, 9)
    add(
        EventPage(
            title="Kumppanuusfoorumi, syksy",
            slug="kumppanuusfoorumi-syksy",
            lead="Kunnan, hyvinvointialueen ja järjestöjen yhteinen foorumi: yhteistyön rakenteet ja työpajat.",
            start=partner_past,
            end=partner_past + timedelta(hours=6),
            place_name="Kaupungintalon juhlasali",
            street_address="Keskustori 10",
            postal_code="33100",
            town="Tampere",
            municipality=municipalities.get("837"),
            organiser=context.organisation,
            organiser_name="Pirkanmaan hyvinvointialue",
            contact_person=coordinator,
            online_url="https://tapahtumat.example.fi/kumppanuusfoorumi",
        ),
        audience=["yhdistykset", "viranhaltijat", "paattajat"],
        keyword=["yhteistyo"],
    )
    partner_next = _at(115, 9)
    add(
        EventPage(
            title=partner_tr("Kumppanuusfoorumi, kevät", "Partnerskapsforum, våren"),
            slug=partner_tr("kumppanuusfoorumi-kevat", "partnerskapsforum-var"),
            lead=partner_tr(
                "Foorumi kokoontuu kahdesti vuodessa. Keväällä työpajoissa valmistellaan yhteistyösopimusta ja vapaaehtoistoiminnan koordinointia.",
                "Forumet samlas två gånger om året. På våren förbereder verkstäderna samarbetsavtalet och samordningen av frivilligverksamheten.",
            ),
            start=partner_next,
            end=partner_next + timedelta(hours=6),
            place_name=partner_tr("Kaupungintalon juhlasali", "Stadshusets festsal"),
            street_address=partner_tr.add("Keskustori 10", "Keskustori 10"),
            postal_code="33100",
            town=partner_tr("Tampere", "Tammerfors"),
            municipality=municipalities.get("837"),
            online_url="https://tapahtumat.example.fi/kumppanuusfoorumi",
            organiser=context.organisation,
            organiser_name=partner_tr("Pirkanmaan hyvinvointialue", "Birkalands välfärdsområde"),
            contact_person=coordinator,
            registration_enabled=True,
            registration_opens=_at(-5, 8),
            capacity=120,
            ask_organisation="required",
            ask_accessibility="optional",
            ask_message="optional",
            message_label=partner_tr("Mihin työpajaan haluat osallistua?", "Vilken verkstad vill du delta i?"),
        ),
        audience=["yhdistykset", "viranhaltijat", "paattajat"],
        keyword=["yhteistyo", "vapaaehtoistoiminta"],
        swedish=partner_tr,
        registrations=3,
    )

    # Elinvoimapajat 2026: an umbrella event with seven regional workshops.
    series_tr = Glossary()
    first_day, last_day = WORKSHOPS[0][0], WORKSHOPS[-1][0]
    series = add(
        EventPage(
            title=series_tr("Elinvoimapajat 2026", "Livskraftsverkstäderna 2026"),
            slug=series_tr("elinvoimapajat-2026", "livskraftsverkstaderna-2026"),
            lead=series_tr(
                "Seitsemän alueellista elinvoimapajaa innostaa kuntia ja järjestöjä luomaan hyvää yhdessä.",
                "Sju regionala livskraftsverkstäder inspirerar kommuner och föreningar att skapa gott tillsammans.",
            ),
            body=_rich(
                "<p>Mitä jos järjestöjä ei olisi? Pajat kokoavat kuntien viranhaltijoita, päättäjiä ja järjestöjen väkeä "
                "luomaan verkostoja ja yhteistä näkyä asukkaiden hyvinvoinnista. Valitse oman alueesi paja.</p>",
                "<p>Tänk om det inte fanns några föreningar? Verkstäderna samlar kommunernas tjänsteinnehavare, beslutsfattare "
                "och föreningsfolk för att bygga nätverk och en gemensam vision om invånarnas välfärd. Välj verkstaden i ditt område.</p>",
                series_tr,
            ),
            start=_at(first_day, 17),
            end=_at(last_day, 19, 30),
            organiser=context.organisation,
            contact_person=agent_region,
        ),
        audience=["yhdistykset", "viranhaltijat", "paattajat"],
        keyword=["hyvinvointi", "yhteistyo"],
        swedish=series_tr,
    )
    series_sv = series.get_translation_or_none(context.locale_sv)
    for number, (days, code, town, place, street, postal) in enumerate(WORKSHOPS, start=1):
        municipality = municipalities.get(code)
        start = _at(days, 17)
        workshop_tr = Glossary()
        full = number == 4
        add(
            EventPage(
                title=workshop_tr(f"Elinvoimapaja {number}/7: {town}", f"Livskraftsverkstad {number}/7: {SWEDISH_NAMES.get(code, town)}"),
                slug=workshop_tr(f"elinvoimapaja-{number}-{town.lower().replace('ä', 'a').replace('ö', 'o')}", f"livskraftsverkstad-{number}"),
                lead=workshop_tr(*WORKSHOP_LEAD),
                body=_rich(*WORKSHOP_BODY, workshop_tr),
                start=start,
                end=start + timedelta(hours=2, minutes=30),
                super_event=series,
                place_name=workshop_tr.add(place, place),
                street_address=workshop_tr.add(street, street),
                postal_code=postal,
                town=town,
                municipality=municipality,
                organiser=context.organisation,
                contact_person=agent_region,
                registration_enabled=True,
                capacity=12 if full else 40,
                waiting_list_size=3 if full else 0,
                ask_organisation="optional",
                ask_municipality="required",
                ask_message="optional",
                message_label=workshop_tr(*MESSAGE_LABEL),
                registration_closes=start - timedelta(days=2),
            ),
            audience=["yhdistykset", "viranhaltijat", "paattajat"],
            keyword=["hyvinvointi"],
            swedish=workshop_tr if number in (4, 5) and series_sv else None,
            registrations=12 if full else (8 if days < 0 else 2),
            waiting=1 if full else 0,
        )

    # A cancelled seminar, a postponed one, a webinar and a two-day all-day fair.
    cancelled_start = _at(9, 14)
    add(
        EventPage(
            title="Vapaaehtoistoiminnan seminaari",
            slug="vapaaehtoistoiminnan-seminaari",
            lead="Seminaari vapaaehtoisten rekrytoinnista ja jaksamisesta.",
            start=cancelled_start,
            end=cancelled_start + timedelta(hours=2),
            status="cancelled",
            status_note="Seminaari on peruttu vähäisen ilmoittautumismäärän vuoksi. Uusi ajankohta ilmoitetaan myöhemmin.",
            place_name="Pirkkalan kirjaston Lukusali",
            street_address="Kirjastontie 1",
            postal_code="33960",
            town="Pirkkala",
            municipality=municipalities.get("604"),
            organiser=context.organisation,
            contact_person=agent_region,
        ),
        audience=["vapaaehtoiset"],
        keyword=["vapaaehtoistoiminta"],
    )
    postponed_start = _at(45, 10)
    add(
        EventPage(
            title="Avustusinfo yhdistyksille",
            slug="avustusinfo",
            lead="Kuntien ja hyvinvointialueen avustukset tutuiksi: haku, raportointi ja yleisimmät kysymykset.",
            start=postponed_start,
            end=postponed_start + timedelta(hours=1, minutes=30),
            status="postponed",
            status_note="Tilaisuus siirtyy, koska avustusten hakuaika muuttuu. Uusi päivä julkaistaan täällä.",
            online_url="https://tapahtumat.example.fi/avustusinfo",
            organiser=context.organisation,
            contact_person=coordinator,
        ),
        audience=["yhdistykset"],
        keyword=["avustukset"],
    )
    webinar_start = _at(16, 15)
    add(
        EventPage(
            title="Etäaamupäivä: kunnan tilat yhdistysten käyttöön",
            slug="etaaamupaiva-tilat",
            lead="Verkkotilaisuus siitä, miten yhdistys löytää ja varaa kunnan tiloja.",
            start=webinar_start,
            end=webinar_start + timedelta(hours=1),
            online_url="https://tapahtumat.example.fi/tilat",
            organiser=context.organisation,
            contact_person=context.contacts.get("agent_tampere"),
            registration_enabled=True,
            ask_organisation="optional",
            ask_accessibility="hidden",
        ),
        audience=["yhdistykset", "vapaaehtoiset"],
        keyword=["tilat"],
        registrations=4,
    )
    fair_start = _at(52, 0)
    add(
        EventPage(
            title="Yhdistystori",
            slug="yhdistystori",
            lead="Kaksipäiväinen tori, jossa yhdistykset esittelevät toimintaansa asukkaille.",
            start=fair_start,
            end=_at(53, 23, 59),
            all_day=True,
            place_name="Keskustori",
            town="Tampere",
            municipality=municipalities.get("837"),
            organiser=context.organisation,
            is_free=True,
        ),
        audience=["yhdistykset", "vapaaehtoiset"],
        keyword=["vapaaehtoistoiminta"],
    )

    now = timezone.now()
    past = sum(1 for page in created if page.end < now)
    context.log(
        f"Events: {len(created)} Finnish events ({past} past, {len(created) - past} upcoming), the seven "
        f"Elinvoimapajat 2026 workshops as a series, {context.counts['registrations']} registrations."
    )
