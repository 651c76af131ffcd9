"""Three precision mechanisms of session 36 (prec36, issue 12), invented grids in both races, about half near misses:

1. The writer's own guessing verb before the clause ("I suspect, too, that S quietly prefers X", "We would guess that
   S backs X") is an opinion, not a stance stated (`Scope.guess_lead`; the lexicon's cues.predicting_verbs); a
   confirming or knowing verb ("I can confirm that", "I understand that") and a guess denied ("I suspect nothing: ...")
   leave the clause standing.
2. A telling verb around its object ("Washington let Ankara know that it would not back X") is read as "told": "it"
   is the teller, not the state told (`Resolver.reported_it`).
3. An aside set off by commas before a report's "that" ("we could say now, while it still means something, that S
   supports X") does not hide the report's modal from scope (`scope._ASIDE_BEFORE_THAT`); an aside after a report of
   fact ("said on Monday, after the summit, that") leaves it a fact.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    # 1. the writer's guess
    ("I suspect, too, that Budapest quietly prefers Rutte.", set()),
    ("We would guess that Slovakia backs Iohannis.", set()),
    ("I suspect Ankara will end up backing Iohannis.", set()),
    ("I can confirm that Hungary backs Rutte.", {("endorsement", "Mark Rutte", "Hungary")}),
    ("I understand that Hungary backs Rutte.", {("endorsement", "Mark Rutte", "Hungary")}),
    ("I suspect nothing: Hungary backs Rutte, Orban said.", {("endorsement", "Mark Rutte", "Hungary")}),
    # 2. "let ... know"
    ("Washington let Ankara know in June that it would not back Iohannis.",
     {("opposition", "Klaus Iohannis", "United States")}),
    ("Paris has let Rome know that it will not support Wallace.", {("opposition", "Ben Wallace", "France")}),
    ("Paris told Rome that it will not support Wallace.", {("opposition", "Ben Wallace", "France")}),
    ("Paris has let it be known that it will not support Wallace.", {("opposition", "Ben Wallace", "France")}),
    # 3. an aside before "that"
    ("Or we could say now, while it still means something, that Slovakia supports the Dutchman.", set()),
    ("Slovakia could announce on Monday, after the summit, that it supports Rutte.", set()),
    ("Slovakia said on Monday, after the summit, that it supports Rutte.", {("endorsement", "Mark Rutte", "Slovakia")}),
    ("Slovakia announced, as expected, that it supports Rutte.", {("endorsement", "Mark Rutte", "Slovakia")}),
]
UN = [
    # 1.
    ("I suspect, too, that Lisbon quietly prefers Grossi.", set()),
    ("I suspect that Lisbon prefers Grossi.", set()),
    ("We would guess that Chile backs Grynspan.", set()),
    ("I can confirm that Chile backs Grynspan.", {("endorsement", "Rebeca Grynspan", "Chile")}),
    ("I understand that Chile backs Grynspan.", {("endorsement", "Rebeca Grynspan", "Chile")}),
    # 2.
    ("Washington has let Santiago know that it will not back Bachelet.",
     {("opposition", "Michelle Bachelet", "United States")}),
    ("According to two officials, Washington let Santiago know in June that it would not back Ms Bachelet.",
     {("opposition", "Michelle Bachelet", "United States")}),
    ("Washington has told Santiago that it will not back Bachelet.", {("opposition", "Michelle Bachelet", "United States")}),
    ("Chile has let it be known that it will not back Bachelet.", {("opposition", "Michelle Bachelet", "Chile")}),
    # 3.
    ("Or we could say now, while it still means something, that Chile supports Grynspan, and ask in return for help.",
     set()),
    ("Chile might announce next week, diplomats say, that it backs Grynspan.", set()),
    ("We could say now that Chile supports Grynspan.", set()),
    ("Chile said on Monday, after talks in Geneva, that it supports Grynspan.", {("endorsement", "Rebeca Grynspan", "Chile")}),
    ("Chile announced on Monday, as expected, that it backs Grynspan.", {("endorsement", "Rebeca Grynspan", "Chile")}),
]


@both_races(NATO, UN)
def test_guess_lead_let_know_and_aside(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
