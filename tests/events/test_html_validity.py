"""Event pages are valid HTML by the W3C's Nu HTML Checker."""

from pathlib import Path

import pytest

from events.models import Registration
from tests.test_html_validity import check_html

pytestmark = pytest.mark.django_db


def test_event_pages_have_no_html_errors(client, forum, events_tree, tmp_path):
    registration = Registration.objects.create(event=forum, status=Registration.CONFIRMED, name="Essi", email="essi@example.fi")
    responses = {
        "/fi/tapahtumat/": client.get("/fi/tapahtumat/"),
        "/fi/tapahtumat/?when=past&month=xx": client.get("/fi/tapahtumat/?when=past&month=xx"),
        forum.url: client.get(forum.url),
        "registration with errors": client.post(forum.url, {"name": "", "email": "ei-osoite"}),
        "own registration": client.get(f"/fi/events/registration/{registration.token}/?new=1"),
        "/fi/": client.get("/fi/"),
    }
    paths = []
    for number, (url, response) in enumerate(responses.items()):
        assert response.status_code in (200, 400), url
        path = tmp_path / f"page{number}.html"
        path.write_bytes(response.content)
        paths.append(path)
    urls = list(responses)
    errors = [f"{urls[paths.index(Path(m['url'][5:]))]}:{m.get('lastLine')}: {m['message']}" for m in check_html(paths)]
    assert errors == []
