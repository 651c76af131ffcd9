"""A demonym before a bid noun with no name in the article, session 38 (issue 12): invented sentences in both races,
none a corpus sentence.

- "S signed up to the Dutch candidacy", "S did not back the Chilean nomination": "the" + a demonym + a noun of
  `candidacy.demonym_bid_nouns` is the bid of the one candidate the story lists for that state, as "the Dutchman" is
  that candidate (extract/descriptors.py); the stance on it is the stance on the candidate (the guide);
- near misses: a bid for something else ("the Dutch bid to host the summit"), another noun ("the Dutch plan"), a state
  with no listed candidate, a stance not yet taken, a condition, an assessment with no stance: no stance on X.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import GRID_ARTICLE, event_keys, grid_keys

RACES = {
    "nato": dict(X="Mark Rutte", D="Dutch", S="Poland", N="Spanish"),
    "un": dict(X="Michelle Bachelet", D="Chilean", S="Mexico", N="Uruguayan"),
}
# (sentence, the stance of S on X it states, or None)
CASES = [
    ("{S} has backed the {D} candidacy.", "endorsement"),
    ("{S} signed up to the {D} candidacy on Monday, its foreign minister said.", "endorsement"),
    ("At Tuesday's meeting {S} again did not back the {D} nomination, diplomats said.", "opposition"),
    ("{S} threw its weight behind the {D} bid.", "endorsement"),
    ("{S} opposes the {D} candidature.", "opposition"),
    ("{S} is in favour of the {D} candidacy, its prime minister said.", "endorsement"),
    # near misses
    ("{S} backed the {D} bid to host the summit.", None),
    ("{S} backs the {D} plan for defence spending.", None),
    ("{S} backs the {N} candidacy.", None),
    ("{S} has not yet endorsed the {D} candidacy.", None),
    ("{S} could back the {D} candidacy if its terms are met.", None),
    ("Analysts say the {D} candidacy is the strongest in the field.", None),
]


def _cases():
    for race, p in RACES.items():
        for text, stance in CASES:
            yield race, text.format(**p), stance


@pytest.mark.parametrize("race,text,stance", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_demonym_bid_unnamed(request, race, text, stance):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    stances = {k for k in keys if k[0] in ("endorsement", "opposition")}
    assert stances == ({(stance, p["X"], p["S"])} if stance else set())


# a short item with a headline that names no race: the bid named by its demonym makes it the race's, as "the Dutchman"
# does; not a bid with an aim of its own
SHORT_ITEMS = [
    ("Signed up", "{S} has signed up to the {D} candidacy, its foreign minister said on Wednesday.", "endorsement"),
    ("Again no", "At Tuesday's meeting {S} again did not back the {D} candidacy, diplomats said.", "opposition"),
    ("Summit host", "{S} has backed the {D} bid to host next year's summit.", None),
    ("Song contest", "{S} has backed the {D} candidacy for the song contest.", None),
]


@pytest.mark.parametrize("race,title,text,stance", [(race, title, text.format(**p), stance) for race, p in RACES.items()
                                                    for title, text, stance in SHORT_ITEMS],
                         ids=lambda x: x if isinstance(x, str) else None)
def test_demonym_bid_short_item(request, race, title, text, stance):
    p = RACES[race]
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    keys = event_keys(story, title, text, GRID_ARTICLE[race][1])
    stances = {k for k in keys if k[0] in ("endorsement", "opposition")}
    assert stances == ({(stance, p["X"], p["S"])} if stance else set())
