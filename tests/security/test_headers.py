"""Security headers as a browser receives them: CSP, Permissions-Policy and friends."""

import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.template import engines
from django.test import RequestFactory

from hub.security import PathCSPMiddleware

PROJECT_DIR = Path(__file__).resolve().parent.parent.parent
TEMPLATE_DIRS = [path for path in PROJECT_DIR.glob("*/templates") if ".venv" not in path.parts]


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.django_db
def test_public_pages_allow_scripts_only_from_the_site_itself(client, site_tree):
    response = client.get("/fi/")
    policy = directives(response)
    assert response.status_code == 200
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "https://tile.openstreetmap.org" in policy["img-src"]


def test_an_inline_script_runs_only_with_the_nonce_the_header_names():
    """The campaign join form focuses its error summary with a nonced inline script."""
    template = engines["django"].from_string('<script nonce="{{ request.csp_nonce }}">1</script>')
    request = RequestFactory().get("/fi/")
    middleware = PathCSPMiddleware(lambda request: None)
    middleware.process_request(request)
    html = template.render({"request": request})
    response = middleware.process_response(request, HttpResponse(html))
    nonce = re.search(r'nonce="([^"]+)"', html).group(1)
    assert f"'nonce-{nonce}'" in directives(response)["script-src"]


@pytest.mark.django_db
def test_the_admin_gets_its_own_policy(client, editor):
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in directives(response)["script-src"]
    assert directives(response)["frame-ancestors"] == ["'self'"]


@pytest.mark.django_db
def test_other_security_headers(client, site_tree):
    response = client.get("/fi/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_no_template_has_an_inline_script_or_event_handler_without_a_nonce():
    """Inline code would be blocked by the policy; it belongs in a static file."""
    offenders = []
    for directory in TEMPLATE_DIRS:
        for template in directory.rglob("*.html"):
            text = template.read_text()
            for tag in re.findall(r"<script\b[^>]*>", text):
                if "src=" not in tag and "nonce=" not in tag and "application/ld+json" not in tag:
                    offenders.append(f"{template}: {tag}")
            if re.search(r"<[a-z][^>]*\son[a-z]+\s*=", text):
                offenders.append(f"{template}: event handler attribute")
            if "admin" not in template.parts and "pdf" not in template.name and re.search(r"<style\b", text):
                offenders.append(f"{template}: <style>")
    assert offenders == []


@pytest.mark.django_db
def test_svg_images_cannot_be_uploaded(site_tree):
    from wagtail.images.forms import get_image_form
    from wagtail.images.models import Image

    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    form = get_image_form(Image)(
        data={"title": "Logo"}, files={"file": SimpleUploadedFile("logo.svg", svg, content_type="image/svg+xml")}
    )
    assert not form.is_valid()
    assert "file" in form.errors


def test_documents_are_always_downloaded_not_shown(settings):
    assert settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == []
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
