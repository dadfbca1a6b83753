"""News archive: an index per language with articles, categories and tags."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.blocks import BodyBlock
from home.chrome import site_chrome
from home.localization import localized
from home.models import BasePage, ContactPerson

from .listing import (
    NewsFilters,
    NewsListing,
    live_news,
    localize_categories,
)


class NewsCategory(TranslatableMixin, index.Indexed, models.Model):
    """A topic news items belong to; translated like the other snippets."""

    name = models.CharField(
        _("name"),
        max_length=80,
        help_text=_("Shown on the news items of the category and as a filter in the news archive, e.g. Forums."),
    )
    slug = models.SlugField(
        _("slug"), max_length=80, allow_unicode=False, help_text=_("The category's part of listing addresses, e.g. forums.")
    )
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=400,
        help_text=_("A sentence or two on what it covers, for sites that read the API. At most 400 characters."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name", boost=2), index.AutocompleteField("name"), index.FilterField("locale")]
    api_fields = [APIField("name"), APIField("slug"), APIField("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="news_category_unique_slug_per_locale")]

    def __str__(self):
        return self.name

    def api_data(self):
        return {"id": self.pk, "name": self.name, "slug": self.slug}


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news archive of one language: listing, filters, monthly archive and feeds."""

    lead = models.TextField(
        _("lead paragraph"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in larger type under the page title. At most 600 characters."),
    )

    content_panels = Page.content_panels + [FieldPanel("lead")]
    search_fields = Page.search_fields + [index.SearchField("lead")]
    api_fields = BasePage.api_fields + [APIField("lead")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    @path("")
    def listing_view(self, request):
        filters = NewsFilters.from_query(request.GET, self.locale_id)
        context = self.get_context(request)
        context.update(
            {
                "filters": filters,
                # Evaluated only when the template's cached fragment is rebuilt.
                "listing": NewsListing(self, filters, request.GET.get("page")),
                "listing_key": filters.cache_key(request.GET.get("page")),
                "feeds": self.feed_links(request, filters),
            }
        )
        return TemplateResponse(request, self.get_template(request), context)

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)

    def feed_links(self, request, filters):
        """Alternate links: the whole archive, and the active category's own feeds."""
        base = self.get_url(request)
        links = [
            {"type": "application/rss+xml", "title": _("News (RSS)"), "url": f"{base}rss/"},
            {"type": "application/atom+xml", "title": _("News (Atom)"), "url": f"{base}atom/"},
        ]
        if filters.category:
            query = f"?category={filters.category.slug}"
            name = filters.category.name
            links += [
                {"type": "application/rss+xml", "title": f"{name} (RSS)", "url": f"{base}rss/{query}"},
                {"type": "application/atom+xml", "title": f"{name} (Atom)", "url": f"{base}atom/{query}"},
            ]
        for link in links:
            link["full_url"] = request.build_absolute_uri(link["url"])
        return links


class NewsPage(BasePage):
    date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        db_index=True,
        help_text=_("Shown with the item; the archive and the feeds are ordered by it. It does not schedule publishing: do that in the publishing schedule."),
    )
    lead = models.TextField(_("lead paragraph"), max_length=600, help_text=_("One or two sentences shown in listings and feeds."))
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The page's content: text, headings, images, quotes, embeds and other blocks. Use the heading levels in order (2, then 3) so that screen reader users can follow."),
    )
    main_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("main image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Shown at the top of the page and in listings, cropped to 16:9 (1200×675 pixels); choose a landscape image at least 1200 pixels wide."),
    )
    main_image_alt = models.CharField(
        _("alternative text of the main image"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    tags = ClusterTaggableManager(
        through=NewsPageTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Keywords that link the item to other news on the same subject; shown under the item, each with its own listing."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("main_image"), FieldPanel("main_image_alt")], heading=_("Main image")),
        FieldPanel("body"),
        MultiFieldPanel(
            [InlinePanel("news_categories", label=_("Categories")), FieldPanel("tags")], heading=_("Categories and tags")
        ),
        InlinePanel("authors", label=_("Authors")),
        InlinePanel("related_pages", label=_("Related pages")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.RelatedFields("news_categories", [index.RelatedFields("category", [index.SearchField("name")])]),
        index.RelatedFields("authors", [index.RelatedFields("person", [index.SearchField("name")])]),
    ]
    api_fields = BasePage.api_fields + [
        APIField("date"),
        APIField("lead"),
        APIField("body"),
        APIField("main_image", serializer=ImageRenditionField("fill-1200x675")),
        APIField("main_image_alt"),
        APIField("categories"),
        # The prefetched tags (Wagtail's own tags field queries once per item).
        APIField("tags", serializer=serializers.ListField(child=serializers.CharField(), source="tag_names", read_only=True)),
        APIField("author_list"),
        APIField("related"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    # For templates and the API ---------------------------------------------------

    @property
    def category_list(self):
        """Categories in this page's language (set in bulk by localize_categories)."""
        if not hasattr(self, "_category_list"):
            localize_categories([self], self.locale_id)
        return self._category_list

    @property
    def categories(self):
        return [category.api_data() for category in self.category_list]

    @cached_property
    def tag_list(self):
        if "tagged_items" in getattr(self, "_prefetched_objects_cache", {}):
            return [item.tag for item in self.tagged_items.all()]
        return [item.tag for item in self.tagged_items.select_related("tag").order_by("tag__name")]

    @property
    def tag_names(self):
        return [tag.name for tag in self.tag_list]

    @cached_property
    def author_people(self):
        return [localized(author.person) for author in self.authors.select_related("person__organisation", "person__photo")]

    @property
    def author_list(self):
        return [person.api_data() for person in self.author_people]

    @cached_property
    def related_page_list(self):
        pages = [localized(link.related_page) for link in self.related_pages.all()]
        return [page for page in pages if page.live]

    @property
    def related(self):
        return [{"id": page.pk, "title": page.title, "url": page.get_full_url()} for page in self.related_page_list]

    # Rendering ----------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Evaluated only when the template's cached fragments are rebuilt.
        context.update({"article": NewsArticleExtras(self, request), "og_type": "article"})
        return context

    def json_ld(self, request):
        """schema.org NewsArticle as a safe <script> body."""
        url = request.build_absolute_uri(self.get_url(request))
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.lead,
            "datePublished": self.date.isoformat(),
            "dateModified": (self.last_published_at or timezone.now()).isoformat(),
            "inLanguage": self.locale.language_code,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "url": url,
            "author": [{"@type": "Person", "name": person.name} for person in self.author_people],
            "publisher": {"@type": "Organization", "name": site_chrome(request)["footer"]["name"]},
            "keywords": [tag.name for tag in self.tag_list],
            "articleSection": [category.name for category in self.category_list],
        }
        if self.main_image:
            rendition = self.main_image.get_rendition("fill-1200x675")
            data["image"] = [request.build_absolute_uri(rendition.url)]
        return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_json_script_escapes))

    def share_links(self, request):
        from urllib.parse import quote

        url = quote(request.build_absolute_uri(self.get_url(request)), safe="")
        title = quote(self.title, safe="")
        return [
            {"name": "Facebook", "url": f"https://www.facebook.com/sharer/sharer.php?u={url}"},
            {"name": "LinkedIn", "url": f"https://www.linkedin.com/sharing/share-offsite/?url={url}"},
            {"name": "X", "url": f"https://x.com/intent/post?url={url}&text={title}"},
            {"name": "WhatsApp", "url": f"https://wa.me/?text={title}%20{url}"},
            {"name": _("E-mail"), "url": f"mailto:?subject={title}&body={url}"},
        ]


class NewsArticleExtras:
    """What an article shows around its own content: links to the index, neighbours, JSON-LD."""

    def __init__(self, page, request):
        self.page = page
        self.request = request

    @cached_property
    def index_page(self):
        return self.page.get_parent()

    @cached_property
    def index_url(self):
        return self.index_page.get_url(self.request)

    @cached_property
    def neighbours(self):
        return live_news(index=self.index_page).only("title", "url_path", "date")

    @cached_property
    def older(self):
        page = self.page
        # A new page in preview has no id yet: it counts as the oldest of its day.
        pk = page.pk or 0
        return (
            self.neighbours.filter(models.Q(date__lt=page.date) | models.Q(date=page.date, pk__lt=pk))
            .order_by("-date", "-pk")
            .first()
        )

    @cached_property
    def newer(self):
        page = self.page
        pk = page.pk or 0
        return (
            self.neighbours.filter(models.Q(date__gt=page.date) | models.Q(date=page.date, pk__gt=pk))
            .order_by("date", "pk")
            .first()
        )

    @cached_property
    def json_ld(self):
        return self.page.json_ld(self.request)

    @cached_property
    def share_links(self):
        return self.page.share_links(self.request)


class NewsPageCategory(TranslatableMixin, Orderable):
    page = ParentalKey(NewsPage, related_name="news_categories", on_delete=models.CASCADE)
    category = models.ForeignKey(
        NewsCategory, verbose_name=_("category"), on_delete=models.CASCADE, related_name="page_links",
        help_text=_("A category the item is listed under in the news archive and its feeds."),
    )

    panels = [FieldPanel("category")]

    def get_default_locale(self):
        # A new inline row belongs to its page's language, not the default one.
        page = getattr(self, "page", None)
        return page.locale if page is not None and page.locale_id else super().get_default_locale()

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")


class NewsPageAuthor(TranslatableMixin, Orderable):
    page = ParentalKey(NewsPage, related_name="authors", on_delete=models.CASCADE)
    person = models.ForeignKey(
        ContactPerson,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Shown as the item's author, with title and photo; chosen from the contact persons."),
    )

    panels = [FieldPanel("person")]

    def get_default_locale(self):
        # A new inline row belongs to its page's language, not the default one.
        page = getattr(self, "page", None)
        return page.locale if page is not None and page.locale_id else super().get_default_locale()

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")


class NewsPageRelatedPage(Orderable):
    page = ParentalKey(NewsPage, related_name="related_pages", on_delete=models.CASCADE)
    related_page = models.ForeignKey(
        Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="+",
        help_text=_("A page linked under the item as further reading; in the reader's language where a translation is live."),
    )

    panels = [FieldPanel("related_page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")
