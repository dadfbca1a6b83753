"""Campaign pages are valid HTML by the W3C's Nu HTML Checker."""

from pathlib import Path

from tests.test_html_validity import check_html

from .conftest import add_material, add_organisation, add_post, make_image


def test_campaign_pages_have_no_html_errors(client, campaign_sv, person, tmp_path):
    tree = campaign_sv
    campaign = tree["campaign"]
    add_post(tree["blog"], "Kahvit", days_ago=1, slug="kahvit", author=person, image=make_image(), image_alt="Kahvinkeitin.",
             body=[("text", "<p>Kahvinkeitin on tärkein laite.</p>")])
    add_organisation(campaign, "Lenkkiporukka ry", tree["tampere"], website="https://lenkki.example.fi/", logo=make_image("Logo"))
    add_material(campaign, "Juliste", "poster", "fi")
    add_material(campaign, "Logo", "logo", "multi", document=False)
    urls = [
        "/fi/josmeitaeiolisi/", "/fi/josmeitaeiolisi/blogi/", "/fi/josmeitaeiolisi/blogi/kahvit/",
        "/fi/josmeitaeiolisi/infopaketti/", "/fi/josmeitaeiolisi/materiaalit/?type=poster&language=xx",
        "/fi/josmeitaeiolisi/jarjestot/?field=Liikunta", "/fi/josmeitaeiolisi/jarjestot/join/",
        "/fi/josmeitaeiolisi/jarjestot/join/thanks/", "/sv/omviintefanns/", "/sv/omviintefanns/foreningar/",
    ]
    paths = []
    for number, url in enumerate(urls):
        response = client.get(url)
        assert response.status_code == 200, url
        path = tmp_path / f"page{number}.html"
        path.write_bytes(response.content)
        paths.append(path)
    invalid = client.post("/fi/josmeitaeiolisi/jarjestot/join/", {"organisation_name": "", "email": "x"})
    assert invalid.status_code == 400
    path = tmp_path / "invalid.html"
    path.write_bytes(invalid.content)
    paths.append(path)
    urls.append("invalid join form")
    errors = [f"{urls[paths.index(Path(m['url'][5:]))]}:{m.get('lastLine')}: {m['message']}" for m in check_html(paths)]
    assert errors == []
