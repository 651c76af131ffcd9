"""Dates with their precision in the store, on SQLite and PostgreSQL: an event, its evidence and
its history keep whether a date is a day, a month or a year; a finer report fills in a coarser
date, never the reverse; a month is news or background by its last day."""
from __future__ import annotations

import datetime as dt

from natowatch.storage import RouteRule

STORY = "nato-sg"
DESK = [RouteRule("desk", frozenset({"endorsement"}), updates=True)]
JUNE = dt.date(2024, 6, 1)


def test_precision_round_trips_through_event_evidence_and_history(store, make_article, make_event):
    article = make_article(1, published=dt.date(2024, 6, 20))
    [event] = store.ingest(STORY, article, [make_event(date=JUNE, precision="month")], DESK).new_events
    stored = store.event(event.id)
    assert (stored.date, stored.date_precision) == (JUNE, "month")
    assert [(e.date, e.date_precision) for e in stored.evidence] == [(JUNE, "month")]
    [head] = store.event_heads(STORY)
    assert (head.date, head.date_precision) == (JUNE, "month")
    # a day of that month, told as strongly, fills it in, and the history keeps both precisions
    store.ingest(STORY, make_article(2, published=dt.date(2024, 6, 21)),
                 [make_event(date=dt.date(2024, 6, 18), precision="day", evidence="On 18 June.")], DESK)
    stored = store.event(event.id)
    assert (stored.date, stored.date_precision) == (dt.date(2024, 6, 18), "day")
    assert [(c.kind, c.date_before, c.precision_before, c.date_after, c.precision_after) for c in stored.history] == [
        ("upgrade", JUNE, "month", dt.date(2024, 6, 18), "day")]
    [update] = [a for a in store.alerts() if a.kind == "update"]
    assert (update.detail["date_before"], update.detail["date"]) == ("2024-06", "2024-06-18")
    # a coarser report never replaces the day, however strong
    store.ingest(STORY, make_article(3, published=dt.date(2024, 7, 1)),
                 [make_event(date=dt.date(2024, 1, 1), precision="year", evidence="This year.")], DESK)
    assert (store.event(event.id).date, store.event(event.id).date_precision) == (dt.date(2024, 6, 18), "day")


def test_an_undated_event_has_no_precision_and_a_day_is_a_day(store, make_article, make_event):
    [undated] = store.ingest(STORY, make_article(1), [make_event(actor="France")], DESK).new_events
    [day] = store.ingest(STORY, make_article(2), [make_event(actor="Spain", date=dt.date(2024, 3, 1))],
                         DESK).new_events
    assert (store.event(undated.id).date, store.event(undated.id).date_precision) == (None, None)
    # an Event built without a precision (older callers) is a day
    assert (store.event(day.id).date, store.event(day.id).date_precision) == (dt.date(2024, 3, 1), "day")


def test_a_month_is_background_only_after_its_last_day(store, make_article, make_event):
    # "in June" reported on 20 June may be that day: news, not background (14 days from 1 June)
    [news] = store.ingest(STORY, make_article(1, published=dt.date(2024, 6, 20)),
                          [make_event(actor="France", date=JUNE, precision="month")], DESK).new_events
    # "in March" reported on 20 June is background, as "last year" is
    [old] = store.ingest(STORY, make_article(2, published=dt.date(2024, 6, 20)),
                         [make_event(actor="Spain", date=dt.date(2024, 3, 1), precision="month")], DESK).new_events
    [year] = store.ingest(STORY, make_article(3, published=dt.date(2024, 6, 20)),
                          [make_event(actor="Italy", date=dt.date(2023, 1, 1), precision="year")], DESK).new_events
    assert [store.event(e.id).background for e in (news, old, year)] == [False, True, True]
    assert [a.event.actor for a in store.alerts() if a.kind == "event"] == ["France"]


def test_the_timeline_keeps_months_and_years(store, make_article, make_event):
    store.ingest(STORY, make_article(1, published=dt.date(2024, 6, 20)),
                 [make_event(actor="France", date=JUNE, precision="month"),
                  make_event(actor="Spain", date=dt.date(2024, 6, 10)),
                  make_event(actor="Italy", date=dt.date(2024, 1, 1), precision="year")], DESK)
    page = store.timeline(STORY, order="newest", limit=10, offset=0)
    assert [(e.actor, e.date_precision) for e in page.events] == [("Spain", "day"), ("France", "month"),
                                                                  ("Italy", "year")]


def test_a_stance_that_ended_in_a_month_keeps_that_precision(store, make_article, make_event):
    [event] = store.ingest(STORY, make_article(1, published=dt.date(2024, 3, 5)),
                           [make_event(type="opposition", actor="Turkey", date=dt.date(2024, 3, 4))], DESK).new_events
    store.ingest(STORY, make_article(2, published=dt.date(2024, 5, 3)),
                 [make_event(type="opposition", actor="Turkey", status="ended", date=dt.date(2024, 4, 1),
                             precision="month", evidence="Turkey dropped its objections in April.")], DESK)
    stored = store.event(event.id)
    assert (stored.ended_on, stored.ended_precision) == (dt.date(2024, 4, 1), "month")
    assert [(c.kind, c.date_after, c.precision_after) for c in stored.history] == [("ended", dt.date(2024, 4, 1),
                                                                                    "month")]
