"""Redis as Django's cache, bypassed while the server does not answer.

Django's own RedisCache raises on every call while Redis is down, which would
turn every page into a 500. :class:`ResilientRedisCache` answers like an empty
cache instead (reads miss, writes are dropped, ``incr`` counts from 0), logs the
outage once, and for ``RETRY_SECONDS`` does not even try the server, so requests
stay fast; then it tries again and logs when Redis answers.

While Redis is down: pages are rendered afresh (no page cache), abuse limits
count nothing and let requests through (fail open, home/abuse.py), and
django-axes counts failed log-ins in the database (:class:`AxesHandler`).
"""

import logging
import time
from functools import wraps

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 10
UNAVAILABLE = (RedisConnectionError, RedisTimeoutError)
_retry_at = {}  # server address → time.monotonic() when to try it again, while it is down


# What each client method answers while the server is down: what an empty cache would.
FALLBACKS = {
    "add": lambda *args, **kwargs: False,
    "get": lambda key, default=None: default,
    "set": lambda *args, **kwargs: None,
    "touch": lambda *args, **kwargs: False,
    "delete": lambda *args, **kwargs: False,
    "get_many": lambda *args, **kwargs: {},
    "has_key": lambda *args, **kwargs: False,
    "incr": lambda key, delta=1: delta,  # as on a key just added with 0: counting starts afresh
    "set_many": lambda *args, **kwargs: [],
    "delete_many": lambda *args, **kwargs: None,
    "clear": lambda *args, **kwargs: False,
}


def server_is_down(server):
    return time.monotonic() < _retry_at.get(server, 0)


def bypassed_while_down(method, fallback):
    @wraps(method)
    def wrapped(self, *args, **kwargs):
        server = self._servers[0]
        if server_is_down(server):
            return fallback(*args, **kwargs)
        try:
            result = method(self, *args, **kwargs)
        except UNAVAILABLE as error:
            if server not in _retry_at:
                logger.error("Redis cache at %s unavailable, serving without cache: %s", server, error)
            _retry_at[server] = time.monotonic() + RETRY_SECONDS
            return fallback(*args, **kwargs)
        if _retry_at.pop(server, None) is not None:
            logger.warning("Redis cache at %s answers again.", server)
        return result

    return wrapped


class ResilientRedisCacheClient(RedisCacheClient):
    pass


for _name, _fallback in FALLBACKS.items():
    setattr(ResilientRedisCacheClient, _name, bypassed_while_down(getattr(RedisCacheClient, _name), _fallback))


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ResilientRedisCacheClient

    @property
    def is_down(self):
        return server_is_down(self._servers[0])


def cache_is_down(alias="default"):
    return getattr(caches[alias], "is_down", False)


class AxesHandler:
    """django-axes counting failed log-ins in Redis, and in the database while Redis is down.

    So the lockout holds during an outage. Each store keeps its own count: after
    an outage an address may get up to twice AXES_FAILURE_LIMIT tries for a name.
    """

    def __init__(self):
        from axes.handlers.cache import AxesCacheHandler
        from axes.handlers.database import AxesDatabaseHandler

        self.cache_handler = AxesCacheHandler()
        self.database_handler = AxesDatabaseHandler()

    def __getattr__(self, name):
        handler = self.database_handler if cache_is_down() else self.cache_handler
        return getattr(handler, name)

    def reset_attempts(self, **kwargs):
        """``axes_reset_username`` and friends unlock in both stores."""
        return self.cache_handler.reset_attempts(**kwargs) + self.database_handler.reset_attempts(**kwargs)
