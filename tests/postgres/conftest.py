"""End-to-end tests on PostgreSQL: the real `natowatch` commands, each test in a database of
its own (CREATE DATABASE as the natowatch role, which has CREATEDB; dropped afterwards).

Locally a missing server skips these tests with the reason; under CI it fails them
(`postgres_server_url` in tests/conftest.py).
"""
from __future__ import annotations

import os
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import psycopg
import pytest
from sqlalchemy.engine import make_url

from pgkit import PostgresDatabase, libpq_url

TESTS = Path(__file__).resolve().parents[1]
# The seed pages and RSS builder (tests/feeds) and the webhook receiver (tests/flows) are reused.
for _helpers in (TESTS / "feeds", TESTS / "flows"):
    if str(_helpers) not in sys.path:
        sys.path.append(str(_helpers))


@contextmanager
def fresh_database(postgres_server_url: str) -> Iterator[PostgresDatabase]:
    """A new, empty database, dropped afterwards."""
    admin = libpq_url(postgres_server_url)
    name = f"natowatch_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    server = make_url(admin)
    try:
        yield PostgresDatabase(name, server.set(database=name).render_as_string(hide_password=False),
                               server.password or "")
    finally:
        drop_database(admin, name)


def drop_database(admin: str, name: str, attempts: int = 30) -> None:
    """DROP DATABASE ... WITH (FORCE): a process the test had to give up on may still be connected.
    Without pg_signal_backend (scripts/postgres.sh grants it) an autovacuum worker on the database
    refuses FORCE; it ends within moments, so the drop is tried again for a while."""
    for attempt in range(attempts):
        try:
            with psycopg.connect(admin, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except psycopg.errors.InsufficientPrivilege:
            if attempt == attempts - 1:
                raise
            time.sleep(1)


@pytest.fixture
def postgres_database(postgres_server_url) -> PostgresDatabase:
    """A new, empty database for this test alone."""
    with fresh_database(postgres_server_url) as database:
        yield database


@pytest.fixture
def prefect_database(postgres_server_url) -> PostgresDatabase:
    """Another new database, for a Prefect server's own tables (as docker-compose.yml does)."""
    with fresh_database(postgres_server_url) as database:
        yield database


@pytest.fixture
def cli_env(tmp_path) -> dict[str, str]:
    """The environment of `natowatch` processes: none of the developer's settings, no Prefect
    server of the test session (each process starts its own), wide tables."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("NATOWATCH_", "PREFECT_API_", "PREFECT_SERVER_DATABASE"))}
    env.update(NATOWATCH_DATA_DIR=str(tmp_path / "data"), PREFECT_HOME=str(tmp_path / "prefect"), COLUMNS="250")
    return env


@pytest.fixture
def alert_receiver():
    """A real local JSON webhook (apprise json://) recording every POST."""
    from flowkit import HttpReceiver

    receiver = HttpReceiver()
    receiver.start()
    yield receiver
    receiver.stop()


@pytest.fixture
def feed_server():
    """A real threaded local web server for feeds and article pages."""
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()
