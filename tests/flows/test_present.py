"""flows/present.py: the shapes shared by the CLI, the API and the feeds."""
from __future__ import annotations

import dataclasses
import datetime as dt

from flowkit import event_view

from natowatch.flows.present import candidate_statuses, event_json, event_uuid, marked_parts, web_link
from natowatch.storage import EventHead


def head(event_type: str, subject: str, actor: str | None = None, event_id: int = 1) -> EventHead:
    return EventHead(id=event_id, story_id="s", type=event_type, subject=subject, actor=actor, status="confirmed",
                     date=None, taken=None, created_at=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))


def test_event_json_is_the_events_json_line():
    event = event_view("opposition", actor="Hungary")
    assert event_json(event) == {
        "id": event.id, "story": event.story_id, "type": "opposition", "subject": "Mark Rutte", "actor": "Hungary",
        "status": "confirmed", "date": "2024-03-05", "date_precision": "day", "confidence": event.confidence, "sources": event.sources,
        "evidence": "Hungary said it cannot support Mark Rutte.", "outlet": "Daily Sabah",
        "url": "https://news.example.org/a?x=1&y=2", "published": event.first_evidence.article_published.isoformat(),
        "reported": None, "background": False, "ended_on": None, "retracted": False, "retracted_why": None}


def test_candidate_statuses(story):
    statuses = candidate_statuses(story, [
        head("candidacy", "Mark Rutte"), head("appointment", "Mark Rutte"), head("withdrawal", "Mark Rutte"),
        head("candidacy", "Klaus Iohannis"), head("withdrawal", "Klaus Iohannis"),
        head("candidacy", "Someone New"), head("takes_office", "Mark Rutte")])
    assert statuses["Mark Rutte"] == "took office"      # a stale withdrawal does not undo an appointment
    assert statuses["Klaus Iohannis"] == "withdrew"
    assert statuses["Someone New"] == "discovered"      # in the news, not in the story file
    assert statuses["Ben Wallace"] == "running"


def test_web_links_only_for_http():
    assert web_link("https://a.example/x") == "https://a.example/x" and web_link("HTTP://A.example") is not None
    for url in ("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "seed:001", "//evil.example"):
        assert web_link(url) is None


def test_event_ids_follow_identity_not_row_or_evidence():
    event = event_view("endorsement", actor="France")
    same = dataclasses.replace(event, id=99, status="tentative", confidence=0.1)
    assert event_uuid(event) == event_uuid(same)
    assert event_uuid(event) != event_uuid(dataclasses.replace(event, actor="Germany"))
    # The actor of a withdrawal is not part of its identity (as in the store).
    withdrawal = event_view("withdrawal", actor=None)
    assert event_uuid(withdrawal) == event_uuid(dataclasses.replace(withdrawal, actor="Romania"))


def test_marked_parts_like_explain():
    assert marked_parts("Hungary refused to back Rutte.", [(8, 15), (0, 7)]) == [
        ("Hungary", True), (" ", False), ("refused", True), (" to back Rutte.", False)]
    assert marked_parts("abc", [(0, 2), (1, 3), (5, 9)]) == [("ab", True), ("c", False)]
    assert marked_parts("abc", []) == [("abc", False)]
