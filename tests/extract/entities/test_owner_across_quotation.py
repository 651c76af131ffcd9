"""A possessive's owner across a quotation (session 32, cons32): 'X is not giving up. "We respect Y," she said. Brazil
and Mexico, her two remaining sponsors, are still with her.' "her" outside the quotation stands for the candidate last
named outside quotations (the speaker), not for one the quotation named since (salience.candidate_for, `outside`).
Invented grids in both races; near misses: the speaker is a state's person, or the other candidate was named outside
the quotation after the first, or the pronoun is inside the quotation: the first candidate gets no stance.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACE = {"nato": ("Mark Rutte", "Klaus Iohannis", "he", "his", "him", "Poland", "Spain", "Prime Minister Donald Tusk"),
        "un": ("Michelle Bachelet", "Rebeca Grynspan", "she", "her", "her", "Brazil", "Mexico", "President Lula")}

OWNER_SPEAKS = [
    '{a} is not giving up. "We respect {b}," {p} said. {s} and {t}, {pos} two remaining sponsors, are still with {obj}.',
    '{a} is confident. "I spoke with {b} yesterday," {p} said. {s} and {t}, {pos} main backers, are still with {obj}.',
    '{a} is not giving up. "We respect {b}," {p} said. {s}, {pos} main sponsor, is still with {obj}.',
    '{a} is not giving up. "We respect {b}," {p} said. {s} backs {obj}.',
    '{a} is not giving up. "We respect {b}," {p} said. {s} has nominated {obj}.',
]
OTHER_OWNER = [
    '{a} spoke first. "We respect {b}," {q} said. {s} and {t}, {pos} two main sponsors, are still with {obj}.',
    '{a} spoke first. {b} then said {p} is in the race. {s} and {t}, {pos} two main sponsors, are still with {obj}.',
    '{a} spoke first. "We respect {b}," {q} said. {s} backs {obj}.',
    '{a} is not giving up. "We respect {b} and {s}, {pos} main sponsor," {p} said.',
    '{a} spoke first. Later {b} said {p} is running. {s}, {pos} main sponsor, is still with {obj}.',
]


def _keys(request, race, form):
    a, b, p, pos, obj, s, t, q = RACE[race]
    return grid_keys(request, race, form.format(a=a, b=b, p=p, pos=pos, obj=obj, s=s, t=t, q=q))


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", OWNER_SPEAKS)
def test_owner_is_the_speaker(request, race, form):
    a, b, _, _, _, s, _, _ = RACE[race]
    keys = _keys(request, race, form)
    assert ("endorsement", a, s) in keys
    assert ("endorsement", b, s) not in keys


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", OTHER_OWNER)
def test_owner_not_the_first_candidate(request, race, form):
    a, _, _, _, _, s, _, _ = RACE[race]
    assert ("endorsement", a, s) not in _keys(request, race, form)


# a quotation that others spoke (no speech tag's pronoun for the first candidate): "her" after it is whom the
# quotation named, not the candidate named before it
OTHERS_SPEAK = [
    '{a} toured the capital this week. Diplomats there were blunt: "{b} has the votes." {s} reaffirmed its support for {obj} on Monday.',
    '{a} toured the capital this week. "{b} has the votes," a diplomat said. {s} reaffirmed its support for {obj} on Monday.',
    '{a} spoke first. Officials were clear: "{b} is our choice." {s} backs {obj}.',
]


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", OTHERS_SPEAK)
def test_owner_after_others_quotation(request, race, form):
    a, b, _, _, _, s, _, _ = RACE[race]
    keys = _keys(request, race, form)
    assert ("endorsement", b, s) in keys
    assert ("endorsement", a, s) not in keys
