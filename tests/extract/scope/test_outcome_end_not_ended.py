"""'In the end' is the outcome, not a stance ended (prec42, issue 12): "The Americans, in the end, blocked her" is an
opposition as told (not an ended one); "at the end of the day", "ended up blocking" likewise; "In the end, Turkey
lifted its veto" stays the earlier opposition, ended (the guide's ended stance); near misses keep the ended stance:
"dropped its objection", "stopped opposing", "ended its support". Checked with the event's status.
"""
from __future__ import annotations

import pytest

from natowatch.extract import extract_events
from tests.extract.conftest import RACE_ARTICLE

CASES = [
    ("un", "Rebeca Grynspan is running. The Americans, in the end, blocked her.",
     ("opposition", "Rebeca Grynspan", "United States", "confirmed")),
    ("un", "The Americans, at the end of the day, blocked Rebeca Grynspan.",
     ("opposition", "Rebeca Grynspan", "United States", "confirmed")),
    ("un", "The Americans ended up blocking Rebeca Grynspan.",
     ("opposition", "Rebeca Grynspan", "United States", "confirmed")),
    ("un", "Russia in the end opposed Rebeca Grynspan.", ("opposition", "Rebeca Grynspan", "Russia", "confirmed")),
    ("nato", "Hungary, in the end, blocked Mark Rutte.", ("opposition", "Mark Rutte", "Hungary", "confirmed")),
    ("nato", "Turkey, by the end of the week, vetoed Mark Rutte.", ("opposition", "Mark Rutte", "Turkey", "confirmed")),
    # near misses: an ended stance, with or without "in the end"
    ("un", "In the end, Turkey lifted its veto on Rebeca Grynspan.", ("opposition", "Rebeca Grynspan", "Turkey", "ended")),
    ("un", "Chile, in the end, stopped opposing Michelle Bachelet.", ("opposition", "Michelle Bachelet", "Chile", "ended")),
    ("un", "In the end, Chile dropped its objection to Michelle Bachelet.",
     ("opposition", "Michelle Bachelet", "Chile", "ended")),
    ("nato", "Hungary, in the end, ended its opposition to Mark Rutte.", ("opposition", "Mark Rutte", "Hungary", "ended")),
    ("nato", "Turkey ended up dropping its veto on Mark Rutte.", ("opposition", "Mark Rutte", "Turkey", "ended")),
    ("nato", "In the end, Hungary withdrew its support for Mark Rutte.", ("endorsement", "Mark Rutte", "Hungary", "ended")),
]


@pytest.mark.parametrize("race,sentence,expected", CASES, ids=[f"{r}|{s[:60]}" for r, s, _ in CASES])
def test_outcome_end_not_ended(story, un_story, race, sentence, expected):
    title, day = RACE_ARTICLE[race]
    events = extract_events(title, sentence, day, story if race == "nato" else un_story)
    stances = {(e.type, e.subject, e.actor, e.status) for e in events if e.type in ("endorsement", "opposition")}
    assert stances == {expected}
