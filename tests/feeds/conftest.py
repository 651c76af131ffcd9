"""Feed tests: a real threaded local HTTP server (a hanging handler must not block the
others), a real SQLite store, the real story, and the seed articles served as web pages."""
from __future__ import annotations

import datetime as dt
import logging
import socket
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from natowatch.flows.files.articles import list_folder, read_article
from natowatch.flows.reader.fetch import FetchLimits
from natowatch.storage import Store

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"

# Limits a loaded CI machine's local server meets for every answer that is not meant to hang (a
# 2 s read timeout was once hit under load): the timeout tests set their own short ones. Small
# sizes, so that the size tests stay quick. The local server plays the public web here, so its two
# names are allowed hosts; tests/feeds/test_hostile.py checks what happens without them.
TEST_LIMITS = FetchLimits(connect_timeout=30.0, read_timeout=30.0, total_timeout=60.0,
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


@pytest.fixture
def silent_url():
    """The URL of a server that accepts connections and never answers: the kernel completes the
    handshake into the listen backlog and nobody reads. A socket of the test's own: a handler of
    the shared server held until after its test once answered during the next one (its request
    and its late error reached that test's server log and log capture)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


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


