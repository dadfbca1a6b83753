"""Premises pages are valid HTML by the W3C's Nu HTML Checker."""

from pathlib import Path

from tests.test_html_validity import check_html


def test_premises_pages_have_no_html_errors(client, spaces, tmp_path):
    urls = ["/fi/tilat/", "/fi/tilat/?municipality=837&access=step_free&free=1", "/fi/tilat/?access=teleport",
            "/fi/tilat/iso-sali/", "/fi/tilat/seurantalo/", "/sv/lokaler/"]
    paths = []
    for number, url in enumerate(urls):
        response = client.get(url)
        assert response.status_code == 200
        path = tmp_path / f"page{number}.html"
        path.write_bytes(response.content)
        paths.append(path)
    errors = [f"{urls[paths.index(Path(m['url'][5:]))]}:{m.get('lastLine')}: {m['message']}" for m in check_html(paths)]
    assert errors == []
