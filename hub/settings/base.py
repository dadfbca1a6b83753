"""Settings shared by every environment. Values come from the environment."""

from pathlib import Path

import dj_database_url

from .environment import cache_from_url, env_bool, env_list, env_rates, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Content apps are plugins: each depends on `home` and `hub` only and can be
# removed from this list. DISABLED_APPS (comma-separated labels) removes them
# without editing code, which CI uses to prove that the rest still works.
PLUGIN_APPS = ["news", "toolkit", "premises", "events", "campaign", "participation", "search"]
DISABLED_APPS = set(env_list("DISABLED_APPS"))

INSTALLED_APPS = [
    "home",
    *[app for app in PLUGIN_APPS if app.rsplit(".", 1)[-1] not in DISABLED_APPS],
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_headless_preview",
    "drf_spectacular_sidecar",  # Swagger UI's files for /api/schema/ui/, served locally
    "corsheaders",
    # Promoted search results, managed by editors; the search plugin uses them.
    *(["wagtail.contrib.search_promotions"] if "search" not in DISABLED_APPS else []),
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # A view's database error becomes a 503 page (hub/faults.py); consulted after every other middleware.
    "hub.faults.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "hub.middleware.ApiRateLimitMiddleware",
    "hub.middleware.ApiConditionalGetMiddleware",
    "home.page_cache.PageCacheMiddleware",
    "hub.middleware.SiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "hub.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the password, the admin asks for the second step where it is set up (or required).
    "home.two_factor.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "hub.security.PathCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Last, as django-axes asks: it turns a locked-out log-in into its lockout page.
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                # Replaces Django's csrf_token: a placeholder in pages the page cache may store.
                "home.page_cache.csrf_token_placeholder",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env_str("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL compiles a query to machine code once its cost estimate is high,
    # which the listings' subqueries reach: 0.6 s of compiling for 15 ms of work.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

_cache_url = env_str("CACHE_URL") or env_str("REDIS_URL") or "locmem://yhdessa"
CACHES = {"default": cache_from_url(_cache_url), "renditions": cache_from_url(_cache_url, namespace="renditions")}

# Whole public pages for anonymous visitors (home/page_cache.py), invalidated by
# any content change; PAGE_CACHE_TIMEOUT bounds what changes with time alone.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_TIMEOUT = int(env_str("PAGE_CACHE_TIMEOUT", "300"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Finnish first and default, Swedish second. Public URLs carry the
# language prefix (/fi/…, /sv/…); the admin also speaks English.
LANGUAGE_CODE = "fi"
LANGUAGES = [("fi", "Suomi"), ("sv", "Svenska")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "language"
LANGUAGE_COOKIE_SAMESITE = "Lax"

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = env_str("MEDIA_URL", "/media/")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env_str("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Yhdessä <noreply@example.fi>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "plain"},
    },
    "root": {"handlers": ["stdout"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "Yhdessä"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Avatars are uploaded in the account settings; Gravatar would receive a hash of
# every editor's e-mail address from each admin page view.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Every document is downloaded as an attachment, never shown inline in the browser.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Editor workflow (groups and the two-step workflow: `manage.py setup_roles`).
# Reviewers get an e-mail when a page waits for them; authors when it is approved
# or rejected. Pages in moderation are locked for everyone but the reviewers.
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAIL_WORKFLOW_ENABLED = True

# Search: Wagtail's database backend unless an Elasticsearch URL is given.
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX": env_str("ELASTICSEARCH_INDEX", "yhdessa"),
            "TIMEOUT": 5,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# API: one router in hub/api.py; results per page are capped.
WAGTAILAPI_LIMIT_MAX = 50
if env_str("WAGTAILAPI_BASE_URL"):
    WAGTAILAPI_BASE_URL = env_str("WAGTAILAPI_BASE_URL")
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# Abuse limits per client address (home/abuse.py), counted in the default cache:
# RATE_LIMITS="api=300/m,search=60/m" overrides a scope's built-in rate.
RATE_LIMIT_ENABLED = env_bool("RATE_LIMIT_ENABLED", True)
RATE_LIMITS = env_rates("RATE_LIMITS")
# Behind a reverse proxy, the header holding the client's address, e.g. HTTP_X_FORWARDED_FOR.
RATE_LIMIT_CLIENT_IP_HEADER = env_str("RATE_LIMIT_CLIENT_IP_HEADER")

# Headless preview: the front end that shows drafts, for all sites, e.g.
# HEADLESS_PREVIEW_CLIENT_URL=https://preview.example.fi. Empty keeps the
# built-in preview.
HEADLESS_PREVIEW_CLIENT_URL = env_str("HEADLESS_PREVIEW_CLIENT_URL")
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": {"default": HEADLESS_PREVIEW_CLIENT_URL} if HEADLESS_PREVIEW_CLIENT_URL else {},
    "SERVE_BASE_URL": None,
    "REDIRECT_ON_PREVIEW": False,
    "ENFORCE_TRAILING_SLASH": True,
}
# API: origins allowed to read it from a browser (CORS), comma-separated, e.g.
# CORS_ALLOWED_ORIGINS=https://kunta.example.fi; seconds clients keep an answer.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]  # so scripts can revalidate
API_CACHE_MAX_AGE = int(env_str("API_CACHE_MAX_AGE", "60"))
# Seconds a preview token for the headless client stays valid.
HEADLESS_PREVIEW_TOKEN_MAX_AGE = int(env_str("HEADLESS_PREVIEW_TOKEN_MAX_AGE", "3600"))

# The benchmark's floor endpoint: a minimal view through the full middleware
# stack. Off unless the benchmark turns it on.
BENCHMARK_FLOOR = env_bool("BENCHMARK_FLOOR")

WAGTAILAPI_RICH_TEXT_FORMAT = "html"

# Premises map tiles: any XYZ tile server ({z}/{x}/{y}); OpenStreetMap's by default.
# The map loads only when a visitor asks for it. MAP_TILE_ATTRIBUTION is HTML.
MAP_TILE_URL = env_str("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env_str(
    "MAP_TILE_ATTRIBUTION", '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
)

# Dates and numbers as written in Finland, in both languages.
FORMAT_MODULE_PATH = ["hub.formats"]

# Security headers (production adds HSTS and secure cookies). The public site's
# Content-Security-Policy runs scripts only from the site itself or with the
# response's nonce (templates: nonce="{{ request.csp_nonce }}"); style attributes
# are allowed for theme colours. The admin, whose pages use inline scripts, gets
# ADMIN_CONTENT_SECURITY_POLICY. Embedded videos load in frames from https: hosts.
from csp.constants import NONCE, NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE  # noqa: E402

from hub.security import origin_of  # noqa: E402

_image_sources = [SELF, "data:", *filter(None, [origin_of(MAP_TILE_URL), origin_of(MEDIA_URL)])]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": _image_sources,
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, "https:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
ADMIN_URL_PREFIXES = ["/admin/"]
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [*_image_sources, "blob:", "https:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF, "https:"],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "camera", "display-capture", "geolocation", "gyroscope",
        "magnetometer", "microphone", "payment", "usb",
    )
}
# Images: raster formats only; an SVG could carry script.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]

# Log-in lockout (django-axes): five failed log-ins for one user name from one
# address lock that pair out for 15 minutes. Attempts are counted in the database,
# or in Redis when REDIS_URL is set (a per-process memory cache would not hold
# across workers).
from datetime import timedelta  # noqa: E402

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Two-step verification (TOTP) for the admin: optional per user; on for everyone
# with admin access when TWO_FACTOR_REQUIRED is set.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", False)
OTP_TOTP_ISSUER = "Yhdessä"

AXES_FAILURE_LIMIT = int(env_str("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "lockout.html"
# In Redis, and in the database while Redis is down (hub/cache.py).
AXES_HANDLER = (
    "hub.cache.AxesHandler"
    if CACHES["default"]["BACKEND"].endswith("RedisCache")
    else "axes.handlers.database.AxesDatabaseHandler"
)
