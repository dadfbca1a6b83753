"""What visitors get while the database does not answer: a 503, never a stack trace.

:class:`DatabaseUnavailableMiddleware` turns a view's ``OperationalError`` or
``InterfaceError`` (connection refused, server gone, connection closed) into a
503 with ``Retry-After``: a static page in Finnish and Swedish for the site,
``{"detail": …}`` for the API. The page is rendered without a request, so no
context processor (site settings, menus) touches the database. The 500 handler
(hub.views.server_error) does the same for a database error raised outside a
view, e.g. while a middleware saves the session.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext

from hub.middleware import api_language

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER = 60


def database_unavailable(request):
    """The 503 answer: JSON under /api/, else the bilingual page (Swedish first under /sv/)."""
    if request.path_info.startswith("/api/"):
        with translation.override(api_language(request)):
            response = JsonResponse({"detail": gettext("The service is temporarily unavailable. Please try again in a minute.")}, status=503)
    else:
        context = {
            "swedish_first": request.path_info.startswith("/sv/"),
            # A form whose transaction was rolled back (home.transactions) stored nothing: say so.
            "form_sent": getattr(request, "submission_rolled_back", False),
        }
        response = HttpResponse(loader.get_template("503.html").render(context), status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    add_never_cache_headers(response)
    return response


def log_database_fault(request, error):
    logger.error("Database unavailable, answered 503 to %s %s: %s", request.method, request.path, error)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            log_database_fault(request, exception)
            return database_unavailable(request)
        return None
