"""A quantifier floated after the copula of coordinated states, before where they stand, session 38 (issue 12):
invented sentences in both races, none a corpus sentence.

- "S and T are all in X's camp", "are both behind X", "were both early backers of X": "all"/"both" between the copula
  and the stance is read as the other adverbs there ("firmly", "still") are (`frames.stance_forms.FLOATING`);
- near misses: "all but" (almost), a negation before it ("are not all in"), another place ("are all in Brussels"),
  another matter ("behind schedule", "in X's camp on energy policy"), an aggregate with no state named ("the allies
  are all in X's camp"): no stance by S or T.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Mark Rutte", S="Norway", T="Sweden"),
    "un": dict(X="Michelle Bachelet", S="Brazil", T="Mexico"),
}
# (sentence, whether S and T back X)
CASES = [
    ("{S} and {T} are all in {X}'s camp.", True),
    ("{S} and {T} are both in {X}'s camp, their ministers said on Monday.", True),
    ("{S} and {T} are all behind {X}.", True),
    ("{S} and {T} are both firmly behind {X}.", True),
    ("{S} and {T} - the second after some hesitation - are all in {X}'s camp.", True),
    ("{S} and {T} remain all in favour of {X}.", True),
    # near misses
    ("{S} and {T} are all but in {X}'s camp.", False),
    ("{S} and {T} are not all in {X}'s camp.", False),
    ("{S} and {T} are all in Geneva for talks with {X}.", False),
    ("{S} and {T} are both behind schedule on {X}'s spending plan.", False),
    ("{S} and {T} are all in {X}'s camp on energy policy.", False),
    ("The allies are all in {X}'s camp.", False),
]


def _cases():
    for race, p in RACES.items():
        for text, backs in CASES:
            yield race, text.format(**p), backs


@pytest.mark.parametrize("race,text,backs", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_floated_quantifier(request, race, text, backs):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    stances = {k for k in keys if k[0] in ("endorsement", "opposition")}
    assert stances == ({("endorsement", p["X"], p["S"]), ("endorsement", p["X"], p["T"])} if backs else set())
