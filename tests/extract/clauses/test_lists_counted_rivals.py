"""Sentences that name several candidates or actors at once (session 30, lists30), as invented grids in both races,
about half near-misses (no corpus sentence).

- a candidate's rivals counted are the rest of the race's field (`lexicon.counted_field`: "Her two rival candidates
  are well known.", "His two remaining rivals are formidable.", "She faces two other contenders."): the candidates
  opening the sentences after it are in the race, as after "Two candidates remain."; not a count under a modal before
  it in its clause ("could face two rivals"), an assessing word ("two possible rivals"), nor rivals "for" or "in"
  something that is not the post ("two rivals for the party leadership"); the race's organisation named alone after
  "for" is the race ("three candidates for the UN"), not one of its bodies ("for the UN refugee agency").
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

# (the one the article is about, the two rivals named after the count)
PEOPLE = {"nato": ("Mark Rutte", "Kaja Kallas", "Klaus Iohannis"),
          "un": ("Rebeca Grynspan", "Michelle Bachelet", "Rafael Grossi")}
ORGS = {"nato": "NATO", "un": "the UN"}
LABELS = {"nato": ("the Estonian prime minister", "the Romanian president"),
          "un": ("the former Chilean president", "the head of the UN nuclear watchdog")}

# the counting sentence ({P} the one whose rivals they are)
COUNTS = [
    "{P}'s two rival candidates are also well known here.",
    "Her two rival candidates are also well known here.",
    "His two remaining rivals are formidable.",
    "{P} faces two other contenders.",
    "{P} now has two rivals for the post.",
    "{P} has two challengers in the race.",
    "The two rival candidates have campaigned hard.",
    # (the race's organisation named alone is the race)
    "{P} is one of three candidates for {O}.",
    "There are three candidates for {O} this year, {P} among them.",
]
NEAR_COUNTS = [
    "{P} could face two rivals.",
    "{P} may yet have two rival candidates.",
    "{P} has two possible rivals.",
    "{P} has two rivals for the party leadership.",
    "{P} beat two rivals for the chairmanship of the council.",
    "{P} has two potential challengers.",
    "{P} might face two other contenders.",
    # (one of its bodies or offices is another post)
    "{P} beat two rivals for {O} envoy to the region.",
    "There were three candidates for {O} refugee agency, {P} among them.",
]
# the sentences after it, each opening with one rival, in forms that state nothing of the race by themselves
AFTER = [
    "{A}, {a}, was in Geneva until 2022. {B} spends much of his time travelling.",
    "{A} is {a}. {B}, {b}, is widely respected.",
    "{A}, 61, speaks five languages. {B} is a lawyer by training.",
]


def _text(race: str, count: str, after: str) -> str:
    p, a, b = PEOPLE[race]
    la, lb = LABELS[race]
    return count.format(P=p, O=ORGS[race]) + " " + after.format(A=a, B=b, a=la, b=lb)


def _cells(counts):
    return [(r, c, a) for r in ("nato", "un") for c in counts for a in AFTER]


@pytest.mark.parametrize("race,count,after", _cells(COUNTS))
def test_rivals_counted_are_in_the_race(request, race, count, after):
    keys = grid_keys(request, race, _text(race, count, after))
    _, a, b = PEOPLE[race]
    assert {("candidacy", a, None), ("candidacy", b, None)} <= keys


@pytest.mark.parametrize("race,count,after", _cells(NEAR_COUNTS))
def test_rivals_not_counted_as_the_field(request, race, count, after):
    keys = grid_keys(request, race, _text(race, count, after))
    _, a, b = PEOPLE[race]
    assert not {("candidacy", a, None), ("candidacy", b, None)} & keys
