"""Round 19 (art19, slice 2): more mechanisms behind read set 17's misses and false events, invented sentences
of both races, about half near-misses:

- a nomination kept, its candidate named, is the state's backing still given ("Chile kept its nomination of
  X"; the bid itself is background, as of an ended stance); not kept ("did not keep", "may keep") it is none;
- a withdrawal verb before a running word makes it the verb's object: the headline "X ends bid for the post"
  gives the withdrawal alone (the guide: a bid named only as withdrawn), "X launches bid for" the candidacy;
- a counted field's stating sentence that names its members fills it: a later sentence opening with someone
  else ("Wallace, once seen as a contender, ...") is no member;
- "her" before "together with" / "jointly with" is the object ("nominated her together with Chile");
- a sitting title after "the government of" names the state's leader, never a new candidate ("the
  government of President X would not support her candidacy": the state refuses).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E, O, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, WALLACE = "Mark Rutte", "Klaus Iohannis", "Ben Wallace"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"
NATO_DAY, UN_DAY = dt.date(2024, 6, 28), dt.date(2026, 7, 10)

NATO = [
    ("Wallace ends bid for NATO job", {withdraw(WALLACE)}),
    ("Wallace quits campaign for NATO job", {withdraw(WALLACE)}),
    ("Wallace launches bid for NATO job", {cand(WALLACE)}),
    ("Romania kept its nomination of Iohannis despite the polls.", {E(IOHANNIS, "Romania")}),
    ("Romania did not keep its nomination of Iohannis.", set()),
    # the field's stating sentence names its members
    ("Two candidates are in the race: Rutte and Iohannis. Rutte leads. Wallace, once seen as a contender, "
     "has ruled it out.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Two candidates are in the race. Rutte leads. Iohannis is second.", {cand(RUTTE), cand(IOHANNIS)}),
]

UN = [
    ("Chile's new government, to its credit, kept its nomination of Bachelet despite the vote.", {
        E(BACHELET, "Chile")}),
    ("Bachelet is running. The Chilean government, which kept her nomination after the election, praised her.", {
        cand(BACHELET), E(BACHELET, "Chile")}),
    ("Chile may keep its nomination of Bachelet.", set()),
    ("Grossi ends bid for UN Secretary-General after straw polls", {withdraw(GROSSI)}),
    ("Bachelet withdrew on Monday. Brazil and Mexico, which had nominated her together with Chile, now support "
     "Grynspan.", {withdraw(BACHELET), cand(BACHELET), E(BACHELET, "Brazil"), E(BACHELET, "Mexico"),
                   E(BACHELET, "Chile"), E(GRYNSPAN, "Brazil"), E(GRYNSPAN, "Mexico")}),
    ("Bachelet withdrew on Monday. Brazil, which had praised her together with Chile, now supports Grynspan.", {
        withdraw(BACHELET), E(GRYNSPAN, "Brazil")}),
    ("Bachelet is running. Peru's foreign ministry said that the government of President Ana Quispe would not "
     "support her candidacy.", {cand(BACHELET), O(BACHELET, "Peru")}),
    ("Bachelet is running. Peru's foreign ministry said that the government would not support her candidacy.", {
        cand(BACHELET), O(BACHELET, "Peru")}),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:60] for c in NATO])
def test_round19_art2_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:60] for c in UN])
def test_round19_art2_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
