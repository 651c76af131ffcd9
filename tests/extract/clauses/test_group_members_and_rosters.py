"""Round 15 (un15): the mechanisms behind the UN race's misses, each tested with invented sentences of both
races (none from a corpus), about half of them cases that give no event:

- a group whose members are then named gives the stance of those named: an apposition after a counted group
  ("two permanent members, France and China"), a relative clause identifying them ("a permanent member,
  which diplomats identified as Russia"; "..., which according to diplomats were X and Y"), also after the
  group's own phrase; not where the clause names no one, nor a group met rather than giving a stance;
- a straw poll's reversed ballot: "discourage" quoted, "discouraging", "a discourage ballot" are refusals,
  never support;
- a roster's item with an apposition after it ("A, head of the agency, and B") still lists the next item; a
  plain list of names ("A (X), B (Y), C") keeps each item; a clause with no roster lists no one;
- one of the race singled out in apposition ("the only woman in the race, X", "X, the sole African in the
  running,"): the candidacy, not "in the room", not a withdrawal;
- "In the race, X competes with Y": the race before the clause says it as "in the race" after it does;
- "the ex-president" is a "former president": a state nominating a descriptor while someone else was named
  last names the one candidate of the article whose listed roles hold that office; an epithet for the person
  named last yields to the one candidate whose listed former office it spells.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 9, 20)

NATO = [
    # a group, then its members named
    ("Rutte secured the support of two allies, which officials identified as Poland and Slovakia.", {
        endorse(RUTTE, "Poland"), endorse(RUTTE, "Slovakia")}),
    ("Rutte secured the support of two allies, Poland and Slovakia.", {
        endorse(RUTTE, "Poland"), endorse(RUTTE, "Slovakia")}),
    ("Rutte faced the opposition of a Central European member, which diplomats identified as Hungary.", {
        oppose(RUTTE, "Hungary")}),
    ("Rutte secured the support of two allies, which officials did not name, and Hungary said nothing.", set()),
    ("Rutte met two allies, Poland and Slovakia, on Monday.", set()),
    # a roster's item with an apposition
    ("The remaining candidates are Rutte, the Dutch prime minister, and Romania's Klaus Iohannis.", {
        cand(RUTTE), cand(IOHANNIS)}),
    ("Rutte, the Dutch prime minister, and Iohannis met in Brussels.", set()),
    # one of the race singled out
    ("The only Romanian in the race, Klaus Iohannis, spoke on Monday.", {cand(IOHANNIS)}),
    ("Klaus Iohannis, the sole eastern European in the running, spoke on Monday.", {cand(IOHANNIS)}),
    ("Klaus Iohannis, the only Romanian in the room, spoke on Monday.", set()),
    # the race before the clause
    ("In the race, Rutte competes with Klaus Iohannis.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Rutte competes with Iohannis for attention at the summit.", set()),
    # a descriptor nominated while someone else was named last
    ("Klaus Iohannis spoke on Monday. He called Prime Minister Ciolacu. Romania nominated the outgoing president in March.",
     {cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
]

UN = [
    # a group, then its members named
    ("Bachelet received discourage votes from two permanent members, which diplomats identified as France and China.", {
        cand(BACHELET), oppose(BACHELET, "France"), oppose(BACHELET, "China")}),
    ("Bachelet had received discourage votes of two permanent members in the colour-coded polls of July, which "
     "according to diplomats were France and China.", {cand(BACHELET), oppose(BACHELET, "France"), oppose(BACHELET, "China")}),
    ("Grossi had been backed by two Council members, which diplomats did not name. Russia said nothing.", set()),
    # reversed ballots
    ("Bachelet received \"discourage\" votes from two permanent members, the United Kingdom and Russia.", {
        cand(BACHELET), oppose(BACHELET, "United Kingdom"), oppose(BACHELET, "Russia")}),
    ("Bachelet received discouraging votes from France.", {oppose(BACHELET, "France")}),
    ("Grossi pulled out after a red discourage ballot from China.", {WD(GROSSI), oppose(GROSSI, "China")}),
    ("China asked for a new ballot on Grossi.", set()),
    # a roster's item with an apposition, and plain rosters
    ("Two candidates are left: Bachelet, the Chilean former president, and Argentina's Rafael Grossi.", {
        cand(BACHELET), cand(GROSSI)}),
    ("Two contenders remain: Grynspan, head of UNCTAD, and Rafael Grossi.", {cand(GRYNSPAN), cand(GROSSI)}),
    ("The three candidates are: Bachelet (nominated by Brazil and Mexico), Grossi (Argentina), Grynspan (Costa Rica).", {
        cand(BACHELET), cand(GROSSI), cand(GRYNSPAN), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico"),
        endorse(GROSSI, "Argentina"), endorse(GRYNSPAN, "Costa Rica")}),
    ("Bachelet, the Chilean former president, and Grossi had lunch in Geneva.", set()),
    # one of the race singled out
    ("The only woman in the race, Michelle Bachelet, spoke in Santiago.", {cand(BACHELET)}),
    ("The sole Argentine in the running, Grossi, withdrew on Monday.", {WD(GROSSI)}),
    ("Bachelet, the only woman in the room, spoke in Santiago.", set()),
    # the race before the clause
    ("Costa Rica nominated Grynspan in 2025. In the race she competes with Rafael Grossi and Michelle Bachelet.", {
        cand(GRYNSPAN), endorse(GRYNSPAN, "Costa Rica"), cand(GROSSI), cand(BACHELET)}),
    ("Costa Rica nominated Grynspan in 2025. At the summit she competed with Grossi and Bachelet for attention.", {
        cand(GRYNSPAN), endorse(GRYNSPAN, "Costa Rica")}),
    # "ex-" for "former"; the one candidate holding the office
    ("Michelle Bachelet spoke on Monday. She informed President Kast first. Chile nominated the ex-president in 2025.", {
        cand(BACHELET), endorse(BACHELET, "Chile")}),
    ("Rebeca Grynspan spoke to Gabriel Boric on Monday. Chile nominated the ex-president in 2025.", set()),
    ("Michelle Bachelet spoke on Monday. Rebeca Grynspan was in Geneva. The ex-president had received discourage "
     "votes from Russia.", {cand(BACHELET), oppose(BACHELET, "Russia")}),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0] for c in NATO])
def test_nato_round15(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0] for c in UN])
def test_un_round15(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("first,second", [("France", "China"), ("China", "France")])
def test_identified_members_follow_their_order(un_story, first, second):
    text = f"Bachelet received discourage votes from two permanent members, which diplomats identified as {first} and {second}."
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == {cand(BACHELET), oppose(BACHELET, first), oppose(BACHELET, second)}
