"""Shared by every test folder: a clean environment, the repository's paths, the real story."""
from __future__ import annotations

import functools
import os
import sys
import uuid
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
# pytest puts tests/ on sys.path for this file; tests/storage and tests/flows would then
# shadow the storage and flows packages. The repository itself must come first.
sys.path.insert(0, str(REPO_ROOT))

from natowatch.flows.pipelines.prefect_env import set_prefect_defaults  # noqa: E402

# The developer's own settings must not leak into tests: a real alert URL would get alerts.
for _name in ("NATOWATCH_CONFIG", "NATOWATCH_DATABASE_URL", "NATOWATCH_ALERT_URLS", "NATOWATCH_FEEDS",
              "NATOWATCH_DATA_DIR"):
    os.environ.pop(_name, None)
# Before any test module imports Prefect.
set_prefect_defaults(quiet=True)

POSTGRES_ENV = "NATOWATCH_TEST_POSTGRES_URL"


@functools.cache
def postgres_problem() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None when the server answers."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = os.environ.get(POSTGRES_ENV)
    if not url:
        return f"{POSTGRES_ENV} is not set (scripts/postgres.sh prints a URL)"
    try:
        libpq_url = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        psycopg.connect(libpq_url, connect_timeout=3).close()
    except Exception as exc:  # a malformed URL is as unusable as an unreachable server
        return f"PostgreSQL at {redacted_postgres_url()} is unreachable: {str(exc).strip().splitlines()[0]}"
    return None


def redacted_postgres_url() -> str:
    from natowatch.storage.db import redact_url

    return redact_url(os.environ.get(POSTGRES_ENV, ""))


def pytest_report_header(config) -> str:
    problem = postgres_problem()
    if problem is None:
        return f"databases: SQLite and PostgreSQL ({redacted_postgres_url()})"
    consequence = "PostgreSQL tests FAIL under CI" if os.environ.get("CI") else "PostgreSQL tests are skipped"
    return f"databases: SQLite only ({consequence}: {problem})"


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    """The test server's URL (the natowatch role may create databases). Locally a missing or
    unreachable server skips the test with the reason; under CI (CI set) it fails it."""
    problem = postgres_problem()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs PostgreSQL: {problem}")
        pytest.skip(problem)
    return os.environ[POSTGRES_ENV]


@pytest.fixture
def new_postgres_schema(postgres_server_url):
    """A factory of empty PostgreSQL databases for one test: each call makes a fresh schema
    and returns a URL whose search_path points at it; all are dropped after the test."""
    import psycopg
    from sqlalchemy.engine import make_url

    server = make_url(postgres_server_url)
    libpq_url = server.set(drivername="postgresql").render_as_string(hide_password=False)
    schemas: list[str] = []

    def make() -> str:
        schema = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(libpq_url, autocommit=True) as connection:
            connection.execute(f'CREATE SCHEMA "{schema}"')
        schemas.append(schema)
        return server.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)

    yield make
    with psycopg.connect(libpq_url, autocommit=True) as connection:
        for schema in schemas:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def story():
    from natowatch.flows.files.storyfile import load_story

    return load_story(REPO_ROOT / "config" / "stories" / "nato-secretary-general.yaml")


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server for the whole session (~10 s to start): use it only in
    tests marked `prefect`."""
    from prefect.testing.utilities import prefect_test_harness

    # Its start bounds only a broken server: a loaded machine took more than 90 s.
    with prefect_test_harness(server_startup_timeout=300):
        yield
