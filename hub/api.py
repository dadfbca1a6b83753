"""The one API router. Apps register their endpoints from their AppConfig.ready().

    from hub.api import api_router
    api_router.register_endpoint("events", EventsAPIViewSet)
"""

import hashlib
import operator
from functools import reduce

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet, FullResultSet, PermissionDenied
from django.core.signing import BadSignature
from django.db.models import Q, QuerySet
from django.http import Http404
from django.urls import path
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from rest_framework.fields import Field
from rest_framework.response import Response
from taggit.models import TaggedItem
from wagtail import hooks
from wagtail.api.validators import SiteFilterValidator
from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import BaseSerializer, PageLocaleField, PageSerializer
from wagtail.api.v2.utils import BadRequestError, page_models_from_string, parse_fields_parameter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction, Site, get_page_models

from home.chrome import TIMEOUT, activity_versions, cached_per_version, content_version
from home.signal_handlers import ACTIVITY_MODELS


class CompactJSON:
    """Answers without Wagtail's ``indent=4``.

    Python encodes indented JSON in pure Python, its compact form in C: on a
    list of twenty events that is several milliseconds. A client that wants
    it readable asks with ``Accept: application/json; indent=4``.
    """

    def get_renderer_context(self):
        context = super().get_renderer_context()
        context.pop("indent", None)
        return context


class ListingPagination(WagtailPagination):
    """Wagtail's ``offset``/``limit`` pagination, with the count and the page's ids cached.

    Counting a listing and sorting it for one page of items read every matching
    row, however few are shown: tens of milliseconds per request at the scale of
    a hub's archive. Both are kept under the content version, which any change
    to published content replaces (home/chrome.py), the versions of the
    activities the endpoint shows (registrations: ``?registration=open``), and
    the SQL itself, so a filter, an order or a date in the query makes its own entry. The items are
    then fetched by primary key. Search results and ``?order=random`` are
    paginated as Wagtail does.
    """

    def paginate_queryset(self, queryset, request, view=None):
        window = self.window(queryset, request, view)
        if window is None:
            return super().paginate_queryset(queryset, request, view)
        ids, items = window
        if items is None:
            by_pk = {item.pk: item for item in queryset.filter(pk__in=ids)}
            items = [by_pk[pk] for pk in ids if pk in by_pk]
        return items

    def window(self, queryset, request, view=None):
        """The requested window as ``(ids, items)``; ``items`` is None when the ids came from the cache.

        None for what is paginated as Wagtail does (search results, random order).
        """
        if not isinstance(queryset, QuerySet) or "?" in queryset.query.order_by:
            return None
        # Wagtail validates offset and limit; on an empty queryset it runs no query.
        bounds = super().paginate_queryset(queryset.none(), request, view)
        start, stop = bounds.query.low_mark, bounds.query.high_mark
        try:
            listed_by = view.listing_activities() if hasattr(view, "listing_activities") else None
            key = self.cache_key(queryset, start, stop, activities_key(listed_by))
        except EmptyResultSet:  # e.g. a tag nothing has: no SQL at all
            self.total_count = 0
            return [], []
        cached = cache.get(key)
        if cached is None:
            items = list(queryset[start:stop])
            self.total_count = queryset.count()
            ids = [item.pk for item in items]
            cache.set(key, (self.total_count, ids), TIMEOUT)
            return ids, items
        self.total_count, ids = cached
        return ids, None

    @staticmethod
    def cache_key(queryset, start, stop, activities=""):
        """The entry of the rows ``queryset`` selects, in its order.

        Made of the compiled filter, annotations and order, not the whole
        statement: the columns fetched do not change which rows are listed,
        and compiling them (every select_related relation) costs milliseconds.
        """
        query = queryset.query
        compiler = query.get_compiler(queryset.db)
        parts = [
            query.model._meta.label, compiled(compiler, query.where), query.order_by, query.extra_order_by,
            query.distinct, query.distinct_fields, query.extra, query.combinator,
            *((name, compiled(compiler, annotation)) for name, annotation in query.annotations.items()),
        ]
        digest = hashlib.sha256(f"{queryset.db}|{parts!r}".encode()).hexdigest()
        return f"hub:api:listing:{content_version()}:{activities}:{digest}:{start}:{stop}"


def activities_key(names):
    """The versions of the activities (home.chrome) ``names``, or of every one when None, for a key."""
    if names is None:
        names = {name for name in ACTIVITY_MODELS.values() if name}
    return activity_versions(sorted(names))


def compiled(compiler, expression):
    """SQL and parameters of a filter or expression; a marker for one that matches every row."""
    try:
        return compiler.compile(expression)
    except FullResultSet:
        return "all"


# An item's entry is per minute, so it is of no use for longer.
ITEM_TIMEOUT = 120


class CachedListItems:
    """A listing keeps each item's JSON until published content changes, as pages keep fragments.

    With the window's ids known (``ListingPagination.window``), only the items
    not kept yet are fetched and serialized. An item's entry is per endpoint,
    content version (home/chrome.py: any publish, snippet or settings change
    replaces it), the versions of the activities it shows (``shown_activities``:
    registrations for places left), minute (registration and forms open and
    close on the minute), language, host and the parameters that shape an item
    (``item_parameters``); filters and order do not, so one item serves every
    listing it appears in. Endpoints prepare fetched items in ``prepare_items``.
    """

    item_parameters = ("fields", "type", "rich_text_format", "site")
    # Activities (home.chrome) the items show; None: any, as for pages of every type.
    shown_activities = None

    def item_activities(self):
        """The activities an item's JSON may show (places left)."""
        return self.shown_activities

    def listing_activities(self):
        """The activities that decide which items are listed (a filter on places left)."""
        return self.shown_activities

    def listing_view(self, request):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        window = self.paginator.window(queryset, request, self)
        if window is None:  # search results, random order
            items = self.prepare_items(list(self.paginate_queryset(queryset)))
            return self.get_paginated_response(self.get_serializer(items, many=True).data)
        ids, items = window
        # Made for every request: they also check ?fields= and ?rich_text_format= (400).
        serializer_class, context = self.get_serializer_class(), self.get_serializer_context()
        keys = {pk: self.item_cache_key(pk) for pk in ids}
        found = cache.get_many(list(keys.values())) if keys else {}
        missing = {pk for pk in ids if keys[pk] not in found}
        if missing:
            if items is None:
                items = queryset.filter(pk__in=missing)
            items = self.prepare_items([item for item in items if item.pk in missing])
            fresh = {keys[item.pk]: data for item, data in zip(items, serializer_class(items, many=True, context=context).data)}
            cache.set_many(fresh, ITEM_TIMEOUT)
            found.update(fresh)
        return self.get_paginated_response([found[keys[pk]] for pk in ids if keys[pk] in found])

    def prepare_items(self, items):
        """The fetched items of a listing, made ready to serialize (translations, prefetches)."""
        return items

    def item_cache_key(self, pk):
        if not hasattr(self, "_item_cache_prefix"):
            shape = [
                f"{type(self).__module__}.{type(self).__qualname__}", self.request.scheme, self.request.get_host(),
                translation.get_language(), timezone.now().strftime("%Y%m%d%H%M"),
                *((name, self.request.GET.get(name)) for name in self.item_parameters),
            ]
            digest = hashlib.sha256(repr(shape).encode()).hexdigest()
            self._item_cache_prefix = f"hub:api:item:{content_version()}:{activities_key(self.item_activities())}:{digest}"
        return f"{self._item_cache_prefix}:{pk}"


class PageSearchFilter(SearchFilter):
    """``?search=``: an app's ``search_api_pages`` hook answers when one is registered.

    A hook is ``fn(request, queryset) -> queryset | None``; the first that returns
    a queryset wins. Without one, Wagtail's search backend runs the search.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" in request.GET:
            for search_pages in hooks.get_hooks("search_api_pages"):
                result = search_pages(request, queryset)
                if result is not None:
                    return result
        return super().filter_queryset(request, queryset, view)


class PageTranslationsField(Field):
    """``meta.translations``: the page's other live, public language versions."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        request = self.context.get("request")
        translations = page.get_translations().live().public().select_related("locale").order_by("locale__language_code")
        return [
            {"id": translation.pk, "locale": translation.locale.language_code, "title": translation.title,
             "html_url": translation.get_full_url(request)}
            for translation in translations
        ]


class PublicPageSerializer(PageSerializer):
    translations = PageTranslationsField(read_only=True)


def page_for_language_path(request, html_path):
    """``/sv/om-oss/`` → the Swedish page at that path in the request's site, or None."""
    site = Site.find_for_request(request)
    components = [component for component in html_path.split("/") if component]
    if site is None:
        return None
    root = site.root_page
    if components and components[0] in dict(settings.LANGUAGES):
        locale = Locale.objects.filter(language_code=components.pop(0)).first()
        root = root.get_translation_or_none(locale) if locale else None
        if root is None:
            return None
    try:
        page, _args, _kwargs = root.specific.route(request, components)
    except Http404:
        return None
    return page


def check_locale_parameter(request):
    """The Locale of ``?locale=`` (None without one); a clear 400 for one naming no language of the site (Wagtail answers 404)."""
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


class CheckedLocaleFilter(LocaleFilter):
    """Wagtail's ``?locale=`` filter with the Locale the view has already read."""

    def filter_queryset(self, request, queryset, view):
        locale = getattr(view, "requested_locale", None)
        if locale is None:
            return super().filter_queryset(request, queryset, view)
        filtered = queryset.filter(locale=locale)
        if getattr(queryset, "_filtered_by_child_of", None):
            filtered._filtered_by_child_of = queryset._filtered_by_child_of
        return filtered


# What a listing of Page's own fields reads of a page of any type.
PAGE_COLUMNS = [field.name for field in Page._meta.concrete_fields]


class PublicPagesAPIViewSet(CompactJSON, CachedListItems, PagesAPIViewSet):
    """Live, public pages only, whoever asks; a clear 400 for an unknown locale."""

    base_serializer_class = PublicPageSerializer
    pagination_class = ListingPagination
    # last_published_at also gives the API's Last-Modified header (hub/middleware.py).
    meta_fields = PagesAPIViewSet.meta_fields + ["last_published_at", "translations"]
    detail_only_fields = PagesAPIViewSet.detail_only_fields + ["last_published_at", "translations"]
    filter_backends = [
        {SearchFilter: PageSearchFilter, LocaleFilter: CheckedLocaleFilter}.get(backend, backend)
        for backend in PagesAPIViewSet.filter_backends
    ]

    def item_activities(self):
        """Those of the page types listed: a page model's ``shown_activities``, e.g. places left of events."""
        if self.shown_activities is not None:
            return self.shown_activities
        try:
            models = page_models_from_string(self.request.GET["type"]) if self.request.GET.get("type") else None
        except (LookupError, ValueError):
            models = None  # Wagtail answers with a 400
        if models is None:
            models = [self.model] if self.model is not Page else get_page_models()
        return {name for model in models for name in getattr(model, "shown_activities", ())}

    def listing_activities(self):
        # No filter of Wagtail's pages endpoint reads what visitors do; endpoints that filter on it say so.
        return self.shown_activities or ()

    def find_object(self, queryset, request):
        # Wagtail routes html_path from the site's root page; paths here start with a language.
        if "html_path" in request.GET:
            page = page_for_language_path(request, request.GET["html_path"])
            return page if page is not None and queryset.filter(pk=page.pk).exists() else None
        return super().find_object(queryset, request)

    def get_queryset(self):
        # Wagtail asks for this up to three times per request (listing, serializer
        # class, context): it is built, and its locale checked, once.
        if not hasattr(self, "_listed_pages"):
            self.requested_locale = check_locale_parameter(self.request)
            self._listed_pages = self.listed_pages()
        return self._listed_pages.all()

    def listed_pages(self):
        """The endpoint's pages, or those of ``?type=``, visible to everyone.

        Endpoints narrow it (filters, order, prefetches) by overriding this. The
        query runs on the model's own table: Wagtail's ``pk__in`` subquery of
        every public page in the site costs a read of the whole page tree.
        """
        try:
            models = page_models_from_string(self.request.GET["type"]) if self.request.GET.get("type") else []
        except (LookupError, ValueError) as error:
            raise BadRequestError("type doesn't exist") from error
        if len(models) > 1:
            queryset = self.get_base_queryset().type(*models)
        else:
            model = models[0] if models else self.model
            queryset = self.get_base_queryset(model)
            if self.model is Page and model is not Page and not self.shows_field(*self.own_fields(model)):
                # Only Page's fields are shown: the model's own columns, and what its
                # manager fetches for its own fields, are not needed.
                queryset = queryset.select_related(None).prefetch_related(None).only(*PAGE_COLUMNS)
        # Each item's meta shows its locale: one join, not a query per item.
        return queryset.select_related("locale")

    @classmethod
    def own_fields(cls, model):
        """The API fields ``model`` has beyond those of every page."""
        page_fields = set(cls.get_available_fields(Page))
        return [name for name in cls.get_available_fields(model) if name not in page_fields]

    def get_base_queryset(self, model=Page):
        return model.objects.filter(self.visible_pages_q())

    def shows_field(self, *names):
        """Whether the items of this response show any of the fields ``names``.

        Endpoints fetch related objects only for the fields shown: a listing's
        defaults leave out most relations, and ``?fields=`` names the rest.
        Detail views, ``?fields=*`` and anything unparsable count as showing all.
        """
        if self.action != "listing_view":
            return True
        try:
            config = parse_fields_parameter(self.request.GET["fields"]) if "fields" in self.request.GET else []
        except ValueError:
            return True  # Wagtail answers the request with the error
        fields = set(self.get_listing_default_fields(self.model))
        if config and config[0][0] == "*":
            return True
        if config and config[0][0] == "_":
            fields, config = set(), config[1:]
        for name, negated, _sub_fields in config:
            if negated:
                fields.discard(name)
            else:
                fields.add(name)
        return not fields.isdisjoint(names)

    def visible_pages_q(self):
        """Live pages in the site's language trees, outside every view restriction.

        Wagtail's own base lets a logged-in session see pages restricted to
        logged-in users; the API is public, so no restricted page leaves it.
        Built once per request: Wagtail asks again for the serializer's parents.
        """
        if not hasattr(self, "_visible_pages_q"):
            try:
                # The HttpRequest, not DRF's wrapper: Wagtail keeps the Site it finds on the
                # request it is given, and SiteMiddleware caches what it finds there.
                site = SiteFilterValidator(site=self.request.GET.get("site"), request=self.request._request).site_obj
            except ValueError as error:
                raise BadRequestError(str(error)) from error
            if site is None:
                self._visible_pages_q = Q(pk__in=[])
            else:
                roots, restricted = cached_per_version(f"hub:api:trees:{site.pk}", lambda: site_trees(site))
                self._visible_pages_q = Q(live=True) & any_subtree_q(roots)
                if restricted:
                    self._visible_pages_q &= ~any_subtree_q(restricted)
        return self._visible_pages_q


def site_trees(site):
    """(path, depth) of the site's language homes and of every view-restricted page."""
    roots = [site.root_page, *site.root_page.get_translations()]
    restricted = PageViewRestriction.objects.values_list("page__path", "page__depth").order_by("page__path")
    return [(root.path, root.depth) for root in roots], list(restricted)


def any_subtree_q(trees):
    """Pages in any of the subtrees ``trees`` ((path, depth) of their tops), the tops included."""
    return reduce(operator.or_, (Q(path__startswith=path, depth__gte=depth) for path, depth in trees))


class SnippetSerializer(BaseSerializer):
    locale = PageLocaleField(read_only=True)


class SnippetAPIViewSet(CompactJSON, CachedListItems, BaseAPIViewSet):
    """A translatable snippet as list and detail: ``?locale=``, filters by field, ``order``.

    Make one with :func:`snippet_endpoint`; the listing shows the model's
    ``api_fields``. Snippets are public content (no drafts or restrictions).
    """

    shown_activities = ()  # no counts of what visitors do

    base_serializer_class = SnippetSerializer
    pagination_class = ListingPagination
    filter_backends = [FieldsFilter, OrderingFilter, LocaleFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale"]) - {"search", "search_operator"}
    meta_fields = BaseAPIViewSet.meta_fields + ["locale"]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + ["locale"]
    nested_default_fields = BaseAPIViewSet.nested_default_fields + ["locale"]
    related = ()  # select_related for the listing

    def get_queryset(self):
        check_locale_parameter(self.request)
        ordering = self.model._meta.ordering or ["pk"]
        return self.model.objects.select_related("locale", *self.related).order_by(*ordering, "pk")


def snippet_endpoint(snippet_model, related=()):
    """An API endpoint listing ``snippet_model`` with all its ``api_fields``."""
    return type(f"{snippet_model.__name__}APIViewSet", (SnippetAPIViewSet,), {
        "model": snippet_model,
        "related": tuple(related),
        "listing_default_fields": SnippetAPIViewSet.listing_default_fields + [field.name for field in snippet_model.api_fields],
    })


# The largest the site itself shows; the original upload (often a camera's full
# size, with its metadata) never leaves the system.
IMAGE_DOWNLOAD_SPEC = "max-2400x2400"


class ImageRenditionDownloadUrlField(Field):
    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        return image.get_rendition(IMAGE_DOWNLOAD_SPEC).url


class ImageTagsField(Field):
    """The image's tag names by name, as Wagtail's tags field, from ``tag_names`` when set in bulk."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        names = getattr(image, "tag_names", None)
        if names is None:
            names = list(image.tags.all().order_by("name").values_list("name", flat=True))
        return names


class PublicImageSerializer(ImageSerializer):
    download_url = ImageRenditionDownloadUrlField(read_only=True)
    tags = ImageTagsField(read_only=True)


class PublicImagesAPIViewSet(CompactJSON, CachedListItems, ImagesAPIViewSet):
    """Images outside private collections, downloaded as renditions."""

    shown_activities = ()  # no counts of what visitors do

    base_serializer_class = PublicImageSerializer
    pagination_class = ListingPagination
    body_fields = ImagesAPIViewSet.body_fields + ["width", "height"]
    listing_default_fields = ImagesAPIViewSet.listing_default_fields + ["width", "height"]

    def get_queryset(self):
        # Wagtail asks for this more than once per request: the collections are read once.
        if not hasattr(self, "_public_images"):
            queryset = super().get_queryset().exclude(collection_id__in=private_collection_ids())
            if self.action == "listing_view":
                # The download renditions in one query, not a lookup per image.
                queryset = queryset.prefetch_renditions(IMAGE_DOWNLOAD_SPEC)
            self._public_images = queryset
        return self._public_images.all()

    def prepare_items(self, images):
        # Every image's tags in one query, not one per image.
        names = {image.pk: [] for image in images}
        if images:
            tagged = TaggedItem.objects.filter(
                content_type=ContentType.objects.get_for_model(self.model), object_id__in=names
            ).order_by("tag__name").values_list("object_id", "tag__name")
            for image_id, name in tagged:
                names[image_id].append(name)
        for image in images:
            image.tag_names = names[image.pk]
        return images


def private_collection_ids():
    restricted = Collection.objects.filter(
        pk__in=CollectionViewRestriction.objects.values_list("collection_id", flat=True)
    )
    ids = set()
    for collection in restricted:
        ids.update(collection.get_descendants(inclusive=True).values_list("pk", flat=True))
    return ids


class PublicDocumentsAPIViewSet(CompactJSON, CachedListItems, DocumentsAPIViewSet):
    """Documents outside private (view-restricted) collections."""

    shown_activities = ()  # no counts of what visitors do

    pagination_class = ListingPagination

    def get_queryset(self):
        return super().get_queryset().exclude(collection_id__in=private_collection_ids())


class PagePreviewAPIViewSet(PublicPagesAPIViewSet):
    """Draft content for a headless preview client, reached with a signed token."""

    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters.union(["content_type", "token"])

    def handle_exception(self, exc):
        if isinstance(exc, PermissionDenied):
            return Response({"message": str(exc)}, status=403)
        return super().handle_exception(exc)

    def preview_view(self, request):
        self.action = "detail_view"
        serializer = self.get_serializer(self.get_object())
        return Response(serializer.data)

    def get_object(self):
        if not hasattr(self, "_preview_page"):
            self._preview_page = self.find_preview_page()
        return self._preview_page

    def find_preview_page(self):
        content_type = self.request.GET.get("content_type", "")
        token = self.request.GET.get("token", "")
        try:
            app_label, model = content_type.split(".")
            model_class = ContentType.objects.get(app_label=app_label, model=model).model_class()
            signer = model_class.get_preview_signer()
        except (ValueError, ContentType.DoesNotExist, AttributeError) as error:
            raise BadRequestError(_("Invalid preview content type.")) from error
        try:
            # The package's tokens never expire by themselves; a preview link should.
            signer.unsign(token, max_age=settings.HEADLESS_PREVIEW_TOKEN_MAX_AGE)
            page = model_class.get_page_from_preview_token(token)
        except BadSignature as error:  # SignatureExpired included
            raise PermissionDenied(_("The preview token is invalid or has expired.")) from error
        if page is None:
            raise PermissionDenied(_("The preview token is invalid or has expired."))
        return page

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "preview_view"}), name="listing")]

    @classmethod
    def openapi_listing(cls, operation):
        operation["summary"] = "A draft page's content, for a preview client"
        content = operation["responses"]["200"]["content"]["application/json"]
        content["schema"] = {"$ref": "#/components/schemas/Item"}
        operation["responses"]["403"] = {"description": "The token is invalid or has expired.", "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Message"}}}}
        return operation


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
api_router.register_endpoint("page_preview", PagePreviewAPIViewSet)
