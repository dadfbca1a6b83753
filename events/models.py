"""Events: forums, workshops and seminars with registration, waiting list and calendars."""

import json
import secrets

from django import forms
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from home.blocks import BodyBlock
from home.localization import localized
from home.models import BasePage, ContactPerson, Municipality, Organisation
from home.serializers import SnippetField

from home.chrome import shows_activity

from . import formatting

# The activity (home.chrome) of registrations: they show only as places left.
REGISTRATIONS = "registrations"

SCHEDULED, POSTPONED, CANCELLED = "scheduled", "postponed", "cancelled"
STATUS_CHOICES = [(SCHEDULED, _("Scheduled")), (POSTPONED, _("Postponed")), (CANCELLED, _("Cancelled"))]
SCHEMA_STATUS = {
    SCHEDULED: "https://schema.org/EventScheduled",
    POSTPONED: "https://schema.org/EventPostponed",
    CANCELLED: "https://schema.org/EventCancelled",
}

HIDDEN, OPTIONAL, REQUIRED = "hidden", "optional", "required"
QUESTION_CHOICES = [(HIDDEN, _("Not asked")), (OPTIONAL, _("Optional")), (REQUIRED, _("Required"))]


class EventSnippet(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(
        _("name"),
        max_length=80,
        help_text=_("The name shown on event pages and as a filter in the event listing, e.g. Associations."),
    )
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in filter addresses, e.g. associations."))

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def api_data(self):
        return {"id": self.pk, "name": self.name, "slug": self.slug}


class Audience(EventSnippet):
    """Who an event is for: associations, municipal officials, decision makers …"""

    class Meta(EventSnippet.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="events_audience_unique_slug_per_locale")]


class Keyword(EventSnippet):
    """What an event is about: grants, volunteering, premises …"""

    class Meta(EventSnippet.Meta):
        verbose_name = _("keyword")
        verbose_name_plural = _("keywords")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="events_keyword_unique_slug_per_locale")]


class EventIndexPage(RoutablePageMixin, BasePage):
    """The events of one language or campaign: upcoming and past, filters, iCalendar feed."""

    lead = models.TextField(
        _("lead paragraph"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in larger type under the page title. At most 600 characters."),
    )

    content_panels = Page.content_panels + [FieldPanel("lead")]
    search_fields = Page.search_fields + [index.SearchField("lead")]
    api_fields = BasePage.api_fields + [APIField("lead")]
    # EventsConfig.ready() adds campaign.CampaignPage when the campaign app is installed.
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    @path("")
    def listing_view(self, request):
        from .views import index_view

        return index_view(request, self)

    @path("ical/", name="ical")
    def ical_view(self, request):
        from .views import index_ical

        return index_ical(request, self)


class EventPageForm(WagtailAdminPageForm):
    """Audiences and keywords to tick in the page's own language only."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        locale_id = self.instance.locale_id or (parent_page.locale_id if parent_page else None)
        if locale_id:
            for name, model in (("audiences", Audience), ("keywords", Keyword)):
                if name in self.fields:
                    self.fields[name].queryset = model.objects.filter(locale_id=locale_id).order_by("name")
            if "municipality" in self.fields:
                self.fields["municipality"].queryset = Municipality.objects.filter(locale_id=locale_id)


def new_token():
    return secrets.token_urlsafe(32)


class EventPage(RoutablePageMixin, BasePage):
    """One event: when, where, for whom, and registration."""

    # What visitors do that its API item shows (hub.api): places left.
    shown_activities = (REGISTRATIONS,)
    lead = models.TextField(_("lead paragraph"), max_length=600, help_text=_("One or two sentences shown in listings and calendars."))
    start = models.DateTimeField(_("starts"), db_index=True, help_text=_("Date and time in Finnish time (Europe/Helsinki)."))
    end = models.DateTimeField(_("ends"), db_index=True, help_text=_("For a multi-day event, the last day's end."))
    all_day = models.BooleanField(_("all-day event"), default=False, help_text=_("Times are not shown; the event takes whole days."))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=STATUS_CHOICES,
        default=SCHEDULED,
        help_text=_("Postponed or cancelled events stay listed with the status shown; registration closes when an event is cancelled."),
    )
    status_note = models.CharField(
        _("note on the status"), max_length=300, blank=True,
        help_text=_("E.g. why the event was cancelled or when the new date will be announced."),
    )
    super_event = models.ForeignKey(
        "self", verbose_name=_("part of the series"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="sub_events", help_text=_("The umbrella event this event belongs to, e.g. a series of workshops."),
    )

    # Place
    place_page = models.ForeignKey(
        Page, verbose_name=_("place page"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("A page about the place, e.g. a space in the premises directory."),
    )
    place_name = models.CharField(
        _("place name"),
        max_length=200,
        blank=True,
        help_text=_("The name of the place as visitors know it, e.g. Tampere Main Library Metso, Hall."),
    )
    street_address = models.CharField(
        _("street address"),
        max_length=200,
        blank=True,
        help_text=_("Street and number, e.g. Hämeenkatu 1 A."),
    )
    postal_code = models.CharField(
        _("postal code"), max_length=5, blank=True, validators=[RegexValidator(r"^\d{5}$", _("A postal code has five digits."))],
        help_text=_("Five digits, e.g. 33100."),
    )
    town = models.CharField(_("town"), max_length=100, blank=True, help_text=_("The post office town, e.g. Tampere."))
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Where the event takes place; visitors can filter events by municipality."),
    )
    online_url = models.URLField(_("online link"), blank=True, help_text=_("Where to join online (Teams, Zoom, a stream …)."))

    # Who and what
    audiences = ParentalManyToManyField(
        Audience,
        verbose_name=_("audiences"),
        blank=True,
        related_name="+",
        help_text=_("Who the event is for; shown on the event and used by the listing's filter."),
    )
    keywords = ParentalManyToManyField(
        Keyword,
        verbose_name=_("keywords"),
        blank=True,
        related_name="+",
        help_text=_("Themes of the event, e.g. Volunteering; shown on the event and used by the listing's filter."),
    )
    organiser = models.ForeignKey(
        Organisation, verbose_name=_("organiser"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("The organisation that arranges the event, from the organisation list; shown on the event."),
    )
    organiser_name = models.CharField(
        _("other organisers"), max_length=300, blank=True, help_text=_("Organisers that are not in the organisation list.")
    )
    is_free = models.BooleanField(
        _("free of charge"),
        default=True,
        help_text=_("Untick when participants pay; then give the price below."),
    )
    price = models.DecimalField(
        _("price (€)"), max_digits=8, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)],
        help_text=_("The price in euros, e.g. 15; for several prices use the price details."),
    )
    price_details = models.CharField(_("price details"), max_length=300, blank=True, help_text=_("E.g. members 10 €, others 20 €."))
    accessibility_info = models.TextField(
        _("accessibility"), blank=True,
        help_text=_("Step-free access, induction loop, interpretation, quiet space, how to ask for help …"),
    )
    contact_person = models.ForeignKey(
        ContactPerson, verbose_name=_("contact person"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Who answers questions about the event; shown with their phone and e-mail."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Shown at the top of the page and in listings, cropped to 16:9 (1200×675 pixels); choose a landscape image at least 1200 pixels wide."),
    )
    image_alt = models.CharField(
        _("alternative text of the image"), max_length=250, blank=True,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The page's content: text, headings, images, quotes, embeds and other blocks. Use the heading levels in order (2, then 3) so that screen reader users can follow."),
    )

    # Registration
    registration_enabled = models.BooleanField(
        _("registration on this site"),
        default=False,
        help_text=_("Tick to take registrations with this site's form; leave unticked if people register elsewhere or need not register."),
    )
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True, help_text=_("Empty: open now."))
    registration_closes = models.DateTimeField(
        _("registration deadline"), null=True, blank=True, help_text=_("Empty: open until the event starts.")
    )
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(100_000)],
        help_text=_("Empty: no limit."),
    )
    waiting_list_size = models.PositiveIntegerField(
        _("places on the waiting list"), default=0, validators=[MaxValueValidator(100_000)],
        help_text=_("0: no waiting list. When a confirmed participant cancels, the first on the list moves up."),
    )
    ask_organisation = models.CharField(
        _("organisation"),
        max_length=10,
        choices=QUESTION_CHOICES,
        default=OPTIONAL,
        help_text=_("Whether the registration form asks this: hidden, optional or required."),
    )
    ask_municipality = models.CharField(
        _("municipality"),
        max_length=10,
        choices=QUESTION_CHOICES,
        default=HIDDEN,
        help_text=_("Whether the registration form asks this: hidden, optional or required."),
    )
    ask_dietary = models.CharField(
        _("dietary needs"),
        max_length=10,
        choices=QUESTION_CHOICES,
        default=HIDDEN,
        help_text=_("Whether the registration form asks this: hidden, optional or required."),
    )
    ask_accessibility = models.CharField(
        _("accessibility needs"),
        max_length=10,
        choices=QUESTION_CHOICES,
        default=OPTIONAL,
        help_text=_("Whether the registration form asks this: hidden, optional or required."),
    )
    ask_message = models.CharField(
        _("free text"),
        max_length=10,
        choices=QUESTION_CHOICES,
        default=HIDDEN,
        help_text=_("Whether the registration form asks this: hidden, optional or required."),
    )
    message_label = models.CharField(
        _("question of the free text"), max_length=200, blank=True, help_text=_("E.g. Which workshop group would you join?")
    )
    consent_text = models.TextField(
        _("consent text"), blank=True, max_length=1000,
        help_text=_("When filled in, participants must tick this before registering (e.g. photography at the event)."),
    )
    registration_info = models.TextField(
        _("instructions for registering"),
        blank=True,
        max_length=1000,
        help_text=_("Shown above the registration form, e.g. what registering commits to. At most 1000 characters."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("status_note")]),
                PageChooserPanel("super_event", page_type="events.EventPage"),
            ],
            heading=_("Date and status"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("place_page"),
                FieldPanel("place_name"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("town")]),
                FieldPanel("municipality"),
                FieldPanel("online_url"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("keywords", widget=forms.CheckboxSelectMultiple),
                FieldPanel("organiser"),
                FieldPanel("organiser_name"),
                FieldPanel("contact_person"),
            ],
            heading=_("Audience, keywords and organisers"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_free"), FieldRowPanel([FieldPanel("price"), FieldPanel("price_details")]), FieldPanel("accessibility_info")],
            heading=_("Price and accessibility"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldRowPanel([FieldPanel("registration_opens"), FieldPanel("registration_closes")]),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waiting_list_size")]),
                FieldPanel("registration_info"),
                FieldRowPanel([FieldPanel("ask_organisation"), FieldPanel("ask_municipality")]),
                FieldRowPanel([FieldPanel("ask_dietary"), FieldPanel("ask_accessibility")]),
                FieldRowPanel([FieldPanel("ask_message"), FieldPanel("message_label")]),
                FieldPanel("consent_text"),
            ],
            heading=_("Registration"),
            help_text=_("Name and e-mail are always asked."),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        index.SearchField("place_name"),
        index.SearchField("town"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("status"),
        index.RelatedFields("keywords", [index.SearchField("name")]),
    ]
    api_fields = BasePage.api_fields + [
        APIField("lead"),
        APIField("start"),
        APIField("end"),
        APIField("all_day"),
        APIField("status"),
        APIField("status_note"),
        APIField("super_event_data"),
        APIField("place"),
        APIField("municipality", serializer=SnippetField()),
        APIField("online_url"),
        APIField("attendance_mode"),
        APIField("audience_list"),
        APIField("keyword_list"),
        APIField("organiser_data"),
        APIField("is_free"),
        APIField("price"),
        APIField("price_details"),
        APIField("accessibility_info"),
        APIField("contact"),
        APIField("image", serializer=ImageRenditionField("fill-1200x675")),
        APIField("image_alt"),
        APIField("body"),
        APIField("registration"),
        APIField("ical_url"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    base_form_class = EventPageForm

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The end must not be before the start.")
        if self.registration_opens and self.registration_closes and self.registration_closes <= self.registration_opens:
            errors["registration_closes"] = _("The deadline must be after the opening time.")
        if self.registration_enabled and self.registration_closes and self.end and self.registration_closes > self.end:
            errors["registration_closes"] = _("The deadline must not be after the event has ended.")
        if self.ask_message != HIDDEN and not self.message_label:
            errors["message_label"] = _("Write the question participants answer in the free text.")
        if not self.is_free and self.price is None and not self.price_details:
            errors["price"] = _("Give the price or its details, or tick “free of charge”.")
        if self.super_event_id and self.pk and self.super_event_id == self.pk:
            errors["super_event"] = _("An event cannot be part of itself.")
        if errors:
            raise ValidationError(errors)

    # Route: /<event>/ical/ -------------------------------------------------------

    @path("")
    def event_view(self, request):
        from .views import event_view

        return event_view(request, self)

    @path("ical/", name="ical")
    def ical_view(self, request):
        from .views import event_ical

        return event_ical(request, self)

    # Derived facts shared by templates, the API, JSON-LD and iCalendar -------------

    @property
    def is_cancelled(self):
        return self.status == CANCELLED

    @property
    def is_postponed(self):
        return self.status == POSTPONED

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def is_online(self):
        return bool(self.online_url)

    @property
    def is_onsite(self):
        return bool(self.place_page_id or self.place_name or self.street_address)

    @property
    def attendance_mode(self):
        if self.is_online and self.is_onsite:
            return "mixed"
        return "online" if self.is_online else "onsite"

    @property
    def when(self):
        return formatting.event_when(self)

    @property
    def local_start(self):
        return timezone.localtime(self.start)

    @property
    def local_end(self):
        return timezone.localtime(self.end)

    @cached_property
    def place_page_localized(self):
        page = getattr(self, "_place_page_localized", None)
        if page is None and self.place_page_id:
            page = localized(self.place_page)
            if page is not None and not page.live:
                page = None
        return page

    @cached_property
    def place_page_specific(self):
        page = self.place_page_localized
        return page.specific if page is not None else None

    @property
    def place(self):
        """Name, address and page of the place, as plain data."""
        page = self.place_page_localized
        # The place page's own address only where it was loaded (the event page and its
        # JSON-LD); listings show the place's name without a query per event.
        specific = self.__dict__.get("place_page_specific")
        data = {
            "name": self.place_name or (page.title if page else ""),
            "street_address": self.street_address or getattr(specific, "street_address", ""),
            "postal_code": self.postal_code or getattr(specific, "postal_code", ""),
            "town": self.town or getattr(specific, "town", ""),
            "page": {"id": page.pk, "title": page.title, "url": page.get_full_url()} if page else None,
        }
        return data

    @property
    def place_label(self):
        place = self.place
        parts = [place["name"], place["street_address"], " ".join(filter(None, [place["postal_code"], place["town"]]))]
        return ", ".join(part for part in parts if part)

    @property
    def audience_items(self):
        items = getattr(self, "_audience_items", None)
        if items is None:
            items = [localized(item) for item in self.audiences.all()]
        return items

    @property
    def keyword_items(self):
        items = getattr(self, "_keyword_items", None)
        if items is None:
            items = [localized(item) for item in self.keywords.all()]
        return items

    @property
    def audience_list(self):
        return [item.api_data() for item in self.audience_items]

    @property
    def keyword_list(self):
        return [item.api_data() for item in self.keyword_items]

    @property
    def organiser_names(self):
        names = []
        if self.organiser_id:
            names.append(localized(self.organiser).name)
        if self.organiser_name:
            names.append(self.organiser_name)
        return names

    @property
    def organiser_data(self):
        organiser = localized(self.organiser) if self.organiser_id else None
        return {"organisation": organiser.api_data() if organiser else None, "other": self.organiser_name}

    @property
    def contact(self):
        return localized(self.contact_person).api_data() if self.contact_person_id else None

    @property
    def super_event_data(self):
        parent = self.super_event if self.super_event_id else None
        if parent is None or not parent.live:
            return None
        return {"id": parent.pk, "title": parent.title, "url": parent.get_full_url()}

    @property
    def ical_url(self):
        url = self.get_full_url()
        return url + "ical/" if url else None

    # Registration state -------------------------------------------------------------

    def _count(self, name, status):
        value = getattr(self, name, None)
        if value is None:
            shows_activity(REGISTRATIONS)
            # A new event in preview has no registrations yet.
            value = self.registrations.filter(status=status).count() if self.pk else 0
            setattr(self, name, value)
        return value

    @property
    def confirmed_count(self):
        return self._count("_confirmed_count", Registration.CONFIRMED)

    @property
    def waiting_count(self):
        return self._count("_waiting_count", Registration.WAITING)

    @property
    def remaining_places(self):
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed_count, 0)

    @property
    def remaining_waiting_places(self):
        return max(self.waiting_list_size - self.waiting_count, 0)

    @property
    def closes_at(self):
        return self.registration_closes or self.start

    def registration_state(self, now=None):
        """One of: none, cancelled, not_yet_open, closed, open, waiting_list, full."""
        now = now or timezone.now()
        if not self.registration_enabled:
            return "none"
        if self.status == CANCELLED:
            return "cancelled"
        if self.registration_opens and now < self.registration_opens:
            return "not_yet_open"
        if now >= self.closes_at:
            return "closed"
        if self.remaining_places is None or self.remaining_places > 0:
            return "open"
        if self.remaining_waiting_places > 0:
            return "waiting_list"
        return "full"

    @property
    def registration_open(self):
        return self.registration_state() in ("open", "waiting_list")

    @property
    def registration(self):
        if not self.registration_enabled:
            return None
        return {
            "state": self.registration_state(),
            "is_open": self.registration_open,
            "opens": self.registration_opens,
            "closes": self.closes_at,
            "capacity": self.capacity,
            "remaining_places": self.remaining_places,
            "waiting_list_size": self.waiting_list_size,
            "remaining_waiting_list_places": self.remaining_waiting_places,
            "url": self.get_full_url(),
        }

    # JSON-LD ------------------------------------------------------------------------

    def json_ld(self, request):
        """schema.org Event as a safe <script> body."""
        url = request.build_absolute_uri(self.get_url(request))
        place = self.place
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.lead,
            "url": url,
            "inLanguage": self.locale.language_code,
            "startDate": (self.local_start.date() if self.all_day else self.local_start).isoformat(),
            "endDate": (self.local_end.date() if self.all_day else self.local_end).isoformat(),
            "eventStatus": SCHEMA_STATUS[self.status],
            "eventAttendanceMode": {
                "online": "https://schema.org/OnlineEventAttendanceMode",
                "onsite": "https://schema.org/OfflineEventAttendanceMode",
                "mixed": "https://schema.org/MixedEventAttendanceMode",
            }[self.attendance_mode],
            "isAccessibleForFree": self.is_free,
        }
        locations = []
        if self.is_onsite:
            location = {
                "@type": "Place",
                "name": place["name"] or place["town"],
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": place["street_address"],
                    "postalCode": place["postal_code"],
                    "addressLocality": place["town"],
                    "addressCountry": "FI",
                },
            }
            if place["page"]:
                location["url"] = place["page"]["url"]
            locations.append(location)
        if self.is_online:
            locations.append({"@type": "VirtualLocation", "url": self.online_url})
        if locations:
            data["location"] = locations[0] if len(locations) == 1 else locations
        offer = {"@type": "Offer", "url": url, "priceCurrency": "EUR"}
        if self.is_free:
            offer["price"] = "0"
        elif self.price is not None:
            offer["price"] = str(self.price)
        if self.registration_enabled:
            state = self.registration_state()
            offer["availability"] = (
                "https://schema.org/InStock" if state == "open" else
                "https://schema.org/LimitedAvailability" if state == "waiting_list" else
                "https://schema.org/PreOrder" if state == "not_yet_open" else
                "https://schema.org/SoldOut"
            )
            if self.registration_opens:
                offer["validFrom"] = timezone.localtime(self.registration_opens).isoformat()
            offer["validThrough"] = timezone.localtime(self.closes_at).isoformat()
            if self.capacity:
                data["maximumAttendeeCapacity"] = self.capacity
                data["remainingAttendeeCapacity"] = self.remaining_places
        data["offers"] = offer
        organisers = [{"@type": "Organization", "name": name} for name in self.organiser_names]
        if organisers:
            data["organizer"] = organisers
        if self.audience_items:
            data["audience"] = [{"@type": "Audience", "audienceType": item.name} for item in self.audience_items]
        if self.keyword_items:
            data["keywords"] = ", ".join(item.name for item in self.keyword_items)
        parent = self.super_event_data
        if parent:
            data["superEvent"] = {"@type": "Event", "name": parent["title"], "url": parent["url"]}
        if self.image:
            rendition = self.image.get_rendition("fill-1200x675")
            data["image"] = [request.build_absolute_uri(rendition.url)]
        text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_json_script_escapes)
        return mark_safe(text)  # noqa: S308 - escaped for a <script> element above


class Registration(models.Model):
    """One person's registration to an event; personal data is purged after the event."""

    CONFIRMED, WAITING, CANCELLED = "confirmed", "waiting", "cancelled"
    STATUS_CHOICES = [(CONFIRMED, _("Confirmed")), (WAITING, _("On the waiting list")), (CANCELLED, _("Cancelled"))]

    event = models.ForeignKey(EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations")
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=STATUS_CHOICES,
        db_index=True,
        help_text=_("Cancelling frees the place for the first one on the waiting list, who is told by e-mail."),
    )
    name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_("What the participant wrote in the registration form; shown to editors only and removed with the other personal data after the event."),
    )
    email = models.EmailField(
        _("e-mail"),
        max_length=254,
        help_text=_("Confirmations and changes are sent to this address; removed with the other personal data after the event."),
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("What the participant wrote in the registration form; shown to editors only and removed with the other personal data after the event."),
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("What the participant wrote in the registration form; shown to editors only and removed with the other personal data after the event."),
    )
    dietary_needs = models.CharField(
        _("dietary needs"),
        max_length=500,
        blank=True,
        help_text=_("What the participant wrote in the registration form; shown to editors only and removed with the other personal data after the event."),
    )
    accessibility_needs = models.CharField(
        _("accessibility needs"),
        max_length=500,
        blank=True,
        help_text=_("What the participant wrote in the registration form; shown to editors only and removed with the other personal data after the event."),
    )
    message = models.TextField(
        _("free text"),
        max_length=2000,
        blank=True,
        help_text=_("What the participant wrote in the registration form; shown to editors only and removed with the other personal data after the event."),
    )
    consent_given = models.BooleanField(_("consent given"), default=False)
    language = models.CharField(_("language"), max_length=10, default="fi")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)
    promoted_at = models.DateTimeField(_("moved up from the waiting list"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("personal data removed"), null=True, blank=True)

    # Registrations are personal data, not content: Wagtail's usage index leaves them out.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"), "event",
                condition=~models.Q(status="cancelled") & ~models.Q(email=""),
                name="events_registration_one_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.event.title}" if self.name else str(_("Anonymised registration"))

    # For the admin's CSV and XLSX exports.
    def event_title(self):
        return self.event.title

    def status_label(self):
        return str(self.get_status_display())

    def municipality_name(self):
        return self.municipality.name if self.municipality_id else ""
