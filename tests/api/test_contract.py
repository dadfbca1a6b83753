"""Property-based contract test: every documented endpoint, generated query values.

No answer may be a server error, and every answer must match the schema at
/api/schema/ (status code, content type, body shape). One test draws cases from
all operations, so the demo content is built once.
"""

import pytest
from django.conf import settings as django_settings
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from hub.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/schema/", application)
schema.config.generation.update(modes=[GenerationMode.POSITIVE])
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
OPERATIONS = [result.ok() for result in schema.get_all_operations()]


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    """Hypothesis sends hundreds of requests from one address; tests/security/test_rate_limits.py tests the limits."""
    settings.RATE_LIMIT_ENABLED = False


def test_every_endpoint_is_exercised():
    expected = {"/api/v2/pages/", "/api/v2/navigation/", "/api/v2/page_preview/"}
    expected |= {f"/api/v2/{app}/" for app in ("news", "events") if app in django_settings.INSTALLED_APPS}
    assert expected <= {operation.path for operation in OPERATIONS}
    assert len(OPERATIONS) >= 15


@pytest.mark.slow
@pytest.mark.django_db
@given(data=schema.as_strategy())
@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_keeps_its_contract(data, rich_site):
    data.call_and_validate(checks=CHECKS)
