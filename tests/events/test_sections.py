"""What the events app adds elsewhere: home page, premises pages, campaign pages, benchmark URLs."""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.utils import timezone, translation

from events.wagtail_hooks import campaign_events_section, events_at_premises_section, events_benchmark_urls
from tests.factories import StandardPageFactory

from .conftest import add_event

pytestmark = pytest.mark.django_db


def request():
    return RequestFactory().get("/fi/")


def test_home_page_shows_upcoming_events(client, events_tree, forum):
    add_event(events_tree["index_fi"], title="Mennyt", start=timezone.now() - timedelta(days=4))
    add_event(events_tree["index_fi"], title="Luonnos", publish=False)
    response = client.get("/fi/")
    assert "Tulevat tapahtumat" in response.text
    assert "Järjestöfoorumi" in response.text
    assert "Mennyt" not in response.text and "Luonnos" not in response.text


def test_home_page_without_events_has_no_section(client, events_tree):
    assert "Tulevat tapahtumat" not in client.get("/fi/").text


def test_premises_section_lists_events_whose_place_is_that_page(events_tree):
    place = StandardPageFactory(parent=events_tree["home_fi"], title="Ilo-sali", slug="ilo-sali")
    add_event(events_tree["index_fi"], title="Paikan tapahtuma", place_page=place)
    add_event(events_tree["index_fi"], title="Muualla", place_name="Kirjasto")
    with translation.override("fi"):
        order, html = events_at_premises_section(request(), place)
        assert events_at_premises_section(request(), events_tree["contact_fi"]) is None
    assert order == 30
    assert "Paikan tapahtuma" in html and "Muualla" not in html


def test_campaign_section_lists_upcoming_events_below_the_page(events_tree):
    campaign = StandardPageFactory(parent=events_tree["home_fi"], title="Kampanja", slug="kampanja")
    from events.models import EventIndexPage

    campaign_index = EventIndexPage(title="Kampanjan tapahtumat", slug="kampanjan-tapahtumat")
    campaign.add_child(instance=campaign_index)
    campaign_index.save_revision().publish()
    add_event(campaign_index, title="Kampanjatapahtuma")
    add_event(events_tree["index_fi"], title="Muu tapahtuma")
    with translation.override("fi"):
        order, html = campaign_events_section(request(), campaign)
    assert order == 20
    assert "Kampanjatapahtuma" in html and "Muu tapahtuma" not in html


def test_benchmark_urls_resolve_to_live_pages(client, events_tree, forum):
    urls = [url() if callable(url) else url for url in events_benchmark_urls()]
    assert None not in urls
    for url in urls:
        assert client.get(url).status_code == 200, url
