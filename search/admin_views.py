"""Admin → Reports → Site searches: popular searches and searches that found nothing."""

import csv
from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .counting import write_counts
from .models import SearchQueryDay

PERIODS = (7, 30, 90, 365)
ROWS = 50


def report_rows(days, locale=None, empty_only=False):
    write_counts()  # this process's searches of the last seconds, too
    since = timezone.localdate() - timedelta(days=days - 1)
    rows = SearchQueryDay.objects.filter(date__gte=since)
    if locale is not None:
        rows = rows.filter(locale=locale)
    rows = rows.values("query_string", "locale__language_code").annotate(searches=Sum("hits"), empty=Sum("empty_hits"))
    if empty_only:
        rows = rows.filter(empty__gt=0).order_by("-empty", "query_string")
    else:
        rows = rows.order_by("-searches", "query_string")
    return list(rows[:ROWS])


def search_queries_report(request):
    if not (request.user.is_superuser or request.user.has_perm("wagtailadmin.access_admin")):
        raise PermissionDenied
    try:
        days = int(request.GET.get("days", 30))
    except ValueError:
        days = 30
    if days not in PERIODS:
        days = 30
    language = request.GET.get("locale", "")
    locale = Locale.objects.filter(language_code=language).first() if language else None
    popular = report_rows(days, locale)
    empty = report_rows(days, locale, empty_only=True)
    if request.GET.get("export") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="site-searches-{days}d.csv"'
        writer = csv.writer(response)
        writer.writerow([_("Search"), _("Language"), _("Searches"), _("Searches without results")])
        for row in popular:
            writer.writerow([row["query_string"], row["locale__language_code"], row["searches"], row["empty"]])
        return response
    return render(
        request,
        "search/admin/search_queries_report.html",
        {
            "page_title": _("Site searches"),
            "header_icon": "search",
            "popular": popular,
            "empty": empty,
            "days": days,
            "periods": PERIODS,
            "locales": Locale.objects.order_by("language_code"),
            "current_locale": locale,
        },
    )
