"""Premises fixtures: an index per language and spaces built as editors build them."""

from decimal import Decimal

import pytest
from wagtail.models import Locale

from home.models import Municipality
from premises.models import Equipment, PremisesIndexPage, PremisesPage
from tests.conftest import publish_translation

DEFAULTS = {
    "street_address": "Esimerkinkatu 1",
    "postal_code": "33100",
    "town": "Tampere",
    "capacity": 20,
    "latitude": Decimal("61.498150"),
    "longitude": Decimal("23.761025"),
}


def add_space(index, *, equipment=(), publish=True, **fields):
    """A PremisesPage below ``index``, published unless ``publish`` is False."""
    values = {**DEFAULTS, **fields}
    values.setdefault("slug", values["title"].lower().replace(" ", "-"))
    page = PremisesPage(locale=index.locale, **values)
    page.equipment = list(equipment)
    index.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    else:
        page.live = False
        page.save_revision()
        page.save()
    page.refresh_from_db()
    return page


@pytest.fixture
def premises_tree(site_tree):
    locale_fi = site_tree["home_fi"].locale
    locale_sv = site_tree["home_sv"].locale
    index_fi = PremisesIndexPage(title="Tilat", slug="tilat", lead="Tiloja yhdistyksille.")
    site_tree["home_fi"].add_child(instance=index_fi)
    index_fi.save_revision().publish()
    index_sv = publish_translation(index_fi, locale_sv, title="Lokaler", slug="lokaler")
    tampere = Municipality.objects.create(name="Tampere", code="837", locale=locale_fi)
    nokia = Municipality.objects.create(name="Nokia", code="536", locale=locale_fi)
    tampere_sv = tampere.copy_for_translation(locale_sv)
    tampere_sv.name = "Tammerfors"
    tampere_sv.save()
    projector = Equipment.objects.create(name="Videotykki", slug="videotykki", locale=locale_fi)
    kitchen = Equipment.objects.create(name="Keittiö", slug="keittio", locale=locale_fi)
    projector_sv = projector.copy_for_translation(locale_sv)
    projector_sv.name, projector_sv.slug = "Projektor", "projektor"
    projector_sv.save()
    return {
        **site_tree,
        "index_fi": index_fi,
        "index_sv": index_sv,
        "tampere": tampere,
        "tampere_sv": tampere_sv,
        "nokia": nokia,
        "projector": projector,
        "projector_sv": projector_sv,
        "kitchen": kitchen,
        "locale_sv": Locale.objects.get(language_code="sv"),
    }


@pytest.fixture
def spaces(premises_tree):
    """Four Finnish spaces that differ in every filter."""
    tree = premises_tree
    index = tree["index_fi"]
    hall = add_space(
        index, title="Iso sali", municipality=tree["tampere"], capacity=120, area=200,
        step_free_entrance=True, has_lift=True, accessible_toilet=True, induction_loop=True,
        suits_parties=True, suits_meetings=True, is_free_for_associations=True,
        equipment=[tree["projector"], tree["kitchen"]],
    )
    club = add_space(
        index, title="Kerhohuone", municipality=tree["tampere"], capacity=15,
        step_free_entrance=True, suits_meetings=True, price_per_hour=Decimal("10.00"),
        equipment=[tree["projector"]], street_address="Kerhopolku 2",
    )
    gym = add_space(
        index, title="Liikuntasali", municipality=tree["nokia"], capacity=40, town="Nokia",
        accessible_parking=True, suits_exercise=True, is_free_for_associations=True,
        latitude=Decimal("61.478020"), longitude=Decimal("23.508110"),
    )
    barn = add_space(
        index, title="Seurantalo", municipality=tree["nokia"], capacity=150, town="Nokia",
        suits_parties=True, equipment=[tree["kitchen"]], latitude=None, longitude=None,
    )
    return {**tree, "hall": hall, "club": club, "gym": gym, "barn": barn}


def titles(response):
    """Space titles in the HTML list, in order."""
    import re

    return re.findall(r'premises-card__title"><a href="[^"]*">([^<]*)</a>', response.content.decode())
