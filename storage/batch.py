"""Several articles stored in one transaction: one commit (one fsync of the write-ahead log)
for a group of articles instead of one each.

Each article is stored in a SAVEPOINT of the group's transaction, in a session of its own (as
`Store.ingest_stories` stores it in a transaction of its own), so one article that fails is
rolled back alone. Nothing is accepted before the group commits: `committed()` hands out the
results of the articles a commit made durable, and only those; an article still in an open
group when the process dies was never accepted (its feed item is not recorded as seen either,
so the next poll reads it again).

The caller decides when to commit (`commit()`, or `due()` when the group is full or old): a
poll commits before it waits for the next page (flows/pipelines/feed_ingest.py), so an open
group never holds SQLite's write lock, or PostgreSQL's row locks, while nothing is stored.

On SQLite a writer holds the database's one write lock (BEGIN IMMEDIATE) from its first
statement: a group takes it once, stores, and lets go; it never waits for a lock inside the
group. On PostgreSQL a group is one article by default (Store.batch): there a group would
hold the row locks of several articles' events until it commits, and an article waiting for
a row lock (another poller storing the same item) would keep the articles before it
uncommitted, and re-read after a crash, for as long as it waits. A larger group asked for
explicitly takes a transaction advisory lock first (one such group at a time per schema), so
two pollers' groups never hold each other's row locks; a deadlock with a single-article
transaction is still possible: PostgreSQL then fails one statement, the article's savepoint is
rolled back, the group commits what it holds (freeing its locks) and the article is stored
again alone, as it would have been without groups.
"""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Callable, Sequence

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from natowatch.storage import feeds as feed_store
from natowatch.storage.db import lost_connection_as_one_line
from natowatch.storage.errors import BatchNotStored, DatabaseLost
from natowatch.storage.records import ArticleRecord, IngestResult, RouteRule, StoryEvents

if TYPE_CHECKING:
    from natowatch.storage.store import Store

# A group commits once it holds this many articles or has been open this long, whatever the
# caller does: the write lock is never held for long, and a crash loses little work.
MAX_ITEMS = 50
MAX_SECONDS = 1.0
_PG_GROUP_LOCK = text("SELECT pg_advisory_xact_lock(hashtextextended('natowatch-ingest-group:' || current_schema(), 0))")


class IngestBatch:
    """Articles stored in savepoints of one transaction (Store.batch()). Use as a context
    manager: leaving it commits what is pending, unless an exception is leaving it."""

    def __init__(self, store: Store, write_engine, *, max_items: int = MAX_ITEMS, max_seconds: float = MAX_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        self._store = store
        self._engine = write_engine
        self._max_items, self._max_seconds, self._clock = max_items, max_seconds, clock
        self._connection: Connection | None = None
        self._opened_at = 0.0
        self._pending: list[tuple[Any, Any]] = []     # (tag, result) stored in the open transaction
        self._committed: list[tuple[Any, Any]] = []   # (tag, result) made durable, not yet handed out

    def __enter__(self) -> IngestBatch:
        return self

    def __exit__(self, exc_type, _exc, _tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.rollback()

    def __len__(self) -> int:
        return len(self._pending)

    def ingest_stories(self, article: ArticleRecord, found: Sequence[StoryEvents], routes: Sequence[RouteRule], *,
                       feed_item: tuple[str, str] | None = None, tag: Any = None, evidence: bool = True) -> None:
        """Store.ingest_stories inside the group; the result comes out of `committed()` with `tag`
        once the group has committed. An article that fails is stored again alone (see the module
        docstring); if that fails too, its error is raised here and the group goes on."""
        self._stored(tag, lambda session: self._store.ingest_stories_in(session, article, found, routes, feed_item,
                                                                        evidence),
                     lambda: self._store.ingest_stories(article, found, routes, feed_item=feed_item, evidence=evidence))

    def record_feed_item(self, feed_name: str, item_key: str, article_id: int | None, *, tag: Any = None) -> None:
        """Store.record_feed_item inside the group (its result, True if the item is new, once committed)."""
        self._stored(tag, lambda session: feed_store.record_feed_item(session, feed_name, item_key, article_id),
                     lambda: self._store.record_feed_item(feed_name, item_key, article_id))

    def due(self) -> bool:
        """Whether the group is full or has been open long enough to commit now."""
        return bool(self._pending) and (len(self._pending) >= self._max_items
                                        or self._clock() - self._opened_at >= self._max_seconds)

    def committed(self) -> list[tuple[Any, Any]]:
        """(tag, result) of every article made durable since the last call, in the order stored."""
        done, self._committed = self._committed, []
        return done

    def commit(self) -> None:
        """Make the group durable. On failure nothing of it is stored: BatchNotStored names the
        articles (DatabaseLost passes as it is: no other article can be stored either)."""
        if self._connection is None:
            return
        connection, pending = self._connection, self._pending
        self._connection, self._pending = None, []
        try:
            with lost_connection_as_one_line(self._store.url):
                try:
                    connection.commit()
                finally:
                    connection.close()
        except DatabaseLost:
            raise
        except Exception as exc:
            raise BatchNotStored([tag for tag, _ in pending],
                                 " ".join(str(exc).split()) or type(exc).__name__) from exc
        self._committed.extend(pending)

    def rollback(self) -> None:
        """Drop the open group: nothing of it is stored."""
        connection, self._connection, self._pending = self._connection, None, []
        if connection is None:
            return
        try:
            connection.rollback()
            connection.close()
        except Exception:  # a broken connection: it takes its transaction with it
            connection.invalidate()
            connection.close()

    def _stored(self, tag: Any, in_group: Callable[[Session], Any], alone: Callable[[], Any]) -> None:
        connection = self._open()
        try:
            with lost_connection_as_one_line(self._store.url), \
                    Session(bind=connection, join_transaction_mode="create_savepoint",
                            expire_on_commit=False) as session, session.begin():
                result = in_group(session)
        except DatabaseLost:
            self.rollback()
            raise
        except Exception:
            # Its savepoint is rolled back; the group's earlier articles are kept, and this one is
            # stored again in a transaction of its own once they are committed (their locks freed).
            try:
                self.commit()
            except BatchNotStored as exc:
                raise BatchNotStored([*exc.tags, tag], str(exc)) from exc.__cause__
            self._committed.append((tag, alone()))
            return
        self._pending.append((tag, result))

    def _open(self) -> Connection:
        if self._connection is None:
            with lost_connection_as_one_line(self._store.url):
                connection = self._engine.connect()
                try:
                    connection.begin()  # BEGIN IMMEDIATE on SQLite (the write engine's option)
                    if connection.dialect.name == "postgresql" and self._max_items > 1:
                        connection.execute(_PG_GROUP_LOCK)
                except BaseException:
                    connection.close()
                    raise
            self._connection, self._opened_at = connection, self._clock()
        return self._connection
