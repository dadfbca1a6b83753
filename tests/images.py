"""What a visitor's browser gets for a content image: helpers for the image markup tests."""

import io
from html.parser import HTMLParser

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model


def make_photo(title="Valokuva", size=(1600, 900)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (42, 110, 187)).save(buffer, "PNG")
    return get_image_model().objects.create(title=title, file=SimpleUploadedFile("valokuva.png", buffer.getvalue()))


class PictureParser(HTMLParser):
    """Each <img> of a page, with the <source> elements of the <picture> around it."""

    def __init__(self):
        super().__init__()
        self.images, self.sources = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "picture":
            self.sources = []
        elif tag == "source" and self.sources is not None:
            self.sources.append(attrs)
        elif tag == "img":
            self.images.append({**attrs, "sources": self.sources or []})

    def handle_endtag(self, tag):
        if tag == "picture":
            self.sources = None


def content_images(response, media_prefix="/media/"):
    """The page's images served from uploads (renditions), in document order."""
    parser = PictureParser()
    parser.feed(response.content.decode())
    return [image for image in parser.images if image.get("src", "").startswith(media_prefix)]


def assert_responsive(image):
    """Renditions at two widths at least, in WebP too, with sizes, width and height."""
    assert len(image["srcset"].split(",")) >= 2, image
    assert image.get("sizes") and image.get("width") and image.get("height"), image
    webp = [source for source in image["sources"] if source.get("type") == "image/webp"]
    assert webp and len(webp[0]["srcset"].split(",")) >= 2 and ".webp" in webp[0]["srcset"], image
