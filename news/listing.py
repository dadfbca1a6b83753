"""The news listing: one queryset used by the HTML index, the feeds and the API.

Visibility (live, public, in the index's language), filters (category, tag,
month, date range), related objects fetched in bulk and ordering live here only,
so that every channel shows the same items.
"""

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.apps import apps
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.db.models.functions import TruncMonth
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.images import get_image_model

PAGE_SIZE = 10
# Renditions listings and feeds show; prefetched so that images cost no query per item.
LISTING_RENDITIONS = (
    "fill-600x340|format-webp", "fill-1200x680|format-webp", "fill-600x340|format-jpeg", "fill-1200x680|format-jpeg",
    "fill-1200x675",  # the API's image
)


def _model(name):
    return apps.get_model("news", name)


def live_news(*, index=None, locale=None):
    """Live, public news items below ``index`` and/or in ``locale``: the visibility rules."""
    queryset = _model("NewsPage").objects.live().public()
    if index is not None:
        queryset = queryset.child_of(index)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def news_items(*, index=None, locale=None, filters=None, base=None):
    """The listing: visible items, filtered, with their images, categories and tags, newest first."""
    queryset = base if base is not None else live_news(index=index, locale=locale)
    if filters is not None:
        queryset = filters.apply(queryset)
    return (
        queryset.select_related("locale")
        .prefetch_related(
            Prefetch("main_image", queryset=get_image_model().objects.prefetch_renditions(*LISTING_RENDITIONS)),
            Prefetch(
                "news_categories",
                queryset=_model("NewsPageCategory").objects.select_related("category").order_by("sort_order"),
            ),
            Prefetch("tagged_items", queryset=_model("NewsPageTag").objects.select_related("tag").order_by("tag__name")),
        )
        .order_by("-date", "-pk")
    )


class NewsListing:
    """What the index page shows for its filters, computed on first use.

    The template renders it inside a fragment cached under the content version,
    so a repeated request costs no listing queries at all.
    """

    def __init__(self, index, filters, page_number):
        self.index = index
        self.filters = filters
        self.page_number = page_number

    @cached_property
    def base(self):
        return live_news(index=self.index)

    @cached_property
    def categories(self):
        return categories_in_use(self.base, self.index.locale_id)

    @cached_property
    def page(self):
        paginator = Paginator(news_items(base=self.base, filters=self.filters), PAGE_SIZE)
        page = paginator.get_page(self.page_number)
        localize_categories(page.object_list, self.index.locale_id, self.categories)
        return page

    @cached_property
    def page_links(self):
        return self.filters.page_links(self.page)

    @cached_property
    def archive(self):
        return archive_months(self.base, self.filters)

    @cached_property
    def category_links(self):
        return [
            {"name": category.name, "url": self.filters.url(category=category.slug, page=None), "current": category == self.filters.category}
            for category in self.categories
        ]

    @cached_property
    def tag_links(self):
        return [
            {"name": tag.name, "url": self.filters.url(tag=tag.slug, page=None), "current": tag == self.filters.tag}
            for tag in tags_in_use(self.base)
        ]


def localize_categories(pages, locale_id, known=None):
    """Give each page ``_category_list``: its categories in ``locale_id``'s language.

    A translation copied without wagtail-localize may still point at the source
    language's categories; they are swapped for their translations (one query,
    or none when ``known`` already holds the language's categories).
    """
    category_model = _model("NewsCategory")
    pages = list(pages)
    links = {page.pk: [link.category for link in page.news_categories.all()] for page in pages}
    foreign = {category.translation_key for categories in links.values() for category in categories if category.locale_id != locale_id}
    translations = {}
    if foreign:
        candidates = known if known is not None else category_model.objects.filter(locale_id=locale_id, translation_key__in=foreign)
        translations = {category.translation_key: category for category in candidates if category.locale_id == locale_id}
    for page in pages:
        page._category_list = [
            translations.get(category.translation_key, category) if category.locale_id != locale_id else category
            for category in links[page.pk]
        ]
    return pages


def categories_in_use(base, locale_id):
    """The language's categories that at least one visible item has."""
    used_keys = _model("NewsPageCategory").objects.filter(page__in=base).values("category__translation_key")
    return list(_model("NewsCategory").objects.filter(locale_id=locale_id, translation_key__in=used_keys).order_by("name"))


def tags_in_use(base):
    """Tags of the visible items (a language's items have that language's tags)."""
    tag_ids = _model("NewsPageTag").objects.filter(content_object__in=base).values("tag_id")
    return list(Tag.objects.filter(pk__in=tag_ids).order_by("name"))


def archive_months(base, filters):
    """[{month, count, url}] newest first, for the other active filters (month aside)."""
    queryset = filters.apply(base, month=False)
    rows = (
        queryset.order_by()
        .annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(count=Count("pk"))
        .order_by("-month")
    )
    return [
        {
            "month": row["month"],
            "count": row["count"],
            "url": filters.url(month=row["month"].strftime("%Y-%m"), page=None),
            "current": filters.month == row["month"],
        }
        for row in rows
    ]


def parse_month(value):
    """'2025-03' → date(2025, 3, 1); ValueError otherwise."""
    year, month = value.split("-")
    if len(year) != 4 or len(month) != 2:
        raise ValueError(value)
    return date(int(year), int(month), 1)


@dataclass
class NewsFilters:
    """Filters from a query string, validated against the index's language."""

    category: object = None
    tag: object = None
    month: date | None = None
    problems: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query, locale_id):
        filters = cls()
        category_slug = query.get("category", "").strip()
        if category_slug:
            filters.category = _model("NewsCategory").objects.filter(locale_id=locale_id, slug=category_slug).first()
            if filters.category is None:
                filters.problems.append(_("There is no category “%(slug)s”.") % {"slug": category_slug[:80]})
        tag_slug = query.get("tag", "").strip()
        if tag_slug:
            filters.tag = Tag.objects.filter(slug=tag_slug).first()
            if filters.tag is None:
                filters.problems.append(_("There is no tag “%(slug)s”.") % {"slug": tag_slug[:80]})
        month = query.get("month", "").strip()
        if month:
            try:
                filters.month = parse_month(month)
            except ValueError:
                filters.problems.append(
                    _("“%(value)s” is not a month. Use the form year-month, e.g. 2025-03.") % {"value": month[:20]}
                )
        return filters

    @property
    def active(self):
        return bool(self.category or self.tag or self.month or self.problems)

    def apply(self, queryset, month=True):
        if self.problems:
            return queryset.none()
        if self.category is not None:
            page_ids = _model("NewsPageCategory").objects.filter(
                category__translation_key=self.category.translation_key
            ).values("page_id")
            queryset = queryset.filter(pk__in=page_ids)
        if self.tag is not None:
            queryset = queryset.filter(pk__in=_model("NewsPageTag").objects.filter(tag=self.tag).values("content_object_id"))
        if month and self.month is not None:
            queryset = queryset.filter(date__year=self.month.year, date__month=self.month.month)
        return queryset

    def cache_key(self, page_number):
        """A short key for the validated filters and page (invalid input shares one key)."""
        if self.problems:
            return "invalid"
        params = self.params()
        number = str(page_number)[:6] if page_number else "1"
        return ":".join([params.get("category", ""), str(params.get("tag", "")), params.get("month", ""), number])

    def params(self):
        params = {}
        if self.category is not None:
            params["category"] = self.category.slug
        if self.tag is not None:
            params["tag"] = self.tag.slug
        if self.month is not None:
            params["month"] = self.month.strftime("%Y-%m")
        return params

    def url(self, **changes):
        """A query string with the active filters and ``changes`` (None removes a key)."""
        params = {**self.params(), **changes}
        params = {key: value for key, value in params.items() if value not in (None, "")}
        return "?" + urlencode(params) if params else "./"

    def clear_links(self):
        """One link per active filter that removes it."""
        links = []
        if self.category is not None:
            links.append({"label": _("Category"), "value": self.category.name, "url": self.url(category=None)})
        if self.tag is not None:
            links.append({"label": _("Tag"), "value": self.tag.name, "url": self.url(tag=None)})
        if self.month is not None:
            links.append({"label": _("Month"), "value": self.month, "url": self.url(month=None)})
        return links

    def page_links(self, page_obj):
        paginator = page_obj.paginator
        if paginator.num_pages <= 1:
            return None
        return {
            "previous": self.url(page=page_obj.previous_page_number()) if page_obj.has_previous() else None,
            "next": self.url(page=page_obj.next_page_number()) if page_obj.has_next() else None,
            "pages": [
                {"number": number, "url": self.url(page=number), "current": number == page_obj.number}
                if number != paginator.ELLIPSIS
                else {"ellipsis": True}
                for number in paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
            ],
        }
