"""Guides over the API: all fields, structured steps and checklists, audience and topic filters."""

from datetime import date

import pytest

from tests.toolkit.conftest import add_guide, make_document, private_collection, steps

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(toolkit_tree):
    template = make_document("Pöytäkirjapohja", "poytakirja.txt")
    secret = make_document("Sisäinen ohje", "sisainen.txt", collection=private_collection())
    other = add_guide(toolkit_tree["index_fi"], title="Avustuksen hakeminen", audience=("associations",), topics=[toolkit_tree["grants"]])
    return add_guide(
        toolkit_tree["index_fi"],
        title="Foorumin järjestäminen",
        summary="Kaksi kertaa vuodessa pidettävä foorumi.",
        audience=("municipalities", "wellbeing_county"),
        topics=[toolkit_tree["cooperation"]],
        responsible_person=toolkit_tree["person"],
        related=[other],
        last_reviewed=date(2025, 9, 25),
        body=[
            ("heading", {"text": "Valmistelu", "level": "h2"}),
            steps("Varaa tila", "Kutsu järjestöt", document=template),
            steps("Lue sisäinen ohje", document=secret),
            ("checklist", {"heading": "Foorumin muistilista", "items": ["Tila varattu", "Kutsu lähetetty"]}),
            ("template_downloads", {"heading": "Pohjat", "templates": [
                {"document": template, "description": "Muistion pohja"},
                {"document": secret, "description": "Ei julkinen"},
            ]}),
            ("good_to_know", {"title": "Huomaa", "text": "<p>Foorumi on avoin kaikille.</p>"}),
        ],
    )


def test_guide_detail_has_all_fields(client, guide, toolkit_tree):
    data = client.get(f"/api/v2/pages/{guide.pk}/").json()
    assert data["summary"] == "Kaksi kertaa vuodessa pidettävä foorumi."
    assert data["audience"] == ["municipalities", "wellbeing_county"]
    assert data["topics"] == [{"id": toolkit_tree["cooperation"].pk, "name": "Yhteistyö", "slug": "yhteistyo"}]
    assert data["responsible_person"]["name"] == "Aino Mallinen"
    assert data["related"][0]["title"] == "Avustuksen hakeminen"
    assert data["last_reviewed"] == "2025-09-25"
    assert data["table_of_contents"][0] == {"level": 2, "text": "Valmistelu", "anchor": "valmistelu"}


def test_steps_and_checklists_are_structured_json(client, guide):
    body = client.get(f"/api/v2/pages/{guide.pk}/").json()["body"]
    by_type = {}
    for block in body:
        by_type.setdefault(block["type"], []).append(block["value"])
    first_steps = by_type["steps"][0]["steps"]
    assert [(step["number"], step["title"]) for step in first_steps] == [(1, "Varaa tila"), (2, "Kutsu järjestöt")]
    assert first_steps[0]["text"] == "<p>Ohje vaiheeseen Varaa tila.</p>"
    assert first_steps[0]["anchor"] == "step-1-varaa-tila"
    assert first_steps[0]["document"]["file_type"] == "txt"
    assert first_steps[0]["document"]["file_size"] > 0
    assert by_type["checklist"][0]["items"] == ["Tila varattu", "Kutsu lähetetty"]
    assert by_type["good_to_know"][0] == {"title": "Huomaa", "text": "<p>Foorumi on avoin kaikille.</p>"}


def test_private_documents_are_left_out_of_guide_blocks(client, guide):
    body = client.get(f"/api/v2/pages/{guide.pk}/").json()["body"]
    text = str(body)
    assert "Sisäinen ohje" not in text
    downloads = [block["value"] for block in body if block["type"] == "template_downloads"][0]
    assert [item["title"] for item in downloads["templates"]] == ["Pöytäkirjapohja"]


def test_pages_endpoint_lists_guides_by_type(client, guide):
    response = client.get("/api/v2/pages/?type=toolkit.GuidePage&fields=summary,audience,topics,last_reviewed&locale=fi")
    assert response.status_code == 200
    items = {item["title"]: item for item in response.json()["items"]}
    assert set(items) == {"Foorumin järjestäminen", "Avustuksen hakeminen"}
    assert items["Foorumin järjestäminen"]["audience"] == ["municipalities", "wellbeing_county"]


def test_guides_endpoint_filters_by_audience_and_topic(client, guide):
    def titles(query):
        response = client.get(f"/api/v2/guides/?{query}")
        assert response.status_code == 200, response.content
        return [item["title"] for item in response.json()["items"]]

    assert titles("locale=fi") == ["Avustuksen hakeminen", "Foorumin järjestäminen"]
    assert titles("audience=associations") == ["Avustuksen hakeminen"]
    assert titles("topic=yhteistyo&locale=fi") == ["Foorumin järjestäminen"]
    assert titles("audience=municipalities&topic=avustukset") == []
    assert titles("audience=associations&audience=wellbeing_county") == ["Avustuksen hakeminen", "Foorumin järjestäminen"]


def test_guides_endpoint_lists_summary_audience_and_topics(client, guide):
    item = client.get("/api/v2/guides/?locale=fi&topic=yhteistyo").json()["items"][0]
    assert item["summary"] == "Kaksi kertaa vuodessa pidettävä foorumi."
    assert item["audience"] == ["municipalities", "wellbeing_county"]
    assert item["topics"][0]["slug"] == "yhteistyo"


@pytest.mark.parametrize("query", ["audience=martians", "topic=ei-ole", "type=home.StandardPage", "colour=blue"])
def test_guides_endpoint_rejects_bad_parameters_with_a_message(client, guide, query):
    response = client.get(f"/api/v2/guides/?{query}")
    assert response.status_code == 400
    assert response.json()["message"]


def test_draft_guides_are_not_in_the_api(client, guide, toolkit_tree):
    draft = add_guide(toolkit_tree["index_fi"], title="Luonnos", publish=False)
    assert client.get(f"/api/v2/guides/{draft.pk}/").status_code == 404
    assert "Luonnos" not in client.get("/api/v2/guides/").text


def test_topics_endpoint_lists_each_language(client, locales):
    from tests.toolkit.conftest import TopicFactory

    TopicFactory(name="Avustukset", slug="avustukset", locale=locales["fi"])
    TopicFactory(name="Bidrag", slug="bidrag", locale=locales["sv"])
    data = client.get("/api/v2/topics/", {"locale": "sv"}).json()
    assert [(item["name"], item["slug"], item["meta"]["locale"]) for item in data["items"]] == [("Bidrag", "bidrag", "sv")]
    assert client.get("/api/v2/topics/", {"locale": "fi", "order": "nonsense"}).status_code == 400
