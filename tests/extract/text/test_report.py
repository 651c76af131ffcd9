"""event_to_json (the `natowatch extract --json` contract), explain, is_about_story."""
from __future__ import annotations

import datetime as dt
import json

from natowatch.extract import article_text, event_to_json, explain, extract_events, is_about_story

TITLE = "Hungary backs Rutte for NATO chief"
TEXT = ("Hungarian Prime Minister Viktor Orban said on Tuesday that Hungary is ready to support Mark Rutte "
        "as the next NATO secretary general.")


def test_json_contract(story):
    events = extract_events("Orban speaks", TEXT, dt.date(2024, 6, 20), story)
    rows = [event_to_json("h99", e, story) for e in events]
    assert len(rows) == 1
    assert list(rows[0]) == ["article", "type", "subject", "actor", "position", "status", "date", "date_precision",
                             "evidence", "span", "confidence", "rule", "story"]
    body = rows[0]
    assert body["story"] == "nato-secretary-general"
    assert body["type"] == "endorsement" and body["actor"] == "Hungary" and body["subject"] == "Mark Rutte"
    assert body["position"] == "NATO Secretary General"
    assert body["status"] == "tentative"
    assert (body["date"], body["date_precision"]) == ("2024-06-18", "day")
    assert 0 < body["confidence"] <= 1
    full = article_text("Orban speaks", TEXT)
    assert full[body["span"][0]:body["span"][1]] == body["evidence"]
    json.dumps(rows)


def test_one_event_per_key_with_the_best_evidence(story):
    events = extract_events(TITLE, TEXT, dt.date(2024, 6, 20), story)
    assert len({e.key for e in events}) == len(events) == 1
    assert events[0].evidence == TITLE   # the headline states it without "ready to": higher confidence
    assert events[0].date == dt.date(2024, 6, 18)   # ... dated by the body's "on Tuesday"


def test_headline_evidence_takes_the_date_of_the_body_sentence(story):
    text = "Germany said on Monday it backs Mark Rutte. Scholz repeated that Germany backs Rutte."
    events = extract_events("Germany backs Rutte for NATO chief", text, dt.date(2024, 6, 20), story)
    assert [(e.actor, e.date) for e in events] == [("Germany", dt.date(2024, 6, 17))]


def test_explain_marks_the_matched_parts(story):
    event = extract_events("", TEXT, None, story)[0]
    text = explain(event)
    assert "[[support]]" in text and "[[Mark Rutte]]" in text and "frame: endorse_verb" in text
    # the frame's roles with their text, and the scope checks of its predicate
    assert "\n    actor: " in text
    assert "predicate: support" in text and "candidate: Mark Rutte" in text
    assert "scope: condition, doubt, negation, modality: none; tentative 'ready to'" in text
    assert event.date is None          # no publication date: "on Tuesday" cannot be placed


def test_explain_names_a_refusal_cue(story):
    event = extract_events("NATO race", "Hungary will not support Mark Rutte.", None, story)[0]
    assert event.type == "opposition"
    assert "refusal 'will not' (support read as opposition)" in explain(event)


def test_is_about_story(story):
    assert is_about_story("Rutte takes over as NATO secretary general", "", story)
    assert is_about_story("", "The alliance met in Brussels.", story)
    assert not is_about_story("Dutch cabinet sworn in", "Schoof leads the new coalition.", story)
    # a short item naming a candidate states the race's events; a longer text needs a word of the race too
    assert [(e.type, e.actor) for e in extract_events("Dutch cabinet sworn in", "Germany backs Rutte.", None, story)] \
        == [("endorsement", "Germany")]
    cabinet = ("Schoof leads the new coalition of four parties, sworn in by the King on Tuesday after seven months "
               "of talks. The ministers of finance, defence and foreign affairs are all new to the job, and the "
               "coalition's programme promises lower migration and higher defence spending. Germany backs Rutte.")
    assert extract_events("Dutch cabinet sworn in", cabinet, None, story) == []
