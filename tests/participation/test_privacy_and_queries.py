from datetime import timedelta
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from participation.forms import ProcessedPhoto
from participation.models import ContactDetailUpdate, Idea, ModerationStatus, PhotoEntry
from tests.participation.conftest import image_bytes

pytestmark = pytest.mark.django_db


def add_photo(contest, number, **changes):
    from PIL import Image
    from io import BytesIO

    processed = ProcessedPhoto(Image.open(BytesIO(image_bytes(size=(60, 40)))))
    entry = PhotoEntry(page=contest, title=f"Kuva {number}", photographer_name="Kuvaaja", consent_to_publish=True,
                       alt_text="Maisema.", status=ModerationStatus.APPROVED, email="kuvaaja@example.fi",
                       width=processed.width, height=processed.height, **changes)
    entry.image.save("a.jpg", ContentFile(processed.full), save=False)
    entry.thumbnail.save("b.jpg", ContentFile(processed.thumbnail), save=False)
    entry.save()
    return entry


def test_purge_deletes_processed_updates_and_clears_photo_emails(photo_contest, contact_page):
    old = ContactDetailUpdate.objects.create(page=contact_page, organisation_name="Vanha ry", contact_name="A",
                                             email="a@example.fi", status=ModerationStatus.APPROVED,
                                             processed_at=timezone.now() - timedelta(days=400))
    pending = ContactDetailUpdate.objects.create(page=contact_page, organisation_name="Odottava ry", contact_name="B",
                                                 email="b@example.fi", created_at=timezone.now() - timedelta(days=400))
    entry = add_photo(photo_contest, 1)
    photo_contest.entries_close_at = timezone.now() - timedelta(days=200)
    photo_contest.save_revision().publish()
    call_command("purge_submissions", stdout=StringIO())
    assert not ContactDetailUpdate.objects.filter(pk=old.pk).exists()
    assert ContactDetailUpdate.objects.filter(pk=pending.pk).exists()  # nothing waiting for an editor is lost
    entry.refresh_from_db()
    assert entry.email == "" and entry.status == ModerationStatus.APPROVED


def test_idea_and_photo_forms_are_rate_limited(client, idea_wall, photo_contest, settings):
    settings.RATE_LIMITS = {"participation:idea": "1/10m", "participation:photo": "1/10m"}
    client.post(idea_wall.url, {"text": "Eka", "website_address": ""})
    assert client.post(idea_wall.url, {"text": "Toka", "website_address": ""}).status_code == 429
    assert Idea.objects.count() == 1
    client.post(photo_contest.url, {"title": "x", "website_address": ""})
    assert client.post(photo_contest.url, {"title": "y", "website_address": ""}).status_code == 429


def test_gallery_and_api_queries_do_not_grow(client, photo_contest, django_assert_max_num_queries):
    for number in range(2):
        add_photo(photo_contest, number)
    for url in [photo_contest.url, "/api/v2/photos/?locale=fi"]:
        client.get(url)
        with django_assert_max_num_queries(25) as few:
            client.get(url)
        baseline = len(few.captured_queries)
        extra = [add_photo(photo_contest, 10 + number) for number in range(8)]
        client.get(url)  # new photos change the content version: the site chrome is built again once
        with django_assert_max_num_queries(baseline):
            client.get(url)
        for entry in extra:
            entry.delete()


def test_ideas_api_queries_do_not_grow(client, make_idea, django_assert_max_num_queries):
    make_idea("Yksi")
    client.get("/api/v2/ideas/")
    with django_assert_max_num_queries(15) as few:
        client.get("/api/v2/ideas/")
    few_count = len(few.captured_queries)  # read before the next request resets the query log
    for number in range(10):
        make_idea(f"Idea {number}")
    client.get("/api/v2/ideas/")  # the new ideas replaced the content version: the listing is read again
    with django_assert_max_num_queries(few_count):
        client.get("/api/v2/ideas/")
