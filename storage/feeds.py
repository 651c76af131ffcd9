"""Per-feed polling state and the items already seen in each feed."""
from __future__ import annotations

import dataclasses

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from natowatch.storage.db import redact_text
from natowatch.storage.errors import StorageError
from natowatch.storage.models import FeedItemRow, FeedRow
from natowatch.storage.outbox import MAX_ERROR_LENGTH
from natowatch.storage.records import FeedState, FeedSummary
from natowatch.storage.sql import insert_new, upsert

_FIELDS = [f.name for f in dataclasses.fields(FeedState)]


def feed_state(session: Session, name: str) -> FeedState | None:
    row = session.scalar(select(FeedRow).where(FeedRow.name == name))
    return None if row is None else FeedState(**{f: getattr(row, f) for f in _FIELDS})


def save_feed_state(session: Session, state: FeedState) -> None:
    values = dataclasses.asdict(state)
    if values["last_error"] is not None:
        values["last_error"] = redact_text(values["last_error"])[:MAX_ERROR_LENGTH]
    upsert(session, FeedRow.__table__, values, key=["name"])


def seen_items(session: Session, feed_name: str) -> frozenset[str]:
    return frozenset(session.scalars(
        select(FeedItemRow.item_key).join(FeedRow, FeedRow.id == FeedItemRow.feed_id)
        .where(FeedRow.name == feed_name)))


def item_seen(session: Session, feed_name: str, item_key: str) -> bool:
    return session.scalar(
        select(FeedItemRow.id).join(FeedRow, FeedRow.id == FeedItemRow.feed_id)
        .where(FeedRow.name == feed_name, FeedItemRow.item_key == item_key)
    ) is not None


def record_feed_item(session: Session, feed_name: str, item_key: str, article_id: int | None) -> bool:
    """Remember an item of a feed; True if it was not known yet."""
    feed_id = session.scalar(select(FeedRow.id).where(FeedRow.name == feed_name))
    if feed_id is None:
        raise StorageError(f"feed {feed_name!r} is unknown: save its state before recording items")
    return insert_new(session, FeedItemRow.__table__,
                      dict(feed_id=feed_id, item_key=item_key, article_id=article_id)) is not None


def feed_summaries(session: Session) -> list[FeedSummary]:
    """Every polled feed's state with its recorded items and stored articles, by name."""
    counts = {feed_id: (items, articles) for feed_id, items, articles in session.execute(
        select(FeedItemRow.feed_id, func.count(FeedItemRow.id), func.count(FeedItemRow.article_id))
        .group_by(FeedItemRow.feed_id))}
    return [FeedSummary(FeedState(**{f: getattr(row, f) for f in _FIELDS}), *counts.get(row.id, (0, 0)))
            for row in session.scalars(select(FeedRow).order_by(FeedRow.name))]
