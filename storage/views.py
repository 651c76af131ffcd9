"""Read stored events and alerts back as records (EventView, AlertView), and the read models
of the web dashboard: timeline pages, one event, event heads (no evidence), stories.

Nothing here writes.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping, Sequence

from sqlalchemy import Row, Select, distinct, func, select
from sqlalchemy.orm import Session

from natowatch.storage.models import AlertRow, ArticleRow, EventRow, EvidenceRow
from natowatch.storage.records import (AlertView, EventHead, EventView, EvidenceView, StorySummary, TimelinePage)


def event_views(session: Session, event_ids: Iterable[int], *,
                article_id: int | None = None) -> dict[int, EventView]:
    """EventViews by id, each with its evidence oldest first.

    With `article_id`, the views carry only that article's evidence (`sources` still counts
    every article): ingesting an article then costs the same however much evidence the
    corpus already holds.
    """
    ids = sorted(set(event_ids))
    if not ids:
        return {}
    # Plain rows, not ORM instances: a page of 1,000 events would spend most of its time building them.
    events = session.execute(select(*EventRow.__table__.c).where(EventRow.id.in_(ids)).order_by(EventRow.id)).all()
    sources = dict(session.execute(
        select(EvidenceRow.event_id, func.count(distinct(EvidenceRow.article_id)))
        .where(EvidenceRow.event_id.in_(ids)).group_by(EvidenceRow.event_id)
    ).all())
    return views_of(session, events, sources, article_id=article_id)


def views_of(session: Session, events: Sequence[EventRow | Row], sources: Mapping[int, int], *,
             article_id: int | None = None, with_evidence: bool = True) -> dict[int, EventView]:
    """EventViews of event rows already loaded, given their distinct source counts: one query
    for the evidence (only `article_id`'s when given; none and no query without `with_evidence`)."""
    if not events:
        return {}
    evidence: dict[int, list[EvidenceView]] = defaultdict(list)
    if not with_evidence:
        return _views(events, sources, evidence)
    query = (select(EvidenceRow.event_id, EvidenceRow.sentence, EvidenceRow.span_start, EvidenceRow.span_end,
                    EvidenceRow.status, EvidenceRow.date, EvidenceRow.rule, EvidenceRow.confidence,
                    EvidenceRow.article_id, ArticleRow.title, ArticleRow.outlet, ArticleRow.url, ArticleRow.published,
                    EvidenceRow.created_at, EvidenceRow.date_precision)
             .join(ArticleRow, ArticleRow.id == EvidenceRow.article_id)
             .where(EvidenceRow.event_id.in_([event.id for event in events]))
             .order_by(EvidenceRow.id))
    if article_id is not None:
        query = query.where(EvidenceRow.article_id == article_id)
    for (event_id, sentence, start, end, status, date, rule, confidence, source, title, outlet, url, published,
         created_at, precision) in session.execute(query):
        evidence[event_id].append(EvidenceView(
            sentence=sentence, span=(start, end), status=status, date=date, rule=rule, confidence=confidence,
            article_id=source, article_title=title, article_outlet=outlet, article_url=url,
            article_published=published, created_at=created_at, date_precision=precision,
        ))
    return _views(events, sources, evidence)


def _views(events: Sequence[EventRow | Row], sources: Mapping[int, int],
           evidence: Mapping[int, list[EvidenceView]]) -> dict[int, EventView]:
    return {
        event.id: EventView(
            id=event.id, story_id=event.story_id, type=event.type, subject=event.subject, actor=event.actor,
            status=event.status, date=event.date, confidence=event.confidence, created_at=event.created_at,
            evidence=tuple(evidence.get(event.id, ())),
            sources=sources.get(event.id, 0), reported=event.reported, background=event.background,
            ended_on=event.ended_on, retracted_at=event.retracted_at, retracted_why=event.retracted_why,
            date_precision=event.date_precision, ended_precision=event.ended_precision,
        )
        for event in events
    }


def alert_views(session: Session, alerts: Iterable[AlertRow]) -> list[AlertView]:
    alerts = list(alerts)
    events = event_views(session, (a.event_id for a in alerts if a.event_id is not None))
    return [
        AlertView(
            id=a.id, route=a.route, key=a.key, kind=a.kind, state=a.state, attempts=a.attempts,
            last_error=a.last_error,
            next_attempt_at=a.next_attempt_at, claimed_at=a.claimed_at, sent_at=a.sent_at,
            created_at=a.created_at, updated_at=a.updated_at,
            event=events.get(a.event_id) if a.event_id is not None else None,
            detail=dict(a.detail or {}), delivered_urls=tuple(a.delivered_urls.split()), story_id=a.story_id,
            failure=a.failure, revivals=a.revivals or 0,
        )
        for a in alerts
    ]


# When an event happened as far as the store knows: its date, else the day it was first reported.
_TAKEN = func.coalesce(EventRow.date, EventRow.reported)


def _matching(query: Select, story_id: str, filters: Mapping[str, str | None]) -> Select:
    """`query` narrowed to the story's events whose columns equal the given filters
    (type, subject, actor, status; None means any); retracted events are left out."""
    query = query.where(EventRow.story_id == story_id, EventRow.retracted_at.is_(None))
    for column, value in filters.items():
        if value is not None:
            query = query.where(getattr(EventRow, column) == value)
    return query


# Timeline orders: by when events happened (newest first, undated last), in the order they
# became news (first seen first: that of Store.events), or the latest news first.
ORDERS = {
    "newest": (_TAKEN.desc().nulls_last(), EventRow.id.desc()),
    "seen": (EventRow.id,),
    "latest_seen": (EventRow.id.desc(),),
}


def timeline(session: Session, story_id: str, filters: Mapping[str, str | None], *, order: str,
             limit: int, offset: int) -> TimelinePage:
    """A page of the story's matching events in one of ORDERS."""
    total = session.scalar(_matching(select(func.count(EventRow.id)), story_id, filters))
    query = _matching(select(EventRow.id), story_id, filters)
    ids = session.scalars(query.order_by(*ORDERS[order]).limit(limit).offset(offset)).all()
    views = event_views(session, ids)
    return TimelinePage(events=tuple(views[i] for i in ids), total=total or 0, offset=offset, limit=limit)


def event_heads(session: Session, story_id: str) -> list[EventHead]:
    """Every event of the story (retracted ones left out) without its evidence, first seen first."""
    rows = session.execute(
        select(EventRow.id, EventRow.story_id, EventRow.type, EventRow.subject, EventRow.actor, EventRow.status,
               EventRow.date, _TAKEN, EventRow.created_at, EventRow.date_precision)
        .where(EventRow.story_id == story_id, EventRow.retracted_at.is_(None)).order_by(EventRow.id))
    return [EventHead(*row) for row in rows]


def stories(session: Session) -> list[StorySummary]:
    """The stories that have events, with their counts."""
    rows = session.execute(select(EventRow.story_id, func.count(EventRow.id), func.max(EventRow.created_at))
                           .where(EventRow.retracted_at.is_(None))
                           .group_by(EventRow.story_id).order_by(EventRow.story_id))
    return [StorySummary(story_id, count, last) for story_id, count, last in rows]

