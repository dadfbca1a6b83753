"""Admin views of the join-request moderation queue: inspect, approve, reject."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.generic import InspectView
from wagtail.permission_policies import ModelPermissionPolicy

from .models import JoinRequest
from .moderation import AlreadyDecided, approve, reject

permission_policy = ModelPermissionPolicy(JoinRequest)


def can_decide(user):
    return permission_policy.user_has_permission(user, "change")


class JoinRequestInspectView(InspectView):
    template_name = "campaign/admin/join_request_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_decide"] = self.object.is_pending and can_decide(self.request.user)
        context["approve_url"] = reverse("campaign_join_requests:approve", args=[self.object.pk])
        context["reject_url"] = reverse("campaign_join_requests:reject", args=[self.object.pk])
        return context


def _decide(request, pk, action, success_message):
    if not can_decide(request.user):
        raise PermissionDenied
    join_request = get_object_or_404(JoinRequest, pk=pk)
    try:
        action(join_request, request.user, request.POST.get("message", ""))
    except AlreadyDecided:
        messages.error(request, _("This request has already been decided."))
    else:
        messages.success(request, success_message % {"name": join_request.organisation_name})
    return redirect(reverse("campaign_join_requests:index") + "?status=pending")


@require_POST
def approve_view(request, pk):
    return _decide(request, pk, approve, _("“%(name)s” was approved and now appears on the campaign site. The requester was told by e-mail."))


@require_POST
def reject_view(request, pk):
    return _decide(request, pk, reject, _("“%(name)s” was rejected. The requester was told by e-mail."))
