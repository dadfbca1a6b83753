"""Demo toolkit: the association agent's guides, two of them also in Swedish.

Registered as a ``load_demo_content`` hook (see home/demo.py). Idempotent: the
toolkit index below the Finnish home page marks the toolkit as loaded. Topics
carry fixed translation keys; the downloadable templates are generated here (a
PDF drawn with Pillow, plain-text and CSV templates) and kept in the public
"Työkalupakin pohjat" collection. The people are the core demo's fictional
contact persons; the facts follow the source documents in ../shared/seeds/
(001: the partnership forum's slides, 004: the hub's toolkit), written afresh.
"""

from datetime import timedelta
from io import BytesIO

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.models import Collection

from home.demo import Glossary

DOCUMENT_COLLECTION = "Työkalupakin pohjat"

TOPICS = [
    # slug, name fi, name sv, slug sv
    ("yhteistyo", "Yhteistyön rakenteet", "Samarbetsstrukturer", "samarbete"),
    ("yhdyshenkilot", "Yhdyshenkilöt", "Kontaktpersoner", "kontaktpersoner"),
    ("avustukset", "Avustukset", "Understöd", "understod"),
    ("tilat", "Tilat", "Lokaler", "lokaler"),
    ("foorumit", "Foorumit ja tapahtumat", "Forum och evenemang", "forum"),
    ("vapaaehtoiset", "Vapaaehtoistoiminta", "Frivilligverksamhet", "frivilliga"),
]



# Generated templates --------------------------------------------------------------------


def pdf_document(title, lines):
    """A one-page A4 PDF with a title and lines of text, drawn with Pillow."""
    page = Image.new("RGB", (1240, 1754), "white")  # A4 at 150 dpi
    draw = ImageDraw.Draw(page)
    heading = ImageFont.load_default(size=44)
    body = ImageFont.load_default(size=28)
    draw.rectangle([0, 0, 1240, 24], fill=(0, 52, 122))
    draw.text((110, 120), title, font=heading, fill=(0, 52, 122))
    y = 220
    for line in lines:
        draw.text((110, y), line, font=body, fill=(41, 41, 41))
        y += 56 if line else 28
    buffer = BytesIO()
    page.save(buffer, "PDF", resolution=150.0, title=title)
    return buffer.getvalue()


DOCUMENTS = {
    "contact-form": (
        "Yhdyshenkilön ilmoituslomake",
        "yhdyshenkilon-ilmoituslomake.txt",
        lambda: (
            "YHDYSHENKILÖN ILMOITUSLOMAKE\n\n"
            "Yhdistyksen nimi:\n"
            "Y-tunnus tai rekisterinumero:\n"
            "Kotikunta:\n\n"
            "Yhdyshenkilö\n"
            "  Nimi:\n"
            "  Tehtävä yhdistyksessä:\n"
            "  Puhelin:\n"
            "  Sähköposti:\n\n"
            "Varahenkilö\n"
            "  Nimi:\n"
            "  Puhelin:\n"
            "  Sähköposti:\n\n"
            "Hallituksen päätös tehty (päivämäärä):\n"
            "Yhteystiedot saa julkaista kunnan verkkosivuilla: kyllä / ei\n\n"
            "Palauta lomake kunnan järjestöyhteyshenkilölle.\n"
        ).encode(),
    ),
    "structure-map": (
        "Yhteistyörakenteiden kartoituspohja",
        "yhteistyorakenteiden-kartoitus.csv",
        lambda: (
            "rakenne;onko käytössä (kyllä/ei);kuinka usein;vastuutaho;kehittämistarve\n"
            "järjestöfoorumi;;2 kertaa vuodessa;;\n"
            "järjestökirje;;4 kertaa vuodessa;;\n"
            "järjestöagentit;;;;\n"
            "yhdistysavustukset;;kerran vuodessa;;\n"
            "vapaaehtoistyön koordinointi;;;;\n"
            "tilojen maksuton käyttö;;;;\n"
            "järjestöyhdyshenkilö kunnassa;;;;\n"
        ).encode("utf-8-sig"),
    ),
    "grant-checklist": (
        "Avustushakemuksen tarkistuslista",
        "avustushakemuksen-tarkistuslista.pdf",
        lambda: pdf_document(
            "Avustushakemuksen tarkistuslista",
            [
                "[ ] Hakuaika ja avustuksen ehdot on luettu",
                "[ ] Toimintasuunnitelma ja talousarvio ovat ajan tasalla",
                "[ ] Edellisen vuoden tilinpäätös ja toimintakertomus liitteenä",
                "[ ] Edellisen avustuksen käyttöselvitys on palautettu",
                "[ ] Hakemuksessa kerrotaan, keitä toiminta hyödyttää",
                "[ ] Pankkitili ja yhteyshenkilön tiedot tarkistettu",
                "[ ] Hakemuksen allekirjoittaa yhdistyksen nimenkirjoittaja",
                "",
                "Järjestöhubi Yhdessä – esimerkkipohja, vapaasti muokattavissa.",
            ],
        ),
    ),
    "forum-programme": (
        "Järjestöfoorumin ohjelmarunko",
        "jarjestofoorumin-ohjelmarunko.txt",
        lambda: (
            "JÄRJESTÖFOORUMIN OHJELMARUNKO (noin 3 tuntia)\n\n"
            "17.00  Tervetuloa ja kahvit – esittäytymiskierros\n"
            "17.20  Ajankohtaista kunnasta ja hyvinvointialueelta\n"
            "17.50  Järjestöjen puheenvuorot (3 x 5 min)\n"
            "18.10  Työpajat pienryhmissä:\n"
            "       seniorit / sosiaali ja terveys / harrastukset /\n"
            "       asukas-, kylä- ja vanhempainyhdistykset / muut toimijat\n"
            "19.10  Ryhmien purku ja yhteinen keskustelu\n"
            "19.40  Mitä seuraavaksi? Palaute ja seuraavan foorumin aihe\n"
            "20.00  Päätös\n"
        ).encode(),
    ),
    "premises-checklist": (
        "Tilavarauksen tarkistuslista",
        "tilavarauksen-tarkistuslista.pdf",
        lambda: pdf_document(
            "Tilavarauksen tarkistuslista",
            [
                "[ ] Tilaisuuden päivä, kellonaika ja osallistujamäärä",
                "[ ] Onko tila maksuton yhdistyksille?",
                "[ ] Esteettömyys: sisäänkäynti, wc, induktiosilmukka",
                "[ ] Avaimet tai kulkutunniste: mistä ja milloin",
                "[ ] Tarvittavat välineet: tykki, mikrofoni, kahvinkeitin",
                "[ ] Siivous ja jätteet: kuka huolehtii",
                "[ ] Peruutusehdot",
            ],
        ),
    ),
}


def document_collection():
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=DOCUMENT_COLLECTION).first() or root.add_child(name=DOCUMENT_COLLECTION)


def make_documents(context):
    Document = get_document_model()
    collection = document_collection()
    documents = {}
    for key, (title, filename, content) in DOCUMENTS.items():
        document = Document.objects.filter(collection=collection, title=title).first()
        if document is None:
            document = Document(title=title, collection=collection)
            document.file.save(filename, ContentFile(content()), save=False)
            document.save()
            context.counts["documents"] += 1
        documents[key] = document
    return documents


# Content helpers ------------------------------------------------------------------------


def _p(*paragraphs):
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def heading(text):
    return ("heading", {"text": text, "level": "h2"})


def text(html):
    return ("text", html)


def steps(heading_text, items):
    return (
        "steps",
        {
            "heading": heading_text,
            "steps": [{"title": title, "text": body, "document": document} for title, body, document in items],
        },
    )


def checklist(heading_text, items):
    return ("checklist", {"heading": heading_text, "items": list(items)})


def good_to_know(body, title=""):
    return ("good_to_know", {"title": title, "text": body})


def downloads(heading_text, items):
    return (
        "template_downloads",
        {"heading": heading_text, "templates": [{"document": document, "description": note} for document, note in items]},
    )


# The guides -------------------------------------------------------------------------------


def guide_cooperation(tr, docs):
    """Järjestöyhteistyön ohje (translated)."""
    return {
        "slug": tr("jarjestoyhteistyon-ohje", "anvisning-for-foreningssamarbete"),
        "title": tr("Järjestöyhteistyön ohje", "Anvisning för föreningssamarbete"),
        "summary": tr(
            "Mitä kunta on velvollinen tekemään järjestöjen kanssa, ja miten yhteistyö saadaan alkuun. "
            "Ohje kokoaa lakipohjan, tavallisimmat yhteistyön muodot ja ensimmäiset askeleet.",
            "Vad kommunen är skyldig att göra tillsammans med föreningarna och hur samarbetet kommer i gång. "
            "Anvisningen samlar den rättsliga grunden, de vanligaste samarbetsformerna och de första stegen.",
        ),
        "audience": ("associations", "municipalities", "wellbeing_county"),
        "topics": ["yhteistyo"],
        "contact": "coordinator",
        "reviewed_days": 40,
        "body": [
            heading(tr("Miksi kunta tekee yhteistyötä järjestöjen kanssa?", "Varför samarbetar kommunen med föreningarna?")),
            text(tr(
                _p(
                    "Kuntalaki velvoittaa kunnan edistämään asukkaidensa hyvinvointia. Hyvinvoinnin ja terveyden "
                    "edistäminen tehdään yhteistyössä alueen järjestöjen kanssa, ja kunnan tehtävä on myös parantaa "
                    "järjestöjen toimintaedellytyksiä ja mahdollisuuksia vaikuttaa.",
                    "Käytännössä yhteistyö ulottuu verkostoista ja avustuksista aina sopimuksiin ja ostopalveluihin. "
                    "Useimmiten sen tavoite on sama: vahvistaa asukkaiden osallisuutta ja hyvinvointia.",
                ),
                _p(
                    "Kommunallagen förpliktar kommunen att främja invånarnas välfärd. Främjandet av välfärd och hälsa "
                    "sker i samarbete med föreningarna i området, och kommunen ska också förbättra föreningarnas "
                    "verksamhetsförutsättningar och möjligheter att påverka.",
                    "I praktiken sträcker sig samarbetet från nätverk och understöd ända till avtal och köpta tjänster. "
                    "Oftast är målet detsamma: att stärka invånarnas delaktighet och välfärd.",
                ),
            )),
            good_to_know(tr(
                _p("Yhteistyö ei ole vain kunnan tehtävä: yhdistys voi itse ehdottaa tapaamista, foorumia tai yhteistä hanketta."),
                _p("Samarbetet är inte bara kommunens uppgift: föreningen kan själv föreslå ett möte, ett forum eller ett gemensamt projekt."),
            )),
            steps(tr("Näin yhteistyö pääsee alkuun", "Så kommer samarbetet i gång"), [
                (
                    tr("Kartoita nykytila", "Kartlägg nuläget"),
                    tr(
                        _p("Selvitä, mitä yhteistyön muotoja kunnassa jo on, mitä asioita järjestöt ovat nostaneet esiin ja kuinka paljon aktiivisia yhdistyksiä eri alueilla toimii."),
                        _p("Ta reda på vilka samarbetsformer som redan finns i kommunen, vilka frågor föreningarna har lyft fram och hur många aktiva föreningar det finns i olika områden."),
                    ),
                    docs["structure-map"],
                ),
                (
                    tr("Nimeä yhteyshenkilöt", "Utse kontaktpersoner"),
                    tr(
                        _p("Kunta nimeää järjestöyhteistyölle vastuuhenkilön, ja yhdistykset ilmoittavat omat yhdyshenkilönsä. Näin viesti kulkee molempiin suuntiin."),
                        _p("Kommunen utser en ansvarsperson för föreningssamarbetet och föreningarna anmäler sina egna kontaktpersoner. Så går informationen åt båda hållen."),
                    ),
                    docs["contact-form"],
                ),
                (
                    tr("Sopikaa yhteiset tavoitteet", "Kom överens om gemensamma mål"),
                    tr(
                        _p("Kirjatkaa muutama konkreettinen tavoite, esimerkiksi vapaaehtoisten tukeminen tai tilojen maksuton käyttö, ja liittäkää ne kunnan hyvinvointisuunnitelmaan."),
                        _p("Skriv ner några konkreta mål, till exempel stöd för frivilliga eller avgiftsfria lokaler, och knyt dem till kommunens välfärdsplan."),
                    ),
                    None,
                ),
                (
                    tr("Arvioikaa kerran vuodessa", "Utvärdera en gång om året"),
                    tr(
                        _p("Katsokaa vuosittain, mikä toimi ja mikä ei. Foorumi on hyvä paikka käydä arvio läpi yhdessä."),
                        _p("Se varje år över vad som fungerade och vad som inte gjorde det. Ett forum är ett bra tillfälle att gå igenom utvärderingen tillsammans."),
                    ),
                    None,
                ),
            ]),
            checklist(tr("Muistilista kunnalle", "Minneslista för kommunen"), [
                tr("Järjestöyhteistyön vastuuhenkilö on nimetty", "En ansvarsperson för föreningssamarbetet har utsetts"),
                tr("Yhdistysten yhteystiedot ovat ajan tasalla", "Föreningarnas kontaktuppgifter är uppdaterade"),
                tr("Järjestöt on kutsuttu mukaan hyvinvointisuunnitelman valmisteluun", "Föreningarna har bjudits in att delta i beredningen av välfärdsplanen"),
                tr("Avustusten ja tilojen käytön periaatteet on julkaistu", "Principerna för understöd och lokaler har publicerats"),
            ]),
            downloads(tr("Pohjat", "Mallar"), [
                (docs["structure-map"], tr("Kartoita yhteistyön rakenteet taulukkoon.", "Kartlägg samarbetsstrukturerna i en tabell.")),
                (docs["contact-form"], tr("Yhdistyksen yhdyshenkilön tiedot kunnalle.", "Föreningens kontaktperson anmäls till kommunen.")),
            ]),
        ],
    }


def guide_contact_person(tr, docs):
    """Järjestöyhdyshenkilön nimeäminen kuntaan (translated)."""
    return {
        "slug": tr("jarjestoyhdyshenkilon-nimeaminen-kuntaan", "att-utse-en-kontaktperson-for-foreningar"),
        "title": tr("Järjestöyhdyshenkilön nimeäminen kuntaan", "Att utse en kontaktperson för föreningar i kommunen"),
        "summary": tr(
            "Kunnan järjestöyhdyshenkilö on yhdistysten ensimmäinen osoite kunnassa. Näin tehtävä määritellään, "
            "henkilö nimetään ja yhteystiedot saadaan kaikkien tietoon.",
            "Kommunens kontaktperson för föreningar är föreningarnas första adress i kommunen. Så här definieras "
            "uppgiften, personen utses och kontaktuppgifterna når alla.",
        ),
        "audience": ("municipalities", "associations"),
        "topics": ["yhdyshenkilot", "yhteistyo"],
        "contact": "agent_tampere",
        "reviewed_days": 430,  # due for review: shows in the admin report
        "body": [
            heading(tr("Mitä yhdyshenkilö tekee?", "Vad gör kontaktpersonen?")),
            text(tr(
                _p(
                    "Yhdyshenkilö neuvoo yhdistyksiä kunnan asioissa, välittää tietoa avustuksista ja tiloista, "
                    "kutsuu koolle järjestöfoorumit ja tuo järjestöjen näkemykset kunnan valmisteluun."
                ),
                _p(
                    "Kontaktpersonen ger föreningarna råd i kommunala frågor, förmedlar information om understöd och "
                    "lokaler, sammankallar föreningsforumen och för fram föreningarnas synpunkter i kommunens beredning."
                ),
            )),
            steps(tr("Nimeämisen vaiheet", "Så utses kontaktpersonen"), [
                (
                    tr("Kirjaa tehtävän sisältö", "Beskriv uppgiften"),
                    tr(
                        _p("Päätä, kuinka suuri osa työajasta kuluu järjestöyhteistyöhön ja mitkä tehtävät kuuluvat yhdyshenkilölle."),
                        _p("Bestäm hur stor del av arbetstiden som går till föreningssamarbetet och vilka uppgifter som hör till kontaktpersonen."),
                    ),
                    None,
                ),
                (
                    tr("Tee päätös ja nimeä varahenkilö", "Fatta beslut och utse en ersättare"),
                    tr(
                        _p("Nimeäminen tehdään viranhaltijapäätöksellä. Varahenkilö hoitaa tehtävää lomien ja poissaolojen aikana."),
                        _p("Personen utses genom ett tjänsteinnehavarbeslut. Ersättaren sköter uppgiften under semestrar och frånvaro."),
                    ),
                    None,
                ),
                (
                    tr("Julkaise yhteystiedot", "Publicera kontaktuppgifterna"),
                    tr(
                        _p("Lisää yhteystiedot kunnan verkkosivuille ja järjestökirjeeseen ja kerro niistä seuraavassa foorumissa."),
                        _p("Lägg ut kontaktuppgifterna på kommunens webbplats och i föreningsbrevet och berätta om dem på nästa forum."),
                    ),
                    docs["contact-form"],
                ),
            ]),
            good_to_know(tr(
                _p("Yhdyshenkilö ei päätä avustuksista eikä tilavarauksista, mutta tietää, kuka päättää ja milloin."),
                _p("Kontaktpersonen beslutar inte om understöd eller lokalbokningar, men vet vem som beslutar och när."),
            )),
            checklist(tr("Ennen kuin julkaiset", "Innan du publicerar"), [
                tr("Tehtävänkuvaus on kirjattu", "Uppgiftsbeskrivningen är nedskriven"),
                tr("Päätös ja varahenkilö ovat olemassa", "Beslutet och ersättaren finns"),
                tr("Yhteystiedot ovat verkkosivuilla", "Kontaktuppgifterna finns på webbplatsen"),
                tr("Yhdistyksille on kerrottu järjestökirjeessä", "Föreningarna har informerats i föreningsbrevet"),
            ]),
        ],
    }


def guide_structures(docs):
    return {
        "slug": "kunnan-ja-yhdistysten-yhteistyorakenteet",
        "title": "Kunnan ja yhdistysten yhteistyörakenteet",
        "summary": "Foorumit, järjestökirje, järjestöagentit, avustukset ja tilat: mistä rakenteista toimiva "
        "yhteistyö koostuu ja kuinka usein kutakin kannattaa pitää yllä.",
        "audience": ("municipalities", "wellbeing_county"),
        "topics": ["yhteistyo", "foorumit"],
        "contact": "coordinator",
        "reviewed_days": 600,  # due for review: shows in the admin report
        "body": [
            text(_p(
                "Hyvin toimivassa kunnassa yhteistyö ei ole yksittäisten ihmisten varassa vaan sillä on rakenteet, "
                "jotka jatkuvat henkilövaihdosten yli. Alla on malli, jota voi soveltaa kunnan kokoon."
            )),
            heading("Rakenteet ja rytmi"),
            (
                "table",
                {
                    "caption": "Yhteistyön rakenteet ja niiden tavallinen rytmi",
                    "table": {
                        "first_row_is_table_header": True,
                        "first_col_is_header": True,
                        "data": [
                            ["Rakenne", "Kuinka usein", "Kuka vastaa"],
                            ["Järjestöfoorumi", "2 kertaa vuodessa", "Kunta ja järjestöagentit"],
                            ["Järjestökirje", "4 kertaa vuodessa", "Kunnan viestintä"],
                            ["Järjestöagentit", "Jatkuvasti", "Järjestöhubi"],
                            ["Yhdistysavustukset", "Haku kerran vuodessa", "Kunnan vapaa-aikapalvelut"],
                            ["Järjestöyhteistyöryhmä", "4 kertaa vuodessa", "Hyvinvointialue"],
                        ],
                    },
                },
            ),
            steps("Näin rakennatte mallin", [
                ("Valitkaa kolme tärkeintä", _p("Foorumin työpajassa jokainen valitsee listalta kolme itselleen tärkeintä rakennetta. Niistä aloitetaan."), docs["structure-map"]),
                ("Sopikaa vastuut", _p("Jokaisella rakenteella on nimetty vastuutaho ja varahenkilö, jotta toiminta ei katkea."), None),
                ("Kirjatkaa vuosikello", _p("Merkitkää foorumit, järjestökirjeet ja avustushaku samaan vuosikelloon ja julkaiskaa se."), None),
            ]),
            good_to_know(_p(
                "Hyvinvointialueen järjestöyhteistyöryhmässä on 19 varsinaista jäsentä ja 17 varajäsentä eri "
                "järjestöryhmistä. Ryhmä kokoontuu neljä kertaa vuodessa, ja sen kautta kunnan järjestöt pääsevät "
                "vaikuttamaan myös sosiaali- ja terveyspalveluihin."
            ), title="Hyvinvointialueen rooli"),
            checklist("Toimiiko rakenne?", [
                "Foorumin päivämäärät on julkaistu vuodeksi eteenpäin",
                "Järjestökirjeellä on vastaanottajalista ja julkaisurytmi",
                "Järjestöagenttien yhteystiedot löytyvät verkosta",
                "Vapaaehtoistyön koordinoinnista on sovittu",
            ]),
        ],
    }


def guide_grants(docs):
    return {
        "slug": "yhdistysavustuksen-hakeminen",
        "title": "Yhdistysavustuksen hakeminen",
        "summary": "Kunnan yhdistysavustus haetaan yleensä kerran vuodessa. Tällä ohjeella hakemus on valmis ajoissa "
        "ja liitteet kunnossa.",
        "audience": ("associations",),
        "topics": ["avustukset"],
        "contact": "agent_region",
        "reviewed_days": 120,
        "body": [
            steps("Hakemuksen vaiheet", [
                ("Lue ehdot", _p("Tarkista kunnan sivuilta hakuaika, avustuslajit ja se, mihin avustusta ei myönnetä."), None),
                ("Kokoa liitteet", _p("Tarvitset yleensä toimintasuunnitelman, talousarvion, edellisen vuoden tilinpäätöksen ja toimintakertomuksen."), docs["grant-checklist"]),
                ("Kerro hyödyistä", _p("Kuvaa lyhyesti, keitä toimintanne tavoittaa ja miten se lisää hyvinvointia kunnassa."), None),
                ("Palauta ja raportoi", _p("Jätä hakemus ajoissa. Kun avustus on käytetty, palauta käyttöselvitys – ilman sitä seuraavaa avustusta ei yleensä myönnetä."), None),
            ]),
            good_to_know(_p("Monessa kunnassa pienet kohdeavustukset voi hakea ympäri vuoden. Kysy kunnan järjestöyhdyshenkilöltä.")),
            downloads("", [(docs["grant-checklist"], "Tulosta ja rastita ennen kuin lähetät hakemuksen.")]),
        ],
    }


def guide_premises(docs):
    return {
        "slug": "kunnan-tilojen-kaytto",
        "title": "Kunnan tilojen käyttö yhdistyksen toiminnassa",
        "summary": "Koulut, kirjastot ja nuorisotilat ovat monessa kunnassa yhdistysten käytössä maksutta tai edullisesti. "
        "Näin löydät sopivan tilan ja varaat sen.",
        "audience": ("associations", "municipalities"),
        "topics": ["tilat"],
        "contact": "agent_tampere",
        "reviewed_days": 200,
        "body": [
            steps("Tilan varaaminen", [
                ("Etsi tila", _p("Katso hubin tilahakemistosta, mitkä tilat sopivat ryhmänne kokoon ja ovat esteettömiä."), None),
                ("Varaa ajoissa", _p("Suosituimmat illat varataan syksyn ja kevään alussa. Tee varaus kunnan sähköisessä varausjärjestelmässä."), docs["premises-checklist"]),
                ("Sovi käytännöistä", _p("Sovi avaimista, siivouksesta ja välineistä etukäteen ja kirjaa sovitut asiat ylös."), None),
            ]),
            checklist("Tilaisuuden päivänä", [
                "Avaimet tai kulkutunniste on noudettu",
                "Esteetön sisäänkäynti on auki ja opastettu",
                "Tila on siivottu ja välineet palautettu",
            ]),
            downloads("", [(docs["premises-checklist"], "Tarkistuslista varauksen tekijälle.")]),
        ],
    }


def guide_forum(docs):
    return {
        "slug": "jarjestofoorumin-jarjestaminen",
        "title": "Järjestöfoorumin järjestäminen",
        "summary": "Järjestöfoorumi kokoaa kunnan, hyvinvointialueen ja yhdistykset saman pöydän ääreen kaksi kertaa "
        "vuodessa. Ohjelmarungon ja työpajamallin avulla ilta on helppo suunnitella.",
        "audience": ("municipalities", "associations", "wellbeing_county"),
        "topics": ["foorumit", "vapaaehtoiset"],
        "contact": "communications",
        "reviewed_days": 75,
        "body": [
            steps("Valmistelu", [
                ("Päätä aihe ja ajankohta", _p("Valitse yksi pääaihe, esimerkiksi vapaaehtoisten saaminen mukaan. Ilmoita päivä vähintään kuusi viikkoa etukäteen."), None),
                ("Kutsu laajasti", _p("Lähetä kutsu järjestökirjeessä, kunnan sivuilla ja hyvinvointialueen kautta. Pyydä ilmoittautumaan ja kertomaan erityisruokavaliot."), None),
                ("Jaa työpajaryhmät", _p("Toimiva jako on viisi ryhmää: seniorit, sosiaali ja terveys, harrastukset, asukas-, kylä- ja vanhempainyhdistykset sekä muut toimijat."), docs["forum-programme"]),
                ("Kokoa tulokset", _p("Kirjaa ryhmien vastaukset ja julkaise yhteenveto kahden viikon kuluessa. Kerro, mitä niille tehdään."), None),
            ]),
            good_to_know(_p("Työpajakysymyksiksi sopivat esimerkiksi: mikä on yhteinen tavoitteemme, mitä foorumeissa pitäisi käsitellä ja miten kunta voisi tukea vapaaehtoistoimintaa?"), title="Hyviä kysymyksiä"),
            checklist("Foorumin muistilista", [
                "Tila on varattu ja esteetön",
                "Kutsu on lähetetty kuusi viikkoa ennen",
                "Ryhmille on nimetty vetäjät",
                "Yhteenveto on julkaistu",
            ]),
            downloads("Pohjat", [(docs["forum-programme"], "Muokattava kolmen tunnin ohjelma.")]),
        ],
    }


# Loading ----------------------------------------------------------------------------------


def load_toolkit_demo(context):
    from .models import GuidePage, GuidePageRelatedGuide, GuidePageTopic, ToolkitIndexPage, Topic

    if context.reset:
        collection = Collection.get_first_root_node().get_children().filter(name=DOCUMENT_COLLECTION).first()
        if collection is not None:
            for document in get_document_model().objects.filter(collection=collection):
                document.delete()
    if ToolkitIndexPage.objects.child_of(context.home).exists():
        return

    topics = context.seed_named_snippets(Topic, TOPICS, "toolkit-topic")
    docs = make_documents(context)

    tr = Glossary()
    index = context.add_page(
        context.home,
        ToolkitIndexPage(
            title=tr("Järjestöagentin työkalupakki", "Föreningsagentens verktygslåda"),
            slug=tr("tyokalupakki", "verktygslada"),
            lead=tr(
                "Käytännön ohjeita yhdistyksille, kunnille ja hyvinvointialueelle: yhteistyön rakenteet, "
                "yhdyshenkilöt, avustukset, tilat ja foorumit. Rajaa oppaita kohderyhmän tai aiheen mukaan.",
                "Praktiska anvisningar för föreningar, kommuner och välfärdsområdet: samarbetsstrukturer, "
                "kontaktpersoner, understöd, lokaler och forum. Filtrera guiderna efter målgrupp eller ämne.",
            ),
            show_in_menus=True,
        ),
    )
    context.translate_to_swedish(index, tr)

    today = timezone.localdate()
    translated = []
    pages = {}
    for build, in_swedish in [
        (guide_cooperation, True),
        (guide_contact_person, True),
        (guide_structures, False),
        (guide_grants, False),
        (guide_premises, False),
        (guide_forum, False),
    ]:
        mapping = Glossary()
        data = build(mapping, docs) if in_swedish else build(docs)
        page = GuidePage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            body=data["body"],
            responsible_person=context.contacts.get(data["contact"]),
            last_reviewed=today - timedelta(days=data["reviewed_days"]),
            **{f"for_{code}": True for code in data["audience"]},
        )
        for slug in data["topics"]:
            page.guide_topics.add(GuidePageTopic(topic=topics[slug]))
        page.locale = context.locale_fi
        index.add_child(instance=page)
        page.save_revision(log_action=False).publish(log_action=False)
        context.counts["pages"] += 1
        pages[data["slug"]] = page
        if in_swedish:
            translated.append((page, mapping))

    # Related guides, once every guide exists.
    related = {
        "jarjestoyhteistyon-ohje": ["jarjestoyhdyshenkilon-nimeaminen-kuntaan", "kunnan-ja-yhdistysten-yhteistyorakenteet"],
        "jarjestoyhdyshenkilon-nimeaminen-kuntaan": ["jarjestoyhteistyon-ohje"],
        "kunnan-ja-yhdistysten-yhteistyorakenteet": ["jarjestofoorumin-jarjestaminen", "jarjestoyhteistyon-ohje"],
        "yhdistysavustuksen-hakeminen": ["kunnan-tilojen-kaytto"],
        "kunnan-tilojen-kaytto": ["yhdistysavustuksen-hakeminen", "jarjestofoorumin-jarjestaminen"],
        "jarjestofoorumin-jarjestaminen": ["kunnan-ja-yhdistysten-yhteistyorakenteet", "kunnan-tilojen-kaytto"],
    }
    for slug, others in related.items():
        page = pages[slug]
        page.related_guides = [GuidePageRelatedGuide(guide=pages[other]) for other in others]
        page.save_revision(log_action=False).publish(log_action=False)

    for page, mapping in translated:
        context.translate_to_swedish(page, mapping)
    context.log(f"Toolkit: {len(pages)} Finnish guides, {len(translated)} in Swedish, {len(docs)} templates.")
