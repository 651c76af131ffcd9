"""Clauses whose verb phrase is left out (issue 12, frames/elided_clauses.py): set against a stance not taken or
refused ("A has not yet endorsed X, but B did so on Monday": B endorses X), the state's own word that it will join
("A backs X, and B says it will too": B endorses X), and a nomination's "so did B" ("A nominated X, and so did B":
B nominates X, candidacy and endorsement). A grid: both races x forms, about half near misses giving no event for B
(a modal, a negation, nobody named, another's forecast, another candidate named, doubt)."""
from __future__ import annotations

import pytest

from tests.extract.conftest import CAND, E, O, grid_keys

# (race, candidate, another candidate, first state, second state)
CASES = [("nato", "Mark Rutte", "Klaus Iohannis", "Hungary", "Germany"),
         ("nato", "Kaja Kallas", "Mark Rutte", "Poland", "Turkey"),
         ("un", "Rebeca Grynspan", "Michelle Bachelet", "Chile", "Panama"),
         ("un", "Rafael Grossi", "Rebeca Grynspan", "Brazil", "Paraguay")]

CONTRAST = [
    "{a} has not yet endorsed {x}, but {b} did so on Monday.",
    "{a} has not endorsed {x}, but {b} has done so.",
    "{a} has yet to back {x}, whereas {b} already has.",
    "{a} has not publicly backed {x}, but {b} has.",
    "{a} stopped short of endorsing {x}, but {b} did so on Tuesday.",
]
CONTRAST_NEAR = [
    "{a} has not yet endorsed {x}, but {b} may do so on Monday.",
    "{a} has not yet endorsed {x}, but {b} might.",
    "{a} has not yet endorsed {x}, and {b} has not done so either.",
    "{a} has not yet endorsed {x}, but {b} could do so soon.",
    "{a} has not yet endorsed {x}, but nobody else has either.",
    "{a} has not yet endorsed {x}, but {b} has said it would consider it.",
    "{a} has not yet endorsed {x}, but {b} did not either.",
]


@pytest.mark.parametrize("race,x,y,a,b", CASES)
@pytest.mark.parametrize("template", CONTRAST)
def test_contrast_done(request, race, x, y, a, b, template):
    text = template.format(x=x, a=a, b=b)
    assert grid_keys(request, race, text) == {E(x, b)}, text


@pytest.mark.parametrize("race,x,y,a,b", CASES)
@pytest.mark.parametrize("template", CONTRAST_NEAR)
def test_contrast_near_miss(request, race, x, y, a, b, template):
    text = template.format(x=x, a=a, b=b)
    assert grid_keys(request, race, text) == set(), text


@pytest.mark.parametrize("race,x,y,a,b", CASES)
@pytest.mark.parametrize("template", ["{a} will not back {x}, but {b} will.",
                                      "{a} declined to back {x} on Monday, while {b} did."])
def test_refused_then_contrasted(request, race, x, y, a, b, template):
    # a refusal stated as a decision, then the contrasted state's stance, stated
    text = template.format(x=x, a=a, b=b)
    assert grid_keys(request, race, text) == {O(x, a), E(x, b)}, text


SAID_TOO = [
    "{a} backs {x}, and {b} says it will too.",
    "{a} backs {x}, and {b} said it would as well.",
    "{a} backs {x}. {b} says it will too.",
    "{a} has endorsed {x}; {b} has said it will do so too.",
    "{a} backs {x}, and {b} has announced that it will also do so.",
]
SAID_TOO_NEAR = [
    "{a} backs {x}, and {b} says it may too.",
    "{a} backs {x}, and {b} says it will not.",
    "{a} backs {x}. Analysts say {b} will too.",
    "{a} backs {x}, and {b} says it might as well.",
    "{a} backs {x}, and {b} says it will too, but for {y}.",
]


@pytest.mark.parametrize("race,x,y,a,b", CASES)
@pytest.mark.parametrize("template", SAID_TOO)
def test_said_it_will_too(request, race, x, y, a, b, template):
    text = template.format(x=x, y=y, a=a, b=b)
    assert grid_keys(request, race, text) == {E(x, a), E(x, b)}, text


@pytest.mark.parametrize("race,x,y,a,b", CASES)
@pytest.mark.parametrize("template", SAID_TOO_NEAR)
def test_said_it_will_too_near_miss(request, race, x, y, a, b, template):
    text = template.format(x=x, y=y, a=a, b=b)
    assert E(x, b) not in grid_keys(request, race, text), text


SO_NOMINATED = [
    "{a} nominated {x} on Monday, and so did {b}.",
    "{a} has nominated {x} for the post, and so has {b}.",
    "{a} put {x} forward, and so, a day later, did {b}.",
    "{a} nominated {x}, as did {b}.",
    "{a} nominated {x} on Monday, as has {b} since.",
]
SO_NOMINATED_NEAR = [
    "{a} nominated {x} on Monday, and so did nobody else.",
    "{a} nominated {x} on Monday, and so may {b}.",
    "{a} nominated {x} on Monday, and neither did {b}.",
    "{a} nominated {x} on Monday, and so, analysts say, might {b}.",
    "{a} nominated {x} on Monday, as may {b}.",
    "{a} nominated {x} on Monday, as did nobody else.",
]


@pytest.mark.parametrize("race,x,y,a,b", CASES)
@pytest.mark.parametrize("template", SO_NOMINATED)
def test_so_did_after_nomination(request, race, x, y, a, b, template):
    text = template.format(x=x, a=a, b=b)
    assert grid_keys(request, race, text) == {CAND(x), E(x, a), E(x, b)}, text


@pytest.mark.parametrize("race,x,y,a,b", CASES)
@pytest.mark.parametrize("template", SO_NOMINATED_NEAR)
def test_so_did_after_nomination_near_miss(request, race, x, y, a, b, template):
    text = template.format(x=x, a=a, b=b)
    assert grid_keys(request, race, text) == {CAND(x), E(x, a)}, text
