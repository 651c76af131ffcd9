"""A stance echoed by "neither"/"nor" after it ("..., and neither did Turkey") (prec37, issue 12): invented grids in
both races, about half near misses.

"Neither" and "nor" echo a refusal: "Hungary did not back X, and neither did Turkey" is Turkey's refusal too. After a
stance taken ("Hungary backed X, and neither did Turkey") the echo says nothing clear of Turkey (the guide has no
rule for it: this is the session's reading, "Germany backs X, and neither does France" states nothing France did): no event for it, while "so"/"as" echo the stance
(`frames/stance_checks.negative_echo`, read where more_actors adds the echoed states).
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    # near misses: the echoed state gets nothing
    ("Hungary backs Rutte, and neither does Turkey.", {("endorsement", "Mark Rutte", "Hungary")}),
    ("Hungary backed Rutte, but neither did Turkey.", {("endorsement", "Mark Rutte", "Hungary")}),
    ("Hungary has backed Rutte, and neither has Turkey.", {("endorsement", "Mark Rutte", "Hungary")}),
    ("Slovakia endorsed Rutte on Monday, and nor did Turkey.", {("endorsement", "Mark Rutte", "Slovakia")}),
    ("Hungary threw its weight behind Rutte, and neither did Slovakia.", {("endorsement", "Mark Rutte", "Hungary")}),
    # the echo of a refusal, and "so"/"as" echoes, give the stance
    ("Hungary did not back Rutte, and neither did Turkey.",
     {("opposition", "Mark Rutte", "Hungary"), ("opposition", "Mark Rutte", "Turkey")}),
    ("Hungary refused to back Rutte, and nor did Slovakia.",
     {("opposition", "Mark Rutte", "Hungary"), ("opposition", "Mark Rutte", "Slovakia")}),
    ("Hungary backed Rutte, and so did Turkey.",
     {("endorsement", "Mark Rutte", "Hungary"), ("endorsement", "Mark Rutte", "Turkey")}),
    ("Slovakia endorsed Rutte on Monday, as did Turkey.",
     {("endorsement", "Mark Rutte", "Slovakia"), ("endorsement", "Mark Rutte", "Turkey")}),
]
UN = [
    ("Chile backed Bachelet, and neither did Brazil.", {("endorsement", "Michelle Bachelet", "Chile")}),
    ("Spain supports Grynspan, and neither does Mexico.", {("endorsement", "Rebeca Grynspan", "Spain")}),
    ("Argentina has endorsed Grossi, but neither has Brazil.", {("endorsement", "Rafael Grossi", "Argentina")}),
    ("Chile did not back Bachelet, and neither did Brazil.",
     {("opposition", "Michelle Bachelet", "Chile"), ("opposition", "Michelle Bachelet", "Brazil")}),
    ("Chile will not support Bachelet, and nor will Brazil.",
     {("opposition", "Michelle Bachelet", "Chile"), ("opposition", "Michelle Bachelet", "Brazil")}),
    ("Chile backed Bachelet, as did Brazil.",
     {("endorsement", "Michelle Bachelet", "Chile"), ("endorsement", "Michelle Bachelet", "Brazil")}),
]


@both_races(NATO, UN)
def test_neither_echo_of_stance(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
