"""Mechanisms added in the ninth round, each tested with invented sentences of both races (none
from a corpus), each with cases that must give an event and cases that must not:

- a negation binds to its own verb: in "has not changed its position and still supports Grossi" the
  second verb, finite or with auxiliaries of its own, is not negated; a bare one shares them;
- a candidate in apposition to one of a counted field ("Grossi, one of the four candidates, ...",
  "the last of the three contenders to speak") is in the race; a hedge keeps it out;
- a colon's list after a count of the field ("leaves three candidates: ...") names candidates in an
  article about the race, and not after an assessing word.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"

NATO = [
    # a negation binds to its own verb
    ("Turkey has not changed its position and still backs Rutte.", {endorse(RUTTE, "Turkey")}),
    ("Hungary did not hesitate and endorsed Iohannis on Monday.", {endorse(IOHANNIS, "Hungary")}),
    ("Slovakia refused to comment and later backed Rutte.", {endorse(RUTTE, "Slovakia")}),
    ("Hungary has not and will not support Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Hungary did not veto Iohannis but does not support Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Turkey has not decided and could back Rutte.", set()),
    ("Romania has not endorsed anyone and may never back Rutte.", set()),
    # one of a counted field
    ("Kallas, one of the three candidates, spoke in Tallinn.", {cand(KALLAS)}),
    ("Iohannis, the last of the three contenders to declare, met Rutte.", {cand(IOHANNIS)}),
    ("Kallas, one of the possible candidates, spoke in Tallinn.", set()),
    # a colon's list after a count
    ("The withdrawal leaves two candidates: Rutte and Iohannis.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Analysts see two possible candidates: Rutte and Kallas.", set()),
]

UN = [
    ("Panama says it has not changed its position and still supports Bachelet.", {endorse(BACHELET, "Panama")}),
    ("Brazil has not wavered and backs Bachelet.", {endorse(BACHELET, "Brazil")}),
    ("Argentina has not and will not endorse Bachelet.", {oppose(BACHELET, "Argentina")}),
    ("Russia would not veto Grossi and back Bachelet.", {oppose(BACHELET, "Russia")}),
    ("Chile has not decided and might support Grossi.", set()),
    ("Grossi, the first of the four candidates to appear, spoke of reform.", {cand(GROSSI)}),
    ("Bachelet, one of two candidates from Latin America, met the Council.", {cand(BACHELET)}),
    ("Bachelet, one of the likely candidates, met the Council.", set()),
    ("Her exit leaves three candidates: Grossi, Bachelet and a late entrant.", {cand(GROSSI), cand(BACHELET)}),
    ("Diplomats name three potential candidates: Grossi, Bachelet and Mottley.", set()),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:50] for c in NATO])
def test_round7_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, dt.date(2024, 5, 16)) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:50] for c in UN])
def test_round7_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 3, 10)) == expected
