"""The RSS 2.0 feed of a campaign blog."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

from .listing import blog_posts

FEED_LENGTH = 20


class CampaignBlogFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index_page):
        campaign = index_page.campaign
        return f"{index_page.title} – {campaign.hashtag}" if campaign else index_page.title

    def link(self, index_page):
        return self.request.build_absolute_uri(index_page.get_url(self.request))

    def description(self, index_page):
        campaign = index_page.campaign
        return index_page.lead or (campaign.key_message if campaign else index_page.title)

    def feed_url(self, index_page):
        return self.request.build_absolute_uri()

    def items(self, index_page):
        return blog_posts(index=index_page)[:FEED_LENGTH]

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
        return item.author_display_name or None
