"""Lists, coordination and stance ellipsis (session 26, lists26), tested as grids of invented sentences in both races
(no corpus sentence), about half of them near-misses that give no event:

- a relative clause after ONE member of a list is that member's own: the names a noun's coordinator ("as well as",
  "along with", "together with", "plus", "and") joins after the clause's closing comma are listed with the head, not
  with the clause's verb ("Members include A, which backs X, as well as B, C and D": A alone backs X); a list that only
  says who belongs to a body is no stance;
- an apposition after a list whose earlier member has an aside of its own is about the members after that aside
  ("A, whose president nominated Y, and B and C, two of the sponsors of X": B and C back X, not A).
"""
from __future__ import annotations

import pytest


RACES = {
    "nato": dict(cand="Mark Rutte", short="Rutte", other="Klaus Iohannis", pron="him",
                 states=("Hungary", "Slovakia", "Turkey", "Spain", "Poland")),
    "un": dict(cand="Rebeca Grynspan", short="Grynspan", other="Rafael Grossi", pron="her",
               states=("Peru", "Chile", "Brazil", "Mexico", "Colombia")),
}


@pytest.fixture(scope="module")
def stances(race_keys):
    """(race, text) -> the endorsements and oppositions of a one-sentence article of that race."""
    return lambda race, text: {k for k in race_keys(race, text) if k[0] in ("endorsement", "opposition")}


# ---------------------------------------------------------------- slice 1: a relative after one member of a list
MEMBERSHIP = ["Members of the contact group include", "The Council's elected members this year are",
              "Sitting on the panel are", "The committee now comprises"]
COORDINATORS = ["as well as", "along with", "together with", "plus", "and"]
RELATIVES = ["which backs {X}", "which has endorsed {X}", "whose government supports {X}", "which declared for {X} in May"]


def _member_cells():
    return [(race, body, coord, rel) for race in RACES for body in MEMBERSHIP for coord in COORDINATORS
            for rel in RELATIVES]


@pytest.mark.parametrize("race,body,coord,rel", _member_cells(),
                         ids=[f"{c[0]}-{c[1][:12]}-{c[2]}-{c[3][:14]}" for c in _member_cells()])
def test_relative_after_one_member_is_its_own(stances, race, body, coord, rel):
    r = RACES[race]
    a, b, c, d = r["states"][:4]
    text = f"{body} {a}, {rel.format(X=r['short'])}, {coord} {b}, {c} and {d}."
    # (the members after the clause take no stance: near-miss for each of them)
    assert stances(race, text) == {("endorsement", r["cand"], a)}


# the same coordinators inside the clause or with the verb in the main clause: everyone named acts
SHARED = [
    ("{A} backs {X}, as well as {B} and {C}.", [0, 1, 2]),
    ("{A} backs {X}, along with {B} and {C}.", [0, 1, 2]),
    ("{A} backed {X} in May, together with {B}.", [0, 1]),
    ("{A}, which backs {X} alongside {B}, sits on the Council.", [0, 1]),
    ("{A}, {B} and {C}, which back {X}, sit on the Council.", [0, 1, 2]),
    ("{A}, which backs {X}, sits on the Council along with {B} and {C}.", [0]),
    ("{A}, which backs {X}, as well as {B}, which opposes {P}, sit on the Council.", [0]),
]


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,acting", SHARED, ids=[s[:50] for s, _ in SHARED])
def test_coordinator_inside_or_outside_the_clause(stances, race, sentence, acting):
    r = RACES[race]
    states = r["states"]
    got = {x for x in stances(race, sentence.format(A=states[0], B=states[1], C=states[2], X=r["short"],
                                                              P=r["pron"])) if x[0] == "endorsement"}
    assert got == {("endorsement", r["cand"], states[i]) for i in acting}


# an apposition after a list whose first member has an aside of its own: the later members' alone
APPOSED = [
    ("The vote puts {Z} on the other side from {A}, whose government nominated {Y} in May, and from {B} and {C}, two of "
     "the sponsors of {X}.", [1, 2]),
    ("{Z} differs from {A}, which nominated {Y} in May, and from {B}, the chief sponsor of {X}.", [1]),
    ("{A}, a founding member, and {B}, one of the main backers of {X}, met on Monday.", [1]),
    ("{A}, which is close to {Y}, and {B} and {C}, two of the earliest backers of {X}, met on Monday.", [1, 2]),
    ("{A}, {B} and {C}, three of the sponsors of {X}, met on Monday.", [0, 1, 2]),
    ("{A} and {B}, two of the sponsors of {X}, met on Monday.", [0, 1]),
]


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,acting", APPOSED, ids=[s[:50] for s, _ in APPOSED])
def test_apposition_after_a_member_aside(stances, race, sentence, acting):
    r = RACES[race]
    states = r["states"]
    text = sentence.format(A=states[0], B=states[1], C=states[2], Z=states[4], X=r["cand"], Y=r["other"])
    got = {x for x in stances(race, text) if x[1] == r["cand"]}
    assert got == {("endorsement", r["cand"], states[i]) for i in acting}
