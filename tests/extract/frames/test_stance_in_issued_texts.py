"""Near-misses and paraphrases for nom23's carried slice 3 (session 24, carry24), both races, invented sentences
(none from a corpus): a text a state issued as its act ("S's official statement backing X, issued on Friday,"), a
stance "in a note from A"; not a statement about a visit, a letter to the candidate, a text on another thing, nor a
note that only mentions a plan.
"""
from __future__ import annotations

from tests.extract.conftest import E, O, both_races

RUTTE, KALLAS = "Mark Rutte", "Kaja Kallas"
GROSSI, GRYNSPAN = "Rafael Grossi", "Rebeca Grynspan"


NATO_CASES = [
    # a text a state issued; a stance in a note
    ("Poland's official statement backing Mark Rutte, issued on Friday, was brief.", {E(RUTTE, "Poland")}),
    ("Kaja Kallas's bid was rejected in a note from Hungary.", {O(KALLAS, "Hungary")}),
    ("Latvia's statement on Mark Rutte's visit was short.", set()),
    ("Latvia's letter to Mark Rutte was published on Monday.", set()),
    ("Mark Rutte's plan was discussed in a joint note from Poland and Lithuania.", set()),
]

UN_CASES = [
    # a text a state issued
    ("Peru's joint declaration backing Rebeca Grynspan, signed in Lima, was welcomed.", {E(GRYNSPAN, "Peru")}),
    ("A note from Bolivia rejecting Rafael Grossi's bid circulated on Monday.", {O(GROSSI, "Bolivia")}),
    ("Chile's note to Rebeca Grynspan was leaked.", set()),
    ("Peru's declaration backing the climate deal was signed by Rebeca Grynspan.", set()),
    ("Bolivia's statement opposing the sanctions, which Rafael Grossi backed, was long.", set()),
]


@both_races(NATO_CASES, UN_CASES)
def test_carried(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
