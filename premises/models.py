"""Premises directory: spaces associations may use, grouped below an index per language."""

import json

from django import forms
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.localization import localized
from home.models import BasePage, ContactPerson, Municipality
from home.serializers import SnippetField, image_data

from .filters import ACCESSIBILITY_FEATURES, INTENDED_USES

# A plausible place in Finland (Åland to Utsjoki, Hanko to Ilomantsi).
LATITUDE_RANGE = (59.5, 70.1)
LONGITUDE_RANGE = (19.0, 31.6)

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]
SCHEMA_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Equipment(TranslatableMixin, index.Indexed, models.Model):
    """Something a space has: projector, kitchen, wifi … translated like the other snippets."""

    name = models.CharField(
        _("name"),
        max_length=80,
        help_text=_("Shown in the equipment list of each space and as a filter in the directory, e.g. Projector."),
    )
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in filter addresses, e.g. projector."))

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("equipment")
        verbose_name_plural = _("equipment")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="premises_equipment_unique_slug_per_locale")]

    def __str__(self):
        return self.name

    def api_data(self):
        return {"id": self.pk, "name": self.name, "slug": self.slug}


class PremisesIndexPage(BasePage):
    """The directory of one language: filters, the list of spaces and a map on request."""

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
    subpage_types = ["premises.PremisesPage"]

    class Meta:
        verbose_name = _("premises index page")
        verbose_name_plural = _("premises index pages")

    def route(self, request, path_components):
        # /<index>/geojson/ is the GeoJSON of the filtered spaces.
        if path_components == ["geojson"] and self.live:
            from wagtail.url_routing import RouteResult

            return RouteResult(self, kwargs={"output": "geojson"})
        return super().route(request, path_components)

    def serve(self, request, *args, output=None, **kwargs):
        if output == "geojson":
            from .views import index_geojson

            return index_geojson(request, self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .views import directory_context

        context = super().get_context(request, *args, **kwargs)
        context.update(directory_context(request, self))
        return context


class PremisesPageForm(WagtailAdminPageForm):
    """Equipment to tick in the page's own language only."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        locale_id = self.instance.locale_id or (parent_page.locale_id if parent_page else None)
        if "equipment" in self.fields and locale_id:
            self.fields["equipment"].queryset = Equipment.objects.filter(locale_id=locale_id).order_by("name")


def validate_latitude(value):
    if value is not None and not LATITUDE_RANGE[0] <= float(value) <= LATITUDE_RANGE[1]:
        raise ValidationError(
            _("Latitude must be between %(low)s and %(high)s (Finland).") % {"low": LATITUDE_RANGE[0], "high": LATITUDE_RANGE[1]}
        )


def validate_longitude(value):
    if value is not None and not LONGITUDE_RANGE[0] <= float(value) <= LONGITUDE_RANGE[1]:
        raise ValidationError(
            _("Longitude must be between %(low)s and %(high)s (Finland).")
            % {"low": LONGITUDE_RANGE[0], "high": LONGITUDE_RANGE[1]}
        )


class PremisesPage(BasePage):
    """One space: a hall, meeting room or club room and how an association can use it."""

    # Basics
    lead = models.TextField(_("description"), blank=True, max_length=600, help_text=_("What the space is like, in a few sentences."))
    operator = models.CharField(
        _("owner or operator"),
        max_length=200,
        blank=True,
        help_text=_("Who owns or runs the space, e.g. the City of Tampere or Esimerkkiyhdistys ry. Shown in the space's details."),
    )
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), null=True, on_delete=models.PROTECT, related_name="+",
        help_text=_("The municipality the space is in; the directory groups and filters spaces by it."),
    )
    street_address = models.CharField(
        _("street address"),
        max_length=200,
        help_text=_("Street and number, e.g. Hämeenkatu 1 A."),
    )
    postal_code = models.CharField(
        _("postal code"), max_length=5, validators=[RegexValidator(r"^\d{5}$", _("A postal code has five digits."))],
        help_text=_("Five digits, e.g. 33100."),
    )
    town = models.CharField(_("town"), max_length=100, help_text=_("The post office town, e.g. Tampere."))
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=6, null=True, blank=True, validators=[validate_latitude],
        help_text=_("Decimal degrees, e.g. 61.498150. Without coordinates the space is not on the map."),
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True, validators=[validate_longitude],
        help_text=_("Decimal degrees, e.g. 23.761025."),
    )
    capacity = models.PositiveIntegerField(
        _("capacity (persons)"), validators=[MinValueValidator(1), MaxValueValidator(100_000)],
        help_text=_("How many people the space takes at most; visitors filter the directory by it."),
    )
    area = models.PositiveIntegerField(
        _("area (m²)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(1_000_000)],
        help_text=_("The floor area in whole square metres; leave empty if not known."),
    )

    # Intended uses
    suits_meetings = models.BooleanField(
        _("meetings"),
        default=False,
        help_text=_("Tick if the space suits this use; visitors can filter the directory by use."),
    )
    suits_courses = models.BooleanField(
        _("courses and training"),
        default=False,
        help_text=_("Tick if the space suits this use; visitors can filter the directory by use."),
    )
    suits_exercise = models.BooleanField(
        _("exercise"),
        default=False,
        help_text=_("Tick if the space suits this use; visitors can filter the directory by use."),
    )
    suits_parties = models.BooleanField(
        _("parties and celebrations"),
        default=False,
        help_text=_("Tick if the space suits this use; visitors can filter the directory by use."),
    )
    suits_exhibitions = models.BooleanField(
        _("exhibitions"),
        default=False,
        help_text=_("Tick if the space suits this use; visitors can filter the directory by use."),
    )
    suits_performances = models.BooleanField(
        _("concerts and performances"),
        default=False,
        help_text=_("Tick if the space suits this use; visitors can filter the directory by use."),
    )
    equipment = ParentalManyToManyField(
        Equipment,
        verbose_name=_("equipment"),
        blank=True,
        related_name="+",
        help_text=_("What the space has for users, e.g. a projector or a kitchen; shown on the page and usable as a filter."),
    )

    # Accessibility
    step_free_entrance = models.BooleanField(
        _("step-free entrance"),
        default=False,
        help_text=_("Tick only when it is true without asking beforehand; shown in the space's accessibility details and usable as a filter."),
    )
    has_lift = models.BooleanField(_("lift"), default=False, help_text=_("Tick also when the space is on the ground floor and no lift is needed."))
    accessible_toilet = models.BooleanField(
        _("accessible toilet"),
        default=False,
        help_text=_("Tick only when it is true without asking beforehand; shown in the space's accessibility details and usable as a filter."),
    )
    induction_loop = models.BooleanField(
        _("induction loop"),
        default=False,
        help_text=_("Tick only when it is true without asking beforehand; shown in the space's accessibility details and usable as a filter."),
    )
    accessible_parking = models.BooleanField(
        _("accessible parking"),
        default=False,
        help_text=_("Tick only when it is true without asking beforehand; shown in the space's accessibility details and usable as a filter."),
    )
    accessibility_notes = models.TextField(
        _("more about accessibility"), blank=True,
        help_text=_("Door widths, thresholds, lighting, quiet rooms, guide dogs, how to get help on arrival …"),
    )

    # Opening hours
    opening_hours_notes = models.CharField(
        _("note on opening hours"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the opening hours, e.g. Evenings by agreement. At most 300 characters."),
    )

    # Price
    is_free_for_associations = models.BooleanField(
        _("free for registered associations"),
        default=False,
        help_text=_("Tick if registered associations may use the space free of charge; visitors can filter the directory by it."),
    )
    price_per_hour = models.DecimalField(
        _("price per hour (€)"), max_digits=7, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)],
        help_text=_("The basic price in euros, e.g. 25; leave empty when the space is free or the price varies."),
    )
    price_notes = models.TextField(_("price details"), blank=True, help_text=_("Discounts, cleaning fees, deposits …"))

    # Booking
    booking_instructions = RichTextField(
        _("how to book"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("How to book the space: whom to contact, how early, what to tell. Shown in the booking section of the page."),
    )
    booking_url = models.URLField(
        _("booking link"),
        blank=True,
        help_text=_("The address of an online booking system; shown as a Book the space button."),
    )
    contact_person = models.ForeignKey(
        ContactPerson, verbose_name=_("contact person"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Who answers questions about the space and its booking; shown with the booking details."),
    )
    terms_of_use = RichTextField(
        _("terms of use"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Rules for users, e.g. cleaning up, keys, serving food. Shown under their own heading on the page."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("operator"),
                FieldPanel("municipality"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("town")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("area")]),
                FieldPanel("suits_meetings"),
                FieldPanel("suits_courses"),
                FieldPanel("suits_exercise"),
                FieldPanel("suits_parties"),
                FieldPanel("suits_exhibitions"),
                FieldPanel("suits_performances"),
                FieldPanel("equipment", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Size, uses and equipment"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("step_free_entrance"),
                FieldPanel("has_lift"),
                FieldPanel("accessible_toilet"),
                FieldPanel("induction_loop"),
                FieldPanel("accessible_parking"),
                FieldPanel("accessibility_notes"),
            ],
            heading=_("Accessibility"),
        ),
        MultiFieldPanel(
            [
                InlinePanel("opening_hours", label=_("Opening hours by weekday")),
                InlinePanel("opening_exceptions", label=_("Exceptions")),
                FieldPanel("opening_hours_notes"),
            ],
            heading=_("Opening hours"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_free_for_associations"), FieldPanel("price_per_hour"), FieldPanel("price_notes")],
            heading=_("Price"),
        ),
        MultiFieldPanel(
            [FieldPanel("booking_instructions"), FieldPanel("booking_url"), FieldPanel("contact_person"), FieldPanel("terms_of_use")],
            heading=_("Booking"),
        ),
        InlinePanel("photos", label=_("Photos")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("operator"),
        index.SearchField("street_address"),
        index.SearchField("town"),
        index.SearchField("accessibility_notes"),
        index.FilterField("capacity"),
        index.FilterField("is_free_for_associations"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("lead"),
        APIField("operator"),
        APIField("municipality", serializer=SnippetField()),
        APIField("street_address"),
        APIField("postal_code"),
        APIField("town"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("capacity"),
        APIField("area"),
        APIField("intended_uses"),
        APIField("equipment_list"),
        APIField("accessibility"),
        APIField("opening_hours_data"),
        APIField("opening_exceptions_data"),
        APIField("opening_hours_notes"),
        APIField("is_free_for_associations"),
        APIField("price_per_hour"),
        APIField("price_notes"),
        APIField("booking_instructions"),
        APIField("booking_url"),
        APIField("contact"),
        APIField("terms_of_use"),
        APIField("photo_list"),
    ]
    parent_page_types = ["premises.PremisesIndexPage"]
    subpage_types = []
    base_form_class = PremisesPageForm

    class Meta:
        verbose_name = _("premises")
        verbose_name_plural = _("premises")

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))

    # What the templates, the API and the GeoJSON share -----------------------------

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def intended_uses(self):
        """[{"code", "label"}] of the uses the space suits."""
        return [{"code": code, "label": str(label)} for code, field_name, label in INTENDED_USES if getattr(self, field_name)]

    @property
    def accessibility(self):
        """Every feature with True/False, plus the free-text notes."""
        features = {code: getattr(self, field_name) for code, field_name, _label in ACCESSIBILITY_FEATURES}
        return {**features, "notes": self.accessibility_notes}

    def accessibility_rows(self):
        return [{"code": code, "label": label, "value": getattr(self, field_name)} for code, field_name, label in ACCESSIBILITY_FEATURES]

    @property
    def equipment_items(self):
        """Equipment in this page's language (a translation may still point at the source's)."""
        items = getattr(self, "_equipment_items", None)
        if items is None:
            items = [localized_equipment(item, self.locale_id) for item in self.equipment.all()]
            self._equipment_items = items
        return items

    @property
    def equipment_list(self):
        return [item.api_data() for item in self.equipment_items]

    @property
    def opening_hours_data(self):
        # The names looked up here: get_weekday_display() hashes every lazy label of the choices for each row.
        names = dict(WEEKDAYS)
        return [
            {"weekday": row.weekday, "weekday_name": str(names.get(row.weekday, row.weekday)), "opens": row.opens, "closes": row.closes}
            for row in self.opening_hours.all()
        ]

    @property
    def opening_exceptions_data(self):
        return [
            {"date": row.date, "closed": row.closed, "opens": row.opens, "closes": row.closes, "note": row.note}
            for row in self.opening_exceptions.all()
        ]

    @property
    def contact(self):
        return localized(self.contact_person).api_data() if self.contact_person else None

    @property
    def photo_list(self):
        return [image_data(photo.image, "fill-1200x800", alt=photo.alt_text) | {"caption": photo.caption} for photo in self.photos.all()]

    @property
    def directions_url(self):
        from urllib.parse import quote

        if self.has_coordinates:
            return f"https://www.openstreetmap.org/directions?route=%3B{self.latitude}%2C{self.longitude}"
        return "https://www.openstreetmap.org/search?query=" + quote(f"{self.street_address}, {self.postal_code} {self.town}")

    def page_sections(self, request):
        """HTML sections other plugins add to a space page (e.g. upcoming events at the space).

        A plugin registers ``@hooks.register("premises_page_sections")`` with a function
        ``(request, page) -> (order, html) | None``; lower order comes first. ``html`` is
        safe HTML, e.g. from ``render_to_string``, as for the home page's ``home_page_sections``.
        """
        sections = [fn(request, self) for fn in hooks.get_hooks("premises_page_sections")]
        return [html for _order, html in sorted(filter(None, sections), key=lambda section: section[0])]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.page_sections(request)
        context["json_ld"] = self.json_ld(request)
        return context

    def json_ld(self, request):
        """schema.org Place for search engines, as a safe <script> body."""
        data = {
            "@context": "https://schema.org",
            "@type": "Place",
            "name": self.title,
            "url": request.build_absolute_uri(self.get_url(request)),
            "address": {
                "@type": "PostalAddress",
                "streetAddress": self.street_address,
                "postalCode": self.postal_code,
                "addressLocality": self.town,
                "addressCountry": "FI",
            },
            "maximumAttendeeCapacity": self.capacity,
            "amenityFeature": [
                {"@type": "LocationFeatureSpecification", "name": str(row["label"]), "value": row["value"]}
                for row in self.accessibility_rows()
            ]
            + [{"@type": "LocationFeatureSpecification", "name": item.name, "value": True} for item in self.equipment_items],
        }
        if self.lead:
            data["description"] = self.lead
        if self.has_coordinates:
            data["geo"] = {"@type": "GeoCoordinates", "latitude": float(self.latitude), "longitude": float(self.longitude)}
        hours = [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{SCHEMA_WEEKDAYS[row.weekday]}",
                "opens": row.opens.strftime("%H:%M"),
                "closes": row.closes.strftime("%H:%M"),
            }
            for row in self.opening_hours.all()
        ]
        if hours:
            data["openingHoursSpecification"] = hours
        photos = list(self.photos.all()[:1])
        if photos:
            data["photo"] = image_data(photos[0].image, "fill-1200x800", alt=photos[0].alt_text)["full_url"]
        text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_json_script_escapes)
        return mark_safe(text)  # noqa: S308 - escaped for a <script> element above


def localized_equipment(item, locale_id):
    if item.locale_id == locale_id:
        return item
    translated = Equipment.objects.filter(translation_key=item.translation_key, locale_id=locale_id).first()
    return translated or item


class PremisesOpeningHours(Orderable):
    page = ParentalKey(PremisesPage, related_name="opening_hours", on_delete=models.CASCADE)
    weekday = models.PositiveSmallIntegerField(
        _("weekday"),
        choices=WEEKDAYS,
        help_text=_("Add a row per day; a day without a row is shown as closed."),
    )
    opens = models.TimeField(_("opens"), help_text=_("When the space opens on that weekday, e.g. 09:00."))
    closes = models.TimeField(_("closes"), help_text=_("When the space closes on that weekday, e.g. 16:00."))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def clean(self):
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("The closing time must be after the opening time.")})


class PremisesOpeningException(TranslatableMixin, Orderable):
    page = ParentalKey(PremisesPage, related_name="opening_exceptions", on_delete=models.CASCADE)
    date = models.DateField(
        _("date"),
        help_text=_("A day the regular opening hours do not apply, e.g. a public holiday."),
    )
    closed = models.BooleanField(
        _("closed all day"),
        default=True,
        help_text=_("Untick to give different opening hours for the day instead."),
    )
    opens = models.TimeField(
        _("opens"),
        null=True,
        blank=True,
        help_text=_("Only when the space is open on the day: when it opens."),
    )
    closes = models.TimeField(
        _("closes"),
        null=True,
        blank=True,
        help_text=_("Only when the space is open on the day: when it closes."),
    )
    note = models.CharField(_("note"), max_length=200, blank=True, help_text=_("E.g. Midsummer Eve."))

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("closed")]), FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]), FieldPanel("note")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("exception to opening hours")
        verbose_name_plural = _("exceptions to opening hours")

    def clean(self):
        if not self.closed and not (self.opens and self.closes):
            raise ValidationError(_("Give the opening and closing time, or tick “closed all day”."))


class PremisesPhoto(TranslatableMixin, Orderable):
    page = ParentalKey(PremisesPage, related_name="photos", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A photo of the space, cropped to 3:2 (1200×800 pixels); the first photo is also shown in the directory."),
    )
    alt_text = models.CharField(
        _("alternative text"), max_length=250, help_text=_("What the photo shows, for visitors who cannot see it.")
    )
    caption = models.CharField(
        _("caption"),
        max_length=250,
        blank=True,
        help_text=_("Shown under the photo, e.g. The hall set up for a seminar."),
    )

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

