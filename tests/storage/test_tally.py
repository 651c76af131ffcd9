"""tally(): where the states stand on each candidate, latest stance per actor."""
from __future__ import annotations

from storage import RouteRule, Stance

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
