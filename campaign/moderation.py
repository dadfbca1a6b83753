"""Approving and rejecting join requests: the only way a requested organisation reaches the site."""

from django.db import transaction
from django.utils import timezone

from home.models import Organisation

from .models import JoinRequest, Participation
from .notifications import send_decision_email


class AlreadyDecided(Exception):
    pass


def _pending(pk):
    join_request = JoinRequest.objects.select_for_update().select_related("campaign").get(pk=pk)
    if not join_request.is_pending:
        raise AlreadyDecided(join_request)
    return join_request


def approve(join_request, user, message=""):
    """Create (or link) the organisation, add it to the campaign, tell the requester."""
    with transaction.atomic():
        join_request = _pending(join_request.pk)
        organisation = join_request.existing_organisation
        if organisation is None:
            # Contact name, e-mail and phone stay in the request: they are not published.
            organisation = Organisation.objects.create(
                name=join_request.organisation_name,
                description=join_request.description,
                field_of_activity=join_request.field_of_activity,
                municipality=join_request.municipality,
                website=join_request.website,
                locale=join_request.campaign.locale,
            )
        Participation.objects.get_or_create(campaign=join_request.campaign, organisation=organisation)
        join_request.organisation = organisation
        _decide(join_request, JoinRequest.Status.APPROVED, user, message)
    send_decision_email(join_request)
    return join_request


def reject(join_request, user, message=""):
    with transaction.atomic():
        join_request = _pending(join_request.pk)
        _decide(join_request, JoinRequest.Status.REJECTED, user, message)
    send_decision_email(join_request)
    return join_request


def _decide(join_request, status, user, message):
    join_request.status = status
    join_request.decided_at = timezone.now()
    join_request.decided_by = user if user is not None and user.is_authenticated else None
    join_request.decision_message = message.strip()[:1000]
    join_request.save()
