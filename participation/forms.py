"""Public forms of the participation pages: all with the honeypot of home.abuse."""

from __future__ import annotations

import warnings
from io import BytesIO

from django import forms
from django.conf import settings
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from home.abuse import HONEYPOT_FIELD, HoneypotMixin
from home.forms import VisitorHelpTextsMixin
from home.models import Municipality, Organisation

from .models import ContactDetailUpdate, Idea, PhotoEntry

CONSENT_FIELD = "consent"


class SurveyBaseForm(HoneypotMixin, BaseForm):
    """The form builder's form plus the honeypot and the page's consent checkbox."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        consent_text = getattr(self.page, "consent_text", "")
        if consent_text:
            self.fields[CONSENT_FIELD] = forms.BooleanField(
                label=consent_text,
                required=True,
                error_messages={"required": _("Tick the box to give your consent; without it the form cannot be sent.")},
            )
        # The honeypot goes last, out of the way of the visible fields.
        self.fields[HONEYPOT_FIELD] = self.fields.pop(HONEYPOT_FIELD)

    def submission_data(self):
        data = dict(self.cleaned_data)
        data.pop(HONEYPOT_FIELD, None)
        return data


class SurveyFormBuilder(FormBuilder):
    """Browser-native date pickers and number keyboards; the rest as Wagtail builds it."""

    def create_date_field(self, field, options):
        return forms.DateField(widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), **options)

    def create_datetime_field(self, field, options):
        return forms.DateTimeField(widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"), **options)

    def create_url_field(self, field, options):
        return forms.URLField(assume_scheme="https", **options)

    def get_form_class(self):
        return type("SurveyForm", (SurveyBaseForm,), self.formfields)


class PublicFormMixin(HoneypotMixin):
    """Fields in the order declared, the honeypot last; no ':' after labels."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = self.fields.pop(HONEYPOT_FIELD)


class ContactUpdateForm(VisitorHelpTextsMixin, PublicFormMixin, forms.ModelForm):
    website = forms.URLField(
        label=_("Website"), required=False, max_length=200, assume_scheme="https",
        # A text input, so that a mistyped address shown back for correction is still valid HTML.
        widget=forms.TextInput(attrs={"inputmode": "url", "autocomplete": "url"}),
        help_text=_("The full address, e.g. https://yhdistys.example.fi/"),
    )
    existing_organisation = forms.ModelChoiceField(
        label=_("Organisation in the directory"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("– Not listed / a new organisation –"),
        help_text=_("Choose your organisation if it is listed; otherwise write its name below."),
    )

    class Meta:
        model = ContactDetailUpdate
        fields = [
            "organisation_name",
            "contact_name",
            "email",
            "phone",
            "website",
            "municipality",
            "field_of_activity",
            "message",
        ]
        help_texts = {
            "organisation_name": _("The organisation's name as it should appear in the directory."),
            "field_of_activity": _("For example: sport, culture, social welfare and health, residents' activities."),
            "website": _("The full address, e.g. https://yhdistys.example.fi/"),
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        organisations = Organisation.objects.all()
        municipalities = Municipality.objects.all()
        if locale is not None:
            organisations = organisations.filter(locale=locale)
            municipalities = municipalities.filter(locale=locale)
        self.fields["existing_organisation"].queryset = organisations.order_by("name")
        self.fields["municipality"].queryset = municipalities.order_by("name")
        self.fields["municipality"].empty_label = _("– Choose –")
        self.order_fields(["existing_organisation", *self.Meta.fields])
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.input_type = "tel"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("existing_organisation") and not cleaned.get("organisation_name", "").strip():
            self.add_error(
                "organisation_name", _("Choose your organisation from the list or write its name.")
            )
        return cleaned

    def save(self, commit=True):
        update = super().save(commit=False)
        update.organisation = self.cleaned_data.get("existing_organisation")
        if update.organisation and not update.organisation_name:
            update.organisation_name = update.organisation.name
        if commit:
            update.save()
        return update


class IdeaForm(VisitorHelpTextsMixin, PublicFormMixin, forms.ModelForm):
    class Meta:
        model = Idea
        fields = ["text", "name"]
        labels = {"text": _("Your idea"), "name": _("Your name (optional)")}
        help_texts = {
            "text": _("At most 1000 characters. Ideas appear on the wall after an editor has read them."),
            "name": _("Shown with your idea if you give it. Leave it empty to post anonymously."),
        }
        widgets = {"text": forms.Textarea(attrs={"rows": 4, "maxlength": 1000})}


class IdeaSortForm(forms.Form):
    sort = forms.ChoiceField(
        label=_("Sort"),
        choices=[("newest", _("Newest first")), ("supported", _("Most supported first"))],
        required=False,
    )


# Photos ------------------------------------------------------------------------------

ACCEPTED_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
DEFAULT_MAX_UPLOAD_BYTES = 8 * 1024 * 1024
MAX_PIXELS = 40_000_000
LONG_SIDE = 2000
THUMBNAIL_SIDE = 600


def max_upload_bytes():
    return getattr(settings, "PARTICIPATION_PHOTO_MAX_UPLOAD_SIZE", DEFAULT_MAX_UPLOAD_BYTES)


class ProcessedPhoto:
    """A photo re-encoded by Pillow: no EXIF, no location, no bytes of the upload."""

    def __init__(self, image: Image.Image):
        image = ImageOps.exif_transpose(image)
        if image.mode not in ("RGB", "L"):
            background = Image.new("RGB", image.size, "white")
            converted = image.convert("RGBA")
            background.paste(converted, mask=converted.getchannel("A"))
            image = background
        image = image.convert("RGB")
        image.thumbnail((LONG_SIDE, LONG_SIDE))
        self.width, self.height = image.size
        self.full = self._encode(image)
        thumbnail = image.copy()
        thumbnail.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        self.thumbnail = self._encode(thumbnail)

    @staticmethod
    def _encode(image):
        buffer = BytesIO()
        # A fresh image without info: Pillow writes no EXIF, GPS or comments.
        clean = Image.new(image.mode, image.size)
        clean.paste(image)
        clean.save(buffer, format="JPEG", quality=85, optimize=True, progressive=True)
        return buffer.getvalue()


def process_photo(upload) -> ProcessedPhoto:
    """Check an upload and re-encode it; ValidationError with a message for the field."""
    if upload.size > max_upload_bytes():
        raise forms.ValidationError(
            _("The file is too large (%(size)s). The largest allowed size is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_upload_bytes())},
            code="file_too_large",
        )
    not_an_image = forms.ValidationError(
        _("The file is not a photo we can accept. Send a JPEG, PNG or WebP image."), code="invalid_image"
    )
    try:
        upload.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as probe:
                image_format = probe.format
                probe.verify()
            upload.seek(0)
            image = Image.open(upload)
            if image.width * image.height > MAX_PIXELS:
                raise forms.ValidationError(
                    _("The photo has too many pixels. Send one of at most 40 megapixels."), code="too_many_pixels"
                )
            if image_format not in ACCEPTED_FORMATS:
                raise not_an_image
            image.load()
            return ProcessedPhoto(image)
    except forms.ValidationError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as error:
        raise not_an_image from error


class PhotoEntryForm(VisitorHelpTextsMixin, PublicFormMixin, forms.ModelForm):
    photo = forms.FileField(
        label=_("Photo"),
        help_text=_("A JPEG, PNG or WebP image of at most %(limit)s. Location data is removed."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    class Meta:
        model = PhotoEntry
        fields = ["title", "photographer_name", "email", "consent_to_publish"]
        labels = {"email": _("E-mail (optional)"), "consent_to_publish": _("I took this photo and I agree that it is published with my name in the contest gallery and the site's API.")}
        help_texts = {
            "title": _("A short name for the photo."),
            "photographer_name": _("Published with the photo."),
            "email": _("Only for the organisers, for example to tell you of a prize. Never published."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["photo"].help_text = self.fields["photo"].help_text % {"limit": filesizeformat(max_upload_bytes())}
        self.fields["consent_to_publish"].required = True
        self.fields["consent_to_publish"].error_messages["required"] = _(
            "Tick the box to consent to publishing; without it the photo cannot be entered."
        )
        self.order_fields(["photo", *self.Meta.fields])
        self.processed = None

    def clean_photo(self):
        upload = self.cleaned_data["photo"]
        self.processed = process_photo(upload)
        return upload

    def save(self, commit=True):
        entry = super().save(commit=False)
        entry.image.save("photo.jpg", ContentFile(self.processed.full), save=False)
        entry.thumbnail.save("thumb.jpg", ContentFile(self.processed.thumbnail), save=False)
        entry.width, entry.height = self.processed.width, self.processed.height
        if commit:
            entry.save()
        return entry
