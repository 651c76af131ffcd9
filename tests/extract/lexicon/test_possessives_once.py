"""The possessives of the third person once (code health of session 39, tidy39; issue 12): the rules that took any
owner's possessive before a noun ("gave its backing to X", "gave their backing to X", "switched its support to X",
"threw its weight behind X") read lexicon.THIRD_PERSON_POSSESSIVES ("its|their|his|her") instead of writing it out;
a rule that takes only a state's ("its|their") or only a person's ("his|her") writes that pair.

The grid holds those forms in both races, half near misses (another object, a modal, a weighing verb, a denial).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from natowatch.extract import lexicon
from natowatch.extract.lexicon import POSSESSIVES, THIRD_PERSON_POSSESSIVES
from tests.extract.conftest import grid_keys

EXTRACT = Path(lexicon.__file__).resolve().parent


def test_the_third_person_possessives_are_the_lexicons():
    assert set(THIRD_PERSON_POSSESSIVES.split("|")) < set(POSSESSIVES)


def test_no_module_spells_the_four_possessives_out():
    run = re.compile(r"(?:[(:|]|r?\")its\|their\|his\|her[|)]")
    copies = [f"{path.relative_to(EXTRACT)}:{n}" for path in sorted(EXTRACT.rglob("*.py")) if path.name != "lexicon.py"
              for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if not line.lstrip().startswith("#") and run.search(line)]
    assert copies == []


RACES = {
    "nato": dict(S="Hungary", T="Spain", Y="Mark Rutte"),
    "un": dict(S="Chile", T="Peru", Y="Rebeca Grynspan"),
}
# (sentence, the states whose endorsement of Y it states)
CASES = [
    ("{S} gave its backing to {Y}.", {"S"}),
    ("{S} and {T} gave their backing to {Y}.", {"S", "T"}),
    ("{S} switched its support to {Y}.", {"S"}),
    ("{S} pledged its support to {Y} on Monday.", {"S"}),
    ("{S} threw its weight behind {Y}.", {"S"}),
    ("{S} confirmed its support for {Y} in a letter.", {"S"}),
    # near misses
    ("{S} gave its backing to the reform.", set()),
    ("{S} may give its backing to {Y}.", set()),
    ("{S} switched its support to the reform.", set()),
    ("{S} pledged its support to the plan on Monday.", set()),
    ("{S} weighed throwing its weight behind {Y}.", set()),
    ("{S} denied it had given its backing to {Y}.", set()),
]
GRID = [(race, s, expected) for race in RACES for s, expected in CASES]


@pytest.mark.parametrize("race,sentence,expected", GRID, ids=[f"{r}|{s[:60]}" for r, s, _ in GRID])
def test_a_possessive_form_in_both_races(request, race, sentence, expected):
    names = RACES[race]
    found = {k for k in grid_keys(request, race, sentence.format(**names)) if k[0] in ("endorsement", "opposition")}
    assert found == {("endorsement", names["Y"], names[s]) for s in expected}
