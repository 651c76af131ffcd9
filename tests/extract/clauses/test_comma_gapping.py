"""Comma gapping (session 32, cons32): "Poland backs Rutte, Hungary Iohannis", "Chile supports Bachelet, and Mexico,
Grynspan". A comma stands for the verb of the clause before, left out: the second state takes the same stance on the
candidate its clause names (frames/ellipsis.py `ellipsis_gapped_object`, which read "and" and ";" before). Invented
grids in both races; near misses: the clause before states no stance ("met", "hosted", a modal), the state's clause
has a verb of its own ("..., Hungary, Iohannis's neighbour, is undecided", "..., Hungary Iohannis's rival") or the
name after the comma is a speaker ("..., Romanian President Klaus Iohannis said").
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACE = {"nato": ("Poland", "Mark Rutte", "Rutte", "Hungary", "Klaus Iohannis", "Iohannis", "Romanian"),
        "un": ("Chile", "Michelle Bachelet", "Bachelet", "Mexico", "Rebeca Grynspan", "Grynspan", "Costa Rican")}

GAPPED = [
    "{s} backs {a}, {t} {b}.",
    "{s} supports {a}, and {t}, {b}.",
    "{s} supports {A}, and {t}, {B}.",
    "{s} has endorsed {a}, {t} {b}.",
    "On Monday {s} backed {a}, {t} {b}.",
    "{s} publicly supports {a}, and {t}, of course, {b}.",
]
NEAR = [
    "{s} backs {a}, {t}, {b}'s neighbour, is undecided.",
    "{s} met {a}, {t} {b}.",
    "{s} hosted {a} on Monday, {t} {b}.",
    "{s} could back {a}, {t} {b}.",
    "{s} backs {a}, {d} President {B} said.",
    "{s} backs {a}, {t}, {b} said.",
    "{s} backs {a}, {t} {b}'s rival.",
]


def _keys(request, race, form):
    s, A, a, t, B, b, d = RACE[race]
    return grid_keys(request, race, form.format(s=s, A=A, a=a, t=t, B=B, b=b, d=d))


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", GAPPED)
def test_comma_gapped_stance(request, race, form):
    s, A, _, t, B, _, _ = RACE[race]
    keys = _keys(request, race, form)
    assert ("endorsement", A, s) in keys
    assert ("endorsement", B, t) in keys


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", NEAR)
def test_comma_gapping_near_misses(request, race, form):
    _, _, _, t, B, _, _ = RACE[race]
    keys = _keys(request, race, form)
    assert not any(k[1] == B and k[2] == t for k in keys if k[0] in ("endorsement", "opposition"))
