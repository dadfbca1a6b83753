"""Editors open guides in the admin, also guides that have a translation."""

import pytest
from django.urls import reverse

from tests.conftest import publish_translation
from tests.toolkit.conftest import add_guide

pytestmark = pytest.mark.django_db


def test_a_translated_guide_opens_in_the_editor_with_a_link_to_its_translation(client, editor, toolkit_tree):
    guide = add_guide(toolkit_tree["index_fi"], title="Avustushaku", responsible_person=toolkit_tree["person"])
    guide_sv = publish_translation(guide, toolkit_tree["index_sv"].locale, title="Ansökan om understöd", slug="ansokan")
    client.force_login(editor)

    for page, other in ((guide, guide_sv), (guide_sv, guide)):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
        assert reverse("wagtailadmin_pages:edit", args=[other.pk]) in response.content.decode()
