"""Demo premises: a directory of fictional spaces in Pirkanmaa, some also in Swedish.

Registered as a ``load_demo_content`` hook (see home/demo.py). Idempotent: the
premises index below the Finnish home page marks the premises as loaded; the
equipment snippets carry fixed translation keys. Spaces, operators, addresses and
people are invented; municipality names and codes are real, and the coordinates
are near each municipality's centre.
"""

from datetime import date, time
from decimal import Decimal

from django.utils import timezone

from home.demo import Glossary

EQUIPMENT = [
    # slug, name fi, name sv, slug sv
    ("videotykki", "Videotykki", "Projektor", "projektor"),
    ("keittio", "Keittiö", "Kök", "kok"),
    ("langaton-verkko", "Langaton verkko", "Trådlöst nätverk", "tradlost-natverk"),
    ("aanentoisto", "Äänentoisto", "Ljudanläggning", "ljudanlaggning"),
    ("piano", "Piano", "Piano", "piano"),
    ("etakokouslaitteet", "Etäkokouslaitteet", "Utrustning för distansmöten", "distansmoten"),
    ("esiintymislava", "Esiintymislava", "Scen", "scen"),
    ("astiasto", "Astiasto", "Porslin", "porslin"),
]

BOOKING = {
    "email": (
        "<p>Varaa tila sähköpostitse viimeistään viikkoa ennen käyttöä. Kerro yhdistyksen nimi, tilaisuuden "
        "luonne ja arvioitu osallistujamäärä.</p>",
        "<p>Boka lokalen per e-post senast en vecka före användningen. Ange föreningens namn, typen av "
        "evenemang och det uppskattade antalet deltagare.</p>",
    ),
    "online": (
        "<p>Varaa tila kunnan sähköisestä tilavarausjärjestelmästä. Rekisteröity yhdistys saa käyttäjätunnuksen "
        "ensimmäisen varauksen yhteydessä.</p>",
        "<p>Boka lokalen i kommunens elektroniska bokningssystem. En registrerad förening får ett användarnamn "
        "i samband med den första bokningen.</p>",
    ),
}
TERMS = {
    "basic": (
        "<p>Tila jätetään siihen kuntoon, jossa se oli. Järjestäjä vastaa siivouksesta ja siitä, että ovet "
        "lukitaan. Alkoholin tarjoilu ei ole sallittua.</p>",
        "<p>Lokalen lämnas i det skick den var i. Arrangören ansvarar för städningen och för att dörrarna "
        "låses. Alkohol får inte serveras.</p>",
    ),
    "party": (
        "<p>Juhlissa järjestäjä vastaa järjestyksestä ja siivouksesta. Tilaisuuden on päätyttävä kello 22. "
        "Avaimet palautetaan seuraavana arkipäivänä.</p>",
        "<p>Vid fester ansvarar arrangören för ordningen och städningen. Evenemanget ska sluta klockan 22. "
        "Nycklarna återlämnas följande vardag.</p>",
    ),
}
ACCESS_NOTES = {
    "good": (
        "Pääovi avautuu painonapista. Kynnykset ovat matalia, ja salissa on värikontrastit ovissa ja portaiden reunoissa.",
        "Huvuddörren öppnas med en tryckknapp. Trösklarna är låga och i salen finns färgkontraster på dörrar och trappkanter.",
    ),
    "stairs": (
        "Sisäänkäynnillä on kolme porrasta ja kaide. Tilassa ei ole hissiä.",
        "Vid ingången finns tre trappsteg och ett ledstång. I lokalen finns ingen hiss.",
    ),
    "partial": (
        "Esteetön sisäänkäynti on talon takana pihan puolella; soita ovikelloa, niin avaamme. Esteetön wc on toisessa kerroksessa.",
        "Den tillgängliga ingången finns på baksidan mot gården; ring på dörrklockan så öppnar vi. Den tillgängliga toaletten finns på andra våningen.",
    ),
}
PRICE_NOTES = {
    "cleaning": ("Siivousmaksu 30 € tilaisuutta kohden.", "Städavgift 30 € per evenemang."),
    "weekend": (
        "Viikonloppuisin hinta on kaksinkertainen. Avoimet kansalaistoiminnan tilaisuudet ovat maksuttomia.",
        "På veckoslut är priset det dubbla. Öppna evenemang för medborgarverksamhet är avgiftsfria.",
    ),
    "ask": ("Kysy pidempien käyttövuorojen hintaa.", "Fråga om priset för längre användningsturer."),
}
HOURS_NOTES = {
    "evenings": ("Iltaisin ja viikonloppuisin sopimuksen mukaan.", "Kvällar och veckoslut enligt överenskommelse."),
}
PHOTO_ALT = (
    "Piirroskuvitus: sinisiä kumpuja ja vaalea taivas.",
    "Illustration: blå kullar och en ljus himmel.",
)
WEEKDAYS_8_21 = [(day, time(8), time(21)) for day in range(5)]
EVENINGS = [(day, time(16), time(22)) for day in range(5)] + [(5, time(10), time(18))]
EVERY_DAY = [(day, time(9), time(20)) for day in range(7)]

# Each space: the Finnish content and, for some, the Swedish title, slug, lead and operator.
SPACES = [
    {
        "title": "Järjestötalon Ilo-sali",
        "slug": "jarjestotalon-ilo-sali",
        "municipality": "837",
        "street_address": "Kuusikkokatu 3",
        "postal_code": "33100",
        "town": "Tampere",
        "coordinates": (61.498150, 23.761025),
        "capacity": 80,
        "area": 120,
        "operator": "Tampereen järjestötaloyhdistys ry",
        "lead": "Valoisa sali keskustassa kokouksiin, koulutuksiin ja juhliin.",
        "uses": ["meeting", "course", "party"],
        "equipment": ["videotykki", "keittio", "langaton-verkko", "aanentoisto"],
        "access": ["step_free", "lift", "accessible_toilet", "induction_loop"],
        "access_notes": "good",
        "free": True,
        "price_notes": "cleaning",
        "hours": WEEKDAYS_8_21,
        "booking": "email",
        "terms": "party",
        "contact": "agent_tampere",
        "photos": 2,
        "sv": {
            "title": "Föreningshusets sal Ilo",
            "slug": "foreningshusets-sal-ilo",
            "lead": "En ljus sal i centrum för möten, utbildningar och fester.",
            "operator": "Tampereen järjestötaloyhdistys ry",
        },
    },
    {
        "title": "Hervannan kohtaamispaikan kerhohuone",
        "slug": "hervannan-kohtaamispaikan-kerhohuone",
        "municipality": "837",
        "street_address": "Lukupolku 5",
        "postal_code": "33720",
        "town": "Tampere",
        "coordinates": (61.450520, 23.851030),
        "capacity": 20,
        "area": 45,
        "operator": "Tampereen kaupunki",
        "lead": "Kodikas kerhohuone pienryhmille ja yhdistysten hallitusten kokouksiin.",
        "uses": ["meeting", "course"],
        "equipment": ["langaton-verkko", "etakokouslaitteet", "astiasto"],
        "access": ["step_free", "accessible_toilet", "accessible_parking"],
        "access_notes": "good",
        "free": True,
        "hours": EVENINGS,
        "booking": "online",
        "terms": "basic",
        "contact": "agent_tampere",
        "photos": 1,
        "sv": {
            "title": "Klubbrummet i Hervanta mötesplats",
            "slug": "klubbrummet-i-hervanta",
            "lead": "Ett hemtrevligt klubbrum för smågrupper och föreningsstyrelsers möten.",
            "operator": "Tammerfors stad",
        },
    },
    {
        "title": "Kalevan nuorisotalon liikuntasali",
        "slug": "kalevan-nuorisotalon-liikuntasali",
        "municipality": "837",
        "street_address": "Sammonpiha 8",
        "postal_code": "33500",
        "town": "Tampere",
        "coordinates": (61.499010, 23.800220),
        "capacity": 40,
        "area": 210,
        "operator": "Tampereen kaupunki",
        "lead": "Liikuntasali tanssiin, jumppaan ja pallopeleihin iltaisin.",
        "uses": ["exercise", "performance"],
        "equipment": ["aanentoisto"],
        "access": ["step_free", "accessible_toilet"],
        "access_notes": "partial",
        "free": False,
        "price": "15.00",
        "price_notes": "ask",
        "hours": EVENINGS,
        "booking": "online",
        "terms": "basic",
        "contact": "agent_tampere",
        "photos": 1,
    },
    {
        "title": "Lielahden seurakuntakodin sali",
        "slug": "lielahden-seurakuntakodin-sali",
        "municipality": "837",
        "street_address": "Kirkkorinne 2",
        "postal_code": "33400",
        "town": "Tampere",
        "coordinates": (61.517030, 23.672040),
        "capacity": 120,
        "area": 180,
        "operator": "Kuvitteellinen seurakunta",
        "lead": "Iso juhlasali keittiöineen muistotilaisuuksiin, juhliin ja konsertteihin.",
        "uses": ["party", "performance", "meeting"],
        "equipment": ["keittio", "piano", "astiasto", "aanentoisto"],
        "access": ["step_free", "lift", "accessible_toilet", "induction_loop", "accessible_parking"],
        "access_notes": "good",
        "free": False,
        "price": "35.00",
        "price_notes": "weekend",
        "hours": EVERY_DAY,
        "booking": "email",
        "terms": "party",
        "contact": "coordinator",
        "photos": 2,
    },
    {
        "title": "Nokian kulttuuritalon kokoushuone",
        "slug": "nokian-kulttuuritalon-kokoushuone",
        "municipality": "536",
        "street_address": "Virtakatu 11",
        "postal_code": "37100",
        "town": "Nokia",
        "coordinates": (61.478020, 23.508110),
        "capacity": 16,
        "area": 35,
        "operator": "Nokian kaupunki",
        "lead": "Kokoushuone, jossa on näyttö ja etäkokouslaitteet.",
        "uses": ["meeting"],
        "equipment": ["etakokouslaitteet", "langaton-verkko", "videotykki"],
        "access": ["step_free", "lift", "accessible_toilet"],
        "access_notes": "good",
        "free": True,
        "hours": WEEKDAYS_8_21,
        "booking": "online",
        "terms": "basic",
        "contact": "agent_region",
        "photos": 1,
        "sv": {
            "title": "Mötesrummet i Nokia kulturhus",
            "slug": "motesrummet-i-nokia-kulturhus",
            "lead": "Ett mötesrum med skärm och utrustning för distansmöten.",
            "operator": "Nokia stad",
        },
    },
    {
        "title": "Nokian kyläyhdistyksen seurantalo",
        "slug": "nokian-kylayhdistyksen-seurantalo",
        "municipality": "536",
        "street_address": "Myllyojantie 40",
        "postal_code": "37120",
        "town": "Nokia",
        "coordinates": (61.445310, 23.452070),
        "capacity": 150,
        "area": 260,
        "operator": "Kuvitteellinen kyläyhdistys ry",
        "lead": "Perinteinen seurantalo näyttämöineen kylätapahtumiin ja juhliin.",
        "uses": ["party", "performance", "exhibition"],
        "equipment": ["keittio", "esiintymislava", "piano", "astiasto"],
        "access": [],
        "access_notes": "stairs",
        "free": False,
        "price": "25.00",
        "price_notes": "cleaning",
        "hours": [],
        "hours_notes": "evenings",
        "booking": "email",
        "terms": "party",
        "contact": "agent_region",
        "photos": 1,
    },
    {
        "title": "Ylöjärven monitoimitalon luokka",
        "slug": "ylojarven-monitoimitalon-luokka",
        "municipality": "980",
        "street_address": "Opintie 4",
        "postal_code": "33470",
        "town": "Ylöjärvi",
        "coordinates": (61.556020, 23.596010),
        "capacity": 30,
        "area": 60,
        "operator": "Ylöjärven kaupunki",
        "lead": "Opetustila kursseille ja luennoille, iltaisin yhdistysten käytössä.",
        "uses": ["course", "meeting"],
        "equipment": ["videotykki", "langaton-verkko"],
        "access": ["step_free", "lift", "accessible_toilet", "induction_loop"],
        "access_notes": "good",
        "free": True,
        "hours": EVENINGS,
        "booking": "online",
        "terms": "basic",
        "contact": "agent_region",
        "photos": 1,
        "sv": {
            "title": "Klassrummet i Ylöjärvi allaktivitetshus",
            "slug": "klassrummet-i-ylojarvi",
            "lead": "En undervisningslokal för kurser och föreläsningar, på kvällarna till föreningarnas förfogande.",
            "operator": "Ylöjärvi stad",
        },
    },
    {
        "title": "Ylöjärven nuorisotilan pajahuone",
        "slug": "ylojarven-nuorisotilan-pajahuone",
        "municipality": "980",
        "street_address": "Pajakuja 1",
        "postal_code": "33480",
        "town": "Ylöjärvi",
        "coordinates": (61.548030, 23.603070),
        "capacity": 12,
        "area": 40,
        "operator": "Ylöjärven kaupunki",
        "lead": "Pajahuone askarteluun ja pienryhmien toimintaan.",
        "uses": ["course", "exhibition"],
        "equipment": ["keittio"],
        "access": ["step_free"],
        "access_notes": "partial",
        "free": True,
        "hours": EVENINGS,
        "booking": "email",
        "terms": "basic",
        "contact": "agent_region",
        "photos": 0,
    },
    {
        "title": "Kangasalan kirjaston näyttelytila",
        "slug": "kangasalan-kirjaston-nayttelytila",
        "municipality": "211",
        "street_address": "Kirjastonkuja 6",
        "postal_code": "36200",
        "town": "Kangasala",
        "coordinates": (61.463040, 24.065030),
        "capacity": 50,
        "area": 90,
        "operator": "Kangasalan kaupunki",
        "lead": "Valoisa aulatila näyttelyille ja yleisötilaisuuksille kirjaston aukioloaikoina.",
        "uses": ["exhibition", "meeting"],
        "equipment": ["langaton-verkko", "aanentoisto"],
        "access": ["step_free", "lift", "accessible_toilet", "induction_loop", "accessible_parking"],
        "access_notes": "good",
        "free": True,
        "hours": EVERY_DAY,
        "booking": "email",
        "terms": "basic",
        "contact": "agent_region",
        "photos": 1,
        "sv": {
            "title": "Utställningslokalen i Kangasala bibliotek",
            "slug": "utstallningslokalen-i-kangasala-bibliotek",
            "lead": "En ljus aula för utställningar och publikevenemang under bibliotekets öppettider.",
            "operator": "Kangasala stad",
        },
    },
    {
        "title": "Kangasalan urheilutalon pienliikuntasali",
        "slug": "kangasalan-urheilutalon-pienliikuntasali",
        "municipality": "211",
        "street_address": "Urheilutie 9",
        "postal_code": "36220",
        "town": "Kangasala",
        "coordinates": (61.470050, 24.080040),
        "capacity": 25,
        "area": 150,
        "operator": "Kangasalan kaupunki",
        "lead": "Pienliikuntasali joogaan, tuolijumppaan ja tanssiin.",
        "uses": ["exercise"],
        "equipment": ["aanentoisto"],
        "access": ["step_free", "accessible_toilet", "accessible_parking"],
        "access_notes": "good",
        "free": False,
        "price": "12.50",
        "price_notes": "ask",
        "hours": WEEKDAYS_8_21,
        "booking": "online",
        "terms": "basic",
        "contact": "agent_region",
        "photos": 0,
    },
    {
        "title": "Lempäälän kunnantalon valtuustosali",
        "slug": "lempaalan-kunnantalon-valtuustosali",
        "municipality": "418",
        "street_address": "Valtuustonkatu 1",
        "postal_code": "37500",
        "town": "Lempäälä",
        "coordinates": (61.314020, 23.752010),
        "capacity": 60,
        "area": 140,
        "operator": "Lempäälän kunta",
        "lead": "Edustava sali seminaareihin ja yleisötilaisuuksiin.",
        "uses": ["meeting", "course"],
        "equipment": ["videotykki", "aanentoisto", "etakokouslaitteet", "langaton-verkko"],
        "access": ["step_free", "lift", "accessible_toilet", "induction_loop", "accessible_parking"],
        "access_notes": "good",
        "free": False,
        "price": "40.00",
        "price_notes": "weekend",
        "hours": WEEKDAYS_8_21,
        "booking": "email",
        "terms": "basic",
        "contact": "coordinator",
        "photos": 1,
    },
    {
        "title": "Mänttä-Vilppulan työväentalo",
        "slug": "mantta-vilppulan-tyovaentalo",
        "municipality": "508",
        "street_address": "Tehtaankatu 21",
        "postal_code": "35800",
        "town": "Mänttä-Vilppula",
        "coordinates": (62.030010, 24.625020),
        "capacity": 200,
        "area": 400,
        "operator": "Kuvitteellinen työväenyhdistys ry",
        "lead": "Vanha työväentalo suurine juhlasaleineen tansseihin, konsertteihin ja juhliin.",
        "uses": ["party", "performance", "exercise", "exhibition"],
        "equipment": ["keittio", "esiintymislava", "aanentoisto", "astiasto", "piano"],
        "access": ["accessible_toilet", "accessible_parking"],
        "access_notes": "partial",
        "free": False,
        "price": "30.00",
        "price_notes": "cleaning",
        "hours": [],
        "hours_notes": "evenings",
        "booking": "email",
        "terms": "party",
        "contact": "agent_region",
        "photos": 2,
    },
    {
        "title": "Mäntän kirjaston ryhmätila",
        "slug": "mantan-kirjaston-ryhmatila",
        "municipality": "508",
        "street_address": "Kirjastopolku 2",
        "postal_code": "35800",
        "town": "Mänttä-Vilppula",
        "coordinates": (62.028030, 24.620050),
        "capacity": 8,
        "area": 18,
        "operator": "Mänttä-Vilppulan kaupunki",
        "lead": "Pieni ryhmätila hallituksen kokouksiin ja vertaisryhmille.",
        "uses": ["meeting"],
        "equipment": ["langaton-verkko"],
        "access": ["step_free", "lift", "accessible_toilet"],
        "access_notes": "good",
        "free": True,
        "hours": EVERY_DAY,
        "booking": "online",
        "terms": "basic",
        "contact": "agent_region",
        "photos": 0,
    },
    {
        "title": "Pirkkalan kylätalo",
        "slug": "pirkkalan-kylatalo",
        "municipality": "604",
        "street_address": "Kylätie 15",
        "postal_code": "33960",
        "town": "Pirkkala",
        "coordinates": (61.465030, 23.647010),
        "capacity": 45,
        "area": 100,
        "operator": "Kuvitteellinen kyläseura ry",
        "lead": "Kylätalo saunoineen kokouksiin, kursseihin ja perhejuhliin.",
        "uses": ["meeting", "course", "party"],
        "equipment": ["keittio", "astiasto", "langaton-verkko"],
        "access": ["step_free", "accessible_parking"],
        "access_notes": "partial",
        "free": False,
        "price": "20.00",
        "price_notes": "cleaning",
        "hours": [],
        "hours_notes": "evenings",
        "booking": "email",
        "terms": "party",
        "contact": "agent_region",
        "photos": 1,
    },
]

INDEX = {
    "title": ("Tilat", "Lokaler"),
    "slug": ("yhdistystilat", "foreningslokaler"),
    "lead": (
        "Tiloja, joita yhdistykset voivat käyttää Pirkanmaalla: kokoushuoneita, saleja ja kerhotiloja. "
        "Rajaa kunnan, koon, esteettömyyden ja varustelun mukaan.",
        "Lokaler som föreningar kan använda i Birkaland: mötesrum, salar och klubblokaler. "
        "Avgränsa enligt kommun, storlek, tillgänglighet och utrustning.",
    ),
}



def _next(month, day):
    today = timezone.localdate()
    candidate = date(today.year, month, day)
    return candidate if candidate >= today else date(today.year + 1, month, day)


def load_premises_demo(context):
    from premises.models import (
        Equipment,
        PremisesIndexPage,
        PremisesOpeningException,
        PremisesOpeningHours,
        PremisesPage,
        PremisesPhoto,
    )

    if PremisesIndexPage.objects.child_of(context.home).exists():
        return

    equipment = context.seed_named_snippets(Equipment, EQUIPMENT, "premises-equipment")

    tr = Glossary()
    index = context.add_page(
        context.home,
        PremisesIndexPage(
            title=tr(*INDEX["title"]), slug=tr(*INDEX["slug"]), lead=tr(*INDEX["lead"]), show_in_menus=True
        ),
    )
    context.translate_to_swedish(index, tr)

    photo_count = 0
    for number, space in enumerate(SPACES):
        latitude, longitude = space["coordinates"]
        page = PremisesPage(
            title=space["title"],
            slug=space["slug"],
            lead=space["lead"],
            operator=space["operator"],
            municipality=context.municipalities.get(space["municipality"]),
            street_address=space["street_address"],
            postal_code=space["postal_code"],
            town=space["town"],
            latitude=Decimal(str(latitude)),
            longitude=Decimal(str(longitude)),
            capacity=space["capacity"],
            area=space["area"],
            suits_meetings="meeting" in space["uses"],
            suits_courses="course" in space["uses"],
            suits_exercise="exercise" in space["uses"],
            suits_parties="party" in space["uses"],
            suits_exhibitions="exhibition" in space["uses"],
            suits_performances="performance" in space["uses"],
            step_free_entrance="step_free" in space["access"],
            has_lift="lift" in space["access"],
            accessible_toilet="accessible_toilet" in space["access"],
            induction_loop="induction_loop" in space["access"],
            accessible_parking="accessible_parking" in space["access"],
            accessibility_notes=ACCESS_NOTES[space["access_notes"]][0],
            opening_hours_notes=HOURS_NOTES[space["hours_notes"]][0] if space.get("hours_notes") else "",
            is_free_for_associations=space["free"],
            price_per_hour=space.get("price"),
            price_notes=PRICE_NOTES[space["price_notes"]][0] if space.get("price_notes") else "",
            booking_instructions=BOOKING[space["booking"]][0],
            booking_url="https://varaamo.example.fi/" if space["booking"] == "online" else "",
            contact_person=context.contacts.get(space["contact"]),
            terms_of_use=TERMS[space["terms"]][0],
            search_description=space["lead"],
            locale=context.locale_fi,
        )
        page.equipment = [equipment[slug] for slug in space["equipment"]]
        for order, (weekday, opens, closes) in enumerate(space["hours"]):
            page.opening_hours.add(PremisesOpeningHours(weekday=weekday, opens=opens, closes=closes, sort_order=order))
        if space["hours"]:
            page.opening_exceptions.add(
                PremisesOpeningException(date=_next(12, 24), closed=True, note="Jouluaatto", locale=context.locale_fi)
            )
        for photo_number in range(space["photos"]):
            image = context.make_image(
                f"Tila: {space['title']} {photo_number + 1}", PHOTO_ALT[0], seed=f"premises-{number}-{photo_number}"
            )
            page.photos.add(PremisesPhoto(image=image, alt_text=PHOTO_ALT[0], locale=context.locale_fi, sort_order=photo_number))
            photo_count += 1
        index.add_child(instance=page)
        page.save_revision(log_action=False).publish(log_action=False)
        context.counts["pages"] += 1

        swedish = space.get("sv")
        if swedish:
            mapping = Glossary()
            for key in ("title", "slug", "lead", "operator"):
                mapping(space[key], swedish[key])
            mapping.same(space["street_address"])
            mapping(ACCESS_NOTES[space["access_notes"]][0], ACCESS_NOTES[space["access_notes"]][1])
            mapping(*BOOKING[space["booking"]])
            mapping(*TERMS[space["terms"]])
            mapping(*PHOTO_ALT)
            mapping("Jouluaatto", "Julafton")
            if space.get("price_notes"):
                mapping(*PRICE_NOTES[space["price_notes"]])
            if space.get("hours_notes"):
                mapping(*HOURS_NOTES[space["hours_notes"]])
            context.translate_to_swedish(page, mapping)

    translated = sum(1 for space in SPACES if space.get("sv"))
    towns = len({space["municipality"] for space in SPACES})
    context.log(f"Premises: {len(SPACES)} Finnish spaces in {towns} municipalities, {translated} in Swedish, {photo_count} photos.")
