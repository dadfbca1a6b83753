"""Every field an editor fills in the admin explains itself, in Finnish and Swedish."""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.urls import reverse
from django.utils import translation
from wagtail.admin.panels import get_edit_handler
from wagtail.admin.viewsets import viewsets
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.settings.registry import registry as setting_models
from wagtail.models import Page

PROJECT_APPS = {"home", "news", "toolkit", "premises", "events", "campaign", "participation", "search"}

# (app label, model name, field name) of fields where a help text would add nothing.
# Keep it empty unless a field truly explains itself.
EXEMPT = set()


def is_ours(model):
    return model._meta.app_label in PROJECT_APPS


def admin_forms():
    """{model: form class} for each model of ours the admin edits: pages, snippets, settings, viewsets."""
    reverse("wagtailadmin_home")  # loading the admin's URLs registers the viewsets
    forms = {
        model: model.get_edit_handler().get_form_class()
        for model in apps.get_models()
        if is_ours(model) and issubclass(model, Page)
    }
    for viewset in viewsets.viewsets:
        if isinstance(viewset, ModelViewSet) and is_ours(viewset.model):
            forms[viewset.model] = viewset.get_form_class()
    for model in setting_models:
        if is_ours(model):
            forms[model] = get_edit_handler(model).get_form_class()
    return forms


def form_model_fields(model, form_class):
    """The model fields of ours in a form and in its inline formsets (orderables)."""
    for name in form_class.base_fields:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:  # a form-only field, e.g. the comments
            continue
        # Wagtail's own Page fields (title, slug …) come with Wagtail's translated help texts.
        if is_ours(field.model):
            yield field
    for formset in getattr(form_class, "formsets", {}).values():
        yield from form_model_fields(formset.model, formset.form)


def edited_fields():
    fields = {}
    for model, form_class in admin_forms().items():
        for field in form_model_fields(model, form_class):
            fields[(field.model._meta.app_label, field.model.__name__, field.name)] = field
    return fields


def test_the_walk_finds_the_forms_editors_use():
    fields = edited_fields()
    assert {
        ("home", "HomePage", "hero_title"),  # a page
        ("home", "StandardPage", "social_image"),  # the promote tab
        ("home", "ContactPerson", "name"),  # a snippet
        ("home", "SiteSettings", "phone"),  # a site setting
        ("home", "FooterLink", "page"),  # an inline of a setting
        ("home", "HomePageContact", "person"),  # an inline of a page
    } <= set(fields)
    assert ("home", "HomePage", "title") not in fields  # Wagtail's own field
    # Each installed app of the project has fields editors fill in.
    assert {app for app, _model, _field in fields} == PROJECT_APPS & set(settings.INSTALLED_APPS)


def test_every_edited_field_has_a_help_text_in_finnish_and_swedish():
    problems = []
    for key, field in sorted(edited_fields().items()):
        if key in EXEMPT:
            continue
        with translation.override(None):
            msgid = str(field.help_text)
        if not msgid:
            problems.append(f"{'.'.join(key)}: no help text")
            continue
        for language in ("fi", "sv"):
            with translation.override(language):
                if str(field.help_text) == msgid:
                    problems.append(f"{'.'.join(key)}: help text not translated to {language}")
    assert problems == []
