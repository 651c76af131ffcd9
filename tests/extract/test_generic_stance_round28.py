"""The recall-first frame of stances (session 28, gen28s): invented grids in both races (no corpus sentence), forms x
inserts x near-misses (about half give no event).

- frames/generic_stance.py: a few wide rules read after every specific family, each running the check of its specific
  twin (stance_checks), so what blocks a specific finding blocks the generic one: an active predicate with plain words
  between it and the candidate ("lent its full support in recent days to X"), a passive with an aside or adverbials
  round its participle ("X, the former minister, was in the end backed by A", "was, as expected, formally endorsed
  by A"), its agents coordinated by "both", the candidate's bid fronted in a relative clause ("X, whose candidacy A
  backs,"), standing behind a candidate after any form of "be" ("has long been behind X"), a stance noun that came
  from its giver ("Support for X has since come from A"), a refusal noun its giver modifies with no possessive ("a
  Polish refusal to back X"); not where scope reads the wide slot (a negation, a modal, a report), nor a matter other
  than the bid, nor a predicate a specific rule's pattern read and refused (events.py, the `generic` trait);
- scope: a time or a manner of up to three phrases between an asserting verb and its infinitive ("decided earlier this
  month to back X", "agreed at the summit in June to back Y"); a modal of a clause a colon closed governs nothing
  after it ("It would surprise no one: A said that it would not support X"); a second "that" clause of a report goes
  on with the report when the first had no "that" ("said X would be a strong candidate and that A would support
  her").
"""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events
from tests.extract.conftest import RACE_ARTICLE, E, O
from tests.extract.test_nominal_round26 import RACES, _cases

# ---------------------------------------------------------------- the generic frame

WIDE = [
    ("{A} has lent its full support in recent days to {C}{ins}.", lambda w: {E(w["C"], w["A"])}),
    ("{C}, the former minister, was in the end backed{ins} by {A}.", lambda w: {E(w["C"], w["A"])}),
    ("{C} was, as expected, formally endorsed{ins} by {A}.", lambda w: {E(w["C"], w["A"])}),
    ("{C} has been endorsed{ins} by both {A} and {B}.", lambda w: {E(w["C"], w["A"]), E(w["C"], w["B"])}),
    ("{C}'s bid was rejected{ins} by both {A} and {B}.", lambda w: {O(w["C"], w["A"]), O(w["C"], w["B"])}),
    ("{C}, whose bid {A} backs, spoke to reporters{ins}.", lambda w: {E(w["C"], w["A"])}),
    ("{C}, whose bid {A} strongly opposes, spoke to reporters{ins}.", lambda w: {O(w["C"], w["A"])}),
    ("{A} has long been behind {C}{ins}.", lambda w: {E(w["C"], w["A"])}),
    ("Support for {C} has since come from {A}{ins}.", lambda w: {E(w["C"], w["A"])}),
]
WIDE_NEAR = [
    "{A} has not lent its full support in recent days to {C}{ins}.",
    "{A} may lend its full support in recent days to {C}{ins}.",
    "{A} has lent its full support in recent days to the reform of the Council{ins}.",
    "{C}, the former minister, was in the end criticised{ins} by {A}.",
    "{C} would be endorsed{ins} by both {A} and {B}.",
    "{C} has been endorsed{ins} by both analysts and diplomats.",
    "{C}, whose plan {A} backs, spoke to reporters{ins}.",
    "{C}, whose bid {A} has not yet backed, spoke to reporters{ins}.",
    "{C}, whose bid {A} might back, spoke to reporters{ins}.",
    "{A} is not behind {C}{ins}.",
    "{A} has long been behind the plan of {C}{ins}.",
    "Support for {C} could come from {A}{ins}.",
    "Support for the plan has since come from {A}{ins}.",
    "Criticism of {C} has come from {A}{ins}.",
]


@_cases((WIDE, WIDE_NEAR))
def test_generic_frame(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected


# the giver as a modifier of a refusal noun (a demonym of each race's state)
REFUSAL_NOUN = {
    "nato": [("Rutte had been hit by a Polish refusal to back him in June.", {O("Mark Rutte", "Poland")}),
             ("The Polish refusal to support Mark Rutte came as no surprise.", {O("Mark Rutte", "Poland")}),
             ("A Polish refusal to back Mark Rutte would be a blow.", set()),
             ("The Polish refusal to back the plan surprised Mark Rutte.", set())],
    "un": [("Grynspan had been hit by a Colombian refusal to back her in June.", {O("Rebeca Grynspan", "Colombia")}),
           ("The Colombian refusal to support Rebeca Grynspan came as no surprise.", {O("Rebeca Grynspan", "Colombia")}),
           ("A Colombian refusal to back Rebeca Grynspan would be a blow.", set()),
           ("The Colombian refusal to back the plan surprised Rebeca Grynspan.", set())],
}


@pytest.mark.parametrize("race,sentence,expected", [(r, s, e) for r, cases in REFUSAL_NOUN.items() for s, e in cases])
def test_refusal_noun_modified(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected


# ---------------------------------------------------------------- scope readers

SCOPE = [
    ("{A} decided earlier this month to back {C}{ins}.", lambda w: {E(w["C"], w["A"])}),
    ("{A} agreed at the summit in June to back {C}{ins}.", lambda w: {E(w["C"], w["A"])}),
    ("{A} decided in the end to oppose {C}{ins}.", lambda w: {O(w["C"], w["A"])}),
    ("It would surprise no one: {A} said{ins} that it would not support {C}.", lambda w: {O(w["C"], w["A"])}),
    ("The foreign minister of {A} said{ins} {C} would be a strong candidate and that {A} would support {pron}.",
     lambda w: {E(w["C"], w["A"])}),
]
SCOPE_NEAR = [
    "{A} decided earlier this month to ask {B} whether it would back {C}{ins}.",
    "{A} wants {B} to back {C}{ins}.",
    "It would surprise no one if {A} backed {C}{ins}.",
    "The foreign minister of {A} said{ins} {C} would be a strong candidate and that {A} could support {pron} if asked.",
    "Analysts said{ins} {C} would be a strong candidate and that {A} would support {pron}.",
]


@_cases((SCOPE, SCOPE_NEAR))
def test_scope_readers(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
