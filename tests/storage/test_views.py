"""Read models of the web dashboard (storage/views.py), on SQLite and PostgreSQL, and read-only stores."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.exc import DBAPIError

from natowatch.storage import FeedState, RouteRule, Store, StorageError

STORY = "nato-secretary-general"
ROUTES = [RouteRule("console", frozenset({"endorsement"}))]


@pytest.fixture
def filled(store, make_article, make_event):
    """Four events from three articles; 'undated' has neither an event date nor a publication date."""
    article, event = make_article, make_event
    store.ingest(STORY, article(1, published=dt.date(2024, 3, 1)), [
        event("candidacy", actor=None, date=None),
        event("endorsement", actor="France", date=dt.date(2024, 2, 1)),
    ], ROUTES)
    store.ingest(STORY, article(2, published=dt.date(2024, 5, 1)), [
        event("opposition", actor="Hungary", date=None),
        event("endorsement", actor="France", date=dt.date(2024, 2, 1), evidence="France again."),
    ], ROUTES)
    store.ingest(STORY, article(3, published=None), [event("endorsement", subject="Klaus Iohannis", actor="Romania",
                                                           date=None)], ROUTES)
    store.ingest("another-race", article(4), [event("candidacy", subject="Someone Else", actor=None)], ROUTES)
    return store


def kinds(page) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.subject, e.actor) for e in page.events]


def test_orders(filled):
    assert kinds(filled.timeline(STORY, order="seen")) == [
        ("candidacy", "Mark Rutte", None), ("endorsement", "Mark Rutte", "France"),
        ("opposition", "Mark Rutte", "Hungary"), ("endorsement", "Klaus Iohannis", "Romania")]
    assert [e.id for e in filled.timeline(STORY, order="seen").events] == [e.id for e in filled.events(STORY)]
    # Newest by when it happened: the opposition (published 1 May), the candidacy (1 March), the
    # endorsement (dated 1 February), the undated one last.
    assert kinds(filled.timeline(STORY, order="newest")) == [
        ("opposition", "Mark Rutte", "Hungary"), ("candidacy", "Mark Rutte", None),
        ("endorsement", "Mark Rutte", "France"), ("endorsement", "Klaus Iohannis", "Romania")]
    assert kinds(filled.timeline(STORY, order="latest_seen"))[0] == ("endorsement", "Klaus Iohannis", "Romania")


def test_filters_pages_and_totals(filled):
    page = filled.timeline(STORY, type="endorsement", order="seen", limit=1)
    assert (page.total, len(page.events), kinds(page)) == (2, 1, [("endorsement", "Mark Rutte", "France")])
    assert page.events[0].sources == 2 and len(page.events[0].evidence) == 2
    assert kinds(filled.timeline(STORY, type="endorsement", order="seen", limit=1, offset=1)) == [
        ("endorsement", "Klaus Iohannis", "Romania")]
    assert kinds(filled.timeline(STORY, subject="Mark Rutte", actor="Hungary", status="confirmed")) == [
        ("opposition", "Mark Rutte", "Hungary")]
    assert filled.timeline(STORY, status="tentative").total == 0
    assert filled.timeline("no-such-story").events == ()


def test_one_event_heads_and_stories(filled):
    first = filled.events(STORY)[1]
    assert filled.timeline(STORY, order="seen").events[1] == first
    heads = filled.event_heads(STORY)
    assert [h.id for h in heads] == [e.id for e in filled.events(STORY)]
    assert [h.taken for h in heads] == [dt.date(2024, 3, 1), dt.date(2024, 2, 1), dt.date(2024, 5, 1), None]
    stories = {s.story_id: s for s in filled.stories()}
    assert (stories[STORY].events, stories["another-race"].events) == (4, 1)
    assert stories[STORY].last_event_at.tzinfo is not None


def test_feeds_with_their_items(store, make_article):
    article = make_article
    assert store.feeds() == []
    store.save_feed_state(FeedState(name="b-feed", url="https://b.example/rss", consecutive_failures=2,
                                    last_error="HTTP 500"))
    store.save_feed_state(FeedState(name="a-feed", url="https://a.example/rss"))
    result = store.ingest(STORY, article(1), [], ROUTES, feed_item=("b-feed", "one"))
    store.record_feed_item("b-feed", "two", None)
    summaries = store.feeds()
    assert [(f.state.name, f.items, f.articles) for f in summaries] == [("a-feed", 0, 0), ("b-feed", 2, 1)]
    assert summaries[1].state.consecutive_failures == 2 and result.feed_item_created


def test_a_read_only_store_reads_and_refuses_every_write(filled, database_url, make_article, make_event):
    article, event = make_article, make_event
    with Store.open(database_url, read_only=True) as reader:
        assert reader.timeline(STORY).total == 4
        with pytest.raises(DBAPIError, match="(?i)read.only|readonly|query_only"):
            reader.ingest(STORY, article(9), [event()], ROUTES)
        with pytest.raises(DBAPIError):
            reader.retry_alerts()
    assert filled.timeline(STORY).total == 4


def test_a_read_only_store_cannot_upgrade(database_url):
    with pytest.raises(StorageError, match="read-only store cannot upgrade"):
        Store.open(database_url, upgrade=True, read_only=True)


def test_retracted_events_leave_the_read_models(filled):
    hungary = filled.timeline(STORY, actor="Hungary").events[0]
    filled.retract(hungary.id, "misread")
    assert filled.timeline(STORY).total == 3 and filled.timeline(STORY, actor="Hungary").total == 0
    assert hungary.id not in [h.id for h in filled.event_heads(STORY)]
    assert {s.story_id: s.events for s in filled.stories()}[STORY] == 3
    filled.restore(hungary.id, ROUTES)
    assert filled.timeline(STORY).total == 4
