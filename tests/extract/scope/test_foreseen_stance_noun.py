"""A stance noun as the object of a verb of foreseeing (the lexicon's endorsement.unmet_words), session 40 (issue 12):
"Diplomats expect strong and steady support for X from S", "Analysts predict broad backing for X from S", "X
anticipates the support of S" tell a forecast, no stance (the guide: predictions and expectations are no event).
Invented sentences in both races; the participle as an adjective ("the long-expected backing of S", "won the expected
support of S on Monday") and stances had or received stay stances."""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Mark Rutte", x="Rutte", S="Hungary"),
    "un": dict(X="Rebeca Grynspan", x="Grynspan", S="Spain"),
}
CASES = [
    ("Diplomats expect strong and steady support for {x} from {S}.", False),
    ("Analysts predict broad backing for {x} from {S}.", False),
    ("{x} anticipates the support of {S} next month.", False),
    ("Officials foresee firm support for {x} from {S}.", False),
    ("Everyone is expecting an endorsement of {x} by {S}.", False),
    # stances stated
    ("{x} won the expected support of {S} on Monday.", True),
    ("{x} now has the long-expected backing of {S}.", True),
    ("{x} received strong and steady support from {S}.", True),
    ("Diplomats noted strong and steady support for {x} from {S}.", True),
]


@pytest.mark.parametrize("race,text,stated", [(r, t.format(**p), s) for r, p in RACES.items() for t, s in CASES],
                         ids=lambda x: x if isinstance(x, str) else None)
def test_foreseen_stance_noun(request, race, text, stated):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    assert (("endorsement", p["X"], p["S"]) in keys) == stated
