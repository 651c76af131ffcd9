"""The dashboard over PostgreSQL: the seeds replayed into a fresh schema, read through a read-only store."""
from __future__ import annotations

import json

import feedparser
import pytest
from flowkit import invoke

from natowatch.storage import Store
from webkit import replay_seeds

pytestmark = pytest.mark.postgres
STORY = "nato-secretary-general"


@pytest.fixture
def postgres_client(new_postgres_schema, story, app_client):
    url = new_postgres_schema()
    replay_seeds(url, story)
    with Store.open(url, read_only=True) as store:
        yield url, app_client(store)


def test_api_pages_and_feed_on_postgres(postgres_client, runner, write_settings):
    url, client = postgres_client
    write_settings({})
    expected = [json.loads(line) for line in invoke(runner, "events", "--db", url, "--json").stdout.splitlines()]
    body = client.get(f"/api/stories/{STORY}/events?limit=4").json()
    events, following = body["events"], body["next"]
    while following:
        page = client.get(following).json()
        events, following = events + page["events"], page["next"]
    assert events == expected and len(expected) > 10
    [status] = [json.loads(invoke(runner, "status", "--db", url, "--json").stdout)]
    assert client.get(f"/api/stories/{STORY}/status").json() == status
    newest = client.get(f"/api/stories/{STORY}/events?order=newest").json()["events"]
    days = [e["date"] or e["published"] for e in newest]
    assert days == sorted(days, reverse=True)      # undated last on PostgreSQL too (NULLS LAST)
    for path in (f"/stories/{STORY}/", f"/stories/{STORY}/events?type=endorsement", "/alerts", "/feeds"):
        assert client.get(path).status_code == 200, path
    feed = feedparser.parse(client.get(f"/stories/{STORY}/events.atom").content)
    assert feed.bozo == 0 and len(feed.entries) == len(expected)
