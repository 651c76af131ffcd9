"""Nominations handed over by other verbs, seconding, and the post as one noun (issue 12): a state that renews, sends,
hands in or delivers the nomination of a person nominates them (candidacy and endorsement, as "lodged"), also "to the
Council" (a preposition's object, not an infinitive of another aim: "bid to host the summit") and before a time ("to
the Council on Monday" is no seat "on" a body); a state that seconds a person or their nomination backs them (not
"seconded the motion"); "the secretary-generalship" names the post of either race (the other race's is another post).
A grid: both races x forms, about half near misses giving no event."""
from __future__ import annotations

import pytest

from tests.extract.conftest import CAND, E, grid_keys

# (race, candidate, pronoun's possessive, nominating state, another state, the other race's organisation)
CASES = [("nato", "Kaja Kallas", "her", "Estonia", "Poland", "UN"),
         ("nato", "Mark Rutte", "his", "Netherlands", "Germany", "UN"),
         ("un", "Rebeca Grynspan", "her", "Costa Rica", "Panama", "NATO"),
         ("un", "Rafael Grossi", "his", "Argentina", "Paraguay", "NATO")]

HANDED = [
    "{state} renewed its nomination of {cand} for the top job on Monday.",
    "{state} sent the nomination of {cand} to the Council on Monday.",
    "{state} sent the nomination of {cand} to the Council.",
    "{state} handed in the nomination of {cand} for the secretary-generalship on Tuesday.",
    "{state} delivered its nomination of {cand} for the secretary-generalship.",
    "{state} submitted the nomination of {cand} to the Council.",

]
HANDED_NEAR = [
    "{state} sent the nomination of {cand} to the board of a development bank on Monday.",
    "{state} has not yet sent the nomination of {cand} to the Council.",
    "{state} sent {cand} to the summit on Monday.",
    "{state} handed in its report on the summit to the Council on Tuesday.",
    "{state} approved the bid of {cand} to host the climate summit.",
    "{state} renewed its nomination of {cand} for the {org} secretary-generalship.",
    "The nomination of {cand} to the Nobel committee by {state} surprised no one.",
    "{state} sent the nomination of {cand} to the Council of Europe.",
]


@pytest.mark.parametrize("race,cand,poss,state,other,org", CASES)
@pytest.mark.parametrize("template", HANDED)
def test_handed_nomination(request, race, cand, poss, state, other, org, template):
    text = template.format(cand=cand, state=state, org=org)
    assert grid_keys(request, race, text) == {CAND(cand), E(cand, state)}, text


@pytest.mark.parametrize("race,cand,poss,state,other,org", CASES)
@pytest.mark.parametrize("template", HANDED_NEAR)
def test_handed_near_miss(request, race, cand, poss, state, other, org, template):
    text = template.format(cand=cand, state=state, org=org)
    assert grid_keys(request, race, text) == set(), text


NOMINATED = "{state} nominated {cand} for the secretary-generalship. "
SECONDED = [
    "{other} seconded the nomination on Tuesday.",
    "{other} seconded {poss} nomination on Tuesday.",
    "{other} seconded the nomination of {cand}.",
]
SECONDED_NEAR = [
    "{other} seconded the motion on Tuesday.",
    "{other} has not seconded the nomination.",
    "{other} is expected to second the nomination.",
    "{other} would second the nomination if asked.",
]


@pytest.mark.parametrize("race,cand,poss,state,other,org", CASES)
@pytest.mark.parametrize("template", SECONDED)
def test_seconded_nomination(request, race, cand, poss, state, other, org, template):
    text = NOMINATED.format(cand=cand, state=state) + template.format(cand=cand, other=other, poss=poss)
    assert grid_keys(request, race, text) == {CAND(cand), E(cand, state), E(cand, other)}, text


@pytest.mark.parametrize("race,cand,poss,state,other,org", CASES)
@pytest.mark.parametrize("template", SECONDED_NEAR)
def test_seconded_near_miss(request, race, cand, poss, state, other, org, template):
    text = NOMINATED.format(cand=cand, state=state) + template.format(cand=cand, other=other, poss=poss)
    assert grid_keys(request, race, text) == {CAND(cand), E(cand, state)}, text


@pytest.mark.parametrize("race,cand,poss,state,other,org", CASES)
def test_secretary_generalship_is_the_post(request, race, cand, poss, state, other, org):
    assert grid_keys(request, race, f"{cand} is seeking the secretary-generalship.") == {CAND(cand)}
    assert grid_keys(request, race, f"{cand} is seeking the {org} secretary-generalship.") == set()
