"""Second reading of session 32's forms (issue 12): near misses the review found, as invented grids in both races.

- a candidate's supporters after a copula are the candidate's only with an owner: "X's backers", "her backers"; a bare
  name before the noun ("the problem was X supporters in parliament") owns nothing;
- a stance noun still sought or lacked ("seeking the formal and public endorsement of S") is no stance, however many
  modifiers stand between; a need in the clause before (", and the objections of S remain") does not reach it;
- a candidate inside a relative aside that closes before a straw poll's verb is not the verb's subject ("X, whose
  rival Y withdrew after the first round, topped the poll"); a poll inside the circumstance of a withdrawal told in an
  aside is still the withdrawal's ("Y, who withdrew on Friday, after finishing last in the poll, thanked ...").
"""
from __future__ import annotations

import pytest

RACES = {
    "nato": dict(C="Mark Rutte", c="Rutte", pos="his", S="Hungary", T="Poland"),
    "un": dict(C="Rebeca Grynspan", c="Grynspan", pos="her", S="Brazil", T="Mexico"),
}

UNOWNED = ["{T} said the real problem was {c} supporters in parliament.",
           "What annoyed {T} most was {c} champions in the press.",
           "For {T}, the worry is {c} backers abroad."]
OWNED = ["{T} is {c}'s main sponsor.",
         "{C} toured the region. {T} remains {pos} main sponsor.",
         "{T} has been one of {c}'s most vocal backers."]


@pytest.mark.parametrize("race,text,stated", [(r, t, s) for r in RACES for forms, s in ((UNOWNED, False), (OWNED, True))
                                              for t in forms])
def test_supporters_need_an_owner(race_keys, race, text, stated):
    p = RACES[race]
    assert (("endorsement", p["C"], p["T"]) in race_keys(race, text.format(**p))) is stated


SOUGHT = ["{C} is still seeking the formal and public endorsement of {S} for {pos} bid.",
          "{C} lacks the full, formal support of {S} for {pos} bid.",
          "{C} needs the full and formal support of {S} for {pos} bid."]
HELD = ["{c} needs every vote, and the objections of {S} to {pos} bid remain.",
        "{C} needs unanimity, but the opposition of {S} to {pos} bid is firm.",
        "{C} needs unanimity; the opposition of {S} to {pos} bid is firm."]


@pytest.mark.parametrize("race,text", [(r, t) for r in RACES for t in SOUGHT])
def test_sought_stance_noun_with_modifiers_is_no_stance(race_keys, race, text):
    p = RACES[race]
    keys = race_keys(race, text.format(**p))
    assert ("endorsement", p["C"], p["S"]) not in keys and ("opposition", p["C"], p["S"]) not in keys


@pytest.mark.parametrize("race,text", [(r, t) for r in RACES for t in HELD])
def test_need_before_does_not_reach_the_next_clause(race_keys, race, text):
    p = RACES[race]
    assert ("opposition", p["C"], p["S"]) in race_keys(race, text.format(**p))


POLL = "The Security Council held its third straw poll for the next UN Secretary-General on Monday. "


@pytest.mark.parametrize("text,grynspan,grossi", [
    ("Rebeca Grynspan, whose rival Rafael Grossi withdrew after the first round, topped the straw poll.", True, False),
    ("Rebeca Grynspan, whose rival Rafael Grossi pulled out on Friday, came first in the straw poll.", True, False),
    (POLL + "Rafael Grossi, who withdrew on Friday, after finishing last in the third straw poll, thanked his sponsors.",
     False, False),
    ("Rafael Grossi topped the straw poll, and Rebeca Grynspan, who withdrew on Friday, thanked her sponsors.",
     False, True),
])
def test_poll_subject_outside_an_aside(race_keys, text, grynspan, grossi):
    keys = race_keys("un", text)
    assert (("candidacy", "Rebeca Grynspan", None) in keys) is grynspan
    assert (("candidacy", "Rafael Grossi", None) in keys) is grossi


# those who hold a stance hold it whatever is done to them; a stance noun sought is still no stance
HOLDERS = ["{C} had to win over the opponents of {pos} appointment, led by {S} and {T}.",
           "{C} had to court the critics of {pos} bid, led by {S} and {T}."]


@pytest.mark.parametrize("race,text", [(r, t) for r in RACES for t in HOLDERS])
def test_stance_holders_after_an_unmet_verb(race_keys, race, text):
    p = RACES[race]
    keys = race_keys(race, text.format(**p))
    assert ("opposition", p["C"], p["S"]) in keys and ("opposition", p["C"], p["T"]) in keys
