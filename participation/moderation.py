"""Approving and rejecting contact-detail updates: the directory changes only here."""

from __future__ import annotations

from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home.models import Organisation

from .models import ModerationStatus

DIRECTORY_FIELDS = ["contact_name", "email", "phone", "website", "municipality", "field_of_activity"]


def matching_organisation(update):
    """The chosen organisation, or one of the same name in the form's language."""
    if update.organisation_id:
        return update.organisation
    if not update.organisation_name:
        return None
    organisations = Organisation.objects.filter(name__iexact=update.organisation_name.strip())
    if update.page_id:
        organisations = organisations.filter(locale_id=update.page.locale_id)
    return organisations.order_by("pk").first()


@transaction.atomic
def approve_update(update, user):
    """Write the update into the Organisation snippet (created when none matches)."""
    organisation = matching_organisation(update)
    if organisation is None:
        organisation = Organisation(name=update.organisation_name.strip())
        if update.page_id:
            organisation.locale_id = update.page.locale_id
    for name in DIRECTORY_FIELDS:
        value = getattr(update, name)
        if name == "municipality":
            if value is not None:
                organisation.municipality = value
        elif value:
            setattr(organisation, name, value)
    organisation.full_clean()
    organisation.save()
    sync_translations(organisation)
    update.organisation = organisation
    update.status = ModerationStatus.APPROVED
    update.processed_at = timezone.now()
    update.processed_by = user
    update.save()
    tell_association(update)
    return organisation


SHARED_FIELDS = ["contact_name", "email", "phone", "website"]


def sync_translations(organisation):
    """The same contact details in every language version of the directory entry."""
    for translation_ in organisation.get_translations():
        for name in SHARED_FIELDS:
            setattr(translation_, name, getattr(organisation, name))
        if organisation.municipality_id:
            municipality = organisation.municipality.get_translation_or_none(translation_.locale)
            translation_.municipality = municipality or organisation.municipality
        translation_.save()


@transaction.atomic
def reject_update(update, user):
    update.status = ModerationStatus.REJECTED
    update.processed_at = timezone.now()
    update.processed_by = user
    update.save()
    tell_association(update)


def tell_association(update):
    """An e-mail in the language the association used on the form."""
    approved = update.status == ModerationStatus.APPROVED
    with translation.override(update.language or "fi"):
        subject = (
            _("Your contact details were updated: %(name)s") if approved
            else _("Your contact-detail update was not accepted: %(name)s")
        ) % {"name": update.display_name}
        body = render_to_string("participation/email/contact_update_processed.txt", {"update": update, "approved": approved})
    send_mail(subject, body, None, [update.email])
