"""Campaign API endpoints, registered on the one router from CampaignConfig.ready().

    /api/v2/campaigns/?locale=fi
    /api/v2/campaign_posts/?locale=fi&campaign=<id>
    /api/v2/info_packages/?locale=fi&campaign=<id>
    /api/v2/campaign_materials/?locale=fi&campaign=<id>&type=poster&language=sv
    /api/v2/campaign_organisations/?locale=fi&campaign=<id>&municipality=837

Pages come through Wagtail's pages API (live, public only); materials and
organisations are plain JSON in the same shape ({"meta": {"total_count"}, "items"}).
Organisations appear only through an approved participation. Bad parameters get
a 400 with a JSON ``message``.
"""

import hashlib

from django.http import JsonResponse
from django.urls import path
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale

from home.chrome import cached_per_version
from home.serializers import absolute, image_data
from hub.api import PublicPagesAPIViewSet

from .listing import MaterialFilters, blog_posts, live_campaigns, localize_organisations, materials_queryset, participations
from .models import CampaignBlogPost, CampaignPage, InfoPackagePage, Material, Participation

MAX_LIMIT = 50


def _campaign_from(params):
    """The campaign named by ?campaign=<id> (any language's page id), or None."""
    value = params.get("campaign", "").strip()
    if not value:
        return None
    if not (value.isascii() and value.isdecimal()):
        raise BadRequestError(_("campaign must be the id of a campaign page, not “%(value)s”.") % {"value": value[:40]})
    campaign = live_campaigns().filter(pk=int(value)).first()
    if campaign is None:
        raise BadRequestError(_("There is no campaign with the id %(value)s.") % {"value": value})
    return campaign


class CampaignsAPIViewSet(PublicPagesAPIViewSet):
    model = CampaignPage
    listing_default_fields = PublicPagesAPIViewSet.listing_default_fields + [
        "hashtag", "key_message", "hero_image", "starts_on", "ends_on", "theme",
    ]

    def listed_pages(self):
        if self.request.GET.get("type"):
            raise BadRequestError(_("This endpoint lists one page type; leave out the type parameter."))
        queryset = super().listed_pages()
        return queryset if "order" in self.request.GET else queryset.order_by("-starts_on", "pk")


class CampaignPostsAPIViewSet(PublicPagesAPIViewSet):
    model = CampaignBlogPost
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters.union(["campaign"])
    listing_default_fields = PublicPagesAPIViewSet.listing_default_fields + [
        "date", "author_display_name", "lead", "image", "image_alt",
    ]

    def listed_pages(self):
        if self.request.GET.get("type"):
            raise BadRequestError(_("This endpoint lists one page type; leave out the type parameter."))
        campaign = _campaign_from(self.request.GET)
        queryset = super().listed_pages()
        if campaign is not None:
            queryset = queryset.filter(pk__in=CampaignBlogPost.objects.descendant_of(campaign).values("pk"))
        if "order" in self.request.GET:
            return queryset
        return blog_posts(base=queryset)


class InfoPackagesAPIViewSet(PublicPagesAPIViewSet):
    model = InfoPackagePage
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters.union(["campaign"])
    listing_default_fields = PublicPagesAPIViewSet.listing_default_fields + ["lead", "pdf_url"]

    def listed_pages(self):
        if self.request.GET.get("type"):
            raise BadRequestError(_("This endpoint lists one page type; leave out the type parameter."))
        campaign = _campaign_from(self.request.GET)
        queryset = super().listed_pages().prefetch_related("contacts__person__organisation", "contacts__person__photo")
        if campaign is not None:
            queryset = queryset.filter(pk__in=InfoPackagePage.objects.descendant_of(campaign).values("pk"))
        return queryset


class JsonListEndpoint:
    """A read-only list in the shape of Wagtail's API, for non-page content."""

    model = None  # set by subclasses: the router looks endpoints up by model
    known_parameters = {"locale", "limit", "offset", "campaign", "format"}

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
    def as_view(cls):
        def view(request):
            # The answer is kept until published content changes, as the API's page lists keep their items.
            asked = hashlib.sha256(f"{request.get_host()}|{translation.get_language()}|{request.GET.urlencode()}".encode())
            try:
                data = cached_per_version(f"campaign:api:{cls.__name__}:{asked.hexdigest()}", lambda: cls().listing(request))
                return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
            except BadRequestError as error:
                return JsonResponse({"message": str(error)}, status=400)

        return view

    def listing(self, request):
        params = request.GET
        unknown = sorted(set(params) - self.known_parameters)
        if unknown:
            raise BadRequestError(_("query parameter is not an operation or a recognised field: %(names)s") % {"names": ", ".join(name[:40] for name in unknown)})
        locale = None
        if params.get("locale"):
            locale = Locale.objects.filter(language_code=params["locale"]).first()
            if locale is None:
                raise BadRequestError(_("Unknown locale %(locale)s. Use one of: %(choices)s.") % {
                    "locale": params["locale"][:20],
                    "choices": ", ".join(Locale.objects.values_list("language_code", flat=True)),
                })
        limit = self.number(params, "limit", 20)
        offset = self.number(params, "offset", 0)
        if limit > MAX_LIMIT:
            raise BadRequestError(_("limit cannot be higher than %(max)s") % {"max": MAX_LIMIT})
        items = self.items(request, locale, _campaign_from(params))
        total = len(items) if isinstance(items, list) else items.count()
        return {"meta": {"total_count": total}, "items": [self.item(request, obj) for obj in items[offset : offset + limit]]}

    @staticmethod
    def number(params, name, default):
        value = params.get(name, "")
        if value == "":
            return default
        if not (value.isascii() and value.isdecimal()):
            raise BadRequestError(_("%(name)s must be a positive integer") % {"name": name})
        return int(value)


class CampaignMaterialsEndpoint(JsonListEndpoint):
    model = Material
    known_parameters = JsonListEndpoint.known_parameters | {"type", "language"}

    def items(self, request, locale, campaign):
        filters = MaterialFilters.from_query(request.GET)
        if filters.problems:
            raise BadRequestError(" ".join(filters.problems))
        return filters.apply(materials_queryset(campaign=campaign, locale_id=locale.pk if locale else None))

    def item(self, request, material):
        return {
            "id": material.pk,
            "title": material.title,
            "description": material.description,
            "type": material.material_type,
            "type_label": material.get_material_type_display(),
            "language": material.language,
            "licence": material.licence,
            "licence_label": material.get_licence_display(),
            "licence_url": material.licence_url,
            "locale": material.locale.language_code,
            "campaign": material.campaign_id,
            "preview": image_data(material.preview_image, "max-400x300", alt=material.preview_alt),
            "download_url": absolute(material.download_url()),
            "file_type": material.file_type().lower(),
        }


class CampaignOrganisationsEndpoint(JsonListEndpoint):
    model = Participation
    known_parameters = JsonListEndpoint.known_parameters | {"municipality"}

    def items(self, request, locale, campaign):
        self.locale_codes = dict(Locale.objects.values_list("pk", "language_code"))
        queryset = participations(campaign=campaign).order_by("organisation__name", "pk")
        municipality = request.GET.get("municipality", "").strip()
        if municipality:
            if not (municipality.isascii() and municipality.isdecimal() and len(municipality) == 3):
                raise BadRequestError(_("municipality must be a three-digit municipality code, e.g. 837."))
            queryset = queryset.filter(organisation__municipality__code=municipality)
        rows = list(queryset)
        self.campaigns = {row.organisation_id: [] for row in rows}
        for row in rows:
            self.campaigns[row.organisation_id].append(row.campaign_id)
        seen, organisations = set(), []
        for row in rows:
            if row.organisation_id not in seen:
                seen.add(row.organisation_id)
                organisations.append(row.organisation)
        if locale is not None:
            originals = {org.translation_key: org.pk for org in organisations}
            organisations = localize_organisations(organisations, locale.pk)
            self.original_ids = {org.pk: originals[org.translation_key] for org in organisations}
        else:
            self.original_ids = {org.pk: org.pk for org in organisations}
        return organisations

    def item(self, request, organisation):
        municipality = organisation.municipality
        return {
            "id": organisation.pk,
            "name": organisation.name,
            "description": organisation.description,
            "field_of_activity": organisation.field_of_activity,
            "municipality": {"name": municipality.name, "code": municipality.code} if municipality else None,
            "website": organisation.website,
            "logo": image_data(organisation.logo, "max-160x100", alt=organisation.name) if organisation.logo_id else None,
            "locale": self.locale_codes.get(organisation.locale_id),
            "campaigns": self.campaigns.get(self.original_ids.get(organisation.pk), []),
        }
