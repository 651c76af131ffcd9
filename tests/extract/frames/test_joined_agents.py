"""A state joining a candidate's supporters or opponents named as a group (session 36, cons36): "Bulgaria joined the
ranks of Rutte's supporters", "S has joined the backers of X", "S swelled the ranks of X's opponents", "A joined B on
Monday as backers of X" (the state joined is one of them too): an endorsement, or an opposition after the
refusing agents (frames/stance_agents.py `endorse_joined_agents`, `oppose_joined_agents` and their "of" forms).
Invented grids in both races; near misses: a critic or a sceptic (no stance), supporters only possible or former,
a join not yet made or expected, supporters of another matter ("of X's reform plan", "co-sponsors of the
resolution") and a club of the supporters ("X's supporters' club").
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys, stances

RACE = {"nato": ("Bulgaria", "Spain", "Mark Rutte", "Rutte"),
        "un": ("Mexico", "Brazil", "Michelle Bachelet", "Bachelet")}

SUPPORT = [
    "{s} joined the ranks of {a}'s supporters.",
    "{s} joined {A}'s supporters on Monday.",
    "{s} has joined the backers of {A}.",
    "{s} joined the ranks of {A}'s earliest supporters.",
    "{t} and, on Wednesday, {s} joined the ranks of {a}'s supporters.",
]
JOINED_AS = [
    "{s} joined {t} on Monday as backers of {A}.",
    "{s} joined {t} as early backers of {A}.",
]
OPPOSE = [
    "{s} swelled the ranks of {a}'s opponents.",
    "{s} sided with the opponents of {A}.",
]
NEAR = [
    "{s} joined the ranks of the sceptics of {A}.",
    "{s} joined the critics of {A}.",
    "{s} joined {t} as possible backers of {A}.",
    "{s} joined {A}'s former supporters.",
    "{s} has not yet joined the ranks of {A}'s supporters.",
    "{s} is expected to join the ranks of {A}'s supporters.",
    "{s} joined the supporters of {A}'s reform plan.",
    "{s} joined {t} as co-sponsors of the resolution, {A} said.",
    "{s} joined {A}'s supporters' club.",
]


def _keys(request, race, form):
    s, t, A, a = RACE[race]
    return stances(grid_keys(request, race, form.format(s=s, t=t, A=A, a=a)))


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", SUPPORT)
def test_joining_the_supporters_is_support(request, race, form):
    s, t, A, _ = RACE[race]
    expected = {("endorsement", A, s)} | ({("endorsement", A, t)} if "{t}" in form else set())
    assert _keys(request, race, form) == expected


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", JOINED_AS)
def test_joining_a_state_as_supporters_is_support_of_both(request, race, form):
    s, t, A, _ = RACE[race]
    assert _keys(request, race, form) == {("endorsement", A, s), ("endorsement", A, t)}


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", OPPOSE)
def test_joining_the_opponents_is_opposition(request, race, form):
    s, _, A, _ = RACE[race]
    assert _keys(request, race, form) == {("opposition", A, s)}


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", NEAR)
def test_near_misses_state_no_stance(request, race, form):
    assert _keys(request, race, form) == set()
