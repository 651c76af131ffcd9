"""Outbox rows as ingest, upgrades and corrections queue them: keys and the one INSERT."""
from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy.orm import Session

from natowatch.storage.models import AlertRow, EventRow
from natowatch.storage.records import RouteRule
from natowatch.storage.sql import insert_new

MAX_KEY_LENGTH = 256  # alerts.key


def alert_key(prefix: str, *parts: object) -> str:
    """An outbox key; parts too long for the column are replaced by their hash (still unique)."""
    key = ":".join([prefix, *map(str, parts)])
    if len(key) <= MAX_KEY_LENGTH:
        return key
    return f"{prefix}:sha256:{hashlib.sha256(key.encode('utf-8')).hexdigest()}"


def queue_alert(session: Session, route: RouteRule | str, key: str, kind: str, event_id: int, now: dt.datetime,
                detail: dict | None = None) -> int:
    """Insert one outbox row unless (route, key) exists; 1 if it was queued. The alert takes the
    story of its event (loaded by the caller: no query)."""
    return insert_new(session, AlertRow.__table__, dict(
        route=route if isinstance(route, str) else route.name, key=key, kind=kind, event_id=event_id,
        story_id=session.get(EventRow, event_id).story_id, detail=detail, delivered_urls="", state="pending", attempts=0, next_attempt_at=now, created_at=now,
        updated_at=now,
    )) is not None
