"""A space page: facts grouped with accessibility first-class, directions, JSON-LD, plugin sections."""

import json
import re
from datetime import date, time
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from wagtail import hooks

from premises.models import PremisesOpeningException, PremisesOpeningHours, PremisesPage
from tests.factories import ContactPersonFactory
from tests.premises.conftest import add_space


@pytest.fixture
def hall(spaces):
    page = spaces["hall"]
    page.operator = "Esimerkkiyhdistys ry"
    page.accessibility_notes = "Ovet avautuvat painonapista."
    page.price_notes = "Siivousmaksu 30 €."
    page.booking_instructions = "<p>Varaa sähköpostitse.</p>"
    page.booking_url = "https://varaamo.example.fi/"
    page.terms_of_use = "<p>Siivoa jälkesi.</p>"
    page.contact_person = ContactPersonFactory(name="Aino Mallinen", email="aino.mallinen@example.fi")
    page.opening_hours.add(PremisesOpeningHours(weekday=0, opens=time(8), closes=time(21)))
    page.opening_exceptions.add(PremisesOpeningException(date=date(2030, 12, 24), closed=True, note="Jouluaatto"))
    page.save_revision().publish()
    return page


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_space_page_shows_every_fact_in_groups_with_accessibility_first_class(client, hall):
    response = client.get("/fi/tilat/iso-sali/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        "Esimerkinkatu 1", "33100 Tampere", "Esimerkkiyhdistys ry", "120 henkilöä", "200 m²",
        "Esteetön sisäänkäynti: <strong>kyllä</strong>", "Esteetön pysäköinti: <strong>ei</strong>",
        "Ovet avautuvat painonapista.", "Kokoukset", "Juhlat", "Videotykki", "Keittiö",
        "maanantai", "08.00–21.00", "24.12.2030", "Jouluaatto",
        "Maksuton rekisteröidyille yhdistyksille", "Siivousmaksu 30 €.", "Varaa sähköpostitse.",
        'href="https://varaamo.example.fi/"', "Aino Mallinen", "Siivoa jälkesi.",
    ]:
        assert text in html, text
    headings = re.findall(r"<h2 id=\"premises-[a-z]+\">([^<]+)</h2>", html)
    assert headings[:2] == ["Sijainti ja koko", "Esteettömyys"]
    assert "Käyttöehdot" in headings and "Näin varaat" in headings and "Hinta" in headings


def test_space_page_links_to_directions(client, hall):
    html = client.get("/fi/tilat/iso-sali/").content.decode()
    assert 'href="https://www.openstreetmap.org/directions?route=%3B61.498150%2C23.761025"' in html


def test_space_page_has_place_json_ld(client, hall):
    data = json_ld(client.get("/fi/tilat/iso-sali/").content.decode())
    assert data["@type"] == "Place"
    assert data["name"] == "Iso sali"
    assert data["address"]["postalCode"] == "33100"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 61.49815, "longitude": 23.761025}
    assert data["maximumAttendeeCapacity"] == 120
    assert data["openingHoursSpecification"][0]["dayOfWeek"] == "https://schema.org/Monday"
    features = {feature["name"]: feature["value"] for feature in data["amenityFeature"]}
    assert features["Esteetön sisäänkäynti"] is True and features["Esteetön pysäköinti"] is False


def test_plugins_add_sections_to_a_space_page_through_a_hook(client, hall):
    def upcoming_events(request, page):
        return (10, format_html("<section><h2>Tulevat tapahtumat: {}</h2></section>", page.title))

    with hooks.register_temporarily("premises_page_sections", upcoming_events):
        html = client.get("/fi/tilat/iso-sali/").content.decode()
    assert "<h2>Tulevat tapahtumat: Iso sali</h2>" in html


def test_translated_space_shows_equipment_in_its_language(client, spaces):
    from tests.conftest import publish_translation

    publish_translation(spaces["club"], spaces["locale_sv"], title="Klubbrummet", slug="klubbrummet")
    html = client.get("/sv/lokaler/klubbrummet/").content.decode()
    assert "Projektor" in html and "Videotykki" not in html
    # The copy still points at the Finnish municipality; the page shows its translation.
    assert "<dd>Tammerfors</dd>" in html


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"latitude": Decimal("45.0")}, "latitude"),
        ({"longitude": Decimal("40.0")}, "longitude"),
        ({"postal_code": "331"}, "postal_code"),
        ({"capacity": 0}, "capacity"),
    ],
)
def test_implausible_values_are_rejected(premises_tree, fields, error_field):
    page = PremisesPage(title="Tila", slug="tila", locale=premises_tree["index_fi"].locale, municipality=premises_tree["tampere"],
                        street_address="Katu 1", postal_code="33100", town="Tampere", capacity=10,
                        latitude=Decimal("61.5"), longitude=Decimal("23.7"))
    for name, value in fields.items():
        setattr(page, name, value)
    with pytest.raises(ValidationError) as error:
        premises_tree["index_fi"].add_child(instance=page)
    assert error_field in error.value.message_dict


def test_coordinates_come_in_pairs(premises_tree):
    with pytest.raises(ValidationError):
        add_space(premises_tree["index_fi"], title="Puolikas", municipality=premises_tree["tampere"], longitude=None)


def test_closing_time_must_follow_opening_time():
    with pytest.raises(ValidationError):
        PremisesOpeningHours(weekday=0, opens=time(20), closes=time(8)).clean()


def test_editor_creates_a_space_in_the_admin_and_ticks_equipment_of_its_language(client, premises_tree, editor):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    client.force_login(editor)
    index = premises_tree["index_fi"]
    add_url = f"/admin/pages/add/premises/premisespage/{index.pk}/"
    form_page = client.get(add_url).content.decode()
    assert "Videotykki" in form_page and "Projektor" not in form_page
    data = nested_form_data({
        "title": "Uusi sali", "slug": "uusi-sali", "lead": "Kuvaus.", "operator": "Yhdistys ry",
        "municipality": premises_tree["tampere"].pk, "street_address": "Katu 1", "postal_code": "33100",
        "town": "Tampere", "latitude": "61.5", "longitude": "23.7", "capacity": "30", "area": "",
        "step_free_entrance": "on", "accessibility_notes": "",
        "opening_hours": inline_formset([{"weekday": "0", "opens": "08:00", "closes": "16:00"}]),
        "opening_exceptions": inline_formset([]), "opening_hours_notes": "", "price_per_hour": "",
        "price_notes": "", "booking_instructions": rich_text("<p>Soita.</p>"), "booking_url": "",
        "contact_person": "", "terms_of_use": rich_text(""), "photos": inline_formset([]),
        "action-publish": "publish",
    })
    data["equipment"] = [premises_tree["projector"].pk]
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = PremisesPage.objects.get(slug="uusi-sali")
    assert page.live and page.step_free_entrance and list(page.equipment.all()) == [premises_tree["projector"]]
    assert page.opening_hours.get().opens == time(8)
