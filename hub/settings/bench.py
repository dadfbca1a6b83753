"""The load benchmark (`make bench`): production settings served over plain HTTP.

bench/run.py supplies SECRET_KEY, DATABASE_URL, MEDIA_ROOT and STATIC_ROOT through
the environment; this module only turns off what needs HTTPS and turns on the
floor endpoint. Only ever served on 127.0.0.1.
"""

from .production import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SECURE_HSTS_PRELOAD = False
SECURE_HSTS_INCLUDE_SUBDOMAINS = False
BENCHMARK_FLOOR = True
# wrk sends thousands of requests from one address: the abuse limits would answer most of them.
RATE_LIMIT_ENABLED = False
