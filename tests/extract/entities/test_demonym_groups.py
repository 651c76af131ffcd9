"""States by a demonym before a noun of a group (session 31, miss31): "our Estonian friends", "our Latvian
neighbours", "the Polish partners" stand for that state, as "the Czech government" does (the lexicon's `peer_nouns`,
read by mention_forms; coordinated demonyms before one such noun each their own: "our Estonian and Lithuanian
friends"). Tested as invented grids in both races (no corpus sentence), about half near-misses: a
person's friends ("his Estonian friends"), a stance not taken, a modal, an opinion, a group as an object.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import E, grid_keys, stances

PERSON = {"nato": "Mark Rutte", "un": "Rebeca Grynspan"}
PEERS = ["friends", "neighbours", "partners"]

GROUP = ["Our Estonian {n} back {a}.", "Latvia backed {a} in May, together with our Estonian and Lithuanian {n}.",
         "Our Estonian {n} are also behind {a}.", "The Estonian {n} have endorsed {a}.",
         "Our Lithuanian and Estonian {n} said they support {a}."]
GROUP_NEAR = ["His Estonian {n} back {a}.", "Our Estonian {n} could back {a}.",
              "Our Estonian {n} have not yet endorsed {a}.", "Our Estonian {n} say {a} is popular.",
              "{a} thanked our Estonian {n} for their advice.", "Our Estonian {n} are said to be weighing {a}."]


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", GROUP)
@pytest.mark.parametrize("noun", PEERS)
def test_demonym_group_noun_is_the_state(request, race, form, noun):
    a = PERSON[race]
    assert E(a, "Estonia") in grid_keys(request, race, form.format(a=a, n=noun))


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", GROUP_NEAR)
@pytest.mark.parametrize("noun", PEERS)
def test_demonym_group_noun_near_misses(request, race, form, noun):
    a = PERSON[race]
    assert E(a, "Estonia") not in stances(grid_keys(request, race, form.format(a=a, n=noun)))
