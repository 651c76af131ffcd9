"""Per-feed poll locks: two pollers (workers, cron jobs) never poll the same feed at once.

The locks live only as long as the poller that holds them, so a poller killed half-way
frees its feeds at once, with no lease to wait out:
- PostgreSQL: session advisory locks on one connection kept for the cycle; the server drops
  them when that connection ends, however the process ended.
- SQLite (one machine): an flock'ed file per feed in a folder beside the database file;
  the kernel drops the lock when the process dies.
Taking a lock never waits: a feed another poller holds is skipped for this cycle.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from natowatch.storage.db import lost_connection_as_one_line, redact_url

# The key space is shared by everything that uses advisory locks in the database: prefixed,
# and per schema so that two installations in two schemas do not block each other.
_PG_TRY_LOCK = text("SELECT pg_try_advisory_lock(hashtextextended("
                    "'natowatch-feed:' || current_schema() || ':' || :name, 0))")
_PG_UNLOCK = text("SELECT pg_advisory_unlock(hashtextextended("
                  "'natowatch-feed:' || current_schema() || ':' || :name, 0))")


class FeedLocks:
    """The feed locks one poller holds; `close()` releases every one still held."""

    def __init__(self, engine: Engine):
        self._engine = engine
        self._held: dict[str, int | None] = {}  # feed name -> lock file descriptor (SQLite)
        self._connection: Connection | None = None
        self._folder: Path | None = None
        if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
            database = Path(engine.url.database).expanduser()
            self._folder = database.with_name(database.name + ".feed-locks")

    def acquire(self, feed_name: str) -> bool:
        """Take the feed's lock if no other poller holds it; False (at once) if one does."""
        if feed_name in self._held:
            return True
        if self._engine.dialect.name == "postgresql":
            with lost_connection_as_one_line(redact_url(self._engine.url)):
                if self._connection is None:
                    # Autocommit: the connection holds locks, never an open transaction.
                    self._connection = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
                if not self._connection.execute(_PG_TRY_LOCK, {"name": feed_name}).scalar_one():
                    return False
            self._held[feed_name] = None
            return True
        descriptor = None  # an in-memory database lives in one process: nothing to exclude
        if self._folder is not None:
            descriptor = self._lock_file(feed_name, self._folder)
            if descriptor is None:
                return False
        self._held[feed_name] = descriptor
        return True

    def release(self, feed_name: str) -> None:
        if feed_name not in self._held:
            return
        descriptor = self._held.pop(feed_name)
        if descriptor is not None:
            os.close(descriptor)  # closing the file drops its flock
        elif self._connection is not None:
            self._connection.execute(_PG_UNLOCK, {"name": feed_name})

    def close(self) -> None:
        for descriptor in self._held.values():
            if descriptor is not None:
                os.close(descriptor)
        self._held.clear()
        if self._connection is not None:
            connection, self._connection = self._connection, None
            try:
                # Locks would outlive a connection returned to the pool: drop them first.
                connection.execute(text("SELECT pg_advisory_unlock_all()"))
                connection.close()
            except Exception:
                connection.invalidate()  # a broken connection takes its locks with it
                connection.close()

    def __enter__(self) -> FeedLocks:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @staticmethod
    def _lock_file(feed_name: str, folder: Path) -> int | None:
        """An open descriptor holding the feed's flock, or None when another poller has it."""
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / hashlib.sha256(feed_name.encode()).hexdigest()[:32]
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            return None
        return descriptor
