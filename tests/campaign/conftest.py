"""Campaign fixtures: a Finnish campaign with its sub-pages, built as editors build them."""

from datetime import date, timedelta

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file

from campaign.models import (
    CampaignBlogIndexPage,
    CampaignBlogPost,
    CampaignPage,
    InfoPackagePage,
    Material,
    MaterialsPage,
    Participation,
    ParticipatingOrganisationsPage,
)
from home.models import Municipality, Organisation
from tests.conftest import publish_translation
from tests.factories import ContactPersonFactory


def publish(parent, page):
    """A live page added the quick way (no revision), as a published page looks to visitors."""
    page.locale = parent.locale
    parent.add_child(instance=page)
    return page


def add_draft(parent, page):
    page.live = False
    parent.add_child(instance=page)
    page.save_revision()
    return page


def add_post(blog, title, days_ago=0, **fields):
    slug = fields.pop("slug", None) or title.lower().replace(" ", "-")
    return publish(blog, CampaignBlogPost(title=title, slug=slug, date=date.today() - timedelta(days=days_ago),
                                          lead=f"{title}: ingressi.", **fields))


def make_image(title="Kuva"):
    from wagtail.images import get_image_model
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:  # flushed by a transactional test
        Collection.add_root(name="Root")
    return get_image_model().objects.create(title=title, file=get_test_image_file())


def make_document(title="Juliste", name="juliste.pdf", content=b"%PDF-1.4 demo"):
    document = get_document_model()(title=title)
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


@pytest.fixture
def campaign_tree(site_tree):
    return build_campaign_tree(site_tree)


def build_campaign_tree(site_tree):
    home_fi = site_tree["home_fi"]
    campaign = publish(home_fi, CampaignPage(
        title="Jos meitä ei olisi", slug="josmeitaeiolisi", hashtag="#josmeitäeiolisi",
        key_message="Yhdistykset tekevät kunnista asumisen arvoisia.", starts_on=date(2025, 3, 1), ends_on=date(2025, 12, 31),
        theme_colour="teal",
        goals=[("goal", {"title": "Järjestöjen työ näkyväksi", "text": "Kerromme tarinoin."})],
    ))
    blog = publish(campaign, CampaignBlogIndexPage(title="Kampanjablogi", slug="blogi", lead="Tarinoita."))
    info = publish(campaign, InfoPackagePage(
        title="Infopaketti päättäjille", slug="infopaketti", lead="Luvut ja perustelut päättäjille.",
        key_figures=[
            ("figure", {"number": "5200", "unit": "yhdistystä", "explanation": "toimii alueella.", "source": "",
                        "source_url": "", "is_illustrative": True}),
            ("figure", {"number": "19", "unit": "edustajaa", "explanation": "istuu yhteistyöryhmässä.",
                        "source": "Hyvinvointialueen päätös 29.11.2023", "source_url": "", "is_illustrative": False}),
        ],
        arguments=[("argument", {"title": "Pieni avustus tuottaa paljon.", "text": "<p>Perustelu.</p>"})],
        quotes=[("quote", {"text": "Ilman kerhoa olisin yksin.", "attribution": "Kerholainen", "role": ""})],
    ))
    materials_page = publish(campaign, MaterialsPage(title="Materiaalit", slug="materiaalit"))
    organisations_page = publish(campaign, ParticipatingOrganisationsPage(title="Kampanjan järjestöt", slug="jarjestot",
                                                                          join_text="Kaikki yhdistykset voivat liittyä."))
    tampere = Municipality.objects.create(name="Tampere", code="837", locale=home_fi.locale)
    nokia = Municipality.objects.create(name="Nokia", code="536", locale=home_fi.locale)
    tampere_sv = tampere.copy_for_translation(site_tree["home_sv"].locale)
    tampere_sv.name = "Tammerfors"
    tampere_sv.save()
    return {
        **site_tree,
        "campaign": campaign,
        "blog": blog,
        "info": info,
        "materials_page": materials_page,
        "organisations_page": organisations_page,
        "tampere": tampere,
        "tampere_sv": tampere_sv,
        "nokia": nokia,
    }


@pytest.fixture
def campaign_sv(campaign_tree):
    """The campaign landing and its organisations page in Swedish."""
    locale_sv = campaign_tree["home_sv"].locale
    landing = publish_translation(campaign_tree["campaign"], locale_sv, title="Om vi inte fanns", slug="omviintefanns",
                                  key_message="Föreningarna gör kommunerna värda att bo i.")
    organisations = publish_translation(campaign_tree["organisations_page"], locale_sv, title="Kampanjens föreningar",
                                        slug="foreningar")
    return {**campaign_tree, "campaign_sv": landing, "organisations_sv": organisations}


def add_organisation(campaign, name, municipality=None, field="Liikunta", **fields):
    organisation = Organisation.objects.create(name=name, municipality=municipality, field_of_activity=field,
                                               locale=campaign.locale, **fields)
    Participation.objects.create(campaign=campaign, organisation=organisation)
    return organisation


def add_material(campaign, title, material_type="poster", language="fi", document=True, **fields):
    return Material.objects.create(
        title=title, campaign=campaign, material_type=material_type, language=language, locale=campaign.locale,
        preview_image=fields.pop("preview_image", None) or make_image(f"Esikatselu {title}"), preview_alt=f"Esikatselu: {title}",
        document=make_document(title, f"{title.lower().replace(' ', '-')}.pdf") if document else None, **fields,
    )


@pytest.fixture
def person(db):
    return ContactPersonFactory(name="Maija Esimerkki", job_title="Järjestökoordinaattori")
