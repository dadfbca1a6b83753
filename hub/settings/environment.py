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
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url.split("?")[0],
            "KEY_PREFIX": "-".join(filter(None, [options.pop("key_prefix", "yhdessa"), namespace])),
            "TIMEOUT": timeout,
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
