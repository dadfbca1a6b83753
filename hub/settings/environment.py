"""Read configuration from environment variables (twelve-factor)."""

import os
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ImproperlyConfigured


def env_str(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_rates(name):
    """``"api=300/m, search=60/m"`` → ``{"api": "300/m", "search": "60/m"}``."""
    rates = {}
    for item in env_list(name):
        scope, separator, rate = item.partition("=")
        if not separator or not scope.strip() or not rate.strip():
            raise ImproperlyConfigured(f"{name}: write each rate as scope=count/period, e.g. api=300/m (got {item!r}).")
        rates[scope.strip()] = rate.strip()
    return rates


def env_required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be set for this configuration."
        )
    return value


def cache_from_url(url, namespace=""):
    """Turn CACHE_URL / REDIS_URL into a CACHES entry.

    Supported: redis://, rediss://, unix:// (Redis), locmem://, dummy://.
    A namespace keeps a second cache on the same server apart (its own key
    prefix, or its own local-memory store).
    """
    parsed = urlparse(url)
    options = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
    timeout = int(options.pop("timeout", 300))
    if parsed.scheme in {"redis", "rediss", "unix"}:
        return {
            # Django's RedisCache, bypassed (and logged) while the server does not answer.
            "BACKEND": "hub.cache.ResilientRedisCache",
            "LOCATION": url.split("?")[0],
            "KEY_PREFIX": "-".join(filter(None, [options.pop("key_prefix", "yhdessa"), namespace])),
            "TIMEOUT": timeout,
            # A server that does not answer must not hold a request for long.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    if parsed.scheme == "locmem":
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "-".join(filter(None, [parsed.netloc or "yhdessa", namespace])),
            "TIMEOUT": timeout,
        }
    if parsed.scheme == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ImproperlyConfigured(
        f"Unsupported cache URL scheme {parsed.scheme!r}: use redis://, locmem:// or dummy://."
    )
