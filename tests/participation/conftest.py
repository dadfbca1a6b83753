from datetime import timedelta
from io import BytesIO

import pytest
from django.utils import timezone
from PIL import Image

from participation.models import (
    ContactUpdatePage,
    Idea,
    IdeaStatus,
    IdeaWallPage,
    PhotoContestPage,
    SurveyFormField,
    SurveyPage,
)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def survey(site_tree):
    page = SurveyPage(
        title="Järjestökysely",
        slug="jarjestokysely",
        intro="<p>Kerro meille toiminnastanne.</p>",
        closes_at=timezone.now() + timedelta(days=10),
        consent_text="Hyväksyn, että vastaukseni tallennetaan.",
        thank_you_text="<p>Kiitos vastauksestasi!</p>",
        retention_days=30,
    )
    page.form_fields = [
        SurveyFormField(label="Yhdistyksen nimi", field_type="singleline", required=True, sort_order=0),
        SurveyFormField(label="Sähköposti", field_type="email", required=False, sort_order=1),
        SurveyFormField(label="Toimiala", field_type="radio", choices="Liikunta\nKulttuuri\nSosiaali- ja terveys", required=True, sort_order=2),
        SurveyFormField(label="Kiinnostaa", field_type="checkboxes", choices="Foorumit\nKoulutukset\nTilat", required=False, sort_order=3),
        SurveyFormField(label="Jäsenmäärä", field_type="number", required=False, sort_order=4),
        SurveyFormField(label="Perustettu", field_type="date", required=False, sort_order=5),
    ]
    return publish(site_tree["home_fi"], page)


def survey_answer(**changes):
    data = {
        "yhdistyksen_nimi": "Esimerkkiseura ry",
        "sahkoposti": "vastaaja@example.fi",
        "toimiala": "Kulttuuri",
        "kiinnostaa": ["Foorumit", "Tilat"],
        "jasenmaara": "42",
        "perustettu": "1990-05-01",
        "consent": "on",
        "website_address": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def contact_page(site_tree):
    return publish(site_tree["home_fi"], ContactUpdatePage(title="Ilmoita yhteystiedot", slug="yhteystiedot-ilmoitus",
                                                         notify_address="toimitus@example.fi"))


@pytest.fixture
def idea_wall(site_tree):
    return publish(site_tree["home_fi"], IdeaWallPage(title="Ideaseinä", slug="ideaseina", intro="<p>Jaa ideasi.</p>"))


@pytest.fixture
def make_idea(idea_wall):
    def make(text="Yhteinen kirpputori", status=IdeaStatus.APPROVED, **kwargs):
        return Idea.objects.create(page=kwargs.pop("page", idea_wall), text=text, status=status, **kwargs)

    return make


@pytest.fixture
def photo_contest(site_tree):
    return publish(site_tree["home_fi"], PhotoContestPage(
        title="Valokuvakilpailu", slug="valokuvakilpailu", entries_close_at=timezone.now() + timedelta(days=30),
    ))


def image_bytes(format="JPEG", size=(640, 480), exif_gps=False):
    image = Image.new("RGB", size, (40, 120, 200))
    buffer = BytesIO()
    options = {}
    if exif_gps:
        exif = Image.Exif()
        exif[0x010F] = "Kameravalmistaja"  # Make
        gps = {1: "N", 2: (61.0, 30.0, 0.0), 3: "E", 4: (23.0, 45.0, 0.0)}
        exif[0x8825] = gps
        options["exif"] = exif.tobytes()
    image.save(buffer, format=format, **options)
    return buffer.getvalue()
