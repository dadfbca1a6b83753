"""The info package as a PDF, rendered from the page itself with WeasyPrint.

WeasyPrint is imported only when a PDF is asked for: it needs Pango and other
system libraries, and the rest of the site works without them. When they are
missing, the visitor gets a 503 page that points to the HTML version.
"""

import logging

from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation

from home.chrome import content_version, site_chrome

logger = logging.getLogger(__name__)
CACHE_SECONDS = 60 * 60 * 6


class PdfUnavailable(Exception):
    """WeasyPrint or the system libraries it needs are not installed."""


def load_weasyprint():
    try:
        import weasyprint
    except (ImportError, OSError) as error:
        raise PdfUnavailable(str(error)) from error
    return weasyprint


def render_info_package_pdf(page, request):
    """PDF bytes of ``page`` in the page's own language."""
    weasyprint = load_weasyprint()
    with translation.override(page.locale.language_code):
        html = render_to_string(
            "campaign/info_package_pdf.html",
            {
                "page": page,
                "campaign": page.campaign,
                "campaign_theme": page.theme,
                "page_url": request.build_absolute_uri(page.get_url(request)),
                "site_name": site_chrome(request)["footer"]["name"],
                "LANGUAGE_CODE": page.locale.language_code,
            },
            request=request,
        )
    document = weasyprint.HTML(string=html, base_url=request.build_absolute_uri("/"), url_fetcher=_no_network_fetcher(weasyprint))
    return document.write_pdf()


def _no_network_fetcher(weasyprint):
    """Only data: URLs; the PDF never makes a request to this site or elsewhere."""
    return weasyprint.URLFetcher(allowed_protocols=("data",))


def info_package_pdf_response(page, request):
    if getattr(request, "is_preview", False):
        key = None
    else:
        key = f"campaign:pdf:{content_version()}:{page.pk}:{page.last_published_at and page.last_published_at.timestamp()}"
    pdf = cache.get(key) if key else None
    if pdf is None:
        try:
            pdf = render_info_package_pdf(page, request)
        except PdfUnavailable as error:
            logger.error("The info package PDF cannot be made: %s", error)
            context = page.get_context(request)
            context["page_url"] = page.get_url(request)
            return TemplateResponse(request, "campaign/pdf_unavailable.html", context, status=503)
        if key:
            cache.set(key, pdf, CACHE_SECONDS)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{page.slug or "info"}.pdf"'
    response["Content-Language"] = page.locale.language_code
    return response
