"""Nominal refusals with the agent first (session 32, cons32): "the rejection by Washington of X's bid", "a veto from
Moscow on X". After "by" or "from" the refused candidate may follow with "of" or "on" (before, only "to" or
"against": "the opposition of Russia to X"); and a stance noun feared, sought or awaited ("diplomats fear a veto from
Moscow on X", the lexicon's unmet words) is no stance given, as for a stance on the candidate in focus. Invented grids
in both races; near misses: the noun's object is something else, the noun is negated, modal, denied, feared or
only talked of.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACE = {"nato": ("Mark Rutte", "Rutte", "Hungary", "Budapest", "his"),
        "un": ("Rebeca Grynspan", "Grynspan", "Russia", "Moscow", "her")}

REFUSED = [
    "The rejection by {c} of {a}'s bid came on Monday.",
    "A veto from {c} on {a} came on Monday.",
    "The formal rejection by {s} of {a}'s candidacy was announced on Tuesday.",
    "The veto by {c} of {a}'s candidacy surprised no one.",
    "{a}'s campaign ended with a veto from {c} on {p} bid.",
    "Objections from {c} to {a} were voiced again.",
    # an unmet word in the clause before is not the noun's: the noun phrase's own words only
    "{a} needs every vote, and the objections of {s} to {p} bid remain.",
    "{A} needs unanimity, but the opposition of {s} to {p} bid is firm.",
    "{a} sought a compromise; the objections of {s} to {p} bid remain.",
]
NOT_GIVEN = [
    "A veto from {c} on {a} remains possible.",
    "The rejection by {c} of the climate treaty came on Monday.",
    "Diplomats fear a veto from {c} on {a}.",
    "A veto from {c} on {a} would end {p} campaign.",
    "There was no rejection by {c} of {a}'s bid.",
    "Talk of a veto from {c} on {a} is premature.",
    "Diplomats fear objections from {c} to {a}.",
    "The rejection by {c} of {a}'s bid was denied by officials.",
    "{a} still needs the formal support of {s}.",
    "{A} is still seeking the backing of {s} for {p} bid.",
]


def _keys(request, race, form):
    A, a, s, c, p = RACE[race]
    return grid_keys(request, race, form.format(A=A, a=a, s=s, c=c, p=p))


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", REFUSED)
def test_nominal_refusal_agent_first(request, race, form):
    A, _, s, _, _ = RACE[race]
    assert ("opposition", A, s) in _keys(request, race, form)


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", NOT_GIVEN)
def test_nominal_refusal_near_misses(request, race, form):
    A, _, s, _, _ = RACE[race]
    keys = _keys(request, race, form)
    assert ("opposition", A, s) not in keys and ("endorsement", A, s) not in keys
