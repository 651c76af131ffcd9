"""Mechanisms of the fourteenth round's second slice (nato14), from a second reading's findings, tested with
invented sentences of both races, with cases that must give an event and cases that must not:

- a stance contrasted with another actor's negated auxiliary ("X backs her, whereas Y did not") is Y's
  refusal only with "did / does / will / would / could / cannot not": "has not" and "is not" are a stance not
  (yet) taken, no event (the guide);
- "in an apparent reference to X" is the reporter's guess, and "a candidate who ..." a profile: neither makes
  the stance one on X;
- "our candidate for <another post>" in a state's quotation is not its candidate in the race;
- a state's opposition camp ("Colombian opposition senator X", "Slovakia's main opposition party") does not
  speak for the state; "Hungary's opposition to Rutte" stays the state's stance;
- one candidate "running against" another, or "facing" them "in the race", states both candidacies; a
  hyphenated candidate noun before a name ("the main counter-candidate, X") is a label like "candidate".
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)

NATO = [
    ("Germany backs Rutte, whereas Hungary does not.", {endorse(RUTTE, "Germany"), oppose(RUTTE, "Hungary")}),
    ("Germany has endorsed Rutte, whereas Hungary has not.", {endorse(RUTTE, "Germany")}),
    ("Germany backs Rutte, while Hungary is not.", {endorse(RUTTE, "Germany")}),
    ("Turkey said it would back a candidate who respects its interests, referring to Rutte.", set()),
    ("Hungary will never support a man who humiliated it, in an apparent reference to Rutte.", set()),
    ("Hungarian opposition leader Peter Magyar said he backs Rutte.", set()),
    ("Slovakia's main opposition party does not support Rutte.", set()),
    ("Hungary's opposition to Rutte ended on Tuesday.", {oppose(RUTTE, "Hungary")}),
    ("Iohannis is running against Rutte.", {cand(IOHANNIS), cand(RUTTE)}),
    ("Iohannis takes on Rutte for the NATO post.", {cand(IOHANNIS), cand(RUTTE)}),
    ("Rutte faced Iohannis at the summit in Vilnius.", set()),
    ("Iohannis ran against Rutte in a televised debate.", set()),
    ("Iohannis could face Rutte in the race.", set()),
    ("The main counter-candidate, Iohannis, has little support.", {cand(IOHANNIS)}),
    ("Hungary opposes the main counter-candidate, Iohannis.", {oppose(IOHANNIS, "Hungary")}),
]

UN = [
    ("Mexico has endorsed Bachelet, whereas Chile has not.", {endorse(BACHELET, "Mexico")}),
    ("Brazil backed Bachelet, whereas Chile did not.", {endorse(BACHELET, "Brazil"), oppose(BACHELET, "Chile")}),
    ("Brazil backs Bachelet, whereas Chile will not.", {endorse(BACHELET, "Brazil"), oppose(BACHELET, "Chile")}),
    ("Russia said it would back a candidate who respects sovereignty, referring to Grossi.", set()),
    ('Argentina\'s foreign minister said: "Our candidate for the IAEA board chair has the support of Brazil."', set()),
    ('Argentina\'s foreign minister said: "Our candidate for the post has the support of Brazil."',
     {endorse(GROSSI, "Brazil")}),
    ("Colombian opposition senator Maria Cabal said she does not support Bachelet.", set()),
    ("Maria Cabal, a Colombian opposition senator, said she does not support Bachelet.", set()),
    ("Grossi is running against Bachelet.", {cand(GROSSI), cand(BACHELET)}),
    ("Bachelet faces Grossi in the race.", {cand(GROSSI), cand(BACHELET)}),
    ("Grossi ran against Bachelet in the 2019 election.", set()),
    ("Grossi faced Bachelet at a conference in Geneva.", set()),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:60] for c in NATO])
def test_round14_second_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:60] for c in UN])
def test_round14_second_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
