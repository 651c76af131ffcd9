"""A candidate's own first person in the lexicon's possessive and reflexive idioms (issue 12): in a quotation whose
speaker is the candidate, "my" right after the speaker's own "I" is the candidate's own possessive, as "her" after
the candidate's name ("I have put my name forward", "I have thrown my hat into the ring": the idiom's "one's" slot),
not a second mention of the person that a state puts forward ("Brazil put my name forward" stays the state's act);
and a reflexive phrase of the lexicon ("put herself forward", "made herself available for") is also read with
"myself". A grid: speakers of both races x idioms, about half near misses giving no candidacy (negated, conditional,
another post, another object of the idiom, not a candidate, a speaker who is not a candidate)."""
from __future__ import annotations

import pytest

from tests.extract.conftest import E, grid_keys

# (race, full name, surname, another state)
SPEAKERS = [("nato", "Mark Rutte", "Rutte", "Hungary"),
            ("nato", "Klaus Iohannis", "Iohannis", "Poland"),
            ("un", "Rebeca Grynspan", "Grynspan", "Brazil"),
            ("un", "Rafael Grossi", "Grossi", "Paraguay")]

# the candidate's own words stating the candidacy
STATED = [
    '"I have put my name forward," {full} said.',
    '"I put my name forward in March," {surname} said on Monday.',
    '"I have thrown my hat into the ring," said {full}.',
    '"I am putting myself forward," {full} said.',
    '"Today I put myself forward," {surname} told reporters.',
    '"I have made myself available for the post," {full} said.',
]
# near misses: no candidacy (negated, conditional, another post, another object of the idiom, not a candidate, not
# the candidate's words)
NEAR = [
    '"I am not putting myself forward," {full} said.',
    '"I will not put my name forward," {full} said.',
    '"I would put my name forward only if asked," {full} said.',
    '"I have put my faith in the member states," {full} said.',
    '"I have put my name forward for the presidency of my country," {full} said.',
    '"I am not a candidate," {full} said.',
]


@pytest.mark.parametrize("race,full,surname,other", SPEAKERS)
@pytest.mark.parametrize("template", STATED)
def test_own_idiom_states_candidacy(request, race, full, surname, other, template):
    text = template.format(full=full, surname=surname)
    assert grid_keys(request, race, text) == {("candidacy", full, None)}, text


@pytest.mark.parametrize("race,full,surname,other", SPEAKERS)
@pytest.mark.parametrize("template", NEAR)
def test_own_idiom_near_miss(request, race, full, surname, other, template):
    text = template.format(full=full, surname=surname)
    assert grid_keys(request, race, text) == set(), text


@pytest.mark.parametrize("race,full,surname,other", SPEAKERS)
def test_state_putting_my_name_forward_stays_its_act(request, race, full, surname, other):
    # "my" after a state, not after the speaker's own "I": the state's nomination (candidacy and endorsement)
    for text in (f'"{other} put my name forward," {full} said.',
                 f'"I thank {other}, which put my name forward," {full} said.'):
        assert grid_keys(request, race, text) == {("candidacy", full, None), E(full, other)}, text


@pytest.mark.parametrize("race,full,surname,other", SPEAKERS)
def test_first_person_of_a_state_speaker_is_no_candidacy(request, race, full, surname, other):
    # a minister's "I" is not a candidate: "I have put my name forward" of a state's person is not the candidate's bid
    text = f'"I have put my name forward for the committee," the foreign minister of {other} said of {surname}.'
    assert ("candidacy", full, None) not in grid_keys(request, race, text), text
