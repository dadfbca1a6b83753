import pytest

from premises.models import PremisesPhoto
from tests.images import assert_responsive, content_images, make_photo
from tests.premises.conftest import add_space

pytestmark = pytest.mark.django_db


def test_premises_photos_are_responsive_webp_and_lazy_below_the_details(client, premises_tree):
    space = add_space(premises_tree["index_fi"], title="Kokoushuone", municipality=premises_tree["tampere"])
    for number in range(2):
        PremisesPhoto.objects.create(page=space, image=make_photo(f"Huone {number}"), alt_text=f"Huone {number}",
                                     locale=space.locale, sort_order=number)
    space.save_revision().publish()

    images = content_images(client.get(space.url))
    assert [image["alt"] for image in images] == ["Huone 0", "Huone 1"]
    for image in images:
        assert_responsive(image)
        assert image["loading"] == "lazy"
