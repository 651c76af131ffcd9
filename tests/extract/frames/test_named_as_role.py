"""The role a naming verb gives, session 35 (mend35, review34 final finding 2; issue 12): invented grids in both races,
half near misses, none a corpus sentence.

"S named X as its candidate" / "X was named by S (on Monday) as its (official) candidate" / "as the candidate of the
ruling party" is X's candidacy and S's backing (the guide's nomination). "the candidate" followed by a to-infinitive, a
comparison or a negated clause is an assessment or a refusal, no nomination: "X was named by S as the candidate to
beat", "was selected by S as the candidate least likely to win", "S named X as the candidate it could never accept"
(frames/vocab.py named_role, candidacy_checks for the verb "named" with no "as").
"""
from __future__ import annotations

import pytest

RACES = {"nato": dict(A="Mark Rutte", S="Netherlands", T="Hungary"),
         "un": dict(A="Michelle Bachelet", S="Chile", T="Brazil")}

NAMED = [
    "{A} was named by {S} last week as its candidate.",
    "{A} was named by {S} on Monday as its official candidate.",
    "{A} was named by {S} as the candidate of the government.",
    "{S} named {A} as the candidate for the post.",
    "{S} named {A} as its own candidate on Monday.",
    "{S} named {A} as the candidate.",
]
NAMED_NOT = [
    "{A} was named by {T} as the candidate to beat.",
    "{A} was selected by {T} as the candidate least likely to win.",
    "{A} was named by {T} as the candidate it could never accept.",
    "{T} named {A} as the candidate it could never accept.",
    "{T} named {A} as the candidate to beat.",
    "{T} named {A} as the candidate best placed to win.",
    "{A} was chosen by {T} as the candidate that it would never back.",
]


@pytest.mark.parametrize("race,form,stated", [(r, f, s) for r in RACES for forms, s in ((NAMED, True), (NAMED_NOT, False))
                                              for f in forms])
def test_named_as_role(race_keys, race, form, stated):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    actor = p["T"] if "{T}" in form else p["S"]
    assert [("candidacy", p["A"], None) in keys, ("endorsement", p["A"], actor) in keys] == [stated, stated], keys
