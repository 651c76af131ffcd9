"""A stance noun given by the second of two verbs sharing the actor, after a first verb phrase that names a candidate
(issue 12): "Ruritania welcomed X's availability and declared its full support for his candidacy", "praised X and
expressed its backing for her", "met X but reiterated its objections to his bid". The candidate named in the first
phrase used to keep the noun frame from reaching back to the actor. A grid: races x actors x forms; about half near
misses giving no stance (a stance not announced, a modal, support for another matter, a stance of someone else)."""
from __future__ import annotations

import pytest

from tests.extract.conftest import E, O, grid_keys, stances

# (race, full name, pronoun object, possessive, acting state)
PEOPLE = [("nato", "Mark Rutte", "him", "his", "Portugal"),
          ("nato", "Klaus Iohannis", "him", "his", "Bulgaria"),
          ("un", "Rebeca Grynspan", "her", "her", "Panama"),
          ("un", "Rafael Grossi", "him", "his", "Paraguay")]

SUPPORT = [
    "{state} welcomed the availability of {full} and declared its full support for {pos} candidacy.",
    "{state} praised {full} on Monday and expressed its backing for {obj}.",
    "{state}, in a communique, thanked {full} and announced its support for {pos} bid.",
    "{state} received {full} in the capital and voiced its strong support for {obj}.",
]
REFUSE = [
    "{state} met {full} but reiterated its objections to {pos} candidacy.",
    "{state} received {full} on Monday but restated its opposition to {obj}.",
]
NEAR = [
    "{state} met {full} but did not announce its support for {obj}.",
    "{state} met {full} and could announce its support for {obj} next week.",
    "{state} praised {full} and declared its support for Ukraine.",
    "{state} praised {full} and expressed its support for {pos} plan on defence spending.",
    "{state} met {full} and has yet to declare its support for {obj}.",
    "{state} met {full}, who declared his country's support for the ceasefire.",
]


@pytest.mark.parametrize("race,full,obj,pos,state", PEOPLE)
@pytest.mark.parametrize("template", SUPPORT)
def test_second_verb_support_noun(request, race, full, obj, pos, state, template):
    text = template.format(full=full, obj=obj, pos=pos, state=state)
    assert stances(grid_keys(request, race, text)) == {E(full, state)}, text


@pytest.mark.parametrize("race,full,obj,pos,state", PEOPLE)
@pytest.mark.parametrize("template", REFUSE)
def test_second_verb_opposition_noun(request, race, full, obj, pos, state, template):
    text = template.format(full=full, obj=obj, pos=pos, state=state)
    assert stances(grid_keys(request, race, text)) == {O(full, state)}, text


@pytest.mark.parametrize("race,full,obj,pos,state", PEOPLE)
@pytest.mark.parametrize("template", NEAR)
def test_second_verb_noun_near_miss(request, race, full, obj, pos, state, template):
    text = template.format(full=full, obj=obj, pos=pos, state=state)
    assert stances(grid_keys(request, race, text)) == set(), text
