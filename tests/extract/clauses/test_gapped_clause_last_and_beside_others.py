"""Gapped clauses with a time of their own (session 37, cons37), two forms of them the construction sets missed: the
last (or only) gapped clause set off by a comma alone ("Lithuania endorsed X in March, Latvia in April"), and a gapped
clause in a sentence whose other clause states a stance on another candidate ("A backed X in February and B in March;
C is backing its own president, Y"): the gapped state takes the stance of the clause it follows, on the candidate
that clause ends in (frames/ellipsis.py `ellipsis_gapped_listed`, check_gapped `_conjunct_stance`). Invented grids in
both races; near misses: the first clause states no stance ("visited", a modal, a stance not yet taken), the
gapped-looking state is in a relative clause of the candidate ("X, who toured Estonia in March, Latvia in April"),
the clause before ends in a place rather than the candidate, or the state has a verb of its own ("B hosted him").
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys, stances

RACE = {"nato": ("Lithuania", "Latvia", "Estonia", "Romania", "Mark Rutte", "Rutte", "Klaus Iohannis", "Vilnius"),
        "un": ("Brazil", "Mexico", "Colombia", "Chile", "Rebeca Grynspan", "Grynspan", "Michelle Bachelet", "Brasilia")}

# (gapped state, expected stance type of the first and gapped clause)
GAPPED = [
    ("{s} endorsed {A} in March, {t} in April.", "endorsement"),
    ("{s} backed {A} on Monday, {t} a day later.", "endorsement"),
    ("{s} threw its weight behind {A} in March, {t} in April, diplomats said.", "endorsement"),
    ("{s} refused to back {A} in March, {t} in April.", "opposition"),
    ("{s} backed {A} in February and {t} in March; {w} is backing its own candidate, {B}.", "endorsement"),
    ("{s} backed {A} in February, {t} in March; {w}, meanwhile, supports {B}.", "endorsement"),
    ("{w} is backing {B}; {s} backed {A} in February and {t} in March.", "endorsement"),
]
NEAR = [
    "{a} visited {s} in March, {t} in April.",
    "{s} endorsed {A}, who toured {u} in March, {t} in April.",
    "{s} may endorse {A} in March, {t} in April.",
    "{s} has not yet endorsed {A}, {t} in April.",
    "{s} endorsed {A} in {c}, {t} in April.",
    "{s} might back {A} in February and {t} in March; {w} is backing its own candidate, {B}.",
    "{s} backed {A}, who toured {t} in March; {w} is backing its own candidate, {B}.",
    "{s} backed {A} in February and {t} hosted him in March; {w} is backing {B}.",
]


def _keys(request, race, form):
    s, t, u, w, A, a, B, c = RACE[race]
    return grid_keys(request, race, form.format(s=s, t=t, u=u, w=w, A=A, a=a, B=B, c=c))


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form,kind", GAPPED)
def test_gapped_state_takes_the_stance_of_the_clause_it_follows(request, race, form, kind):
    s, t, _, w, A, _, B, _ = RACE[race]
    keys = stances(_keys(request, race, form))
    assert (kind, A, s) in keys and (kind, A, t) in keys
    assert not {k for k in keys if k[2] == t and k[1] != A}
    if "{B}" in form:
        assert ("endorsement", B, w) in keys


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", NEAR)
def test_near_misses_give_the_gapped_state_nothing(request, race, form):
    t, u = RACE[race][1], RACE[race][2]
    keys = stances(_keys(request, race, form))
    assert not {k for k in keys if k[2] in (t, u)}
