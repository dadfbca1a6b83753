from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from participation.models import ModerationStatus, PhotoEntry
from tests.participation.conftest import image_bytes

pytestmark = pytest.mark.django_db


def entry_data(upload, **changes):
    data = {
        "photo": upload,
        "title": "Talkoot rannalla",
        "photographer_name": "Ville Kuvaaja",
        "email": "ville@example.fi",
        "consent_to_publish": "on",
        "website_address": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def jpeg(name="kuva.jpg", **options):
    return SimpleUploadedFile(name, image_bytes(**options), content_type="image/jpeg")


def test_entry_is_reencoded_without_exif_and_pending(client, photo_contest):
    upload = image_bytes(exif_gps=True, size=(3000, 1500))
    assert Image.open(__import__("io").BytesIO(upload)).getexif()
    response = client.post(photo_contest.url, entry_data(SimpleUploadedFile("kuva.jpg", upload, "image/jpeg")))
    assert response.status_code == 302
    entry = PhotoEntry.objects.get()
    assert entry.status == ModerationStatus.PENDING
    stored = entry.image.read()
    assert stored != upload
    image = Image.open(entry.image.path)
    assert image.format == "JPEG" and max(image.size) == 2000
    assert not image.getexif() and "exif" not in image.info
    assert "participation-private" in entry.image.path


def test_non_image_is_refused_with_field_message(client, photo_contest):
    fake = SimpleUploadedFile("kuva.jpg", b"%PDF-1.4 not an image", content_type="image/jpeg")
    response = client.post(photo_contest.url, entry_data(fake), HTTP_ACCEPT_LANGUAGE="fi")
    html = response.content.decode()
    assert response.status_code == 400
    assert 'href="#id_photo"' in html and 'aria-describedby="id_photo-help id_photo-error"' in html
    assert 'value="Talkoot rannalla"' in html
    assert PhotoEntry.objects.count() == 0


def test_gif_is_refused(client, photo_contest):
    gif = SimpleUploadedFile("kuva.gif", image_bytes(format="GIF"), content_type="image/gif")
    assert client.post(photo_contest.url, entry_data(gif)).status_code == 400
    assert PhotoEntry.objects.count() == 0


def test_too_large_file_is_refused_with_message(client, photo_contest, settings):
    settings.PARTICIPATION_PHOTO_MAX_UPLOAD_SIZE = 1000
    response = client.post(photo_contest.url, entry_data(jpeg()))
    assert response.status_code == 400
    assert 'id="id_photo-error"' in response.content.decode()
    assert PhotoEntry.objects.count() == 0


def test_consent_is_required(client, photo_contest):
    response = client.post(photo_contest.url, entry_data(jpeg(), consent_to_publish=None))
    assert response.status_code == 400
    assert 'href="#id_consent_to_publish"' in response.content.decode()
    assert PhotoEntry.objects.count() == 0


def test_closed_contest_refuses_entries(client, photo_contest):
    photo_contest.entries_close_at = timezone.now() - timedelta(hours=1)
    photo_contest.save_revision().publish()
    assert client.post(photo_contest.url, entry_data(jpeg())).status_code == 403
    assert PhotoEntry.objects.count() == 0
    assert 'type="file"' not in client.get(photo_contest.url).content.decode()


@pytest.fixture
def entry(client, photo_contest):
    client.post(photo_contest.url, entry_data(jpeg()))
    return PhotoEntry.objects.get()


def test_unapproved_photo_appears_nowhere(client, entry, photo_contest):
    assert "Talkoot rannalla" not in client.get(photo_contest.url).content.decode()
    assert client.get(entry.file_url("thumb")).status_code == 404
    assert client.get(entry.file_url("full")).status_code == 404
    assert client.get("/api/v2/photos/").json()["meta"]["total_count"] == 0
    assert client.get(f"/api/v2/photos/{entry.pk}/").status_code == 404
    assert "Talkoot" not in client.get("/api/v2/images/").content.decode()


def test_moderator_sees_unapproved_photo(client, entry, editor):
    client.force_login(editor)
    response = client.get(entry.file_url("thumb"))
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert "no-store" in response["Cache-Control"]


def test_photo_without_alt_text_cannot_be_approved(client, entry, editor):
    client.force_login(editor)
    url = f"/admin/participation/photo_entries/edit/{entry.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"title": entry.title, "photographer_name": entry.photographer_name, "alt_text": "",
                                 "status": "approved"})
    assert response.status_code == 200
    assert "alternative text" in response.content.decode().lower() or "vaihtoehtoinen teksti" in response.content.decode().lower()
    entry.refresh_from_db()
    assert entry.status == ModerationStatus.PENDING
    response = client.post(url, {"title": entry.title, "photographer_name": entry.photographer_name,
                                 "alt_text": "Ihmisiä siivoamassa rantaa.", "status": "approved"})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.status == ModerationStatus.APPROVED


def test_approved_photo_in_gallery_and_api_without_email(client, entry, photo_contest):
    entry.alt_text = "Ihmisiä siivoamassa rantaa."
    entry.status = ModerationStatus.APPROVED
    entry.save()
    html = client.get(photo_contest.url).content.decode()
    assert "Talkoot rannalla" in html and 'alt="Ihmisiä siivoamassa rantaa."' in html and "Ville Kuvaaja" in html
    assert "ville@example.fi" not in html
    image = client.get(entry.file_url("thumb"))
    assert image.status_code == 200 and "public" in image["Cache-Control"]
    api = client.get("/api/v2/photos/?locale=fi").json()
    item = api["items"][0]
    assert item["title"] == "Talkoot rannalla" and item["image"]["alt"] == "Ihmisiä siivoamassa rantaa."
    assert item["image"]["url"].startswith("http://") and "ville@example.fi" not in str(api)
    assert client.get("/api/v2/photos/?locale=sv").json()["meta"]["total_count"] == 0


def test_unpublished_contest_hides_approved_photos(client, entry, photo_contest):
    entry.alt_text = "Ranta."
    entry.status = ModerationStatus.APPROVED
    entry.save()
    photo_contest.unpublish()
    assert client.get(entry.file_url("full")).status_code == 404
    assert client.get("/api/v2/photos/").json()["meta"]["total_count"] == 0
