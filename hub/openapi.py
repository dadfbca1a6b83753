"""One OpenAPI 3 schema for every endpoint in ``hub.api.api_router``.

Wagtail's API v2 viewsets answer with their own serializers, which schema
generators cannot inspect, so the schema is built from what each viewset
declares: its URL patterns and its ``known_query_parameters``. An app's
endpoint appears as soon as it is registered on the router.
"""

import re

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from wagtail.fields import RichTextField, StreamField
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from hub.api import api_router

API_PREFIX = "/api/v2/"
INTEGER_PARAMETERS = {"limit", "offset", "child_of", "descendant_of", "ancestor_of", "id", "depth", "contest", "wall"}
DESCRIPTIONS = {
    "type": "Page type as app_label.ModelName, e.g. news.NewsPage.",
    "locale": "Language code: fi or sv.",
    "fields": "Comma-separated fields to add; * for all, -name to leave one out.",
    "limit": "Items per response.",
    "offset": "Items to skip.",
    "order": "Field to order by; -field for descending, random for random order.",
    "search": "Full-text search terms.",
    "date_from": "Earliest date, as YYYY-MM-DD.",
    "date_to": "Latest date, as YYYY-MM-DD.",
    "child_of": "Id of the parent page.",
    "descendant_of": "Id of an ancestor page.",
    "html_path": "Page path with its language prefix, e.g. /sv/om-oss/.",
}
MESSAGE = {"type": "object", "properties": {"message": {"type": "string"}}, "required": ["message"]}
DETAIL = {"type": "object", "properties": {"detail": {"type": "string"}}, "required": ["detail"]}
RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait before trying again.", "schema": {"type": "integer"}}}
LISTING = {
    "type": "object",
    "properties": {
        "meta": {"type": "object", "properties": {"total_count": {"type": "integer"}}},
        "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
    },
    "required": ["meta", "items"],
}
ITEM = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "meta": {"type": "object"},
    },
}


# What the API's serializers make of a model field, as JSON Schema.
FIELD_TYPES = [
    (StreamField, {"type": "array"}),
    (RichTextField, {"type": "string", "description": "HTML"}),
    (models.BooleanField, {"type": "boolean"}),
    (models.DateTimeField, {"type": "string", "format": "date-time"}),
    (models.DateField, {"type": "string", "format": "date"}),
    (models.DecimalField, {"type": "string", "format": "decimal"}),
    (models.FloatField, {"type": "number"}),
    (models.IntegerField, {"type": "integer"}),
    (models.AutoField, {"type": "integer"}),
    (models.BigAutoField, {"type": "integer"}),
    (models.CharField, {"type": "string"}),
    (models.TextField, {"type": "string"}),
]
META_TYPES = {
    "type": {"type": "string"},
    "detail_url": {"type": "string"},
    "html_url": {"type": "string", "nullable": True},
    "slug": {"type": "string"},
    "locale": {"type": "string"},
    "first_published_at": {"type": "string", "format": "date-time", "nullable": True},
    "last_published_at": {"type": "string", "format": "date-time", "nullable": True},
    "search_description": {"type": "string"},
    "translations": {"type": "array"},
}


def field_schema(model, name):
    """The JSON Schema of one of ``model``'s API fields; ``{}`` when its serializer decides."""
    api_field = next((field for field in getattr(model, "api_fields", ()) if field.name == name), None)
    if api_field is not None and api_field.serializer is not None:
        return {}
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return {}
    for field_class, schema in FIELD_TYPES:
        if isinstance(field, field_class):
            return {**schema, "nullable": True} if field.null else dict(schema)
    return {}


def item_schema(viewset):
    """An endpoint's listing item: its default fields, typed from the model where it can be."""
    model = getattr(viewset, "model", None)
    if model is None or not hasattr(viewset, "listing_default_fields"):
        return {"$ref": "#/components/schemas/Item"}
    meta_names = set(viewset.get_meta_fields_names(model))
    meta, body = {}, {"id": {"type": "integer"}}
    for name in viewset.listing_default_fields:
        if name in meta_names:
            meta[name] = META_TYPES.get(name, {})
        elif name != "id":
            body[name] = field_schema(model, name)
    return {"type": "object", "properties": {**body, "meta": {"type": "object", "properties": meta}}, "required": ["id"]}


def listing_schema(viewset):
    return {**LISTING, "properties": {**LISTING["properties"], "items": {"type": "array", "items": item_schema(viewset)}}}


def parameter(name, location="query"):
    schema = {"type": "integer", "minimum": 0} if name in INTEGER_PARAMETERS else {"type": "string"}
    if name == "pk":
        schema = {"type": "integer", "minimum": 1}
    return {
        "name": name,
        "in": location,
        "required": location == "path",
        "schema": schema,
        "description": DESCRIPTIONS.get(name, ""),
    }


def json_response(description, schema):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def errors(*statuses):
    """The statuses' answers, plus what any endpoint may answer: 429 over the rate limit, 503 in a fault."""
    texts = {"400": "Bad request: an unknown parameter or a bad value.", "403": "Forbidden.", "404": "Not found."}
    return {
        **{status: json_response(texts[status], {"$ref": "#/components/schemas/Message"}) for status in statuses},
        "429": {**json_response("Too many requests from this address; wait Retry-After seconds.", {"$ref": "#/components/schemas/Detail"}),
                "headers": RETRY_AFTER},
        "503": {**json_response("Temporarily unavailable (e.g. the database is down); try again later.", {"$ref": "#/components/schemas/Detail"}),
                "headers": RETRY_AFTER},
    }


def query_parameters(viewset):
    """Wagtail's viewsets declare ``known_query_parameters``; other endpoints ``known_parameters``."""
    known = getattr(viewset, "known_query_parameters", None) or getattr(viewset, "known_parameters", set())
    return sorted(set(known) - {"format"})


def listing_operation(name, viewset):
    listing_parameters = query_parameters(viewset)
    shape = listing_schema(viewset) if hasattr(viewset, "get_model_listing_urlpath") else {"type": "object"}
    return {
        "tags": [name],
        "operationId": f"{name}_listing",
        "summary": f"List {name.replace('_', ' ')}",
        "parameters": [parameter(item) for item in listing_parameters],
        "responses": {"200": json_response("A page of items.", shape),
                      **errors("400", "404")},
    }


def detail_operation(name, viewset):
    return {
        "tags": [name],
        "operationId": f"{name}_detail",
        "summary": f"One of {name.replace('_', ' ')} by id",
        "parameters": [parameter("pk", "path"), parameter("fields")],
        "responses": {"200": json_response("The item.", item_schema(viewset)),
                      **errors("400", "404")},
    }


def find_operation(name, viewset):
    return {
        "tags": [name],
        "operationId": f"{name}_find",
        "summary": f"Find one of {name.replace('_', ' ')} by path or other fields",
        "description": "Redirects (302) to the detail URL of the one match.",
        "parameters": [parameter(item) for item in query_parameters(viewset)],
        "responses": {"302": {"description": "The item's detail URL."}, **errors("400", "404")},
    }


def operation_for(name, viewset, view_name):
    if view_name == "find":
        return find_operation(name, viewset)
    if view_name == "detail":
        return detail_operation(name, viewset)
    operation = listing_operation(name, viewset)
    extend = getattr(viewset, "openapi_listing", None)
    return extend(operation) if extend else operation


def openapi_path(route):
    """``<int:pk>/`` → ``{pk}/``."""
    return re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route)


def build_schema():
    paths = {}
    for name, viewset in api_router._endpoints.items():
        for pattern in viewset.get_urlpatterns():
            path = API_PREFIX + name + "/" + openapi_path(str(pattern.pattern))
            paths[path] = {"get": operation_for(name, viewset, pattern.name)}
    return {
        "openapi": "3.0.3",
        "info": {
            "title": f"{settings.WAGTAIL_SITE_NAME} API",
            "version": "2",
            "description": "Public content of the site: pages, images, documents, snippets, navigation and settings.",
        },
        "paths": dict(sorted(paths.items())),
        "components": {"schemas": {"Message": MESSAGE, "Detail": DETAIL, "Listing": LISTING, "Item": ITEM}},
    }


@require_GET
def schema_view(request):
    return JsonResponse(build_schema(), json_dumps_params={"ensure_ascii": False})


@require_GET
def schema_ui_view(request):
    return render(request, "api/schema_ui.html", {"schema_url": "/api/schema/", "site_name": settings.WAGTAIL_SITE_NAME})
