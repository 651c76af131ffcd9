"""Database URLs and engines: one place that knows SQLite and PostgreSQL differ."""
from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from natowatch.storage.errors import DatabaseLost, StorageError

# How long a SQLite writer waits for another process's write transaction.
SQLITE_BUSY_TIMEOUT_MS = 30_000
# Execution option asking for BEGIN IMMEDIATE on SQLite: take the write lock up front,
# so a transaction that reads then writes cannot fail half-way on a lock upgrade.
WRITE_OPTION = "natowatch_write"

_POSTGRES_SCHEMES = {"postgres", "postgresql"}
_SECRET_QUERY_KEYS = {"password", "passwd", "pass", "sslpassword", "token", "secret", "api_key", "apikey"}
# A URL runs to the next space; punctuation that ends a sentence stays outside it.
_URL_IN_TEXT = re.compile(r"\b([A-Za-z][A-Za-z0-9+.\-]*)://(?:\S*[^\s.,;:!?)\]'\"])?")


def normalise_url(url: str) -> URL:
    """Parse a database URL; PostgreSQL without a driver gets psycopg 3.

    A file-backed SQLite URL gets its parent folder created so the first run works.
    """
    if url.startswith("postgres://"):  # Heroku-style alias SQLAlchemy does not accept
        url = "postgresql://" + url[len("postgres://"):]
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError("database URL is not valid: expected e.g. sqlite:///data/natowatch.db "
                           "or postgresql://user:password@host/db") from None
    if parsed.drivername in _POSTGRES_SCHEMES:
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return parsed


def redact_url(url: str | URL) -> str:
    """The URL for messages: password and secret-looking query values replaced by ***."""
    if isinstance(url, str):
        try:
            url = make_url(url)
        except ArgumentError:
            return redact_text(url)
    query = {k: ("***" if k.lower() in _SECRET_QUERY_KEYS else v) for k, v in url.query.items()}
    return url.set(query=query).render_as_string(hide_password=True)


def redact_text(text: str) -> str:
    """Replace every URL in free text (error messages) by its scheme: URLs carry tokens."""
    return _URL_IN_TEXT.sub(lambda m: f"{m.group(1)}://***", text)


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    """An engine for a normalised URL, with the per-database settings this project relies on.
    `read_only`: the database refuses writes on its connections (a dashboard cannot change data
    even through a bug)."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine, read_only)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if read_only:
        @event.listens_for(engine, "connect")
        def _read_only(dbapi_connection, _record):
            # psycopg 3 starts every transaction of this connection READ ONLY.
            dbapi_connection.read_only = True
    return engine


def _configure_sqlite(engine: Engine, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@contextmanager
def lost_connection_as_one_line(shown_url: str) -> Iterator[None]:
    """A connection that broke or was refused in the block (the server went away, a backend was
    terminated) raises DatabaseLost, one line naming the redacted URL; any other database error
    passes unchanged. psycopg raises its bare OperationalError only for those (a lock, a deadlock
    or a constraint has its own class), and SQLAlchemy marks a connection it found broken as
    invalidated."""
    try:
        yield
    except DBAPIError as exc:
        orig = exc.orig
        if not (exc.connection_invalidated or (orig is not None and type(orig).__name__ == "OperationalError"
                                               and type(orig).__module__.startswith("psycopg"))):
            raise
        reason = str(orig).strip().splitlines()[0] if orig is not None and str(orig).strip() else "connection lost"
        raise DatabaseLost(f"lost the database {shown_url}: {reason}") from None
