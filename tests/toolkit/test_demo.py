"""The toolkit demo content loaded by `manage.py load_demo`."""

import pytest
from wagtail.documents import get_document_model
from wagtail_localize.models import Translation

from tests.conftest import demo_fixture, load_demo
from toolkit.models import GuidePage, Topic
from toolkit.review import guides_due_for_review

pytestmark = pytest.mark.django_db

REQUIRED = ["Järjestöyhteistyön ohje", "Järjestöyhdyshenkilön nimeäminen kuntaan", "Kunnan ja yhdistysten yhteistyörakenteet"]


demo = demo_fixture("toolkit")


def test_demo_toolkit_has_the_three_guides_and_more_with_steps_checklists_and_downloads(client, demo):
    finnish = GuidePage.objects.live().filter(locale__language_code="fi")
    titles = set(finnish.values_list("title", flat=True))
    assert set(REQUIRED) <= titles
    assert len(titles) >= 6
    for guide in finnish:
        types = {block.block_type for block in guide.body}
        assert "steps" in types, guide.title
        assert guide.responsible_person.email.endswith("@example.fi")
        assert guide.guide_topics.exists() and guide.audience
    assert Topic.objects.filter(locale__language_code="fi").count() >= 5
    assert guides_due_for_review().count() >= 1  # the report has something to show
    response = client.get("/fi/tyokalupakki/")
    assert all(title in response.text for title in REQUIRED)
    guide = client.get("/fi/tyokalupakki/jarjestoyhteistyon-ohje/")
    assert guide.status_code == 200 and 'class="guide-checklist"' in guide.text

    documents = get_document_model().objects.filter(collection__name="Työkalupakin pohjat")
    assert {document.file_extension for document in documents} >= {"pdf", "txt", "csv"}
    pdf = documents.filter(file__endswith=".pdf").first()
    download = client.get(pdf.url)
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_two_demo_guides_are_translated_to_swedish_and_loading_again_changes_nothing(client, demo):
    swedish = GuidePage.objects.live().filter(locale__language_code="sv")
    assert swedish.count() == 2
    for page in swedish:
        source = GuidePage.objects.get(translation_key=page.translation_key, locale__language_code="fi")
        assert Translation.objects.filter(source__object_id=source.translation_key, target_locale=page.locale).exists()
        assert all(topic.locale_id == page.locale_id for topic in page.topic_list)
        response = client.get(page.url)
        assert response.status_code == 200
        assert "Senast granskad" in response.text
    assert client.get("/sv/verktygslada/").status_code == 200

    counts = (GuidePage.objects.count(), Topic.objects.count(), get_document_model().objects.count())
    load_demo("toolkit")
    assert (GuidePage.objects.count(), Topic.objects.count(), get_document_model().objects.count()) == counts
