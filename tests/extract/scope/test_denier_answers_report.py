"""A report answered by its denier (prec40, issue 12), invented grids in both races, about half near misses.

"X says S promised him its vote - S says it did no such thing", "..., but the ministry, asked about the report, said
that no such decision had been taken", "...; a claim which the spokesman qualified as pure invention", and the next
sentence "S: fake news." (`scope_reply`; the guide: reports the article denies are no event). A denier who confirms,
a decision of another matter, a label with no verdict, or a claim called correct leaves the clause standing.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("Iohannis says Poland promised him its vote - Warsaw says it did no such thing.", set()),
    ("Iohannis says Poland promised him its vote - Warsaw says it did so on Monday.",
     {("endorsement", "Klaus Iohannis", "Poland")}),
    ("A newspaper reported that Spain backs Rutte, but the ministry, asked about the report on Friday, said that no such "
     "decision had been taken.", set()),
    ("A newspaper reported that Spain backs Rutte, but the ministry said that no decision had been taken on the date.",
     {("endorsement", "Mark Rutte", "Spain")}),
    ("A website claimed that Madrid was ready to support Rutte; a claim which the spokesman, contacted by us, "
     "qualified as \"pure invention\".", set()),
    ("A website claimed that Madrid was ready to support Rutte; a claim which the spokesman qualified as accurate.",
     {("endorsement", "Mark Rutte", "Spain")}),
    ("Report: Madrid backs Rutte. Madrid: fake news.", set()),
    ("Spain backs Rutte. Madrid: a fine choice.", {("endorsement", "Mark Rutte", "Spain")}),
    ("Spain backs Rutte. Madrid says it made no such promise.", set()),
    ("Spain backs Rutte. Madrid says it made the promise on Monday.", {("endorsement", "Mark Rutte", "Spain")}),
]
UN = [
    ("Grossi says the Russians promised him their vote - Moscow says they did no such thing.", set()),
    ("Grossi says the Russians promised him their vote - Moscow says they did so on Monday.",
     {("endorsement", "Rafael Grossi", "Russia")}),
    ("A newspaper reported that Peru backs Grossi, but the embassy, asked about the report on Friday, said that no such "
     "decision had been taken.", set()),
    ("A newspaper reported that Peru backs Grossi, but the embassy said that no decision had been taken on the date.",
     {("endorsement", "Rafael Grossi", "Peru")}),
    ("A website claimed that Lima was ready to support Grossi; an information which the spokesman, contacted by us, "
     "described as pure invention.", set()),
    ("A website claimed that Lima was ready to support Grossi; a claim which the spokesman described as accurate.",
     {("endorsement", "Rafael Grossi", "Peru")}),
    ("Report: Beijing's backing Grossi. Beijing: fake news.", set()),
    ("China backs Grossi. Beijing: a fine choice.", {("endorsement", "Rafael Grossi", "China")}),
    ("China backs Grossi. Beijing says it gave no such assurance.", set()),
    ("China backs Grossi. Beijing says it gave the assurance on Monday.", {("endorsement", "Rafael Grossi", "China")}),
]


@both_races(NATO, UN)
def test_denier_answers_report(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
