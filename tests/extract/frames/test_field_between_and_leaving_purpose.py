"""Recall on fresh text, session 33 (miss33, issue 12): invented grids in both races (forms x near misses), none a
corpus sentence.

- a race "between" its people counted before a colon or a dash ("a two-way fight between two women: A and B"): both in
  the race, as "between A and B" is;
- an item of a semicolon list is read (and dated) at its own name: the year of the item before ("A, who has chaired
  the agency since 2019; B, ...") is not its date, so it is not left out as an event of an earlier race;
- a bare leaving verb followed by its purpose ("was withdrawing so that the council can agree", "pulled out in order
  to ...", also inside a quotation) leaves the race as one followed by its reason ("because") does; a noun of its own
  as the reported verb's subject ("he said the mission was withdrawing") is who leaves, not the candidate.
"""
from __future__ import annotations

import pytest


def _grid(races, true_forms, false_forms):
    """(race, sentence, expected) of each form filled with each race's names: True for `true_forms`."""
    return [(r, t.format(**p), s) for r, p in races.items() for forms, s in ((true_forms, True), (false_forms, False))
            for t in forms]

RACES = {
    "nato": dict(A="Mark Rutte", a="Rutte", B="Klaus Iohannis", b="Iohannis", D="Kaja Kallas", d="Kallas", he="he"),
    "un": dict(A="Rebeca Grynspan", a="Grynspan", B="Rafael Grossi", b="Grossi", D="Michelle Bachelet", d="Bachelet",
               he="he"),
}

def _in_race(race_keys, race, text, *roles):
    """Whether the text states the candidacy of each of the race's people named by `roles`."""
    keys = race_keys(race, text)
    return [("candidacy", RACES[race][r], None) in keys for r in roles]


# ---------------------------------------------------------------- a race between its counted people, after a colon

BETWEEN_STATED = [
    "The race has become a contest between two people: {a} and {b}.",
    "It is now a straight race between the two finalists - {a} and {b}.",
    "The contest is down to a duel between two men: {a} and {b}, who met on Monday.",
    "What remains is a race between the last two candidates: {a} and {b}.",
    "Diplomats describe a contest between three people: {a}, {b} and {d}.",
]
BETWEEN_NOT = [
    "A contest between two people: {a} and {b} would be close, diplomats said.",
    "The talks between two people: {a} and {b} ended without a deal.",
    "The talks between the two envoys - {a} and {b} - ended on Monday.",
    "A meeting between two ministers: {a} and {b} was called off.",
    "A debate between two men: {a} and {b} was held on Monday.",
    "The race is between two possible candidates: {a} and {b}.",
    "It is now a straight race between the two likely finalists - {a} and {b}.",
    "Diplomats see a race between two potential candidates: {a} and {b}.",
    "The contest is down to a duel between two rumoured candidates: {a} and {b}.",
    "What remains is a race between two prospective candidates: {a} and {b}.",
]


@pytest.mark.parametrize("race,text,stated", _grid(RACES, BETWEEN_STATED, BETWEEN_NOT))
def test_race_between_counted_people(race_keys, race, text, stated):
    assert _in_race(race_keys, race, text, "A", "B") == [stated, stated]


# ---------------------------------------------------------------- a semicolon item dated at its own name

ITEMS_STATED = [
    "Three candidates are in the race: {a}, a lawyer who has chaired the agency since 2019; {b}, a diplomat; and {d}, "
    "a former minister.",
    "The three candidates are {a}, who has led the bank since 2018; {b}, a veteran envoy; and {d}, a former premier.",
    "Three people are now in the race: {a}, an economist who has run a fund since 2020; {b}, the envoy; and {d}.",
    "The candidates are {a}, in office since 2017; {b}, a diplomat; and {d}, an economist.",
    "The declared candidates are {a}, a judge since 2015; {b}, a former minister; and {d}, an academic.",
]
ITEMS_NOT = [
    "The possible candidates are {a}, a lawyer who has chaired the agency since 2019; {b}, a diplomat; and {d}, "
    "a former minister.",
    "The candidates could be {a}, who has led the bank since 2018; {b}, a veteran envoy; and {d}, a former premier.",
    "The guests were {a}, a lawyer who has chaired the agency since 2019; {b}, a diplomat; and {d}, a former minister.",
    "The speakers at the dinner were {a}, in office since 2017; {b}, a diplomat; and {d}, an economist.",
    "The likely candidates are {a}, a judge since 2015; {b}, a former minister; and {d}, an academic.",
]


@pytest.mark.parametrize("race,text,stated", _grid(RACES, ITEMS_STATED, ITEMS_NOT))
def test_list_item_dated_at_its_own_name(race_keys, race, text, stated):
    assert _in_race(race_keys, race, text, "B", "D") == [stated, stated]


# ---------------------------------------------------------------- a bare leaving verb with its purpose

LEAVING_STATED = [
    "{b} kept going for a week. On Friday {he} announced that {he} was withdrawing so that the council could agree.",
    "{b} kept going for a week. On Friday {he} said {he} was withdrawing \"so that the allies can move on\".",
    "{b} kept going for a week. Then {he} withdrew in order to spare the council another vote.",
    "{b} kept going for a week. On Friday {he} withdrew so as to let the members decide quickly.",
    "{b} kept going for a week. {b} withdrew on Friday so that a consensus could form.",
]
LEAVING_NOT = [
    "{b} kept going for a week. On Friday {he} said the mission was withdrawing so that the inspectors could leave.",
    "{b} kept going for a week. On Friday {he} said the agency was withdrawing because of the fighting.",
    "{b} kept going for a week. On Friday {he} was withdrawing cash so that the staff could be paid.",
    "{b} kept going for a week. {he} refused to say whether {he} was withdrawing so that others could run.",
    "{b} kept going for a week. {he} threatened to withdraw so that the council would listen.",
]


@pytest.mark.parametrize("race,text,left", _grid(RACES, LEAVING_STATED, LEAVING_NOT))
def test_leaving_with_its_purpose(race_keys, race, text, left):
    p = RACES[race]
    assert (("withdrawal", p["B"], None) in race_keys(race, text)) is left


# ---------------------------------------------------------------- an ended opposition joined to a "would" of support

STATES = {"nato": dict(C="Mark Rutte", c="Rutte", S="Hungary", Y="Klaus Iohannis", y="Iohannis", T="Romania"),
          "un": dict(C="Rebeca Grynspan", c="Grynspan", S="Brazil", Y="Michelle Bachelet", y="Bachelet", T="Chile")}

ENDED_THEN_BACKS = [
    "{S} had lifted its objections and would back {C}.",
    "{S} had dropped its opposition and would now support {c}.",
    "{S} withdrew its veto, and would vote for {C}.",
    "{c} is the favourite. {S} had lifted its objections and would back {c}.",
    "{S} had abandoned its resistance and would then support {C}, officials said.",
]
ENDED_THEN_NOT = [
    "{S} would lift its objections and would back {C}.",
    "{S} could drop its opposition and would then support {c}.",
    "{S} had lifted its objections and would have backed {C}.",
    "{S} had voiced its objections and would back {C} only under pressure.",
    "{S} wants to drop its veto and would support {C}.",
]


@pytest.mark.parametrize("race,text,backs", _grid(STATES, ENDED_THEN_BACKS, ENDED_THEN_NOT))
def test_ended_opposition_then_would_back(race_keys, race, text, backs):
    p = STATES[race]
    keys = race_keys(race, text)
    assert (("endorsement", p["C"], p["S"]) in keys) is backs
    if backs:       # (the objections lifted are told as fact in "had lifted ... and would have backed" too)
        assert ("opposition", p["C"], p["S"]) in keys


# ---------------------------------------------------------------- a leaving told as the circumstance of a stance

CIRCUMSTANCE_LEFT = [
    "After {y} quit, {T} threw its support behind {C}.",
    "Once {y} was out, {T} came out for {C}.",
    "With {y} out, {T} backed {C} on Monday.",
    "Once {y} had withdrawn, {T} endorsed {C}.",
    "After {y} finally pulled out, {c} was the only name left for the post.",
]
CIRCUMSTANCE_NOT = [
    "When {y} quit, the coalition collapsed.",
    "Once {y} was out of the country, {T} backed {C}.",
    "After {y} quit as party leader, {T} backed {C}.",
    "Once {y} is out, {T} will back {C}.",
    "Once {y} withdraws, {T} will back {C}.",
    "Once {y} quit, {T} would back {C}.",
    "Once {y} had quit, {T} would back {C}.",
    "After {y} quit, {T} might endorse {C}, diplomats said.",
    "When {y} quit, {T} could back {C}.",
    "Once {y} was out, {T}'ll back {C}.",
]


@pytest.mark.parametrize("race,text,left", _grid(STATES, CIRCUMSTANCE_LEFT, CIRCUMSTANCE_NOT))
def test_leaving_told_as_circumstance(race_keys, race, text, left):
    p = STATES[race]
    assert (("withdrawal", p["Y"], None) in race_keys(race, text)) is left


# ---------------------------------------------------------------- a stance whose time is still to come

AHEAD_NOT = [
    "{T} will support {C} once {y} withdraws, local media reported.",
    "{T} will back {C} as soon as {y} is out.",
    "{T} is to endorse {C} once {y} pulls out.",
    "{T} will throw its weight behind {C} once {y} steps aside.",
    "{T} will vote for {C} as soon as {y} quits.",
]
AHEAD_STATED = [
    "{T} backed {C} once {y} had withdrawn.",
    "{T} backed {C} once again on Monday.",
    "{T} backs {C} once more, its president said.",
    "{T} endorsed {C} as soon as {y} had pulled out.",
    "{T} will back {C}, its foreign minister said on Monday.",
    "{T} backs {C} once again says its president.",
    "{T} supports {C} once more says the government.",
    "{T} endorses {C} once again writes the daily.",
    "{T} backs {C} once more tells the state radio.",
    "{T} will back {C} once again says its foreign minister.",
]


@pytest.mark.parametrize("race,text,stated", _grid(STATES, AHEAD_STATED, AHEAD_NOT))
def test_stance_with_its_time_ahead(race_keys, race, text, stated):
    p = STATES[race]
    assert (("endorsement", p["C"], p["T"]) in race_keys(race, text)) is stated
