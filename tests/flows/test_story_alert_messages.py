"""What story-level alerts and digests say, on the console, in Slack and in email (no database)."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from rich.console import Console

from flowkit import HOSTILE, UTC, event_view
from natowatch.flows.alerts.messages import (DeliveryError, _compose, alert_headline, email_subject, print_to_console, render,
                          render_alert, slack_text, story_facts)
from natowatch.flows.settings import STORY_ALERT_TYPES
from natowatch.storage import AlertView
from natowatch.storage.records import STORY_ALERT_KINDS

POST = "NATO Secretary General"


def alert(kind: str, detail: dict, event=None, key: str = "k") -> AlertView:
    now = dt.datetime(2024, 6, 20, tzinfo=UTC)
    return AlertView(id=1, route="desk", key=key, kind=kind, state="pending", attempts=0, last_error=None,
                     next_attempt_at=now, claimed_at=None, sent_at=None, created_at=now, updated_at=now,
                     event=event if event is not None else event_view("endorsement", actor="Hungary"),
                     detail=detail)


STANCE = {"subject": "Mark Rutte", "actor": "Hungary", "stance": "endorsement", "before": "opposition",
          "before_date": "2024-03-07"}
COUNTS = {"subject": "Mark Rutte", "backing": 32, "members": 32, "required": 32}


@pytest.mark.parametrize("kind, detail, expected", [
    ("stance_change", STANCE, f"Hungary now backs Mark Rutte for {POST}; it opposed the bid on 2024-03-07"),
    ("stance_change", {**STANCE, "stance": "opposition", "before": "endorsement", "before_date": None},
     f"Hungary now opposes Mark Rutte for {POST}; it backed the bid earlier"),
    ("consensus", {**COUNTS, "moment": "reached"}, f"Mark Rutte has the backing of all 32 allies for {POST}"),
    ("consensus", {**COUNTS, "backing": 30, "required": 30, "moment": "reached"},
     f"Mark Rutte has the backing of 30 of 32 allies for {POST}: consensus (30 needed)"),
    ("consensus", {**COUNTS, "backing": 31, "moment": "last_holdout", "holdout": "Romania",
                   "holdout_opposes": False}, f"Romania is the last ally not backing Mark Rutte for {POST}"),
    ("consensus", {**COUNTS, "backing": 31, "moment": "last_holdout", "holdout": "Hungary",
                   "holdout_opposes": True},
     f"Hungary is the last ally not backing Mark Rutte for {POST} (it opposes the bid)"),
])
def test_story_headlines(story, kind, detail, expected):
    assert render_alert(alert(kind, detail), story, {}).headline == expected
    assert alert_headline(alert(kind, detail), story) == expected


UPGRADE = {"change": "upgrade", "status_before": "tentative", "date_before": "2024-05-18", "status": "confirmed",
           "date": "2024-06-18"}


@pytest.mark.parametrize("kind, detail, event, expected", [
    ("update", UPGRADE, None, "Hungary now confirms its backing of Mark Rutte (was: tentative, 2024-05-18)"),
    ("update", {**UPGRADE, "status": "reported"}, None,
     f"Hungary endorses Mark Rutte for {POST}: now reported, 2024-06-18 (was: tentative, 2024-05-18)"),
    ("update", {**UPGRADE, "status_before": "confirmed", "date_before": None}, None,
     f"Hungary endorses Mark Rutte for {POST}: dated 2024-06-18 (was: date not given)"),
    ("update", UPGRADE, event_view("appointment"),
     f"Mark Rutte appointed {POST}: now confirmed, 2024-06-18 (was: tentative, 2024-05-18)"),
    ("update", {"change": "ended", "ended_on": "2024-04-29"}, event_view("opposition", actor="Turkey"),
     f"Turkey no longer opposes Mark Rutte for {POST} (ended 2024-04-29)"),
    ("correction", {"action": "retracted", "why": "misread <!channel>"}, None,
     f'Correction: "Hungary endorses Mark Rutte for {POST}" was retracted: misread <!channel>'),
    ("correction", {"action": "restored", "why": "x"}, None,
     f"Restored: Hungary endorses Mark Rutte for {POST} (its retraction is withdrawn)"),
    ("correction", {"action": "reinstated", "why": "x", "outlet": "Reuters"}, None,
     f"Reported again by Reuters after its retraction: Hungary endorses Mark Rutte for {POST}"),
])
def test_update_and_correction_headlines(story, kind, detail, event, expected):
    assert render_alert(alert(kind, detail, event), story, {}).headline == expected


def test_a_correction_reason_is_escaped_in_slack(story):
    message = render_alert(alert("correction", {"action": "retracted", "why": HOSTILE}), story, {})
    text = slack_text(message)
    assert "<!channel>" not in text and "&lt;!channel&gt;" in text and "@\u200bhere" in text


def test_a_background_event_says_so_and_when_it_was_first_reported(story):
    import dataclasses

    event = dataclasses.replace(event_view("withdrawal", "Ben Wallace", date=dt.date(2023, 6, 22)),
                                reported=dt.date(2024, 3, 20), background=True)
    message = render(event, story, {})
    assert message.headline == f"Background: Ben Wallace withdraws from the race for {POST}"
    assert "Status: confirmed, 2023-06-22 (background: first reported 2024-03-20)" in slack_text(message)


def test_a_story_alert_carries_the_evidence_of_its_cause(story):
    message = render_alert(alert("stance_change", STANCE, event_view("endorsement", actor="Hungary",
                                                                      sentence=HOSTILE)), story, {})
    assert message.evidence == HOSTILE and message.outlet == "Daily Sabah"
    assert email_subject(message) == f"[natowatch] {message.headline}"
    text = slack_text(message)
    assert text.splitlines()[:2] == [message.headline, "Candidate: Mark Rutte | Actor: Hungary"]
    assert (message.data["alert_kind"], message.data["headline"]) == ("stance_change", message.headline)
    assert message.data["detail"] == STANCE and message.data["evidence"] == HOSTILE
    assert "<!channel>" not in text and "&lt;!channel&gt;" in text
    buffer = io.StringIO()
    print_to_console(message, "desk", Console(file=buffer, width=300, color_system=None))
    assert f"[desk] {message.headline}" in buffer.getvalue() and "[bold red]boom[/]" in buffer.getvalue()


def test_an_event_alert_renders_as_before(story):
    event = event_view("opposition", actor="Hungary")
    assert render_alert(alert("event", {}, event), story, {}) == render(event, story, {})


def test_an_alert_without_its_event_cannot_be_rendered(story):
    orphan = alert("event", {}, key="event:9")
    orphan = AlertView(**{**orphan.__dict__, "event": None})
    with pytest.raises(DeliveryError, match="alert 'event:9' has no event to announce"):
        render_alert(orphan, story, {})
    assert alert_headline(orphan, story) == "event:9"


def test_digests_per_channel(story):
    messages = [render(event_view("endorsement", actor=state, sentence=f"{state} <backs> him."), story, {})
                for state in ("France", "Italy", "Spain")]
    title, body = _compose("email", messages)
    assert title == f"[natowatch] 3 alerts: France endorses Mark Rutte for {POST} and 2 more"
    assert body.count("<h2>") == 3 and f"<h2>Italy endorses Mark Rutte for {POST}</h2>" in body
    assert body.count("&lt;backs&gt;") == 3 and "<backs>" not in body
    title, body = _compose("text", messages)
    assert title == f"3 alerts: France endorses Mark Rutte for {POST} and 2 more"
    title, body = _compose("slack", messages)
    assert title == "" and body.startswith(f"natowatch: 3 alerts\n\nFrance endorses Mark Rutte for {POST}\nCandidate: ")
    assert body.count("&lt;backs&gt;") == 3 and "<backs>" not in body
    assert _compose("email", messages[:1])[0] == email_subject(messages[0])


def test_story_facts_and_route_types_agree_with_storage(story):
    facts = story_facts(story)
    assert len(facts.members) == len(story.members) and facts.consensus_required == story.consensus_required
    assert STORY_ALERT_TYPES == STORY_ALERT_KINDS
