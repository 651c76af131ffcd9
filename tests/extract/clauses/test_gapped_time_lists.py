"""Gapped clauses with a time of their own (session 36, cons36): a list of them after a stance, each set off by a
comma ("Portugal backed X in February, Italy in March and Slovakia, finally, on Tuesday"), and a clause whose verb
phrase "so"/"neither" and an auxiliary stand for, with a time before or inside it ("and so, a day later, did
Slovakia", "and a day later so did Slovakia", "and neither, two days later, would Slovakia"): each state takes the
stance of the clause that opened the sentence (frames/ellipsis.py `ellipsis_gapped_listed`, `ellipsis_gapped`,
`ellipsis_so_clause`; check_gapped reads the gapped clauses of the list before the last one). Invented grids in both
races; near misses: the first clause states no stance ("visited", "hosted", a modal, a stance not yet taken), the
states are the objects of another phrase ("after talks with Italy in March"), the auxiliary is modal ("might"), or the
clause before the list is another one ("; Rutte visited Italy in March and Slovakia on Tuesday").
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys, stances

RACE = {"nato": ("Portugal", "Italy", "Slovakia", "Greece", "Mark Rutte", "Rutte"),
        "un": ("Brazil", "Mexico", "Colombia", "Peru", "Michelle Bachelet", "Bachelet")}

LISTED = [
    "{s} backed {A} in February, {t} in March and {u} on Tuesday.",
    "{s} backed {A} in February, {t} in March and {u}, finally, on Tuesday.",
    "{s} threw its weight behind {A} in February, {t} in March, and {u} last week.",
    "{s} endorsed {A} in February, {t} in March, {v} in April and {u} on Tuesday.",
]
SO_TIMED = [
    "{s} backed {A} on Monday, and so, a day later, did {u}.",
    "{s} backed {A} on Monday, and a day later so did {u}.",
    "{s} endorsed {A} on Monday, and, a week later, so did {u}.",
]
NEAR = [
    "{a} visited {s} in February, {t} in March and {u} on Tuesday.",
    "{s} hosted {A} on Monday, and so, a day later, did {u}.",
    "{s} has not yet endorsed {A}, and neither, a day later, has {u}.",
    "{s} backed {A} on Monday, and so, a day later, might {u}.",
    "{s} backed {A} after talks with {t} in March and {u} on Tuesday.",
    "{s} backed {A} in February; {a} visited {t} in March and {u} on Tuesday.",
    "{s} might back {A} in February, {t} in March and {u} on Tuesday.",
]


def _keys(request, race, form):
    s, t, u, v, A, a = RACE[race]
    return grid_keys(request, race, form.format(s=s, t=t, u=u, v=v, A=A, a=a))


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", LISTED)
def test_each_gapped_clause_of_a_list_takes_the_stance(request, race, form):
    s, t, u, v, A, _ = RACE[race]
    keys = stances(_keys(request, race, form))
    expected = {("endorsement", A, x) for x in (s, t, u) + ((v,) if "{v}" in form else ())}
    assert keys == expected


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", SO_TIMED)
def test_so_clause_with_a_time_takes_the_stance(request, race, form):
    s, _, u, _, A, _ = RACE[race]
    assert stances(_keys(request, race, form)) == {("endorsement", A, s), ("endorsement", A, u)}


@pytest.mark.parametrize("race", RACE)
def test_neither_clause_with_a_time_repeats_the_refusal(request, race):
    s, _, u, _, A, _ = RACE[race]
    keys = _keys(request, race, "{s} will not back {A}, and neither, two days later, would {u}.")
    assert stances(keys) == {("opposition", A, s), ("opposition", A, u)}


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", NEAR)
def test_near_misses_give_the_gapped_states_nothing(request, race, form):
    s, t, u, v, A, _ = RACE[race]
    keys = stances(_keys(request, race, form))
    assert not {k for k in keys if k[2] in (t, u, v)}
