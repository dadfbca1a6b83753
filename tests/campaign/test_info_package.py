"""The info package for decision makers: key figures, arguments, quotes, contacts, PDF."""

import io

import pytest
from pypdf import PdfReader

from campaign import pdf as campaign_pdf
from campaign.models import InfoPackageContact
from tests.conftest import publish_translation

pytestmark = pytest.mark.django_db


def pdf_text(content):
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_info_package_shows_figures_with_sources_and_illustrative_marks(client, campaign_tree, person):
    info = campaign_tree["info"]
    info.contacts.add(InfoPackageContact(person=person))
    info.save_revision().publish()
    html = client.get("/fi/josmeitaeiolisi/infopaketti/").text
    assert "5\xa0200" in html  # grouped the Finnish way
    assert "yhdistystä" in html and "edustajaa" in html
    assert "Lähde: Hyvinvointialueen päätös 29.11.2023" in html
    assert "Esimerkkiluku, ei tilasto." in html  # the illustrative figure is marked
    assert "Pieni avustus tuottaa paljon." in html
    assert "Ilman kerhoa olisin yksin." in html
    assert "Maija Esimerkki" in html
    assert 'href="/fi/josmeitaeiolisi/infopaketti/pdf/"' in html


def test_pdf_is_produced_from_the_page_and_contains_its_title(client, campaign_tree):
    response = client.get("/fi/josmeitaeiolisi/infopaketti/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="infopaketti.pdf"'
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    assert "Infopaketti päättäjille" in text
    assert "Tunnusluvut" in text  # interface strings in Finnish
    assert "Pieni avustus tuottaa paljon." in text


def test_swedish_pdf_is_in_swedish(client, campaign_tree):
    publish_translation(campaign_tree["campaign"], campaign_tree["home_sv"].locale, title="Om vi inte fanns", slug="omvi")
    info_sv = publish_translation(campaign_tree["info"], campaign_tree["home_sv"].locale, title="Infopaket för beslutsfattare",
                                  slug="infopaket")
    response = client.get(info_sv.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Language"] == "sv"
    text = pdf_text(response.content)
    assert "Infopaket för beslutsfattare" in text
    assert "Nyckeltal" in text


def test_missing_pdf_libraries_give_a_clear_503_page(client, campaign_tree, monkeypatch):
    def missing():
        raise campaign_pdf.PdfUnavailable("cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr(campaign_pdf, "load_weasyprint", missing)
    response = client.get("/fi/josmeitaeiolisi/infopaketti/pdf/")
    assert response.status_code == 503
    assert "PDF-versio ei ole juuri nyt saatavilla" in response.text
    assert 'href="/fi/josmeitaeiolisi/infopaketti/"' in response.text


def test_draft_info_package_has_no_pdf(client, campaign_tree):
    info = campaign_tree["info"]
    info.unpublish()
    assert client.get("/fi/josmeitaeiolisi/infopaketti/pdf/").status_code == 404
