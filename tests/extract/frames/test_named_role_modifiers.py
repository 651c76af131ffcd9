"""The role a state gives the one it names, one list of modifiers, session 36 (mend36, review35 finding 7, issue 12):
"S announced its sole candidate, X" (frames/candidacy.py candidacy_announced_own) and "S named X as its sole candidate"
(frames/vocab.py named_role) read the same lexicon list, candidacy.named_role_modifiers (own, official, formal, joint,
sole, chosen); before, the second knew only own/official/formal, so "named X as its sole / joint / chosen candidate"
gave a bare candidacy and no nomination (the guide: a state naming its candidate is a candidacy and its backing).
Near misses: a modal, an expectation, a negation, another post. Invented grid in both races."""
from __future__ import annotations

import pytest

RACES = {"nato": dict(A="Mark Rutte", S="the Netherlands", SV="Netherlands"),
         "un": dict(A="Michelle Bachelet", S="Chile", SV="Chile")}
NOMINATED = [
    "{S} named {A} as its sole candidate.",
    "{S} has named {A} as its chosen candidate.",
    "{S} on Monday named {A} as its joint candidate.",
    "{S} announced its sole candidate, {A}.",
    "{S} unveiled its chosen candidate, {A}, on Tuesday.",
]
NOT_NOMINATED = [
    "{S} could name {A} as its sole candidate.",
    "{S} is expected to name {A} as its chosen candidate.",
    "{S} has not named {A} as its sole candidate.",
    "{S} named {A} as its sole candidate for the IMF post.",
    "{S} might announce its sole candidate, {A}, next month.",
]


@pytest.mark.parametrize("race,form,stated", [(r, f, s) for r in RACES for forms, s in ((NOMINATED, True), (NOT_NOMINATED, False))
                                              for f in forms])
def test_named_role_modifiers(race_keys, race, form, stated):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    if stated:
        assert ("endorsement", p["A"], p["SV"]) in keys and ("candidacy", p["A"], None) in keys
    else:
        assert ("endorsement", p["A"], p["SV"]) not in keys
