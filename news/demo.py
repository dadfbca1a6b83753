"""Demo news: a Finnish archive over several months, three items also in Swedish.

Registered as a ``load_demo_content`` hook (see home/demo.py). Idempotent: the
news index below the Finnish home page marks the news as loaded. The people are
the core demo's fictional contact persons; the facts follow the source documents
in ../shared/seeds/, written afresh.
"""

from datetime import timedelta

from django.utils import timezone

from home.demo import Glossary

CATEGORIES = [
    # slug, name fi, name sv, slug sv
    ("jarjestoyhteistyo", "Järjestöyhteistyö", "Föreningssamarbete", "foreningssamarbete"),
    ("tapahtumat", "Tapahtumat", "Evenemang", "evenemang"),
    ("avustukset", "Avustukset", "Understöd", "understod"),
    ("koulutus", "Koulutus", "Utbildning", "utbildning"),
    ("hyvinvointialue", "Hyvinvointialue", "Välfärdsområdet", "valfardsomradet"),
]


def _p(*paragraphs):
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


# Each item: slug, days before today, title, lead, body paragraphs, categories,
# tags, author role, image seed (or None), and a Swedish version (or None).
NEWS = [
    {
        "slug": "jarjestoyhteistyoryhma-on-perustettu",
        "days": 4,
        "title": "Hyvinvointialueen järjestöyhteistyöryhmä on perustettu",
        "lead": "Järjestöjen ja hyvinvointialueen yhteistyöryhmään valittiin 19 varsinaista jäsentä ja 17 varajäsentä. "
        "Esityksiä tuli kaikkiaan 44.",
        "body": [
            ("heading", "Näin jäsenet valittiin"),
            (
                "text",
                _p(
                    "Valintatyöryhmä jakoi ehdotetut järjestöt toimintansa perusteella 19 ryhmään ja etsi jokaisesta "
                    "yhden varsinaisen jäsenen ja yhden varajäsenen. Kahteen ryhmään tuli vain yksi ehdotus, joten "
                    "niihin ei valittu varajäsentä.",
                    "Valinnoissa painotettiin sitä, että edustaja tuntee laajan järjestöverkoston tai edustaa useampaa "
                    "järjestöä. Toive on, että järjestöt verkostoituvat seuraavien kahden vuoden aikana entistä "
                    "tiiviimmin, jotta kaikkien alueen järjestöjen ääni kuuluu ryhmässä.",
                ),
            ),
            ("heading", "Mitä ryhmä tekee?"),
            (
                "text",
                _p(
                    "Ryhmä tuo järjestökentän osaamisen hyvinvointialueen strategia- ja ohjelmatyöhön sekä palvelujen "
                    "kehittämiseen. Mukana ovat myös kuntien hyvinvointikoordinaattorit sekä seurakuntien ja "
                    "hyvinvointialueen edustajat.",
                    "Ryhmä kokoontuu neljä kertaa vuodessa. Työskentelystä ei makseta kokouspalkkioita.",
                ),
            ),
        ],
        "categories": ["jarjestoyhteistyo", "hyvinvointialue"],
        "tags": ["järjestöyhteistyöryhmä", "hyvinvointialue", "vaikuttaminen"],
        "author": "coordinator",
        "image": "news-working-group",
        "image_kind": "network",
        "sv": {
            "title": "Välfärdsområdets samarbetsgrupp för föreningar har grundats",
            "slug": "samarbetsgruppen-for-foreningar-har-grundats",
            "lead": "Till samarbetsgruppen för föreningarna och välfärdsområdet valdes 19 ordinarie medlemmar och 17 "
            "ersättare. Sammanlagt kom det in 44 förslag.",
            "body": [
                "Så valdes medlemmarna",
                _p(
                    "Urvalsgruppen delade in de föreslagna föreningarna i 19 grupper enligt deras verksamhet och sökte "
                    "en ordinarie medlem och en ersättare från varje grupp. Till två grupper kom bara ett förslag, så "
                    "där valdes ingen ersättare.",
                    "Vid valet betonades att representanten känner ett brett föreningsnätverk eller representerar "
                    "flera föreningar. Förhoppningen är att föreningarna under de följande två åren knyter allt "
                    "tätare nätverk, så att alla föreningar i regionen får sin röst hörd i gruppen.",
                ),
                "Vad gör gruppen?",
                _p(
                    "Gruppen för in föreningsfältets kunnande i välfärdsområdets strategi- och programarbete och i "
                    "utvecklingen av tjänsterna. Med finns också kommunernas välfärdskoordinatorer samt företrädare "
                    "för församlingarna och välfärdsområdet.",
                    "Gruppen sammanträder fyra gånger om året. Inga mötesarvoden betalas för arbetet.",
                ),
            ],
            "image_alt": "Tecknade cirklar som förenas med linjer.",
            "tags": ["samarbetsgrupp", "välfärdsområdet", "påverkan"],
        },
        "image_alt": "Piirroskuvitus: ympyröitä, joita yhdistävät viivat.",
    },
    {
        "slug": "jarjestofoorumi-kokoaa-kunnat-ja-yhdistykset",
        "days": 11,
        "title": "Syksyn järjestöfoorumi kokoaa kunnat ja yhdistykset",
        "lead": "Järjestöfoorumissa keskustellaan avustuksista, tiloista ja siitä, miten yhdistykset pääsevät mukaan "
        "kunnan hyvinvointisuunnitteluun.",
        "body": [
            (
                "text",
                _p(
                    "Foorumi järjestetään kahdesti vuodessa. Tällä kertaa työpajoissa pohditaan, miten kunnan tilat "
                    "saadaan yhdistysten käyttöön nykyistä helpommin.",
                    "Ilmoittautuminen on auki kaksi viikkoa ennen tilaisuutta. Osallistuminen on maksutonta.",
                ),
            ),
        ],
        "categories": ["tapahtumat", "jarjestoyhteistyo"],
        "tags": ["järjestöfoorumi", "tilat", "kunnat"],
        "author": "agent_tampere",
        "image": "news-forum",
        "image_alt": "Maisemakuvitus: sinisiä kukkuloita ja oranssi aurinko.",
        "sv": {
            "title": "Höstens föreningsforum samlar kommunerna och föreningarna",
            "slug": "hostens-foreningsforum",
            "lead": "På föreningsforumet diskuteras understöd, lokaler och hur föreningarna kan delta i kommunens "
            "välfärdsplanering.",
            "body": [
                _p(
                    "Forumet ordnas två gånger om året. Den här gången funderar man i workshopparna på hur kommunens "
                    "lokaler lättare kan ställas till föreningarnas förfogande.",
                    "Anmälan är öppen två veckor före evenemanget. Det är gratis att delta.",
                ),
            ],
            "image_alt": "Landskapsillustration: blå kullar och en orange sol.",
            "tags": ["föreningsforum", "lokaler", "kommuner"],
        },
    },
    {
        "slug": "yhdistysavustusten-haku-alkaa",
        "days": 19,
        "title": "Yhdistysavustusten haku alkaa",
        "lead": "Kunnat avaavat ensi vuoden yhdistysavustusten haun. Järjestöagentit neuvovat hakemuksen tekemisessä.",
        "body": [
            (
                "text",
                _p(
                    "Avustuksia voi hakea toiminta-avustuksina tai kohdeavustuksina yksittäiseen tapahtumaan. "
                    "Hakuajat vaihtelevat kunnittain, joten tarkista oman kuntasi aikataulu.",
                    "Järjestöagentit pitävät hakuaikana etäneuvontaa, jossa voi kysyä hakemuksesta ja liitteistä.",
                ),
            ),
        ],
        "categories": ["avustukset"],
        "tags": ["avustukset", "kunnat", "järjestöagentit"],
        "author": "agent_region",
        "image": None,
        "sv": {
            "title": "Ansökan om föreningsunderstöd börjar",
            "slug": "ansokan-om-foreningsunderstod-borjar",
            "lead": "Kommunerna öppnar ansökan om föreningsunderstöd för nästa år. Föreningsagenterna ger råd om ansökan.",
            "body": [
                _p(
                    "Man kan söka understöd som verksamhetsunderstöd eller som projektunderstöd för ett enskilt "
                    "evenemang. Ansökningstiderna varierar mellan kommunerna, så kontrollera tidtabellen i din kommun.",
                    "Under ansökningstiden har föreningsagenterna distansrådgivning där man kan fråga om ansökan "
                    "och bilagorna.",
                ),
            ],
            "image_alt": "",
            "tags": ["understöd", "kommuner", "föreningsagenterna"],
        },
    },
    {
        "slug": "jarjestoagentit-kiertavat-kunnissa",
        "days": 30,
        "title": "Järjestöagentit kiertävät kunnissa",
        "lead": "Järjestöagentit tapaavat yhdistyksiä kymmenessä kunnassa ja kuulevat, missä yhteistyö toimii ja missä ei.",
        "body": [("text", _p("Kierroksen aikataulu julkaistaan tapahtumakalenterissa. Kaikki yhdistykset ovat tervetulleita."))],
        "categories": ["jarjestoyhteistyo"],
        "tags": ["järjestöagentit", "kunnat"],
        "author": "agent_tampere",
        "image": "news-agents",
    },
    {
        "slug": "vapaaehtoistoiminnan-koulutus",
        "days": 41,
        "title": "Koulutus vapaaehtoistoiminnan koordinointiin",
        "lead": "Kolmen illan verkkokoulutus antaa välineitä vapaaehtoisten rekrytointiin, perehdytykseen ja kiittämiseen.",
        "body": [("text", _p("Koulutus on tarkoitettu yhdistysten hallituksille ja vapaaehtoistoiminnan vastaaville."))],
        "categories": ["koulutus"],
        "tags": ["vapaaehtoistyö", "koulutus"],
        "author": "coordinator",
        "image": None,
    },
    {
        "slug": "jarjestokirje-ilmestyi",
        "days": 55,
        "title": "Järjestökirje ilmestyi",
        "lead": "Neljä kertaa vuodessa ilmestyvä järjestökirje kertoo ajankohtaiset avustushaut, tapahtumat ja koulutukset.",
        "body": [("text", _p("Voit tilata kirjeen sähköpostiisi yhteyssivun kautta."))],
        "categories": ["jarjestoyhteistyo"],
        "tags": ["järjestökirje", "viestintä"],
        "author": "communications",
        "image": None,
    },
    {
        "slug": "kunnan-tilat-yhdistysten-kayttoon",
        "days": 68,
        "title": "Kunnan tilat yhdistysten käyttöön",
        "lead": "Yhä useampi kunta antaa koulujen ja kirjastojen tiloja yhdistysten käyttöön iltaisin maksutta.",
        "body": [("text", _p("Tilahakemistoon kootaan tiedot tiloista, niiden esteettömyydestä ja varaamisesta."))],
        "categories": ["jarjestoyhteistyo"],
        "tags": ["tilat", "kunnat"],
        "author": "agent_region",
        "image": "news-premises",
    },
    {
        "slug": "hyvinvointisuunnitelmaan-jarjestojen-aani",
        "days": 80,
        "title": "Hyvinvointisuunnitelmaan järjestöjen ääni",
        "lead": "Hyvinvointialue kutsuu järjestöjä kommentoimaan alueellista hyvinvointisuunnitelmaa.",
        "body": [("text", _p("Kommentit kootaan järjestöyhteistyöryhmän seuraavaan kokoukseen."))],
        "categories": ["hyvinvointialue"],
        "tags": ["hyvinvointialue", "vaikuttaminen"],
        "author": "coordinator",
        "image": None,
    },
    {
        "slug": "elinvoimapajat-kevaalla",
        "days": 96,
        "title": "Elinvoimapajat kokoavat kuntia ja järjestöjä",
        "lead": "Alueelliset elinvoimapajat tuovat yhteen kuntien viranhaltijat, päättäjät ja yhdistysten väen.",
        "body": [
            (
                "text",
                _p(
                    "Pajoja on seitsemän eri puolilla aluetta. Niissä luodaan verkostoja ja yhteistä näkyä asukkaiden "
                    "hyvinvoinnista osana elinvoimaista kuntaa."
                ),
            )
        ],
        "categories": ["tapahtumat"],
        "tags": ["elinvoimapaja", "kunnat"],
        "author": "agent_tampere",
        "image": "news-workshops",
    },
    {
        "slug": "jarjestokartoituksen-tulokset",
        "days": 110,
        "title": "Järjestökartoituksen tulokset julki",
        "lead": "Kartoitus kertoo, millaisia järjestöjä alueella toimii ja miten ne arvioivat yhteistyötä kuntien kanssa.",
        "body": [("text", _p("Tuloksia käytetään elinvoimapajojen ja järjestöfoorumien työpajoissa."))],
        "categories": ["jarjestoyhteistyo"],
        "tags": ["kysely", "kunnat"],
        "author": "communications",
        "image": None,
    },
    {
        "slug": "kansalaistoiminta-nyt-seminaari",
        "days": 124,
        "title": "Kansalaistoiminta nyt -seminaari",
        "lead": "Seminaarissa kuullaan, miten kansalaistoiminta muuttuu ja mitä se vaatii kunnilta ja järjestöiltä.",
        "body": [("text", _p("Seminaarin esitykset tallennetaan ja julkaistaan tekstitettyinä."))],
        "categories": ["tapahtumat", "koulutus"],
        "tags": ["seminaari", "vapaaehtoistyö"],
        "author": "communications",
        "image": "news-seminar",
    },
    {
        "slug": "jarjestoyhdyshenkilo-jokaiseen-kuntaan",
        "days": 139,
        "title": "Järjestöyhdyshenkilö jokaiseen kuntaan",
        "lead": "Työkalupakin uusi opas neuvoo, miten kunta nimeää järjestöyhdyshenkilön ja mitä tehtävään kuuluu.",
        "body": [("text", _p("Opas on ladattavissa järjestöagentin työkalupakista."))],
        "categories": ["jarjestoyhteistyo", "koulutus"],
        "tags": ["järjestöagentit", "kunnat", "opas"],
        "author": "agent_region",
        "image": None,
    },
    {
        "slug": "pienavustukset-nuorten-toimintaan",
        "days": 152,
        "title": "Pienavustuksia nuorten toimintaan",
        "lead": "Hyvinvointialue jakaa pienavustuksia nuorten harrastus- ja vertaistoimintaan.",
        "body": [("text", _p("Avustusta voi hakea rekisteröity yhdistys tai nuorten vapaa ryhmä."))],
        "categories": ["avustukset", "hyvinvointialue"],
        "tags": ["avustukset", "nuoret"],
        "author": "agent_tampere",
        "image": None,
    },
    {
        "slug": "yhteistyon-malleja-muista-kunnista",
        "days": 170,
        "title": "Yhteistyön malleja muista kunnista",
        "lead": "Yhteistyösopimukset, järjestöfoorumit ja yhteiset tapahtumat toimivat monessa kunnassa hyvin.",
        "body": [("text", _p("Koostimme esimerkit työkalupakkiin kunnille ja yhdistyksille."))],
        "categories": ["jarjestoyhteistyo"],
        "tags": ["kunnat", "opas"],
        "author": "coordinator",
        "image": "news-models",
    },
    {
        "slug": "hallitustyoskentelyn-perusteet",
        "days": 188,
        "title": "Hallitustyöskentelyn perusteet -koulutus",
        "lead": "Koulutus uusille hallituksen jäsenille: vastuut, kokouskäytännöt ja talous.",
        "body": [("text", _p("Koulutus järjestetään verkossa, ja tallenne on katsottavissa kuukauden ajan."))],
        "categories": ["koulutus"],
        "tags": ["koulutus", "hallitus"],
        "author": "agent_region",
        "image": None,
    },
    {
        "slug": "vapaaehtoisten-kiitosjuhla",
        "days": 205,
        "title": "Vapaaehtoisten kiitosjuhla kokosi satoja",
        "lead": "Kiitosjuhlassa palkittiin vuoden vapaaehtoiset ja kuultiin tarinoita yhdessä tekemisestä.",
        "body": [("text", _p("Kiitos kaikille, jotka tulivat mukaan juhlimaan!"))],
        "categories": ["tapahtumat"],
        "tags": ["vapaaehtoistyö"],
        "author": "communications",
        "image": "news-celebration",
    },
    {
        "slug": "jarjestoyhteistyoryhman-haku-alkaa",
        "days": 224,
        "title": "Järjestöyhteistyöryhmän jäsenhaku alkaa",
        "lead": "Järjestöt voivat ehdottaa edustajiaan hyvinvointialueen järjestöyhteistyöryhmään.",
        "body": [("text", _p("Valintakriteerit ja lomake ovat järjestöyhteistyöryhmän sivulla."))],
        "categories": ["jarjestoyhteistyo", "hyvinvointialue"],
        "tags": ["järjestöyhteistyöryhmä", "hyvinvointialue"],
        "author": "coordinator",
        "image": None,
    },
]


DEFAULT_ALT = "Piirroskuvitus: siniset kukkulat ja oranssi aurinko."



def load_news_demo(context):
    from news.models import NewsCategory, NewsIndexPage, NewsPage, NewsPageAuthor, NewsPageCategory

    if NewsIndexPage.objects.child_of(context.home).exists():
        return

    categories = context.seed_named_snippets(NewsCategory, CATEGORIES, "news-category")

    tr = Glossary()
    index = context.add_page(
        context.home,
        NewsIndexPage(
            title=tr("Ajankohtaista", "Aktuellt"),
            slug=tr("ajankohtaista", "aktuellt"),
            lead=tr(
                "Uutisia järjestöjen, kuntien ja hyvinvointialueen yhteistyöstä.",
                "Nyheter om samarbetet mellan föreningarna, kommunerna och välfärdsområdet.",
            ),
            show_in_menus=True,
        ),
    )
    context.translate_to_swedish(index, tr)

    today = timezone.localdate()
    for item in NEWS:
        image = None
        alt = item.get("image_alt") or DEFAULT_ALT
        if item["image"]:
            image = context.make_image(f"Uutiskuva: {item['title']}", alt, seed=item["image"], kind=item.get("image_kind", "landscape"))
        body = [
            {"type": "heading", "value": {"text": value, "level": "h2"}} if kind == "heading" else {"type": "text", "value": value}
            for kind, value in item["body"]
        ]
        page = NewsPage(
            title=item["title"],
            slug=item["slug"],
            date=today - timedelta(days=item["days"]),
            lead=item["lead"],
            body=body,
            main_image=image,
            main_image_alt=alt if image else "",
        )
        for category_slug in item["categories"]:
            page.news_categories.add(NewsPageCategory(category=categories[category_slug], locale=context.locale_fi))
        author = context.contacts.get(item["author"])
        if author:
            page.authors.add(NewsPageAuthor(person=author, locale=context.locale_fi))
        page.locale = context.locale_fi
        index.add_child(instance=page)
        page.tags.add(*item["tags"])
        page.save_revision(log_action=False).publish(log_action=False)
        context.counts["pages"] += 1

        swedish = item.get("sv")
        if swedish:
            mapping = Glossary()
            mapping(item["title"], swedish["title"])
            mapping(item["slug"], swedish["slug"])
            mapping(item["lead"], swedish["lead"])
            if page.main_image_alt:
                mapping(item["image_alt"], swedish["image_alt"])
            for (_kind, fi), sv in zip(item["body"], swedish["body"], strict=True):
                mapping(fi, sv)
            page_sv = context.translate_to_swedish(page, mapping)
            # Tags are kept per language: the Swedish item gets Swedish tags.
            page_sv.tags.clear()
            page_sv.tags.add(*swedish["tags"])
            page_sv.save_revision(log_action=False).publish(log_action=False)
    context.log(f"News: {len(NEWS)} Finnish items, {sum(1 for item in NEWS if item.get('sv'))} in Swedish.")
