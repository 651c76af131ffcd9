"""Non-stance events, round 18 (cand18): one mechanism per family, in both races, each family with
sentences that state an event beside near-misses that state none.

- the withdrawal as a noun with no race after it ("made easier by the withdrawal of X in March",
  "after the withdrawals of X and Y"), after a word of time or as an agent, in an article about the race;
  not the withdrawal of something of X's ("of X's support"), one asked for ("called for the withdrawal
  of X") or one still to come.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP as appointed, CAND as cand, E as endorse, TO as takes_office, WD as withdrew
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 3, 10), dt.date(2026, 5, 10)
RUTTE, IOHANNIS, KALLAS, KARINS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Krisjanis Karins"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"

WITHDRAWAL_NOUN_CASES = [
    ("nato", "The choice was made easier by the withdrawal of Karins in February.", {withdrew(KARINS)}),
    ("nato", "After the withdrawals of Kallas and Karins, only two names were left.", {withdrew(KALLAS), withdrew(KARINS)}),
    ("un", "Following the withdrawal of Grynspan, the council met again.", {withdrew(GRYNSPAN)}),
    ("un", "By August, after the withdrawals of Bachelet, Grynspan and Grossi, the field was empty.",
     {withdrew(BACHELET), withdrew(GRYNSPAN), withdrew(GROSSI)}),
    # near-misses: something of the candidate's withdrawn, a withdrawal asked for or only supposed
    ("nato", "After the withdrawal of Karins's support, the talks stalled.", set()),
    ("nato", "Several capitals called for the withdrawal of Kallas.", set()),
    ("un", "The withdrawal of Grynspan would leave the field to two.", set()),
    ("un", "Since the withdrawal of Argentina from the climate accord, relations have cooled.", set()),
]


@pytest.mark.parametrize("race,text,expected", WITHDRAWAL_NOUN_CASES)
def test_withdrawal_noun(story, un_story, race, text, expected):
    if race == "nato":
        assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected
    else:
        assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
