"""RSS 2.0 and Atom feeds of a news index, for the whole archive or one category."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from home.chrome import site_chrome

from .listing import NewsFilters, localize_categories, news_items

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        # Only the category narrows a feed; other parameters are ignored.
        filters = NewsFilters.from_query({"category": request.GET.get("category", "")}, self.index_page.locale_id)
        if filters.problems:
            raise Http404(filters.problems[0])
        self.request = request
        self.filters = filters
        return filters.category

    def title(self, category):
        parts = [self.index_page.title, category.name if category else None, site_chrome(self.request)["footer"]["name"]]
        return " – ".join(part for part in parts if part)

    def link(self, category):
        url = self.request.build_absolute_uri(self.index_page.get_url(self.request))
        return f"{url}?category={category.slug}" if category else url

    def description(self, category):
        if category and category.description:
            return category.description
        return self.index_page.lead or _("News from %(title)s") % {"title": self.index_page.title}

    def feed_url(self, category):
        return self.request.build_absolute_uri()

    def items(self, category):
        items = list(
            news_items(index=self.index_page, filters=self.filters).prefetch_related("authors__person")[:FEED_LENGTH]
        )
        return localize_categories(items, self.index_page.locale_id)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return self.request.build_absolute_uri(item.get_url(self.request))

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        published = item.first_published_at
        if published and timezone.localdate(published) == item.date:
            return published
        return timezone.make_aware(datetime.combine(item.date, time(9)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item):
        return ", ".join(author.person.name for author in item.authors.all()) or None

    def item_categories(self, item):
        return [category.name for category in item.category_list] + [tag.name for tag in item.tag_list]

    def item_enclosures(self, item):
        return []


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, category):
        return self.description(category)
