"""Participation: surveys, contact-detail updates, an idea wall and a photo contest.

Every page type lives below a home page or a standard page (a theme year page,
for example). Visitors' data stays in this app's own tables; what reaches the
public site or the API is only what an editor approved, and only the fields the
visitor agreed to publish.
"""

from __future__ import annotations

import os
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES, AbstractFormField, EmailFormMixin, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.abuse import HONEYPOT_FIELD
from home.blocks import RICH_TEXT_FEATURES, BodyBlock
from home.models import BasePage, phone_validator

PARENT_PAGE_TYPES = ["home.HomePage", "home.StandardPage", "participation.ParticipationIndexPage"]


def private_storage():
    """Uploaded photos: below MEDIA_ROOT under unguessable names, served only by our own view."""
    root = getattr(settings, "PARTICIPATION_PRIVATE_ROOT", None) or os.path.join(str(settings.MEDIA_ROOT), "participation-private")
    return FileSystemStorage(location=str(root))


def photo_path(instance, filename):
    return f"photos/{uuid.uuid4().hex}.jpg"


def thumbnail_path(instance, filename):
    return f"photos/{uuid.uuid4().hex}-thumb.jpg"


# A landing page -------------------------------------------------------------------


class ParticipationIndexPage(BasePage):
    """A theme year or campaign landing page: its text and the ways to take part below it."""

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
        help_text=_("Shown above the list of surveys, idea walls and contests, e.g. how the answers are used."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("lead", boost=2), index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("lead"), APIField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = [
        "participation.SurveyPage",
        "participation.ContactUpdatePage",
        "participation.IdeaWallPage",
        "participation.PhotoContestPage",
        "home.StandardPage",
    ]
    template = "participation/participation_index_page.html"

    class Meta:
        verbose_name = _("participation page")
        verbose_name_plural = _("participation pages")

    def get_context(self, request, *args, **kwargs):
        from .listing import participation_children

        context = super().get_context(request, *args, **kwargs)
        context["open_items"], context["closed_items"] = participation_children(self)
        return context


# Surveys ---------------------------------------------------------------------------


class SurveyFormField(TranslatableMixin, AbstractFormField):
    """A form field; translated with the page, keeping its column name in every language."""

    page = ParentalKey("SurveyPage", on_delete=models.CASCADE, related_name="form_fields")
    # Wagtail's own fields, redeclared only to give editors a help text.
    field_type = models.CharField(
        verbose_name=_("field type"),
        max_length=16,
        choices=FORM_FIELD_CHOICES,
        help_text=_("What kind of answer the question takes: a line of text, a longer text, an e-mail address, a number, a date or a choice."),
    )
    field_type.required_on_save = True
    required = models.BooleanField(
        verbose_name=_("required"), default=True, help_text=_("Respondents cannot send the form without answering this question.")
    )
    help_text = models.CharField(
        verbose_name=_("help text"),
        max_length=255,
        blank=True,
        help_text=_("A hint shown under the question, e.g. the format of the answer. At most 255 characters."),
    )

    override_translatable_fields = [
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


CHOICE_FIELD_TYPES = {"checkbox", "checkboxes", "dropdown", "multiselect", "radio"}


class SurveyPage(RoutablePageMixin, EmailFormMixin, FormMixin, BasePage):
    """A survey or other form built in the admin with Wagtail's form builder."""

    # Wagtail's own e-mail fields, redeclared only to give editors a help text.
    from_address = models.EmailField(
        verbose_name=_("from address"),
        max_length=255,
        blank=True,
        help_text=_("The sender of the notification e-mail; empty: the site's default sender."),
    )
    subject = models.CharField(
        verbose_name=_("subject"),
        max_length=255,
        blank=True,
        help_text=_("The subject of the notification e-mail, e.g. New answer: members' survey."),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown at the top of the page, above the form. Say briefly what it is for and who it is for."),
    )
    opens_at = models.DateTimeField(
        _("opens at"), null=True, blank=True, help_text=_("Leave empty to open the form as soon as it is published.")
    )
    closes_at = models.DateTimeField(
        _("closes at"), null=True, blank=True, help_text=_("The deadline. After it the form accepts no answers.")
    )
    closed_text = RichTextField(
        _("text when closed"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown instead of the form before it opens and after it closes."),
    )
    consent_text = models.CharField(
        _("consent checkbox"),
        max_length=400,
        blank=True,
        help_text=_(
            "When filled in, the form ends with a required checkbox with this text, e.g. "
            "“I agree that my answers are stored for the purpose described above.”"
        ),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown instead of the form after it was sent; empty: a short default thank-you."),
    )
    send_confirmation = models.BooleanField(
        _("send a confirmation e-mail"),
        default=False,
        help_text=_("Sent to the address in the form's first e-mail field, when the respondent gave one."),
    )
    confirmation_subject = models.CharField(
        _("confirmation subject"),
        max_length=200,
        blank=True,
        help_text=_("The subject of the confirmation e-mail; empty: the page's title."),
    )
    confirmation_text = models.TextField(
        _("confirmation text"), blank=True, help_text=_("The e-mail's text; the respondent's answers follow it.")
    )
    retention_days = models.PositiveIntegerField(
        _("retention time (days)"),
        default=365,
        help_text=_("Submissions older than this are deleted automatically (manage.py purge_submissions)."),
    )
    public_results = models.BooleanField(
        _("show a public summary of the results"),
        default=False,
        help_text=_("Counts of the choice questions' answers on a public results page; no free text, no names."),
    )

    content_panels = BasePage.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("consent_text"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]), FieldPanel("closed_text")],
            heading=_("Open for answers"),
        ),
        MultiFieldPanel(
            [FieldPanel("send_confirmation"), FieldPanel("confirmation_subject"), FieldPanel("confirmation_text")],
            heading=_("Confirmation to the respondent"),
        ),
        MultiFieldPanel(
            [FieldPanel("to_address"), FieldPanel("from_address"), FieldPanel("subject")],
            heading=_("Notification to editors"),
        ),
        MultiFieldPanel([FieldPanel("retention_days"), FieldPanel("public_results")], heading=_("Data and results")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [
        APIField("intro"),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("deadline"),
        APIField("is_open"),
    ]
    parent_page_types = PARENT_PAGE_TYPES
    subpage_types = []
    template = "participation/survey_page.html"
    landing_page_template = "participation/survey_page_landing.html"

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")

    def is_open_at(self, moment):
        if self.opens_at and moment < self.opens_at:
            return False
        return not (self.closes_at and moment >= self.closes_at)

    @property
    def is_open(self):
        return self.is_open_at(timezone.now())

    @property
    def deadline(self):
        return self.closes_at

    @property
    def not_yet_open(self):
        return bool(self.opens_at and timezone.now() < self.opens_at)

    def choice_fields(self):
        return [field for field in self.get_form_fields() if field.field_type in CHOICE_FIELD_TYPES]

    # The form ----------------------------------------------------------------

    @property
    def form_builder(self):
        from .forms import SurveyFormBuilder

        return SurveyFormBuilder

    def get_data_fields(self):
        fields = super().get_data_fields()
        if self.consent_text:
            fields.append(("consent", _("Consent")))
        return fields

    def process_form_submission(self, form):
        from .views import send_logging_failure, send_survey_confirmation

        submission = self.get_submission_class().objects.create(form_data=form.submission_data(), page=self)
        if self.to_address:
            send_logging_failure(self.send_mail, form)
        if self.send_confirmation:
            send_logging_failure(send_survey_confirmation, self, form)
        return submission

    def render_email(self, form):
        from .forms import CONSENT_FIELD

        lines = super().render_email(form).splitlines()
        return "\n".join(line for line in lines if not line.startswith(f"{form.fields[HONEYPOT_FIELD].label}:")
                         and not (CONSENT_FIELD in form.fields and line.startswith(f"{form.fields[CONSENT_FIELD].label}:")))

    @path("")
    def index_route(self, request, *args, **kwargs):
        from .views import survey_view

        return survey_view(self, request)

    @path("tulokset/", name="results")
    def results_route(self, request):
        from .views import survey_results_view

        return survey_results_view(self, request)


# Contact-detail updates --------------------------------------------------------------


class ContactUpdatePage(RoutablePageMixin, BasePage):
    """A public form where an association reports its contact details."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown at the top of the page, above the form. Say briefly what it is for and who it is for."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown instead of the form after it was sent; empty: a short default thank-you."),
    )
    notify_address = models.EmailField(
        _("notify editors at"), blank=True, help_text=_("Optional: an address told of each new update.")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("thank_you_text"),
        FieldPanel("notify_address"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]
    parent_page_types = PARENT_PAGE_TYPES
    subpage_types = []
    template = "participation/contact_update_page.html"

    class Meta:
        verbose_name = _("contact-detail update form")
        verbose_name_plural = _("contact-detail update forms")

    @path("")
    def index_route(self, request, *args, **kwargs):
        from .views import contact_update_view

        return contact_update_view(self, request)


class ModerationStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class ContactDetailUpdate(models.Model):
    """Contact details an association sent; they change the directory only when approved."""

    page = models.ForeignKey(
        ContactUpdatePage, verbose_name=_("form"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisation = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("organisation in the directory"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The directory entry the update changes; a new one is created on approval when empty."),
    )
    organisation_name = models.CharField(
        _("organisation name"),
        max_length=200,
        blank=True,
        help_text=_("The name the association gave; used to find its directory entry, or as the name of a new one."),
    )
    contact_name = models.CharField(
        _("contact person"),
        max_length=150,
        help_text=_("What the association sent; approving copies it to the directory entry, and an empty value keeps the old one. Correct obvious typos first."),
    )
    email = models.EmailField(
        _("e-mail"),
        help_text=_("Copied to the directory on approval, and the decision is sent to this address."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text=_("What the association sent; approving copies it to the directory entry, and an empty value keeps the old one. Correct obvious typos first."),
    )
    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_("What the association sent; approving copies it to the directory entry, and an empty value keeps the old one. Correct obvious typos first."),
    )
    municipality = models.ForeignKey(
        "home.Municipality", verbose_name=_("municipality"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("What the association sent; approving copies it to the directory entry, and an empty value keeps the old one. Correct obvious typos first."),
    )
    field_of_activity = models.CharField(
        _("field of activity"),
        max_length=150,
        blank=True,
        help_text=_("What the association sent; approving copies it to the directory entry, and an empty value keeps the old one. Correct obvious typos first."),
    )
    message = models.TextField(_("message to the editors"), blank=True, max_length=2000)
    language = models.CharField(_("language"), max_length=10, default="fi")
    status = models.CharField(_("status"), max_length=10, choices=ModerationStatus.choices, default=ModerationStatus.PENDING)
    editor_note = models.TextField(
        _("note to the association"), blank=True, help_text=_("Included in the e-mail sent on approval or rejection.")
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)
    processed_at = models.DateTimeField(_("processed at"), null=True, blank=True)
    processed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("processed by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("organisation"),
        FieldPanel("organisation_name"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]), FieldPanel("website")],
            heading=_("Contact details"),
        ),
        FieldPanel("municipality"),
        FieldPanel("field_of_activity"),
        FieldPanel("message", read_only=True),
        FieldPanel("editor_note"),
    ]

    class Meta:
        verbose_name = _("contact-detail update")
        verbose_name_plural = _("contact-detail updates")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.display_name} ({self.created_at:%Y-%m-%d})"

    @property
    def display_name(self):
        return self.organisation_name or (self.organisation.name if self.organisation_id else "")

    @property
    def is_pending(self):
        return self.status == ModerationStatus.PENDING


# Idea wall -------------------------------------------------------------------------


class IdeaWallPage(RoutablePageMixin, BasePage):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown above the ideas and the form: what ideas you ask for and what happens to them."),
    )
    accepts_ideas = models.BooleanField(
        _("accepts new ideas"),
        default=True,
        help_text=_("Untick to close the form; the ideas already published stay visible."),
    )
    closes_at = models.DateTimeField(
        _("new ideas until"),
        null=True,
        blank=True,
        help_text=_("After this moment no new ideas are accepted; empty: open as long as the box above is ticked."),
    )
    thank_you_text = models.CharField(
        _("thank-you text"),
        max_length=300,
        blank=True,
        help_text=_("Shown after an idea was sent; by default: it appears once an editor has read it."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("accepts_ideas"), FieldPanel("closes_at")]),
        FieldPanel("thank_you_text"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [APIField("intro"), APIField("is_open")]
    parent_page_types = PARENT_PAGE_TYPES
    subpage_types = []
    template = "participation/idea_wall_page.html"

    class Meta:
        verbose_name = _("idea wall")
        verbose_name_plural = _("idea walls")

    @property
    def is_open(self):
        return self.accepts_ideas and not (self.closes_at and timezone.now() >= self.closes_at)

    @path("")
    def index_route(self, request, *args, **kwargs):
        from .views import idea_wall_view

        return idea_wall_view(self, request)

    @path("tue/<int:idea_id>/", name="support")
    def support_route(self, request, idea_id):
        from .views import idea_support_view

        return idea_support_view(self, request, idea_id)


class IdeaStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    APPROVED = "approved", _("Published")
    HIDDEN = "hidden", _("Hidden")


class Idea(models.Model):
    page = models.ForeignKey(IdeaWallPage, verbose_name=_("idea wall"), on_delete=models.CASCADE, related_name="ideas")
    text = models.TextField(
        _("idea"),
        max_length=1000,
        help_text=_("The idea as the visitor wrote it; remove personal data or offensive words before publishing."),
    )
    name = models.CharField(
        _("name"), max_length=100, blank=True, help_text=_("Shown with the idea; the visitor chose to give it.")
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=IdeaStatus.choices,
        default=IdeaStatus.PENDING,
        help_text=_("Only published ideas are shown on the idea wall; hide those that break the rules."),
    )
    pinned = models.BooleanField(_("pinned"), default=False, help_text=_("Pinned ideas are shown first."))
    answer = models.TextField(
        _("editor's answer"),
        blank=True,
        help_text=_("Shown under the idea on the idea wall as the editors' answer."),
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    support_count = models.PositiveIntegerField(_("supporters"), default=0, editable=False)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)

    panels = [
        FieldPanel("text"),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("pinned")]),
        FieldPanel("answer"),
    ]

    class Meta:
        verbose_name = _("idea")
        verbose_name_plural = _("ideas")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["page", "status", "-created_at"])]

    def __str__(self):
        return self.text if len(self.text) <= 60 else f"{self.text[:57]}…"

    def save(self, *args, **kwargs):
        if self.answer and not self.answered_at:
            self.answered_at = timezone.now()
        elif not self.answer:
            self.answered_at = None
        super().save(*args, **kwargs)


class IdeaSupport(models.Model):
    """One browser's support for one idea; the browser id is stored only as a hash."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="supports")
    browser_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [models.UniqueConstraint(fields=["idea", "browser_hash"], name="participation_one_support_per_browser")]


# Photo contest ----------------------------------------------------------------------


class PhotoContestPage(RoutablePageMixin, BasePage):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown at the top of the page: what the contest is about and what photos you are looking for."),
    )
    rules = RichTextField(
        _("rules"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Who may take part, how many photos, prizes and how the winner is chosen; shown with the entry form."),
    )
    entries_open_at = models.DateTimeField(
        _("entries from"),
        null=True,
        blank=True,
        help_text=_("Before this moment no entries are accepted; empty: open as soon as the page is published."),
    )
    entries_close_at = models.DateTimeField(_("entries until"), help_text=_("After this moment no entries are accepted."))
    thank_you_text = models.CharField(
        _("thank-you text"),
        max_length=300,
        blank=True,
        help_text=_("Shown after a photo was sent; empty: a short default thank-you. At most 300 characters."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("rules"),
        FieldRowPanel([FieldPanel("entries_open_at"), FieldPanel("entries_close_at")]),
        FieldPanel("thank_you_text"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("rules")]
    api_fields = BasePage.api_fields + [
        APIField("intro"),
        APIField("rules"),
        APIField("entries_open_at"),
        APIField("entries_close_at"),
        APIField("is_open"),
    ]
    parent_page_types = PARENT_PAGE_TYPES
    subpage_types = []
    template = "participation/photo_contest_page.html"

    class Meta:
        verbose_name = _("photo contest")
        verbose_name_plural = _("photo contests")

    @property
    def is_open(self):
        now = timezone.now()
        if self.entries_open_at and now < self.entries_open_at:
            return False
        return now < self.entries_close_at

    @path("")
    def index_route(self, request, *args, **kwargs):
        from .views import photo_contest_view

        return photo_contest_view(self, request)


class PhotoEntry(models.Model):
    page = models.ForeignKey(PhotoContestPage, verbose_name=_("photo contest"), on_delete=models.CASCADE, related_name="entries")
    title = models.CharField(
        pgettext_lazy("photo entry", "title"),
        max_length=150,
        help_text=_("Shown under the photo in the gallery once it is approved; you may correct typos."),
    )
    photographer_name = models.CharField(
        _("photographer's name"),
        max_length=150,
        help_text=_("Shown under the photo in the gallery as the photographer's credit."),
    )
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("For the organisers only; never published."))
    consent_to_publish = models.BooleanField(_("consent to publish"), default=False)
    image = models.ImageField(_("photo"), storage=private_storage, upload_to=photo_path, editable=False)
    thumbnail = models.ImageField(_("thumbnail"), storage=private_storage, upload_to=thumbnail_path, editable=False)
    width = models.PositiveIntegerField(default=0, editable=False)
    height = models.PositiveIntegerField(default=0, editable=False)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=300,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it. Required before the photo is approved."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ModerationStatus.choices,
        default=ModerationStatus.PENDING,
        help_text=_("Only approved photos are shown in the gallery; approving needs the photographer's consent and an alternative text."),
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)

    panels = [
        FieldPanel("title"),
        FieldPanel("photographer_name"),
        FieldPanel("email", read_only=True),
        FieldPanel("consent_to_publish", read_only=True),
        FieldPanel("alt_text"),
        FieldPanel("status"),
    ]

    class Meta:
        verbose_name = _("photo entry")
        verbose_name_plural = _("photo entries")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.status == ModerationStatus.APPROVED:
            errors = {}
            if not self.alt_text.strip():
                errors["alt_text"] = _("Write an alternative text before approving the photo.")
            if not self.consent_to_publish:
                errors["status"] = _("The photographer did not consent to publishing; the photo cannot be approved.")
            if errors:
                raise ValidationError(errors)

    def file_url(self, variant="full"):
        """Served by the app's own view, which checks that the photo may be shown."""
        from django.urls import reverse

        return reverse("participation_photo", kwargs={"pk": self.pk, "variant": variant})

    @property
    def full_url(self):
        return self.file_url("full")

    @property
    def thumbnail_url(self):
        return self.file_url("thumb")

    @property
    def thumbnail_size(self):
        from .forms import THUMBNAIL_SIDE

        if not self.width or not self.height:
            return (THUMBNAIL_SIDE, THUMBNAIL_SIDE)
        scale = min(1, THUMBNAIL_SIDE / max(self.width, self.height))
        return (max(1, round(self.width * scale)), max(1, round(self.height * scale)))
