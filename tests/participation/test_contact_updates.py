import io

import pytest
from django.core import mail
from openpyxl import load_workbook

from home.models import Municipality, Organisation
from participation.models import ContactDetailUpdate, ModerationStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def tampere(locales):
    return Municipality.objects.create(name="Tampere", code="837", locale=locales["fi"])


def answer(**changes):
    data = {
        "existing_organisation": "",
        "organisation_name": "Kuvitteellinen kyläyhdistys ry",
        "contact_name": "Outi Esimerkki",
        "email": "outi.esimerkki@example.fi",
        "phone": "040 000 0100",
        "website": "https://kyla.example.fi/",
        "municipality": "",
        "field_of_activity": "Asukastoiminta",
        "message": "",
        "website_address": "",
    }
    data.update(changes)
    return data


def test_update_is_stored_pending_and_changes_nothing(client, contact_page, tampere):
    response = client.post(contact_page.url, answer(municipality=tampere.pk))
    assert response.status_code == 200
    assert "Kiitos" in response.content.decode() or "Thank you" in response.content.decode()
    update = ContactDetailUpdate.objects.get()
    assert update.status == ModerationStatus.PENDING
    assert update.municipality == tampere
    assert not Organisation.objects.filter(name="Kuvitteellinen kyläyhdistys ry").exists()
    assert mail.outbox[0].to == ["toimitus@example.fi"]


def test_missing_organisation_and_bad_email_are_tied_to_fields(client, contact_page):
    response = client.post(contact_page.url, answer(organisation_name="", email="ei-osoite"))
    html = response.content.decode()
    assert response.status_code == 400
    assert ContactDetailUpdate.objects.count() == 0
    assert 'href="#id_organisation_name"' in html and 'href="#id_email"' in html
    assert 'value="Outi Esimerkki"' in html
    assert 'aria-describedby="id_email-error"' in html


def test_honeypot_and_rate_limit(client, contact_page, settings):
    settings.RATE_LIMITS = {"participation:contact_update": "2/10m"}
    assert client.post(contact_page.url, answer(website_address="spam")).status_code == 400
    client.post(contact_page.url, answer())
    assert client.post(contact_page.url, answer()).status_code == 429
    assert ContactDetailUpdate.objects.count() == 1


def review_url(update):
    return f"/admin/participation/contact_updates/{update.pk}/review/"


def test_editor_sees_pending_filter_and_review(client, contact_page, editor):
    client.post(contact_page.url, answer())
    client.force_login(editor)
    listing = client.get("/admin/participation/contact_updates/?status=pending")
    assert listing.status_code == 200
    assert "Kuvitteellinen kyläyhdistys ry" in listing.content.decode()
    assert client.get("/admin/participation/contact_updates/?status=approved").content.decode().count(
        "Kuvitteellinen kyläyhdistys ry") == 0
    update = ContactDetailUpdate.objects.get()
    review = client.get(review_url(update))
    assert review.status_code == 200 and "outi.esimerkki@example.fi" in review.content.decode()


def test_approval_creates_organisation_and_emails_association(client, contact_page, editor, tampere):
    client.post(contact_page.url, answer(municipality=tampere.pk))
    update = ContactDetailUpdate.objects.get()
    mail.outbox.clear()
    client.force_login(editor)
    assert client.get(review_url(update) + "?action=approve").status_code == 200  # GET changes nothing
    assert update.__class__.objects.get().status == ModerationStatus.PENDING
    response = client.post(review_url(update), {"action": "approve", "editor_note": "Tervetuloa hakemistoon!"})
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Kuvitteellinen kyläyhdistys ry")
    assert organisation.email == "outi.esimerkki@example.fi"
    assert organisation.contact_name == "Outi Esimerkki"
    assert organisation.municipality == tampere
    assert organisation.field_of_activity == "Asukastoiminta"
    update.refresh_from_db()
    assert update.status == ModerationStatus.APPROVED and update.processed_by == editor
    assert mail.outbox[0].to == ["outi.esimerkki@example.fi"]
    assert "Tervetuloa hakemistoon!" in mail.outbox[0].body


def test_approval_updates_chosen_organisation(client, contact_page, editor, locales):
    existing = Organisation.objects.create(name="Vanha seura ry", email="vanha@example.fi", locale=locales["fi"])
    client.post(contact_page.url, answer(existing_organisation=existing.pk, organisation_name="", email="uusi@example.fi"))
    update = ContactDetailUpdate.objects.get()
    assert update.organisation == existing
    client.force_login(editor)
    client.post(review_url(update), {"action": "approve"})
    existing.refresh_from_db()
    assert existing.email == "uusi@example.fi"
    assert Organisation.objects.count() == 1


def test_rejection_leaves_directory_and_emails(client, contact_page, editor):
    client.post(contact_page.url, answer())
    update = ContactDetailUpdate.objects.get()
    mail.outbox.clear()
    client.force_login(editor)
    client.post(review_url(update), {"action": "reject", "editor_note": "Tiedot puuttuvat."})
    update.refresh_from_db()
    assert update.status == ModerationStatus.REJECTED
    assert not Organisation.objects.exists()
    assert "Tiedot puuttuvat." in mail.outbox[0].body


def test_user_without_permission_cannot_approve(client, contact_page, django_user_model):
    from django.contrib.auth.models import Permission

    client.post(contact_page.url, answer())
    update = ContactDetailUpdate.objects.get()
    user = django_user_model.objects.create_user("katsoja", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.post(review_url(update), {"action": "approve"})
    assert response.status_code in (302, 403)
    update.refresh_from_db()
    assert update.status == ModerationStatus.PENDING


def test_export_csv_and_xlsx(client, contact_page, editor):
    client.post(contact_page.url, answer())
    client.force_login(editor)
    csv = client.get("/admin/participation/contact_updates/?export=csv")
    assert csv.status_code == 200
    assert "outi.esimerkki@example.fi" in b"".join(csv.streaming_content).decode()
    xlsx = client.get("/admin/participation/contact_updates/?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content) if xlsx.streaming else xlsx.content)).active
    assert "Kuvitteellinen kyläyhdistys ry" in [cell.value for row in sheet.iter_rows() for cell in row]


def test_approval_updates_every_language_version(client, contact_page, editor, locales, tampere):
    finnish = Organisation.objects.create(name="Kaksikielinen seura ry", locale=locales["fi"])
    swedish = finnish.copy_for_translation(locales["sv"])
    swedish.name = "Tvåspråkiga föreningen rf"
    swedish.save()
    tammerfors = tampere.copy_for_translation(locales["sv"])
    tammerfors.name = "Tammerfors"
    tammerfors.save()
    client.post(contact_page.url, answer(existing_organisation=finnish.pk, organisation_name="", municipality=tampere.pk))
    client.force_login(editor)
    client.post(review_url(ContactDetailUpdate.objects.get()), {"action": "approve"})
    swedish.refresh_from_db()
    assert swedish.email == "outi.esimerkki@example.fi" and swedish.phone == "040 000 0100"
    assert swedish.municipality == tammerfors and swedish.name == "Tvåspråkiga föreningen rf"


def test_editors_cannot_add_ideas_or_photos_in_admin(client, editor, site_tree):
    client.force_login(editor)
    assert client.get("/admin/participation/ideas/new/").status_code in (302, 403)
    assert client.get("/admin/participation/photo_entries/new/").status_code in (302, 403)
    assert client.get("/admin/participation/ideas/").status_code == 200


def test_the_public_form_shows_no_help_text_written_for_editors(client, contact_page):
    html = client.get(contact_page.url).content.decode()
    assert str(ContactDetailUpdate._meta.get_field("email").help_text) not in html
    assert str(ContactDetailUpdate._meta.get_field("phone").help_text) not in html
    assert "https://yhdistys.example.fi/" in html  # the form's own hint for visitors
