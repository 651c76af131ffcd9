"""tally(): where the states stand on each candidate, latest stance per actor."""
from __future__ import annotations

import datetime as dt

from natowatch.storage import RouteRule, Stance

STORY = "nato-sg"
MEMBERS = {"France", "Hungary", "Slovakia", "Turkey", "Romania"}


def ingest(store, make_article, make_event, n, *events):
    return store.ingest(STORY, make_article(n), [make_event(*e) for e in events], [RouteRule("c", frozenset())])


def test_a_state_that_opposed_then_endorsed_counts_as_backing(store, make_article, make_event):
    ingest(store, make_article, make_event, 1, ("candidacy", "Mark Rutte", None), ("endorsement", "Mark Rutte", "France"))
    opposed = ingest(store, make_article, make_event, 2, ("opposition", "Mark Rutte", "Hungary"))
    ingest(store, make_article, make_event, 3, ("endorsement", "Mark Rutte", "Hungary"))
    assert store.tally(STORY, states=MEMBERS) == {
        "Mark Rutte": Stance("Mark Rutte", backing=("France", "Hungary"), opposing=())}
    as_of = opposed.new_events[0].id
    assert store.tally(STORY, as_of, states=MEMBERS) == {
        "Mark Rutte": Stance("Mark Rutte", backing=("France",), opposing=("Hungary",))}


def test_organisations_are_not_states_and_other_types_do_not_count(store, make_article, make_event):
    ingest(store, make_article, make_event, 1,
           ("endorsement", "Mark Rutte", "NATO"), ("appointment", "Mark Rutte", "NATO"),
           ("candidacy", "Klaus Iohannis", "Romania"), ("endorsement", "Klaus Iohannis", "Romania"),
           ("withdrawal", "Klaus Iohannis", None))
    assert store.tally(STORY, states=MEMBERS) == {
        "Mark Rutte": Stance("Mark Rutte", backing=(), opposing=()),
        "Klaus Iohannis": Stance("Klaus Iohannis", backing=("Romania",), opposing=())}
    assert store.tally(STORY)["Mark Rutte"].backing == ("NATO",)  # without states every actor counts


def test_an_empty_story_has_an_empty_tally(store):
    assert store.tally(STORY) == {}


def test_a_late_article_reporting_an_older_stance_does_not_override_a_newer_one(store, make_article, make_event):
    store.ingest(STORY, make_article(1, published=dt.date(2024, 6, 18)),
                 [make_event("endorsement", actor="Hungary", date=dt.date(2024, 6, 18))], [RouteRule("c", frozenset())])
    # Published after the endorsement, this article recalls Hungary's opposition in March.
    store.ingest(STORY, make_article(2, published=dt.date(2024, 6, 20)),
                 [make_event("opposition", actor="Hungary", date=dt.date(2024, 3, 6))], [RouteRule("c", frozenset())])
    assert store.tally(STORY, states=MEMBERS)["Mark Rutte"] == Stance("Mark Rutte", backing=("Hungary",), opposing=())


def test_a_newer_dated_stance_seen_later_still_wins(store, make_article, make_event):
    store.ingest(STORY, make_article(1), [make_event("opposition", actor="Hungary", date=dt.date(2024, 3, 6))],
                 [RouteRule("c", frozenset())])
    store.ingest(STORY, make_article(2), [make_event("endorsement", actor="Hungary", date=dt.date(2024, 6, 18))],
                 [RouteRule("c", frozenset())])
    assert store.tally(STORY, states=MEMBERS)["Mark Rutte"].backing == ("Hungary",)


def test_an_undated_stance_is_dated_by_its_article_and_else_first_seen_order_decides(store, make_article, make_event):
    routes = [RouteRule("c", frozenset())]
    # Undated, from an article published on 1 March (ingested later): older than a stance of 6 June.
    store.ingest(STORY, make_article(1, published=dt.date(2024, 6, 10)),
                 [make_event("endorsement", actor="Turkey", date=dt.date(2024, 6, 6))], routes)
    store.ingest(STORY, make_article(2, published=dt.date(2024, 3, 1)),
                 [make_event("opposition", actor="Turkey", date=None)], routes)
    # Nothing dated on either side: the stance seen last wins.
    store.ingest(STORY, make_article(3, published=None), [make_event("opposition", actor="Slovakia", date=None)],
                 routes)
    store.ingest(STORY, make_article(4, published=None), [make_event("endorsement", actor="Slovakia", date=None)],
                 routes)
    # The same day on both sides: the stance seen last wins too.
    store.ingest(STORY, make_article(5), [make_event("endorsement", actor="Romania", date=dt.date(2024, 4, 1))],
                 routes)
    store.ingest(STORY, make_article(6), [make_event("opposition", actor="Romania", date=dt.date(2024, 4, 1))],
                 routes)
    assert store.tally(STORY, states=MEMBERS)["Mark Rutte"] == Stance(
        "Mark Rutte", backing=("Slovakia", "Turkey"), opposing=("Romania",))

