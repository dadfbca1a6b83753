"""Spam and abuse protection for public forms, without third-party services.

Two tools every plugin's public form uses:

- :class:`HoneypotMixin` adds a field that people never see or fill in; a bot that
  fills every input gets a form error and nothing is stored.
- :func:`is_rate_limited` counts requests per client IP and scope in the default
  cache (Redis when configured, so the limit holds across workers); a view answers
  :func:`too_many_requests` (HTTP 429, in the visitor's language) when it is over.

Rates are written "count/period" with a period of s, m, h or d ("5/10m" is five per
ten minutes). ``settings.RATE_LIMITS`` may override a scope's rate, and
``settings.RATE_LIMIT_ENABLED = False`` turns counting off (load tests).

When the cache does not answer, nothing is counted and every request passes
(fail open): hub/cache.py logs the outage, and a public site that refuses
visitors because its cache is down would be worse than one briefly unlimited.
"""

from __future__ import annotations

import re
import time
from functools import wraps

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import ngettext
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website_address"
_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_RATE = re.compile(r"^(\d+)/(\d*)([smhd])$")


class HoneypotMixin(forms.Form):
    """A form mixin with a hidden trap field that only bots fill in.

    Render it with ``{% include "includes/honeypot.html" %}`` inside the form; the
    template hides it from sight and from assistive technology.
    """

    website_address = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_website_address(self):
        if self.cleaned_data.get(HONEYPOT_FIELD):
            raise forms.ValidationError(_("The form could not be sent. Please try again."))
        return ""


def parse_rate(rate: str) -> tuple[int, int]:
    """``"5/10m"`` → ``(5, 600)``: how many requests in how many seconds."""
    match = _RATE.match(rate)
    if not match:
        raise ImproperlyConfigured(f"Invalid rate {rate!r}: write it as count/period, e.g. '5/10m'.")
    count, multiplier, unit = match.groups()
    return int(count), int(multiplier or 1) * _PERIODS[unit]


def client_ip(request) -> str:
    """The client's address; behind a proxy, from the header the settings name."""
    header = getattr(settings, "RATE_LIMIT_CLIENT_IP_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def configured_rate(scope: str, rate: str) -> tuple[int, int]:
    """The scope's rate from ``settings.RATE_LIMITS``, else ``rate``, parsed."""
    return parse_rate(getattr(settings, "RATE_LIMITS", {}).get(scope, rate))


def seconds_until_reset(scope: str, rate: str) -> int:
    """Seconds until the scope's current counting window ends (for Retry-After)."""
    _limit, period = configured_rate(scope, rate)
    return period - int(time.time()) % period


def is_rate_limited(request, scope: str, rate: str, *, increment: bool = True) -> bool:
    """True when this client has used up ``rate`` for ``scope``; counts this request."""
    if not getattr(settings, "RATE_LIMIT_ENABLED", True):
        return False
    limit, period = configured_rate(scope, rate)
    window = int(time.time() // period)
    key = f"ratelimit:{scope}:{client_ip(request)}:{window}"
    if not increment:
        return (cache.get(key) or 0) >= limit
    cache.add(key, 0, period)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, period)
        count = 1
    return count > limit


def too_many_requests(request, message="", retry_after=600):
    """A 429 page in the visitor's language, with a Retry-After hint.

    Without ``message`` the page speaks of a form sent too often.
    """
    response = render(request, "429.html", {"message": message}, status=429)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


def api_limit_message(retry_after: int) -> str:
    return ngettext(
        "Too many requests. Please wait %(seconds)s second and try again.",
        "Too many requests. Please wait %(seconds)s seconds and try again.",
        retry_after,
    ) % {"seconds": retry_after}


def too_many_api_requests(retry_after: int):
    """The API's 429: ``{"detail": …}`` in the active language, with Retry-After."""
    response = JsonResponse({"detail": api_limit_message(retry_after)}, status=429)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


def rate_limit(scope: str, rate: str, methods=("POST",)):
    """View decorator: answer 429 once a client exceeds ``rate`` for ``scope``."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method in methods and is_rate_limited(request, scope, rate):
                return too_many_requests(request)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
