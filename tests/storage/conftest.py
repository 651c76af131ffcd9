"""Fixtures for storage tests: a fresh database per test, on SQLite and on PostgreSQL.

PostgreSQL runs when NATOWATCH_TEST_POSTGRES_URL points at a reachable server; each test
gets its own schema (search_path in the URL), dropped afterwards. Locally the PostgreSQL
tests are skipped with the reason; under CI (CI set) a missing server is a failure.
"""
from __future__ import annotations

import datetime as dt
import os
import uuid

import psycopg
import pytest
from sqlalchemy.engine import make_url

from extract.model import Event
from storage import ArticleRecord, Store

POSTGRES_ENV = "NATOWATCH_TEST_POSTGRES_URL"


def _libpq_url(url: str) -> str:
    """The URL psycopg itself accepts (no SQLAlchemy driver suffix)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    problem = None
    if not url:
        problem = f"{POSTGRES_ENV} is not set (scripts/postgres.sh prints a URL)"
    else:
        try:
            psycopg.connect(_libpq_url(url), connect_timeout=3).close()
        except psycopg.Error as exc:
            problem = f"PostgreSQL at {make_url(url).render_as_string(hide_password=True)} is unreachable: " \
                      f"{str(exc).strip().splitlines()[0]}"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs PostgreSQL: {problem}")
        pytest.skip(problem)
    return url


def _fresh_postgres_schema(server_url: str):
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq_url(server_url), autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    url = make_url(server_url).update_query_dict({"options": f"-csearch_path={schema}"})
    return schema, url.render_as_string(hide_password=False)


def _drop_postgres_schema(server_url: str, schema: str) -> None:
    with psycopg.connect(_libpq_url(server_url), autocommit=True) as connection:
        connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request) -> str:
    return request.param


@pytest.fixture
def make_database_url(backend, tmp_path, request):
    """A factory of empty databases of the test's backend: call it again for a second one."""
    server = request.getfixturevalue("postgres_server_url") if backend == "postgresql" else None
    schemas: list[str] = []

    def make() -> str:
        if server is None:
            return f"sqlite:///{tmp_path / uuid.uuid4().hex[:8] / 'natowatch.db'}"
        schema, url = _fresh_postgres_schema(server)
        schemas.append(schema)
        return url

    yield make
    for schema in schemas:
        _drop_postgres_schema(server, schema)


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
    values = dict(type=type, subject=subject, actor=actor, status=status, date=dt.date(2024, 2, 22),
                  evidence=sentence, span=(0, len(sentence)), confidence=0.9, rule=f"{type}-rule")
    values.update(changes)
    return Event(**values)


@pytest.fixture
def make_article():
    return article


@pytest.fixture
def make_event():
    return event
