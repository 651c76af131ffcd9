"""Honorifics of diplomatic and translated English before a candidate's name ("H.E. Ms. X", "H.E. Mr. X", "Madam X",
"Madame X"): the name is the candidate's in every slot a bare "Mr"/"Ms" already allowed (the object of a stance, the
person of a nomination noun "the candidature of"), as the press releases of ministries and the UN's meeting coverage
write them (frames.base.ADJ; the lexicon's honorifics for "succeed Madam X").

Near misses: the honorific before a person the story does not list, a title before the name of another post's holder,
praise only, a stance not yet taken.
"""
from __future__ import annotations

from tests.extract.conftest import CAND, E, both_races

GRYNSPAN, BACHELET, GROSSI, RUTTE = "Rebeca Grynspan", "Michelle Bachelet", "Rafael Grossi", "Mark Rutte"

UN = [
    ("The Kingdom of Spain supports the candidacy of H.E. Mr. Rafael Grossi.", {E(GROSSI, "Spain")}),
    ("The Government of Chile has the honour to present the candidature of H.E. Ms. Michelle Bachelet.",
     {CAND(BACHELET), E(BACHELET, "Chile")}),
    ("Mexico expressed its support for Madam Grynspan on Tuesday.", {E(GRYNSPAN, "Mexico")}),
    ("Brazil backs Madame Bachelet, its foreign minister said.", {E(BACHELET, "Brazil")}),
    ("Peru will support H.E. Grossi, its foreign minister said.", {E(GROSSI, "Peru")}),
    # near misses
    ("Spain thanked H.E. Ms. Rebeca Grynspan for her briefing on trade.", set()),
    ("Mexico has not yet decided whether to support Madam Grynspan.", set()),
    ("H.E. Mr. Antonio Guterres received the delegation of Chile.", set()),
    ("Madam Bachelet praised Spain for its hospitality.", set()),
    ("Spain supports H.E. Ms. Laura Cortes for the presidency of the General Assembly.", set()),
]

NATO = [
    ("Hungary supports the candidacy of H.E. Mr. Mark Rutte.", {E(RUTTE, "Hungary")}),
    ("Poland backs H.E. Rutte, its president said.", {E(RUTTE, "Poland")}),
    # near misses
    ("Hungary thanked H.E. Mr. Mark Rutte for his visit.", set()),
    ("Turkey has yet to back H.E. Mr. Rutte.", set()),
    ("Madam Kallas praised Poland's defence spending.", set()),
]


@both_races(NATO, UN)
def test_formal_honorifics(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
