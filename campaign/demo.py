"""Demo campaign: #josmeitäeiolisi ("if we didn't exist") below the Finnish home page.

Registered as a ``load_demo_content`` hook (see home/demo.py). The landing, its
blog, the info package for decision makers, a materials library of ten items and
fifteen participating organisations, in Finnish; the landing, the blog, the
materials and the organisations pages also in Swedish. Every organisation and
person is invented (example.fi). Key figures from the source documents name
their source; the others are marked illustrative.

Idempotent: the campaign page below the home page marks the pages as loaded;
snippets carry fixed translation keys (``demo_key``) and are found again.
"""

import io
import zipfile
from datetime import date, timedelta
from xml.sax.saxutils import escape

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.demo import demo_collection, demo_key
from home.models import Organisation

CAMPAIGN_SLUG = "josmeitaeiolisi"
MATERIALS_COLLECTION = "Kampanjamateriaalit"
HASHTAG = "#josmeitäeiolisi"
DOCUMENT_PREFIX = "Kampanjamateriaali: "


def _p(*paragraphs):
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


# Organisations: slug, name, municipality code, field of activity, description
ORGANISATIONS = [
    ("kotikulma", "Kotikulman asukasyhdistys ry", "837", "Asukastoiminta",
     "Pitää yllä asukastupaa, järjestää pihatalkoita ja kokoaa naapurit yhteen."),
    ("lenkkiporukka", "Lenkkiporukka Esimerkki ry", "837", "Liikunta",
     "Matalan kynnyksen kävely- ja juoksuryhmiä kaikenikäisille joka viikko."),
    ("lukupiiri-kirjava", "Lukupiiri Kirjava ry", "536", "Kulttuuri",
     "Lukupiirejä kirjastoissa ja kirjailijavierailuja kouluihin."),
    ("mielen-tuki", "Mielen Tuki Esimerkki ry", "837", "Sosiaali- ja terveysala",
     "Vertaistukiryhmiä ja keskusteluapua mielenterveyden haasteisiin."),
    ("naapuriapu", "Naapuriapu Esimerkki ry", "980", "Asukastoiminta",
     "Vapaaehtoiset auttavat naapureita kauppa-asioissa ja pienissä kodin töissä."),
    ("savelsilta", "Kuoroyhdistys Sävelsilta ry", "211", "Kulttuuri",
     "Kolme kuoroa, konsertteja palvelutaloissa ja avoimia lauluiltoja."),
    ("pikkuaskel", "Perhekahvila Pikkuaskel ry", "418", "Lapset ja perheet",
     "Perhekahvila kolmena aamuna viikossa ja tukea vauvaperheille."),
    ("hopealanka", "Senioripiiri Hopealanka ry", "604", "Ikäihmiset",
     "Kerhoja, retkiä ja digiopastusta ikäihmisille."),
    ("nuorten-tila", "Nuorten Tila Esimerkki ry", "908", "Nuoret",
     "Iltaisin avoinna oleva nuorten kohtaamispaikka ja kesätyöpaja."),
    ("solmu", "Kädentaitajat Solmu ry", "790", "Kulttuuri",
     "Käsityöpajoja, korjauskahviloita ja myyjäisiä."),
    ("metsapolku", "Luontoyhdistys Metsäpolku Esimerkki ry", "562", "Ympäristö",
     "Luontoretkiä, lintulaskentoja ja roskatalkoita lähimetsissä."),
    ("kylayhdistys", "Esimerkkilän kyläyhdistys ry", "508", "Asukastoiminta",
     "Ylläpitää kylätaloa ja järjestää kylän yhteiset juhlat."),
    ("palloseura", "Palloseura Esimerkki ry", "536", "Liikunta",
     "Jalkapallo- ja salibandyjoukkueita lapsille ja aikuisille."),
    ("omaishoitajat", "Omaishoitajat Esimerkki ry", "211", "Sosiaali- ja terveysala",
     "Vertaistukea, virkistystä ja neuvontaa omaishoitajille."),
    ("maahanmuuttajat", "Monikulttuurinen Esimerkki ry", "837", "Lapset ja perheet",
     "Kielikahviloita, läksykerho ja perheiden yhteisiä tapahtumia."),
]

# Pending and decided join requests shown in the admin's moderation queue (never on the site).
JOIN_REQUESTS = [
    ("Harrastajateatteri Esimerkki ry", "837", "Kulttuuri", "Kaisa Kuvitelma", "kaisa.kuvitelma@example.fi", "pending"),
    ("Shakkikerho Esimerkki ry", "418", "Liikunta", "Olli Oletus", "olli.oletus@example.fi", "pending"),
]

POSTS = [
    {
        "slug": "kuka-keittaisi-kahvit",
        "days": 3,
        "title": "Kuka keittäisi kahvit, jos meitä ei olisi?",
        "lead": "Asukastuvan kahvinkeitin on yhdistystoiminnan pienin, mutta tärkein laite. Sen ääressä syntyy yhteisö.",
        "author": "communications",
        "body": _p(
            "Kun asukastupa avaa ovensa tiistaiaamuisin, ensimmäinen vapaaehtoinen on paikalla jo puoli tuntia aikaisemmin. "
            "Kahvi tippuu, pullat lämpenevät ja ovesta astuu ihmisiä, joille tupa on viikon tärkein kohtaamispaikka.",
            "Kukaan ei laske kahvikuppeja tilastoon, mutta juuri niiden ääressä naapurit tutustuvat, yksinäisyys helpottaa ja "
            "avuntarve tulee huomatuksi ajoissa.",
        ),
    },
    {
        "slug": "vapaaehtoisten-tunnit",
        "days": 12,
        "title": "Vapaaehtoisten tunnit näkyviksi",
        "lead": "Yhdistysten vapaaehtoiset tekevät joka viikko työtä, joka jää usein näkymättömiin. Kampanja nostaa sen esiin.",
        "author": "coordinator",
        "body": _p(
            "Pyysimme kampanjan järjestöjä kirjaamaan yhden viikon ajan, mitä niiden vapaaehtoiset tekevät. Listaan tuli "
            "kerhoja, kuljetusapua, läksykerhoja, talkoita ja lukemattomia puheluita.",
            "Kun tunnit lasketaan yhteen, syntyy kuva palvelusta, jota mikään muu taho ei tuottaisi samalla tavalla.",
        ),
    },
    {
        "slug": "paattajat-vierailulla",
        "days": 25,
        "title": "Päättäjät vierailulla yhdistysten arjessa",
        "lead": "Kunnanvaltuutetut tutustuivat yhdistysten toimintaan paikan päällä. Moni yllättyi toiminnan laajuudesta.",
        "author": "agent_tampere",
        "body": _p(
            "Vierailupäivän aikana valtuutetut kiersivät perhekahvilassa, senioripiirissä ja nuorten illassa. Jokaisessa "
            "kohteessa kysyttiin samaa: mitä tapahtuisi, jos tätä toimintaa ei olisi?",
            "Vastaukset kootaan kampanjan infopakettiin, jota voi käyttää talousarviokeskusteluissa.",
        ),
    },
    {
        "slug": "yhdistys-kylan-sydamena",
        "days": 40,
        "title": "Yhdistys kylän sydämenä",
        "lead": "Pienellä kylällä yhdistys pitää auki kylätalon, joka on samalla kokoustila, juhlasali ja varautumisen tukikohta.",
        "author_name": "Kalle Kuvitteellinen, kyläyhdistyksen puheenjohtaja",
        "body": _p(
            "Kylätalolla on pidetty syntymäpäiviä, vaalitilaisuuksia ja myrskyn jälkeen sähkökatkon aikainen lämpimän ruoan "
            "jakelu. Talon ylläpito on kokonaan vapaaehtoisten varassa.",
        ),
    },
    {
        "slug": "kampanja-kaynnistyy",
        "days": 60,
        "title": "#josmeitäeiolisi-kampanja käynnistyy",
        "lead": "Alueen järjestöt kertovat vuoden ajan, mitä ne tekevät kuntalaisten hyväksi. Mukaan voi lähteä mikä tahansa yhdistys.",
        "author": "coordinator",
        "body": _p(
            "Kampanjan tarkoitus on tehdä yhdistysten työ näkyväksi päättäjille ja kuntalaisille. Järjestöt voivat käyttää "
            "kampanjan materiaaleja omassa viestinnässään ja ilmoittautua mukaan kampanjan järjestöjen sivulla.",
        ),
    },
]

# (slug, title fi, title sv, description fi, description sv, type, language, licence, file kind)
MATERIALS = [
    ("logo-png", "Kampanjan logo", "Kampanjens logotyp",
     "Logo verkkoon ja somekanaviin, läpinäkyvällä taustalla.", "Logotyp för webben och sociala medier, med genomskinlig bakgrund.",
     "logo", "multi", "campaign-use", "image"),
    ("logo-pdf", "Kampanjan logo painotuotteisiin", "Kampanjens logotyp för trycksaker",
     "Logo PDF-muodossa julisteisiin ja esitteisiin.", "Logotypen i PDF-format för affischer och broschyrer.",
     "logo", "multi", "campaign-use", "pdf"),
    ("juliste-fi", "Juliste A3: Jos meitä ei olisi", "Affisch A3: Om vi inte fanns (på finska)",
     "Tulostettava juliste yhdistyksen ilmoitustaululle.", "Affisch att skriva ut för föreningens anslagstavla, på finska.",
     "poster", "fi", "cc-by-nd-4.0", "pdf"),
    ("juliste-sv", "Juliste A3 ruotsiksi", "Affisch A3: Om vi inte fanns",
     "Ruotsinkielinen juliste kaksikielisiin kuntiin.", "Affisch på svenska för tvåspråkiga kommuner.",
     "poster", "sv", "cc-by-nd-4.0", "pdf"),
    ("juliste-vapaaehtoiset", "Juliste: Vapaaehtoiset tekevät sen", "Affisch: Frivilliga gör det (på finska)",
     "Juliste, jossa on tilaa oman yhdistyksen nimelle.", "Affisch med plats för den egna föreningens namn, på finska.",
     "poster", "fi", "cc-by-4.0", "pdf"),
    ("somekuva-neliö", "Somekuva, neliö", "Bild för sociala medier, kvadrat (på finska)",
     "1080 × 1080 pikseliä, Instagramiin ja Facebookiin.", "1080 × 1080 pixlar, för Instagram och Facebook, på finska.",
     "social_image", "fi", "cc-by-4.0", "image"),
    ("somekuva-vaaka", "Somekuva, vaaka", "Bild för sociala medier, liggande (på finska)",
     "1200 × 630 pikseliä, linkkien jakokuvaksi.", "1200 × 630 pixlar, som delningsbild för länkar, på finska.",
     "social_image", "fi", "cc-by-4.0", "image"),
    ("somekuva-sv", "Somekuva ruotsiksi", "Bild för sociala medier på svenska",
     "Ruotsinkielinen neliökuva.", "Kvadratisk bild på svenska.",
     "social_image", "sv", "cc-by-4.0", "image"),
    ("esityspohja-fi", "Esityspohja päättäjätapaamiseen", "Presentationsmall för möten med beslutsfattare (på finska)",
     "Diat, joilla yhdistys esittelee toimintansa valtuustolle tai lautakunnalle.",
     "Bilder med vilka föreningen presenterar sin verksamhet för fullmäktige eller en nämnd, på finska.",
     "presentation", "fi", "cc-by-4.0", "odp"),
    ("esityspohja-sv", "Esityspohja ruotsiksi", "Presentationsmall på svenska",
     "Ruotsinkielinen esityspohja.", "Presentationsmall på svenska.",
     "presentation", "sv", "cc-by-4.0", "odp"),
]

KEY_FIGURES = [
    {"number": "19", "unit": "järjestöedustajaa",
     "explanation": "istuu hyvinvointialueen järjestöyhteistyöryhmässä varsinaisena jäsenenä.",
     "source": "Hyvinvointialueen päätös järjestöyhteistyöryhmän perustamisesta 29.11.2023", "is_illustrative": False},
    {"number": "44", "unit": "ehdotusta",
     "explanation": "järjestöt tekivät yhteistyöryhmän jäseniksi – kiinnostus vaikuttamiseen on suurta.",
     "source": "Hyvinvointialueen päätös järjestöyhteistyöryhmän perustamisesta 29.11.2023", "is_illustrative": False},
    {"number": "5200", "unit": "yhdistystä",
     "explanation": "toimii esimerkkialueella: urheiluseuroja, kyläyhdistyksiä, potilasjärjestöjä ja kulttuuriyhdistyksiä.",
     "source": "", "is_illustrative": True},
    {"number": "38", "unit": "%",
     "explanation": "aikuisista kertoo tehneensä vapaaehtoistyötä viimeisen vuoden aikana.", "source": "", "is_illustrative": True},
    {"number": "1.2", "unit": "miljoonaa tuntia",
     "explanation": "vapaaehtoistyötä vuodessa alueen yhdistyksissä.", "source": "", "is_illustrative": True},
]

ARGUMENTS = [
    ("Yhdistykset tavoittavat ne, joita palvelut eivät tavoita.",
     "<p>Vertaistuki, kerhot ja kohtaamispaikat ovat usein ensimmäinen paikka, jossa avun tarve huomataan.</p>"),
    ("Pieni avustus tuottaa moninkertaisen hyödyn.",
     "<p>Kunnan avustus ja maksuton tila mahdollistavat vapaaehtoistyön, jonka arvo on moninkertainen avustukseen verrattuna.</p>"),
    ("Yhteistyö kannattaa sopia rakenteiksi.",
     "<p>Järjestöyhteyshenkilö, foorumit ja yhteistyösopimukset tekevät yhteistyöstä jatkuvaa eivätkä jätä sitä yksittäisten ihmisten varaan.</p>"),
]

QUOTES = [
    ("Ilman kerhoa äitini olisi viikot yksin kotona. Nyt hän odottaa torstaita.", "Omaisen kertomus", "Senioripiirin kävijän tytär"),
    ("Kun yhdistys kysyi tilaa koulun liikuntasalista, ratkaisu löytyi yhdellä puhelulla.", "Kunnan järjestöyhdyshenkilö", "Esimerkkikunta"),
]


def load_campaign_demo(context):
    from .models import (
        CampaignBlogIndexPage,
        CampaignBlogPost,
        CampaignPage,
        InfoPackagePage,
        JoinRequest,
        Material,
        MaterialsPage,
        Participation,
        ParticipatingOrganisationsPage,
    )

    organisation_keys = [demo_key(f"campaign-organisation:{row[0]}") for row in ORGANISATIONS]
    material_keys = [demo_key(f"campaign-material:{row[0]}") for row in MATERIALS]
    if context.reset:
        Material.objects.filter(translation_key__in=material_keys).delete()
        Organisation.objects.filter(translation_key__in=organisation_keys).delete()
        get_document_model().objects.filter(title__startswith=DOCUMENT_PREFIX).delete()
        collection = materials_collection()
        for image in get_image_model().objects.filter(collection=collection):
            image.delete()

    if CampaignPage.objects.child_of(context.home).filter(slug=CAMPAIGN_SLUG).exists():
        return

    today = timezone.localdate()
    contacts = context.contacts
    sv = {}  # Finnish → Swedish for the translated pages

    def tr(fi, sv_text):
        sv[fi] = sv_text
        return fi

    hero = context.make_image("Kampanjakuva: #josmeitäeiolisi", "Piirroskuvitus: ihmisiä käsi kädessä kukkuloiden edessä.",
                              seed="campaign-hero", kind="landscape")
    social = context.make_image("Kampanjan jakokuva", "Kampanjan tunnus sinisellä pohjalla.", seed="campaign-social", kind="network")
    campaign = CampaignPage(
        title=tr(HASHTAG, HASHTAG),
        slug=tr(CAMPAIGN_SLUG, CAMPAIGN_SLUG),
        hashtag=HASHTAG,
        show_in_menus=True,
        key_message=tr(
            "Jos meitä ei olisi, kuka keittäisi kahvit, valmentaisi juniorit ja soittaisi yksinäiselle? Yhdistykset tekevät "
            "kunnista asumisen arvoisia.",
            "Om vi inte fanns, vem skulle koka kaffet, träna juniorerna och ringa den som är ensam? Föreningarna gör "
            "kommunerna värda att bo i.",
        ),
        hero_image=hero,
        hero_image_alt=tr("Piirroskuvitus: ihmisiä käsi kädessä kukkuloiden edessä.",
                          "Illustration: människor hand i hand framför kullar."),
        social_image=social,
        starts_on=today - timedelta(days=70),
        ends_on=date(today.year + 1, 6, 30),
        theme_colour="teal",
        search_description=tr("Kampanja, joka kertoo, mitä yhdistykset tekevät kuntalaisten hyväksi.",
                              "En kampanj som berättar vad föreningarna gör för kommuninvånarna."),
        goals=[
            ("goal", {"title": tr("Järjestöjen työ näkyväksi", "Föreningarnas arbete synligt"),
                      "text": tr("Kerromme tarinoin ja luvuin, mitä yhdistykset tekevät kunnissa.",
                                 "Vi berättar med berättelser och siffror vad föreningarna gör i kommunerna.")}),
            ("goal", {"title": tr("Päättäjät tuntemaan yhdistysten arjen", "Beslutsfattarna ska känna föreningarnas vardag"),
                      "text": tr("Kutsumme valtuutetut vierailulle ja tarjoamme infopaketin talousarviokeskusteluihin.",
                                 "Vi bjuder in fullmäktigeledamöterna på besök och erbjuder ett infopaket för budgetdiskussionerna.")}),
            ("goal", {"title": tr("Uusia tekijöitä mukaan", "Nya krafter med"),
                      "text": tr("Jokainen kampanjan tarina kertoo myös, miten mukaan pääsee.",
                                 "Varje berättelse i kampanjen berättar också hur man kommer med.")}),
        ],
        intro=[
            ("text", tr(
                _p("#josmeitäeiolisi on alueen järjestöjen yhteinen kampanja. Se kysyy, mitä kunnissa jäisi tekemättä, jos "
                   "yhdistyksiä ei olisi – ja kertoo vastauksen tarinoin, tapahtumin ja luvuin."),
                _p("#josmeitäeiolisi är en gemensam kampanj för föreningarna i regionen. Den frågar vad som skulle bli ogjort "
                   "i kommunerna om föreningarna inte fanns – och berättar svaret med berättelser, evenemang och siffror."),
            )),
        ],
    )
    context.add_page(context.home, campaign)

    blog = context.add_page(campaign, CampaignBlogIndexPage(
        title=tr("#JosMeitäEiOlisi-blogi", "#JosMeitäEiOlisi-bloggen"), slug=tr("blogi", "blogg"),
        lead=tr("Tarinoita yhdistysten arjesta: mitä jäisi tekemättä, jos meitä ei olisi.",
                "Berättelser ur föreningarnas vardag: vad som skulle bli ogjort om vi inte fanns."),
    ))
    for number, post in enumerate(POSTS):
        image = context.make_image(f"Blogikuva: {post['title']}", "Piirroskuvitus: sinisiä kukkuloita.",
                                   seed=f"campaign-post-{number}", kind="landscape" if number % 2 else "network")
        context.add_page(blog, CampaignBlogPost(
            title=post["title"], slug=post["slug"], date=today - timedelta(days=post["days"]), lead=post["lead"],
            author=contacts.get(post.get("author", "")), author_name=post.get("author_name", ""),
            image=image, image_alt="Piirroskuvitus: sinisiä kukkuloita.",
            body=[("text", post["body"])],
        ))

    info = InfoPackagePage(
        title="Infopaketti päättäjille", slug="infopaketti",
        lead="Yhdistykset tuottavat hyvinvointia, jota mikään muu taho ei tuota samalla tavalla. Tähän on koottu luvut, "
             "perustelut ja yhteyshenkilöt päätöksenteon tueksi.",
        key_figures=[("figure", figure) for figure in KEY_FIGURES],
        arguments=[("argument", {"title": title, "text": text}) for title, text in ARGUMENTS],
        quotes=[("quote", {"text": text, "attribution": who, "role": role}) for text, who, role in QUOTES],
    )
    info.contacts = [_info_contact(contacts[role]) for role in ("coordinator", "agent_tampere") if role in contacts]
    context.add_page(campaign, info)

    materials_page = context.add_page(campaign, MaterialsPage(
        title=tr("Materiaalit", "Material"), slug=tr("materiaalit", "material"),
        lead=tr("Logot, julisteet, somekuvat ja esityspohjat yhdistysten omaan viestintään.",
                "Logotyper, affischer, bilder för sociala medier och presentationsmallar för föreningarnas egen kommunikation."),
        usage_terms=tr("Materiaaleja saa käyttää kampanjan viestinnässä maksutta. Mainitse kampanja: #josmeitäeiolisi.",
                       "Materialet får användas gratis i kampanjens kommunikation. Nämn kampanjen: #josmeitäeiolisi."),
    ))
    organisations_page = context.add_page(campaign, ParticipatingOrganisationsPage(
        title=tr("Kampanjan järjestöt", "Kampanjens föreningar"), slug=tr("jarjestot", "foreningar"),
        lead=tr("Nämä yhdistykset ovat mukana kampanjassa.", "De här föreningarna deltar i kampanjen."),
        join_text=tr("Kaikki alueen yhdistykset voivat liittyä kampanjaan. Mukana oleminen ei maksa mitään.",
                     "Alla föreningar i regionen kan ansluta sig till kampanjen. Det kostar ingenting att vara med."),
    ))

    # Snippets: organisations and their participation, join requests, materials.
    for (slug, name, code, field, description), key in zip(ORGANISATIONS, organisation_keys, strict=True):
        organisation, created = Organisation.objects.get_or_create(
            translation_key=key, locale=context.locale_fi,
            defaults={"name": name, "municipality": context.municipalities.get(code), "field_of_activity": field,
                      "description": description, "website": f"https://{slug}.example.fi/"},
        )
        context.counts["snippets"] += created
        Participation.objects.get_or_create(campaign=campaign, organisation=organisation)
    for name, code, field, contact_name, email, status in JOIN_REQUESTS:
        JoinRequest.objects.create(campaign=campaign, organisation_name=name, municipality=context.municipalities.get(code),
                                   field_of_activity=field, contact_name=contact_name, email=email, status=status)

    for index, (row, key) in enumerate(zip(MATERIALS, material_keys, strict=True)):
        slug, title_fi, title_sv, description_fi, description_sv, material_type, language, licence, kind = row
        preview = _material_image(title_fi, material_type, language, seed=index)
        document = None
        if kind != "image":
            document = _material_document(title_fi, kind, slug, language)
        preview_alt = f"Esikatselu: {title_fi}"
        material, created = Material.objects.get_or_create(
            translation_key=key, locale=context.locale_fi,
            defaults={"title": title_fi, "description": description_fi, "campaign": campaign, "material_type": material_type,
                      "language": language, "licence": licence, "preview_image": preview, "preview_alt": preview_alt,
                      "document": document, "sort_order": index},
        )
        context.counts["snippets"] += created
        context.translate_to_swedish(material, {title_fi: title_sv, description_fi: description_sv,
                                                preview_alt: f"Förhandsvisning: {title_sv}"})

    context.translate_to_swedish(campaign, sv)
    for page in (blog, materials_page, organisations_page):
        context.translate_to_swedish(page, sv)
    context.log(f"Campaign {HASHTAG}: {len(POSTS)} posts, {len(MATERIALS)} materials, {len(ORGANISATIONS)} organisations.")


def _info_contact(person):
    from .models import InfoPackageContact

    return InfoPackageContact(person=person)


# Generated files ------------------------------------------------------------------------

TEAL = (0, 95, 102)
WHITE = (255, 255, 255)
SIZES = {"logo": (600, 600), "poster": (566, 800), "social_image": (1080, 1080), "presentation": (800, 450)}


def _font(size):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without scalable default font
        return ImageFont.load_default()


def materials_collection():
    """Material files live in their own collection below "Demo", in the sizes each type needs."""
    parent = demo_collection()
    return parent.get_children().filter(name=MATERIALS_COLLECTION).first() or parent.add_child(name=MATERIALS_COLLECTION)


def _material_image(title, material_type, language, seed):
    """A preview (and for image materials the file itself): the hashtag on the campaign colour."""
    image_model = get_image_model()
    collection = materials_collection()
    image_title = f"{DOCUMENT_PREFIX}{title}"
    existing = image_model.objects.filter(collection=collection, title=image_title).first()
    if existing is not None:
        return existing
    width, height = SIZES[material_type]
    canvas = PILImage.new("RGB", (width, height), TEAL if seed % 2 == 0 else (0, 52, 121))
    draw = ImageDraw.Draw(canvas)
    draw.ellipse([width * 0.1, height * 0.1, width * 0.9, height * 0.9], outline=WHITE, width=max(width // 60, 4))
    text = "#josmeitäeiolisi" if language != "sv" else "#omviintefanns"
    font = _font(max(width // 12, 18))
    box = draw.textbbox((0, 0), text, font=font)
    draw.text(((width - (box[2] - box[0])) / 2, (height - (box[3] - box[1])) / 2), text, fill=WHITE, font=font)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    image = image_model(title=image_title, description=f"Esikatselu: {title}", collection=collection)
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name=f"campaign-material-{seed}.png")
    image._set_image_file_metadata()
    image.save()
    return image


def _material_document(title, kind, slug, language):
    document_model = get_document_model()
    document_title = f"{DOCUMENT_PREFIX}{title}"
    existing = document_model.objects.filter(title=document_title).first()
    if existing is not None:
        return existing
    lines = [HASHTAG, title, "Demo: kampanjan esimerkkimateriaali." if language != "sv" else "Demo: exempelmaterial för kampanjen."]
    if kind == "odp":
        content, name = minimal_odp(lines), f"{slug}.odp"
    else:
        content, name = minimal_pdf(lines), f"{slug}.pdf"
    document = document_model(title=document_title, collection=materials_collection())
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


def minimal_pdf(lines):
    """A one-page A4 PDF with the lines in Helvetica (WinAnsi covers ä, ö, å)."""
    text_ops = ["BT", "/F1 28 Tf", "60 760 Td", "34 TL"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text_ops.append(f"({safe}) Tj T*")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    output = io.BytesIO()
    output.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = output.tell()
    output.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        output.write(f"{offset:010d} 00000 n \n".encode())
    output.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return output.getvalue()


def minimal_odp(lines):
    """A one-slide OpenDocument presentation with the lines as text."""
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in lines)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3">'
        "<office:body><office:presentation><draw:page draw:name=\"1\">"
        '<draw:frame svg:x="2cm" svg:y="2cm" svg:width="24cm" svg:height="12cm"><draw:text-box>'
        f"{paragraphs}</draw:text-box></draw:frame></draw:page></office:presentation></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.presentation"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.presentation", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
