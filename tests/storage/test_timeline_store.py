"""Store-level rules of the timeline, on SQLite and PostgreSQL: what a later report may change,
the history it leaves, concurrent upgrades of one event, and the errors of corrections."""
from __future__ import annotations

import datetime as dt
import threading

import pytest

from natowatch.storage import RouteRule, Store, StorageError

STORY = "nato-sg"
DESK = [RouteRule("desk", frozenset({"endorsement"}), updates=True)]


def test_a_weaker_or_equal_report_never_downgrades_but_fills_an_unknown_date(store, make_article, make_event):
    first = store.ingest(STORY, make_article(1), [make_event(status="confirmed", date=None)], DESK)
    [event] = first.new_events
    store.ingest(STORY, make_article(2), [make_event(status="tentative", date=dt.date(2024, 3, 1),
                                                     evidence="Maybe.")], DESK)
    after = store.event(event.id)
    assert (after.status, after.date) == ("confirmed", dt.date(2024, 3, 1))
    store.ingest(STORY, make_article(3), [make_event(status="confirmed", date=dt.date(2024, 3, 9),
                                                     evidence="Again, later.")], DESK)
    # An equal report dated after the day the event was first reported (2 March) cannot be right.
    assert store.event(event.id).date == dt.date(2024, 3, 1)
    assert [(c.kind, c.status_after, c.date_after) for c in store.event(event.id).history] == [
        ("upgrade", "confirmed", dt.date(2024, 3, 1))]
    assert [a.kind for a in store.alerts()] == ["event", "update"]


def test_an_equal_report_moves_a_date_only_to_a_day_no_later_than_the_first_report(store, make_article, make_event):
    # First reported on 20 March, dated that day ("has said", read as the day of the article).
    [event] = store.ingest(STORY, make_article(19), [make_event(date=dt.date(2024, 3, 20))], DESK).new_events
    assert store.event(event.id).reported == dt.date(2024, 3, 20)
    # A retrospective dates it 26 June: after it was first reported, so another day's: it stays.
    store.ingest(STORY, make_article(30, published=dt.date(2024, 10, 1)),
                 [make_event(date=dt.date(2024, 6, 26), evidence="Looking back.")], DESK)
    assert store.event(event.id).date == dt.date(2024, 3, 20)
    # An equal report naming the day before its first report: the date moves, kept in its history.
    store.ingest(STORY, make_article(20), [make_event(date=dt.date(2024, 3, 19), evidence="On Tuesday.")], DESK)
    after = store.event(event.id)
    assert after.date == dt.date(2024, 3, 19)
    assert [(c.kind, c.status_before, c.status_after, c.date_before, c.date_after) for c in after.history] == [
        ("upgrade", "confirmed", "confirmed", dt.date(2024, 3, 20), dt.date(2024, 3, 19))]
    [update] = [a for a in store.alerts() if a.kind == "update"]
    assert update.detail == {"change": "upgrade", "status_before": "confirmed", "status": "confirmed",
                             "date_before": "2024-03-20", "date": "2024-03-19"}
    # A weaker report never moves a known date.
    store.ingest(STORY, make_article(21), [make_event(status="tentative", date=dt.date(2024, 3, 10),
                                                      evidence="Maybe earlier.")], DESK)
    assert store.event(event.id).date == dt.date(2024, 3, 19) and len(store.event(event.id).history) == 1


def test_an_upgrade_without_a_date_takes_the_day_of_the_stronger_article(store, make_article, make_event):
    [event] = store.ingest(STORY, make_article(1, published=dt.date(2024, 5, 18)),
                           [make_event(status="tentative", date=None)], DESK).new_events
    store.ingest(STORY, make_article(2, published=dt.date(2024, 6, 18)),
                 [make_event(status="reported", date=None, evidence="Reportedly.")], DESK)
    [change] = store.event(event.id).history
    assert (change.status_before, change.date_before, change.status_after, change.date_after) == (
        "tentative", None, "reported", dt.date(2024, 6, 18))
    [update] = [a for a in store.alerts() if a.kind == "update"]
    assert update.detail == {"change": "upgrade", "status_before": "tentative", "status": "reported",
                             "date_before": None, "date": "2024-06-18"}


def test_concurrent_upgrades_of_one_event_leave_one_consistent_history(store, database_url, make_article,
                                                                       make_event):
    [event] = store.ingest(STORY, make_article(1), [make_event(status="tentative", date=None)], DESK).new_events
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def report(n: int, status: str) -> None:
        try:
            with Store.open(database_url) as own:
                start.wait()
                own.ingest(STORY, make_article(n), [make_event(status=status, evidence=f"Report {n}.",
                                                               date=dt.date(2024, 4, n))], DESK)
        except BaseException as exc:  # reported below: a thread's exception is otherwise lost
            errors.append(exc)

    threads = [threading.Thread(target=report, args=(n, status))
               for n, status in [(2, "reported"), (3, "confirmed"), (4, "reported"), (5, "tentative")]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    after = store.event(event.id)
    assert after.status == "confirmed" and after.sources == 5
    # Each change starts where the one before it ended: no lost update.
    chain = [("tentative", None)] + [(c.status_after, c.date_after) for c in after.history]
    assert [(c.status_before, c.date_before) for c in after.history] == chain[:-1]
    assert chain[-1] == (after.status, after.date)
    assert len([a for a in store.alerts() if a.kind == "update"]) == len(after.history)


def test_corrections_say_what_is_wrong_in_one_line(store, make_article, make_event):
    [event] = store.ingest(STORY, make_article(1), [make_event()], DESK).new_events
    with pytest.raises(StorageError, match="^event 999 does not exist$"):
        store.retract(999, "no such event")
    with pytest.raises(StorageError, match=f"^event {event.id}: say why it is retracted"):
        store.retract(event.id, "  ")
    with pytest.raises(StorageError, match=f"^event {event.id} is not retracted$"):
        store.restore(event.id, DESK)
    retracted, corrections = store.retract(event.id, "a\nmultiline\treason")
    # The pending alert reached no one: dropped, and so there is nothing to correct.
    assert (retracted.retracted_why, corrections, store.alerts()) == ("a multiline reason", 0, [])
    with pytest.raises(StorageError, match="is already retracted"):
        store.retract(event.id, "again")
    restored, queued = store.restore(event.id, DESK)
    assert restored.retracted_at is None and queued == 1 and [a.kind for a in store.alerts()] == ["event"]
