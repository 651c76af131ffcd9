"""The review of session 31's changes (issue 12): near-misses each new mechanism let through, as invented grids in
both races (no corpus sentence).

- "neither A nor B" acts as a subject list only when no preposition governs it: "support from neither A nor B has
  materialised", "the backing of neither A nor B is assured" name no actor (mention_forms._GOVERNED_NEITHER);
- "the candidate of S, X" is one mention, but not when X speaks next: "Asked about the candidate of S, X said ..." ends
  a fronted clause (spans.SPEAKING_AFTER);
- an ended stance under doubt is kept only for a denial of it, before the ending verb or in the passive after it, not
  for a denying verb of another clause ("... after rejecting the offer");
- a wager needs its stake after "put" or "place" ("put money on S backing X"): "the spotlight was put on S endorsing
  X" is no forecast.
"""
from __future__ import annotations

import itertools

import pytest

from tests.extract.conftest import stances

RACES = {"nato": dict(C="Mark Rutte", S="Hungary", T="Turkey", Y="Klaus Iohannis", U="Romania"),
         "un": dict(C="Rebeca Grynspan", S="Russia", T="China", Y="Michelle Bachelet", U="Chile")}


def _cases(forms):
    return [(r, f.format(**p), {k.format(**p) for k in keys}) for (r, p), (f, keys) in itertools.product(RACES.items(), forms)]


GOVERNED = [
    ("Support from neither {S} nor {T} has materialised for {C}.", set()),
    ("The backing of neither {S} nor {T} is assured for {C}.", set()),
    ("{C} has so far won the support of neither {S} nor {T}.", set()),
    ("An endorsement by neither {S} nor {T} was announced on Monday for {C}.", set()),
    ("Neither {S} nor {T} will support {C}.", {"opposition|{S}", "opposition|{T}"}),
    ("Sadly for {Y}, neither {S} nor {T} will back {C}.", {"opposition|{S}", "opposition|{T}"}),
]
SPEAKER = [
    ("Asked about the candidate of {U}, {C} said the race was open.", set()),
    ("Asked about the candidate of {U}, {C} told reporters she respected {Y}.", set()),
    ("Questioned on the nominee of {U}, {C} replied that it was a fine choice.", set()),
    ("The candidate of {U}, {C}, met envoys on Monday.", {"endorsement|{U}"}),
]
ENDED_DOUBTED = [
    ("Unfounded rumours claim {S} has dropped its objections to {C} after rejecting the offer.", set()),
    ("Unfounded rumours claim {S} has withdrawn its support for {C}, despite denying it.", set()),
    ("{S} denied that it had dropped its objections to {C}.", {"opposition|{S}"}),
    ("Rumours that {S} had dropped its objections to {C} were dismissed by its foreign minister.", {"opposition|{S}"}),
]
STAKED = [
    ("The spotlight was put on {S} endorsing {C} on Monday.", {"endorsement|{S}"}),
    ("I'd put money on {S} endorsing {C} eventually.", set()),
    ("I would bet on {S} endorsing {C} soon.", set()),
    ("Pressure was put on {S}, which endorsed {C} in June.", {"endorsement|{S}"}),
]


@pytest.mark.parametrize("race,text,expected", _cases(GOVERNED + SPEAKER + ENDED_DOUBTED + STAKED))
def test_review_near_misses(race_keys, race, text, expected):
    got = {f"{t}|{actor}" for t, subject, actor in stances(race_keys(race, text))}
    assert got == expected, text
