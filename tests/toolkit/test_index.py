"""Finding a guide: the index filters by audience and topic, combinable in a shareable URL."""

import pytest

from tests.toolkit.conftest import add_guide

pytestmark = pytest.mark.django_db


@pytest.fixture
def guides(toolkit_tree):
    index = toolkit_tree["index_fi"]
    return {
        "grant": add_guide(index, title="Avustuksen hakeminen", summary="Näin haet yhdistysavustusta.",
                           audience=("associations",), topics=[toolkit_tree["grants"]]),
        "premises": add_guide(index, title="Kunnan tilojen käyttö", summary="Tilat yhdistyksen käyttöön.",
                              audience=("associations", "municipalities"), topics=[toolkit_tree["premises"]]),
        "structures": add_guide(index, title="Yhteistyörakenteet", summary="Foorumit ja yhdyshenkilöt.",
                                audience=("municipalities", "wellbeing_county"), topics=[toolkit_tree["cooperation"], toolkit_tree["grants"]]),
        "draft": add_guide(index, title="Luonnosopas", publish=False, topics=[toolkit_tree["grants"]]),
    }


def titles(response):
    listing = response.text.split('class="guide-list"')
    return set() if len(listing) == 1 else {
        title for title in ["Avustuksen hakeminen", "Kunnan tilojen käyttö", "Yhteistyörakenteet", "Luonnosopas"]
        if title in listing[1].split("</ul>")[0]
    }


def test_index_lists_live_guides_with_their_summaries(client, guides):
    response = client.get("/fi/tyokalupakki/")
    assert titles(response) == {"Avustuksen hakeminen", "Kunnan tilojen käyttö", "Yhteistyörakenteet"}
    assert "Näin haet yhdistysavustusta." in response.text


def test_index_filters_by_audience(client, guides):
    assert titles(client.get("/fi/tyokalupakki/?audience=municipalities")) == {"Kunnan tilojen käyttö", "Yhteistyörakenteet"}


def test_index_filters_by_topic(client, guides):
    assert titles(client.get("/fi/tyokalupakki/?topic=avustukset")) == {"Avustuksen hakeminen", "Yhteistyörakenteet"}


def test_audience_and_topic_combine(client, guides):
    response = client.get("/fi/tyokalupakki/?audience=associations&topic=avustukset")
    assert titles(response) == {"Avustuksen hakeminen"}
    assert 'name="audience" value="associations" id="audience-associations" checked' in response.text
    assert 'name="topic" value="avustukset" id="topic-avustukset" checked' in response.text


def test_several_topics_match_any_of_them(client, guides):
    response = client.get("/fi/tyokalupakki/?topic=tilat&topic=yhteistyo")
    assert titles(response) == {"Kunnan tilojen käyttö", "Yhteistyörakenteet"}


def test_unknown_topic_or_audience_shows_a_message_and_no_guides(client, guides):
    response = client.get("/fi/tyokalupakki/?topic=ei-ole&audience=martians")
    assert response.status_code == 200
    assert titles(response) == set()
    assert "ei-ole" in response.text and "martians" in response.text
    assert '<meta name="robots" content="noindex">' in response.text


def test_swedish_index_filters_with_swedish_topic_slugs(client, guides, toolkit_tree):
    from tests.conftest import publish_translation

    publish_translation(guides["grant"], toolkit_tree["index_sv"].locale, title="Att söka understöd", slug="att-soka-understod")
    response = client.get("/sv/verktygslada/?topic=understod")
    assert "Att söka understöd" in response.text
    assert "Avustuksen hakeminen" not in response.text


def test_new_guide_appears_in_the_cached_listing(client, guides, toolkit_tree):
    client.get("/fi/tyokalupakki/")
    add_guide(toolkit_tree["index_fi"], title="Foorumin järjestäminen")
    assert "Foorumin järjestäminen" in client.get("/fi/tyokalupakki/").text
