"""A sponsor's backing told in the pluperfect (issue 12): invented names and sentences in both races, none a corpus
sentence.

"S, which had co-sponsored X, switched to Y", "S had sponsored X's bid from the start": the sponsoring verbs
(`candidacy.sponsoring_verbs`, a part of the nominating verbs) in the pluperfect tell the sponsor's backing as
background to a later change, as the guide's "bid mentioned only as the object of someone else's stance": S's
endorsement of X, no candidacy of X (blind32b/c, 33a, 34c, 24, 26d label it so; blind20 u16 labels the candidacy too,
the one set of seven that does). "had nominated X" and a present or simple past sponsoring ("S sponsors X", "S
sponsored X for the post") still state the nomination: candidacy and endorsement.

Near misses give no event: the verb not yet done ("has yet to co-sponsor"), a condition, another object ("had
sponsored a conference", "a resolution"), a forum the state had sponsored, a speculation.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Klaus Iohannis", x="Iohannis", Y="Mark Rutte", S="Bulgaria", T="Poland"),
    "un": dict(X="Rafael Grossi", x="Grossi", Y="Rebeca Grynspan", S="Peru", T="Ecuador"),
}
# (sentence, S's endorsement of X stated, X's candidacy stated)
CASES = [
    ("{S}, which had co-sponsored {X}, switched its support to {Y} on Monday.", True, False),
    ("{S}, which had sponsored {x} since November, said on Friday that it would now back {Y}.", True, False),
    ("{S} had co-sponsored {x}'s bid from the very beginning.", True, False),
    ("{S} had long sponsored {x}, but it switched in May.", True, False),
    ("{S} and {T}, which had jointly sponsored {x}, moved to {Y}.", True, False),
    # the nomination itself still states the candidacy
    ("{S}, which had nominated {x}, said it still backs him.", True, True),
    ("{S} sponsored {X} for the post in March.", True, True),
    # near misses: no event
    ("{S} has yet to co-sponsor {x}.", False, False),
    ("{S} could co-sponsor {x} if its conditions are met.", False, False),
    ("{S} had sponsored a conference on nuclear safety at which {x} spoke on Monday.", False, False),
    ("{S} had co-sponsored a resolution on oceans with {x}'s foundation.", False, False),
    ("The forum, which {S} had sponsored, heard {x} speak on trade.", False, False),
    ("Analysts think {S} might have sponsored {x} had it been asked.", False, False),
]


def _cases():
    for race, p in RACES.items():
        for text, backed, entered in CASES:
            yield race, text.format(**p), backed, entered


@pytest.mark.parametrize("race,text,backed,entered", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_pluperfect_sponsor(request, race, text, backed, entered):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    assert (("endorsement", p["X"], p["S"]) in keys) is backed, keys
    assert (("candidacy", p["X"], None) in keys) is entered, keys
    if not backed:
        assert not {k for k in keys if k[1] == p["X"]}, keys
