"""The core content model every plugin may use."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessPreviewMixin

from .blocks import RICH_TEXT_FEATURES, BodyBlock, HighlightCardBlock
from .localization import localized, prefetch_translations
from .serializers import SnippetSummaryField, image_data

phone_validator = RegexValidator(
    r"^\+?[0-9 ()-]{5,20}$", _("Enter a phone number with digits, spaces and an optional + prefix.")
)


# Snippets shared by several plugins ------------------------------------------------


class Municipality(TranslatableMixin, models.Model):
    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("The municipality's name in this language, e.g. Tampere or Tammerfors. Shown in filters and on event and premises pages."),
    )
    code = models.CharField(
        _("municipality code"),
        max_length=3,
        validators=[RegexValidator(r"^\d{3}$", _("The municipality code has three digits, e.g. 837."))],
        help_text=_("Statistics Finland's three-digit code, e.g. 837 for Tampere."),
    )

    panels = [FieldPanel("name"), FieldPanel("code")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]
    api_fields = [APIField("name"), APIField("code")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def api_data(self):
        return {"id": self.pk, "name": self.name, "code": self.code}


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("The official name as in the register, e.g. Esimerkkiyhdistys ry. Shown wherever the organisation is listed."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("A few sentences on what the organisation does. Shown in the lists of organisations, and in the footer for the hub's own organisation."),
    )
    field_of_activity = models.CharField(
        _("field of activity"),
        max_length=150,
        blank=True,
        help_text=_("For example: sport, culture, social welfare and health, residents' activities."),
    )
    business_id = models.CharField(
        _("business ID"),
        max_length=9,
        blank=True,
        validators=[RegexValidator(r"^\d{7}-\d$", _("A business ID looks like 1234567-8."))],
        help_text=_("The business ID (Y-tunnus) in the form 1234567-8; leave empty if the organisation has none."),
    )
    street_address = models.CharField(
        _("street address"),
        max_length=200,
        blank=True,
        help_text=_("Street and number, e.g. Hämeenkatu 1 A."),
    )
    postal_code = models.CharField(
        _("postal code"),
        max_length=5,
        blank=True,
        validators=[RegexValidator(r"^\d{5}$", _("A postal code has five digits."))],
        help_text=_("Five digits, e.g. 33100."),
    )
    city = models.CharField(_("town"), max_length=100, blank=True, help_text=_("The post office town, e.g. Tampere."))
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Where the organisation works; lists of organisations can be filtered by municipality."),
    )
    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The full address starting with https://, e.g. https://www.example.fi."),
    )
    contact_name = models.CharField(
        _("contact person"),
        max_length=150,
        blank=True,
        help_text=_("Who to contact at the organisation. For editors only: the name is not shown on the site or in the API."),
    )
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("The organisation's general address, shown on the site; prefer a shared address such as info@example.fi to a person's own."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text=_("With the area code, e.g. 040 123 4567 or +358 40 123 4567. Shown on the site."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Shown in the lists of participating organisations; a PNG with a transparent background works best."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("field_of_activity"),
        FieldPanel("business_id"),
        MultiFieldPanel(
            [FieldPanel("street_address"), FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]), FieldPanel("municipality")],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("contact_name"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Contact details"),
        ),
        FieldPanel("logo"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]
    # The contact person's name stays out of the API: the e-mail and phone are the organisation's.
    api_fields = [
        APIField("name"),
        APIField("description"),
        APIField("field_of_activity"),
        APIField("business_id"),
        APIField("street_address"),
        APIField("postal_code"),
        APIField("city"),
        APIField("municipality", serializer=SnippetSummaryField("id", "name", "code")),
        APIField("website"),
        APIField("email"),
        APIField("phone"),
        APIField("logo", serializer=ImageRenditionField("max-320x200")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def api_data(self):
        return {
            "id": self.pk,
            "name": self.name,
            "description": self.description,
            "field_of_activity": self.field_of_activity,
            "street_address": self.street_address,
            "postal_code": self.postal_code,
            "city": self.city,
            "website": self.website,
            "email": self.email,
            "phone": self.phone,
        }


class ContactPerson(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_("First and last name, e.g. Maija Esimerkki. Shown wherever the person is chosen, e.g. as an author or a contact person."),
    )
    job_title = models.CharField(
        _("title"),
        max_length=150,
        blank=True,
        help_text=_("The person's role, e.g. Coordinator of association cooperation. Shown after the name."),
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Where the person works; the organisation's name is shown with the person's contact details."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text=_("With the area code, e.g. 040 123 4567 or +358 40 123 4567. Shown on the site."),
    )
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("Shown on the site and in the API: use a work address."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("photo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("A portrait, cropped to a square; at least 300×300 pixels. Leave empty if the person does not want a photo published."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("job_title"),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("photo"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("job_title"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]
    api_fields = [
        APIField("name"),
        APIField("job_title"),
        APIField("organisation", serializer=SnippetSummaryField("id", "name")),
        APIField("phone"),
        APIField("email"),
        APIField("photo", serializer=ImageRenditionField("fill-300x300")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.job_title}" if self.job_title else self.name

    @classmethod
    def prefetch_translations(cls, people):
        """What ``localized()`` and ``api_data()`` look up for these people: two queries at most, none in their language."""
        prefetch_translations(people, cls.objects.select_related("organisation", "photo"))
        shown = [localized(person) for person in people if person is not None]
        prefetch_translations([person.organisation for person in shown if person.organisation_id])

    def api_data(self):
        organisation = localized(self.organisation)
        return {
            "id": self.pk,
            "name": self.name,
            "title": self.job_title,
            "organisation": organisation.name if organisation else "",
            "phone": self.phone,
            "email": self.email,
            "photo": image_data(self.photo, "fill-300x300", alt=self.name) if self.photo else None,
        }


# Pages --------------------------------------------------------------------------


class BasePage(HeadlessPreviewMixin, Page):
    """What every public page shares: social image, sitemap alternates, preview.

    Content apps inherit from it so that the core behaviour lives in one place.
    """

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social media image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared; 1200×630 pixels works best."),
    )

    promote_panels = Page.promote_panels + [FieldPanel("social_image")]
    api_fields = [
        APIField("social_image", serializer=ImageRenditionField("fill-1200x630")),
    ]

    class Meta:
        abstract = True

    def serve_preview(self, request, preview_mode):
        # Without a headless client the built-in preview renders the template.
        if not settings.WAGTAIL_HEADLESS_PREVIEW.get("CLIENT_URLS"):
            return Page.serve_preview(self, request, preview_mode)
        return super().serve_preview(request, preview_mode)

    def live_translations(self):
        """This page in each language, live and public, including itself."""
        return (
            Page.objects.filter(translation_key=self.translation_key)
            .live()
            .public()
            .select_related("locale")
        )

    def get_sitemap_urls(self, request=None):
        def address(page):
            # On the host the crawler used, like canonical links (ALLOWED_HOSTS guards it).
            return request.build_absolute_uri(page.get_url(request)) if request else page.get_full_url()

        translations = list(self.live_translations())
        entry = {"location": address(self), "lastmod": self.last_published_at or self.latest_revision_created_at}
        if len(translations) > 1:
            entry["alternates"] = [
                {"lang_code": page.locale.language_code, "location": address(page)} for page in translations
            ]
        return [entry]


class HomePage(BasePage):
    hero_title = models.CharField(
        _("hero title"),
        max_length=120,
        help_text=_("The large heading at the top of the home page; keep it short. At most 120 characters."),
    )
    hero_text = models.TextField(
        _("hero text"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences under the hero title. At most 400 characters."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("hero image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("The wide image of the hero, cropped to 1600×600 pixels; choose an image whose subject is in the middle."),
    )
    hero_link_page = models.ForeignKey(
        Page, verbose_name=_("hero link"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("The page the hero's button leads to, e.g. the event listing. The button is shown when both the page and its text are given."),
    )
    hero_link_label = models.CharField(
        _("hero link text"),
        max_length=60,
        blank=True,
        help_text=_("The text of the hero's button, e.g. See upcoming events. At most 60 characters."),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A short introduction under the hero: what the hub does and for whom."),
    )
    highlights = StreamField(
        [("highlight", HighlightCardBlock())],
        verbose_name=_("highlights"),
        blank=True,
        max_num=6,
        help_text=_("Up to six cards that lift important pages or themes to the home page, shown under the introduction."),
    )
    contact_heading = models.CharField(
        _("contact heading"),
        max_length=120,
        blank=True,
        help_text=_("The heading of the contact block at the bottom of the home page, e.g. Contact us."),
    )
    contact_text = RichTextField(
        _("contact text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A few words in the contact block, e.g. when and how to reach the hub."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldRowPanel([FieldPanel("hero_link_page"), FieldPanel("hero_link_label")]),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        FieldPanel("highlights"),
        MultiFieldPanel(
            [FieldPanel("contact_heading"), FieldPanel("contact_text"), InlinePanel("contacts", label=_("Contact persons"))],
            heading=_("Contact block"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_text"),
        index.SearchField("intro"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("hero_title"),
        APIField("hero_text"),
        APIField("hero_image", serializer=ImageRenditionField("fill-1600x600")),
        APIField("intro"),
        APIField("highlights"),
        APIField("contact_heading"),
        APIField("contact_text"),
        APIField("contacts"),
    ]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = home_page_sections(request, self)
        return context

    def route(self, request, path_components):
        """Find the deepest page on the path in one query, then let it route the rest.

        Wagtail walks the tree one query pair per level; this keeps the cost of a
        page the same at any depth. The page found still routes what is left of
        the path itself, so routable pages (feeds, archives) work as usual.
        """
        if not path_components:
            return super().route(request, path_components)
        prefixes = {
            self.url_path + "/".join(path_components[:length]) + "/": length
            for length in range(1, len(path_components) + 1)
        }
        deepest = Page.objects.filter(url_path__in=prefixes, path__startswith=self.path).order_by("-depth").first()
        if deepest is None:
            raise Http404
        return deepest.specific.route(request, path_components[prefixes[deepest.url_path] :])


def home_page_sections(request, page):
    """HTML sections that plugins add to the home page (latest news, events …).

    A plugin registers ``@hooks.register("home_page_sections")`` with a function
    ``(request, page) -> (order, html) | None``; lower order comes first.
    """
    sections = [fn(request, page) for fn in hooks.get_hooks("home_page_sections")]
    return [html for order, html in sorted(filter(None, sections), key=lambda section: section[0])]


class HomePageContact(Orderable):
    page = ParentalKey(HomePage, related_name="contacts", on_delete=models.CASCADE)
    person = models.ForeignKey(
        ContactPerson,
        verbose_name=_("contact person"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Shown in the contact block with their title, phone, e-mail and photo."),
    )

    panels = [FieldPanel("person")]
    api_fields = [APIField("person_data")]

    @property
    def person_data(self):
        return localized(self.person).api_data()


class StandardPage(BasePage):
    lead = models.TextField(
        _("lead paragraph"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in larger type under the page title. At most 600 characters."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The page's content: text, headings, images, quotes, embeds and other blocks. Use the heading levels in order (2, then 3) so that screen reader users can follow."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"), null=True, blank=True, help_text=_("When the content was last checked to be up to date.")
    )

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body"), FieldPanel("last_reviewed")]
    search_fields = Page.search_fields + [index.SearchField("lead", boost=2), index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("lead"), APIField("body"), APIField("last_reviewed")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


# Site settings --------------------------------------------------------------------


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The hub's own organisation: its name, description and address appear in the footer in each language."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text=_("The hub's phone number in the footer of every page, e.g. 040 123 4567."),
    )
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("The hub's e-mail address in the footer of every page."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Shown beside the site's name in the header of every page, 48 pixels high; a square image works best. Empty: the default logo."),
    )
    facebook_url = models.URLField(
        _("Facebook"),
        blank=True,
        help_text=_("The full address of the hub's profile, starting with https://. Shown as a link in the footer; leave empty to hide it."),
    )
    instagram_url = models.URLField(
        _("Instagram"),
        blank=True,
        help_text=_("The full address of the hub's profile, starting with https://. Shown as a link in the footer; leave empty to hide it."),
    )
    linkedin_url = models.URLField(
        _("LinkedIn"),
        blank=True,
        help_text=_("The full address of the hub's profile, starting with https://. Shown as a link in the footer; leave empty to hide it."),
    )
    youtube_url = models.URLField(
        _("YouTube"),
        blank=True,
        help_text=_("The full address of the hub's profile, starting with https://. Shown as a link in the footer; leave empty to hide it."),
    )
    accessibility_statement = models.ForeignKey(
        Page,
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer of every page, in the visitor's language."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("organisation"), FieldPanel("logo")], heading=_("Organisation")),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Contact details")),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("instagram_url"), FieldPanel("linkedin_url"), FieldPanel("youtube_url")],
            heading=_("Social media"),
        ),
        FieldPanel("accessibility_statement"),
        InlinePanel("footer_links", label=_("Footer links")),
    ]

    class Meta:
        verbose_name = _("site settings")

    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("LinkedIn", self.linkedin_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]


class FooterLink(Orderable):
    setting = ParentalKey(SiteSettings, related_name="footer_links", on_delete=models.CASCADE)
    page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A page linked in the footer of every page, e.g. the privacy notice; the link text is the page's title in the visitor's language."),
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("footer link")
        verbose_name_plural = _("footer links")


def active_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()
