"""Registering, cancelling and moving up from the waiting list, with e-mails.

The event's row is locked (``SELECT … FOR UPDATE``) while places are counted and
the registration is stored, so simultaneous registrations never overbook: on
PostgreSQL the second transaction waits until the first has committed and then
counts its registration too. E-mails are sent after the registration is stored, still
in the request's transaction (``home.transactions.atomic_submission``): a crash before
the visitor's answer leaves no registration behind that the visitor was not told of.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import EventPage, Registration


logger = logging.getLogger(__name__)


class RegistrationRefused(Exception):
    """Registration is not possible; ``reason`` is one of: duplicate, full, closed, unavailable."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def register(event, data, *, language, now=None):
    """Store a registration as confirmed or waiting-listed; raises RegistrationRefused.

    ``data`` holds the cleaned form fields (name, email, organisation, …).
    """
    email = data["email"]
    try:
        with transaction.atomic():
            locked = (
                EventPage.objects.select_for_update(of=("self",))
                .only(
                    "pk", "capacity", "waiting_list_size", "registration_enabled", "registration_opens",
                    "registration_closes", "start", "status",
                )
                .get(pk=event.pk)
            )
            # Counted after the lock: every registration committed before it is included.
            counts = Registration.objects.filter(event_id=event.pk).aggregate(
                confirmed=Count("pk", filter=Q(status=Registration.CONFIRMED)),
                waiting=Count("pk", filter=Q(status=Registration.WAITING)),
                duplicate=Count("pk", filter=Q(email__iexact=email) & ~Q(status=Registration.CANCELLED)),
            )
            if counts["duplicate"]:
                raise RegistrationRefused("duplicate")
            locked._confirmed_count = counts["confirmed"]
            locked._waiting_count = counts["waiting"]
            state = locked.registration_state(now or timezone.now())
            if state == "open":
                status = Registration.CONFIRMED
            elif state == "waiting_list":
                status = Registration.WAITING
            else:
                raise RegistrationRefused("full" if state == "full" else "closed")
            registration = Registration.objects.create(event_id=event.pk, status=status, language=language, **data)
    except IntegrityError as error:  # the unique constraint: the same address in another transaction
        raise RegistrationRefused("duplicate") from error
    except DatabaseError as error:  # e.g. a deadlock or lock timeout: rolled back, worth another try
        logger.exception("Could not store a registration for event %s", event.pk)
        raise RegistrationRefused("unavailable") from error
    registration.event = event
    send_registration_email(registration)
    return registration


def cancel(registration, *, now=None):
    """Cancel a registration; the first person on the waiting list moves up and is told."""
    now = now or timezone.now()
    promoted = None
    with transaction.atomic():
        EventPage.objects.select_for_update(of=("self",)).only("pk").get(pk=registration.event_id)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status == Registration.CANCELLED:
            return None
        was_confirmed = current.status == Registration.CONFIRMED
        current.status = Registration.CANCELLED
        current.cancelled_at = now
        current.save(update_fields=["status", "cancelled_at"])
        registration.status, registration.cancelled_at = current.status, current.cancelled_at
        event = registration.event
        if was_confirmed and event.end >= now and event.status != "cancelled":
            promoted = (
                Registration.objects.select_for_update()
                .filter(event_id=registration.event_id, status=Registration.WAITING)
                .order_by("created_at", "pk")
                .first()
            )
            if promoted is not None:
                promoted.status = Registration.CONFIRMED
                promoted.promoted_at = now
                promoted.save(update_fields=["status", "promoted_at"])
                promoted.event = event
    send_cancellation_email(registration)
    if promoted is not None:
        send_promotion_email(promoted)
    return promoted


# E-mails --------------------------------------------------------------------------


def registration_url(registration):
    with translation.override(registration.language):
        path = reverse("events_registration", args=[registration.token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(registration, template, subject):
    context = {
        "registration": registration,
        "event": registration.event,
        "registration_url": registration_url(registration),
        "event_url": registration.event.get_full_url(),
    }
    body = render_to_string(template, context)
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [registration.email])
    except Exception:  # the registration stands; the page shows the same link
        logger.exception("Could not send the e-mail %s to registration %s", template, registration.pk)


def send_registration_email(registration):
    with translation.override(registration.language):
        if registration.status == Registration.CONFIRMED:
            subject = _("Registration confirmed: %(event)s") % {"event": registration.event.title}
        else:
            subject = _("You are on the waiting list: %(event)s") % {"event": registration.event.title}
        _send(registration, "events/email/registered.txt", subject)


def send_promotion_email(registration):
    with translation.override(registration.language):
        subject = _("A place became free for you: %(event)s") % {"event": registration.event.title}
        _send(registration, "events/email/promoted.txt", subject)


def send_cancellation_email(registration):
    with translation.override(registration.language):
        subject = _("Registration cancelled: %(event)s") % {"event": registration.event.title}
        _send(registration, "events/email/cancelled.txt", subject)
