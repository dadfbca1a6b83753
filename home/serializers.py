"""Plain-data representations used by the API and by blocks.

Images have the same shape as Wagtail's ImageRenditionField: url, full_url,
width, height, alt.
"""

from django.conf import settings
from rest_framework import serializers

from home.localization import localized


def absolute(url):
    if url.startswith(("http://", "https://")):
        return url
    return getattr(settings, "WAGTAILAPI_BASE_URL", settings.WAGTAILADMIN_BASE_URL).rstrip("/") + url


def image_data(image, spec, alt=None):
    if image is None:
        return None
    rendition = image.get_rendition(spec)
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
