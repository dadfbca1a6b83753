"""Admin views: the report of guides due for review."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from .review import guides_due_for_review, review_age_months, review_cutoff


def guides_due_for_review_view(request):
    months = review_age_months()
    pages = list(guides_due_for_review(months=months))
    return render(
        request,
        "toolkit/admin/review_report.html",
        {
            "page_title": _("Guides due for review"),
            "header_icon": "time",
            "guides": pages,
            "months": months,
            "cutoff": review_cutoff(months=months),
        },
    )
