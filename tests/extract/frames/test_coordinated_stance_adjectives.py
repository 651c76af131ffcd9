"""Two weighing adjectives coordinated before a stance noun (issue 12): invented sentences in both races, none a
corpus sentence.

"reiterated Spain's firm and unwavering support for X", "voiced strong and steady support for X", "Spain's early,
public backing for X": two adjectives joined by "and" or a comma weigh the noun as one does ("its firm support"), so
the possessive state owns the stance (mention_forms stance_nouns), and the nominal and giving frames read the noun
(frames/vocab stance_adj, adj_and; frames/stance_forms noun_modifier; inserts). The near misses: the same phrase in a
stance not (yet) taken, a condition, a stance on something else, a stance stopped short of, weighed, not on the cards,
withheld from another, or denied: no event.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys, stances

RACES = {
    "un": dict(X="Rebeca Grynspan", S="Spain", L="Pedro Sanchez", R="Russia"),
    "nato": dict(X="Mark Rutte", S="Spain", L="Pedro Sanchez", R="Hungary"),
}
# (text, the stance expected: "e" endorsement by S, "o" opposition by R, None: no stance at all)
CASES = [
    ("President {L} reiterated {S}'s firm and unwavering support for the candidacy of {X}.", "e"),
    ("{S} voiced strong and steady support for {X}.", "e"),
    ("{S}'s early, public backing for {X} came in May.", "e"),
    ("{S} reaffirmed its full and unconditional support for {X}'s bid.", "e"),
    ("{S}'s firm and public support for {X} was confirmed on Monday.", "e"),
    ("{R} restated its firm and unwavering opposition to {X}.", "o"),
    # near misses
    ("{S} has not yet voiced strong and steady support for {X}.", None),
    ("{S} could offer firm and public support for {X} if the field narrows.", None),
    ("{S}'s firm and unwavering support for the reform plan was clear, {X} said.", None),
    ("{S} stopped short of full and public support for {X}.", None),
    ("{S} is weighing firm and public support for {X}.", None),
    ("{S}'s firm and unwavering support for {X} is not on the cards.", None),
    ("{S} withheld its firm and public support from {X}'s rival.", None),
    ("{S} denied reports of its full and public backing for {X}.", None),
]


def _cases():
    for race, p in RACES.items():
        for text, expected in CASES:
            yield race, text.format(**p), expected


@pytest.mark.parametrize("race,text,expected", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_coordinated_stance_adjectives(request, race, text, expected):
    p = RACES[race]
    want = {"e": {("endorsement", p["X"], p["S"])}, "o": {("opposition", p["X"], p["R"])}, None: set()}[expected]
    assert stances(grid_keys(request, race, text)) == want
