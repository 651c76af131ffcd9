"""A belief held by people named by no one (prec38, issue 12), invented grids in both races, about half near misses.

"Diplomats believe Washington favours X", "Many in Brussels think Ankara backs him", "Sources close to the mission
suspect that Beijing opposes X": a belief verb (cues.holding_verbs) whose holders are people named by no one
(cues.unnamed_believers), right before the clause, makes its stance an opinion of the stance, not the stance: no event
(`scope_report.source_belief`). What the same people say stays a report ("Diplomats say Washington backs X"), and a
belief of another matter leaves the clause after it standing.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("Diplomats believe Washington favours Rutte.", set()),
    ("Diplomats believe Washington backs Rutte.", set()),
    ("Many in Brussels think Ankara backs Rutte.", set()),
    ("Officials privately believe that Turkey supports Rutte.", set()),
    ("Diplomats say Washington backs Rutte.", {("endorsement", "Mark Rutte", "United States")}),
    ("Turkish officials said Ankara backs Rutte.", {("endorsement", "Mark Rutte", "Turkey")}),
    ("Hungary believes Rutte is a good candidate, but Turkey backs him.", {("endorsement", "Mark Rutte", "Turkey")}),
]
UN = [
    ("Western diplomats believe China backs Grossi.", set()),
    ("Sources close to the mission suspect that Beijing opposes Bachelet.", set()),
    ("Diplomats said China backs Grossi.", {("endorsement", "Rafael Grossi", "China")}),
    ("We believe Chile supports Bachelet, the ambassador said.", {("endorsement", "Michelle Bachelet", "Chile")}),
]


@both_races(NATO, UN)
def test_belief_of_unnamed_sources(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
