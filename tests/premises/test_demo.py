"""The premises demo content loaded by `manage.py load_demo`."""

import pytest
from wagtail_localize.models import Translation

from premises.models import Equipment, PremisesPage
from tests.conftest import demo_fixture, load_demo
from tests.premises.conftest import titles

pytestmark = pytest.mark.django_db


demo = demo_fixture("premises")


def test_demo_has_varied_spaces_in_at_least_five_pirkanmaa_municipalities(client, demo):
    finnish = PremisesPage.objects.live().filter(locale__language_code="fi").select_related("municipality")
    assert finnish.count() >= 12
    assert len({page.municipality.code for page in finnish}) >= 5
    assert {page.municipality.name for page in finnish} >= {"Tampere", "Ylöjärvi", "Nokia", "Kangasala", "Mänttä-Vilppula"}
    assert len({page.capacity for page in finnish}) >= 10
    assert {page.is_free_for_associations for page in finnish} == {True, False}
    assert {page.step_free_entrance for page in finnish} == {True, False}
    assert all(page.has_coordinates for page in finnish)
    assert all(page.contact_person.email.endswith("@example.fi") for page in finnish)
    response = client.get("/fi/yhdistystilat/")
    assert response.status_code == 200
    assert len(titles(response)) == finnish.count()


def test_some_demo_spaces_are_translated_to_swedish_with_wagtail_localize(client, demo):
    swedish = PremisesPage.objects.live().filter(locale__language_code="sv")
    assert swedish.count() >= 3
    for page in swedish:
        source = PremisesPage.objects.get(translation_key=page.translation_key, locale__language_code="fi")
        assert Translation.objects.filter(source__object_id=source.translation_key, target_locale=page.locale).exists()
        assert page.municipality.locale_id == page.locale_id
        assert all(photo.alt_text != source.photos.first().alt_text for photo in page.photos.all())
    assert Equipment.objects.filter(locale__language_code="sv").count() >= 8
    response = client.get("/sv/foreningslokaler/?equipment=projektor")
    assert response.status_code == 200
    assert "Föreningshusets sal Ilo" in response.text


def test_loading_the_demo_twice_changes_nothing(demo):
    before = (PremisesPage.objects.count(), Equipment.objects.count())
    load_demo("premises")
    assert (PremisesPage.objects.count(), Equipment.objects.count()) == before
