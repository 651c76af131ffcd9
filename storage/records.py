"""What goes in and comes out of storage.Store: frozen dataclasses, no database types."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ArticleRecord:
    """An article to ingest. `source` is 'seed', 'file' or 'feed'; `text_source` is where the
    text came from: 'file', 'page' (fetched and extracted) or 'feed' (the entry's summary)."""

    url: str
    title: str
    text: str
    published: dt.date | None
    outlet: str
    language: str
    source: str
    feed_name: str | None = None
    text_source: str = "file"
    relevant: bool = True


@dataclass(frozen=True)
class RouteRule:
    """Send events of these types (and, when given, only these statuses) to route `name`."""

    name: str
    types: frozenset[str]
    statuses: frozenset[str] | None = None

    def matches(self, event_type: str, status: str) -> bool:
        return event_type in self.types and (self.statuses is None or status in self.statuses)


@dataclass(frozen=True)
class EvidenceView:
    """One sentence an event was read from, with the article it came from."""

    sentence: str
    span: tuple[int, int]
    status: str
    date: dt.date | None
    rule: str
    confidence: float
    article_id: int
    article_title: str
    article_outlet: str
    article_url: str
    article_published: dt.date | None
    created_at: dt.datetime


@dataclass(frozen=True)
class EventView:
    """A stored event. `evidence` is oldest first (evidence[0] made it news);
    `sources` is the number of distinct articles that report it."""

    id: int
    story_id: str
    type: str
    subject: str
    actor: str | None
    status: str
    date: dt.date | None
    confidence: float
    created_at: dt.datetime
    evidence: tuple[EvidenceView, ...]
    sources: int

    @property
    def first_evidence(self) -> EvidenceView:
        return self.evidence[0]


@dataclass(frozen=True)
class AlertView:
    """An outbox row and the event it announces (None for story-level alerts)."""

    id: int
    route: str
    key: str
    state: str
    attempts: int
    last_error: str | None
    next_attempt_at: dt.datetime
    claimed_at: dt.datetime | None
    sent_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    event: EventView | None


@dataclass(frozen=True)
class Stance:
    """Where the states stand on one candidate: sorted state names."""

    candidate: str
    backing: tuple[str, ...]
    opposing: tuple[str, ...]


@dataclass(frozen=True)
class IngestResult:
    article_id: int
    article_created: bool
    new_events: tuple[EventView, ...]
    corroborated_events: tuple[EventView, ...]  # already known, new evidence from this article
    alerts_queued: int


@dataclass(frozen=True)
class FeedState:
    """Per-feed polling state: conditional-GET validators, failures and the next poll time."""

    name: str
    url: str
    etag: str | None = None
    modified: str | None = None
    last_status: int | None = None
    consecutive_failures: int = 0
    next_poll_at: dt.datetime | None = None
    last_polled_at: dt.datetime | None = None
    last_error: str | None = None
