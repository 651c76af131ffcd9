"""The alert outbox: claim due alerts, record the outcome, retry.

States: pending -> sending (claimed) -> sent, or back to pending with a backoff, or dead
after too many attempts. A claim older than the lease (the process died between claim
and mark) is claimed again, so an alert is delivered at least once.

Each URL that accepts an alert is recorded at once (delivered_urls, by hash): when another
URL of the route fails, the retry goes to the failed URLs only. A duplicate can still
reach a receiver that accepted the alert if the process dies before that record is written.

Digest routes: their due alerts are claimed together, once the oldest of them has waited
the route's window, and are sent as one message.

A dispatcher renews its claim before each send (renew): the claim's time is its token, so a
dispatcher whose lease did run out learns that another took the alert over and leaves it.

Outages heal: a failure is recorded as 'unreachable' (no URL of the route answered, or only
with 5xx, 408 or 429) or 'rejected' (a receiver refused the message: waiting will not help).
An alert that died unreachable is revived when its route delivers again (revive); while the
route sends nothing else, one such alert per route is tried again now and then (probe), so a
receiver that comes back is noticed without new news. Both only for alerts younger than a cap,
and revive at most MAX_REVIVALS times per alert: an alert that only ever fails is not resent
forever. A rejected alert is never revived ('natowatch alerts retry' still can).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Collection, Mapping, Sequence

from sqlalchemy import and_, case, or_, select, update
from sqlalchemy.orm import Session

from natowatch.storage.db import redact_text
from natowatch.storage.errors import StorageError
from natowatch.storage.models import AlertRow
from natowatch.storage.records import AlertView
from natowatch.storage.views import alert_views

MAX_ERROR_LENGTH = 1000
UNREACHABLE, REJECTED = "unreachable", "rejected"
# An alert that dies unreachable every time its route delivers again (a message the receiver
# crashes on) comes back this many times at most.
MAX_REVIVALS = 3


def url_hash(url: str) -> str:
    """A URL's mark in delivered_urls: a hash, never the URL (it holds tokens and passwords)."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def claim(session: Session, limit: int, now: dt.datetime, lease_seconds: float,
          digest_seconds: Mapping[str, float] | None = None) -> list[AlertView]:
    """Move up to `limit` due alerts to 'sending' and return them.

    Routes in `digest_seconds` (route name -> window) are held back until their oldest due
    alert has waited the window; then all their due alerts are claimed at once, beyond
    `limit`, so one message carries them.
    PostgreSQL: FOR UPDATE SKIP LOCKED, so concurrent claimers take disjoint rows.
    SQLite: the caller's transaction holds the write lock (BEGIN IMMEDIATE) from the start.
    """
    stale = now - dt.timedelta(seconds=lease_seconds)
    due = or_(and_(AlertRow.state == "pending", AlertRow.next_attempt_at <= now),
              and_(AlertRow.state == "sending", AlertRow.claimed_at <= stale))
    digest_seconds = digest_seconds or {}
    single = select(AlertRow.id).where(due)
    if digest_seconds:
        single = single.where(AlertRow.route.not_in(list(digest_seconds)))
    ids = list(session.scalars(
        single.order_by(AlertRow.next_attempt_at, AlertRow.id).limit(limit).with_for_update(skip_locked=True)
    ).all())
    for route, window in digest_seconds.items():
        rows = session.execute(select(AlertRow.id, AlertRow.state, AlertRow.created_at)
                               .where(due, AlertRow.route == route).with_for_update(skip_locked=True)).all()
        oldest = min((r.created_at for r in rows if r.state == "pending"), default=None)
        # A stale claim of a digest was a digest already: send it again at once.
        if any(r.state == "sending" for r in rows) or (
                oldest is not None and oldest <= now - dt.timedelta(seconds=window)):
            ids += [r.id for r in rows]
    if not ids:
        return []
    session.execute(update(AlertRow.__table__).where(AlertRow.id.in_(ids))
                    .values(state="sending", claimed_at=now, updated_at=now))
    return alert_views(session, session.scalars(select(AlertRow).where(AlertRow.id.in_(ids)).order_by(AlertRow.id)))


def renew(session: Session, alert_ids: Sequence[int], claimed_at: dt.datetime, now: dt.datetime) -> set[int]:
    """Extend the claim on those of `alert_ids` still claimed at `claimed_at` (by this dispatcher:
    another one's claim has a later time) to `now`; returns their ids."""
    if not alert_ids:
        return set()
    held = and_(AlertRow.id.in_(list(alert_ids)), AlertRow.state == "sending", AlertRow.claimed_at == claimed_at)
    ids = set(session.scalars(select(AlertRow.id).where(held).with_for_update()).all())
    if ids:
        session.execute(update(AlertRow.__table__).where(AlertRow.id.in_(list(ids)))
                        .values(claimed_at=now, updated_at=now))
    return ids


def _revivable(route: str | None, now: dt.datetime, max_age_seconds: float):
    """Dead alerts an outage killed, young enough and not revived too often."""
    condition = and_(AlertRow.state == "dead", AlertRow.failure == UNREACHABLE, AlertRow.revivals < MAX_REVIVALS,
                     AlertRow.created_at >= now - dt.timedelta(seconds=max_age_seconds))
    return condition if route is None else and_(condition, AlertRow.route == route)


def revive(session: Session, route: str, now: dt.datetime, max_age_seconds: float) -> int:
    """The route just delivered: its alerts that died unreachable are due again, with a fresh
    attempt budget (their last error kept). Returns how many."""
    return session.execute(update(AlertRow.__table__).where(_revivable(route, now, max_age_seconds)).values(
        state="pending", attempts=0, revivals=AlertRow.revivals + 1, next_attempt_at=now, claimed_at=None,
        updated_at=now)).rowcount


def probe(session: Session, now: dt.datetime, max_age_seconds: float, max_attempts: int) -> list[int]:
    """Per route with nothing pending or being sent, its oldest alert that died unreachable and
    whose next probe is due becomes due for one more attempt: if the receiver is back, that
    delivery revives the rest (revive). Returns the ids made due."""
    busy = select(AlertRow.route).where(AlertRow.state.in_(("pending", "sending")))
    rows = session.execute(select(AlertRow.id, AlertRow.route)
                           .where(_revivable(None, now, max_age_seconds), AlertRow.next_attempt_at <= now,
                                  AlertRow.route.not_in(busy))
                           .order_by(AlertRow.created_at, AlertRow.id).with_for_update(skip_locked=True)).all()
    first = list({row.route: row.id for row in reversed(rows)}.values())
    if first:
        session.execute(update(AlertRow.__table__).where(AlertRow.id.in_(first)).values(
            state="pending", attempts=max(max_attempts - 1, 0), next_attempt_at=now, claimed_at=None,
            updated_at=now))
    return sorted(first)


def _locked(session: Session, alert_id: int) -> AlertRow:
    alert = session.scalar(select(AlertRow).where(AlertRow.id == alert_id).with_for_update())
    if alert is None:
        raise StorageError(f"alert {alert_id} does not exist")
    return alert


def mark_delivered(session: Session, alert_ids: Sequence[int], url: str, now: dt.datetime) -> None:
    """Record that `url` accepted these alerts (one message, or one digest of them)."""
    mark = url_hash(url)
    for alert_id in sorted(alert_ids):
        alert = _locked(session, alert_id)
        delivered = alert.delivered_urls.split()
        if mark not in delivered:
            alert.delivered_urls = " ".join([*delivered, mark])
            alert.updated_at = now


def mark_sent(session: Session, alert_ids: Sequence[int], now: dt.datetime) -> None:
    for alert_id in sorted(alert_ids):
        alert = _locked(session, alert_id)
        alert.state, alert.sent_at, alert.updated_at, alert.failure = "sent", now, now, None


def mark_failed(session: Session, alert_ids: Sequence[int], error: str, now: dt.datetime, *,
                max_attempts: int, backoff_seconds: float, unreachable: bool = False,
                probe_seconds: float | None = None) -> list[AlertView]:
    """Count a failed delivery: retry after backoff * 2**(attempts-1), or 'dead' at max_attempts.

    `unreachable`: no receiver answered (see the module's docstring); a dead one may then be
    probed again `probe_seconds` later (its next_attempt_at)."""
    alerts = [_locked(session, alert_id) for alert_id in sorted(alert_ids)]
    for alert in alerts:
        alert.attempts += 1
        alert.last_error = redact_text(error)[:MAX_ERROR_LENGTH]
        alert.failure = UNREACHABLE if unreachable else REJECTED
        alert.claimed_at = None
        alert.updated_at = now
        if alert.attempts >= max_attempts:
            alert.state = "dead"
            alert.next_attempt_at = now + dt.timedelta(seconds=probe_seconds or backoff_seconds)
        else:
            alert.state = "pending"
            alert.next_attempt_at = now + dt.timedelta(seconds=backoff_seconds * 2 ** (alert.attempts - 1))
    session.flush()
    return alert_views(session, alerts)


def list_alerts(session: Session, state: str | None, story_id: str | None = None) -> list[AlertView]:
    query = select(AlertRow).order_by(AlertRow.id)
    if state is not None:
        query = query.where(AlertRow.state == state)
    if story_id is not None:
        query = query.where(AlertRow.story_id == story_id)
    return alert_views(session, session.scalars(query))


def retry(session: Session, ids: Collection[int] | None, now: dt.datetime) -> int:
    """Make dead alerts and alerts waiting for their backoff due now; returns how many.

    A dead alert starts again with a fresh attempt budget; its last error is kept.
    """
    waiting = or_(AlertRow.state == "dead", and_(AlertRow.state == "pending", AlertRow.next_attempt_at > now))
    statement = (update(AlertRow.__table__).where(waiting)
                 .values(state="pending", next_attempt_at=now, updated_at=now,
                         attempts=case((AlertRow.state == "dead", 0), else_=AlertRow.attempts)))
    if ids is not None:
        statement = statement.where(AlertRow.id.in_(list(ids)))
    return session.execute(statement).rowcount
