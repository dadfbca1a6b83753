"""Test runs: fast hashing, in-memory e-mail, media in a temporary folder."""

import tempfile
from urllib.parse import urlparse

from .base import *  # noqa: F403
from .environment import env_str

SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="yhdessa-test-media-")
WAGTAILADMIN_BASE_URL = "http://testserver"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Keep cache keys of parallel or repeated runs apart when Redis is shared. Tests
# clear the cache (FLUSHDB), so each pytest-xdist worker gets a database of its own.
if CACHES["default"]["BACKEND"].endswith("RedisCache"):  # noqa: F405
    CACHES["default"]["KEY_PREFIX"] = env_str("CACHE_KEY_PREFIX", "yhdessa-test")  # noqa: F405
    _worker = env_str("PYTEST_XDIST_WORKER")  # "gw0", "gw1", … under pytest -n
    if _worker:
        _url = urlparse(CACHES["default"]["LOCATION"])  # noqa: F405
        _db = int(_url.path.strip("/") or 0) + 1 + int(_worker[2:])
        CACHES["default"]["LOCATION"] = _url._replace(path=f"/{_db}").geturl()  # noqa: F405

# Whole-page caching would hide what the tests measure; the page cache tests turn it on.
PAGE_CACHE_ENABLED = False
# Renditions stay in this process's memory, whatever cache the run uses.
CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test-renditions"}  # noqa: F405

# Static files come from the finders in tests; WhiteNoise serves collected files in production.
MIDDLEWARE = [entry for entry in MIDDLEWARE if not entry.startswith("whitenoise.")]  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Searches are written to the report as they happen (search/counting.py buffers them otherwise).
SEARCH_COUNT_FLUSH_SECONDS = 0
