"""Fixtures for flows/web/: the seeds replayed into a database, the app, a real server, a real browser."""
from __future__ import annotations

import os

import pytest
from fastapi.testclient import TestClient

from natowatch.flows.web import create_app
from natowatch.storage import Store
from webkit import WebServer, replay_seeds

CHROMIUM_ENV = "NATOWATCH_TEST_CHROMIUM"


@pytest.fixture(scope="session")
def seeded_url(tmp_path_factory, story) -> str:
    """A SQLite file holding the five seed articles' events (built once per session)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'seeds.db'}"
    assert replay_seeds(url, story) > 10
    return url


@pytest.fixture(scope="session")
def seeded_store(seeded_url):
    with Store.open(seeded_url, read_only=True) as store:
        yield store


@pytest.fixture(scope="session")
def client(seeded_store, story):
    with TestClient(create_app(seeded_store, [story])) as test_client:
        yield test_client


@pytest.fixture
def app_client(story):
    """A client over any store: app_client(store) -> TestClient."""
    clients = []

    def make(store):
        clients.append(TestClient(create_app(store, [story])))
        return clients[-1]

    yield make
    for made in clients:
        made.close()


@pytest.fixture(scope="session")
def web_server(seeded_url):
    """`natowatch web` serving the seeded database on a free port of 127.0.0.1."""
    server = WebServer(seeded_url)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's chromium (scripts/chromium.sh). Missing: skipped locally, a failure under CI."""
    path = os.environ.get(CHROMIUM_ENV) or next(
        (p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(p)), None)
    if not path or not os.path.exists(path):
        problem = f"no chromium ({CHROMIUM_ENV} unset; scripts/chromium.sh installs it)"
        if os.environ.get("CI"):
            pytest.fail(f"CI needs chromium: {problem}")
        pytest.skip(problem)
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    """Playwright driving the system chromium (never a browser Playwright downloads)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, headless=True,
                                              args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser, web_server):
    """A fresh browser page; every request it makes is recorded in `page.requested`."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    opened = context.new_page()
    opened.requested = []
    opened.console_errors = []
    opened.on("request", lambda request: opened.requested.append(request.url))
    opened.on("console", lambda message: message.type == "error" and opened.console_errors.append(message.text))
    yield opened
    context.close()
