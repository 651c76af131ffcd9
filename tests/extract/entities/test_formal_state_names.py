"""A state by its formal name, as press releases, notes verbales and the UN's own documents write it ("the Republic
of Ghana", "the Kingdom of Tonga", "the Independent State of Samoa", "the Federal Republic of Nigeria"): the names
are data (config/states.yaml aliases), the state's common short name is the actor. A grid: formal names x stance
forms, with near misses (a stance not yet taken, a formal name in another matter, a hypothetical) giving none."""
from __future__ import annotations

import pytest

from tests.extract.conftest import CAND, E, O

GRYNSPAN, GROSSI, BACHELET = "Rebeca Grynspan", "Rafael Grossi", "Michelle Bachelet"

# (formal name as written, common short name)
FORMAL = [("the Republic of Ghana", "Ghana"), ("the Kingdom of Tonga", "Tonga"),
          ("the Independent State of Samoa", "Samoa"), ("the Federal Republic of Nigeria", "Nigeria"),
          ("the Republic of Costa Rica", "Costa Rica"), ("the Eastern Republic of Uruguay", "Uruguay"),
          ("the Republic of Senegal", "Senegal"), ("the Republic of Fiji", "Fiji")]

STANCE = [
    ("The Government of {formal} supports the candidacy of Rebeca Grynspan.", lambda s: {E(GRYNSPAN, s)}),
    ("{Formal} has decided to back Rafael Grossi for the post of Secretary-General.", lambda s: {E(GROSSI, s)}),
    ("{Formal} will not support the candidacy of Michelle Bachelet.", lambda s: {O(BACHELET, s)}),
    ("{Formal} nominated Rebeca Grynspan for UN Secretary-General on 3 March.",
     lambda s: {CAND(GRYNSPAN), E(GRYNSPAN, s)}),
]
NEAR = [
    "{Formal} has not yet taken a position on the candidacy of Rebeca Grynspan.",
    "{Formal} supports the candidacy of its ambassador for a seat on the Human Rights Council.",
    "{Formal} could support Rafael Grossi if he campaigns on development.",
    "Rebeca Grynspan visited {formal} in March.",
]


def _fill(template, formal):
    return template.format(formal=formal, Formal=formal[0].upper() + formal[1:])


@pytest.mark.parametrize("formal,short", FORMAL)
@pytest.mark.parametrize("template,expected", STANCE)
def test_formal_name_is_the_state(race_keys, formal, short, template, expected):
    text = _fill(template, formal)
    assert race_keys("un", text) == expected(short), text


@pytest.mark.parametrize("formal,short", FORMAL)
@pytest.mark.parametrize("template", NEAR)
def test_formal_name_near_miss(race_keys, formal, short, template):
    text = _fill(template, formal)
    assert race_keys("un", text) == set(), text
