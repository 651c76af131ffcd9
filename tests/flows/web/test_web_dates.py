"""The web view and the Atom feeds show an event's date to its precision: "April 2024", "2023",
never the first day of the month as if it were the day; Atom's `published` of such an event is
the day the news first told it."""
from __future__ import annotations

import dataclasses
import datetime as dt

import feedparser
import pytest
from flowkit import make_event

from natowatch.storage import ArticleRecord, RouteRule

STORY = "nato-secretary-general"
ROUTES = [RouteRule("console", frozenset({"endorsement"}))]


@pytest.fixture
def dated(store, story, app_client):
    article = ArticleRecord(url="https://news.example.org/dated", title="Dated", text="t", published=dt.date(2024, 5, 3),
                            outlet="Wire", language="en", source="feed")
    events = [dataclasses.replace(make_event("endorsement", "Mark Rutte", "Turkey", "Turkey backed him in April."),
                                  date=dt.date(2024, 4, 1), precision="month"),
              dataclasses.replace(make_event("endorsement", "Mark Rutte", "Spain", "Spain backed him last year."),
                                  date=dt.date(2023, 1, 1), precision="year"),
              make_event("endorsement", "Mark Rutte", "France", "France backed him on 2 May.", date=dt.date(2024, 5, 2))]
    result = store.ingest(story.id, article, events, ROUTES)
    ids = {e.actor: e.id for e in result.new_events}
    return app_client(store), ids


def test_the_timeline_and_the_event_page_show_the_precision(dated):
    client, ids = dated
    page = client.get(f"/stories/{STORY}/events").text
    assert "April 2024" in page and "2024-05-02" in page and "2024-04-01" not in page
    assert page.index("2024-05-02") < page.index("April 2024") < page.index(">2023<")    # newest first
    turkey = client.get(f"/stories/{STORY}/events/{ids['Turkey']}").text
    assert "April 2024" in turkey and "2024-04-01" not in turkey
    spain = client.get(f"/stories/{STORY}/events/{ids['Spain']}").text
    assert "<dd>2023</dd>" in spain


def test_the_api_gives_the_date_to_its_precision(dated):
    client, ids = dated
    events = {e["actor"]: e for e in client.get(f"/api/stories/{STORY}/events").json()["events"]}
    assert [(events[a]["date"], events[a]["date_precision"]) for a in ("Turkey", "Spain", "France")] == [
        ("2024-04", "month"), ("2023", "year"), ("2024-05-02", "day")]


def test_atom_entries_say_the_month_and_publish_on_the_day_reported(dated):
    client, ids = dated
    feed = feedparser.parse(client.get(f"/stories/{STORY}/events.atom").content)
    assert feed.bozo == 0
    entries = {entry.link.rsplit("/", 1)[1]: entry for entry in feed.entries}
    turkey, spain, france = (entries[str(ids[a])] for a in ("Turkey", "Spain", "France"))
    assert "April 2024" in turkey.summary and "2024-04-01" not in turkey.summary
    assert "2023;" in spain.summary
    assert (turkey.published, spain.published, france.published) == (
        "2024-05-03T00:00:00Z", "2024-05-03T00:00:00Z", "2024-05-02T00:00:00Z")
