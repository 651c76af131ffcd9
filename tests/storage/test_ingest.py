"""ingest(): an event is news once; later sightings add evidence, never an alert."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, func, select

from natowatch.storage import FeedState, RouteRule, StorageError, StoryEvents
from natowatch.storage.models import AlertRow, ArticleRow, EventRow, EvidenceRow

STORY = "nato-sg"
EVERYTHING = [RouteRule("console", frozenset({"candidacy", "endorsement", "opposition", "withdrawal",
                                              "appointment", "takes_office"}))]


def count(store, model) -> int:
    with store._engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(model)).scalar_one()


def test_first_ingest_stores_article_events_evidence_and_alerts(store, make_article, make_event):
    events = [make_event(), make_event("candidacy", actor=None)]
    result = store.ingest(STORY, make_article(1), events, EVERYTHING)
    assert result.article_created
    assert [e.type for e in result.new_events] == ["candidacy", "endorsement"]
    assert result.corroborated_events == ()
    assert result.alerts_queued == 2
    endorsement = result.new_events[1]
    assert (endorsement.subject, endorsement.actor, endorsement.sources) == ("Mark Rutte", "France", 1)
    evidence = endorsement.first_evidence
    assert evidence.article_url == "https://news.example/1" and evidence.article_outlet == "Example News"
    assert evidence.sentence == "France endorsement Mark Rutte." and evidence.span == (0, 30)
    assert endorsement.created_at.tzinfo == dt.timezone.utc


def test_the_same_article_twice_adds_nothing(store, make_article, make_event):
    events = [make_event(), make_event("opposition", actor="Hungary")]
    store.ingest(STORY, make_article(1), events, EVERYTHING)
    again = store.ingest(STORY, make_article(1), events, EVERYTHING)
    assert not again.article_created
    assert (again.new_events, again.corroborated_events, again.alerts_queued) == ((), (), 0)
    assert [count(store, m) for m in (ArticleRow, EventRow, EvidenceRow, AlertRow)] == [1, 2, 2, 2]


def test_the_same_event_from_a_second_article_adds_evidence_but_no_alert(store, make_article, make_event):
    first = store.ingest(STORY, make_article(1), [make_event()], EVERYTHING)
    second = store.ingest(STORY, make_article(2), [make_event(evidence="Paris backs Rutte.")], EVERYTHING)
    assert second.article_created and second.new_events == () and second.alerts_queued == 0
    [corroborated] = second.corroborated_events
    assert corroborated.id == first.new_events[0].id
    assert corroborated.sources == 2
    # The ingest result carries this article's evidence only; the stored event has both.
    assert [e.sentence for e in corroborated.evidence] == ["Paris backs Rutte."]
    [stored] = store.events(STORY)
    assert [e.sentence for e in stored.evidence] == ["France endorsement Mark Rutte.", "Paris backs Rutte."]
    assert count(store, AlertRow) == 1


def test_a_syndicated_copy_under_another_url_is_the_same_article(store, make_article, make_event):
    original = store.ingest(STORY, make_article(1, text="Same   words\nhere."), [make_event()], EVERYTHING)
    copy = store.ingest(STORY, make_article(2, text="Same words here."), [make_event()], EVERYTHING)
    assert copy.article_id == original.article_id and not copy.article_created
    assert count(store, ArticleRow) == 1 and count(store, EvidenceRow) == 1


def test_articles_without_text_are_not_copies_of_each_other(store, make_article):
    ids = {store.ingest(STORY, make_article(n, text=""), [], EVERYTHING).article_id for n in (1, 2)}
    assert len(ids) == 2


def test_the_actor_is_part_of_the_key_only_for_endorsement_and_opposition(store, make_article, make_event):
    store.ingest(STORY, make_article(1), [make_event("candidacy", actor="Netherlands"),
                                          make_event("endorsement", actor="France")], EVERYTHING)
    second = store.ingest(STORY, make_article(2), [make_event("candidacy", actor="Romania"),
                                                   make_event("endorsement", actor="Germany")], EVERYTHING)
    assert [(e.type, e.actor) for e in second.new_events] == [("endorsement", "Germany")]
    assert [(e.type, e.actor) for e in second.corroborated_events] == [("candidacy", "Netherlands")]


def test_stories_are_separate(store, make_article, make_event):
    store.ingest(STORY, make_article(1), [make_event()], EVERYTHING)
    other = store.ingest("eu-top-jobs", make_article(1), [make_event()], EVERYTHING)
    assert len(other.new_events) == 1
    assert len(store.events(STORY)) == len(store.events("eu-top-jobs")) == 1


def test_routes_select_by_type_and_status(store, make_article, make_event):
    routes = [RouteRule("slack", frozenset({"endorsement"}), frozenset({"confirmed"})),
              RouteRule("email", frozenset({"endorsement", "withdrawal"})),
              RouteRule("console", frozenset({"appointment"}))]
    result = store.ingest(STORY, make_article(1), [
        make_event("endorsement", actor="France", status="confirmed"),
        make_event("endorsement", actor="Italy", status="tentative"),
        make_event("withdrawal", subject="Klaus Iohannis", actor=None),
        make_event("candidacy", actor=None),
    ], routes)
    assert result.alerts_queued == 4
    routed = {(a.route, a.event.actor or a.event.subject) for a in store.alerts()}
    assert routed == {("slack", "France"), ("email", "France"), ("email", "Italy"), ("email", "Klaus Iohannis")}
    assert {a.key for a in store.alerts()} == {f"event:{e.id}" for e in result.new_events if e.type != "candidacy"}


def test_events_are_listed_in_the_order_first_seen(store, make_article, make_event):
    store.ingest(STORY, make_article(1), [make_event("candidacy", actor=None)], EVERYTHING)
    store.ingest(STORY, make_article(2), [make_event("appointment", actor="NATO")], EVERYTHING)
    store.ingest(STORY, make_article(3), [make_event("endorsement", actor="France")], EVERYTHING)
    assert [e.type for e in store.events(STORY)] == ["candidacy", "appointment", "endorsement"]


def test_an_unknown_article_source_is_one_clear_error_and_stores_nothing(store, make_article, make_event):
    with pytest.raises(StorageError, match=r"article https://news.example/1: source 'rss' is not one of"):
        store.ingest(STORY, make_article(1, source="rss"), [make_event()], EVERYTHING)
    assert count(store, ArticleRow) == 0


def test_a_failure_midway_rolls_back_the_whole_ingest(store, make_article, make_event):
    bad = make_event("opposition", actor="Hungary", span=None)  # span must be a pair: fails after the first event
    with pytest.raises(TypeError):
        store.ingest(STORY, make_article(1), [make_event(), bad], EVERYTHING)
    assert [count(store, m) for m in (ArticleRow, EventRow, EvidenceRow, AlertRow)] == [0, 0, 0, 0]


def statements_of(store, ingest) -> int:
    """How many SQL statements `ingest()` sends to the database."""
    sent = []

    def count(*_args) -> None:
        sent.append(1)

    event.listen(store._engine, "before_cursor_execute", count)
    try:
        ingest()
    finally:
        event.remove(store._engine, "before_cursor_execute", count)
    return len(sent)


def test_ingest_sends_as_many_statements_for_many_events_as_for_one(store, make_article, make_event):
    routes = [RouteRule("console", frozenset({"candidacy"}))]  # stances are stored, not alerted
    one = [make_event(actor="State 0")]
    many = [make_event(actor=f"State {n}") for n in range(12)]
    sent = [statements_of(store, lambda n=n, events=events: store.ingest(STORY, make_article(n), events, routes))
            for n, events in enumerate([one, many, one, many], start=1)]
    # New events (1 and 12), then the same events corroborated by another article.
    assert sent[0] == sent[1] and sent[2] == sent[3]
    assert [count(store, m) for m in (EventRow, EvidenceRow)] == [12, 26]


def test_an_ingest_compiles_no_statement_again(store, make_article, make_event):
    # SQLAlchemy compiles a statement without a cache key at every execution (its dialects'
    # INSERT ... ON CONFLICT had none): a fifth of the poller's CPU went there.
    store.save_feed_state(FeedState(name="feed", url="https://news.example/feed.xml"))

    def ingest(n: int) -> None:
        store.ingest_stories(make_article(n), [StoryEvents(STORY, (make_event(), make_event("candidacy", actor=None)))],
                             EVERYTHING, feed_item=("feed", f"item-{n}"))
    ingest(1)
    ingest(2)  # the same statements, now compiled
    compiled: list[tuple[str, str]] = []

    def record(_connection, _cursor, statement, _parameters, context, _executemany) -> None:
        if context is not None and not statement.startswith(("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE")):
            compiled.append((str(context.cache_hit), statement.split("(")[0]))

    event.listen(store._engine, "before_cursor_execute", record)
    try:
        ingest(3)
    finally:
        event.remove(store._engine, "before_cursor_execute", record)
    assert [s for hit, s in compiled if "CACHE_HIT" not in hit] == []
    assert any(s.startswith("INSERT INTO articles") for _hit, s in compiled)


def test_one_article_giving_an_event_twice_is_still_one_source(store, make_article, make_event):
    routes = [RouteRule("two", frozenset({"endorsement"}), min_sources=2)]
    twice = [make_event(evidence="France backs Rutte."), make_event(evidence="Paris repeated it.")]
    first = store.ingest(STORY, make_article(1), twice, routes)
    assert len(first.new_events) == 1 and first.new_events[0].sources == 1 and first.alerts_queued == 0
    second = store.ingest(STORY, make_article(2), twice, routes)
    [corroborated] = second.corroborated_events
    assert (corroborated.sources, len(corroborated.evidence), second.alerts_queued) == (2, 2, 1)
