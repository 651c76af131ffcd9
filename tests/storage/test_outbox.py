"""The alert outbox: claim, mark sent, fail with backoff, die, retry, reclaim stale claims."""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.storage import RouteRule, StorageError

ROUTES = [RouteRule("console", frozenset({"endorsement", "opposition", "candidacy"}))]
T0 = dt.datetime(2024, 6, 20, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def queued(store, make_article, make_event):
    """Three alerts queued, due from now on (real clock); returns their ids."""
    store.ingest("nato-sg", make_article(1), [make_event(actor="France"), make_event(actor="Italy"),
                                              make_event("candidacy", actor=None)], ROUTES)
    return [a.id for a in store.alerts()]


def later(**delta) -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc) + dt.timedelta(**delta)


def test_claim_takes_due_alerts_once(store, queued):
    claimed = store.claim_alerts(2)
    assert [a.state for a in claimed] == ["sending", "sending"]
    assert all(a.claimed_at is not None and a.event is not None for a in claimed)
    rest = store.claim_alerts(10)
    assert {a.id for a in claimed} | {a.id for a in rest} == set(queued)
    assert store.claim_alerts(10) == []


def test_nothing_is_due_before_next_attempt_at(store, queued):
    assert store.claim_alerts(10, now=T0) == []  # T0 is long before the alerts were queued


def test_mark_sent(store, queued):
    [alert] = store.claim_alerts(1)
    store.mark_sent(alert.id)
    [sent] = store.alerts(state="sent")
    assert sent.id == alert.id and sent.sent_at is not None and sent.sent_at.tzinfo == dt.timezone.utc
    assert len(store.alerts(state="pending")) == 2


def test_failures_back_off_exponentially_then_the_alert_dies(store, queued):
    alert_id = queued[0]
    now = later(seconds=1)
    delays = []
    for attempt in range(1, 4):
        [claimed] = [a for a in store.claim_alerts(10, now=now) if a.id == alert_id]
        failed = store.mark_failed(claimed.id, "HTTP 500", max_attempts=4, backoff_seconds=60, now=now)
        assert (failed.state, failed.attempts) == ("pending", attempt)
        delays.append((failed.next_attempt_at - now).total_seconds())
        not_yet = failed.next_attempt_at - dt.timedelta(seconds=1)
        assert alert_id not in {a.id for a in store.claim_alerts(10, now=not_yet)}
        now = failed.next_attempt_at
    assert delays == [60, 120, 240]
    [claimed] = [a for a in store.claim_alerts(10, now=now) if a.id == alert_id]
    dead = store.mark_failed(claimed.id, "HTTP 500", max_attempts=4, backoff_seconds=60, now=now)
    assert (dead.state, dead.attempts) == ("dead", 4)
    assert alert_id not in {a.id for a in store.claim_alerts(10, now=now + dt.timedelta(days=365))}


def test_last_error_never_keeps_a_url(store, queued):
    [alert] = store.claim_alerts(1)
    store.mark_failed(alert.id, "slack://xoxb-SECRET/T/B: 403 forbidden")
    [failed] = [a for a in store.alerts() if a.id == alert.id]
    assert failed.last_error == "slack://***: 403 forbidden"


def test_retry_makes_dead_and_waiting_alerts_due_now(store, queued):
    now = later(seconds=1)
    first, second, third = store.claim_alerts(3, now=now)
    store.mark_failed(first.id, "boom", max_attempts=1, now=now)       # dead
    store.mark_failed(second.id, "boom", backoff_seconds=3600, now=now)  # waiting an hour
    store.mark_sent(third.id, now=now)
    assert store.retry_alerts(now=now) == 2
    retried = store.claim_alerts(10, now=now)
    assert {a.id for a in retried} == {first.id, second.id}
    assert {a.id: a.attempts for a in retried} == {first.id: 0, second.id: 1}
    assert next(a for a in retried if a.id == first.id).last_error == "boom"


def test_retry_by_id_touches_only_those(store, queued):
    now = later(seconds=1)
    first, second, _ = store.claim_alerts(3, now=now)
    for alert in (first, second):
        store.mark_failed(alert.id, "boom", max_attempts=1, now=now)
    assert store.retry_alerts([second.id], now=now) == 1
    assert [a.id for a in store.alerts(state="dead")] == [first.id]


def test_a_stale_claim_is_reclaimed_after_the_lease(store, queued):
    now = later(seconds=1)
    claimed = store.claim_alerts(10, now=now, lease_seconds=300)
    assert len(claimed) == 3
    # The claimer died without marking: within the lease nobody else may take them.
    assert store.claim_alerts(10, now=now + dt.timedelta(seconds=299), lease_seconds=300) == []
    reclaimed = store.claim_alerts(10, now=now + dt.timedelta(seconds=301), lease_seconds=300)
    assert {a.id for a in reclaimed} == set(queued)
    assert all(a.claimed_at == now + dt.timedelta(seconds=301) for a in reclaimed)


def test_marking_an_unknown_alert_is_an_error(store):
    with pytest.raises(StorageError, match="alert 999 does not exist"):
        store.mark_sent(999)
