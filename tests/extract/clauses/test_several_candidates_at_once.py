"""Several candidates named at once (session 30, lists30), as invented grids in both races, half near-misses:

- a multiword lemma's "one's" before a noun is also read "their" before the noun's plural (extract/lexicon.expand:
  "throw one's hat in the ring" -> "A and B have thrown their hats in the ring", "put one's name forward" -> "A, B and C
  put their names forward"); not under a modal, an expectation, a negation, nor for another post;
- a count's names listed after a dash as after a colon (clauses._COUNT_SUBJECT: "Three names are in the running - A, B
  and C" -> "A, B and C are in the running"); not under a modal, hearsay, or a predicate of no event.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

PEOPLE = {"nato": ("Kaja Kallas", "Klaus Iohannis", "Mark Rutte"),
          "un": ("Michelle Bachelet", "Rebeca Grynspan", "Rafael Grossi")}
# (frame, the fillers of its {f} slot)
SUBJECTS = ["{A} and {B}", "{A}, {B} and {C}", "Both {A} and {B}"]
DASHES = [" - ", " – ", " — "]
IDIOM_STATED = ("{f} have thrown their hats in the ring.", "{f} have all thrown their hats into the ring.",
                "{f} tossed their hats into the ring on Monday.", "{f} put their names forward last week.",
                "{f} have now put their names forward for the post.")
IDIOM_NEAR = ("{f} could throw their hats in the ring.", "{f} are expected to throw their hats into the ring.",
              "{f} have not thrown their hats in the ring.", "{f} may put their names forward.",
              "{f} have thrown their hats in the ring for the party leadership.")
DASH_STATED = ("Three names are in the running{f}{A}, {B} and {C}.", "Three people are now running{f}{A}, {B} and {C}.",
               "Only two are still campaigning{f}{A} and {B}.")
DASH_NEAR = ("Three names could be in the running{f}{A}, {B} and {C}.",
             "Three names are said to be in the running{f}{A}, {B} and {C}.",
             "Three people were at the dinner{f}{A}, {B} and {C}.")
STATED = [(f, SUBJECTS) for f in IDIOM_STATED] + [(f, DASHES) for f in DASH_STATED]
NEAR = [(f, SUBJECTS) for f in IDIOM_NEAR] + [(f, DASHES) for f in DASH_NEAR]

def _cells(frames):
    return [(r, frame, fill) for r in ("nato", "un") for frame, fills in frames for fill in fills]


def _found(request, race, frame, fill) -> set:
    a, b, c = PEOPLE[race]
    text = frame.replace("{f}", fill).format(A=a, B=b, C=c)
    return {("candidacy", a, None), ("candidacy", b, None)} & grid_keys(request, race, text)


@pytest.mark.parametrize("race,frame,fill", _cells(STATED))
def test_several_named_at_once_are_in_the_race(request, race, frame, fill):
    assert len(_found(request, race, frame, fill)) == 2


@pytest.mark.parametrize("race,frame,fill", _cells(NEAR))
def test_several_named_at_once_near_misses(request, race, frame, fill):
    assert not _found(request, race, frame, fill)
