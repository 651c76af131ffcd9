"""An explainer's or a factbox's line under a candidate's name, the name set off by a colon, a dash or, in plain text,
a hyphen with spaces round it ("Rebeca Grynspan (Costa Rica) - nominated by Costa Rica; co-nominated by Panama and
Guatemala"): the first clause's nomination is the candidacy and its nominator's backing, and a later clause's
nomination (co-nominated, co-sponsored, put forward) is its nominator's backing too, as a later "endorsed by" already
was (frames.base.HEADING_SEP; stance endorse_heading_later_nominated).

Near misses: a hyphen inside a word ("Grynspan-Vargas", "co-nominated" itself), a dash that opens an aside whose verb
is no nomination or support, a later clause that names no nominator, a later clause opposing, a nominator that is no
state, and a later clause about another candidate's nominee.
"""
from __future__ import annotations

from tests.extract.conftest import CAND, E, O, both_races

GRYNSPAN, BACHELET, RUTTE, IOHANNIS = "Rebeca Grynspan", "Michelle Bachelet", "Mark Rutte", "Klaus Iohannis"

UN = [
    ("Rebeca Grynspan (Costa Rica) - nominated by Costa Rica; co-nominated by Panama and Guatemala.",
     {CAND(GRYNSPAN), E(GRYNSPAN, "Costa Rica"), E(GRYNSPAN, "Panama"), E(GRYNSPAN, "Guatemala")}),
    ("Michelle Bachelet -- nominated by Chile.", {CAND(BACHELET), E(BACHELET, "Chile")}),
    ("Michelle Bachelet: nominated by Chile in August; co-sponsored by Brazil and Mexico.",
     {CAND(BACHELET), E(BACHELET, "Chile"), E(BACHELET, "Brazil"), E(BACHELET, "Mexico")}),
    ("Rebeca Grynspan: nominated by Costa Rica in January; endorsed by Spain and Uruguay.",
     {CAND(GRYNSPAN), E(GRYNSPAN, "Costa Rica"), E(GRYNSPAN, "Spain"), E(GRYNSPAN, "Uruguay")}),
    ("Rebeca Grynspan - nominated by Costa Rica; endorsed by Spain; co-nominated by Panama.",
     {CAND(GRYNSPAN), E(GRYNSPAN, "Costa Rica"), E(GRYNSPAN, "Spain"), E(GRYNSPAN, "Panama")}),
    # near misses: no nominator in the later clause, a group that is no state, an opposing clause read as no backing
    ("Rebeca Grynspan - nominated by Costa Rica; co-nomination still pending.", {CAND(GRYNSPAN), E(GRYNSPAN, "Costa Rica")}),
    ("Michelle Bachelet - nominated by Chile; co-sponsored by civil-society groups.", {CAND(BACHELET), E(BACHELET, "Chile")}),
    ("Michelle Bachelet-Jeria - a portrait, in her own words.", set()),
    ("Rebeca Grynspan - the economist, praised by Spain for her work at UNCTAD - spoke in Geneva.", set()),
    ("Michelle Bachelet - a former president of Chile - spoke in Geneva on Monday.", set()),
    # (the opposing clause is no backing; read by its own label it is Russia's opposition: extract/tables.py)
    ("Rebeca Grynspan: nominated by Costa Rica; opposed by Russia.",
     {CAND(GRYNSPAN), E(GRYNSPAN, "Costa Rica"), O(GRYNSPAN, "Russia")}),
    ("Rebeca Grynspan: nominated by Costa Rica; Panama's nominee was withdrawn.", {CAND(GRYNSPAN), E(GRYNSPAN, "Costa Rica")}),
]

NATO = [
    ("Mark Rutte (Netherlands) - nominated by the Netherlands; co-sponsored by Germany and France.",
     {CAND(RUTTE), E(RUTTE, "Netherlands"), E(RUTTE, "Germany"), E(RUTTE, "France")}),
    ("Klaus Iohannis -- nominated by Romania.", {CAND(IOHANNIS), E(IOHANNIS, "Romania")}),
    ("Mark Rutte: put forward by the Netherlands; backed by Poland.",
     {CAND(RUTTE), E(RUTTE, "Netherlands"), E(RUTTE, "Poland")}),
    # near misses
    ("Klaus Iohannis - a former physics teacher from Sibiu - visited Brussels.", set()),
    ("Mark Rutte - praised by the press; co-nominated for a peace prize.", set()),
    ("Mark Rutte-style politics - the art of the possible.", set()),
]


@both_races(NATO, UN)
def test_heading_dash_and_later_nominators(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
