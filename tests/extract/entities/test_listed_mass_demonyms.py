"""A list of a state's people opened by one "the" (session 37, miss37): "the British, French and Germans", "the British
and French", "the Americans, British, French and Dutch" stand for each state, as "the French and the Germans" do
(mention_forms: a mass demonym after such a list's opener, the list read to its end, where a verb or the clause's end
shows its items are nouns). Tested as invented grids in both races (no corpus sentence), about half near misses: the
list modifying a noun ("the Dutch, British and French calendars", "the British and French papers"), a modal, a stance
not yet taken, an opinion.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import E, grid_keys, stances

PERSON = {"nato": "Mark Rutte", "un": "Rebeca Grynspan"}

LISTED = ["The British, French and Germans back {a}.",
          "The British and French back {a}.",
          "The Americans, British, French and Dutch lined up behind {a}.",
          "The British, French and Germans had declared for {a} in the winter.",
          "The British and French also support {a}.",
          "The Irish, British and French endorsed {a} on Monday."]
LISTED_NEAR = ["The Dutch, British and French calendars settle in May, {a} said.",
               "The British and French papers say {a} is popular.",
               "The British, French and Germans could back {a} if the summit goes well.",
               "The British and French have not yet endorsed {a}.",
               "The Spanish and French originals were released with {a}'s letter.",
               "Analysts say the British and French would back {a}."]


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", LISTED)
def test_listed_mass_demonyms_are_the_states(request, race, form):
    a = PERSON[race]
    keys = grid_keys(request, race, form.format(a=a))
    assert E(a, "France") in keys and E(a, "United Kingdom") in keys


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", LISTED_NEAR)
def test_listed_mass_demonyms_near_misses(request, race, form):
    a = PERSON[race]
    assert E(a, "France") not in stances(grid_keys(request, race, form.format(a=a)))
