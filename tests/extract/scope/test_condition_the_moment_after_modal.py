"""A stance still to come that waits on another's act (prec38, issue 12), invented grids in both races, about half
near misses.

"would back X the moment Y did", "will back X the minute Y does", "said it would support X once Y did": a stance told
with "will"/"would" whose time is a clause opened by "once", "as soon as", "the moment", "the minute", "the instant",
"the second" or "the day" is a condition, not a fact, whatever the tense of the clause it waits on (a reported
"would" backshifts it: "the moment Latvia did"): no event (`scope._TIME_AHEAD_OF_MODAL`). The same time clause after a
past stance ("backed X the moment Y did") is a fact, and "once again", "on the day of the vote" are no condition.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

E_RUTTE = "endorsement", "Mark Rutte"
E_GROSSI = "endorsement", "Rafael Grossi"

NATO = [
    ("Estonia, as well as Lithuania, would back Rutte the moment Latvia did, a Baltic diplomat said.", set()),
    ("Estonia would back Rutte the moment Latvia did.", set()),
    ("Estonia will back Rutte the moment Latvia does.", set()),
    ("Estonia said it would back Rutte as soon as Latvia did.", set()),
    ("Hungary would not back Rutte the moment Slovakia did, a diplomat said.", set()),
    # a past stance with the same time clause, or no time clause: the stance
    ("Estonia backed Rutte the moment Latvia did.", {(*E_RUTTE, "Estonia")}),
    ("Estonia backed Rutte as soon as Latvia did.", {(*E_RUTTE, "Estonia")}),
    ("Estonia would back Rutte, a Baltic diplomat said.", {(*E_RUTTE, "Estonia")}),
]
UN = [
    ("Peru would back Grossi the minute Chile did, a diplomat said.", set()),
    ("Peru said it would support Grossi once Chile did.", set()),
    ("Peru will back Grossi the day Chile withdraws its candidate.", set()),
    ("Peru backed Grossi the minute Chile did.", {(*E_GROSSI, "Peru")}),
    ("Peru supported Grossi once Chile did.", {(*E_GROSSI, "Peru")}),
    ("Peru will back Grossi on the day of the vote.", {(*E_GROSSI, "Peru")}),
    ("Peru will back Grossi once again, its foreign minister said.", {(*E_GROSSI, "Peru")}),
]


@both_races(NATO, UN)
def test_time_clause_after_a_stance_to_come(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
