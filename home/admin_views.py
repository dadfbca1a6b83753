"""Admin views of the core: the translation status report."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from .translation_status import STATUS_LABELS, target_locales, translation_report


def can_see_translation_status(user):
    return user.is_active and (user.is_superuser or user.has_perm("wagtail_localize.submit_translation"))


def translation_status_view(request):
    if not can_see_translation_status(request.user):
        raise PermissionDenied
    status = request.GET.get("status", "")
    if status not in STATUS_LABELS:
        status = ""
    rows = translation_report(status=status or None)
    return render(
        request,
        "home/admin/translation_status.html",
        {
            "page_title": _("Translation status"),
            "header_icon": "wagtail-localize-language",
            "locales": target_locales(),
            "page_obj": Paginator(rows, 50).get_page(request.GET.get("p")),
            "statuses": STATUS_LABELS.items(),
            "status": status,
        },
    )
