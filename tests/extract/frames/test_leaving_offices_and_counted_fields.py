"""Round 17 (un17r): the mechanisms behind the UN race's misses of blind set 15, each tested with invented
sentences of both races (none from a corpus), about half of them cases that give no or fewer events:

- a leaving verb that also leaves an office ("stepped aside", "stood aside") leaves the race when only a date
  follows it, in any of the usual forms ("in October", "two weeks later", "at the end of the month", "last
  Friday"), or a date and a reason that names the race ("after the third straw poll", "following a veto");
  not a reason of another matter, another office, a relative clause of background or an intention;
- "at the start / end of the month" is a date after a bare "withdrew" as "on Friday" is;
- people counted in the race, then listed in apposition or after a colon ("There are two women in the race, A
  of X and B of Y, and one man, C"; "Two other Europeans are competing: A and B"); not a count under a modal or
  a negation, a count of something else, nor a name that is the subject of a verb after the comma;
- the others named beside one of the counted candidates ("X is one of three candidates for the post, alongside
  A and B"); not when the count is hedged, conditional, or of another race;
- a nomination's participle after an apposition ("X, the head of the agency, nominated by S, ...") and in each
  item of a roster; not "nominated for a prize by S";
- a nomination noun with its maker after "of" ("stays in the race with the nomination of A and B") backs the
  candidate in focus; not a state nominated to something;
- an object pronoun before a time adverbial ("nominated her earlier this year", "backed him two weeks later"),
  not a possessive ("her earlier statements");
- a roster item's apposition may hold a name with "and" in it ("A, the head of UN Trade and Development, and B");
- a rival named with a determiner before a demonym ("In the race she competes with the Argentine X") is in the
  race as one set against a named candidate is; not at another occasion;
- a participle's clause of letting or leaving after a comma is its own clause: a modal in the clause before it
  ("on who should succeed him, letting the three candidates A, B and C tour capitals") does not govern it; a
  condition still does.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, WD
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 9, 20)

NATO = [
    # a verb that also leaves an office, with a date
    ("Iohannis stood aside in June.", {WD(IOHANNIS)}),
    ("Iohannis stepped aside at the end of the month, and Rutte was unopposed.", {WD(IOHANNIS)}),
    ("Iohannis stepped aside days later following a veto by Hungary.", {WD(IOHANNIS)}),
    ("Iohannis stepped aside in March after the scandal.", set()),
    ("Iohannis stepped aside as party leader in March.", set()),
    # a bare withdrawal with the start or end of a period
    ("Iohannis withdrew at the start of the week.", {WD(IOHANNIS)}),
    ("Iohannis withdrew at the start of the meeting his proposal on Ukraine.", set()),
    # counted in the race, then listed
    ("Two men are in the race: Rutte and Iohannis.", {cand(RUTTE), cand(IOHANNIS)}),
    ("There are three people still in the running, Rutte, Iohannis and Kallas.", {
        cand(RUTTE), cand(IOHANNIS), cand(KALLAS)}),
    ("Two Europeans could be in the race: Rutte and Iohannis.", set()),
    ("Two weeks in the race, Iohannis has visited ten capitals.", set()),
    # beside one of the counted
    ("Kallas is one of the contenders for the post, along with Rutte and Iohannis.", {
        cand(KALLAS), cand(RUTTE), cand(IOHANNIS)}),
    ("Kallas could be one of the contenders, along with Rutte.", set()),
    # a nomination's participle after an apposition
    ("Iohannis, the Romanian president and a former mayor, nominated by Romania, met Rutte.", {
        cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
    ("Rutte, the outgoing Dutch prime minister, nominated for a prize by the Netherlands, spoke.", set()),
    # an apposition with a name's "and", then the next item
    ("Two candidates remain: Kallas, the chair of the Council on Research and Innovation, and Estonia's Karins.", {
        cand(KALLAS), cand("Krisjanis Karins")}),
    ("Two ministers attended: Kallas, the chair of the Council on Research and Innovation, and Rutte.", set()),
    # a rival after a determiner
    ("Rutte spoke in Brussels. In the race he competes with the Romanian Klaus Iohannis.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Rutte faces the Romanian Klaus Iohannis in a debate on Monday.", set()),
    # a pronoun object before a time adverbial
    ("Rutte spoke in Brussels. Hungary backed him two weeks later.", {endorse(RUTTE, "Hungary")}),
    ("Rutte spoke in Brussels. Hungary praised his earlier remarks.", set()),
]

UN = [
    # a verb that also leaves an office, with a date
    ("Grynspan stepped aside in October after repeated discouragement from a permanent member.", {WD(GRYNSPAN)}),
    ("Grynspan stepped aside two weeks later.", {WD(GRYNSPAN)}),
    ("Bachelet stood aside last Friday after the third straw poll.", {WD(BACHELET)}),
    ("Grynspan stepped aside in March after her party lost the election.", set()),
    ("Grynspan, who stepped aside in March, spoke on Friday.", set()),
    ("Grynspan may step aside in October.", set()),
    # a bare withdrawal with the start or end of a period
    ("Mexico backed Grynspan after Bachelet withdrew at the start of the month.", {
        endorse(GRYNSPAN, "Mexico"), WD(BACHELET)}),
    # counted in the race, then listed
    ("This year there are two women in the race, Bachelet of Chile and Grynspan of Costa Rica, and one man, "
     "Grossi of Argentina.", {cand(BACHELET), cand(GRYNSPAN), cand(GROSSI)}),
    ("Two other Latin Americans are competing: Grossi of Argentina, the head of the agency, and Grynspan.", {
        cand(GROSSI), cand(GRYNSPAN)}),
    ("There were two women in the race, Bachelet said.", set()),
    ("Two women are not in the race: Bachelet and Grynspan.", set()),
    ("Two names are being floated, Bachelet and Grynspan.", set()),
    # beside one of the counted
    ("Grynspan is one of three declared candidates to succeed the incumbent, alongside Chile's Bachelet and "
     "Argentina's Grossi.", {cand(GRYNSPAN), cand(BACHELET), cand(GROSSI)}),
    ("Grynspan is one of the possible candidates, alongside Bachelet.", set()),
    ("Grynspan was one of the candidates in 2016, alongside Bachelet.", set()),
    # a nomination's participle after an apposition, item by item
    ("The other candidates are Grossi, the Argentine head of the International Atomic Energy Agency, nominated by "
     "Argentina, and Grynspan, the Costa Rican economist, nominated by Costa Rica.", {
        cand(GROSSI), endorse(GROSSI, "Argentina"), cand(GRYNSPAN), endorse(GRYNSPAN, "Costa Rica")}),
    ("Grynspan, nominated for a human rights prize by Panama, spoke.", set()),
    # a nomination noun with its maker
    ("Bachelet spoke on Monday. She remains in the race with the nomination of Brazil and Mexico.", {
        cand(BACHELET), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("Bachelet spoke on Monday. The nomination of Chile to the Security Council was approved.", set()),
    # a pronoun object before a time adverbial
    ("Grynspan spoke in Geneva. The Costa Rican government proposed her earlier this year.", {
        cand(GRYNSPAN), endorse(GRYNSPAN, "Costa Rica")}),
    ("Grynspan spoke in Geneva. Panama criticised her earlier statements.", set()),
    # an apposition with a name's "and", then the next item
    ("Her exit leaves two candidates: Grynspan, the head of UN Trade and Development, and Argentina's Grossi.", {
        cand(GRYNSPAN), cand(GROSSI)}),
    # a rival after a determiner
    ("Grynspan spoke in Geneva. In the race she competes with the Argentinian Grossi and the former Chilean "
     "president Bachelet.", {cand(GRYNSPAN), cand(GROSSI), cand(BACHELET)}),
    ("Grynspan spoke in Geneva. At the summit she competes with the Argentine Grossi for attention.", set()),
    # a participle's clause after a modal clause
    ("The council kept quiet on who should win, letting the three candidates - Grossi, Grynspan and Bachelet - "
     "tour capitals.", {cand(GROSSI), cand(GRYNSPAN), cand(BACHELET)}),
    ("If Grynspan withdrew, leaving Grossi as the only candidate, the vote would be quick.", set()),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0] for c in NATO])
def test_nato_round17(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0] for c in UN])
def test_un_round17(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
