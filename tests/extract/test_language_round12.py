"""Mechanisms added in the twelfth round (lead), each tested with invented sentences of both races (none
from a corpus), each with cases that must give an event and cases that must not:

- a quotation closed by a full stop inside it ends the speech: the words after it are the next
  sentence's, not its attribution ('X said: "We will not back him." Slovakia said ...' keeps X the
  speaker); a quotation closed by a comma is still attributed after it;
- in ", whose prime minister X said he ...", "he" is that clause's subject, not the sentence's candidate;
- the verb phrase left out ("Paris had already done so", "did so on the record") repeats the stance just
  stated, as "followed suit" does; not when negated, not yet done or only possible; "followed" with a
  time after it ("followed the next day", "a week later"), not "followed the debate";
- a manner adverbial between a stance verb and its object ("supports without reserve the candidacy of X",
  "backs, without hesitation, X");
- a clause said NOT to be stated ("which is not the same as saying it will vote for him", "that does not
  mean Russia backs Grossi", "stopped short of saying that ...") gives no stance;
- the candidate's origin before "as"/"to be" ("recommended X of Costa Rica to be the next
  secretary-general"; "backed X of Chile as envoy to Haiti" is another post);
- an organisation's heads of state or government act for it ("the African Union's heads of state
  endorsed her").
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP, CAND as cand, E as endorse, O as oppose
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"

NATO = [
    # a stop inside the quotation ends the speech
    ('Hungarian Prime Minister Viktor Orban said in March: "We are not going to support Mr Rutte." '
     'Slovakia said it would not back him.', {oppose(RUTTE, "Hungary"), oppose(RUTTE, "Slovakia")}),
    ('Turkey\'s foreign minister told reporters: "We will back Rutte." Hungary said it had no view.',
     {endorse(RUTTE, "Turkey")}),
    ('"We will back Rutte," Turkey\'s foreign minister said.', {endorse(RUTTE, "Turkey")}),
    ('The Romanian president said: "It was a long summit." France backs Rutte.', {endorse(RUTTE, "France")}),
    # "whose" opens the clause of the reporting verb
    ("Iohannis won the backing of Slovakia, whose prime minister Robert Fico also said he would not support Rutte.",
     {endorse(IOHANNIS, "Slovakia"), oppose(RUTTE, "Slovakia")}),
    ("Rutte met officials of Hungary, whose foreign minister said he had no comment.", set()),
    # the verb phrase left out
    ("The United States endorsed Rutte on Wednesday. Britain, France and Germany had already done so privately.",
     {endorse(RUTTE, "United States"), endorse(RUTTE, "United Kingdom"), endorse(RUTTE, "France"),
      endorse(RUTTE, "Germany")}),
    ("Poland backed Rutte in February. Slovakia followed the next day.",
     {endorse(RUTTE, "Poland"), endorse(RUTTE, "Slovakia")}),
    ("Poland backed Rutte in February. Latvia followed a week later.",
     {endorse(RUTTE, "Poland"), endorse(RUTTE, "Latvia")}),
    ("The United States endorsed Rutte on Wednesday. Hungary has not done so.", {endorse(RUTTE, "United States")}),
    ("The United States endorsed Rutte on Wednesday. Turkey has yet to do so.", {endorse(RUTTE, "United States")}),
    ("The United States endorsed Rutte on Wednesday. Turkey could do so next month.", {endorse(RUTTE, "United States")}),
    ("Poland backed Rutte in February. Slovakia followed the debate the next day.", {endorse(RUTTE, "Poland")}),
    ("Hungary blocked the budget. Slovakia did so too.", set()),
    # a manner adverbial before the object
    ("The Government of Romania supports without reserve the candidacy of Klaus Iohannis.", {endorse(IOHANNIS, "Romania")}),
    ("Hungary opposes, without hesitation, the candidacy of Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Romania supports without reserve the budget of the alliance.", set()),
    # a clause said not to be stated
    ("Turkey lifted a trade dispute, which does not mean Ankara backs Rutte.", set()),
    ("Erdogan stopped short of saying that Turkey supports Rutte.", set()),
    ("Turkey praised Rutte, but that is not the same as saying it will vote for him.", set()),
]

UN = [
    ('Russia\'s ambassador said on Monday: "We will not accept Bachelet." China said it had no view.',
     {oppose(BACHELET, "Russia")}),
    ("Grossi won the backing of Argentina, whose president said he would not support Bachelet.",
     {endorse(GROSSI, "Argentina"), oppose(BACHELET, "Argentina")}),
    ("Brazil backed Grossi in May. Chile did so the following week.", {endorse(GROSSI, "Brazil"), endorse(GROSSI, "Chile")}),
    ("Brazil backed Grossi in May. Chile refused to do so.", {endorse(GROSSI, "Brazil")}),
    ("Mexico supports without reservation the candidacy of Michelle Bachelet.", {endorse(BACHELET, "Mexico")}),
    ("Mexico supports without reservation the reform of the Council.", set()),
    ('Lavrov said Russia had "no objections" to the IAEA chief Rafael Grossi, which is not the same as saying '
     "it will vote for him.", set()),
    ("That does not mean China backs Grossi.", set()),
    ("The Security Council on Monday recommended Michelle Bachelet of Chile to be the next secretary-general.",
     {APP(BACHELET)}),
    ("The Security Council recommended Michelle Bachelet of Chile to the committee on Haiti.", set()),
    ("The Security Council on Monday backed Michelle Bachelet of Chile as envoy to Haiti.", set()),
    ("Brazil backed Michelle Bachelet of Chile for a second term at the human rights office.", set()),
    ("Michelle Bachelet is running. The African Union's heads of state endorsed her in July.",
     {cand(BACHELET), endorse(BACHELET, "African Union")}),
    ("Michelle Bachelet is running. The heads of state of the African Union met in July.", {cand(BACHELET)}),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:50] for c in NATO])
def test_round12_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, dt.date(2024, 5, 16)) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:50] for c in UN])
def test_round12_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 3, 10)) == expected
