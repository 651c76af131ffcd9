"""A clause the writer hedges ("or so X said") or whose source refuses to confirm it (prec39, issue 12), invented grids
in both races, about half near misses.

"Hungary has come around to X, or so Budapest papers said", "Turkey backs X, or so it seemed": the writer's "or so"
before who said it doubts the clause (the guide: reports the article itself doubts are no event). "..., but the prime
minister herself has refused to confirm anything", "..., and Ankara declined to confirm it": someone refusing to
confirm it leaves it unconfirmed (`scope_doubt.unconfirmed_after`). The same report without the hedge, confirmed, or a
refusal of another matter ("refused to comment on Y") leaves the clause standing.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("Hungary has come around to Mark Rutte, or so Budapest papers said on Wednesday.", set()),
    ("Turkey backs Rutte, or so it seemed on Monday.", set()),
    ("Kaja Kallas is interested, her party's chairman says, but the Estonian prime minister herself has refused to "
     "confirm anything.", set()),
    ("Turkey backs Rutte, and Ankara declined to confirm it.", set()),
    ("Hungary has come around to Mark Rutte, the government spokesman said on Wednesday.",
     {("endorsement", "Mark Rutte", "Hungary")}),
    ("Turkey backs Rutte, and Ankara confirmed it.", {("endorsement", "Mark Rutte", "Turkey")}),
    ("Kaja Kallas is interested, her party's chairman says.", {("candidacy", "Kaja Kallas", None)}),
]
UN = [
    ("Chile backs Bachelet, or so Santiago papers reported on Monday.", set()),
    ("Rebeca Grynspan is interested, a Costa Rican minister says, but Grynspan herself has declined to confirm it.",
     set()),
    ("China backs Grossi, and Beijing has refused to confirm any of this.", set()),
    ("Chile backs Bachelet, Santiago papers reported on Monday.", {("endorsement", "Michelle Bachelet", "Chile")}),
    ("Rebeca Grynspan is interested, a Costa Rican minister says, and Grynspan herself confirmed it.",
     {("candidacy", "Rebeca Grynspan", None)}),
    ("China backs Grossi, and Beijing has refused to comment on Bachelet.", {("endorsement", "Rafael Grossi", "China")}),
]


@both_races(NATO, UN)
def test_hedged_or_refused_confirmation(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
