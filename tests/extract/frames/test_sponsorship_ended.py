"""A state's nomination ended by a nominating verb after ending words, session 38 (issue 12): invented names and
sentences in both races, none a corpus sentence.

- "S would no longer sponsor X's candidacy", "S stopped sponsoring X's bid", "S has ceased to sponsor X", "S no
  longer nominates X": the ending words ("reversal_verbs" of the lexicon) right before a state's nominating verb
  state the backing it gave, ended (status `ended`), as "withdrew its nomination of X" and "no longer supports X" do;
  the state tells no candidacy by it (`frames.candidacy_checks._nomination_ended`);
- near misses: a plain negation ("would not sponsor"), a modal ("may no longer sponsor"), the ending itself negated
  ("has not stopped sponsoring"), a denial ("denied that it would no longer sponsor"), another object ("no longer
  sponsors the resolution on oceans"): no backing by S.
"""
from __future__ import annotations

import pytest

from natowatch.extract import extract_events
from tests.extract.conftest import GRID_ARTICLE, grid_keys

RACES = {
    "nato": dict(X="Klaus Iohannis", S="Bulgaria"),
    "un": dict(X="Michelle Bachelet", S="Peru"),
}
# (sentence, whether it states S's backing of X, ended)
CASES = [
    ("{S} announced it would no longer sponsor {X}'s candidacy.", True),
    ("{S} stopped sponsoring {X}'s bid in March.", True),
    ("{S} has ceased to sponsor {X}'s candidacy.", True),
    ("{S} no longer nominates {X}.", True),
    ("{S} said on Friday that it would no longer sponsor {X}'s bid.", True),
    ("{S}, which no longer sponsors {X}, said nothing more.", True),
    # near misses
    ("{S} said it would not sponsor {X}'s candidacy.", False),
    ("{S} may no longer sponsor {X}'s candidacy.", False),
    ("{S} has not stopped sponsoring {X}'s candidacy.", False),
    ("{S} denied that it would no longer sponsor {X}'s candidacy.", False),
    ("{S} no longer sponsors the resolution on oceans, {X} said.", False),
    ("{S} could stop sponsoring {X}'s candidacy if the polls go badly.", False),
]


def _cases():
    for race, p in RACES.items():
        for text, ended in CASES:
            yield race, text.format(**p), p, ended


@pytest.mark.parametrize("race,text,p,ended", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_sponsorship_ended(request, race, text, p, ended):
    keys = grid_keys(request, race, text)
    assert (("endorsement", p["X"], p["S"]) in keys) == ended
    assert ("opposition", p["X"], p["S"]) not in keys
    assert ("candidacy", p["X"], None) not in keys      # the state's ended nomination tells no candidacy
    if ended:
        title, day = GRID_ARTICLE[race]
        story = request.getfixturevalue("story" if race == "nato" else "un_story")
        statuses = {e.status for e in extract_events(title, text, day, story)
                    if e.type == "endorsement" and e.actor == p["S"]}
        assert statuses == {"ended"}
