"""A masthead in capitals naming a multiword place whose name holds a connector ("PORT OF SPAIN", "TRINIDAD AND
TOBAGO") (prec37, issue 12): invented grids in both races, about half near misses.

Titled for the gazetteer, "EMBASSY IN PORT OF SPAIN" read "Port Of Spain", which no name matches, and so the
state inside it ("Spain") was taken as the masthead's issuer. The title case now keeps a name's connectors (the
lexicon's voice.name_connectors) in lower case ("Port of Spain", "Trinidad and Tobago", "Kingdom of the Netherlands";
"the" only after another connector: "IN THE HAGUE" keeps "The Hague"), so the longest name wins: the capital is the
host, and an embassy only "in" it has no issuer. Near misses: a masthead naming only its host gives no stance.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import event_keys

RACES = {
    "nato": dict(cand="Mark Rutte", post="NATO Secretary General", day=dt.date(2024, 6, 20)),
    "un": dict(cand="Rebeca Grynspan", post="Secretary-General of the United Nations", day=dt.date(2026, 6, 20)),
}
BODY = "\nPress release\n\nOur Government backs {cand} for the post of {post}."
# (masthead, the issuing state, by race; None: the same in both)
ISSUED = [
    ("EMBASSY OF SPAIN IN PORT OF SPAIN", "Spain"),
    ("EMBASSY OF THE KINGDOM OF SPAIN IN PORT OF SPAIN", "Spain"),
    ("EMBASSY OF POLAND IN PORT OF SPAIN", "Poland"),
    ("EMBASSY OF THE KINGDOM OF THE NETHERLANDS IN PORT OF SPAIN", "Netherlands"),
    ("EMBASSY OF POLAND IN THE HAGUE", "Poland"),
]
NOT_ISSUED = [
    # only the host named, its name holding another state's: no issuer, and never that state
    "EMBASSY IN PORT OF SPAIN",
    "CONSULATE GENERAL IN PORT OF SPAIN",
    "EMBASSY IN PORT OF SPAIN, TRINIDAD AND TOBAGO",
    "EMBASSY IN THE HAGUE",
    "HIGH COMMISSION IN PORT OF SPAIN",
]


def _stances(request, race: str, text: str) -> set[tuple]:
    r = RACES[race]
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    return {k for k in event_keys(story, "Community bulletin", text, r["day"]) if k[0] in ("endorsement", "opposition")}


@pytest.mark.parametrize("race,head,state", [(r, h, s) for r in RACES for h, s in ISSUED])
def test_caps_masthead_multiword_capital(request, race, head, state):
    r = RACES[race]
    text = (head + BODY).format(**r)
    assert _stances(request, race, text) == {("endorsement", r["cand"], state)}, text


@pytest.mark.parametrize("race,head", [(r, h) for r in RACES for h in NOT_ISSUED])
def test_caps_masthead_multiword_capital_near(request, race, head):
    text = (head + BODY).format(**RACES[race])
    assert not _stances(request, race, text), text


# the same in running text of the NATO race, whose story holds no Trinidad and Tobago: the shared list of states puts
# "Port of" before Spain's name as another place (story._inner_names_placed)
PROSE = [
    ("Speaking in Port of Spain, the minister said his government backs Rutte.", set()),
    ("Officials in Port of Spain back Rutte.", set()),
    ("Port of Spain backs Rutte.", set()),
    ("Madrid backs Rutte, officials in Port of Spain said.", {("endorsement", "Mark Rutte", "Spain")}),
    ("The embassy in Port of Spain said Spain backs Rutte.", {("endorsement", "Mark Rutte", "Spain")}),
    ("Spain backs Rutte.", {("endorsement", "Mark Rutte", "Spain")}),
]


@pytest.mark.parametrize("sentence,expected", PROSE)
def test_capital_holding_a_member_name(race_keys, sentence, expected):
    assert race_keys("nato", sentence) == expected
