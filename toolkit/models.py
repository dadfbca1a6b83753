"""The association agents' toolkit: an index per language with guides."""

from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.blocks import heading_anchor
from home.localization import localized
from home.models import BasePage, ContactPerson
from home.serializers import SnippetField

from .blocks import GuideBodyBlock
from .listing import AUDIENCES, GuideFilters, guide_listing, localize_topics


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """What a guide is about (grants, premises, forums …); translated like other snippets."""

    name = models.CharField(
        _("name"),
        max_length=80,
        help_text=_("Shown on the guides of the topic and as a filter in the toolkit, e.g. Grants."),
    )
    slug = models.SlugField(
        _("slug"), max_length=80, allow_unicode=False, help_text=_("The topic's part of filter addresses, e.g. grants.")
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
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="toolkit_topic_unique_slug_per_locale")]

    def __str__(self):
        return self.name

    def api_data(self):
        return {"id": self.pk, "name": self.name, "slug": self.slug}


class ToolkitIndexPage(BasePage):
    """The toolkit of one language: guides filtered by audience and topic."""

    lead = models.TextField(
        _("lead paragraph"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in larger type under the page title. At most 600 characters."),
    )

    content_panels = Page.content_panels + [FieldPanel("lead")]
    search_fields = Page.search_fields + [index.SearchField("lead")]
    api_fields = BasePage.api_fields + [APIField("lead")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["toolkit.GuidePage"]

    class Meta:
        verbose_name = _("toolkit index page")
        verbose_name_plural = _("toolkit index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = GuideFilters.from_query(request.GET, self.locale_id)
        context["filters"] = filters
        context["listing"] = guide_listing(self, filters)  # evaluated only when the fragment is rebuilt
        return context


class GuidePageQuerySet(PageQuerySet):
    def _values(self, *fields, **expressions):
        # values() and values_list() rows are not pages: nothing to prefetch.
        clone = super()._values(*fields, **expressions)
        clone._prefetch_related_lookups = ()
        return clone

    # Pages with some fields only (Wagtail's editor lists translations so) are read for
    # those fields alone: following the deferred responsible person would be an error.
    def only(self, *fields):
        return self._without_related(super().only(*fields))

    def defer(self, *fields):
        return self._without_related(super().defer(*fields))

    @staticmethod
    def _without_related(clone):
        clone.query.select_related = False
        clone._prefetch_related_lookups = ()
        return clone


class GuidePageManager(PageManager.from_queryset(GuidePageQuerySet)):
    """Guides come with their topics, responsible person and related guides.

    Wagtail's pages API (``?type=toolkit.GuidePage``) reads guides through this
    manager, so a page of results costs the same queries however many it holds.
    """

    def get_queryset(self):
        from .listing import with_related

        return with_related(super().get_queryset())


def default_last_reviewed():
    return timezone.localdate()


class GuidePage(BasePage):
    summary = models.TextField(_("summary"), max_length=600, help_text=_("Two or three sentences shown in the toolkit's listing."))
    for_associations = models.BooleanField(
        _("associations"),
        default=False,
        help_text=_("For association agents and volunteers. Shown on the guide and used by the toolkit's audience filter."),
    )
    for_municipalities = models.BooleanField(
        _("municipalities"),
        default=False,
        help_text=_("For municipal officials and decision makers. Shown on the guide and used by the toolkit's audience filter."),
    )
    for_wellbeing_county = models.BooleanField(
        _("wellbeing services county"),
        default=False,
        help_text=_("For the staff of the wellbeing services county. Shown on the guide and used by the toolkit's audience filter."),
    )
    body = StreamField(
        GuideBodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The guide itself: steps, checklists, templates to download, good-to-know boxes and text. Its headings make the table of contents."),
    )
    responsible_person = models.ForeignKey(
        ContactPerson,
        verbose_name=_("responsible person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who keeps this guide up to date and answers questions about it."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        default=default_last_reviewed,
        db_index=True,
        help_text=_("When the guide was last checked to be correct. Guides not reviewed for a year are reported."),
    )

    objects = GuidePageManager()

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("for_associations"), FieldPanel("for_municipalities"), FieldPanel("for_wellbeing_county")],
            heading=_("Audience"),
            help_text=_("Who the guide is for; choose one or more."),
        ),
        InlinePanel("guide_topics", label=_("Topics")),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("responsible_person"), FieldPanel("last_reviewed")], heading=_("Keeping the guide current")),
        InlinePanel("related_guides", label=_("Related guides")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("last_reviewed"),
        index.FilterField("for_associations"),
        index.FilterField("for_municipalities"),
        index.FilterField("for_wellbeing_county"),
        index.RelatedFields("guide_topics", [index.RelatedFields("topic", [index.SearchField("name")])]),
    ]
    api_fields = BasePage.api_fields + [
        APIField("summary"),
        APIField("audience"),
        APIField("topics"),
        APIField("body"),
        APIField("table_of_contents"),
        APIField("responsible_person", serializer=SnippetField()),
        APIField("related"),
        APIField("last_reviewed"),
    ]
    parent_page_types = ["toolkit.ToolkitIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    # For templates and the API ---------------------------------------------------

    @property
    def audience(self):
        """Audience codes, e.g. ["associations", "municipalities"]."""
        return [code for code, _label in AUDIENCES if getattr(self, f"for_{code}")]

    @property
    def audience_labels(self):
        return [label for code, label in AUDIENCES if getattr(self, f"for_{code}")]

    @property
    def topic_list(self):
        """Topics in this page's language (set in bulk by localize_topics)."""
        if not hasattr(self, "_topic_list"):
            localize_topics([self], self.locale_id)
        return self._topic_list

    @property
    def topics(self):
        return [topic.api_data() for topic in self.topic_list]

    @cached_property
    def related_guide_list(self):
        if "related_guides" in getattr(self, "_prefetched_objects_cache", {}):
            links = self.related_guides.all()
        else:
            links = self.related_guides.select_related("guide")
        guides = [localized(link.guide) for link in links if link.guide_id]
        return [guide for guide in guides if guide.live]

    @property
    def related(self):
        return [
            {"id": guide.pk, "title": guide.title, "summary": guide.summary, "url": guide.get_full_url()}
            for guide in self.related_guide_list
        ]

    @cached_property
    def responsible(self):
        return localized(self.responsible_person)

    @property
    def table_of_contents(self):
        """[{level, text, anchor}] from the body's headings, numbered steps and checklists."""
        entries = []
        for block in self.body:
            if block.block_type == "heading":
                entries.append({"level": int(block.value["level"][1]), "text": block.value["text"], "anchor": heading_anchor(block.value["text"])})
            elif block.block_type == "steps":
                level = 2
                if block.value["heading"]:
                    entries.append({"level": 2, "text": block.value["heading"], "anchor": f"steps-{block.id}"})
                    level = 3
                for number, anchor, step in block.value.numbered_steps():
                    entries.append({"level": level, "text": f"{number}. {step['title']}", "anchor": anchor})
            elif block.block_type == "checklist":
                entries.append({"level": 2, "text": block.value["heading"], "anchor": f"checklist-{block.id}"})
        return entries

    def is_due_for_review(self, today=None, months=None):
        from .review import review_cutoff

        return self.last_reviewed < review_cutoff(today, months)

    # Rendering ----------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = self.get_parent()
        context["index_url"] = index_page.get_url(request)
        context["og_type"] = "article"
        return context


class GuidePageTopic(Orderable):
    page = ParentalKey(GuidePage, related_name="guide_topics", on_delete=models.CASCADE)
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A topic the guide is listed under; visitors can filter the toolkit by topic."),
    )

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class GuidePageRelatedGuide(Orderable):
    page = ParentalKey(GuidePage, related_name="related_guides", on_delete=models.CASCADE)
    guide = models.ForeignKey(
        GuidePage,
        verbose_name=_("guide"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Another guide linked at the end of this one as further reading."),
    )

    panels = [PageChooserPanel("guide", "toolkit.GuidePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related guide")
        verbose_name_plural = _("related guides")

