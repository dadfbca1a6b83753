"""Editors preview a guide's unsaved changes: topics, steps and related guides as edited."""

import pytest

from tests.toolkit.conftest import add_guide, steps
from toolkit.models import GuidePageRelatedGuide, GuidePageTopic

pytestmark = pytest.mark.django_db


def test_preview_shows_unsaved_topics_steps_and_related_guides(rf, toolkit_tree, editor):
    other = add_guide(toolkit_tree["index_fi"], title="Tilojen käyttö")
    guide = add_guide(toolkit_tree["index_fi"], title="Avustuksen hakeminen", topics=[toolkit_tree["grants"]])
    client_request = rf.get("/")
    client_request.user = editor
    guide.guide_topics = [GuidePageTopic(topic=toolkit_tree["premises"])]
    guide.related_guides = [GuidePageRelatedGuide(guide=other)]
    guide.body = [steps("Uusi vaihe")]
    response = guide.make_preview_request(client_request)
    html = response.render().content.decode() if hasattr(response, "render") else response.content.decode()
    assert response.status_code == 200
    assert "Uusi vaihe" in html
    assert ">Tilat</a>" in html and ">Avustukset</a>" not in html
    assert "Tilojen käyttö" in html
