"""States listed as "neither A nor B" before their own verb (session 31, cons31), as invented grids in both races,
about half near-misses (no corpus sentence).

- the list is the subject: each state's stance is the clause negated (`mention_forms._NEITHER_SUBJECT_AFTER` lets the
  names act, `clauses._NOR_GLUE` lists them as one group, `scope.assess` reads the clause as "A will not ..."): a
  negation stated as a decision is a refusal ("Neither A nor B will support X", "... backed X" as "did not back X"),
  one only not (yet) taken is no event ("Neither A nor B has endorsed X", "has yet to"), as the guide's negation vs
  refusal rules say of one state;
- near-misses: a refusal negated ("Neither A nor B refused to back X": no stance told), a condition, a prediction,
  the stance not yet decided ("Neither has yet decided"), and the list where it is not the subject ("X has the
  support of neither A nor B": neither acts).
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys, stances

# (the candidate, two states by name, the same two by capital, a third state)
RACES = {"nato": ("Mark Rutte", ("Hungary", "Turkey"), ("Budapest", "Ankara"), "Slovakia"),
         "un": ("Rebeca Grynspan", ("Russia", "China"), ("Moscow", "Beijing"), "France")}
SUBJECTS = ["Neither {A} nor {B}", "Neither {a} nor {b}", "Neither {A}, {C} nor {B}"]

# the predicates that make the negated clause a refusal: each listed state opposes
REFUSALS = [
    "{S} will support {X}.",
    "{S} will back {X}, their envoys said.",
    "{S} would ever endorse {X}.",
    "{S} can support {X}'s candidacy.",
    "{S} backed {X} in the vote.",
    "{S} is prepared to back {X}.",
    "Diplomats said that neither {rest} will support {X}.",
]
# the same subjects in clauses that tell no stance
NEAR = [
    "{S} has endorsed {X} so far.",
    "{S} has yet to endorse {X}.",
    "{S} refused to back {X}.",
    "{S} could support {X} if she changed course.",
    "{S} is expected to back {X}.",
    "{S} has said whether it will back {X}.",
    "{X} has the support of neither {rest}.",
]


def _cases(forms):
    for race, (x, names, capitals, third) in RACES.items():
        for subject in SUBJECTS:
            s = subject.format(A=names[0], B=names[1], a=capitals[0], b=capitals[1], C=third)
            listed = {names[0], names[1]} | ({third} if "{C}" in subject else set())
            for form in forms:
                text = form.format(S=s, X=x, rest=s[len("Neither "):])
                yield pytest.param(race, text, x, listed, id=f"{race}-{text[:60]}")


@pytest.mark.parametrize("race,text,x,listed", list(_cases(REFUSALS)))
def test_neither_nor_subject_refuses(request, race, text, x, listed):
    assert stances(grid_keys(request, race, text)) == {("opposition", x, s) for s in listed}


@pytest.mark.parametrize("race,text,x,listed", list(_cases(NEAR)))
def test_neither_nor_near_miss(request, race, text, x, listed):
    assert stances(grid_keys(request, race, text)) == set()


@pytest.mark.parametrize("race", ["nato", "un"])
def test_neither_pronoun_undecided(request, race):
    x, names, _, _ = RACES[race]
    text = f"{names[0]} and {names[1]} are still weighing {x}'s bid. Neither has yet decided."
    assert stances(grid_keys(request, race, text)) == set()
