"""Fixtures for storage tests: a fresh database per test, on SQLite and on PostgreSQL.

PostgreSQL runs when NATOWATCH_TEST_POSTGRES_URL points at a reachable server; each test
gets its own schema (search_path in the URL), dropped afterwards. Locally the PostgreSQL
tests are skipped with the reason; under CI (CI set) a missing server is a failure.
"""
from __future__ import annotations

import datetime as dt
import uuid

import pytest

from natowatch.extract.model import Event
from natowatch.storage import ArticleRecord, Store

@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request) -> str:
    return request.param


@pytest.fixture
def make_database_url(backend, tmp_path, request):
    """A factory of empty databases of the test's backend: call it again for a second one."""
    if backend == "postgresql":
        return request.getfixturevalue("new_postgres_schema")
    return lambda: f"sqlite:///{tmp_path / uuid.uuid4().hex[:8] / 'natowatch.db'}"


@pytest.fixture
def database_url(backend, make_database_url) -> str:
    """An empty database: a SQLite file in tmp_path, or a fresh PostgreSQL schema."""
    return make_database_url()


@pytest.fixture
def store(database_url):
    with Store.open(database_url, upgrade=True) as opened:
        yield opened


def article(n: int = 1, **changes) -> ArticleRecord:
    values = dict(url=f"https://news.example/{n}", title=f"Article {n}", text=f"Body of article {n}.",
                  published=dt.date(2024, 3, n % 28 + 1), outlet="Example News", language="en", source="seed")
    values.update(changes)
    return ArticleRecord(**values)


def event(type: str = "endorsement", subject: str = "Mark Rutte", actor: str | None = "France",
          status: str = "confirmed", evidence: str | None = None, **changes) -> Event:
    sentence = evidence or f"{actor or 'Someone'} {type} {subject}."
    values = dict(type=type, subject=subject, actor=actor, status=status, date=None,
                  evidence=sentence, span=(0, len(sentence)), confidence=0.9, rule=f"{type}-rule")
    values.update(changes)
    return Event(**values)


@pytest.fixture
def make_article():
    return article


@pytest.fixture
def make_event():
    return event
