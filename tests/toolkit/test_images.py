import pytest

from tests.images import assert_responsive, content_images, make_photo
from tests.toolkit.conftest import add_guide

pytestmark = pytest.mark.django_db


def test_an_image_in_a_guide_is_responsive_webp_and_lazy(client, toolkit_tree):
    body = [("image", {"image": make_photo(), "alt_text": "Täytetty lomake", "caption": "Malli", "credit": ""})]
    guide = add_guide(toolkit_tree["index_fi"], title="Avustushakemus", body=body)

    [image] = content_images(client.get(guide.url))
    assert_responsive(image)
    assert image["loading"] == "lazy" and image["alt"] == "Täytetty lomake"
