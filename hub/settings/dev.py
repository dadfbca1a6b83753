"""Local development: DEBUG on, e-mails to the console, a fixed development key."""

from .base import *  # noqa: F403
from .environment import env_bool, env_list, env_str

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

# runserver serves static files from the finders; WhiteNoise is for production.
MIDDLEWARE = [entry for entry in MIDDLEWARE if not entry.startswith("whitenoise.")]  # noqa: F405

# Pages are rendered afresh while templates change; PAGE_CACHE=on tries the page cache.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", False)
