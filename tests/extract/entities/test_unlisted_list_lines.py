"""Candidates the story does not list, in a list's lines, session 33 (issue 12): invented names and sentences in both
races, none a corpus sentence.

- a line that is only a name after a list's bullet ("- X.", "• X.", "* X (S).") is a heading as a bare name is
  (`strangers._HEADING_NAME`, `strangers.candidate_heading`): the lines after it are about that person, so
  "Nominated by S on 10 February." states their candidacy and S's endorsement;
- near misses: a bullet's name with no candidacy stated ("not a candidate", "tipped as a possible candidate"), a
  spokesperson, an analyst, another post ("named S's ambassador", "for the top job at the World Bank").
"""
from __future__ import annotations

import itertools

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Ilze Berzina", S="Latvia", D="Latvian", C="Mark Rutte", T="Canada"),
    "un": dict(X="Ama Boateng", S="Ghana", D="Ghanaian", C="Rebeca Grynspan", T="Panama"),
}

NOMINATED = {("candidacy", "X", None), ("endorsement", "X", "S")}

# (text, the (type, subject, actor) events it states, by the keys of RACES)
BULLETS = [
    ("THE FIELD\n- {X}. Nominated by {S} on 10 February.", NOMINATED),
    ("• {X}. Nominated by {S}.", NOMINATED),
    ("* {X} ({S}). Nominated by {S} in January.", NOMINATED),
    ("- {X}.\n{S} nominated her in January.", NOMINATED),
    ("THE FIELD\n- {C}. Nominated by {T}.", {("candidacy", "C", None), ("endorsement", "C", "T")}),
    ("THE FIELD\n- {C}. Nominated by {T}.\n- {X}. Nominated by {S} on 10 February.",
     NOMINATED | {("candidacy", "C", None), ("endorsement", "C", "T")}),
    # near misses: no event of the bullet's person
    ("NOT ON THE BOARD\n- {X}. She is not a candidate and nobody has nominated her.", set()),
    ("WHO SPOKE\n- {X}. Spokeswoman for the {D} foreign ministry.", set()),
    ("- {X}. Analyst at the Lexington Institute. She expects {S} to nominate someone.", set()),
    ("- {X}. Named {S}'s ambassador to the alliance on 10 February.", set()),
    ("- {X}. Tipped as a possible candidate.", set()),
    ("- {X}. Nominated by {S} for the top job at the World Bank.", set()),
]


def _cases():
    for (race, p), (text, stated) in itertools.product(RACES.items(), BULLETS):
        yield race, text.format(**p), {(t, p[s], p[a] if a else None) for t, s, a in stated}


@pytest.mark.parametrize("race,text,stated", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_bullet_heading_names(request, race, text, stated):
    assert grid_keys(request, race, text) == stated
