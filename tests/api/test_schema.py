import pytest
from django.conf import settings
from openapi_spec_validator import validate

from hub.api import api_router

pytestmark = pytest.mark.django_db


def schema(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    return response.json()


def test_schema_is_valid_openapi_3(client):
    validate(schema(client))


def test_schema_lists_every_registered_endpoint(client):
    paths = schema(client)["paths"]
    for name in api_router._endpoints:
        assert any(path.startswith(f"/api/v2/{name}/") for path in paths), name
    assert "/api/v2/pages/{pk}/" in paths
    assert "/api/v2/pages/find/" in paths


@pytest.mark.skipif("news" not in settings.INSTALLED_APPS, reason="the news app is disabled")
def test_schema_describes_query_parameters_of_a_listing(client):
    operation = schema(client)["paths"]["/api/v2/news/"]["get"]
    parameters = {item["name"]: item["schema"]["type"] for item in operation["parameters"]}
    assert parameters["limit"] == "integer"
    assert parameters["locale"] == "string"
    assert {"fields", "offset", "order", "search", "date_from", "date_to", "category"} <= set(parameters)


def test_browsable_ui_loads_swagger_from_this_site(client):
    response = client.get("/api/schema/ui/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-schema-url="/api/schema/"' in html
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert "https://cdn" not in html and "unpkg" not in html


def test_listings_describe_their_items_fields_with_types(client):
    paths = schema(client)["paths"]
    item = paths["/api/v2/pages/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["items"]["items"]
    assert item["properties"]["title"] == {"type": "string"}
    assert item["properties"]["meta"]["properties"]["html_url"]["type"] == "string"
    assert item["properties"]["meta"]["properties"]["first_published_at"]["format"] == "date-time"
    municipality = paths["/api/v2/municipalities/{pk}/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert municipality["properties"]["code"] == {"type": "string"}
