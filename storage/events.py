"""Articles, events and evidence: ingest an article's events, list them, tally stances."""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Collection, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from extract.model import ACTOR_TYPES, Event
from storage.errors import StorageError
from storage.models import ARTICLE_SOURCES, TEXT_SOURCES, AlertRow, ArticleRow, EventRow, EvidenceRow
from storage.records import ArticleRecord, EventView, IngestResult, RouteRule, Stance
from storage.sql import insert_new
from storage.views import event_views

STANCE_TYPES = ("endorsement", "opposition")


def normalised_hash(text: str) -> str:
    """sha256 of the text with every run of whitespace made one space."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def content_hash(article: ArticleRecord) -> str:
    # The outlet is part of the identity: the same wire story carried by two outlets is two
    # sources (one evidence row each), while a copy within one outlet is the same article.
    # An article with no text (a feed entry without summary) is identified by its URL,
    # or every empty article would count as a copy of the first.
    body = article.text if article.text.strip() else f"url:{article.url}"
    return normalised_hash(f"{article.outlet or ''}\n{body}")


def actor_key(event: Event) -> str:
    """The actor as part of the event's identity: '' when the type does not compare it."""
    return (event.actor or "") if event.type in ACTOR_TYPES else ""


def _check(article: ArticleRecord) -> None:
    if article.source not in ARTICLE_SOURCES:
        raise StorageError(f"article {article.url}: source {article.source!r} is not one of {', '.join(ARTICLE_SOURCES)}")
    if article.text_source not in TEXT_SOURCES:
        raise StorageError(f"article {article.url}: text_source {article.text_source!r} is not one of "
                           f"{', '.join(TEXT_SOURCES)}")


def _article_id(session: Session, article: ArticleRecord) -> tuple[int, bool]:
    digest = content_hash(article)
    created = insert_new(session, ArticleRow.__table__, dict(
        url=article.url, content_hash=digest, title=article.title, outlet=article.outlet,
        published=article.published, language=article.language, source=article.source,
        feed_name=article.feed_name, text_source=article.text_source, relevant=article.relevant,
    ))
    if created is not None:
        return created, True
    # Same URL first; else the same text under another URL (a syndicated copy).
    existing = session.scalar(select(ArticleRow.id).where(ArticleRow.url == article.url))
    if existing is None:
        existing = session.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == digest))
    return existing, False


def ingest(session: Session, story_id: str, article: ArticleRecord, events: Sequence[Event],
           routes: Sequence[RouteRule], now: dt.datetime) -> IngestResult:
    """Store one article and its events; queue alerts for the events that are new.

    Runs inside the caller's single transaction. Events are taken in key order so that
    concurrent transactions lock the same rows in the same order (no deadlocks).
    """
    _check(article)
    article_id, article_created = _article_id(session, article)
    new_ids: list[int] = []
    corroborated_ids: list[int] = []
    alerts_queued = 0
    for event in sorted(events, key=lambda e: (e.type, e.subject, actor_key(e))):
        created = insert_new(session, EventRow.__table__, dict(
            story_id=story_id, type=event.type, subject=event.subject, actor=event.actor,
            actor_key=actor_key(event), status=event.status, date=event.date, confidence=event.confidence,
            first_article_id=article_id,
        ))
        event_id = created if created is not None else session.scalar(select(EventRow.id).where(
            EventRow.story_id == story_id, EventRow.type == event.type, EventRow.subject == event.subject,
            EventRow.actor_key == actor_key(event)))
        evidence_added = insert_new(session, EvidenceRow.__table__, dict(
            event_id=event_id, article_id=article_id, sentence=event.evidence,
            sentence_hash=normalised_hash(event.evidence), span_start=event.span[0], span_end=event.span[1],
            status=event.status, date=event.date, rule=event.rule, confidence=event.confidence,
        )) is not None
        if created is not None:
            new_ids.append(event_id)
            for route in routes:
                if route.matches(event.type, event.status):
                    alerts_queued += insert_new(session, AlertRow.__table__, dict(
                        route=route.name, key=f"event:{event_id}", event_id=event_id, state="pending",
                        attempts=0, next_attempt_at=now, created_at=now, updated_at=now,
                    )) is not None
        elif evidence_added and event_id not in new_ids and event_id not in corroborated_ids:
            corroborated_ids.append(event_id)
    views = event_views(session, new_ids + corroborated_ids, article_id=article_id)
    return IngestResult(
        article_id=article_id, article_created=article_created,
        new_events=tuple(views[i] for i in sorted(new_ids)),
        corroborated_events=tuple(views[i] for i in sorted(corroborated_ids)),
        alerts_queued=alerts_queued,
    )


def story_events(session: Session, story_id: str) -> list[EventView]:
    ids = session.scalars(select(EventRow.id).where(EventRow.story_id == story_id).order_by(EventRow.id)).all()
    views = event_views(session, ids)
    return [views[i] for i in ids]


def tally(session: Session, story_id: str, as_of_event_id: int | None,
          states: Collection[str] | None) -> dict[str, Stance]:
    """Per candidate, the actors backing and opposing: the latest stance of each actor wins.

    Candidates are the subjects of candidacy, endorsement and opposition events, in order of
    first appearance. With `states` given, only those actors count (an organisation is not a state).
    """
    query = (select(EventRow.type, EventRow.subject, EventRow.actor)
             .where(EventRow.story_id == story_id, EventRow.type.in_(("candidacy", *STANCE_TYPES)))
             .order_by(EventRow.id))
    if as_of_event_id is not None:
        query = query.where(EventRow.id <= as_of_event_id)
    candidates: dict[str, None] = {}
    latest: dict[tuple[str, str], str] = {}
    for event_type, subject, actor in session.execute(query):
        candidates.setdefault(subject)
        if event_type in STANCE_TYPES and actor and (states is None or actor in states):
            latest[(subject, actor)] = event_type

    def actors(candidate: str, stance: str) -> tuple[str, ...]:
        return tuple(sorted(a for (s, a), t in latest.items() if s == candidate and t == stance))

    return {c: Stance(c, backing=actors(c, "endorsement"), opposing=actors(c, "opposition")) for c in candidates}
