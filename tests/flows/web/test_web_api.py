"""The JSON API returns what the CLI's --json prints, paginated, filtered, described by OpenAPI."""
from __future__ import annotations

import json

import pytest

from natowatch.storage import Store
from flowkit import invoke

STORY = "nato-secretary-general"


def all_pages(client, path: str) -> list[dict]:
    events, url, pages = [], path, 0
    while url:
        body = client.get(url).json()
        events += body["events"]
        url, pages = body["next"], pages + 1
        assert pages < 100
    return events


@pytest.fixture
def cli_lines(runner, seeded_url, write_settings):
    write_settings({})

    def run(*args: str) -> list[dict]:
        result = invoke(runner, *args, "--db", seeded_url, "--json")
        assert result.exit_code == 0, result.stderr
        return [json.loads(line) for line in result.stdout.splitlines()]

    return run


def test_events_are_the_same_as_events_json_across_pages(client, cli_lines):
    expected = cli_lines("events")
    assert len(expected) > 10
    first = client.get(f"/api/stories/{STORY}/events?limit=5").json()
    assert (first["total"], first["offset"], first["limit"], len(first["events"])) == (len(expected), 0, 5, 5)
    assert first["next"].startswith("http://testserver/api/stories/") and "offset=5" in first["next"]
    assert all_pages(client, f"/api/stories/{STORY}/events?limit=5") == expected
    assert client.get(f"/api/stories/{STORY}/events").json()["events"] == expected
    assert expected[0]["story"] == STORY


def test_status_is_the_same_as_status_json(client, cli_lines):
    [expected] = cli_lines("status")
    body = client.get(f"/api/stories/{STORY}/status").json()
    assert body == expected
    rutte = next(c for c in body["candidates"] if c["name"] == "Mark Rutte")
    assert rutte["status"] == "took office" and rutte["backing_count"] >= 6 and rutte["required"] == 32
    assert "Hungary" in rutte["backing"] and len(rutte["missing"]) == 32 - rutte["backing_count"]


def test_alerts_are_the_same_as_alerts_json_newest_first(client, cli_lines):
    assert client.get("/api/alerts").json() == list(reversed(cli_lines("alerts")))
    assert client.get("/api/alerts?state=dead").json() == []
    assert client.get("/api/alerts?state=lost").status_code == 400


@pytest.mark.parametrize(("query", "check"), [
    ("type=endorsement", lambda e: e["type"] == "endorsement"),
    ("candidate=Ben+Wallace", lambda e: e["subject"] == "Ben Wallace"),
    ("state=Germany", lambda e: e["actor"] == "Germany"),
    ("status=confirmed&type=opposition", lambda e: e["status"] == "confirmed" and e["type"] == "opposition"),
])
def test_filters_narrow_the_events(client, query, check):
    everything = client.get(f"/api/stories/{STORY}/events").json()["events"]
    body = client.get(f"/api/stories/{STORY}/events?{query}").json()
    assert body["events"] == [e for e in everything if check(e)] and 0 < body["total"] < len(everything)


def test_newest_order_puts_the_latest_happening_first(client):
    events = client.get(f"/api/stories/{STORY}/events?order=newest").json()["events"]
    days = [e["date"] or e["published"] for e in events]
    assert days == sorted(days, reverse=True) and events[0]["type"] == "takes_office"


@pytest.mark.parametrize(("query", "named"), [
    ("type=rumour", "type: expected one of"), ("status=maybe", "status: expected one of"),
    ("limit=0", "limit: expected a whole number from 1 to 1000"), ("limit=5000", "limit:"),
    ("offset=-1", "offset:"), ("order=random", "order: expected one of seen, newest"),
])
def test_bad_parameters_are_a_400_naming_the_parameter(client, query, named):
    response = client.get(f"/api/stories/{STORY}/events?{query}")
    assert response.status_code == 400 and response.json()["detail"].startswith(named)


def test_one_event_with_every_source(client):
    event = client.get(f"/api/stories/{STORY}/events?type=opposition&candidate=Mark+Rutte").json()["events"][0]
    body = client.get(f"/api/stories/{STORY}/events/{event['id']}").json()
    assert {k: body[k] for k in event} == event
    assert body["all_evidence"][0]["sentence"] == event["evidence"]
    assert body["all_evidence"][0]["article"]["outlet"] == event["outlet"]
    assert body["page"].endswith(f"/stories/{STORY}/events/{event['id']}")


def test_stories_and_unknown_ones(client):
    [story] = client.get("/api/stories").json()
    total = client.get(f"/api/stories/{STORY}/events").json()["total"]
    assert (story["id"], story["events"], story["post"]) == (STORY, total, "NATO Secretary General")
    assert story["links"]["atom"].endswith(f"/stories/{STORY}/events.atom")
    for path in ("/api/stories/un-2026/events", "/api/stories/un-2026/status", f"/api/stories/{STORY}/events/9999"):
        response = client.get(path)
        assert response.status_code == 404 and "no " in response.json()["detail"]


def test_openapi_describes_the_api_only(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert set(paths) == {"/api/stories", "/api/stories/{story_id}/events", "/api/stories/{story_id}/events/{event_id}",
                          "/api/stories/{story_id}/status", "/api/alerts", "/api/feeds"}
    # Swagger UI and ReDoc would load their scripts from a CDN: they are off.
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404


def test_found_candidates_in_the_status_and_on_the_dashboard(app_client, story, tmp_path):
    """A proposed candidate is marked on the dashboard and in the API's status; a rejected one is left out."""
    import datetime as dt

    from natowatch.extract.model import Event
    from natowatch.storage import ArticleRecord, FoundCandidate, RouteRule, StoryEvents

    def event(subject, actor):
        return Event(type="endorsement", subject=subject, actor=actor, status="confirmed", date=None,
                     evidence=f"{actor} backs {subject}.", span=(0, 10), confidence=0.9, rule="test")
    with Store.open(f"sqlite:///{tmp_path / 'found.db'}", upgrade=True) as store:
        article = ArticleRecord(url="https://news.example/1", title="One", text="Body.",
                                published=dt.date(2024, 3, 1), outlet="Example", language="en", source="seed")
        store.ingest_stories(article, [StoryEvents(story.id, (event("Ilse Varkonyi", "Poland"), event("Den Haag", "Italy")),
                                                   None, (FoundCandidate("Ilse Varkonyi", ("Varkonyi",), "she"),
                                                          FoundCandidate("Den Haag", ("Haag",))))],
                             [RouteRule("all", frozenset({"endorsement"}))])
        store.decide_candidate(story.id, "Den Haag", "rejected")
        client = app_client(store)
        body = client.get(f"/api/stories/{story.id}/status").json()
        assert [(c["name"], c["found"]) for c in body["candidates"] if c["found"]] == [("Ilse Varkonyi", "proposed")]
        assert "Den Haag" not in [c["name"] for c in body["candidates"]]
        assert [(f["name"], f["state"]) for f in body["found"]] == [("Den Haag", "rejected"), ("Ilse Varkonyi", "proposed")]
        page = client.get(f"/stories/{story.id}/").text
        assert 'data-candidate="Ilse Varkonyi"' in page and "(proposed)" in page
        assert 'data-candidate="Den Haag"' not in page and "<title>Den Haag" not in page   # the tally and its chart
