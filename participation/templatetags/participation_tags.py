"""Accessible rendering of the public forms: descriptions and errors tied to fields."""

from django import forms, template

from home.abuse import HONEYPOT_FIELD

register = template.Library()

GROUP_WIDGETS = (forms.RadioSelect, forms.CheckboxSelectMultiple)


@register.simple_tag
def prepare_form(form):
    """Give each visible widget aria-describedby (help, error) and aria-invalid; return ''."""
    for bound in form:
        if bound.name == HONEYPOT_FIELD:
            continue
        widget = bound.field.widget
        described = []
        if bound.help_text:
            described.append(f"{bound.auto_id}-help")
        if bound.errors:
            described.append(f"{bound.auto_id}-error")
        if isinstance(widget, GROUP_WIDGETS):
            continue  # the fieldset carries them
        if described:
            widget.attrs["aria-describedby"] = " ".join(described)
        else:
            widget.attrs.pop("aria-describedby", None)
        if bound.errors:
            widget.attrs["aria-invalid"] = "true"
        else:
            widget.attrs.pop("aria-invalid", None)
    return ""


@register.filter
def field_kind(bound):
    widget = bound.field.widget
    if isinstance(widget, GROUP_WIDGETS):
        return "group"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    return "input"


@register.filter
def describedby(bound):
    ids = []
    if bound.help_text:
        ids.append(f"{bound.auto_id}-help")
    if bound.errors:
        ids.append(f"{bound.auto_id}-error")
    return " ".join(ids)


@register.filter
def is_honeypot(bound):
    return bound.name == HONEYPOT_FIELD
