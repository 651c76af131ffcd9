"""A second clause opened by "nor"/"neither" before its auxiliary and the state's pronoun, session 38 (issue 12):
invented sentences in both races, none a corpus sentence.

- "S will not back X, and nor will it back Y", "S rejects X, and neither does it support Y", "nor, its minister said,
  will it back Y": the fronted negation is the second verb's own (frames/stance_forms.NOR_PRONOUN opens the second
  verb's clause; scope.py reads it as "and it will not"): S opposes Y;
- near misses: a condition or another verb after it ("nor will it back Y if ...", "nor will it say whether it backs
  Y", "nor has it ruled out backing Y"), an affirmative second clause with a modal, and a "nor" clause with no state
  named before it: no stance by S on Y.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Mark Rutte", Y="Klaus Iohannis", S="Hungary"),
    "un": dict(X="Rafael Grossi", Y="Rebeca Grynspan", S="Russia"),
}
# (sentence, whether S opposes Y)
CASES = [
    ("{S} will not back {X}, and nor will it back {Y}.", True),
    ("{S} will not back {X}, nor will it back {Y}.", True),
    ("{S} rejects {X}, and neither will it back {Y}.", True),
    ("{S} rejects {X}, and neither does it support {Y}, its envoy said.", True),
    ("{S} will not support {X}, and nor, said its foreign minister, will it back {Y}.", True),
    # near misses
    ("{S} will not back {X}, nor will it back {Y} if she stays in the race.", False),
    ("{S} will not back {X}, nor will it say whether it backs {Y}.", False),
    ("{S} will not back {X}, and nor has it ruled out backing {Y}.", False),
    ("{S} will not back {X}, but it could back {Y}.", False),
    ("Neither will it back {Y}.", False),
]


@pytest.mark.parametrize("race,text,opposes", [(race, t.format(**p), o) for race, p in RACES.items() for t, o in CASES],
                         ids=lambda x: x if isinstance(x, str) else None)
def test_nor_pronoun_second_clause(request, race, text, opposes):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    on_y = {k for k in keys if k[0] in ("endorsement", "opposition") and k[1] == p["Y"]}
    assert on_y == ({("opposition", p["Y"], p["S"])} if opposes else set())
