"""Browser tests: Debian's Chromium driven by Playwright against a live server."""

import os
import shutil

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


@pytest.fixture
def locales(transactional_db):
    """The live server reads committed data, so browser tests use transactions."""
    from wagtail.models import Locale

    return {
        "fi": Locale.objects.get_or_create(language_code="fi")[0],
        "sv": Locale.objects.get_or_create(language_code="sv")[0],
    }


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
def page_in(browser):
    """Open a new page in the given viewport; closed after the test."""
    contexts = []

    def open_page(viewport="desktop", locale="fi-FI"):
        context = browser.new_context(viewport=VIEWPORTS[viewport], locale=locale)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
