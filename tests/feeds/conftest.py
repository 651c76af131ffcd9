"""Feed tests: a real threaded local HTTP server (a hanging handler must not block the
others), a real SQLite store, the real story, and the seed articles served as web pages."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from natowatch.flows.files.articles import list_folder, read_article
from natowatch.flows.reader.fetch import FetchLimits
from natowatch.storage import Store

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"

# Small limits so the timeout and size tests stay short, but a read timeout a loaded CI machine's
# local server still meets for every answer that is not meant to hang. The local server plays the
# public web here, so its two names are allowed hosts; tests/feeds/test_hostile.py checks what
# happens without them.
TEST_LIMITS = FetchLimits(connect_timeout=5.0, read_timeout=2.0, total_timeout=10.0,
                          max_bytes=200_000, max_redirects=5, allow_hosts=("127.0.0.1", "localhost"))


@pytest.fixture(scope="session")
def _feed_server():
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def server(_feed_server):
    """The local HTTP server, emptied of expectations before each test."""
    _feed_server.clear()
    yield _feed_server
    _feed_server.clear()


@pytest.fixture
def limits() -> FetchLimits:
    return TEST_LIMITS


# --- polling -------------------------------------------------------------------------------

@dataclass(frozen=True)
class SeedArticle:
    stem: str
    title: str
    text: str
    published: dt.date | None


@pytest.fixture(scope="session")
def seed_articles() -> list[SeedArticle]:
    """The seed files read the way replay reads them (manifest titles and dates)."""
    articles = []
    for path, entry in list_folder(SEEDS).files:
        a = read_article(path, entry)
        articles.append(SeedArticle(path.stem, a.title, a.text, a.published))
    return articles


@pytest.fixture
def store(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'natowatch.db'}", upgrade=True) as opened:
        yield opened


@pytest.fixture
def log():
    return logging.getLogger("natowatch.test.poll")


