"""A database fixture for the flows/ tests that must hold on SQLite and on PostgreSQL.

Import `any_db_url` into a test module to use it. PostgreSQL (NATOWATCH_TEST_POSTGRES_URL) gets
a fresh schema per test, dropped afterwards; unreachable, it is skipped with the reason
locally and fails under CI.
"""
from __future__ import annotations

import os
import uuid

import psycopg
import pytest
from sqlalchemy.engine import make_url

POSTGRES_ENV = "NATOWATCH_TEST_POSTGRES_URL"


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _postgres_server() -> str:
    url = os.environ.get(POSTGRES_ENV)
    problem = None
    if not url:
        problem = f"{POSTGRES_ENV} is not set (scripts/postgres.sh prints a URL)"
    else:
        try:
            psycopg.connect(_libpq(url), connect_timeout=3).close()
        except psycopg.Error as exc:
            problem = f"PostgreSQL is unreachable: {str(exc).strip().splitlines()[0]}"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs PostgreSQL: {problem}")
        pytest.skip(problem)
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db_url(request, tmp_path):
    """An empty database URL: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'natowatch.db'}"
        return
    server = _postgres_server()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq(server), autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield make_url(server).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False)
    finally:
        with psycopg.connect(_libpq(server), autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')
