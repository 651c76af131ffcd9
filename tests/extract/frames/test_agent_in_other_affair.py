"""A stance's agent noun in apposition, where it holds, session 35 (mend35, review34 final finding 5; issue 12):
invented grids in both races, half near misses, none a corpus sentence.

"S, a fierce opponent of X in the race / within the alliance," states S's opposition (a where phrase after the agent
noun is where it holds); "S, a fierce opponent of X in the 2015 migration row," is S's stance in another affair or
year, none on the bid (frames/vocab.py agents_where).
"""
from __future__ import annotations

import pytest

RACES = {"nato": dict(A="Mark Rutte", S="Hungary", O="NATO", Y="2024"), "un": dict(A="Rebeca Grynspan", S="Brazil", O="the UN", Y="2026")}

IN_RACE = [
    "{S}, once an opponent of {A} in the race, now backs the field's consensus.",
    "{S}, a fierce opponent of {A} in the alliance, said it was pleased.",
    "{S}, long an opponent of {A} within {O}, met the other envoys on Monday.",
    "{S}, a former opponent of {A} in the race, said it was weighing its options.",
    "{S}, a fierce opponent of {A} abroad, said it was pleased.",
    # a year alone, or talks on the post, is the race's own (review35 finding 4)
    "{S}, a fierce opponent of {A} in the {Y} race, said it was pleased.",
    "{S}, a fierce opponent of {A} in {Y}, said it was pleased.",
    "{S}, long an opponent of {A} in the talks on the top job, said it was pleased.",
]
ELSEWHERE = [
    "{S}, a fierce opponent of {A} in the 2015 migration row, said it was pleased.",
    "{S}, an opponent of {A} at the 2019 summit, said it was weighing its options.",
    "{S}, a fierce opponent of {A} in the budget talks, said it was pleased.",
    "{S}, long an opponent of {A} in the dispute over migration, met the other envoys on Monday.",
    "{S}, an opponent of {A} in the accession talks, said it was weighing its options.",
]


@pytest.mark.parametrize("race,form,stated", [(r, f, s) for r in RACES for forms, s in ((IN_RACE, True), (ELSEWHERE, False))
                                              for f in forms])
def test_opponent_where(race_keys, race, form, stated):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    assert (("opposition", p["A"], p["S"]) in keys) is stated, keys
