"""Downloads are safe: attachments only, an allow-list of file types, a size limit, private collections."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.toolkit.conftest import make_document, private_collection

pytestmark = pytest.mark.django_db


def test_documents_are_served_as_attachments_even_pdf(client, site_tree):
    for name in ("opas.pdf", "pohja.txt", "lista.csv"):
        document = make_document("Tiedosto", name, b"%PDF-1.4\n" if name.endswith(".pdf") else b"a;b\n")
        response = client.get(document.url)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment"), name


def test_private_collection_document_is_not_downloadable_by_an_anonymous_visitor(client, site_tree):
    document = make_document("Sisäinen muistio", "muistio.txt", b"salainen\n", collection=private_collection())
    response = client.get(document.url)
    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:
        assert "/login/" in response["Location"]
    assert b"salainen" not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_private_collection_document_is_not_in_the_documents_api(client, site_tree):
    document = make_document("Sisäinen muistio", "muistio.txt", collection=private_collection())
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404
    assert "Sisäinen muistio" not in client.get("/api/v2/documents/").text


def upload(client, name, content=b"data\n"):
    return client.post(
        "/admin/documents/add/",
        {"title": "Liite", "file": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk},
    )


def test_disallowed_file_type_is_refused_with_a_message_in_the_admin(client, editor):
    client.force_login(editor)
    for name in ("ohjelma.exe", "sivu.html", "kuva.svg"):
        response = upload(client, name)
        assert response.status_code == 200, name  # the form again, with the error
        assert "ei ole sallittu" in response.text or "is not allowed" in response.text, name
    assert not get_document_model().objects.exists()


def test_allowed_file_type_is_accepted_in_the_admin(client, editor):
    client.force_login(editor)
    response = upload(client, "poytakirja.odt")
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Liite").exists()


def test_too_large_upload_is_refused_with_a_clear_message(client, editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    client.force_login(editor)
    response = upload(client, "iso.txt", b"x" * 2048)
    assert response.status_code == 200
    assert "2,0\xa0KB" in response.text or "2.0\xa0KB" in response.text
    assert not get_document_model().objects.exists()


def test_upload_limit_and_allow_list_are_configured():
    from django.conf import settings

    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    assert settings.WAGTAILDOCS_EXTENSIONS == ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv"]
    assert settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == []
