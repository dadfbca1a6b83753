"""Plain-data representations used by the API and by blocks.

Images have the same shape as Wagtail's ImageRenditionField: url, full_url,
width, height, alt.
"""

from functools import cache

from django.conf import settings
from rest_framework import serializers
from wagtail.images.models import Filter

from home.localization import localized


def absolute(url):
    if url.startswith(("http://", "https://")):
        return url
    return getattr(settings, "WAGTAILAPI_BASE_URL", settings.WAGTAILADMIN_BASE_URL).rstrip("/") + url


@cache
def rendition_filter(spec):
    """One Filter per spec: parsing its operations costs more than finding a prefetched rendition."""
    return Filter(spec=spec)


def image_data(image, spec, alt=None):
    if image is None:
        return None
    # Kept on the image: a listing's items often share one (a contact person's photo).
    renditions = image.__dict__.setdefault("_renditions_by_spec", {})
    if spec not in renditions:
        renditions[spec] = image.get_rendition(rendition_filter(spec))
    rendition = renditions[spec]
    return {
        "id": image.pk,
        "url": rendition.url,
        "full_url": absolute(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt if alt is not None else image.default_alt_text,
    }


def document_data(document):
    try:
        size = document.get_file_size()
    except OSError:
        size = None
    return {
        "id": document.pk,
        "title": document.title,
        "url": document.url,
        "full_url": absolute(document.url),
        "file_type": document.file_extension.lower(),
        "file_size": size,
    }


class SnippetField(serializers.Field):
    """A translatable snippet in the page's locale, through its api_data()."""

    def to_representation(self, value):
        return localized(value).api_data() if value else None


class SnippetSummaryField(serializers.Field):
    """A related snippet as a few of its fields, e.g. ``{"id", "name", "code"}``."""

    def __init__(self, *names, **kwargs):
        self.names = names
        super().__init__(**kwargs)

    def to_representation(self, value):
        return {name: getattr(value, name) for name in self.names}
