"""Content images are responsive renditions in a modern format; only the first loads eagerly."""

import pytest

from tests.images import assert_responsive, content_images, make_photo

pytestmark = pytest.mark.django_db


def test_home_hero_is_responsive_webp_and_eager_and_highlight_images_are_lazy(client, site_tree):
    home = site_tree["home_fi"]
    home.hero_image = make_photo("Kansikuva")
    home.highlights = [("highlight", {"title": "Foorumit", "text": "Tule mukaan.", "image": make_photo("Foorumi")})]
    home.save_revision().publish()

    hero, highlight = content_images(client.get("/fi/"))
    assert_responsive(hero)
    assert "loading" not in hero and hero["fetchpriority"] == "high"
    assert_responsive(highlight)
    assert highlight["loading"] == "lazy"


def test_an_image_in_a_page_body_is_responsive_webp_and_lazy(client, site_tree):
    page = site_tree["about_fi"]
    page.body = [("image", {"image": make_photo(), "alt_text": "Ihmisiä pöydän ääressä", "caption": "", "credit": ""})]
    page.save_revision().publish()

    [image] = content_images(client.get(page.url))
    assert_responsive(image)
    assert image["loading"] == "lazy" and image["alt"] == "Ihmisiä pöydän ääressä"
