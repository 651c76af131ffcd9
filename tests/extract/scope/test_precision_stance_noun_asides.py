"""Precision scopes of the twenty-fourth round (scope24, issue 12), tested with a grid of invented forms in both
races (stance nouns x asides x predicates, and near-misses that must give NO event); none is a corpus sentence:

- a stance noun phrase's own predicate is read past an aside set off by commas after it (a participle, a noun phrase
  or a relative clause on it): "S's backing for X, sought in talks on Tuesday, has not yet been given", "Support for
  X from S, the subject of weeks of talks, is still missing" give none; "..., came through on Tuesday" keeps it
  (frames/stance_checks._noun_predicate);
- a stance said not to be ruled out or excluded is only possible: "S's veto of X was not ruled out by its envoy"
  (lexicon cues unassured_predicates);
- an approximation before the verb of a multiword predicate whose noun is the trigger: "S almost came out in favour
  of X", "nearly threw its weight behind X" give none; "almost certainly backs" keeps it (scope.approximation);
- a leaving said not to be possible before its subject and gerund: "There is no question of X abandoning her bid"
  is a refused leaving (a candidacy), "little chance of X pulling out" gives nothing (frames/withdrawal._NO_CHANCE_OF);
- a noun or participle phrase in apposition to a state subject ("S, a founding member of <bloc>, has signed on to
  X's campaign", "S, a neighbour of S2, backed X", "S, breaking ranks with S2, declared for X"): its states do not
  act (spans.subject_insertions, _APPOSED_INSERTION); states joined to the subject still do ("S and S2 backed X").
"""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose
from tests.extract.conftest import event_keys

TITLES = {"nato": "The race to lead NATO", "un": "The race for UN Secretary-General"}
DAYS = {"nato": dt.date(2024, 5, 16), "un": dt.date(2026, 3, 10)}
PEOPLE = {"nato": dict(C="Klaus Iohannis", S="Hungary", Sadj="Hungarian", S2="Germany", B=None, his="his"),
          "un": dict(C="Rebeca Grynspan", S="Guyana", Sadj="Guyanese", S2="Brazil", B="CARICOM", his="her")}

NOUNS = ["{S}'s backing for {C}", "Support for {C} from {S}", "{Sadj} endorsement of {C}"]
ASIDES = ["", ", sought in talks on Tuesday,", ", requested in a letter last month,", ", the subject of weeks of talks,"]
UNSTATED = ["has not yet been given.", "is still missing.", "has yet to materialise.", "has not been forthcoming."]
STATED = ["was announced on Monday.", "came through on Tuesday."]


def _nominal_grid():
    for race, p in PEOPLE.items():
        for noun, aside in itertools.product(NOUNS, ASIDES):
            for pred in UNSTATED + STATED:
                text = f"{noun}{aside} {pred}".format(**p)
                yield race, text[0].upper() + text[1:], set() if pred in UNSTATED else {endorse(p["C"], p["S"])}


def _scope_cases():
    for race, p in PEOPLE.items():
        f = lambda t: t.format(**p)
        C, S, S2 = p["C"], p["S"], p["S2"]
        yield race, f("{S}'s veto of {C} was not ruled out by its envoy on Monday."), set()
        yield race, f("A {Sadj} veto of {C}, long threatened, has not been ruled out."), set()
        yield race, f("{S} vetoed {C} on Monday."), {oppose(C, S)}
        yield race, f("{S} almost came out in favour of {C}."), set()
        yield race, f("{S} nearly threw its weight behind {C}."), set()
        yield race, f("{S} came out in favour of {C}."), {endorse(C, S)}
        yield race, f("{S} almost certainly backs {C}, officials said."), {endorse(C, S)}
        yield race, f("There is no question of {C} abandoning {his} bid, {his} spokesman said."), {cand(C)}
        yield race, f("There is no question of {C} pulling out of the race."), {cand(C)}
        yield race, f("There is little chance of {C} pulling out of the race before the vote."), set()
        yield race, f("{C} pulled out of the race on Monday."), {("withdrawal", C, None)}
        yield race, f("{S}, a neighbour of {S2}, backed {C}."), {endorse(C, S)}
        yield race, f("{S}, a close partner of {S2}, has signed on to {C}'s campaign."), {endorse(C, S)}
        yield race, f("{S}, breaking ranks with {S2}, declared for {C}."), {endorse(C, S)}
        yield race, f("{S} and {S2} backed {C}."), {endorse(C, S), endorse(C, S2)}
        if p["B"]:
            yield race, f("{S}, a founding member of {B}, has signed on to {C}'s campaign."), {endorse(C, S)}
            yield race, f("{S}, one of the smaller members of {B}, backed {C}."), {endorse(C, S)}


@pytest.mark.parametrize("race,text,expected", list(_nominal_grid()) + list(_scope_cases()))
def test_precision_scope_round24(story, un_story, race, text, expected):
    assert event_keys(story if race == "nato" else un_story, TITLES[race], text, DAYS[race]) == expected
