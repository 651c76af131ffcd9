"""Mechanisms added in the fourteenth round (nato14), each tested with invented sentences of both races (none
from a corpus), with cases that must give an event and cases that must not:

- a one-letter word before a full stop ends the sentence when a quotation opens after it ("wrote on X.
  \"...\""): no initial is followed by a quotation, so a condition of the sentence before does not govern it;
- a report whose "that" comes after a longer adverbial ("said during a visit to Berlin on Friday that Warsaw
  would back him") reports the stance, as "said that" does; a commentator's report stays a forecast;
- "stepped aside" / "stood aside" with only a date after it, in an article about the race, is the withdrawal
  ("stepped aside as prime minister", "from the board" is another office; "who stepped aside last week" is
  background of a relative clause);
- a candidate noun in apposition before the name is the object of a stance ("backed a rival, X", "the main
  counter-candidate, X"), and such an object gives the stance alone, not the candidacy (the guide);
- "Rutte's remaining rival": a verb's -ing form after a possessive is an adjective, no "Rutte is ...";
- "X, the only other contender, withdrew": the withdrawal alone (the guide), as for a label before the name;
- a descriptor ("the Dutch prime minister") is read with the people named so far, not with one named only
  later in the article.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)

NATO = [
    # a quotation after "on X."
    ('"He can have the job if he wants it," Orban wrote on X. "Hungary will support Rutte."', {endorse(RUTTE, "Hungary")}),
    ('Orban wrote on X. "Hungary will support Rutte if he keeps his promise."', set()),
    ('"Hungary will not veto anyone," Orban wrote on X. "We may support Rutte later."', set()),
    # a report with a long adverbial before its "that"
    ("Tusk said during a visit to Berlin on Friday that Warsaw would back Rutte.", {endorse(RUTTE, "Poland")}),
    ("Tusk said in an interview with a German newspaper on Friday that Poland would not support Rutte.",
     {oppose(RUTTE, "Poland")}),
    ("Analysts said during a briefing in Brussels on Friday that Warsaw would back Rutte.", set()),
    ("Tusk said during a visit to Berlin on Friday that Warsaw would back Rutte if he pledged more troops.", set()),
    ("Tusk said in an interview with a German newspaper on Friday that Poland could one day support Rutte.", set()),
    # "stepped aside" with a date
    ("Iohannis stepped aside only last week.", {withdraw(IOHANNIS)}),
    ("Iohannis stood aside on Tuesday.", {withdraw(IOHANNIS)}),
    ("Rutte stepped aside as prime minister last week.", set()),
    ("Iohannis stepped aside from the party's leadership on Tuesday.", set()),
    ("Rutte, who stepped aside last week, is the favourite.", set()),
    ("Rutte, who stepped aside after his coalition collapsed, is the favourite.", set()),
    ("Iohannis stepped aside in July when his coalition collapsed.", set()),
    # a candidate noun in apposition as the object of a stance
    ("Slovakia briefly backed a rival, Iohannis.", {endorse(IOHANNIS, "Slovakia")}),
    ("Hungary backed the main counter-candidate, Iohannis.", {endorse(IOHANNIS, "Hungary")}),
    ("Slovakia may back a rival, Iohannis, diplomats said.", set()),
    # a participle after a possessive
    ("Rutte's remaining rival, Iohannis, has not said whether he will stay in the race.", {cand(IOHANNIS)}),
    ("Rutte's emerging rival has not said whether he will run.", set()),
    # an apposition and a withdrawal
    ("His path was cleared when Iohannis, the only other contender, withdrew.", {withdraw(IOHANNIS)}),
    ("Iohannis, the only other contender, met Rutte on Tuesday.", {cand(IOHANNIS)}),
]

UN = [
    ('"She would be a fine choice if she runs," the minister wrote on X. "Brazil supports Bachelet."',
     {endorse(BACHELET, "Brazil")}),
    ('The minister wrote on X. "Brazil supports Bachelet if she runs."', set()),
    ("Lula said during a visit to Santiago on Monday that Brazil would support Bachelet.", {endorse(BACHELET, "Brazil")}),
    ("Commentators said at a conference in Geneva last week that Brazil would support Bachelet.", set()),
    ("Grossi stepped aside on Monday.", {withdraw(GROSSI)}),
    ("Bachelet stepped aside from the foundation's board on Monday.", set()),
    ("Paraguay backed a rival, Grossi.", {endorse(GROSSI, "Paraguay")}),
    ("Paraguay could back a rival, Grossi, officials said.", set()),
    ("Grossi's remaining rival, Bachelet, has not said whether she will stay in the race.", {cand(BACHELET)}),
    ("Bachelet, the only other candidate, pulled out on Monday.", {withdraw(BACHELET)}),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:60] for c in NATO])
def test_round14_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:60] for c in UN])
def test_round14_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


def test_round14_descriptor_read_with_the_people_named_so_far(story):
    """"the Dutch prime minister" is the candidate when no other Dutch prime minister was named before it; a
    stance with no candidate after it is then about the one in focus."""
    text = ("Iohannis pulled out on Thursday, leaving the Dutch prime minister as the sole contender. "
            "Hungary had come on board in the days before. Rutte will stay on until the new Schoof cabinet is sworn in.")
    assert endorse(RUTTE, "Hungary") in event_keys(story, NATO_TITLE, text, NATO_DAY)
    named_first = ("Dick Schoof is the Dutch prime minister. Iohannis pulled out on Thursday, leaving the Dutch prime "
                   "minister to comment. Hungary had come on board in the days before.")
    assert endorse(RUTTE, "Hungary") not in event_keys(story, NATO_TITLE, named_first, NATO_DAY)
