"""Search fixtures: Finnish and Swedish pages published as editors publish them, and the search pages."""

import pytest
from django.utils.text import slugify
from wagtail.models import Page

from search import analysis
from search.indexing import rebuild
from search.models import SearchPage
from tests.conftest import publish_translation
from tests.factories import StandardPageFactory

FINNISH_PAGES = {
    "grants": ("Avustukset yhdistyksille", "Kaupunki myöntää yhdistyksille toiminta-avustuksia ja kohdeavustuksia.", "Hae avustusta sähköisellä lomakkeella."),
    "premises": ("Yhdistystilat", "Kokoustiloja ja harrastustiloja yhdistysten käyttöön.", "Tiloissa on esteetön sisäänkäynti ja induktiosilmukka."),
    "agent": ("Järjestöagentin opas", "Oppaassa kerrotaan, miten järjestöagentti tukee yhdistyksiä.", "Agentti neuvoo puhelimitse."),
    "group": ("Järjestöyhteistyöryhmä", "Ryhmä kokoontuu neljästi vuodessa.", "Mukana on edustajia eri puolilta maakuntaa."),
    "contacts": ("Kuntien yhdyshenkilöt", "Jokaisessa kunnassa on nimetty yhdyshenkilö.", "Yhdyshenkilö välittää tietoa kunnille ja järjestöille."),
    "volunteers": ("Vapaaehtoistoiminta", "Vapaaehtoiset ovat järjestöjen voimavara.", "Ilmoittaudu mukaan lomakkeella."),
    "county": ("Hyvinvointialueen kumppanuus", "Pirkanmaan hyvinvointialue tekee yhteistyötä järjestöjen kanssa.", "Kumppanuuspöydät kokoontuvat keväällä."),
    "forums": ("Järjestöfoorumit", "Foorumeissa järjestöt ja päättäjät tapaavat.", "Seuraava foorumi pidetään syksyllä."),
    "newsletter": ("Uutiskirje", "Tilaa uutiskirje, niin saat uutiset sähköpostiisi.", "Kirje ilmestyy kerran kuussa."),
    "youth": ("Nuorisotilat Tampereella", "Nuorisotiloissa on iltaisin avointa toimintaa.", "Tilat ovat maksuttomia."),
    "calendar": ("Tapahtumakalenteri", "Tulevat tapahtumat yhdellä sivulla.", "Lisää oma tapahtumasi kalenteriin."),
    "training": ("Koulutukset yhdistysaktiiveille", "Koulutuksissa opitaan hallitustyötä ja talousasioita.", "Koulutuksiin ilmoittaudutaan verkossa."),
    "booking": ("Kokoustilan varaaminen", "Näin varaat kokoustilan verkossa.", "Varaus vahvistetaan sähköpostilla."),
    "projects": ("Hankkeet", "Käynnissä olevat hankkeet ja hankkeiden yhteystiedot.", "Hankkeita rahoittaa maakunta."),
}

SWEDISH_PAGES = {
    "grants": ("Understöd för föreningar", "Staden beviljar föreningar verksamhetsbidrag.", "Ansök om understöd med en blankett."),
    "premises": ("Föreningslokaler", "Mötesrum och lokaler för föreningarnas verksamhet.", "Lokalerna är tillgängliga."),
    "group": ("Samarbetsgruppen för föreningar", "Gruppen träffas fyra gånger per år.", "Representanter från hela landskapet."),
    "volunteers": ("Frivilligverksamhet", "Frivilliga är föreningarnas styrka.", "Anmäl dig med blanketten."),
    "county": ("Välfärdsområdets partnerskap", "Välfärdsområdet samarbetar med organisationer.", "Partnerskapsborden träffas på våren."),
    "training": ("Utbildningar", "Utbildningar för styrelsemedlemmar.", "Anmälan sker på nätet."),
    "newsletter": ("Nyhetsbrev", "Beställ nyhetsbrevet och få nyheterna per e-post.", "Brevet kommer ut en gång i månaden."),
}


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


def add_standard_page(parent, title, lead="", body_text="", **fields):
    page = StandardPageFactory(parent=parent, title=title, slug=slugify(title)[:50], lead=lead, **fields)
    page.body = [("text", f"<p>{body_text}</p>")] if body_text else []
    return publish(page)


@pytest.fixture(params=["fallback", "auto"])
def analyzer_mode(request):
    """Runs a test with the Snowball fallback and with the analyser this machine has (Voikko when installed)."""
    analysis.use_fallback(request.param == "fallback")
    yield request.param
    analysis.use_fallback(False)


@pytest.fixture
def fallback_analyzer():
    analysis.use_fallback(True)
    yield
    analysis.use_fallback(False)


def build_site(site_tree, fi_keys, sv_keys):
    home_fi, home_sv = site_tree["home_fi"], site_tree["home_sv"]
    home_fi = publish(home_fi)  # the factory saves it live without publishing
    search_fi = SearchPage(title="Haku", slug="haku", suggestions="avustukset\nyhdistystilat")
    home_fi.add_child(instance=search_fi)
    search_fi = publish(search_fi)
    search_sv = publish_translation(search_fi, home_sv.locale, title="Sök", slug="sok", suggestions="understöd")
    fi = {key: add_standard_page(home_fi, *FINNISH_PAGES[key]) for key in fi_keys}
    sv = {key: add_standard_page(home_sv, *SWEDISH_PAGES[key]) for key in sv_keys}
    return {**site_tree, "search_fi": search_fi, "search_sv": search_sv, "fi": fi, "sv": sv}


@pytest.fixture
def search_site(site_tree):
    """The search pages /fi/haku/ and /sv/sok/ with every Finnish and Swedish content page."""
    return build_site(site_tree, FINNISH_PAGES, SWEDISH_PAGES)


@pytest.fixture
def small_site(site_tree):
    """The search pages with a few content pages: enough for behaviour that is not about language."""
    return build_site(site_tree, ["grants", "premises", "group"], ["grants"])


@pytest.fixture
def indexed_site(search_site, analyzer_mode):
    """The search site indexed with the analyser of ``analyzer_mode``."""
    rebuild()
    return search_site


def result_titles(response):
    return [hit["title"] for hit in response.context["listing"].hits]


def live_page(pk):
    return Page.objects.get(pk=pk)
