"""The Atom feeds parse in feedparser, one entry per event, with ids that survive a new database."""
from __future__ import annotations

import feedparser
import pytest

from webkit import replay_seeds

STORY = "nato-secretary-general"


def parse(client, path: str):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def test_one_entry_per_event_with_evidence_and_links(client):
    feed = parse(client, f"/stories/{STORY}/events.atom")
    events = client.get(f"/api/stories/{STORY}/events").json()["events"]
    assert len(feed.entries) == len(events) > 10
    assert len({entry.id for entry in feed.entries}) == len(events)
    assert feed.feed.title == "natowatch: NATO Secretary General 2024"
    by_page = {entry.link.rsplit("/", 1)[1]: entry for entry in feed.entries}
    for event in events:
        entry = by_page[str(event["id"])]
        assert entry.link == f"http://testserver/stories/{STORY}/events/{event['id']}"
        assert entry.summary.startswith(event["evidence"])
        assert event["outlet"] in entry.summary
        # a month or a year ("last year") is published on the day the news first told it
        day = event["date"] if event["date_precision"] == "day" else event["reported"] if event["date"] else None
        assert entry.published.startswith(day or event["published"])
        assert {tag.term for tag in entry.tags} == {event["type"], STORY}
    # The newest news first, as a reader expects.
    updated = [entry.updated for entry in feed.entries]
    assert updated == sorted(updated, reverse=True)


def test_the_all_stories_feed_holds_every_story(client):
    feed = parse(client, "/events.atom")
    total = client.get(f"/api/stories/{STORY}/events").json()["total"]
    assert len(feed.entries) == total and feed.feed.title == "natowatch: every story"


@pytest.fixture
def other_database(tmp_path, story, app_client):
    from natowatch.storage import Store

    url = f"sqlite:///{tmp_path / 'again.db'}"
    replay_seeds(url, story)
    with Store.open(url, read_only=True) as store:
        yield app_client(store)


def test_entry_ids_are_the_events_identity_not_row_ids(client, other_database):
    first = {entry.title: entry.id for entry in parse(client, f"/stories/{STORY}/events.atom").entries}
    again = {entry.title: entry.id for entry in parse(other_database, f"/stories/{STORY}/events.atom").entries}
    assert first == again
    assert all(value.startswith("urn:uuid:") for value in first.values())


def test_related_links_are_web_links_only(client):
    feed = parse(client, f"/stories/{STORY}/events.atom")
    related = [link.href for entry in feed.entries for link in entry.links if link.rel == "related"]
    # The seeds are files ('seed:<name>'): no article of theirs is a web link.
    assert related == []
    assert all(link.href.startswith("http://testserver/") for entry in feed.entries for link in entry.links)


def test_an_empty_story_is_a_valid_empty_feed(tmp_path, app_client):
    from natowatch.storage import Store

    with Store.open(f"sqlite:///{tmp_path / 'empty.db'}", upgrade=True) as store:
        feed = parse(app_client(store), f"/stories/{STORY}/events.atom")
    assert feed.entries == [] and feed.feed.updated == "1970-01-01T00:00:00Z"
