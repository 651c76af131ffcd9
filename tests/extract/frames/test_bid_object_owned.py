"""A verb that supports only a bid (endorsement.bid_object_verbs: "accompany", "join"), its object the candidate's own
bid by a possessive: "S will accompany X's candidacy", "S joined her campaign" (frames/stance.py
endorse_bid_object_owned). The same verbs with a person or another matter as object are no stance ("joined her in
Geneva", "accompanied him to the summit", "her campaign against hunger", "joined the race"); a stance not yet taken or
a condition is none; a refusal is opposition. A grid over both races."""
from __future__ import annotations

import pytest

from tests.extract.conftest import E, O

# (race, full name, surname, pronoun possessive, object pronoun, a state, another state)
PEOPLE = [("un", "Rebeca Grynspan", "Grynspan", "her", "her", "Peru", "Ecuador"),
          ("un", "Rafael Grossi", "Grossi", "his", "him", "Uruguay", "Paraguay"),
          ("nato", "Mark Rutte", "Rutte", "his", "him", "Poland", "Denmark"),
          ("nato", "Klaus Iohannis", "Iohannis", "his", "him", "Hungary", "Slovakia")]

INTRO = "{full} is running. "
SUPPORT = [
    "{S} will accompany {full}'s candidacy.",
    "{S} said on Monday it would accompany {surname}'s candidature with conviction.",
    "{S} joined {full}'s campaign in May.",
    "{S} and {T} have joined {pos} campaign.",
    "{S} formally joined {pos} bid last week.",
]
REFUSED = [
    "{S} will not accompany {full}'s candidacy.",
    "{S} declined to join {surname}'s campaign.",
]
NEAR = [
    "{S} has not yet joined {surname}'s campaign.",
    "{S} could join {surname}'s campaign if the vote is delayed.",
    "{S} joined {obj} in Geneva for the talks.",
    "{S} accompanied {obj} to the summit.",
    "{S} joined {pos} campaign against hunger in 2019.",
    "{S} joined the race in May.",
    "{S} joined the talks on {surname}'s candidacy.",
]


def _text(template, full, surname, pos, obj, s, t):
    return INTRO.format(full=full) + template.format(full=full, surname=surname, pos=pos, obj=obj, S=s, T=t)


@pytest.mark.parametrize("race,full,surname,pos,obj,s,t", PEOPLE)
@pytest.mark.parametrize("template", SUPPORT)
def test_bid_object_owned_supports(request, grid_stances, race, full, surname, pos, obj, s, t, template):
    text = _text(template, full, surname, pos, obj, s, t)
    expected = {E(full, s)} | ({E(full, t)} if "{T}" in template else set())
    assert grid_stances(race, text) == expected, text


@pytest.mark.parametrize("race,full,surname,pos,obj,s,t", PEOPLE)
@pytest.mark.parametrize("template", REFUSED)
def test_bid_object_owned_refused(request, grid_stances, race, full, surname, pos, obj, s, t, template):
    text = _text(template, full, surname, pos, obj, s, t)
    assert grid_stances(race, text) == {O(full, s)}, text


@pytest.mark.parametrize("race,full,surname,pos,obj,s,t", PEOPLE)
@pytest.mark.parametrize("template", NEAR)
def test_bid_object_owned_near_miss(request, grid_stances, race, full, surname, pos, obj, s, t, template):
    text = _text(template, full, surname, pos, obj, s, t)
    assert grid_stances(race, text) == set(), text


@pytest.fixture
def grid_stances(request):
    from tests.extract.conftest import grid_keys, stances
    return lambda race, text: stances(grid_keys(request, race, text))
