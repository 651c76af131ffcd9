"""A state's own candidate made known with the name set off after it, session 35 (cons35, issue 12): "S announced its
candidate, X", "S1 and S2 have announced their candidates: X and Y respectively", "S1 and S2 each nominated a national:
X and Y respectively" are each nomination (the guide: candidacy and the state's backing), the n-th state with the n-th
name where "respectively" says so. A plural "their candidates" before a colon's list is that list, not the one candidate
of the state just named. A modal, an expectation, a negation, another post or another role gives none. Invented grids
in both races, half near misses."""
from __future__ import annotations

import pytest

RACES = {"nato": dict(A="Mark Rutte", S="the Netherlands", SV="Netherlands", B="Klaus Iohannis", T="Romania"),
         "un": dict(A="Rebeca Grynspan", S="Costa Rica", SV="Costa Rica", B="Michelle Bachelet", T="Chile")}
# each state with its own (and only its own) candidate
PAIRED = [
    "{S} and {T} have announced their candidates: {A} and {B} respectively.",
    "{S} and {T} have each formally nominated a national: {A} and {B} respectively.",
    "{S} and {T} nominated their candidates: {A} and {B}, respectively.",
    "{S} and {T} on Monday unveiled their candidates: {A} and {B} respectively.",
    "{S} and {T} have confirmed their candidates: {A} and {B} respectively.",
]
PAIRED_NOT = [
    "{S} and {T} could announce their candidates: {A} and {B} respectively.",
    "{S} and {T} are expected to announce their candidates: {A} and {B} respectively.",
    "{S} and {T} have announced their ambassadors: {A} and {B} respectively.",
    "{S} and {T} have not announced their candidates: {A} and {B} are only rumoured.",
    "{S} and {T} might each nominate a national: {A} and {B} respectively.",
    # no "respectively": whose is whose is not said (review35 finding 2)
    "{S} and {T} have announced their candidates: {A} and {B}.",
]
SINGLE = [
    "{S} has announced its candidate, {A}.",
    "{S} unveiled its official candidate: {A}.",
    "{S} has nominated its candidate: {A}.",
    "On Tuesday {S} confirmed its candidate, {A}, after weeks of talks.",
    "{S} has formally nominated a national: {A}.",
]
SINGLE_NOT = [
    "{S} is expected to announce its candidate, {A}, next week.",
    "{S} has announced its candidate for the IMF post, {A}.",
    "{S} has not announced its candidate, {A}.",
    "{S} could announce its candidate, {A}, in May.",
    "{S} has announced its ambassador, {A}.",
    # the name is the subject of what was announced (review35 finding 3)
    "{S} announced its candidate, {A}, had withdrawn from the race.",
]


def _stated(keys, p, name, state):
    return ("candidacy", p[name], None) in keys and ("endorsement", p[name], p[state]) in keys


@pytest.mark.parametrize("race,form,stated", [(r, f, s) for r in RACES for forms, s in ((PAIRED, True), (PAIRED_NOT, False))
                                              for f in forms])
def test_paired_nominees(race_keys, race, form, stated):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    assert [_stated(keys, p, "A", "SV"), _stated(keys, p, "B", "T")] == [stated, stated]
    # never the crossed pairs
    assert ("endorsement", p["A"], p["T"]) not in keys and ("endorsement", p["B"], p["SV"]) not in keys


@pytest.mark.parametrize("race,form,stated", [(r, f, s) for r in RACES for forms, s in ((SINGLE, True), (SINGLE_NOT, False))
                                              for f in forms])
def test_single_nominee(race_keys, race, form, stated):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    assert ("endorsement", p["A"], p["SV"]) in keys and ("candidacy", p["A"], None) in keys if stated else \
        ("endorsement", p["A"], p["SV"]) not in keys
