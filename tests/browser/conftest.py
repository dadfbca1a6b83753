"""Browser tests: Debian's Chromium driven by Playwright against a live server."""

import os
import shutil
import threading

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}


# Playwright's sync API runs an event loop in the test thread; the ORM calls that
# fixtures make there are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


class LiveRequests:
    """Counts the requests the live server is handling, to wait until it is idle.

    On in-memory SQLite the server's threads share the tests' connection, and
    flushing the database while a request a page left in flight still reads it
    fails with "database table is locked"."""

    def __init__(self, httpd):
        self.active = 0
        self.changed = threading.Condition()
        app = httpd.get_app()

        def counted_app(environ, start_response):
            self._add(1)
            try:
                return ClosingResult(app(environ, start_response), on_close=lambda: self._add(-1))
            except BaseException:
                self._add(-1)
                raise

        httpd.set_app(counted_app)

    def _add(self, step):
        with self.changed:
            self.active += step
            self.changed.notify_all()

    def wait_until_idle(self, timeout=10):
        with self.changed:
            self.changed.wait_for(lambda: self.active == 0, timeout)


class ClosingResult:
    """A WSGI result that reports when the server has finished sending it."""

    def __init__(self, result, on_close):
        self.result = result
        self.on_close = on_close

    def __iter__(self):
        return iter(self.result)

    def close(self):
        try:
            if hasattr(self.result, "close"):
                self.result.close()
        finally:
            self.on_close()


@pytest.fixture(scope="session")
def live_requests(live_server):
    return LiveRequests(live_server.thread.httpd)


@pytest.fixture
def locales(transactional_db, live_requests):
    """The live server reads committed data, so browser tests use transactions."""
    from wagtail.models import Locale

    yield {
        "fi": Locale.objects.get_or_create(language_code="fi")[0],
        "sv": Locale.objects.get_or_create(language_code="sv")[0],
    }
    live_requests.wait_until_idle()


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request):
    return request.param


@pytest.fixture
def page_in(browser, locales):
    """Open a new page in the given viewport; closed after the test."""
    contexts = []

    def open_page(viewport="desktop", locale="fi-FI"):
        context = browser.new_context(viewport=VIEWPORTS[viewport], locale=locale)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
