"""A state joining the nomination in focus (session 31, miss31): "Panama said it would co-sponsor the nomination", "has
accompanied the candidacy since the first day", "co-signed the nomination": a verb of nominating (co-sponsor, co-sign,
sponsor, present, propose) or "accompany" on "the nomination", "the candidacy", "this candidature" with no name after it
is the state's endorsement of the candidate the article has in focus, as a verb of support there already is
(frames/focus.py focus_verb_bid). Tested as invented grids in both races (no corpus sentence), about half near-misses:
another object ("a resolution", "the delegation", "the nomination process"), a rival's nomination, a modal or a stance
not yet taken give no endorsement.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import E, grid_keys, stances

CASE = {"nato": ("Mark Rutte", "The Netherlands put Mark Rutte forward on Monday.", "Belgium"),
        "un": ("Rebeca Grynspan", "Costa Rica nominated Rebeca Grynspan on Monday.", "Panama")}

JOINED = ["{s} said it would co-sponsor the nomination.", "{s} will co-sponsor the candidacy.",
          "{s} co-signed the nomination the same day.", "{s} has accompanied the candidacy since the first day.",
          "{s} will accompany this candidacy with conviction.",
          "{s}'s foreign ministry said later the same day that it would co-sponsor the nomination.",
          "{s} said it would \"accompany\" the nomination.", "{s} is co-sponsoring the candidature."]
JOINED_NEAR = ["{s} accompanied the delegation to the summit.", "{s} will co-sponsor a resolution on water.",
               "{s} co-signed the letter on climate finance.", "{s} could co-sponsor the nomination.",
               "{s} has not decided whether to co-sponsor the nomination.", "{s} will co-sponsor the rival nomination.",
               "{s} accompanied the nomination process as an observer.", "{s} may accompany the candidacy later.",
               "{s} is expected to co-sponsor the nomination."]


@pytest.mark.parametrize("race", CASE)
@pytest.mark.parametrize("form", JOINED)
def test_joining_the_nomination_in_focus(request, race, form):
    a, before, s = CASE[race]
    assert E(a, s) in grid_keys(request, race, before + " " + form.format(s=s))


@pytest.mark.parametrize("race", CASE)
@pytest.mark.parametrize("form", JOINED_NEAR)
def test_joining_the_nomination_in_focus_near_misses(request, race, form):
    a, before, s = CASE[race]
    assert E(a, s) not in stances(grid_keys(request, race, before + " " + form.format(s=s)))
