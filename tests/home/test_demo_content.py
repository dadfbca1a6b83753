"""`manage.py load_demo`: a Finnish hub site with its Swedish translation.

The demo is loaded once per module inside a transaction that is rolled back at
the end, so other test modules start from an empty database.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision, Site
from wagtail_localize.models import Translation, TranslationSource

from home.demo import DEMO_COLLECTION, DemoContentError, demo_key, translate_to_swedish
from home.models import (
    ContactPerson,
    HomePage,
    Municipality,
    Organisation,
    SiteSettings,
    StandardPage,
)

PAGES = [
    # (Finnish URL, Finnish title, Swedish URL, Swedish title)
    ("/fi/", "Järjestöt ja kunnat – yhdessä enemmän", "/sv/", "Föreningar och kommuner – starkare tillsammans"),
    (
        "/fi/mita-jarjestotoiminta-on/",
        "Mitä järjestötoiminta on?",
        "/sv/vad-ar-foreningsverksamhet/",
        "Vad är föreningsverksamhet?",
    ),
    ("/fi/yhteistyo-ja-verkostot/", "Yhteistyö ja verkostot", "/sv/samarbete-och-natverk/", "Samarbete och nätverk"),
    (
        "/fi/yhteistyo-ja-verkostot/jarjestoyhteistyoryhma/",
        "Järjestöyhteistyöryhmä",
        "/sv/samarbete-och-natverk/samarbetsgruppen-for-foreningar/",
        "Samarbetsgruppen för föreningar",
    ),
    (
        "/fi/yhteistyo-ja-verkostot/jarjestofoorumit/",
        "Järjestöfoorumit",
        "/sv/samarbete-och-natverk/foreningsforum/",
        "Föreningsforum",
    ),
    ("/fi/yhteys/", "Yhteys", "/sv/kontakt/", "Kontakt"),
    (
        "/fi/saavutettavuusseloste/",
        "Saavutettavuusseloste",
        "/sv/tillganglighetsutlatande/",
        "Tillgänglighetsutlåtande",
    ),
    ("/fi/tietosuojaseloste/", "Tietosuojaseloste", "/sv/dataskyddsbeskrivning/", "Dataskyddsbeskrivning"),
]


def load_demo(*args):
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def content_counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "municipalities": Municipality.objects.count(),
        "organisations": Organisation.objects.count(),
        "contacts": ContactPerson.objects.count(),
        "translations": Translation.objects.count(),
        "sources": TranslationSource.objects.count(),
    }


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        with transaction.atomic():
            output = load_demo()
            yield output
            transaction.set_rollback(True)
    # Wagtail caches the site root paths of the pages just rolled back.
    Site.clear_site_root_paths_cache()


def html_title(response):
    return response.content.decode().split("<title>", 1)[1].split("</title>", 1)[0]


pytestmark = pytest.mark.django_db


def test_load_demo_summarises_what_it_created(demo_output):
    assert "Demo content created" in demo_output
    # Plugins add pages through the same helpers, so the expected numbers are counted.
    finnish = Page.objects.filter(depth__gt=1, locale__language_code="fi").count()
    swedish = Page.objects.filter(depth__gt=1, locale__language_code="sv").count()
    assert finnish >= 8 and swedish >= 8
    assert f"{finnish} Finnish, {swedish} Swedish translations" in demo_output


def test_a_second_run_creates_nothing(demo_output):
    before = content_counts()

    output = load_demo()

    assert "already loaded" in output
    assert content_counts() == before


def test_the_finnish_home_page_is_the_default_site_root(demo_output):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 80)
    assert isinstance(site.root_page.specific, HomePage)
    assert (site.root_page.slug, site.root_page.locale.language_code) == ("etusivu", "fi")
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


@pytest.mark.parametrize(("fi_url", "fi_title", "sv_url", "sv_title"), PAGES)
def test_each_page_is_live_in_finnish_and_swedish(client, demo_output, fi_url, fi_title, sv_url, sv_title):
    finnish = client.get(fi_url)
    swedish = client.get(sv_url)

    assert finnish.status_code == 200
    assert swedish.status_code == 200
    assert f">{fi_title}</h1>" in finnish.content.decode()
    assert f">{sv_title}</h1>" in swedish.content.decode()
    assert '<html lang="sv">' in swedish.content.decode()


def test_home_pages_have_titles_hero_highlights_and_contacts(client, demo_output):
    finnish = client.get("/fi/").content.decode()
    swedish = client.get("/sv/")

    assert html_title(swedish) == "Startsida – Föreningshubben Yhdessä"
    swedish = swedish.content.decode()
    assert 'href="/fi/mita-jarjestotoiminta-on/">Lue, mitä järjestötoiminta on</a>' in finnish
    assert 'href="/sv/vad-ar-foreningsverksamhet/">Läs vad föreningsverksamhet är</a>' in swedish
    assert finnish.count('class="card"') == 4
    group_card = '<a href="/sv/samarbete-och-natverk/samarbetsgruppen-for-foreningar/">Samarbetsgruppen för föreningar</a>'
    assert group_card in swedish
    assert "Maija Esimerkki" in swedish and "Föreningskoordinator" in swedish


def test_every_page_and_snippet_has_a_complete_wagtail_localize_translation(demo_output):
    finnish_objects = [
        # The core's pages; plugins' demo content has its own tests.
        *Page.objects.filter(locale__language_code="fi", depth__gt=1, content_type__app_label="home").specific(),
        *Municipality.objects.filter(locale__language_code="fi"),
        # The hub's own organisation; plugins may add organisations of their own (campaign).
        *Organisation.objects.filter(locale__language_code="fi", translation_key=demo_key("organisation:hub")),
        *ContactPerson.objects.filter(locale__language_code="fi"),
    ]
    assert len(finnish_objects) == 8 + 10 + 1 + 4

    for obj in finnish_objects:
        translation = Translation.objects.get(
            source__object_id=obj.translation_key, source__locale__language_code="fi", target_locale__language_code="sv"
        )
        total, translated = translation.get_progress()
        assert translation.enabled
        assert total == translated > 0, obj
        assert translation.get_target_instance().translation_key == obj.translation_key


def test_swedish_pages_are_translations_of_their_finnish_source(demo_output):
    translated_pages = {
        translation.get_target_instance().url_path
        for translation in Translation.objects.filter(target_locale__language_code="sv")
        if translation.source.specific_content_type.model in {"homepage", "standardpage"}
    }

    assert translated_pages == {
        page.url_path
        for page in Page.objects.filter(locale__language_code="sv", depth__gt=1, content_type__app_label="home")
    }
    assert "/startsida/vad-ar-foreningsverksamhet/" in translated_pages


def test_swedish_snippets_have_swedish_names(demo_output):
    assert Municipality.objects.get(locale__language_code="sv", code="837").name == "Tammerfors"
    assert Municipality.objects.get(locale__language_code="sv", code="604").name == "Birkala"
    assert Organisation.objects.get(locale__language_code="sv").name == "Föreningshubben Yhdessä"
    assert set(
        ContactPerson.objects.filter(locale__language_code="sv").values_list("job_title", flat=True)
    ) == {"Föreningskoordinator", "Föreningsagent", "Kommunikationsplanerare"}


def test_swedish_table_and_faq_are_in_swedish(client, demo_output):
    page = client.get("/sv/vad-ar-foreningsverksamhet/").content.decode()

    assert "Samarbetsform" in page and "Yhteistyön muoto" not in page
    assert "Hur grundar jag en förening?" in page
    assert "Föreningsagenternas rådgivning" in page


def test_demo_people_are_fictional(demo_output):
    for person in ContactPerson.objects.all():
        assert person.email.endswith("@example.fi")
        assert person.phone.startswith("040 000 ")
        assert person.photo is not None


def test_municipalities_have_their_official_codes(demo_output):
    codes = dict(Municipality.objects.filter(locale__language_code="fi").values_list("name", "code"))
    assert codes == {
        "Tampere": "837",
        "Nokia": "536",
        "Ylöjärvi": "980",
        "Kangasala": "211",
        "Lempäälä": "418",
        "Pirkkala": "604",
        "Valkeakoski": "908",
        "Sastamala": "790",
        "Orivesi": "562",
        "Mänttä-Vilppula": "508",
    }


def test_site_settings_link_the_statement_and_footer_pages(client, demo_output):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.organisation.name == "Järjestöhubi Yhdessä"
    assert settings.accessibility_statement.slug == "saavutettavuusseloste"
    assert [link.page.slug for link in settings.footer_links.all()] == ["tietosuojaseloste", "yhteys"]
    assert settings.email.endswith("@example.fi") and settings.facebook_url

    footer = client.get("/sv/").content.decode().split('class="site-footer"', 1)[1]
    assert 'href="/sv/tillganglighetsutlatande/"' in footer
    assert 'href="/sv/dataskyddsbeskrivning/"' in footer
    assert "33100 Tammerfors" in footer


def test_statement_and_privacy_notice_are_in_the_footer_not_the_menu(demo_output):
    finnish = StandardPage.objects.filter(locale__language_code="fi")
    in_menu = set(finnish.filter(show_in_menus=True).values_list("slug", flat=True))

    assert {"mita-jarjestotoiminta-on", "yhteistyo-ja-verkostot", "yhteys"} <= in_menu
    assert not in_menu & {"saavutettavuusseloste", "tietosuojaseloste"}
    assert all(page.search_description for page in StandardPage.objects.all())


def test_accessibility_statement_has_what_the_act_requires(client, demo_output):
    page = StandardPage.objects.get(slug="saavutettavuusseloste")
    html = client.get("/fi/saavutettavuusseloste/").content.decode()

    assert page.last_reviewed is not None
    for required in [
        "306/2019",
        "täyttää saavutettavuusvaatimukset osittain",
        "Sisällöt, jotka eivät ole saavutettavia",
        "Miten saavutettavuutta on arvioitu",
        "saavutettavuus@example.fi",
        "Lupa- ja valvontavirasto",
        "https://www.saavutettavuusvaatimukset.fi/",
    ]:
        assert required in html, required
    assert "Tillstånds- och tillsynsverket" in client.get("/sv/tillganglighetsutlatande/").content.decode()


def test_privacy_notice_lists_only_necessary_cookies_and_retention(client, demo_output):
    html = client.get("/fi/tietosuojaseloste/").content.decode()

    for cookie in ["sessionid", "csrftoken", "language"]:
        assert f"<b>{cookie}</b>" in html
    assert "Säilytysajat" in html
    assert "analytiikka" in html


def test_demo_images_are_generated_with_descriptions(demo_output):
    collection = Collection.objects.get(name=DEMO_COLLECTION)
    images = get_image_model().objects.filter(collection=collection)

    assert images.count() >= 10  # the core's ten, and whatever plugins generate
    assert all(image.description for image in images)
    assert {(image.width, image.height) for image in images} == {(1600, 900), (400, 400)}
    assert HomePage.objects.get(locale__language_code="fi").hero_image.collection == collection


def test_missing_swedish_text_fails_loudly(demo_output):
    page = StandardPage.objects.get(slug="yhteys")
    page.get_translations().delete()

    with pytest.raises(DemoContentError, match="Missing from the mapping"):
        translate_to_swedish(page, {"Yhteys": "Kontakt"})


def test_plugins_add_demo_content_through_the_hook(client, demo_output):
    seen = []

    def add_page(context):
        seen.append(context)
        page = context.add_page(
            context.home, StandardPage(title="Tilat", slug="tilat", lead="Tiloja yhdistyksille.", show_in_menus=True)
        )
        page.social_image = context.make_image("Tilat", "Abstrakti maisema.", seed="premises")
        page.save_revision().publish()
        context.translate_to_swedish(
            page, {"Tilat": "Lokaler", "tilat": "lokaler", "Tiloja yhdistyksille.": "Lokaler för föreningar."}
        )

    with hooks.register_temporarily("load_demo_content", add_page):
        load_demo()

    [context] = seen
    assert not context.core_created
    assert context.home.slug == "etusivu"
    assert context.locale_sv.language_code == "sv"
    assert set(context.contacts) == {"coordinator", "agent_tampere", "agent_region", "communications"}
    assert context.municipalities["837"].name == "Tampere"
    assert context.pages["accessibility"].slug == "saavutettavuusseloste"
    response = client.get("/sv/lokaler/")
    assert response.status_code == 200
    assert "Lokaler för föreningar." in response.content.decode()


def test_reset_deletes_and_rebuilds_the_demo(client, demo_output):
    before = content_counts()
    old_home = HomePage.objects.get(locale__language_code="fi")

    output = load_demo("--reset")

    assert "Deleted the demo content" in output
    assert "Demo content created" in output
    after = content_counts()
    for kind in ["pages", "images", "municipalities", "organisations", "contacts", "translations"]:
        assert after[kind] == before[kind], kind
    assert not HomePage.objects.filter(pk=old_home.pk).exists()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.root_page.slug) == ("localhost", "etusivu")
    assert client.get("/fi/").status_code == 200
    assert client.get("/sv/samarbete-och-natverk/foreningsforum/").status_code == 200
