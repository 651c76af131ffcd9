"""Scope readers widened in session 28 (gen28s): invented grids in both races (no corpus sentence), forms x inserts x
near-misses (about half give no event).

- a time or a manner of up to three phrases between an asserting verb and its infinitive ("decided earlier this month
  to back X", "agreed at the summit in June to back Y"; Scope.infinitive_ok);
- a modal of a clause a colon closed governs nothing after it ("It would surprise no one: A said that it would not
  support X");
- a second "that" clause of a report goes on with the report when the first had no "that" ("said X would be a strong
  candidate and that A would support her"; continued_report).

(The session's generic stance frame, frames/generic_stance.py, was taken out again: on seven fresh blind sets it made
one event, a false one, and no true one.)
"""
from __future__ import annotations

from tests.extract.conftest import E, O
from tests.extract.frames.test_passive_nominal_stances import _cases

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
