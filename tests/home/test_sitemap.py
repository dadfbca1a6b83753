import pytest
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_sitemap_lists_both_languages_with_alternates(client, site_tree):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.text
    assert "<loc>http://testserver/fi/mita-jarjestotoiminta-on/</loc>" in body
    assert "<loc>http://testserver/sv/vad-ar-foreningsverksamhet/</loc>" in body
    assert 'hreflang="sv" href="http://testserver/sv/vad-ar-foreningsverksamhet/"' in body


def test_sitemap_leaves_out_drafts_and_private_pages(client, site_tree):
    StandardPageFactory(parent=site_tree["home_fi"], title="Luonnos", slug="luonnos", live=False)
    PageViewRestriction.objects.create(
        page=site_tree["contact_fi"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    body = client.get("/sitemap.xml").text
    assert "/fi/luonnos/" not in body
    assert "/fi/yhteys/" not in body


def test_robots_txt_points_to_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Disallow: /admin/" in response.text
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
