"""Campaigning or lobbying for a candidate, negated, session 39 (issue 12): invented sentences in both races, none a
corpus sentence.

- "campaign for", "lobby for" (and "... hard for") are verbs of actively promoting a bid (lexicon
  endorsement.promoting_verbs): their negation is an act not done, no refusal of support ("will not stand in the way
  of X, but nor will it campaign for him" takes no stance), their affirmative an endorsement, their ending the support
  it had ("no longer lobbies for X");
- a refusal of support in the same place stays one ("but nor will it back him", "will not support X").
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Mark Rutte", S="Turkey", s="Ankara", o="him"),
    "un": dict(X="Rebeca Grynspan", S="Russia", s="Moscow", o="her"),
}
# (sentence, the stance of S on X or None)
CASES = [
    ("{s} will not stand in the way of {X}, but nor will it campaign for {o}, an official said.", None),
    ("{s} will not campaign for {X}, an official said.", None),
    ("{S} did not lobby for {X} in the end.", None),
    ("{S} has never campaigned hard for {X}.", None),
    ("{S} refused to lobby for {X}, an official said.", None),
    ("{S} is not lobbying hard for {X} this time.", None),
    # stances
    ("{s} campaigned hard for {X} last week.", "endorsement"),
    ("{S} is lobbying for {X}, an official said.", "endorsement"),
    ("{S} no longer lobbies for {X}.", "endorsement"),
    ("{s} will not support {X}, an official said.", "opposition"),
    ("{s} will not stand in the way of {X}, but nor will it back {o}, an official said.", "opposition"),
]


@pytest.mark.parametrize("race,text,stance", [(race, t.format(**p), o) for race, p in RACES.items() for t, o in CASES],
                         ids=lambda x: x if isinstance(x, str) else None)
def test_negated_campaigning(request, race, text, stance):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    stances = {k for k in keys if k[0] in ("endorsement", "opposition")}
    assert stances == ({(stance, p["X"], p["S"])} if stance else set())
