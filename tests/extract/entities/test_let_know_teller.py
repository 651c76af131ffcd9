"""The "it" after "let S know (...) that": the state named before "let" tells, the one between "let" and "know" is
told, session 36 (miss36; issue 12): invented grids in both races, half near misses, none a corpus sentence.

"T let S know on Friday that it would not back X" is T's refusal (discourse.py let_know_it, read as pronouns._on_it
reads "T told S that it ..."); S, the one told, takes no stance. A negated telling ("did not let S know"), a question
("whether it would") and a "let it be known" keep what they had.
"""
from __future__ import annotations

import pytest

RACES = {"nato": dict(A="Mark Rutte", T="Poland", S="Portugal"), "un": dict(A="Rebeca Grynspan", T="Peru", S="Uruguay")}

# (form, the stance of T the sentence states: endorsement, opposition)
TELLER = [
    ("{T} let {S} know in June that it would not back {A}.", "opposition"),
    ("{T} has let {S} know that it will back {A}.", "endorsement"),
    ("{T} quietly let the government of {S} know on Friday that it supports {A}.", "endorsement"),
    ("Officials said {T} let {S} know last week that it could not support {A}.", "opposition"),
    ("{T} had let {S} know before the summit that it backs {A}.", "endorsement"),
]
# near misses: no stance of the one told; most give no stance at all
NO_TOLD_STANCE = [
    ("{T} did not let {S} know that it would back {A}.", None),
    ("{S} asked {T} to let it know whether it would back {A}.", None),
    ("{S} wanted to know whether {T} backs {A}, and {T} let it know nothing.", None),
    ("{T} let {S} know that it should not count on support for {A}.", None),
    ("{T} let {S} know that it was free to back {A}.", None),
]


@pytest.mark.parametrize("race,form,kind", [(r, f, k) for r in RACES for f, k in TELLER + NO_TOLD_STANCE])
def test_let_know_teller(race_keys, race, form, kind):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    stances = {k for k in keys if k[0] in ("endorsement", "opposition")}
    assert not any(k[2] == p["S"] for k in stances), keys
    assert stances == ({(kind, p["A"], p["T"])} if kind else set()), keys
