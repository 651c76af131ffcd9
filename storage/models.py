"""The tables, as SQLAlchemy 2 typed declarative models.

Uniqueness lives in the schema (url, content hash, event key, evidence, outbox key),
so concurrent writers cannot create duplicates whatever the code above does.
The migrations in storage/migrations/ create exactly these tables.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (JSON, CheckConstraint, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text,
                        TypeDecorator, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from natowatch.storage.records import ALERT_KINDS, CANDIDATE_STATES, CHANGE_KINDS


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every database.

    SQLite has no time zones: values are stored as naive UTC (so text comparison
    still orders them) and come back with tzinfo=UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()}: storage needs timezone-aware values")
        value = value.astimezone(dt.timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dt.datetime: UTCDateTime, dt.date: Date}


ARTICLE_SOURCES = ("seed", "file", "feed")
TEXT_SOURCES = ("file", "page", "feed")
ALERT_STATES = ("pending", "sending", "sent", "dead")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class ArticleRow(Base):
    __tablename__ = "articles"
    __table_args__ = (
        UniqueConstraint("url", name="uq_articles_url"),
        UniqueConstraint("content_hash", name="uq_articles_content_hash"),
        CheckConstraint(_one_of("source", ARTICLE_SOURCES), name="ck_articles_source"),
        CheckConstraint(_one_of("text_source", TEXT_SOURCES), name="ck_articles_text_source"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    # sha256 of the whitespace-normalised text: the same story syndicated under another URL.
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    outlet: Mapped[str] = mapped_column(Text)
    published: Mapped[dt.date | None]
    language: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(8))
    feed_name: Mapped[str | None] = mapped_column(Text)
    text_source: Mapped[str] = mapped_column(String(8))
    relevant: Mapped[bool]
    # Why an article not about the story was judged so (`natowatch articles --skipped`).
    skip_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("story_id", "type", "subject", "actor_key", name="uq_events_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[str] = mapped_column(String(128))
    type: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(Text)
    actor: Mapped[str | None] = mapped_column(Text)
    # The actor as part of the identity: '' when it is not compared or absent,
    # because NULLs never collide in a unique constraint.
    actor_key: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    date: Mapped[dt.date | None]
    # how much of `date` is known: 'day', 'month' or 'year' (a month or year is held as its first day)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    confidence: Mapped[float] = mapped_column(Float)
    first_article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # When the news first told it (the first article's publication date): `date` is when it
    # happened. An event dated well before it was first reported is background, not news.
    reported: Mapped[dt.date | None]
    background: Mapped[bool] = mapped_column(default=False)
    # A stance that ended ("dropped its opposition") on this date no longer counts after it.
    ended_on: Mapped[dt.date | None]
    ended_precision: Mapped[str | None] = mapped_column(String(8))   # of ended_on, as date_precision
    # An operator's correction: a retracted event is out of the tally and the timeline.
    retracted_at: Mapped[dt.datetime | None]
    retracted_why: Mapped[str | None] = mapped_column(Text)


class EventChangeRow(Base):
    """The history of an event after it became news: upgrades by stronger later reports, its
    end, retractions and restorations. One change per (event, article, kind): a reprocessed
    article cannot record its upgrade twice."""

    __tablename__ = "event_changes"
    __table_args__ = (
        UniqueConstraint("event_id", "article_id", "kind", name="uq_event_changes_article"),
        CheckConstraint(_one_of("kind", CHANGE_KINDS), name="ck_event_changes_kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    # The article that caused it (none for an operator's retraction or restoration).
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    status_before: Mapped[str | None] = mapped_column(String(16))
    status_after: Mapped[str | None] = mapped_column(String(16))
    date_before: Mapped[dt.date | None]
    date_after: Mapped[dt.date | None]
    precision_before: Mapped[str | None] = mapped_column(String(8))
    precision_after: Mapped[str | None] = mapped_column(String(8))
    why: Mapped[str | None] = mapped_column(Text)
    # A retraction's blocked outlets: the sources it may not come back from.
    detail: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class EvidenceRow(Base):
    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("event_id", "article_id", "sentence_hash", name="uq_evidence_sentence"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    sentence: Mapped[str] = mapped_column(Text)
    sentence_hash: Mapped[str] = mapped_column(String(64))
    span_start: Mapped[int]
    span_end: Mapped[int]
    status: Mapped[str] = mapped_column(String(16))
    date: Mapped[dt.date | None]
    date_precision: Mapped[str | None] = mapped_column(String(8))
    rule: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AlertRow(Base):
    """The outbox: one row per (route, key), written in the transaction that made the news."""

    __tablename__ = "alerts"
    __table_args__ = (
        UniqueConstraint("route", "key", name="uq_alerts_route_key"),
        CheckConstraint(_one_of("state", ALERT_STATES), name="ck_alerts_state"),
        CheckConstraint(_one_of("kind", ALERT_KINDS), name="ck_alerts_kind"),
        Index("ix_alerts_state_due", "state", "next_attempt_at"),
        Index("ix_alerts_story", "story_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    route: Mapped[str] = mapped_column(String(128))
    # The story of the event it announces (or that caused it): `alerts --story` lists by it.
    story_id: Mapped[str] = mapped_column(String(128))
    # 'event:<id>', 'stance:<id>', 'consensus:<story>:<candidate>', 'holdout:<story>:<candidate>:<state>'
    key: Mapped[str] = mapped_column(String(256))
    kind: Mapped[str] = mapped_column(String(16), default="event")
    # For story-level alerts: the event that caused it.
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"))
    # What a story-level message says (the earlier stance, the count), fixed when queued.
    detail: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))
    # Space-separated hashes of the URLs that accepted the alert: a retry skips them.
    delivered_urls: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(8))
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)  # redacted: never a URL with its secrets
    # How the last delivery failed: 'unreachable' (no answer, timeout, 5xx: an outage, revived
    # when the route is back) or 'rejected' (the receiver refused it: waiting will not help).
    failure: Mapped[str | None] = mapped_column(String(16))
    # Times a dead alert was made due again by an outage ending (bounded: outbox.MAX_REVIVALS).
    revivals: Mapped[int] = mapped_column(default=0, server_default="0")
    next_attempt_at: Mapped[dt.datetime]
    claimed_at: Mapped[dt.datetime | None]
    sent_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CandidateRow(Base):
    """A person the articles state to be in a story's race whom its story file does not list.
    Proposed when first found; the operator accepts (followed like a listed candidate) or
    rejects (never alerted, kept out of the tally) them. One row per story and name."""

    __tablename__ = "candidates"
    __table_args__ = (
        UniqueConstraint("story_id", "name", name="uq_candidates_story_name"),
        CheckConstraint(_one_of("state", CANDIDATE_STATES), name="ck_candidates_state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(Text)
    # Other names the extractor may meet them by (the surname): a JSON list of strings.
    aliases: Mapped[list] = mapped_column(JSON)
    # "he", "she" or None (no pronoun seen): which pronouns later articles may use for them.
    pronoun: Mapped[str | None] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(16))
    first_article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[dt.datetime | None]


class FeedRow(Base):
    __tablename__ = "feeds"
    __table_args__ = (UniqueConstraint("name", name="uq_feeds_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    url: Mapped[str] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    modified: Mapped[str | None] = mapped_column(Text)  # the Last-Modified header, verbatim
    last_status: Mapped[int | None]
    consecutive_failures: Mapped[int] = mapped_column(default=0)
    next_poll_at: Mapped[dt.datetime | None]
    last_polled_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class FeedItemRow(Base):
    __tablename__ = "feed_items"
    __table_args__ = (UniqueConstraint("feed_id", "item_key", name="uq_feed_items_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id"))
    item_key: Mapped[str] = mapped_column(Text)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    first_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
