"""The timeline over time: what a later report changes in a known event, and corrections.

A known event told again by another article may be told more strongly (tentative ->
reported -> confirmed), give its date, say that a stance ended, or come back after a
retraction from an outlet the retraction did not block. Each change is one row of the
event's history (event_changes) and queues, in the same transaction, the alerts it causes:
the event itself for a route it now matches for the first time, an 'update' for routes that
had it and ask for updates, a 'correction' for routes that had a retracted event.

An operator retracts an event (`retract`): it leaves the tally and the timeline, every route
that received it gets a correction, alerts not yet sent anywhere are dropped, and reports
from the outlets that carried it, or in the sentences it was read from, cannot bring it back. `restore` undoes a retraction.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Iterable, Sequence

from sqlalchemy import delete, distinct, func, or_, select
from sqlalchemy.orm import Session

from natowatch.extract.model import Event, date_iso, finer, last_day, precision
from natowatch.storage.alertrows import alert_key, queue_alert
from natowatch.storage.errors import StorageError
from natowatch.storage.models import AlertRow, ArticleRow, EventChangeRow, EventRow, EvidenceRow
from natowatch.storage.records import ENDED, STATUS_RANK, ArticleRecord, ChangeView, RouteRule
from natowatch.storage.sql import insert_new

MAX_WHY_LENGTH = 500


def precision_of(event: Event) -> str | None:
    """The precision of the event's date as stored: None when undated, a day when not said."""
    return precision(event.date, event.precision)


def first_report(event: Event, article: ArticleRecord, background_days: int) -> dict:
    """The timeline columns of an event created from `article`: when it was reported, whether
    that was long after it happened (background: by the last day its date may mean, "in June"
    reported on 20 June is news), and, for a report of an ended stance, when it ended (its start
    is then unknown)."""
    reported = article.published
    # an ended stance happened when it ended: "dropped its objections" last year is background too
    happened = last_day(event.date, event.precision) if event.date else None
    background = bool(happened and reported and (reported - happened).days > background_days)
    if event.status == ENDED:
        return dict(status="reported", date=None, date_precision=None, reported=reported, background=background,
                    ended_on=event.date or reported, ended_precision=precision_of(event) or (reported and "day"))
    return dict(status=event.status, date=event.date, date_precision=precision_of(event), reported=reported,
                background=background, ended_on=None, ended_precision=None)


def first_reported_ended(session: Session, row: EventRow, article_id: int, sources: int,
                         routes: Sequence[RouteRule], now: dt.datetime) -> int:
    """A stance first heard of as ended ("Turkey dropped its objections to Rutte"): its end goes
    into its history, and the routes that take such stances are told it ended (the alert of a
    stance it no longer holds would mislead). Returns the alerts queued."""
    change_id = _record(session, row, "ended", article_id, now, date_after=row.ended_on,
                        precision_after=row.ended_precision)
    if change_id is None:
        return 0
    detail = {"change": "ended", "ended_on": date_iso(row.ended_on, row.ended_precision)}
    return sum(queue_alert(session, route, alert_key("update", row.id, change_id), "update", row.id, now, detail)
               for route in routes if _matching(row, route, sources))


def _rank(status: str) -> int:
    return STATUS_RANK.get(status, -1)


def _might_change(row: EventRow, event: Event) -> bool:
    """Whether this report can change the row (read without a lock: changes only ever go one way,
    so a report that cannot change an older copy of the row cannot change the current one)."""
    if row.retracted_at is not None:
        return True
    if event.status == ENDED:
        return row.ended_on is None
    return _rank(event.status) > _rank(row.status) or _redated(row, event) is not None


def _redated(row: EventRow, event: Event) -> tuple[dt.date, str] | None:
    """The date (and its precision) a report no stronger than the event gives it, when that
    changes it (else None).

    Only a day no later than the one the event was first reported counts: it cannot have happened
    after it was first reported. Replaying the corpora in publication order, such later dates
    were the day of another development ("appointed on June 26 after Iohannis withdrew", "said
    on May 27 it still opposes") or a year misread in a retrospective, and the earlier or equal
    ones corrected the date (docs/alerts.md, "Dates"). Such a day fills a date that was unknown;
    an equally strong report also moves a known one, a weaker report does not. A month or a year
    is a date too (its first day no later than the first report): a finer date ("on 26 June")
    fills in a coarser one ("in June"), a coarser one never replaces a finer one."""
    given = precision_of(event)
    if event.date is None or (event.date, given) == (row.date, row.date_precision) or (
            row.reported is not None and event.date > row.reported):
        return None
    if row.date is not None and finer(row.date_precision, given):
        return None
    if row.date is None or finer(given, row.date_precision) or _rank(event.status) == _rank(row.status):
        return event.date, given
    return None


def apply_report(session: Session, row: EventRow, event: Event, article_id: int, article: ArticleRecord,
                 sources: int, routes: Sequence[RouteRule], now: dt.datetime, *,
                 sentence_hash: str) -> tuple[int, bool, str | None]:
    """A known event told again by `article` (in the sentence whose normalised hash is
    `sentence_hash`): record what it changes and queue what that causes.

    Returns (alerts queued, whether the change moves the tally: a stance that starts to count
    or stops counting, the kind of change recorded or None)."""
    if not _might_change(row, event):
        return 0, False, None
    # Concurrent reports of the same event take turns on its row (PostgreSQL; SQLite is serial).
    # FOR NO KEY UPDATE: each report's evidence already holds a key-share lock on it (the foreign
    # key), which FOR UPDATE would wait on: two reports would deadlock.
    session.refresh(row, with_for_update={"key_share": True})
    if not _might_change(row, event):
        return 0, False, None
    if row.retracted_at is not None:
        return _reinstate(session, row, article_id, article, sentence_hash, sources, routes, now)
    if event.status == ENDED:
        ended_on = event.date or article.published
        given = precision_of(event) or (article.published and "day")
        change_id = _record(session, row, "ended", article_id, now, date_after=ended_on, precision_after=given)
        if change_id is None:
            return 0, False, None
        row.ended_on, row.ended_precision = ended_on, given
        detail = {"change": "ended", "ended_on": date_iso(ended_on, given)}
        return _queue_updates(session, row, change_id, detail, sources, routes, now, news=False), True, "ended"
    before_status, before = row.status, (row.date, row.date_precision)
    upgraded = _rank(event.status) > _rank(row.status)
    status = event.status if upgraded else row.status
    # The stronger report's date wins (its article's day when it gives none: the fact held by
    # then) unless it is coarser than the one known; an equal or weaker one only as _redated says.
    if upgraded and not (event.date is not None and row.date is not None and finer(row.date_precision,
                                                                                  precision_of(event))):
        after = ((event.date, precision_of(event)) if event.date else
                 (article.published, "day") if article.published else before)
    else:
        after = _redated(row, event) or before
    if (status, after) == (before_status, before):
        return 0, False, None
    change_id = _record(session, row, "upgrade", article_id, now, status_before=before_status, status_after=status,
                        date_before=before[0], precision_before=before[1], date_after=after[0],
                        precision_after=after[1])
    if change_id is None:
        return 0, False, None
    row.status, (row.date, row.date_precision) = status, after
    detail = {"change": "upgrade", "status_before": before_status, "status": status,
              "date_before": date_iso(*before), "date": date_iso(*after)}
    moved = before_status == "tentative" and status != "tentative"
    return _queue_updates(session, row, change_id, detail, sources, routes, now, news=True), moved, "upgrade"


def _record(session: Session, row: EventRow, kind: str, article_id: int | None, now: dt.datetime, *,
            why: str | None = None, detail: dict | None = None, **values) -> int | None:
    """One history row; None when this article already recorded this kind of change."""
    return insert_new(session, EventChangeRow.__table__, dict(
        event_id=row.id, kind=kind, article_id=article_id, why=why, detail=detail, created_at=now, **values))


def _routes_with(session: Session, event_id: int, kind: str) -> dict[str, list[AlertRow]]:
    """The outbox rows of this kind for the event, per route."""
    found: dict[str, list[AlertRow]] = defaultdict(list)
    for alert in session.scalars(select(AlertRow).where(AlertRow.event_id == event_id, AlertRow.kind == kind)
                                 .order_by(AlertRow.id).with_for_update()):
        found[alert.route].append(alert)
    return found


def _matching(row: EventRow, route: RouteRule, sources: int) -> bool:
    return (route.matches(row.type, row.status) and sources >= route.min_sources
            and takes_news(route, row))


def takes_news(route: RouteRule, row: EventRow) -> bool:
    """Whether the route takes this event, news or background by its threshold (RouteRule.takes_news);
    a stance first heard of as ended happened when it ended."""
    happened = last_day(row.date, row.date_precision) if row.date else \
        last_day(row.ended_on, row.ended_precision) if row.ended_on else None
    return route.takes_news(happened, row.reported, row.background)


def _queue_updates(session: Session, row: EventRow, change_id: int, detail: dict, sources: int,
                   routes: Sequence[RouteRule], now: dt.datetime, *, news: bool) -> int:
    """Routes that had the event get an update (when they ask for updates); with `news`, a route
    the event now matches for the first time (a stronger status) gets the event itself."""
    had = _routes_with(session, row.id, "event")
    queued = 0
    for route in routes:
        if not _matching(row, route, sources):
            continue
        if route.name in had:
            if route.updates:
                queued += queue_alert(session, route, alert_key("update", row.id, change_id), "update", row.id,
                                      now, detail)
        elif news:
            queued += queue_alert(session, route, alert_key("event", row.id), "event", row.id, now)
    return queued


def _reinstate(session: Session, row: EventRow, article_id: int, article: ArticleRecord, sentence_hash: str,
               sources: int, routes: Sequence[RouteRule], now: dt.datetime) -> tuple[int, bool, str | None]:
    """A retracted event reported again: from an outlet the retraction blocked, or in a sentence
    it was retracted over (the same wire text carried by another outlet), it stays retracted;
    from another source it comes back, and the routes that got the correction hear of it."""
    last = session.scalar(select(EventChangeRow).where(EventChangeRow.event_id == row.id,
                                                       EventChangeRow.kind == "retracted")
                          .order_by(EventChangeRow.id.desc()).limit(1))
    blocked = (last.detail or {}) if last is not None else {}
    if article.outlet in blocked.get("outlets", ()) or sentence_hash in blocked.get("sentences", ()):
        return 0, False, None
    change_id = _record(session, row, "reinstated", article_id, now, why=row.retracted_why)
    if change_id is None:
        return 0, False, None
    why = row.retracted_why
    row.retracted_at, row.retracted_why = None, None
    detail = {"action": "reinstated", "why": why, "outlet": article.outlet}
    corrected = _routes_with(session, row.id, "correction")
    queued = 0
    for route in routes:
        if route.name in corrected:
            queued += queue_alert(session, route, alert_key("correction", row.id, change_id), "correction",
                                  row.id, now, detail)
        elif _matching(row, route, sources):
            queued += queue_alert(session, route, alert_key("event", row.id), "event", row.id, now)
    return queued, row.type in ("endorsement", "opposition"), "reinstated"


def _received(alert: AlertRow) -> bool:
    """Whether any receiver may have this alert: sent, being sent, or accepted by one URL."""
    return alert.state in ("sent", "sending") or bool(alert.delivered_urls)


def _locked_event(session: Session, event_id: int) -> EventRow:
    row = session.scalar(select(EventRow).where(EventRow.id == event_id).with_for_update(key_share=True))
    if row is None:
        raise StorageError(f"event {event_id} does not exist")
    return row


def retract(session: Session, event_id: int, why: str, now: dt.datetime) -> tuple[EventRow, int]:
    """Take an event out of the tally and the timeline; returns it and the corrections queued.

    Every route that received an alert about it gets one correction; its alerts that reached
    no one are dropped (a correction of something never sent would only confuse). The outlets
    that reported it are recorded: their later reports do not bring it back.
    """
    why = " ".join((why or "").split())[:MAX_WHY_LENGTH]
    if not why:
        raise StorageError(f"event {event_id}: say why it is retracted (--why)")
    row = _locked_event(session, event_id)
    if row.retracted_at is not None:
        raise StorageError(f"event {event_id} is already retracted ({row.retracted_why})")
    sources = session.execute(select(ArticleRow.outlet, EvidenceRow.sentence_hash)
                              .join(EvidenceRow, EvidenceRow.article_id == ArticleRow.id)
                              .where(EvidenceRow.event_id == event_id)).all()
    blocked = {"outlets": sorted({outlet for outlet, _ in sources}),
               "sentences": sorted({sentence for _, sentence in sources})}
    change_id = _record(session, row, "retracted", None, now, why=why, detail=blocked)
    row.retracted_at, row.retracted_why = now, why
    alerts = session.scalars(select(AlertRow).where(AlertRow.event_id == event_id)
                             .order_by(AlertRow.id).with_for_update()).all()
    unsent = [a.id for a in alerts if not _received(a)]
    if unsent:
        session.execute(delete(AlertRow).where(AlertRow.id.in_(unsent)))
    receivers = dict.fromkeys(a.route for a in alerts if _received(a))
    detail = {"action": "retracted", "why": why}
    return row, sum(queue_alert(session, route, alert_key("correction", event_id, change_id), "correction",
                                event_id, now, detail) for route in receivers)


def restore(session: Session, event_id: int, routes: Sequence[RouteRule], now: dt.datetime) -> tuple[EventRow, int]:
    """Undo a retraction; returns the event and the alerts queued.

    Routes that received the correction are told it is withdrawn; a correction not sent yet is
    dropped instead. Routes whose event alert was dropped get it again.
    """
    row = _locked_event(session, event_id)
    if row.retracted_at is None:
        raise StorageError(f"event {event_id} is not retracted")
    change_id = _record(session, row, "restored", None, now, why=row.retracted_why)
    why = row.retracted_why
    row.retracted_at, row.retracted_why = None, None
    corrections = _routes_with(session, event_id, "correction")
    pending = [a.id for alerts in corrections.values() for a in alerts if not _received(a)]
    if pending:
        session.execute(delete(AlertRow).where(AlertRow.id.in_(pending)))
    told = {route for route, alerts in corrections.items() if any(_received(a) for a in alerts)}
    sources = session.scalar(select(func.count(distinct(EvidenceRow.article_id)))
                             .where(EvidenceRow.event_id == event_id)) or 0
    detail = {"action": "restored", "why": why}
    queued = 0
    for route in routes:
        if route.name in told:
            queued += queue_alert(session, route, alert_key("correction", event_id, change_id), "correction",
                                  event_id, now, detail)
        elif _matching(row, route, sources):
            queued += queue_alert(session, route, alert_key("event", event_id), "event", event_id, now)
    return row, queued


def histories(session: Session, event_ids: Iterable[int]) -> dict[int, tuple[ChangeView, ...]]:
    """Each event's history, oldest first (one query)."""
    ids = sorted(set(event_ids))
    found: dict[int, list[ChangeView]] = defaultdict(list)
    if not ids:
        return {}
    for change in session.scalars(select(EventChangeRow).where(EventChangeRow.event_id.in_(ids))
                                  .order_by(EventChangeRow.id)):
        found[change.event_id].append(ChangeView(
            kind=change.kind, status_before=change.status_before, status_after=change.status_after,
            date_before=change.date_before, date_after=change.date_after, why=change.why,
            article_id=change.article_id, created_at=change.created_at,
            precision_before=change.precision_before, precision_after=change.precision_after))
    return {event_id: tuple(changes) for event_id, changes in found.items()}


def counted(query, as_of: dt.date | None):
    """Restrict an events query to what counts in the timeline as of a day (None: today):
    not retracted, happened by then (its date, else when first reported), not ended by then."""
    query = query.where(EventRow.retracted_at.is_(None))
    if as_of is None:
        return query.where(EventRow.ended_on.is_(None))
    when = func.coalesce(EventRow.date, EventRow.reported)
    return query.where(or_(when.is_(None), when <= as_of),
                       or_(EventRow.ended_on.is_(None), EventRow.ended_on > as_of))

