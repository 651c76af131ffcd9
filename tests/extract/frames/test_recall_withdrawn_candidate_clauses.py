"""Recall on unseen articles, round 18: mechanisms missed in several independent read sets, each tested
with invented sentences of both races (none from a corpus), about half of them cases that must give no
event (or not the one the mechanism adds):

- a sentence that says a candidate it names withdrew speaks, in its other clauses, of the candidate still in
  the race: "Iohannis pulled out, and Hungary dropped its objection" (the objection to the one in focus), "the
  lifting of objections by Hungary after Iohannis' withdrawal", "Slovakia followed the next day, and Iohannis
  quit" (the stance followed is on the one still running); where the candidate in focus is the one who
  withdrew, or a withdrawal is said of nobody named, whose objection ended the sentence does not say.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E, O, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"

NATO = [
    # an ended objection beside another candidate's withdrawal: to the one in focus
    ("Rutte leads the race. Iohannis withdrew in June, and Hungary dropped its objections soon after.", {
        withdraw(IOHANNIS), O(RUTTE, "Hungary")}),
    ("Rutte is the favourite. Hungary lifted its veto after Iohannis pulled out of the race.", {
        withdraw(IOHANNIS), O(RUTTE, "Hungary")}),
    ("Rutte is the favourite. The vote follows Iohannis' withdrawal and the lifting of objections by Slovakia.", {
        withdraw(IOHANNIS), O(RUTTE, "Slovakia")}),
    # ... not where the one in focus withdrew, nor where both did
    ("Rutte leads the race. Rutte withdrew in June, and Hungary dropped its objections soon after.", {withdraw(RUTTE)}),
    ("Rutte is the favourite. Hungary lifted its veto after Iohannis pulled out of the race and Rutte quit.", {
        withdraw(IOHANNIS), withdraw(RUTTE)}),
    # a stance followed beside another candidate's withdrawal
    ("Germany backed Rutte in March. Poland followed a week later, and Iohannis quit the race.", {
        E(RUTTE, "Germany"), E(RUTTE, "Poland"), withdraw(IOHANNIS)}),
    ("Germany backed Rutte in March. Poland followed a week later, as Iohannis toured the capitals.", {
        E(RUTTE, "Germany")}),
]

UN = [
    ("Grossi is the favourite. Bachelet pulled out of the race, and Washington lifted its veto.", {
        withdraw(BACHELET), O(GROSSI, "United States")}),
    ("Grossi is the favourite. Grossi pulled out of the race, and Washington lifted its veto.", {withdraw(GROSSI)}),
    # any other stance beside a withdrawal may be on the one who withdrew
    ("Grossi is ahead. Bachelet withdrew on Friday after a veto from Washington.", {
        withdraw(BACHELET), O(BACHELET, "United States")}),
    ("Chile backed Grynspan in May, and Mexico followed when Bachelet withdrew.", {
        E(GRYNSPAN, "Chile"), E(GRYNSPAN, "Mexico"), withdraw(BACHELET)}),
    ("Chile backed Grynspan in May, and Mexico followed when Bachelet spoke.", {E(GRYNSPAN, "Chile")}),
    ("Grynspan is ahead. Bachelet, whom Mexico backed, pulled out, and Peru dropped its objections to her.", {
        withdraw(BACHELET), E(BACHELET, "Mexico"), O(BACHELET, "Peru")}),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:60] for c in NATO])
def test_round18_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, dt.date(2024, 6, 28)) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:60] for c in UN])
def test_round18_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 7, 10)) == expected
