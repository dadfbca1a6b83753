"""Security headers: the Content-Security-Policy chosen by the request's path."""

from urllib.parse import urlparse

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


def origin_of(url: str) -> str:
    """``https://tile.example.fi/{z}/{x}/{y}.png`` → ``https://tile.example.fi``; "" for a path."""
    parsed = urlparse(url)
    return f"{parsed.scheme}://{parsed.netloc}" if parsed.scheme and parsed.netloc else ""


class PathCSPMiddleware(CSPMiddleware):
    """The strict public policy everywhere, the admin's own under its URL prefixes.

    Wagtail's admin runs inline scripts and styles, so it gets a policy that allows
    them; the public site allows scripts only from itself or with the response's nonce.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and self.is_admin(request):
            return PolicyParts(settings.ADMIN_CONTENT_SECURITY_POLICY, parts.update, parts.replace, parts.nonce)
        return parts

    @staticmethod
    def is_admin(request) -> bool:
        return request.path_info.startswith(tuple(settings.ADMIN_URL_PREFIXES))
