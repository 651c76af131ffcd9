"""The candidate called the one a state has chosen, as analysis and opinion pieces write a state's preference: after
a copula ("X is Washington's pick", "X remains Berlin's preferred candidate", "X is the favourite of Paris"), the
other way round ("Washington's preferred candidate is X"), and in apposition ("X, London's choice, ...", "Berlin's
pick, X, ..."): the state's endorsement (lexicon endorsement.chosen_nouns; frames.stance_agents endorse_chosen_*;
a state's possessive before one of these nouns is the state acting, mention_forms).

Near misses: "the favourite" alone or of no state (an assessment: the guide's "is seen as the favourite"), "seen as"
the state's pick, "not Washington's choice" (no explicit refusal), the choice for another post or aim, a state's "choice
of words" or "favourite think tank", a demonym's favourite, a copula of someone else's ("whose successor is", "X's
rival is"), a choice not made ("is X or Y").
"""
from __future__ import annotations

from tests.extract.conftest import E, both_races

GRYNSPAN, GROSSI, RUTTE = "Rebeca Grynspan", "Rafael Grossi", "Mark Rutte"

NATO = [
    ("Rutte is Washington's preferred candidate.", {E(RUTTE, "United States")}),
    ("Rutte remains Berlin's choice, whatever Budapest says.", {E(RUTTE, "Germany")}),
    ("Rutte, London's pick, met the ambassadors on Tuesday.", {E(RUTTE, "United Kingdom")}),
    ("Rutte is the preferred choice of Paris and Berlin.", {E(RUTTE, "France"), E(RUTTE, "Germany")}),
    # near misses
    ("Rutte is the favourite.", set()),
    ("Rutte is seen as Washington's preferred candidate.", set()),
    ("Rutte is not Washington's choice.", set()),
    ("Rutte was Washington's choice for ambassador to the EU.", set()),
    ("Washington's choice of words angered Rutte.", set()),
    ("Rutte, whose successor at The Hague is Berlin's favourite, met Orban.", set()),
    ("Rutte is the favourite of Washington pundits.", set()),
    ("Kallas is Washington's pick to lead the EU's diplomacy.", set()),
    ("Washington's favourite think tank backs Rutte.", set()),
    ("Berlin's pick for finance minister backs Rutte.", set()),
]

UN = [
    ("Grynspan is Madrid's favourite.", {E(GRYNSPAN, "Spain")}),
    ("Brasilia's preferred choice is Grynspan.", {E(GRYNSPAN, "Brazil")}),
    ("Buenos Aires's pick, Grossi, addressed the Assembly on Monday.", {E(GROSSI, "Argentina")}),
    ("Grossi is the clear favourite of Washington.", {E(GROSSI, "United States")}),
    # near misses
    ("Grynspan is the bookmakers' favourite.", set()),
    ("Grossi is the favourite of the diplomats in New York.", set()),
    ("Grynspan is the Costa Rican favourite of many analysts.", set()),
    ("Washington's choice is Grossi or Bachelet.", set()),
    ("Grossi's rival is Washington's pick.", set()),
]


@both_races(NATO, UN)
def test_chosen_one_nouns(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
