"""When each feed is polled: due or not, disabled after 410 Gone, backoff after failures, and how
long a looping poller may sleep. Reads feed states; saves nothing (flows/pipelines/feed_ingest.py
saves them)."""
from __future__ import annotations

import datetime as dt
from typing import Sequence

from natowatch.flows.reader.feeds import Feed
from natowatch.storage import FeedState, Store

MAX_BACKOFF = dt.timedelta(hours=6)
# A scheduled run that starts a little before a feed is due still polls it, rather than
# leaving it until the run after.
DUE_SLACK = dt.timedelta(seconds=30)
GONE = 410
# How long a looping poller with no feeds waits before reading the feeds file again.
DEFAULT_IDLE_SECONDS = 300.0


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def is_disabled(feed: Feed, state: FeedState | None) -> bool:
    """A feed that answered 410 Gone stays off until its URL is changed in the feeds file."""
    return state is not None and state.url == feed.url and state.last_status == GONE


def is_due(feed: Feed, state: FeedState | None, now: dt.datetime) -> bool:
    if state is None or state.url != feed.url:
        return True
    if is_disabled(feed, state):
        return False
    return state.next_poll_at is None or state.next_poll_at - DUE_SLACK <= now


def next_poll_at(feed: Feed, failures: int, now: dt.datetime, retry_after: float | None = None) -> dt.datetime:
    """interval * 2**failures, capped at 6 h (or the interval when longer); at least Retry-After."""
    interval = dt.timedelta(minutes=feed.interval_minutes)
    delay = min(interval * (2 ** min(failures, 16)), max(MAX_BACKOFF, interval))
    if retry_after:
        delay = max(delay, dt.timedelta(seconds=retry_after))
    return now + delay


def seconds_until_next_poll(feeds: Sequence[Feed], store: Store, now: dt.datetime) -> float:
    """How long a looping poller may sleep: until the earliest due feed (at most its interval)."""
    waits = []
    for feed in feeds:
        state = store.feed_state(feed.name)
        if is_disabled(feed, state):
            continue
        due = state.next_poll_at if state and state.url == feed.url and state.next_poll_at else now
        waits.append(min((due - now).total_seconds(), feed.interval_minutes * 60))
    return max(1.0, min(waits)) if waits else DEFAULT_IDLE_SECONDS
