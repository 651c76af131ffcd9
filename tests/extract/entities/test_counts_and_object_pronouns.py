"""Mechanisms added in the fourteenth round (un14), each tested with invented sentences of both races (none
from a corpus), each with cases that must give an event and cases that must not:

- a count of a body's members with an adjective between ("two permanent members of the Security Council",
  "three elected Security Council members") is some of its members, no actor;
- an object pronoun whose own sentence named one candidate before it is that candidate, even one who has
  left the race since ("X had nominated Y a year ago, before its government said it would no longer support
  her"), unless the sentence itself says that one left ("when X quit and Hungary said it would back him");
- a quantifier opening a sentence ("Several Asian diplomats ...") makes no new candidate's name;
- a list after a colon that closes a plural subject's running verb ("Three women are running for the post:
  A of X, B of Y and C of Z"), not a verb of something else ("are running out of patience:") nor a hedged one.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"

NATO = [
    # counted members
    ("Rutte met leaders on Monday. Two permanent members of the North Atlantic Council oppose him.", set()),
    ("Several senior NATO members back Rutte, officials said.", set()),
    # the race's own body takes no side (tests/extract/scope/test_precision_aggregates_and_questions.py; no gold labels one)
    ("The North Atlantic Council backs Rutte.", set()),
    # the pronoun's antecedent in its own sentence
    ("Iohannis quit the race in March, leaving Rutte. Romania had nominated Iohannis in 2023, before its government "
     "said in March it would no longer support him.", {
        withdraw(IOHANNIS), cand(IOHANNIS), endorse(IOHANNIS, "Romania"), oppose(IOHANNIS, "Romania")}),
    ("Iohannis quit the race in March, leaving Rutte. Romania said it would now support him.", {
        withdraw(IOHANNIS), endorse(RUTTE, "Romania")}),
    ("Rutte's path was cleared when Iohannis quit the contest and Budapest said it would back him.", {
        withdraw(IOHANNIS), endorse(RUTTE, "Hungary")}),
    # quantifiers are no names
    ("Two candidates remain. Several Nordic diplomats say the region has no candidate.", set()),
    ("Two candidates remain. Many Baltic officials met Rutte on Monday.", set()),
    # a list after a running verb and its colon
    ("Two men are vying for the post: Mark Rutte of the Netherlands and Klaus Iohannis of Romania.", {
        cand(RUTTE), cand(IOHANNIS)}),
    ("Two leaders were competing for the job: Rutte and Iohannis.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Two men are said to be vying for the post: Mark Rutte and Klaus Iohannis.", set()),
    ("Diplomats are running out of patience: Rutte and Iohannis have both waited months.", set()),
]

UN = [
    # counted members
    ("SANTIAGO, May 3 - Michelle Bachelet met delegates on Thursday, two days after a straw poll showed three "
     "permanent members of the Security Council opposing her.", set()),
    ("A straw poll showed two permanent Security Council members backing Grossi.", set()),
    ("Several elected members of the Security Council oppose Grossi, diplomats said.", set()),
    ("The Security Council backed Grossi on Monday.", set()),
    # the pronoun's antecedent in its own sentence
    ("Bachelet quit the race on Friday, leaving Grynspan. Chile had nominated Bachelet a year ago, before its new "
     "government said in March that it would no longer support her.", {
        withdraw(BACHELET), cand(BACHELET), endorse(BACHELET, "Chile"), oppose(BACHELET, "Chile")}),
    ("Bachelet quit the race on Friday, leaving Grynspan. Chile said it would now support her.", {
        withdraw(BACHELET), endorse(GRYNSPAN, "Chile")}),
    # quantifiers are no names
    ("Two candidates remain. Several Asian diplomats complain that their region has no candidate this year.", set()),
    ("Two candidates remain. Several Asian diplomats met Grossi on Monday.", set()),
    # a list after a running verb and its colon
    ("Three women are running for secretary-general: Rebeca Grynspan of Costa Rica, Michelle Bachelet of Chile "
     "and Ana Torres of Peru.", {cand(GRYNSPAN), cand(BACHELET), cand("Ana Torres")}),
    ("Two diplomats are in the race for the post: Rafael Grossi and Michelle Bachelet.", {cand(GROSSI), cand(BACHELET)}),
    ("Two women could be running for secretary-general: Rebeca Grynspan and Michelle Bachelet.", set()),
    ("Analysts are running scenarios for the vote: Grynspan, Bachelet and Grossi all have paths.", set()),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:50] for c in NATO])
def test_round14_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, dt.date(2024, 5, 16)) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:50] for c in UN])
def test_round14_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 3, 10)) == expected
