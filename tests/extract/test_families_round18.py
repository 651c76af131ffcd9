"""Families of extraction that broke on fresh text (round 18, red18): invented sentences of both races, one
block per mechanism, about half of each stating an event and the rest near-misses that must give none.

- a state joining a stance later ("..., followed a week later by Estonia"), also after the post named as what
  the stance is for, and with a refusal;
- a leaving verb with material between its parts: a participle clause of what the leaving did to the race
  (", clearing the way for X", ", conceding that ...") after "stepped/stood aside" with or without a date,
  "stood down from the race"; not a gerund with its own object ("stepped aside from running the agency").
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 4, 12), dt.date(2026, 6, 12)
RUTTE, IOHANNIS, KALLAS, KARINS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Krisjanis Karins"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"

NATO_CASES = [
    # ---- a state joining the stance later
    ("Denmark endorsed Karins for NATO secretary general, followed a week later by Estonia and Finland.",
     {endorse(KARINS, "Denmark"), endorse(KARINS, "Estonia"), endorse(KARINS, "Finland")}),
    ("Slovakia said it could not back Rutte, followed two days later by Hungary.",
     {oppose(RUTTE, "Slovakia"), oppose(RUTTE, "Hungary")}),
    ("Denmark endorsed Karins, followed in time by a surge of interest from reporters in Finland.",
     {endorse(KARINS, "Denmark")}),
    ("Denmark endorsed Karins on Monday, a move followed closely by officials in Estonia.",
     {endorse(KARINS, "Denmark")}),
    # ---- leaving the race with material between the verb's parts
    ("Karins stood aside on Friday, paving the way for Rutte to take over the alliance.", {withdraw(KARINS)}),
    ("Iohannis stepped aside, conceding that his rival had secured the backing of every ally.", {withdraw(IOHANNIS)}),
    ("Kallas stood down from the race for NATO secretary general in April.", {withdraw(KALLAS)}),
    ("Rutte stood aside on Friday, paving the way for his deputy to lead the caretaker cabinet.", set()),
    ("Kallas stood down as party chair in April, the party said.", set()),
    ("Iohannis stepped aside temporarily from running the Romanian presidency during his surgery.", set()),
]

UN_CASES = [
    # ---- a state joining the stance later
    ("Brazil publicly backed Bachelet for UN secretary-general, followed soon afterwards by Mexico.",
     {endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("Chile endorsed Grossi, a decision followed within days by protests in Uruguay.", {endorse(GROSSI, "Chile")}),
    # ---- leaving the race with material between the verb's parts
    ("Grynspan stood aside on Tuesday, clearing the way for Bachelet to face Grossi.", {withdraw(GRYNSPAN)}),
    ("Grossi stepped aside two days later, acknowledging that the straw polls had gone against him.",
     {withdraw(GROSSI)}),
    ("Bachelet stood down from the contest for UN secretary-general.", {withdraw(BACHELET)}),
    ("Grynspan stepped aside from running the trade agency in May, her office said.", set()),
    ("Grossi stepped aside on Tuesday, clearing the way for his deputy to chair the board meeting.", set()),
    ("Bachelet stood down as chair of the panel, acknowledging her busy schedule.", set()),
]


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_families(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_families(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
