"""The public registration form, built from the event's settings."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.abuse import HoneypotMixin
from home.models import Municipality

from .models import HIDDEN, REQUIRED


class RegistrationForm(HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(
        label=_("E-mail"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("The confirmation and a link for cancelling are sent here."),
    )
    organisation = forms.CharField(
        label=_("Organisation"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "organization"})
    )
    municipality = forms.ModelChoiceField(label=_("Municipality"), queryset=Municipality.objects.none(), empty_label=_("Choose"))
    dietary_needs = forms.CharField(label=_("Dietary needs"), max_length=500)
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs"), max_length=500,
        help_text=_("E.g. an interpreter, an induction loop, a wheelchair place, an assistant."),
    )
    message = forms.CharField(label=_("Message"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4}))
    consent = forms.BooleanField(label=_("I agree"))

    QUESTIONS = {
        "organisation": "ask_organisation",
        "municipality": "ask_municipality",
        "dietary_needs": "ask_dietary",
        "accessibility_needs": "ask_accessibility",
        "message": "ask_message",
    }

    error_messages = {
        "required": _("This field is required."),
    }

    def __init__(self, *args, event, **kwargs):
        kwargs.setdefault("auto_id", "registration-%s")
        super().__init__(*args, **kwargs)
        self.event = event
        for name, setting in self.QUESTIONS.items():
            mode = getattr(event, setting)
            if mode == HIDDEN:
                del self.fields[name]
            else:
                self.fields[name].required = mode == REQUIRED
        if "municipality" in self.fields:
            self.fields["municipality"].queryset = Municipality.objects.filter(locale_id=event.locale_id).order_by("name")
        if "message" in self.fields:
            self.fields["message"].label = event.message_label or _("Message")
        if event.consent_text:
            self.fields["consent"].label = event.consent_text
            self.fields["consent"].error_messages["required"] = _("Tick this box to register.")
        else:
            del self.fields["consent"]
        self.fields["name"].error_messages["required"] = _("Enter your name.")
        self.fields["email"].error_messages["required"] = _("Enter your e-mail address.")
        self.fields["email"].error_messages["invalid"] = _("Enter an e-mail address in the form name@example.fi.")
        for field in self.fields.values():
            if field.required:
                field.widget.attrs["required"] = True
        # Fields tell screen readers about their help text and errors.
        for name, field in self.fields.items():
            if name == "website_address":
                continue
            described = []
            if field.help_text:
                described.append(f"registration-{name}-help")
            if self.is_bound and name in self.errors:
                described.append(f"registration-{name}-error")
                field.widget.attrs["aria-invalid"] = "true"
            if described:
                field.widget.attrs["aria-describedby"] = " ".join(described)

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def registration_data(self):
        data = {key: value for key, value in self.cleaned_data.items() if key in self.fields and key not in ("consent", "website_address")}
        for key in ("organisation", "dietary_needs", "accessibility_needs", "message"):
            data.setdefault(key, "")
            data[key] = (data[key] or "").strip()
        data["consent_given"] = bool(self.cleaned_data.get("consent"))
        return data

    def fields_for_template(self):
        """Bound fields in order, the honeypot apart."""
        return [self[name] for name in self.fields if name != "website_address"]
