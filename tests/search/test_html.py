"""The search pages are valid HTML (the W3C checker, as in tests/test_html_validity.py)."""

from pathlib import Path

from tests.test_html_validity import check_html


def test_search_pages_have_no_html_errors(client, small_site, tmp_path):
    urls = ["/fi/haku/", "/fi/haku/?q=tiloissa", "/fi/haku/?q=krokotiili", "/sv/sok/?q=f%C3%B6rening", "/fi/haku/?q=%3F%21"]
    paths = []
    for number, url in enumerate(urls):
        path = tmp_path / f"search{number}.html"
        path.write_bytes(client.get(url).content)
        paths.append(path)
    errors = [f"{urls[paths.index(Path(m['url'][5:]))]}:{m.get('lastLine')}: {m['message']}" for m in check_html(paths)]
    assert errors == []
