"""Ended agents and lists of candidates, session 34 (cons34, issue 12): invented grids in both races (forms x near
misses), none a corpus sentence.

- a state in apposition to an agent noun of a stance it no longer holds, or held long ("Romania, once a keen backer of
  X,", "Hungary, a former opponent of X,", "S, once X's loudest champion in the race,") states the earlier stance (the
  guide's ended stance): an opposition agent as an endorsement one is, also with "for" ("a cheerleader for X"), and
  the apposition fronted before its state ("Once a vocal supporter of X, S now says ..."); a guessed agent ("a possible
  opponent") or another's ("a supporter of X's rival Y") is none of X, nor is a critic or a sceptic of X ("S, a fierce
  critic of X,": no refusal of support, the guide's opposition);
- "they" right after the reporting verb of a list of candidates that is its subject ("A and B (both) said they are
  running") is each of them; a denial, a negation or a condition of the clause after it still binds.
"""
from __future__ import annotations

import pytest

RACES = {
    "nato": dict(A="Mark Rutte", a="Rutte", B="Klaus Iohannis", D="Kaja Kallas", S="Hungary", T="Romania"),
    "un": dict(A="Rebeca Grynspan", a="Grynspan", B="Rafael Grossi", D="Michelle Bachelet", S="Brazil", T="Mexico"),
}


def _stance_of(race_keys, race, text):
    """The stance types the text gives S on the race's candidate A."""
    p = RACES[race]
    return sorted(t for t, subject, actor in race_keys(race, text) if subject == p["A"] and actor == p["S"])


# ---------------------------------------------------------------- agents of an ended or long-held stance in apposition

AGENTS = [
    ("{S}, once a keen backer of {A}, now champions another candidate.", "endorsement"),
    ("{S}, a former opponent of {A}, said on Friday that it was still weighing its options.", "opposition"),
    ("{S}, once an opponent of {A}, is now neutral.", "opposition"),
    ("{S}, once a cheerleader for {A}, now says only that it will respect the final choice.", "endorsement"),
    ("Once a vocal supporter of {A}, {S} now says it will go along with the majority.", "endorsement"),
    ("{S}, once {A}'s loudest champion in the race, has gone quiet.", "endorsement"),
    ("{S}, long an opponent of {A}, met the other envoys on Monday.", "opposition"),
    ("{S}, long the main obstacle to {A}, met the other envoys on Monday.", "opposition"),
]
AGENTS_NOT = [
    "{S}, a possible opponent of {A}, met the other envoys on Monday.",
    "{S}, a would-be backer of {A}, met the other envoys on Monday.",
    "{S}, a supporter of {A}'s rival {D}, met the other envoys on Monday.",
    "{S}, once the host of {A}, met the other envoys on Monday.",
    "Once a vocal critic of the plan, {S} now says it will go along with the majority.",
    "{S}, once a potential champion of {A}, has gone quiet.",
    "Once a likely supporter of {A}, {S} now says it will go along with the majority.",
    # (a critic or a sceptic of the person states no stance on the post: the guide's opposition is an explicit refusal
    # of support; review34 finding 7)
    "{S}, long a critic of {A}, met the other envoys on Monday.",
    "{S}, a fierce critic of {A}, said it was pleased.",
    "{S}, the main critic of {A} in the EU, said it was pleased.",
    "{S}, a sceptic of {A} at the EU summit, said it was pleased.",
    "Once a fierce critic of {A}, {S} now says it will go along with the majority.",
]


@pytest.mark.parametrize("race,form,stance", [(r, f, [s]) for r in RACES for f, s in AGENTS]
                         + [(r, f, []) for r in RACES for f in AGENTS_NOT])
def test_agent_in_apposition(race_keys, race, form, stance):
    assert _stance_of(race_keys, race, form.format(**RACES[race])) == stance


# ---------------------------------------------------------------- "they" after a list of candidates' reporting verb

THEY_RUN = [
    "{A} and {B} said they are running.",
    "{A} and {B} both confirmed they are running.",
    "{A} and {B} both said they will run.",
    "{A} and {B} have said they want the job.",
    "{A} and {B} confirmed on Monday that they are running.",
]
THEY_RUN_NOT = [
    "{A} and {B} denied they are running.",
    "{A} and {B} said they had not decided whether to run.",
    "{A} and {B} said they are not running.",
    "{A} and {B} said they could run if asked.",
    "{A} and {B} said they are running their agencies as usual.",
]


@pytest.mark.parametrize("race,form,stated", [(r, f, s) for r in RACES for forms, s in ((THEY_RUN, True),
                                                                                       (THEY_RUN_NOT, False))
                                              for f in forms])
def test_they_after_a_list_of_candidates(race_keys, race, form, stated):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    assert [("candidacy", p[c], None) in keys for c in ("A", "B")] == [stated, stated]


# a bracket after the list's first name ("D (party), A and B said they ...") breaks the list's mention group: the
# group after it is no whole subject, so "they" is not read as that group alone and D keeps its candidacy
THEY_RUN_BRACKET = [
    "{D} (Reform), {A} and {B} have said they want the job.",
    "{D} (67), {A} and {B} both said they will run.",
    "{D} (independent), {A} and {B} confirmed on Monday that they are running.",
    "{D}, {A} and {B} said they are running.",
]
THEY_RUN_BRACKET_NOT = [
    "{D} (Reform), {A} and {B} said they are not running.",
    "{D} (67), {A} and {B} denied they are running.",
    "{D} (independent), {A} and {B} said they could run if asked.",
]


@pytest.mark.parametrize("race,form,stated", [(r, f, s) for r in RACES for forms, s in ((THEY_RUN_BRACKET, True),
                                                                                       (THEY_RUN_BRACKET_NOT, False))
                                              for f in forms])
def test_they_after_a_list_with_a_bracket(race_keys, race, form, stated):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    assert [("candidacy", p[c], None) in keys for c in ("D", "A", "B")] == [stated] * 3


# the list before the bracket must open the sentence: a name that is another verb's object keeps no candidacy
AFTER_OBJECT = [
    "Asked about {D} (67), {A} and {B} said they are running.",
    "Talks with {D} (Reform), {A} and {B} both said they will run.",
]


@pytest.mark.parametrize("race,form", [(r, f) for r in RACES for f in AFTER_OBJECT])
def test_a_bracketed_name_before_the_list_that_opens_no_sentence(race_keys, race, form):
    p = RACES[race]
    assert ("candidacy", p["D"], None) not in race_keys(race, form.format(**p))
