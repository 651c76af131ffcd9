"""Articles, events and evidence: ingest an article's events, list them, tally stances."""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Collection, Sequence

from sqlalchemy import distinct, func, select, text
from sqlalchemy.orm import Session

from extract.model import ACTOR_TYPES, Event
from storage.errors import StorageError
from storage.models import ARTICLE_SOURCES, TEXT_SOURCES, AlertRow, ArticleRow, EventRow, EvidenceRow
from storage.records import (STORY_ALERT_KINDS, ArticleRecord, EventView, IngestResult, RouteRule, Stance,
                             StoryFacts)
from storage.sql import insert_new
from storage.views import event_views

STANCE_TYPES = ("endorsement", "opposition")
MAX_KEY_LENGTH = 256  # alerts.key


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
           routes: Sequence[RouteRule], now: dt.datetime, facts: StoryFacts | None = None) -> IngestResult:
    """Store one article and its events; queue the alerts they cause.

    Runs inside the caller's single transaction, so an alert exists exactly when the rows
    that caused it do. Per route: an event alert when the event's distinct sources reach the
    route's min_sources (1: when the event is new), a stance change alert when that event
    reverses an earlier stance of the same actor, and consensus moments when a new stance
    changes a candidate's count (only with `facts`: the store does not know the members).
    Events are taken in key order so that concurrent transactions lock the same rows in the
    same order (no deadlocks).
    """
    _check(article)
    derives = any(r.types & set(STORY_ALERT_KINDS) for r in routes)
    if derives and any(e.type in STANCE_TYPES for e in events):
        _serialise_stances(session, story_id)
    # Most routes alert on new events only: corroborating evidence then needs no source count.
    counts_sources = any(r.min_sources > 1 for r in routes)
    article_id, article_created = _article_id(session, article)
    new_ids: list[int] = []
    corroborated_ids: list[int] = []
    queued = 0
    # Per candidate, the last new stance event of this transaction: it caused any consensus moment.
    stance_moved: dict[str, EventRow] = {}
    for event in sorted(events, key=lambda e: (e.type, e.subject, actor_key(e))):
        created = insert_new(session, EventRow.__table__, dict(
            story_id=story_id, type=event.type, subject=event.subject, actor=event.actor,
            actor_key=actor_key(event), status=event.status, date=event.date, confidence=event.confidence,
            first_article_id=article_id,
        ))
        row = session.scalar(select(EventRow).where(
            EventRow.story_id == story_id, EventRow.type == event.type, EventRow.subject == event.subject,
            EventRow.actor_key == actor_key(event)))
        evidence_added = insert_new(session, EvidenceRow.__table__, dict(
            event_id=row.id, article_id=article_id, sentence=event.evidence,
            sentence_hash=normalised_hash(event.evidence), span_start=event.span[0], span_end=event.span[1],
            status=event.status, date=event.date, rule=event.rule, confidence=event.confidence,
        )) is not None
        if created is not None:
            new_ids.append(row.id)
            if row.type in STANCE_TYPES and (facts is None or row.actor in facts.members):
                stance_moved[row.subject] = row
        elif evidence_added and row.id not in new_ids and row.id not in corroborated_ids:
            corroborated_ids.append(row.id)
        if evidence_added and (created is not None or counts_sources):
            sources, first_from_article = _sources(session, row.id, article_id)
            if first_from_article:
                queued += _queue_event_alerts(session, row, sources, routes, now, facts)
    if facts is not None and derives:
        for subject, cause in stance_moved.items():
            queued += _queue_consensus_moment(session, story_id, subject, cause, routes, now, facts)
    views = event_views(session, new_ids + corroborated_ids, article_id=article_id)
    return IngestResult(
        article_id=article_id, article_created=article_created,
        new_events=tuple(views[i] for i in sorted(new_ids)),
        corroborated_events=tuple(views[i] for i in sorted(corroborated_ids)),
        alerts_queued=queued,
    )


def _serialise_stances(session: Session, story_id: str) -> None:
    """PostgreSQL: one transaction with stances per story at a time, taken before any row lock.

    Stance changes and consensus are read from the other stances; two transactions adding
    the last two endorsements side by side would each miss the other's and the moment would
    pass unnoticed. SQLite writers are serial already (BEGIN IMMEDIATE).
    """
    if session.get_bind().dialect.name == "postgresql":
        digest = hashlib.sha256(f"natowatch-stances:{story_id}".encode("utf-8")).digest()
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                        {"key": int.from_bytes(digest[:8], "big", signed=True)})


def _sources(session: Session, event_id: int, article_id: int) -> tuple[int, bool]:
    """(distinct articles reporting the event, whether the evidence just added is this article's
    first for it: only then did the count grow)."""
    total, from_article = session.execute(
        select(func.count(distinct(EvidenceRow.article_id)), func.count().filter(EvidenceRow.article_id == article_id))
        .where(EvidenceRow.event_id == event_id)).one()
    return total, from_article == 1


def alert_key(prefix: str, *parts: object) -> str:
    """An outbox key; parts too long for the column are replaced by their hash (still unique)."""
    key = ":".join([prefix, *map(str, parts)])
    if len(key) <= MAX_KEY_LENGTH:
        return key
    return f"{prefix}:sha256:{hashlib.sha256(key.encode('utf-8')).hexdigest()}"


def _queue(session: Session, route: RouteRule, key: str, kind: str, event_id: int, now: dt.datetime,
           detail: dict | None = None) -> int:
    """Insert one outbox row unless (route, key) exists; 1 if it was queued."""
    return insert_new(session, AlertRow.__table__, dict(
        route=route.name, key=key, kind=kind, event_id=event_id, detail=detail, delivered_urls="",
        state="pending", attempts=0, next_attempt_at=now, created_at=now, updated_at=now,
    )) is not None


def _queue_event_alerts(session: Session, row: EventRow, sources: int, routes: Sequence[RouteRule],
                        now: dt.datetime, facts: StoryFacts | None) -> int:
    """The alerts of an event whose distinct sources just became `sources`: for each route whose
    min_sources this reaches, the event itself and, for a reversed stance, the stance change."""
    queued = 0
    change: dict | None = None
    for route in routes:
        if sources != route.min_sources:
            continue
        if route.matches(row.type, row.status):
            queued += _queue(session, route, alert_key("event", row.id), "event", row.id, now)
        if row.type in STANCE_TYPES and route.matches("stance_change", row.status):
            if change is None:
                change = _stance_change(session, row, facts) or {}
            if change:
                queued += _queue(session, route, alert_key("stance", row.id), "stance_change", row.id, now,
                                 change)
    return queued


def _first_seen(session: Session, row: EventRow) -> dt.date | None:
    """When an event happened: its own date, else the publication date of the article it came from."""
    return row.date or session.scalar(select(ArticleRow.published).where(ArticleRow.id == row.first_article_id))


def _stance_change(session: Session, row: EventRow, facts: StoryFacts | None) -> dict | None:
    """The earlier opposite stance this event reverses, as alert detail; None if it reverses none.

    The opposite stance must have been first seen earlier and in another article (one article
    telling a state's history is not a change), and must not be dated after this one.
    """
    if facts is not None and row.actor not in facts.members:
        return None
    opposite = "opposition" if row.type == "endorsement" else "endorsement"
    before = session.scalar(select(EventRow).where(
        EventRow.story_id == row.story_id, EventRow.type == opposite, EventRow.subject == row.subject,
        EventRow.actor_key == row.actor_key, EventRow.id < row.id,
        EventRow.first_article_id != row.first_article_id))
    if before is None:
        return None
    then, now = _first_seen(session, before), _first_seen(session, row)
    if then is not None and now is not None and now < then:
        return None
    return {"subject": row.subject, "actor": row.actor, "stance": row.type, "before": before.type,
            "before_date": then.isoformat() if then else None}


def _queue_consensus_moment(session: Session, story_id: str, subject: str, cause: EventRow,
                            routes: Sequence[RouteRule], now: dt.datetime, facts: StoryFacts) -> int:
    """After a new stance on `subject`: consensus reached, or one ally left (when all must agree)."""
    stance = tally(session, story_id, None, facts.members).get(subject)
    backing = set(stance.backing) if stance else set()
    counts = {"subject": subject, "backing": len(backing), "members": len(facts.members),
              "required": facts.consensus_required}
    missing = sorted(facts.members - backing)
    if len(backing) >= facts.consensus_required:
        key, detail = alert_key("consensus", story_id, subject), {**counts, "moment": "reached"}
    elif len(missing) == 1:
        holdout = missing[0]
        key = alert_key("holdout", story_id, subject, holdout)
        detail = {**counts, "moment": "last_holdout", "holdout": holdout,
                  "holdout_opposes": holdout in (stance.opposing if stance else ())}
    else:
        return 0
    return sum(_queue(session, route, key, "consensus", cause.id, now, detail)
               for route in routes if route.matches("consensus", cause.status))


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
