"""Read stored events and alerts back as records (EventView, AlertView)."""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping, Sequence

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from storage.models import AlertRow, ArticleRow, EventRow, EvidenceRow
from storage.records import AlertView, EventView, EvidenceView


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
    events = session.scalars(select(EventRow).where(EventRow.id.in_(ids)).order_by(EventRow.id)).all()
    sources = dict(session.execute(
        select(EvidenceRow.event_id, func.count(distinct(EvidenceRow.article_id)))
        .where(EvidenceRow.event_id.in_(ids)).group_by(EvidenceRow.event_id)
    ).all())
    return views_of(session, events, sources, article_id=article_id)


def views_of(session: Session, events: Sequence[EventRow], sources: Mapping[int, int], *,
             article_id: int | None = None) -> dict[int, EventView]:
    """EventViews of event rows already loaded, given their distinct source counts: one query
    for the evidence (only `article_id`'s when given)."""
    if not events:
        return {}
    evidence: dict[int, list[EvidenceView]] = defaultdict(list)
    query = (select(EvidenceRow, ArticleRow)
             .join(ArticleRow, ArticleRow.id == EvidenceRow.article_id)
             .where(EvidenceRow.event_id.in_([event.id for event in events]))
             .order_by(EvidenceRow.id))
    if article_id is not None:
        query = query.where(EvidenceRow.article_id == article_id)
    for row, article in session.execute(query):
        evidence[row.event_id].append(EvidenceView(
            sentence=row.sentence, span=(row.span_start, row.span_end), status=row.status, date=row.date,
            rule=row.rule, confidence=row.confidence, article_id=article.id, article_title=article.title,
            article_outlet=article.outlet, article_url=article.url, article_published=article.published,
            created_at=row.created_at,
        ))
    return {
        event.id: EventView(
            id=event.id, story_id=event.story_id, type=event.type, subject=event.subject, actor=event.actor,
            status=event.status, date=event.date, confidence=event.confidence, created_at=event.created_at,
            evidence=tuple(evidence[event.id]),
            sources=sources.get(event.id, 0), reported=event.reported, background=event.background,
            ended_on=event.ended_on, retracted_at=event.retracted_at, retracted_why=event.retracted_why,
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
        )
        for a in alerts
    ]
