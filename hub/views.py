import sys

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from hub.faults import DATABASE_ERRORS, database_unavailable


@vary_on_headers("Accept-Language", "Cookie")
def language_redirect(request):
    """Send / to /fi/ or /sv/ by the visitor's language cookie or Accept-Language."""
    language = translation.get_language_from_request(request, check_path=False)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    return HttpResponseRedirect(f"/{language}/")


@require_GET
@cache_control(max_age=60 * 60 * 24)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without context processors: the error may come from the database.
    error = sys.exc_info()[1]  # Django calls this handler while handling the exception
    if isinstance(error, DATABASE_ERRORS):
        return database_unavailable(request)
    # A form whose transaction was rolled back stored nothing: the page asks to send it again.
    context = {"form_sent": getattr(request, "submission_rolled_back", False)}
    return HttpResponse(loader.get_template("500.html").render(context), status=500)


def benchmark_floor(request):
    """A minimal response through the full middleware stack: the benchmark's floor."""
    return HttpResponse("ok", content_type="text/plain")
