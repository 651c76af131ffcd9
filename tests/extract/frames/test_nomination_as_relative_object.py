"""A nomination or a bid as the object of a relative clause, the state its subject (frames/nomination_objects.py),
session 40 (issue 12): invented sentences in both races, none a corpus sentence.

- "X accepted the nomination that S presented" (the candidate taking up the nomination owns it), "the candidacy of X to
  the post, which S presented", "X's nomination, which S and T formalised,": the candidacy of X and the backing of
  each state of the relative (the guide: nomination = candidacy + endorsement);
- "S and T submitted a joint nomination of X", "S made the formal nomination of X": a state's verb of making a bid
  known with the nomination of the person as its object, the same;
- "X, whose bid S has championed, ...": S backs X (the bid alone the object of a stance: no candidacy from it);
- near misses: no state in the relative, a modal or a prediction, a negation or refusal, another post, another noun
  (an invitation), a nomination of no one named.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Klaus Iohannis", x="Iohannis", poss="His", poss_l="his", S="Romania", T="Bulgaria", P="the post of NATO secretary general",
                 other="the European Council"),
    "un": dict(X="Rebeca Grynspan", x="Grynspan", poss="Her", poss_l="her", S="Costa Rica", T="Panama", P="the post of Secretary-General",
               other="the Human Rights Council"),
}
# (sentence, the states whose backing of X it states, whether it states the candidacy (None: not asked), opposition
# states)
CASES = [
    ("{x} accepted the nomination that {S} presented.", {"S"}, True, set()),
    ("{x} has accepted the nomination that {S} and {T} presented in March.", {"S", "T"}, True, set()),
    ("{x} welcomed the joint candidacy which {S} and {T} submitted on Monday.", {"S", "T"}, True, set()),
    ("The candidacy of {X} to {P}, which {S} presented, was welcomed by diplomats.", {"S"}, True, set()),
    ("{x}'s nomination, which {S} formalised last week, drew praise.", {"S"}, True, set()),
    ("{X} spoke first. {poss} nomination, which {S} put forward in January, is strong.", {"S"}, True, set()),
    ("{x}, whose bid {S} has championed, leads the field.", {"S"}, True, set()),
    ("{x}, whose candidacy {S} backs, said little.", {"S"}, False, set()),
    ("{x}, whose candidacy {S} opposes, said little.", set(), False, {"S"}),
    # the nomination as the object of a state's verb of making it known: "S and T submitted a joint nomination of X"
    ("{S} and {T} submitted a joint nomination of {X}.", {"S", "T"}, True, set()),
    ("{S} and {T} made a joint nomination of {x} in March.", {"S", "T"}, True, set()),
    # near misses
    ("{S} may submit a joint nomination of {x}.", set(), False, set()),
    ("{S} and {T} have not yet submitted a joint nomination of {x}.", set(), False, set()),
    ("{S} will submit the nomination of {x} next week.", set(), False, set()),
    ("{S} announced the candidacy of {x} to {other}.", set(), False, set()),
    ("{x} accepted the nomination that {S} may present.", set(), False, set()),
    ("{x} welcomed a nomination that no state has presented.", set(), False, set()),
    ("The candidacy of {X}, which {S} is expected to present, was discussed.", set(), False, set()),
    ("{x}'s candidacy, which {S} did not present, surprised many.", set(), False, set()),
    ("{x} accepted the nomination that {S} refused to present.", set(), False, set()),
    ("{x} accepted the nomination that {S} presented for {other}.", set(), False, set()),
    ("{x} accepted the invitation that {S} presented.", set(), False, set()),
    ("{x}, whose bid {S} might back, said little.", set(), False, set()),
    ("The nomination that {S} presented was discussed at length.", set(), False, set()),
    # (the relative of the stance noun the bid's phrase is the object of: the opposition made public, no nomination)
    ("Diplomats noted {T}'s stated opposition to {x}'s candidacy, which {T} made public in March.", set(), None, {"T"}),
]


def _cases():
    for race, p in RACES.items():
        for text, backers, candidacy, opponents in CASES:
            yield race, text.format(**p), {p[k] for k in backers}, candidacy, {p[k] for k in opponents}


@pytest.mark.parametrize("race,text,backers,candidacy,opponents", list(_cases()),
                         ids=lambda x: x if isinstance(x, str) else None)
def test_nomination_as_relative_object(request, race, text, backers, candidacy, opponents):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    assert {k[2] for k in keys if k[0] == "endorsement" and k[1] == p["X"]} == backers
    assert {k[2] for k in keys if k[0] == "opposition" and k[1] == p["X"]} == opponents
    if candidacy:
        assert ("candidacy", p["X"], None) in keys
    elif candidacy is not None and not backers:
        assert ("candidacy", p["X"], None) not in keys
