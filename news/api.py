"""The `news` API endpoint: news items with category, tag and date-range filters.

    /api/v2/news/?locale=fi&category=foorumit&tag=vapaaehtoistyo&date_from=2025-01-01&date_to=2025-06-30

Items come from the same listing as the HTML index and the feeds, newest first
unless ``order`` says otherwise; every field of a news item is in the listing.
"""

from datetime import date

from django.utils.translation import gettext as _
from wagtail.api.v2.utils import BadRequestError

from hub.api import PublicPagesAPIViewSet

from .listing import NewsFilters, news_items
from .models import NewsCategory, NewsPage

NEWS_FILTERS = ["category", "tag", "date_from", "date_to"]


def parse_date(name, value):
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise BadRequestError(
            _("%(name)s must be a date like 2025-03-31, not “%(value)s”.") % {"name": name, "value": value[:40]}
        ) from error


class NewsAPIViewSet(PublicPagesAPIViewSet):
    model = NewsPage
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters.union(NEWS_FILTERS)
    listing_default_fields = PublicPagesAPIViewSet.listing_default_fields + [
        "date",
        "lead",
        "main_image",
        "categories",
        "tags",
    ]

    def listed_pages(self):
        params = self.request.GET
        if params.get("type"):
            raise BadRequestError(_("The news endpoint lists news items only; leave out the type parameter."))
        queryset = super().listed_pages()  # news items in this site, with the locale checked
        date_from = parse_date("date_from", params["date_from"]) if params.get("date_from") else None
        date_to = parse_date("date_to", params["date_to"]) if params.get("date_to") else None
        if date_from and date_to and date_from > date_to:
            raise BadRequestError(_("date_from must not be later than date_to."))
        filters = NewsFilters()
        if params.get("category"):
            categories = NewsCategory.objects.filter(slug=params["category"])
            if params.get("locale"):
                categories = categories.filter(locale__language_code=params["locale"])
            filters.category = categories.first()
            if filters.category is None:
                raise BadRequestError(_("Unknown category %(slug)s.") % {"slug": params["category"][:80]})
        if params.get("tag"):
            filters.tag = NewsFilters.from_query({"tag": params["tag"]}, None).tag
            if filters.tag is None:
                return queryset.none()
        items = news_items(base=queryset, filters=filters)
        if date_from:
            items = items.filter(date__gte=date_from)
        if date_to:
            items = items.filter(date__lte=date_to)
        if self.shows_field("author_list"):
            items = items.prefetch_related("authors__person__organisation", "authors__person__photo")
        if self.shows_field("related"):
            items = items.prefetch_related("related_pages__related_page")
        return items
