"""A straw-poll ballot marked or cast for the vote it names, session 38 (issue 12): invented names and sentences in
both races, none a corpus sentence.

- "S marked its ballot to discourage X", "S cast its ballot to encourage X": the
  ballot is the vote, the infinitive after it the vote itself (the lexicon's
  `scope.asserting_infinitive_verbs`), as "S voted to discourage X": opposition by S (encourage: endorsement, in a
  sentence that speaks of the poll);
- near misses: a modal ("may mark"), a negation ("did not mark"), a ballot with no vote named ("marked its ballot in
  the straw poll"), another's ballot urged ("urged S to mark its ballot"), a condition: no stance of S.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Klaus Iohannis", S="Bulgaria", T="Poland"),
    "un": dict(X="Rafael Grossi", S="Russia", T="China"),
}
# (sentence, the stance of S on X it states, or None)
CASES = [
    ("{S} marked its ballot to discourage {X} in the straw poll.", "opposition"),
    ("{S} cast its ballot to discourage {X} in Tuesday's straw poll.", "opposition"),
    ("In the straw poll {S} marked its ballot to discourage {X}.", "opposition"),
    ("{S} marked its ballot to encourage {X} in the straw poll.", "endorsement"),
    ("{S} cast its ballot to encourage {X} in the second straw poll.", "endorsement"),
    ("{S} marked its ballot to discourage {X}, diplomats said.", "opposition"),
    # near misses
    ("{S} may mark its ballot to discourage {X} in the straw poll.", None),
    ("{S} did not mark its ballot to discourage {X} in the straw poll.", None),
    ("{S} marked its ballot in the straw poll, and {X} said nothing.", None),
    ("{T} urged {S} to mark its ballot to discourage {X} in the straw poll.", None),
    ("If the talks fail, {S} could cast its ballot to discourage {X} in the straw poll.", None),
    ("{S} has yet to cast its ballot in the straw poll on {X}.", None),
]


def _cases():
    for race, p in RACES.items():
        for text, stance in CASES:
            yield race, text.format(**p), p, stance


@pytest.mark.parametrize("race,text,p,stance", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_ballot_marked_to(request, race, text, p, stance):
    keys = grid_keys(request, race, text)
    found = {k[0] for k in keys if k[0] in ("endorsement", "opposition") and k[1:] == (p["X"], p["S"])}
    assert found == ({stance} if stance else set())
