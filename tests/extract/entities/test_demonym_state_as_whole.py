"""A state called "the <demonym> state" (session 37, miss37): the state as a whole acts as its government does
("the full support of the Estonian state", "the Estonian state backs X", "the Estonian state rallying behind X"),
the lexicon's `polity_words` read by mention_forms, when the noun ends its noun phrase (a verb, a function word,
a quote or the clause's end follows). Tested as invented grids in both races (no corpus sentence), about half near
misses: the noun modifying another ("the Estonian state media", "state news agency", "state budget"), a state of a
federation ("the American state of Texas"), no "the" before it, a stance not taken, a condition, an opinion.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import E, grid_keys, stances

PERSON = {"nato": "Mark Rutte", "un": "Rebeca Grynspan"}

WHOLE = ["{a}'s bid has the full support of the Estonian state.",
         "The foreign minister said the candidacy of {a} enjoys the unconditional backing of the Estonian state.",
         "The Estonian state supports {a} without reserve.",
         "In effect this is the Estonian state rallying behind {a}.",
         "The Estonian state has endorsed {a}, the minister told parliament.",
         "{a} won the backing of the Estonian state on Monday."]
WHOLE_NEAR = ["The Estonian state media said {a} was popular.",
              "The Estonian state news agency reported that {a} met ministers.",
              "The Estonian state budget pays for a campaign office, {a} said.",
              "Estonian state television backs {a}, its editors wrote.",
              "The Estonian state has not yet endorsed {a}.",
              "The Estonian state could back {a} if the others do.",
              "Analysts say {a} would be good for the Estonian state.",
              # (a noun the state modifies, in the plural or in -ing, or the state's own: its outlets, no state)
              "The Estonian state newspapers backed {a} on Monday.",
              "The Estonian state broadcasters support {a}, viewers complain.",
              "The Estonian state broadcasting network backs {a}.",
              "The Estonian state's news agency backs {a}."]


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", WHOLE)
def test_demonym_state_is_the_state(request, race, form):
    a = PERSON[race]
    assert E(a, "Estonia") in grid_keys(request, race, form.format(a=a))


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", WHOLE_NEAR)
def test_demonym_state_near_misses(request, race, form):
    a = PERSON[race]
    assert E(a, "Estonia") not in stances(grid_keys(request, race, form.format(a=a)))
