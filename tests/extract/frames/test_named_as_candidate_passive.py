"""The naming verbs' passive, session 34 (cons34, issue 12): "X was named by S (on Monday) as its candidate (for the
post)" is X's candidacy and S's backing (the guide's nomination), as "S named X as its candidate" is; another role, another
post, a modal or an expectation is none. Invented grids in both races, half near misses."""
from __future__ import annotations

import pytest

RACES = {"nato": dict(A="Mark Rutte", S="Netherlands"), "un": dict(A="Rebeca Grynspan", S="Costa Rica")}
NAMED = [
    "{A} was named by {S} as its candidate.",
    "{A}, who has held several posts, was named by {S} on Monday as its candidate for the top job.",
    "{A} was chosen by {S} as its official candidate.",
    "{A} has been designated by {S} as its candidate.",
    "{A} was formally named by {S} as its candidate on Tuesday.",
]
NAMED_NOT = [
    "{A} was named by {S} as its ambassador to Spain.",
    "{A} was named by {S} as its candidate for the OAS post.",
    "{A} could be named by {S} as its candidate.",
    "{A} is expected to be named by {S} as its candidate.",
    "{A} was named by {S} as its chief negotiator.",
]


@pytest.mark.parametrize("race,form,stated", [(r, f, s) for r in RACES for forms, s in ((NAMED, True), (NAMED_NOT, False))
                                              for f in forms])
def test_named_as_candidate_passive(race_keys, race, form, stated):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    assert [("candidacy", p["A"], None) in keys, ("endorsement", p["A"], p["S"]) in keys] == [stated, stated]
