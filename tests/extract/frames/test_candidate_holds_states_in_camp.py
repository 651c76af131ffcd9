"""The candidate as the subject holding states in her camp (session 39, genre39): "X has Madrid and Lima in her
corner", "X has the Americans and the British on side", "X now has Paris firmly on board": the states held are
endorsements of the candidate (frames/stance_agents.py `endorse_held_in_camp`, checked as support received, as
"X counts S among her backers"). The form of opinion pieces and "who backs whom" analysis. Invented grids in both
races (no corpus sentence), about half near misses: a wish, a writer's guess, a forecast with a modal, a condition,
a negation that is no refusal, an aggregate, a group of states named collectively, a camp on another matter, an
outlet's preference, a sight that is no camp.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import E, grid_keys, stances

PERSON = {"nato": "Mark Rutte", "un": "Rebeca Grynspan"}

HELD = ["{a} has Spain and Italy in {p} corner.",
        "{a} has the Spanish and the Italians on side.",
        "{a} now has Spain firmly on board.",
        "{a} has Spain on {p} side, and Italy too.",
        "{a}, who has Spain in {p} corner, met reporters on Monday.",
        "{a} has had Spain squarely in {p} camp since April.",
        "{a} already has Madrid and Rome onside."]
HELD_NEAR = ["{a} hopes to have Spain and Italy in {p} corner.",
             "Analysts believe {a} has Spain and Italy in {p} corner.",
             "{a} will have Spain and Italy in {p} corner by June.",
             "{a} could have Spain and Italy on side if the vote is delayed.",
             "{a} does not have Spain and Italy in {p} corner.",
             "{a} has most capitals in {p} corner.",
             "{a} has the Nordic countries in {p} corner.",
             "{a} has Spain and Italy on board with the climate plan.",
             "{a} has Spain and Italy in {p} sights.",
             "The Guardian has {a} in its corner."]


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", HELD)
def test_candidate_holds_states_in_camp(request, race, form):
    a = PERSON[race]
    keys = grid_keys(request, race, form.format(a=a, p="his" if race == "nato" else "her"))
    assert E(a, "Spain") in keys
    if "Italy" in form or "Rome" in form:
        assert E(a, "Italy") in keys


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", HELD_NEAR)
def test_candidate_holds_states_in_camp_near_misses(request, race, form):
    a = PERSON[race]
    keys = stances(grid_keys(request, race, form.format(a=a, p="his" if race == "nato" else "her")))
    assert E(a, "Spain") not in keys and E(a, "Italy") not in keys
