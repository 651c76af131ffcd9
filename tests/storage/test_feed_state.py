"""Feed polling state and seen items."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from natowatch.storage import FeedState, StorageError

NOW = dt.datetime(2024, 6, 20, 12, 0, tzinfo=dt.timezone.utc)


def test_feed_state_round_trips_and_saves_as_an_upsert(store):
    assert store.feed_state("politico") is None
    state = FeedState(name="politico", url="https://feeds.example/eu.xml", etag='"abc"',
                      modified="Thu, 20 Jun 2024 10:00:00 GMT", last_status=200, next_poll_at=NOW,
                      last_polled_at=NOW)
    store.save_feed_state(state)
    assert store.feed_state("politico") == state
    failed = dataclasses.replace(state, last_status=503, consecutive_failures=1,
                                 last_error="GET https://feeds.example/eu.xml?token=s3cret: 503")
    store.save_feed_state(failed)
    assert store.feed_state("politico") == dataclasses.replace(failed, last_error="GET https://***: 503")


def test_feed_items_are_recorded_once(store, make_article):
    store.save_feed_state(FeedState(name="politico", url="https://feeds.example/eu.xml"))
    article_id = store.ingest("nato-sg", make_article(1, source="feed", feed_name="politico"), [], []).article_id
    assert not store.item_seen("politico", "guid-1")
    assert store.record_feed_item("politico", "guid-1", article_id)
    assert not store.record_feed_item("politico", "guid-1", article_id)
    assert store.record_feed_item("politico", "guid-2", None)
    assert store.item_seen("politico", "guid-1") and store.item_seen("politico", "guid-2")
    assert not store.item_seen("other", "guid-1")


def test_recording_an_item_of_an_unknown_feed_is_an_error(store):
    with pytest.raises(StorageError, match="feed 'nope' is unknown"):
        store.record_feed_item("nope", "guid-1", None)


def test_an_item_is_seen_exactly_when_its_article_is_stored(store, make_article, make_event):
    store.save_feed_state(FeedState(name="politico", url="https://feeds.example/eu.xml"))
    assert store.seen_items("politico") == frozenset()
    store.ingest("nato-sg", make_article(1, source="feed", feed_name="politico"), [make_event()], [],
                 feed_item=("politico", "guid-1"))
    assert store.seen_items("politico") == {"guid-1"}
    # A failure inside the transaction (here: an unknown feed) leaves neither the item nor the article.
    with pytest.raises(StorageError):
        store.ingest("nato-sg", make_article(2, source="feed", feed_name="gone"), [make_event()], [],
                     feed_item=("gone", "guid-2"))
    assert store.seen_items("gone") == frozenset()
    assert [e.sources for e in store.events("nato-sg")] == [1]
