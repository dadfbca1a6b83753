from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, without guessing a language for a view's own 404.

    Django redirects any 404 outside the language prefix to /fi/<path> when that
    path could match; Wagtail's catch-all page route always could. An address
    that did reach a view (an API object, a document) keeps its 404.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and getattr(request, "resolver_match", None) is not None:
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
