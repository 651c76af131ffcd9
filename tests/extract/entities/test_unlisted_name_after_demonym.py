"""An unlisted name labelled by a demonym right before it (issue 12): invented names and sentences in both races, none
a corpus sentence.

"the Namibian Amara Nkosi", "the Costa Rican Ana Mora": a state's word (its demonym or name) opening a capitalised run
labels the person after it, as "the Namibian economist X" does; the name proposed is the rest of the run
(discover.Proposer._label_off), so "as is the Namibian X", "four candidates: A, B, the Namibian X and C", "the Namibian
X entered the race" state a candidacy, and "A and the Namibian X left the race" a withdrawal. The near misses: the
same label before a name said not to run, a commentator, a body ("the Namibian Broadcasting Corporation"), a name only
tipped or expected to run: no event.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "un": dict(D="Namibian", X="Amara Nkosi", A="Rebeca Grynspan", B="Michelle Bachelet", C="Rafael Grossi",
               post="secretary-general", P="she"),
    "nato": dict(D="Estonian", X="Lauri Tamm", A="Mark Rutte", B="Klaus Iohannis", C="Kaja Kallas",
                 post="NATO secretary general", P="he"),
}
# (text, the events expected of X: "cand", "wd")
CASES = [
    ("The field counts four candidates: {A}, {B}, the {D} {X} and {C}.", {"cand"}),
    ("{A} is a candidate, as is the {D} {X}.", {"cand"}),
    ("The {D} {X} entered the race for {post} on Monday.", {"cand"}),
    ("{B} and the {D} {X} left the race for {post} in August.", {"wd"}),
    ("The {D} {X} announced on Monday that {P} was running for {post}.", {"cand"}),
    # near misses: no candidacy stated, or no person
    ("The {D} {X} said on Monday that {P} would not run for {post}.", set()),
    ("The {D} {X}, an analyst, said the race for {post} was open.", set()),
    ("The {D} Broadcasting Corporation reported that the race for {post} was open.", set()),
    ("The {D} {X} is tipped as a possible candidate for {post}.", set()),
    ("The {D} {X} may enter the race for {post} next month.", set()),
]


def _cases():
    for race, p in RACES.items():
        for text, expected in CASES:
            yield race, text.format(**p), expected


@pytest.mark.parametrize("race,text,expected", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_unlisted_name_after_demonym(request, race, text, expected):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    types = {"cand": "candidacy", "wd": "withdrawal"}
    assert {k for k in keys if k[0] in ("candidacy", "withdrawal") and p["X"] in k[1]} == \
        {(types[e], p["X"], None) for e in expected}, keys
    assert not any(p["D"] in k[1] for k in keys), keys      # no name holding the demonym
