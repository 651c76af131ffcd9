"""Store: the one object the rest of natowatch uses to reach the database.

Each method is its own transaction. The work is done per concern in events.py,
outbox.py and feeds.py; this facade opens the transactions and checks the schema.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Collection, Iterator, Mapping, Sequence

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from natowatch.extract.model import Event
from natowatch.storage import articles as article_store
from natowatch.storage import candidates as candidate_store
from natowatch.storage import events as event_store
from natowatch.storage import feeds as feed_store
from natowatch.storage import migrate, outbox, timeline, views
from natowatch.storage.batch import MAX_ITEMS, IngestBatch
from natowatch.storage.db import WRITE_OPTION, lost_connection_as_one_line, make_engine, normalise_url, redact_url
from natowatch.storage.errors import SchemaError, StorageError
from natowatch.storage.locks import FeedLocks
from natowatch.storage.models import utcnow
from natowatch.storage.views import event_views
from natowatch.storage.records import (AlertView, ArticleRecord, ArticleView, CandidateView, EventHead, EventView, FeedCounts,
                             FeedState, FeedSummary, IngestResult, RouteRule, Stance, StoryEvents, StoryFacts, StorySummary,
                             TimelinePage)

SUPPORTED_BACKENDS = ("sqlite", "postgresql")


class Store:
    def __init__(self, engine: Engine, clock: Callable[[], dt.datetime] = utcnow):
        self._engine = engine
        # Every outbox time (queued, due, claimed, backoff) is read from here: tests step it.
        self.clock = clock
        self._write_engine = engine.execution_options(**{WRITE_OPTION: True})

    @classmethod
    def open(cls, url: str, *, upgrade: bool = False, read_only: bool = False) -> "Store":
        """Connect to `url` and check its schema is at head (or bring it there with upgrade=True).
        With `read_only`, the database itself refuses every write on this store's connections.

        Raises StorageError (bad or unreachable URL) or SchemaError (schema behind head),
        each one line with the password redacted.
        """
        parsed = normalise_url(url)
        shown = redact_url(parsed)
        if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
            raise StorageError(f"database {shown}: only SQLite and PostgreSQL are supported")
        if upgrade and read_only:
            raise StorageError(f"database {shown}: a read-only store cannot upgrade the schema")
        engine = make_engine(parsed, read_only=read_only)
        try:
            _check_free_space(parsed, shown)
            current, head = migrate.current_revision(engine), migrate.head_revision()
            if upgrade and current != head:
                migrate.upgrade(engine)
                current = migrate.current_revision(engine)
        except StorageError:
            engine.dispose()
            raise
        except OperationalError as exc:
            engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "connection failed"
            raise StorageError(f"cannot use database {shown}: {reason}{_read_only_folder(parsed)}") from None
        if current != head:
            engine.dispose()
            raise SchemaError(_schema_message(shown, current, head))
        return cls(engine)

    @property
    def url(self) -> str:
        """The database URL with its password redacted, for messages."""
        return redact_url(self._engine.url)

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[Session]:
        engine = self._write_engine if write else self._engine
        with lost_connection_as_one_line(self.url), Session(engine, expire_on_commit=False) as session, \
                session.begin():
            yield session

    # Articles, events, evidence.

    def ingest(self, story_id: str, article: ArticleRecord, events: Sequence[Event],
               routes: Sequence[RouteRule], facts: StoryFacts | None = None, *,
               feed_item: tuple[str, str] | None = None) -> IngestResult:
        """Store an article with its events and queue the alerts they cause, in one transaction:
        event alerts (once a route's min_sources is reached), stance changes, and, given the
        story's `facts`, consensus moments. `feed_item` (feed name, item key) is recorded as
        seen in the same transaction, so an item is seen exactly when its article is stored.
        Routes that list stories other than `story_id` queue nothing."""
        routes = [r for r in routes if r.takes(story_id)]
        with self._transaction(write=True) as session:
            result = event_store.ingest(session, story_id, article, events, routes, self.clock(), facts)
            if feed_item is not None:
                created = feed_store.record_feed_item(session, feed_item[0], feed_item[1], result.article_id)
                result = dataclasses.replace(result, feed_item_created=created)
            return result

    def ingest_stories(self, article: ArticleRecord, found: Sequence[StoryEvents], routes: Sequence[RouteRule], *,
                       feed_item: tuple[str, str] | None = None, evidence: bool = True) -> IngestResult:
        """`ingest` for an article that concerns several stories (or none: it is stored as read),
        in ONE transaction: the article is stored once, each story's events under its id, and a
        crash never leaves one story's events without the other's. The result adds the stories' up.
        `batch()` stores several articles so, with one commit for all. Without `evidence`, the
        result's views carry no evidence (one query less: a poll only counts them)."""
        with self._transaction(write=True) as session:
            return self.ingest_stories_in(session, article, found, routes, feed_item, evidence)

    def ingest_stories_in(self, session: Session, article: ArticleRecord, found: Sequence[StoryEvents],
                          routes: Sequence[RouteRule], feed_item: tuple[str, str] | None = None,
                          evidence: bool = True) -> IngestResult:
        """`ingest_stories` in the caller's transaction (storage/batch.py: a savepoint of a group)."""
        results = [event_store.ingest(session, part.story_id, article, part.events,
                                      [r for r in routes if r.takes(part.story_id)], self.clock(), part.facts,
                                      part.found, evidence=evidence)
                   for part in found]
        if not results:  # about no story: the article alone (no events, so no story and no route)
            results = [event_store.ingest(session, "", article, (), (), self.clock())]
        first = results[0]
        result = IngestResult(
            article_id=first.article_id, article_created=first.article_created,
            new_events=tuple(e for r in results for e in r.new_events),
            corroborated_events=tuple(e for r in results for e in r.corroborated_events),
            alerts_queued=sum(r.alerts_queued for r in results),
            changes=tuple(kind for r in results for kind in r.changes))
        if feed_item is not None:
            created = feed_store.record_feed_item(session, feed_item[0], feed_item[1], result.article_id)
            result = dataclasses.replace(result, feed_item_created=created)
        return result

    def batch(self, max_items: int | None = None, **limits) -> IngestBatch:
        """A group of articles stored in one transaction, a savepoint each (storage/batch.py):
        `with store.batch() as batch: batch.ingest_stories(...)`; results once committed.
        `max_items` by default: batch.MAX_ITEMS on SQLite, 1 on PostgreSQL (see batch.py)."""
        if max_items is None:
            max_items = MAX_ITEMS if self.dialect == "sqlite" else 1
        return IngestBatch(self, self._write_engine, max_items=max_items, **limits)

    def candidates(self, story_id: str | None = None, state: str | None = None) -> list[CandidateView]:
        """Candidates found in articles (not in the story file), per story in the order found."""
        with self._transaction(write=False) as session:
            return candidate_store.candidates(session, story_id, state)

    def decide_candidate(self, story_id: str, name: str, state: str) -> CandidateView:
        """Accept or reject a found candidate (or make it proposed again); StorageError if no
        found candidate of the story has that name or alias."""
        with self._transaction(write=True) as session:
            return candidate_store.decide(session, story_id, name, state, self.clock())

    def events(self, story_id: str, *, include_retracted: bool = False,
               as_of: dt.date | None = None) -> list[EventView]:
        """The story's events in the order they were first seen (retracted ones only when asked;
        with `as_of`, those that had happened by that day and had not ended)."""
        with self._transaction(write=False) as session:
            return event_store.story_events(session, story_id, include_retracted=include_retracted, as_of=as_of)

    def event(self, event_id: int) -> EventView:
        """One event with its evidence and its history (upgrades, end, retractions)."""
        with self._transaction(write=False) as session:
            view = event_views(session, [event_id]).get(event_id)
            if view is None:
                raise StorageError(f"event {event_id} does not exist")
            return dataclasses.replace(view, history=timeline.histories(session, [event_id]).get(event_id, ()))

    def tally(self, story_id: str, as_of_event_id: int | None = None, *,
              states: Collection[str] | None = None, as_of: dt.date | None = None) -> dict[str, Stance]:
        """Per candidate, the states backing and opposing (latest stance per actor wins; tentative
        ones apart), counting events up to `as_of_event_id`, or that had happened by the day
        `as_of`. Pass the story's member names as `states` so that organisations (NATO) are not
        counted as states."""
        with self._transaction(write=False) as session:
            return event_store.tally(session, story_id, as_of_event_id, states, as_of=as_of)

    def retract(self, event_id: int, why: str) -> tuple[EventView, int]:
        """Take an event out of the tally and timeline (kept in its history); every route that
        received it gets a correction. Returns the event and the number of corrections queued."""
        with self._transaction(write=True) as session:
            row, queued = timeline.retract(session, event_id, why, self.clock())
            session.flush()
            return event_views(session, [row.id])[row.id], queued

    def restore(self, event_id: int, routes: Sequence[RouteRule]) -> tuple[EventView, int]:
        """Undo a retraction: the routes that got the correction are told, those whose alert was
        dropped get it again. Returns the event and the number of alerts queued."""
        with self._transaction(write=True) as session:
            row, queued = timeline.restore(session, event_id, routes, self.clock())
            session.flush()
            return event_views(session, [row.id])[row.id], queued

    # Read models (the web dashboard and API).

    def timeline(self, story_id: str, *, type: str | None = None, subject: str | None = None,
                 actor: str | None = None, status: str | None = None, order: str = "newest",
                 limit: int = 100, offset: int = 0) -> TimelinePage:
        """A page of the story's events equal to the given filters, in `order` (views.ORDERS):
        'newest' by when they happened (undated last), 'seen' in the order they became news
        (that of `events`), 'latest_seen' the most recent news first."""
        filters = {"type": type, "subject": subject, "actor": actor, "status": status}
        with self._transaction(write=False) as session:
            return views.timeline(session, story_id, filters, order=order, limit=limit, offset=offset)

    def event_heads(self, story_id: str) -> list[EventHead]:
        """The story's events without their evidence (cheap for charts and summaries), first seen first."""
        with self._transaction(write=False) as session:
            return views.event_heads(session, story_id)

    def stories(self) -> list[StorySummary]:
        """The story ids that have events, with their counts."""
        with self._transaction(write=False) as session:
            return views.stories(session)

    def feeds(self) -> list[FeedSummary]:
        """Every polled feed's state, with its items and stored articles."""
        with self._transaction(write=False) as session:
            return feed_store.feed_summaries(session)
    def articles(self, *, relevant: bool | None = None, feed_name: str | None = None,
                 limit: int | None = None) -> list[ArticleView]:
        """Stored articles, newest first (only the skipped ones with relevant=False)."""
        with self._transaction(write=False) as session:
            return article_store.articles(session, relevant=relevant, feed_name=feed_name, limit=limit)

    # The alert outbox.

    def claim_alerts(self, limit: int, now: dt.datetime | None = None, lease_seconds: float = 300,
                     digest_seconds: Mapping[str, float] | None = None) -> list[AlertView]:
        """Claim due alerts (and claims older than the lease) for delivery. Alerts of the routes
        in `digest_seconds` wait until the oldest has waited that long, then come all at once."""
        with self._transaction(write=True) as session:
            return outbox.claim(session, limit, now or self.clock(), lease_seconds, digest_seconds)

    def renew_claims(self, alert_ids: Collection[int], claimed_at: dt.datetime,
                     now: dt.datetime | None = None) -> set[int]:
        """Extend this dispatcher's claim (made or last renewed at `claimed_at`) to `now`; the
        ids returned are still its own, the others were taken over after its lease ran out."""
        with self._transaction(write=True) as session:
            return outbox.renew(session, list(alert_ids), claimed_at, now or self.clock())

    def revive_dead(self, route: str, max_age_seconds: float, now: dt.datetime | None = None) -> int:
        """After `route` delivered again: its alerts that died unreachable are due now."""
        with self._transaction(write=True) as session:
            return outbox.revive(session, route, now or self.clock(), max_age_seconds)

    def probe_dead(self, max_age_seconds: float, max_attempts: int, now: dt.datetime | None = None) -> list[int]:
        """Per quiet route, one alert that died unreachable is due for one more try (see outbox.probe)."""
        with self._transaction(write=True) as session:
            return outbox.probe(session, now or self.clock(), max_age_seconds, max_attempts)

    def mark_delivered(self, alert_ids: Collection[int], url: str, now: dt.datetime | None = None) -> None:
        """Record that `url` accepted these alerts (stored as a hash): retries skip it."""
        with self._transaction(write=True) as session:
            outbox.mark_delivered(session, list(alert_ids), url, now or self.clock())

    def mark_sent(self, alert_id: int, now: dt.datetime | None = None) -> None:
        self.mark_all_sent([alert_id], now)

    def mark_all_sent(self, alert_ids: Collection[int], now: dt.datetime | None = None) -> None:
        """Mark alerts sent together (a digest), in one transaction."""
        with self._transaction(write=True) as session:
            outbox.mark_sent(session, list(alert_ids), now or self.clock())

    def mark_failed(self, alert_id: int, error: str, *, max_attempts: int = 8, backoff_seconds: float = 60,
                    now: dt.datetime | None = None) -> AlertView:
        """Record a failed delivery (error text is redacted); returns the alert as it now is."""
        [alert] = self.mark_all_failed([alert_id], error, max_attempts=max_attempts,
                                       backoff_seconds=backoff_seconds, now=now)
        return alert

    def mark_all_failed(self, alert_ids: Collection[int], error: str, *, max_attempts: int = 8,
                        backoff_seconds: float = 60, now: dt.datetime | None = None, unreachable: bool = False,
                        probe_seconds: float | None = None) -> list[AlertView]:
        """Record one failed delivery of several alerts (a digest) in one transaction;
        `unreachable` when no receiver answered (an outage, not a rejection)."""
        with self._transaction(write=True) as session:
            return outbox.mark_failed(session, list(alert_ids), error, now or self.clock(),
                                      max_attempts=max_attempts, backoff_seconds=backoff_seconds,
                                      unreachable=unreachable, probe_seconds=probe_seconds)

    def alerts(self, state: str | None = None, story_id: str | None = None) -> list[AlertView]:
        """The outbox oldest first: every alert, or those in `state` and/or of `story_id`."""
        with self._transaction(write=False) as session:
            return outbox.list_alerts(session, state, story_id)

    def retry_alerts(self, ids: Collection[int] | None = None, now: dt.datetime | None = None) -> int:
        """Make dead alerts and alerts waiting for a retry due now; returns how many."""
        with self._transaction(write=True) as session:
            return outbox.retry(session, ids, now or self.clock())

    # Feed polling state.

    def feed_state(self, name: str) -> FeedState | None:
        with self._transaction(write=False) as session:
            return feed_store.feed_state(session, name)

    def save_feed_state(self, state: FeedState) -> None:
        with self._transaction(write=True) as session:
            feed_store.save_feed_state(session, state)

    def seen_items(self, feed_name: str) -> frozenset[str]:
        """The keys of every item of the feed already recorded: one query per poll of a feed."""
        with self._transaction(write=False) as session:
            return feed_store.seen_items(session, feed_name)

    def feed_counts(self) -> dict[str, FeedCounts]:
        """Per feed: items recorded, articles stored from them, of those skipped."""
        with self._transaction(write=False) as session:
            return article_store.feed_counts(session)

    def item_seen(self, feed_name: str, item_key: str) -> bool:
        with self._transaction(write=False) as session:
            return feed_store.item_seen(session, feed_name, item_key)

    def record_feed_item(self, feed_name: str, item_key: str, article_id: int | None) -> bool:
        """Remember a feed item (True if new); the feed's state must have been saved first."""
        with self._transaction(write=True) as session:
            return feed_store.record_feed_item(session, feed_name, item_key, article_id)

    def feed_locks(self) -> FeedLocks:
        """The poll locks of one poller (`with store.feed_locks() as locks: locks.acquire(name)`):
        a feed another poller is polling is refused at once; a dead poller's locks are gone."""
        return FeedLocks(self._engine)


# Below this much free space SQLite's write-ahead log can fail in ways that kill the process (a
# SIGBUS on its shared-memory index) rather than raise: such a database is refused in one line.
MIN_FREE_BYTES = 4 * 1024 * 1024


def _sqlite_folder(parsed) -> Path | None:
    """The folder of a file-backed SQLite database (None for another database or in memory)."""
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or not database or database.startswith((":memory:", "file:")):
        return None
    return Path(database).expanduser().resolve().parent


def _check_free_space(parsed, shown: str) -> None:
    folder = _sqlite_folder(parsed)
    if folder is None:
        return
    try:
        free = shutil.disk_usage(folder).free
    except OSError:  # no such folder yet: connecting reports it
        return
    if free < MIN_FREE_BYTES:
        raise StorageError(f"cannot use database {shown}: only {free // 1024} KiB free on its disk "
                           f"(natowatch needs {MIN_FREE_BYTES // 2**20} MiB): free some space")


def _schema_message(shown_url: str, current: str | None, head: str) -> str:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        known = current is None or ScriptDirectory.from_config(migrate.alembic_config()).get_revision(current)
    except CommandError:
        known = False
    if not known:
        return (f"database {shown_url} is at revision {current}, which this code does not know "
                f"(written by a newer natowatch?); code needs {head}")
    return f"database {shown_url} is at revision {current or 'none (empty)'}, code needs {head}: run `natowatch db upgrade`"


def _read_only_folder(parsed) -> str:
    """Why SQLite could not open a file-backed database, when its folder is read-only (a
    read-only file system: SQLite says only 'unable to open database file'); else ''."""
    folder = _sqlite_folder(parsed)
    if folder is not None and folder.is_dir() and not os.access(folder, os.W_OK):
        return f" (its folder {folder} is read-only: SQLite writes its journal there, even to read)"
    return ""
