"""API endpoints: open forms, approved ideas and approved photos. Submissions never.

    /api/v2/open_forms/?locale=fi&type=survey,idea_wall
                                       forms open now: type, title, deadline, url, locale
    /api/v2/ideas/?locale=fi&order=-support_count
    /api/v2/photos/?locale=sv
"""

from __future__ import annotations

from collections import OrderedDict

from django.db.models import Q
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework.fields import DateTimeField, Field
from wagtail.api.v2.filters import OrderingFilter, SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.models import Locale, Page

from hub.api import CachedListItems, CompactJSON, ListingPagination, PublicPageSerializer, PublicPagesAPIViewSet

from .listing import FORM_TYPES, PARTICIPATION, open_forms, public_ideas, public_photos
from .models import Idea, IdeaWallPage, PhotoContestPage, PhotoEntry


def checked_locale(request):
    code = request.GET.get("locale")
    if not code:
        return None
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        raise BadRequestError(_("Unknown locale %(locale)s. Use one of: %(choices)s.") % {
            "locale": code[:20],
            "choices": ", ".join(Locale.objects.values_list("language_code", flat=True)),
        })
    return locale


def checked_page_id(request, name):
    value = request.GET.get(name)
    if value in (None, ""):
        return None
    try:
        return int(value)
    except ValueError as error:
        raise BadRequestError(_("%(name)s must be a page id (a whole number).") % {"name": name}) from error


def checked_form_types(request):
    value = request.GET.get("type", "")
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in FORM_TYPES]
    if unknown:
        raise BadRequestError(_("Unknown form type %(type)s. Use one of: %(choices)s.") % {
            "type": unknown[0][:40],
            "choices": ", ".join(FORM_TYPES),
        })
    return names


class OpenFormSerializer(PublicPageSerializer):
    """Wagtail's page item plus what a form listing needs at the top level."""

    def to_representation(self, page):
        data = super().to_representation(page)
        try:
            url = page.get_full_url(self.context["request"])
        except NoReverseMatch:
            url = None
        dates = DateTimeField()
        facts = OrderedDict()
        facts["type"] = page.form_type
        facts["title"] = page.title
        facts["deadline"] = dates.to_representation(page.form_deadline) if page.form_deadline else None
        facts["opens_at"] = dates.to_representation(page.form_opens_at) if page.form_opens_at else None
        facts["url"] = url
        facts["locale"] = page.locale.language_code
        head = OrderedDict((key, data.pop(key)) for key in ["id", "meta"] if key in data)
        head.update(facts)
        head.update((key, value) for key, value in data.items() if key not in facts)
        return head


class OpenFormsAPIViewSet(PublicPagesAPIViewSet):
    """Every participation form open now: surveys, contact-detail updates, idea walls, photo contests.

    ``?type=survey,idea_wall`` limits the kinds (400 for an unknown one); ``?locale=``
    the language. Nearest deadline first, forms without a deadline last.
    """

    shown_activities = ()  # no counts of what visitors do

    model = Page
    base_serializer_class = OpenFormSerializer
    filter_backends = [backend for backend in PublicPagesAPIViewSet.filter_backends if backend is not SearchFilter]
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters.difference(["search", "search_operator"])

    def listed_pages(self):
        # The locale was checked by get_queryset() already.
        types = checked_form_types(self.request)
        # To the minute, as the times editors set are: the same SQL for a minute lets the listing's cached page serve it.
        moment = timezone.now().replace(second=0, microsecond=0)
        return open_forms(self.get_base_queryset(), types, moment)

    def get_object(self):
        # The detail view shows an open form only, with the listing's type and deadline.
        specific = super().get_object()
        for name in ["form_type", "form_deadline", "form_opens_at"]:
            setattr(specific, name, getattr(self._cached_object, name))
        return specific


class PageReferenceField(Field):
    """The wall or contest an item belongs to: id, title and locale."""

    def __init__(self, **kwargs):
        kwargs["source"] = "page"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        return {"id": page.pk, "title": page.title, "locale": page.locale.language_code}


class PublicItemsAPIViewSet(CompactJSON, CachedListItems, BaseAPIViewSet):
    """Items of participation pages; the page parameter names the wall or contest.

    ``?order=`` sorts by any listed field (``-support_count``, ``created_at``);
    ``?search=`` finds words in the item's text fields.
    """

    shown_activities = (PARTICIPATION,)  # supports, new ideas and photos

    filter_backends = [OrderingFilter]
    pagination_class = ListingPagination
    page_model = None
    page_parameter = "page"
    search_fields = []

    def get_queryset(self):
        pages = self.page_model.objects.live().public().select_related("locale")
        locale = checked_locale(self.request)
        if locale is not None:
            pages = pages.filter(locale=locale)
        page_id = checked_page_id(self.request, self.page_parameter)
        if page_id is not None:
            pages = pages.filter(pk=page_id)
        items = self.items(pages).select_related("page__locale")
        terms = self.request.GET.get("search", "").split()[:10]
        for term in terms:
            matches = Q()
            for name in self.search_fields:
                matches |= Q(**{f"{name}__icontains": term[:100]})
            items = items.filter(matches)
        return items

    def items(self, pages):
        raise NotImplementedError

    def get_object(self):
        # Detail views use the same public listing, so nothing unapproved is reachable by id.
        if not hasattr(self, "_cached_object"):
            from django.shortcuts import get_object_or_404

            self._cached_object = get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])
        return self._cached_object


class IdeasAPIViewSet(PublicItemsAPIViewSet):
    model = Idea
    page_model = IdeaWallPage
    page_parameter = "wall"
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale", "wall"])
    body_fields = BaseAPIViewSet.body_fields + ["text", "name", "pinned", "support_count", "answer", "answered_at",
                                                "created_at", "wall"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + body_fields[1:]

    search_fields = ["text", "name", "answer"]

    def items(self, pages):
        return public_ideas(pages=pages)


class PhotoImageField(Field):
    """Absolute addresses of the re-encoded photo and its thumbnail, with sizes and alt text."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, entry):
        request = self.context["request"]
        return {
            "url": request.build_absolute_uri(entry.file_url("full")),
            "thumbnail_url": request.build_absolute_uri(entry.file_url("thumb")),
            "width": entry.width,
            "height": entry.height,
            "alt": entry.alt_text,
        }


class PhotosAPIViewSet(PublicItemsAPIViewSet):
    model = PhotoEntry
    page_model = PhotoContestPage
    page_parameter = "contest"
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale", "contest"])
    body_fields = BaseAPIViewSet.body_fields + ["title", "photographer_name", "image", "created_at", "contest"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + body_fields[1:]

    search_fields = ["title", "photographer_name"]

    def items(self, pages):
        return public_photos(pages=pages)


def _api_fields():
    from wagtail.api import APIField

    return (
        [APIField(name) for name in ["text", "name", "pinned", "support_count", "answer", "answered_at", "created_at"]]
        + [APIField("wall", serializer=PageReferenceField())],
        [APIField(name) for name in ["title", "photographer_name", "created_at"]]
        + [APIField("image", serializer=PhotoImageField()), APIField("contest", serializer=PageReferenceField())],
    )


IDEA_API_FIELDS, PHOTO_API_FIELDS = _api_fields()
Idea.api_fields = IDEA_API_FIELDS
PhotoEntry.api_fields = PHOTO_API_FIELDS
