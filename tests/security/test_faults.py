"""Faults of the services behind the site: visitors get a clear answer, operators a log line."""

import threading
from unittest import mock

import pytest
from django.db import OperationalError, connections
from django.db.backends.utils import CursorWrapper
from django.test import Client

FINNISH = "Palvelu ei ole hetkeen käytettävissä"
SWEDISH = "Tjänsten är tillfälligt otillgänglig"


@pytest.fixture
def failing_queries(db):
    """Every SQL statement fails as it does when the server has gone away (until the test's end)."""
    gone = OperationalError("server closed the connection unexpectedly")
    with mock.patch.object(CursorWrapper, "_execute_with_wrappers", side_effect=gone):
        yield


def in_thread_with_dead_database(request_with):
    """Run ``request_with(client)`` in a thread whose database connection points at nothing.

    Connections belong to threads, so the test's own database stays as it is.
    """
    outcome = {}

    def run():
        settings = connections["default"].settings_dict
        dead = {**settings, "NAME": "/nonexistent/yhdessa.sqlite3"} if settings["ENGINE"].endswith("sqlite3") else {
            **settings, "HOST": "127.0.0.1", "PORT": "6391", "OPTIONS": {**settings.get("OPTIONS", {}), "connect_timeout": 2}}
        connections["default"] = type(connections["default"])(dead, "default")
        try:
            outcome["response"] = request_with(Client())
        finally:
            connections["default"].close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return outcome["response"]


def test_a_dead_database_gets_a_bilingual_503_page_and_a_log_line(django_db_blocker, caplog):
    with django_db_blocker.unblock(), caplog.at_level("ERROR", logger="hub.faults"):
        response = in_thread_with_dead_database(lambda client: client.get("/fi/"))
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert FINNISH in html and SWEDISH in html
    assert html.index(FINNISH) < html.index(SWEDISH)
    assert "Traceback" not in html and "OperationalError" not in html
    assert "Database unavailable" in caplog.text and "GET /fi/" in caplog.text


def test_a_dead_database_gets_a_503_json_in_the_api(django_db_blocker):
    with django_db_blocker.unblock():
        response = in_thread_with_dead_database(lambda client: client.get("/api/v2/pages/", {"locale": "sv"}))
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert response.json() == {"detail": "Tjänsten är tillfälligt otillgänglig. Försök igen om ungefär en minut."}


def test_the_swedish_site_shows_swedish_first(site_tree, client, failing_queries):
    response = client.get("/sv/")
    html = response.content.decode()
    assert response.status_code == 503
    assert '<html lang="sv">' in html
    assert html.index(SWEDISH) < html.index(FINNISH)
    assert "no-store" in response["Cache-Control"]


def test_failing_queries_anywhere_give_the_503_page_not_a_500(site_tree, client, failing_queries, caplog):
    with caplog.at_level("ERROR"):
        pages = [client.get(path) for path in ("/fi/", "/fi/mita-jarjestotoiminta-on/", "/sv/vad-ar-foreningsverksamhet/")]
        api = client.get("/api/v2/pages/")
    assert {page.status_code for page in pages} == {503}
    assert api.status_code == 503
    assert api.json()["detail"] == "Palvelu ei ole hetkeen käytettävissä. Yritä uudelleen noin minuutin kuluttua."
    assert "Database unavailable" in caplog.text


def test_a_database_error_outside_a_view_also_gets_the_503_page(site_tree, client, monkeypatch):
    from django.contrib.sessions.middleware import SessionMiddleware

    def refuse(self, request, response):
        raise OperationalError("could not save the session")

    monkeypatch.setattr(SessionMiddleware, "process_response", refuse)
    client.raise_request_exception = False
    response = client.get("/fi/")
    assert response.status_code == 503
    assert FINNISH in response.content.decode()


def test_other_errors_still_get_the_500_page(site_tree, client, monkeypatch):
    from django.contrib.sessions.middleware import SessionMiddleware

    def fail(self, request, response):
        raise RuntimeError("a bug")

    monkeypatch.setattr(SessionMiddleware, "process_response", fail)
    client.raise_request_exception = False
    response = client.get("/fi/")
    assert response.status_code == 500
    assert "Palvelussa on tilapäinen häiriö" in response.content.decode()


# Redis (the cache) ---------------------------------------------------------------

DEAD_REDIS = "redis://127.0.0.1:6390/0"  # a closed port


@pytest.fixture
def dead_redis(settings):
    """The cache is a Redis server that does not answer, as with REDIS_URL=redis://127.0.0.1:6390/0."""
    from hub import cache
    from hub.settings.environment import cache_from_url

    settings.CACHES = {"default": cache_from_url(DEAD_REDIS), "renditions": cache_from_url(DEAD_REDIS, namespace="renditions")}
    cache._retry_at.clear()
    yield
    cache._retry_at.clear()


def test_pages_are_served_without_the_cache_and_the_outage_is_logged(site_tree, client, dead_redis, settings, caplog):
    settings.PAGE_CACHE_ENABLED = True
    with caplog.at_level("WARNING", logger="hub.cache"):
        responses = [client.get(path) for path in ("/fi/", "/fi/", "/sv/", "/fi/mita-jarjestotoiminta-on/")]
    assert [response.status_code for response in responses] == [200, 200, 200, 200]
    assert "Tillsammans är vi fler" in responses[2].content.decode()
    outage = [record for record in caplog.records if "unavailable, serving without cache" in record.getMessage()]
    assert len(outage) == 1  # logged once, not on every request
    assert outage[0].levelname == "ERROR" and DEAD_REDIS in outage[0].getMessage()


def test_rate_limits_fail_open_while_redis_is_down(site_tree, client, dead_redis, settings):
    settings.RATE_LIMITS = {"api": "1/m"}
    assert [client.get("/api/v2/pages/").status_code for _ in range(3)] == [200, 200, 200]


def test_the_cache_is_retried_after_a_pause(dead_redis, monkeypatch):
    from django.core.cache import cache

    from hub import cache as resilient

    clock = [1000.0]
    monkeypatch.setattr(resilient.time, "monotonic", lambda: clock[0])
    calls = []
    original = resilient.RedisCacheClient.get

    def counting_get(self, key, default):
        calls.append(key)
        return original(self, key, default)

    monkeypatch.setattr(resilient.RedisCacheClient, "get", counting_get)
    monkeypatch.setattr(resilient.ResilientRedisCacheClient, "get", resilient.bypassed_while_down(counting_get, resilient.FALLBACKS["get"]))
    assert cache.get("a", "missing") == "missing"
    assert cache.get("b", "missing") == "missing"
    assert len(calls) == 1  # the second read did not wait for the dead server
    clock[0] += resilient.RETRY_SECONDS + 1
    cache.get("c")
    assert len(calls) == 2


def test_the_login_lockout_holds_while_redis_is_down(db, client, editor, dead_redis):
    from axes.handlers.proxy import AxesProxyHandler

    from hub.cache import AxesHandler

    # As AXES_HANDLER is with REDIS_URL set; made here, so that it uses the dead cache.
    AxesProxyHandler.implementation = AxesHandler()
    try:
        statuses = [client.post("/admin/login/", {"username": "toimittaja", "password": "väärä-salasana"}).status_code for _ in range(5)]
        right_password = client.post("/admin/login/", {"username": "toimittaja", "password": "salasana-pitkä-123"})
    finally:
        AxesProxyHandler.implementation = None  # it keeps the (dead) cache it was made with; the next log-in makes one anew
    assert statuses == [200, 200, 200, 200, 429]
    assert right_password.status_code == 429
