"""The public form an association uses to ask to join a campaign."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.abuse import HoneypotMixin
from home.forms import VisitorHelpTextsMixin
from home.models import Municipality, phone_validator

from .models import JoinRequest


class JoinRequestForm(VisitorHelpTextsMixin, HoneypotMixin, forms.ModelForm):
    municipality = forms.ModelChoiceField(
        queryset=Municipality.objects.none(),
        label=_("Municipality"),
        empty_label=_("Choose a municipality"),
        help_text=_("Where the organisation mainly works."),
    )
    phone = forms.CharField(label=_("Phone"), required=False, max_length=20, validators=[phone_validator])
    consent = forms.BooleanField(
        label=_("I agree that the details are stored for handling the request and, once approved, the organisation's details are shown on the campaign site."),
    )

    class Meta:
        model = JoinRequest
        fields = [
            "organisation_name",
            "municipality",
            "field_of_activity",
            "website",
            "description",
            "contact_name",
            "email",
            "phone",
        ]
        help_texts = {
            "field_of_activity": _("For example: sport, culture, social welfare and health, residents' activities."),
            "website": _("Optional. The full address, e.g. https://esimerkkiyhdistys.example.fi/"),
            "description": _("Optional. What the organisation does, in two or three sentences (at most 600 characters)."),
            "contact_name": _("Not shown on the site; we send the decision to this person."),
            "email": _("Not shown on the site."),
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4, "maxlength": 600}),
            "organisation_name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        municipalities = Municipality.objects.order_by("name")
        if locale is not None:
            municipalities = municipalities.filter(locale=locale)
        self.fields["municipality"].queryset = municipalities
        self.fields["field_of_activity"].required = True
        self.fields["phone"].widget.attrs.update({"autocomplete": "tel", "inputmode": "tel"})
        for name, form_field in self.fields.items():
            if name == "website_address":
                continue
            described = []
            if form_field.help_text:
                described.append(f"id_{name}_help")
            if self.is_bound and name in self.errors:
                described.append(f"id_{name}_error")
                form_field.widget.attrs["aria-invalid"] = "true"
            if described:
                form_field.widget.attrs["aria-describedby"] = " ".join(described)
