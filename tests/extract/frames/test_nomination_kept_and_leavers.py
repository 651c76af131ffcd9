"""Near-misses and paraphrases for race23's carried slice 3 (session 24, carry24), both races, invented sentences
(none from a corpus); about half must give no event or only the event named:

- a nomination kept against a leaving verb ("has no intention of withdrawing its nomination of X", "will not
  withdraw its nomination of X") is the nomination: candidacy + backing (the guide: a state nominating = candidacy
  AND endorsement); not a kept objection or veto (the opposition alone), a kept support (the backing alone), a
  nomination withdrawn (the backing as background, no candidacy), one for another post, a modal or undecided
  withdrawal, or something else kept ("its troops", "its ambassador");
- a list of leavers set off by semicolons ("fell away: A in March; B in April; and finally C"), not a list of other
  people;
- a campaign that has or lacks something now ("X's campaign still lacks S's backing": the candidacy, and no stance
  of S), not a campaign against something, another campaign, nor one run with adjectives for another cause.
"""
from __future__ import annotations

from tests.extract.conftest import E, O, both_races

RUTTE, IOHANNIS, KALLAS, WALLACE = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Ben Wallace"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"


def cand(*names: str) -> set[tuple]:
    return {("candidacy", n, None) for n in names}


def left(*names: str) -> set[tuple]:
    return {("withdrawal", n, None) for n in names}


NATO_CASES = [
    # a nomination kept
    ("Estonia has no intention of withdrawing its nomination of Kallas.", cand(KALLAS) | {E(KALLAS, "Estonia")}),
    # near-misses: a veto or a support kept, a nomination withdrawn, a condition, troops
    ("Turkey has no intention of lifting its veto on Kallas.", {O(KALLAS, "Turkey")}),
    ("Estonia has not withdrawn its support for Kallas.", {E(KALLAS, "Estonia")}),
    ("Romania withdrew its nomination of Iohannis last week.", {E(IOHANNIS, "Romania")}),
    ("Estonia would not withdraw its nomination of Kallas if asked.", set()),
    ("Romania has no intention of withdrawing its troops from Iraq.", set()),
    # leavers set off by semicolons; a campaign lacking something now
    ("One by one her rivals fell away: Kallas in March; Wallace in April; and finally Iohannis.",
     cand(KALLAS, WALLACE, IOHANNIS) | left(KALLAS, WALLACE, IOHANNIS)),
    ("Rutte's campaign still lacks Turkey's backing.", cand(RUTTE)),
    ("Kallas ran a quiet but effective campaign for the post.", cand(KALLAS)),
    ("Rutte's campaign against tax evasion still needs funds.", set()),
    ("Kallas ran a quiet but effective campaign against corruption.", set()),
]

UN_CASES = [
    ("Argentina will not withdraw its nomination of Grossi, the foreign minister said.",
     cand(GROSSI) | {E(GROSSI, "Argentina")}),
    # near-misses
    ("Chile has not withdrawn its nomination of Bachelet for the OAS post.", set()),
    ("Chile has withdrawn its nomination of Bachelet.", {E(BACHELET, "Chile")}),
    ("Chile will not withdraw its objections to Grynspan.", {O(GRYNSPAN, "Chile")}),
    ("Argentina might not withdraw its nomination of Grossi.", set()),
    ("Argentina has not decided whether to withdraw its nomination of Grossi.", set()),
    ("Peru has no intention of withdrawing its ambassador from Chile.", set()),
    # leavers and campaigns
    ("One by one the ministers fell away: Lopez of Spain in July; Tanaka in August.", set()),
    ("The campaign against Bachelet still lacks funds.", set()),
    ("Bachelet's campaign in 2006 relied on young voters.", set()),
]


@both_races(NATO_CASES, UN_CASES)
def test_carried(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
