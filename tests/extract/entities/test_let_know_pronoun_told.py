"""The teller of a report inside a report: "S said T let it know that it would back X" (prec37, issue 12): invented
grids in both races, about half near misses.

The one told by "let ... know" may be a pronoun ("let it know", "let them know", "let him know"): the "it" after
"that" is still the teller named before "let" (T), not the state that reports being told (S) (pronouns.let_know_it
takes a pronoun object). Near misses: a telling asked for, promised or of no stance gives no stance of anyone.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("Portugal said Poland let it know that it would back Rutte.", {("endorsement", "Mark Rutte", "Poland")}),
    ("Portugal said Poland let it know last week that it supports Rutte.", {("endorsement", "Mark Rutte", "Poland")}),
    ("Portugal says Poland has let it know that it backs Rutte.", {("endorsement", "Mark Rutte", "Poland")}),
    ("Spain said Turkey let it know on Friday that it could not support Rutte.", {("opposition", "Mark Rutte", "Turkey")}),
    ("The Portuguese foreign minister said Poland let him know that it would back Rutte.", {("endorsement", "Mark Rutte", "Poland")}),
    ("Portugal said Poland let it know that it was free to back Rutte.", set()),
    ("Portugal asked Poland to let it know whether it would back Rutte.", set()),
    ("Portugal said Poland let it know that it should not count on support for Rutte.", set()),
    ("Portugal said it wanted Poland to let it know whether it would back Rutte.", set()),
    ("Portugal said Poland would let it know soon whether it would back Rutte.", set()),
]
UN = [
    ("Uruguay said Peru let it know that it would back Grynspan.", {("endorsement", "Rebeca Grynspan", "Peru")}),
    ("Uruguay said Peru had let it know on Monday that it would not support Grynspan.", {("opposition", "Rebeca Grynspan", "Peru")}),
    ("Chile says Brazil has let it know that it backs Bachelet.", {("endorsement", "Michelle Bachelet", "Brazil")}),
    ("Uruguay asked Peru to let it know whether it would back Grynspan.", set()),
    ("Uruguay said Peru let it know that it was free to back Grynspan.", set()),
    ("Uruguay said Peru would let it know next week whether it would back Grynspan.", set()),
]


@both_races(NATO, UN)
def test_let_know_pronoun_told(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
