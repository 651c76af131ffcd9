"""A state joining another as the co-sponsors or co-nominators of a candidate or of the candidate's bid, session 38
(issue 12): invented names and sentences in both races, none a corpus sentence.

- "T joined S as co-nominators of X", "T joined S as co-sponsors of X's candidacy", "T joined the backers of X's
  bid": the agent nouns of support (the lexicon's `endorsement.agent_nouns`, now with co-nominator) after a joining
  verb, their object the candidate or the candidate's bid (a bid noun after the possessive): T backs X, and so
  does the state joined;
- near misses: another object ("co-sponsors of X's trade plan", "of a resolution"), a modal ("may join"), a negation
  ("did not join"), a refusal to join ("refused to join ... as co-sponsors"), critics joined: no backing by T.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Klaus Iohannis", S="Romania", T="Bulgaria"),
    "un": dict(X="Michelle Bachelet", S="Chile", T="Brazil"),
}
# (sentence, whether T backs X)
CASES = [
    ("{T} joined {S} as co-nominators of {X}.", True),
    ("{T} joined {S} as co-sponsors of {X}'s candidacy.", True),
    ("{T} joined the backers of {X}'s bid on Monday.", True),
    ("{T} joined {S} on Monday as co-sponsors of {X}'s nomination.", True),
    ("{T} has joined the co-nominators of {X}.", True),
    ("{T} joined the supporters of {X}'s candidacy.", True),
    # near misses
    ("{T} joined {S} as co-sponsors of {X}'s trade plan.", False),
    ("{T} joined {S} as co-sponsors of a resolution on oceans, {X} said.", False),
    ("{T} may join {S} as co-sponsors of {X}'s candidacy.", False),
    ("{T} did not join {S} as co-sponsors of {X}'s candidacy.", False),
    ("{T} joined the critics of {X}'s candidacy.", False),
    ("{T} joined {S} as observers of {X}'s campaign.", False),
]


def _cases():
    for race, p in RACES.items():
        for text, backs in CASES:
            yield race, text.format(**p), p, backs


@pytest.mark.parametrize("race,text,p,backs", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_joined_sponsors_of_bid(request, race, text, p, backs):
    keys = grid_keys(request, race, text)
    assert (("endorsement", p["X"], p["T"]) in keys) == backs
