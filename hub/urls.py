"""URL configuration.

Apps add public, non-page URLs with the ``register_public_urls`` hook (a
function returning URL patterns; they are placed under the language prefix) and
API endpoints through ``hub.api.api_router``. Pages route through Wagtail.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import hooks
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from hub import openapi, views
from hub.api import api_router
from hub.sitemap import LocalizedSitemap


def plugin_public_urls():
    patterns = []
    for register in hooks.get_hooks("register_public_urls"):
        patterns.extend(register())
    return patterns


urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/schema/", openapi.schema_view, name="api_schema"),
    path("api/schema/ui/", openapi.schema_ui_view, name="api_schema_ui"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("", views.language_redirect, name="language_redirect"),
]

if settings.BENCHMARK_FLOOR:
    urlpatterns.append(path("bench/floor/", views.benchmark_floor))

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += staticfiles_urlpatterns()
    # Image renditions and originals only: documents go through /documents/, which
    # checks collection privacy, and plugins serve their private uploads themselves.
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>(?:images|original_images)/.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += i18n_patterns(
    *plugin_public_urls(),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "hub.views.page_not_found"
handler500 = "hub.views.server_error"
