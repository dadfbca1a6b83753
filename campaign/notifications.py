"""E-mails about join requests: moderators hear of a new one, the requester of the decision."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

logger = logging.getLogger(__name__)


def _admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def moderator_emails():
    """Active users who may change join requests (superusers included)."""
    permission = Permission.objects.filter(content_type__app_label="campaign", codename="change_joinrequest").first()
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    condition = Q(is_superuser=True)
    if permission is not None:
        condition |= Q(user_permissions=permission) | Q(groups__permissions=permission)
    return sorted(set(users.filter(condition).values_list("email", flat=True)))


def notify_moderators(join_request):
    recipients = moderator_emails()
    if not recipients:
        return
    context = {
        "join_request": join_request,
        "review_url": _admin_url(reverse("campaign_join_requests:inspect", args=[join_request.pk])),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("campaign/emails/new_request_subject.txt", context).strip()
        body = render_to_string("campaign/emails/new_request.txt", context)
    _send(subject, body, recipients)


def send_decision_email(join_request):
    """Tell the requester, in the language they used, whether the organisation was approved."""
    template = "approved" if join_request.status == join_request.Status.APPROVED else "rejected"
    with translation.override(join_request.language):
        campaign = join_request.campaign
        context = {"join_request": join_request, "campaign": campaign, "campaign_url": campaign.get_full_url()}
        subject = render_to_string(f"campaign/emails/{template}_subject.txt", context).strip()
        body = render_to_string(f"campaign/emails/{template}.txt", context)
    return _send(subject, body, [join_request.email])


def _send(subject, body, recipients):
    try:
        return send_mail(" ".join(subject.split()), body, None, recipients)
    except OSError:
        logger.exception("Could not send the e-mail “%s”", subject)
        return 0
