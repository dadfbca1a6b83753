"""Campaign sites: a landing page with its own sub-navigation, a blog, an info
package for decision makers, a materials library and participating organisations.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import RegexValidator
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.blocks import BodyBlock
from home.localization import localized
from home.models import BasePage, ContactPerson, Municipality, Organisation
from home.serializers import SnippetField

from .blocks import ArgumentsBlock, GoalsBlock, KeyFiguresBlock, QuotesBlock
from .palette import DEFAULT_THEME, THEME_CHOICES, theme

hashtag_validator = RegexValidator(
    r"^#\w{2,60}$", _("A hashtag starts with # and has letters, digits or underscores only, e.g. #josmeitäeiolisi.")
)


def campaign_page_sections(request, page):
    """HTML sections that other plugins add to a campaign landing (upcoming events …).

    A plugin registers ``@hooks.register("campaign_page_sections")`` with a function
    ``(request, page) -> (order, html) | None``; lower order comes first.
    """
    sections = [fn(request, page) for fn in hooks.get_hooks("campaign_page_sections")]
    return [html for _order, html in sorted(filter(None, sections), key=lambda section: section[0])]


class CampaignSectionMixin:
    """What every page of a campaign shares: its campaign, theme and sub-navigation."""

    @cached_property
    def campaign(self):
        if isinstance(self, CampaignPage):
            return self
        if self.pk is None:  # a new page in preview
            parent = self.get_parent() if self.path else None
            return CampaignPage.objects.ancestor_of(parent, inclusive=True).order_by("-depth").first() if parent else None
        return CampaignPage.objects.ancestor_of(self).order_by("-depth").first()

    @property
    def theme(self):
        campaign = self.campaign
        return theme(campaign.theme_colour if campaign else DEFAULT_THEME)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaign = self.campaign
        context["campaign"] = campaign
        context["campaign_theme"] = self.theme
        context["campaign_navigation"] = campaign.navigation(request, current=self) if campaign else []
        return context


class CampaignPage(CampaignSectionMixin, BasePage):
    """The landing of one campaign; its child pages form the campaign's sub-navigation."""

    hashtag = models.CharField(
        _("hashtag"),
        max_length=64,
        validators=[hashtag_validator],
        help_text=_("The campaign's hashtag with the #, e.g. #josmeitäeiolisi. Shown on every page of the campaign and in the info package."),
    )
    key_message = models.TextField(
        _("key message"), max_length=400, help_text=_("The campaign's message in one or two sentences, shown in the hero.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("hero image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("The wide image at the top of the campaign page, cropped to 1600×700 pixels; choose an image whose subject is in the middle."),
    )
    hero_image_alt = models.CharField(
        _("alternative text of the hero image"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it; leave empty if it is only decoration."),
    )
    starts_on = models.DateField(
        _("campaign starts"),
        default=timezone.localdate,
        help_text=_("Shown at the top of the campaign page as the start of the campaign period."),
    )
    ends_on = models.DateField(_("campaign ends"), null=True, blank=True, help_text=_("Leave empty for an open-ended campaign."))
    theme_colour = models.CharField(
        _("theme colour"),
        max_length=20,
        choices=THEME_CHOICES,
        default=DEFAULT_THEME,
        help_text=_("Every colour of the palette has a text colour that passes WCAG AA contrast."),
    )
    intro = StreamField(
        BodyBlock(),
        verbose_name=_("introduction"),
        blank=True,
        help_text=_("What the campaign is about and why, under the hero: text, images, videos and other blocks."),
    )
    goals = StreamField(
        GoalsBlock(),
        verbose_name=_("goals"),
        blank=True,
        help_text=_("What the campaign aims at, one goal per block; shown as a list of goals on the campaign page."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hashtag"), FieldPanel("key_message"), FieldPanel("hero_image"), FieldPanel("hero_image_alt")],
            heading=_("Hero"),
        ),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading=_("Campaign period")),
        FieldPanel("theme_colour"),
        FieldPanel("goals"),
        FieldPanel("intro"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hashtag", boost=3),
        index.SearchField("key_message", boost=2),
        index.SearchField("intro"),
        index.SearchField("goals"),
        index.FilterField("starts_on"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("hashtag"),
        APIField("key_message"),
        APIField("hero_image", serializer=ImageRenditionField("fill-1600x700")),
        APIField("hero_image_alt"),
        APIField("starts_on"),
        APIField("ends_on"),
        APIField("theme"),
        APIField("goals"),
        APIField("intro"),
        APIField("sub_pages"),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    # Extended with "events.EventIndexPage" in CampaignConfig.ready() when events is installed.
    subpage_types = [
        "campaign.CampaignBlogIndexPage",
        "campaign.InfoPackagePage",
        "campaign.MaterialsPage",
        "campaign.ParticipatingOrganisationsPage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("campaign page")
        verbose_name_plural = _("campaign pages")

    def clean(self):
        super().clean()
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The campaign cannot end before it starts.")})

    def is_ongoing(self, today=None):
        today = today or timezone.localdate()
        return self.starts_on <= today and (self.ends_on is None or today <= self.ends_on)

    def sub_page_list(self):
        """The live, public child pages in the editor's order: the sub-navigation."""
        if self.pk is None:
            return []
        return list(self.get_children().live().public())

    @property
    def sub_pages(self):
        return [{"id": page.pk, "title": page.title, "url": page.get_full_url()} for page in self.sub_page_list()]

    def navigation(self, request, current=None):
        """[{title, url, current, ancestor}] for the campaign's sub-navigation."""
        current_path = current.path if current is not None and current.path else ""
        items = [{"title": self.title, "url": self.get_url(request), "current": current is not None and current.pk == self.pk}]
        for page in self.sub_page_list():
            items.append(
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "current": current is not None and current.pk == page.pk,
                    "ancestor": bool(current_path) and current_path.startswith(page.path) and current.pk != page.pk,
                }
            )
        return items

    def get_context(self, request, *args, **kwargs):
        from .listing import blog_posts

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = campaign_page_sections(request, self)
        context["latest_posts"] = list(blog_posts(campaign=self)[:3]) if self.pk else []
        context["organisations_page"] = self.organisations_page()
        if context["organisations_page"] is not None:
            context["organisation_count"] = Participation.objects.filter(campaign__translation_key=self.translation_key).count()
        return context

    def organisations_page(self):
        """The campaign's live participating organisations page, from the sub-navigation's pages."""
        from django.contrib.contenttypes.models import ContentType

        content_type = ContentType.objects.get_for_model(ParticipatingOrganisationsPage)
        return next((page for page in self.sub_page_list() if page.content_type_id == content_type.pk), None)


class CampaignBlogIndexPage(CampaignSectionMixin, RoutablePageMixin, BasePage):
    """The campaign's blog: posts newest first, ten a page, and an RSS feed."""

    lead = models.TextField(
        _("lead paragraph"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in larger type under the page title. At most 600 characters."),
    )

    content_panels = Page.content_panels + [FieldPanel("lead")]
    search_fields = Page.search_fields + [index.SearchField("lead")]
    api_fields = BasePage.api_fields + [APIField("lead")]
    parent_page_types = ["campaign.CampaignPage"]
    subpage_types = ["campaign.CampaignBlogPost"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("campaign blog")
        verbose_name_plural = _("campaign blogs")

    @path("")
    def listing_view(self, request):
        from .listing import PAGE_SIZE, blog_posts

        number = request.GET.get("page", "1")
        if not (number.isascii() and number.isdecimal()) or int(number) < 1:
            raise Http404(_("There is no such page of posts."))
        paginator = Paginator(blog_posts(index=self), PAGE_SIZE)
        if int(number) > max(paginator.num_pages, 1):
            raise Http404(_("There is no such page of posts."))
        context = self.get_context(request)
        context["posts"] = paginator.page(int(number))
        context["feed_url"] = self.get_url(request) + "rss/"
        return TemplateResponse(request, self.get_template(request), context)

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from .feeds import CampaignBlogFeed

        return CampaignBlogFeed(self)(request)


class CampaignBlogPost(CampaignSectionMixin, BasePage):
    date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        db_index=True,
        help_text=_("Shown with the post; the blog and its feed are ordered by it. It does not schedule publishing."),
    )
    author = models.ForeignKey(
        ContactPerson,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Choose a contact person, or write a guest writer's name below."),
    )
    author_name = models.CharField(
        _("guest writer"), max_length=150, blank=True, help_text=_("For example: Maija Esimerkki, chair of Esimerkkiyhdistys ry.")
    )
    lead = models.TextField(_("lead paragraph"), max_length=600, help_text=_("One or two sentences shown in the listing and the feed."))
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Shown at the top of the page and in listings, cropped to 16:9 (1200×675 pixels); choose a landscape image at least 1200 pixels wide."),
    )
    image_alt = models.CharField(
        _("alternative text of the image"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The page's content: text, headings, images, quotes, embeds and other blocks. Use the heading levels in order (2, then 3) so that screen reader users can follow."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldRowPanel([FieldPanel("author"), FieldPanel("author_name")], heading=_("Author")),
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        index.SearchField("author_name"),
        index.FilterField("date"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("date"),
        APIField("author_display_name"),
        APIField("author", serializer=SnippetField()),
        APIField("lead"),
        APIField("image", serializer=ImageRenditionField("fill-1200x675")),
        APIField("image_alt"),
        APIField("body"),
    ]
    parent_page_types = ["campaign.CampaignBlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign blog post")
        verbose_name_plural = _("campaign blog posts")

    @cached_property
    def author_person(self):
        return localized(self.author)

    @property
    def author_display_name(self):
        if self.author_name:
            return self.author_name
        return self.author_person.name if self.author_person else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["og_type"] = "article"
        return context


class InfoPackagePage(CampaignSectionMixin, RoutablePageMixin, BasePage):
    """An info package for decision makers: quick to read, printable as a PDF."""

    lead = models.TextField(_("summary"), max_length=800, help_text=_("What a decision maker should know, in a few sentences."))
    key_figures = StreamField(
        KeyFiguresBlock(),
        verbose_name=_("key figures"),
        blank=True,
        help_text=_("Numbers that show the campaign's point at a glance, each with its source; shown at the top of the info package and its PDF."),
    )
    arguments = StreamField(
        ArgumentsBlock(),
        verbose_name=_("arguments"),
        blank=True,
        help_text=_("Arguments for decision makers, each a claim in one sentence with its reasoning."),
    )
    quotes = StreamField(
        QuotesBlock(),
        verbose_name=_("quotes"),
        blank=True,
        help_text=_("What people involved say, with their name and role; ask their permission first."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("more information"),
        blank=True,
        help_text=_("Further information after the key figures, arguments and quotes, e.g. background and sources."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("key_figures"),
        FieldPanel("arguments"),
        FieldPanel("quotes"),
        FieldPanel("body"),
        InlinePanel("contacts", label=_("Contact persons")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("key_figures"),
        index.SearchField("arguments"),
        index.SearchField("quotes"),
        index.SearchField("body"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("lead"),
        APIField("key_figures"),
        APIField("arguments"),
        APIField("quotes"),
        APIField("body"),
        APIField("contact_list"),
        APIField("pdf_url"),
    ]
    parent_page_types = ["campaign.CampaignPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("info package")
        verbose_name_plural = _("info packages")

    @cached_property
    def contact_people(self):
        links = self.contacts.select_related("person__organisation", "person__photo")
        return [localized(link.person) for link in links]

    @property
    def contact_list(self):
        return [person.api_data() for person in self.contact_people]

    @property
    def pdf_url(self):
        url = self.get_full_url()
        return f"{url}pdf/" if url else None

    @property
    def has_illustrative_figures(self):
        return any(block.value.get("is_illustrative") for block in self.key_figures)

    @path("")
    def page_view(self, request):
        context = self.get_context(request)
        context["pdf_url"] = self.get_url(request) + "pdf/"
        return TemplateResponse(request, self.get_template(request), context)

    @path("pdf/", name="pdf")
    def pdf_view(self, request):
        from .pdf import info_package_pdf_response

        return info_package_pdf_response(self, request)


class InfoPackageContact(Orderable):
    page = ParentalKey(InfoPackagePage, related_name="contacts", on_delete=models.CASCADE)
    person = models.ForeignKey(
        ContactPerson,
        verbose_name=_("contact person"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Whom decision makers can contact about the campaign; shown at the end of the info package and its PDF."),
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")


# Materials -------------------------------------------------------------------------

MATERIAL_TYPES = [
    ("logo", _("Logo")),
    ("poster", _("Poster")),
    ("social_image", _("Social media image")),
    ("presentation", _("Presentation template")),
]
MATERIAL_LANGUAGES = [
    ("fi", _("Finnish")),
    ("sv", _("Swedish")),
    ("en", _("English")),
    ("multi", _("Several languages")),
]
LICENCES = [
    ("cc-by-4.0", _("CC BY 4.0 – free to use and adapt, name the campaign")),
    ("cc-by-nd-4.0", _("CC BY-ND 4.0 – free to share unchanged, name the campaign")),
    ("cc0", _("CC0 – no rights reserved")),
    ("campaign-use", _("Free for campaign communications of participating organisations")),
]
LICENCE_URLS = {
    "cc-by-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "cc-by-nd-4.0": "https://creativecommons.org/licenses/by-nd/4.0/",
    "cc0": "https://creativecommons.org/publicdomain/zero/1.0/",
}
IMAGE_TYPES = {"logo", "social_image"}


class Material(TranslatableMixin, index.Indexed, models.Model):
    """A downloadable campaign material: logo, poster, social media image or presentation template."""

    title = models.CharField(
        _("title"),
        max_length=160,
        help_text=_("The material's name in the materials library, e.g. Campaign poster A3. At most 160 characters."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=500,
        help_text=_("What the material is and how to use it, shown in the materials library. At most 500 characters."),
    )
    campaign = models.ForeignKey(
        CampaignPage,
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The campaign whose materials library shows this; leave empty to show it in every campaign."),
    )
    material_type = models.CharField(
        _("type"),
        max_length=20,
        choices=MATERIAL_TYPES,
        help_text=_("Shown with the material; visitors can filter the library by type."),
    )
    language = models.CharField(
        _("language of the material"),
        max_length=10,
        choices=MATERIAL_LANGUAGES,
        default="fi",
        help_text=_("The language of the file itself; visitors can filter the library by it."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=20,
        choices=LICENCES,
        default="cc-by-4.0",
        help_text=_("How others may use the material; shown with a link to the licence."),
    )
    preview_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("preview image"), on_delete=models.PROTECT, related_name="+",
        help_text=_("A picture of the material shown in the library; for an image material, the image itself."),
    )
    preview_alt = models.CharField(
        _("alternative text of the preview"), max_length=250, help_text=_("What the material looks like, in a sentence.")
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The file to download (PDF, PPTX, ODP …). A logo or social media image may leave it empty: the original image is downloaded."),
    )
    sort_order = models.IntegerField(_("order"), default=0, help_text=_("Smaller numbers come first."))

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("campaign"),
        FieldRowPanel([FieldPanel("material_type"), FieldPanel("language")]),
        FieldPanel("licence"),
        MultiFieldPanel([FieldPanel("preview_image"), FieldPanel("preview_alt")], heading=_("Preview")),
        FieldPanel("document"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
        index.FilterField("material_type"),
        index.FilterField("language"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("campaign material")
        verbose_name_plural = _("campaign materials")
        ordering = ["sort_order", "title"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.document_id is None and self.material_type and self.material_type not in IMAGE_TYPES:
            raise ValidationError({"document": _("Choose the file to download: only logos and social media images can do without one.")})

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    def download_url(self):
        """Documents are served by Wagtail (as attachments); image materials by the campaign's view."""
        if self.document_id:
            return self.document.url
        from django.urls import reverse

        return reverse("campaign_material_download", args=[self.pk])

    def file_type(self):
        if self.document_id:
            return self.document.file_extension.upper()
        return (self.preview_image.file.name.rsplit(".", 1)[-1] if self.preview_image_id else "").upper()


class MaterialsPage(CampaignSectionMixin, BasePage):
    """The campaign's materials library, filtered by type and language."""

    lead = models.TextField(
        _("lead paragraph"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in larger type under the page title. At most 600 characters."),
    )
    usage_terms = models.TextField(
        _("terms of use"), blank=True, max_length=1000, help_text=_("How organisations may use the materials; shown above the list.")
    )

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("usage_terms")]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("usage_terms")]
    api_fields = BasePage.api_fields + [APIField("lead"), APIField("usage_terms")]
    parent_page_types = ["campaign.CampaignPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("materials page")
        verbose_name_plural = _("materials pages")

    def get_context(self, request, *args, **kwargs):
        from .listing import MaterialFilters, campaign_materials

        context = super().get_context(request, *args, **kwargs)
        filters = MaterialFilters.from_query(request.GET)
        context["filters"] = filters
        context["material_list"] = list(campaign_materials(campaign=self.campaign, locale_id=self.locale_id, filters=filters))
        context["type_options"] = MATERIAL_TYPES
        context["language_options"] = MATERIAL_LANGUAGES
        return context


# Participating organisations -------------------------------------------------------------


class ParticipatingOrganisationsPage(CampaignSectionMixin, RoutablePageMixin, BasePage):
    """The organisations taking part, filterable, with the public form to ask to join."""

    lead = models.TextField(
        _("lead paragraph"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in larger type under the page title. At most 600 characters."),
    )
    join_text = models.TextField(
        _("invitation to join"),
        blank=True,
        max_length=800,
        help_text=_("Shown above the join form: who can join and what joining means."),
    )

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("join_text")]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("join_text")]
    api_fields = BasePage.api_fields + [APIField("lead"), APIField("join_text")]
    parent_page_types = ["campaign.CampaignPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("participating organisations page")
        verbose_name_plural = _("participating organisations pages")

    @path("")
    def listing_view(self, request):
        from .listing import OrganisationListing

        context = self.get_context(request)
        listing = OrganisationListing(self, request.GET)
        context["listing"] = listing
        context["filters"] = listing.filters
        context["join_url"] = self.get_url(request) + "join/"
        return TemplateResponse(request, self.get_template(request), context)

    @path("join/", name="join")
    def join_view(self, request):
        from .views import join_request_view

        return join_request_view(request, self)

    @path("join/thanks/", name="join_thanks")
    def join_thanks_view(self, request):
        context = self.get_context(request)
        return TemplateResponse(request, "campaign/join_thanks.html", context)


class Participation(models.Model):
    """An organisation taking part in a campaign: created by approving a join request or by an editor."""

    campaign = models.ForeignKey(
        CampaignPage,
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="participations",
        help_text=_("The campaign the organisation takes part in; it is listed on the campaign's participating organisations page."),
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="campaign_participations",
        help_text=_("The organisation from the shared organisation list; its name, description and logo are shown."),
    )
    joined_at = models.DateTimeField(
        _("joined"),
        default=timezone.now,
        help_text=_("When the organisation joined; the newest are listed first."),
    )

    panels = [FieldPanel("campaign"), FieldPanel("organisation"), FieldPanel("joined_at")]

    class Meta:
        verbose_name = _("participating organisation")
        verbose_name_plural = _("participating organisations")
        ordering = ["-joined_at"]
        constraints = [models.UniqueConstraint(fields=["campaign", "organisation"], name="campaign_participation_unique")]

    def __str__(self):
        return f"{self.organisation} – {self.campaign}"


class JoinRequest(models.Model):
    """An association's request to join a campaign; shown nowhere until an editor approves it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    campaign = models.ForeignKey(
        CampaignPage,
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="join_requests",
        help_text=_("The campaign the organisation asks to join."),
    )
    organisation_name = models.CharField(
        _("name of the organisation"),
        max_length=200,
        help_text=_("As the sender wrote it; approving creates the organisation with this name unless an existing one is chosen below."),
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("As the sender wrote it; correct obvious typos before approving."),
    )
    field_of_activity = models.CharField(
        _("field of activity"),
        max_length=150,
        help_text=_("As the sender wrote it; correct obvious typos before approving."),
    )
    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_("As the sender wrote it; correct obvious typos before approving."),
    )
    description = models.TextField(
        _("short description"),
        max_length=600,
        blank=True,
        help_text=_("As the sender wrote it; correct obvious typos before approving."),
    )
    contact_name = models.CharField(
        _("contact person"),
        max_length=150,
        help_text=_("Who sent the request; not shown on the site."),
    )
    email = models.EmailField(
        _("e-mail"),
        help_text=_("The sender's address: the decision is sent there. Not shown on the site."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=20,
        blank=True,
        help_text=_("The sender's phone number, for questions; not shown on the site."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="fi",
        help_text=_("The language the decision e-mail is written in."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    existing_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("existing organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("If the organisation is already in the register, choose it; otherwise approving creates it."),
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    decision_message = models.TextField(_("message to the requester"), blank=True, max_length=1000)
    created_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("decided by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", editable=False,
    )

    class Meta:
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")
        ordering = ["-created_at"]

    def __str__(self):
        return self.organisation_name

    @property
    def is_pending(self):
        return self.status == self.Status.PENDING
