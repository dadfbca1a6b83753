import pytest

pytestmark = pytest.mark.django_db


def test_rich_text_field_comes_as_html_with_real_links(client, site_tree):
    home = site_tree["home_fi"]
    home.intro = f'<p>Lue <a linktype="page" id="{site_tree["contact_fi"].pk}">yhteystiedot</a>.</p>'
    home.save_revision().publish()
    intro = client.get(f"/api/v2/pages/{home.pk}/").json()["intro"]
    assert intro == '<p>Lue <a href="/fi/yhteys/">yhteystiedot</a>.</p>'
    assert "linktype" not in intro
