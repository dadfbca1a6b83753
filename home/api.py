"""The core's API endpoints, registered on the one router from HomeConfig.ready().

    /api/v2/municipalities/?locale=fi&code=837
    /api/v2/organisations/?locale=sv
    /api/v2/contact_persons/?locale=fi
    /api/v2/navigation/?locale=sv       the menu, header links and language versions
    /api/v2/site_settings/?locale=sv    the organisation, contact details and footer

Navigation and site settings describe the site the request is for, in one
language (``locale``, Finnish when left out): what a headless front end needs to
draw the same header and footer as the site's own pages.
"""

from django.conf import settings
from django.http import JsonResponse
from django.urls import path
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale, Page, Site

from hub.api import check_locale_parameter, snippet_endpoint

from .chrome import build_footer, cached_per_version
from .models import ContactPerson, Municipality, Organisation, SiteSettings
from .serializers import image_data

SNIPPET_ENDPOINTS = {
    "municipalities": snippet_endpoint(Municipality),
    "organisations": snippet_endpoint(Organisation, related=["municipality", "logo"]),
    "contact_persons": snippet_endpoint(ContactPerson, related=["organisation", "photo"]),
}


class SiteEndpoint:
    """One JSON object about the request's site in one language."""

    model = None  # set by subclasses: the router looks endpoints up by model
    known_parameters = {"locale", "format"}
    openapi_schema = {"type": "object"}

    @classmethod
    def get_model_listing_urlpath(cls, model, namespace=""):
        return None

    @classmethod
    def get_object_detail_urlpath(cls, model, pk, namespace=""):
        return None

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view(), name="listing")]

    @classmethod
    def openapi_listing(cls, operation):
        operation["summary"] = cls.__doc__.strip().splitlines()[0]
        operation["responses"]["200"]["content"]["application/json"]["schema"] = cls.openapi_schema
        return operation

    @classmethod
    def as_view(cls):
        def view(request):
            try:
                data = cls().answer(request)
            except BadRequestError as error:
                return JsonResponse({"message": str(error)}, status=400)
            if data is None:
                return JsonResponse({"message": _("This site has no home page in that language.")}, status=404)
            return JsonResponse(data, json_dumps_params={"ensure_ascii": False})

        return view

    def answer(self, request):
        unknown = sorted(set(request.GET) - self.known_parameters)
        if unknown:
            raise BadRequestError(_("query parameter is not an operation or a recognised field: %(names)s") % {
                "names": ", ".join(name[:40] for name in unknown)
            })
        locale = check_locale_parameter(request)
        language = request.GET.get("locale") or settings.LANGUAGE_CODE
        site = Site.find_for_request(request)
        home = site.root_page.get_translation_or_none(locale or Locale.objects.get(language_code=language)) if site else None
        if home is None or not home.live:
            return None
        with translation.override(language):
            # Like the pages' chrome, kept until published content or settings change.
            key = f"home:api:{type(self).__name__}:{request.get_host()}:{site.pk}:{home.pk}"
            return {"locale": language, **cached_per_version(key, lambda: self.data(request, site, home))}

    def data(self, request, site, home):
        raise NotImplementedError


def site_url(site, url):
    """A site-relative address as a full one, like the pages' ``html_url``."""
    return url if url.startswith(("http://", "https://")) else site.root_url + url


def page_link(page, request):
    return {"id": page.pk, "title": page.title, "html_url": page.get_full_url(request)}


LINK = {
    "type": "object",
    "properties": {"id": {"type": "integer"}, "title": {"type": "string"}, "html_url": {"type": "string"}},
    "required": ["id", "title", "html_url"],
}


class NavigationEndpoint(SiteEndpoint):
    """The site's menu in one language, as its pages show it."""

    model = Site
    openapi_schema = {
        "type": "object",
        "properties": {
            "locale": {"type": "string"},
            "home": LINK,
            "menu": {"type": "array", "items": {**LINK, "properties": {
                **LINK["properties"], "children": {"type": "array", "items": LINK}}}},
            "header_links": {"type": "array", "items": {"type": "object", "properties": {
                "label": {"type": "string"}, "html_url": {"type": "string"}}}},
            "languages": {"type": "array", "items": {"type": "object", "properties": {
                "locale": {"type": "string"}, "title": {"type": "string"}, "html_url": {"type": "string"}}}},
        },
        "required": ["locale", "home", "menu", "header_links", "languages"],
    }

    def data(self, request, site, home):
        # The view restrictions, read once for the three page queries (public() reads them each time).
        private = Page.objects.all().private_q()
        children = list(home.get_children().live().exclude(private))
        return {
            "home": page_link(home, request),
            "menu": self.menu(request, home, [page for page in children if page.show_in_menus], private),
            "header_links": [
                {"label": str(link["label"]), "html_url": site_url(site, link["url"])}
                for link in (fn(request, children) for fn in hooks.get_hooks("site_header_links"))
                if link
            ],
            "languages": [
                {"locale": page.locale.language_code, "title": page.title, "html_url": page.get_full_url(request)}
                for page in home.get_translations(inclusive=True).live().exclude(private).select_related("locale").order_by("locale__language_code")
            ],
        }

    def menu(self, request, home, items, private):
        """Menu pages with their own menu pages below them, in two queries."""
        below = Page.objects.live().exclude(private).filter(
            depth=home.depth + 2, path__startswith=home.path, show_in_menus=True
        ).order_by("path")
        children = {item.path: [] for item in items}
        for page in below:
            parent_path = page.path[: -Page.steplen]
            if parent_path in children:
                children[parent_path].append(page_link(page, request))
        return [{**page_link(item, request), "children": children[item.path]} for item in items]


class SiteSettingsEndpoint(SiteEndpoint):
    """The site's organisation, contact details and footer in one language."""

    model = SiteSettings
    openapi_schema = {
        "type": "object",
        "properties": {
            "locale": {"type": "string"},
            "name": {"type": "string"},
            "description": {"type": "string"},
            "address": {"type": "object", "properties": {
                "street_address": {"type": "string"}, "postal_code": {"type": "string"}, "city": {"type": "string"}}},
            "phone": {"type": "string"},
            "email": {"type": "string"},
            "social_links": {"type": "array", "items": {"type": "object", "properties": {
                "name": {"type": "string"}, "url": {"type": "string"}}}},
            "logo": {"type": "object", "nullable": True, "properties": {
                "id": {"type": "integer"}, "url": {"type": "string"}, "full_url": {"type": "string"},
                "width": {"type": "integer"}, "height": {"type": "integer"}, "alt": {"type": "string"}}},
            "accessibility_statement": {"type": "object", "nullable": True, "properties": {
                "title": {"type": "string"}, "html_url": {"type": "string"}}},
            "footer_links": {"type": "array", "items": {"type": "object", "properties": {
                "title": {"type": "string"}, "html_url": {"type": "string"}}}},
        },
        "required": ["locale", "name", "phone", "email", "social_links", "footer_links"],
    }

    def data(self, request, site, home):
        footer = build_footer(request, site)
        return {
            "name": footer["name"],
            "description": footer["description"],
            "address": {key: footer[key] for key in ("street_address", "postal_code", "city")},
            "phone": footer["phone"],
            "email": footer["email"],
            "social_links": [{"name": name, "url": url} for name, url in footer["social_links"]],
            "logo": image_data(SiteSettings.for_site(site).logo, "height-96", alt=footer["name"]),
            "accessibility_statement": self.link(site, footer["accessibility_statement"]),
            "footer_links": [self.link(site, link) for link in footer["links"]],
        }

    @staticmethod
    def link(site, link):
        return {"title": link["title"], "html_url": site_url(site, link["url"])} if link else None


def register_endpoints(api_router):
    for name, endpoint in SNIPPET_ENDPOINTS.items():
        api_router.register_endpoint(name, endpoint)
    api_router.register_endpoint("navigation", NavigationEndpoint)
    api_router.register_endpoint("site_settings", SiteSettingsEndpoint)
