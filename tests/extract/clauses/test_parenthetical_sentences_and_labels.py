"""Mechanisms added in the seventeenth round (nato17, issue 12: recall on unseen articles of many genres), each
tested with invented sentences of both races (none from a corpus), with cases that must give an event and cases
that must not:

- a sentence wholly in parentheses (an editor's note, a press review's aside of its own) is read as a sentence;
  a parenthesis inside a sentence is still an aside;
- a leader's name before the body they head ("the Biden administration", "the Meloni government", "the Scholz
  cabinet") is the state, and a list goes on after it ("of the Biden administration, of London and of Paris");
- a list of states "followed by" more states after a stance on the candidate in focus takes the same stance;
- a candidate label set off by a comma before the name anywhere in a clause ("met the Romanian candidate, X,")
  is said of the name, whatever the clause's modality, unless a stance verb governs it or a hedge precedes it;
- a duration after a candidate noun or a verb of running ("a candidate for almost two months") says how long,
  not what for;
- a relative clause right after a person's descriptor, with no comma ("the Dutch prime minister who has been
  running since November"), is read as a clause about the person;
- a day written as an ordinal word ("on the first of October") is a day date, so a scheduled taking of office
  is stated.

Second slice:
- a future with an adverb of eventuality ("will, in the end, agree on X", "will eventually back him", "sooner or
  later ... will") is a forecast, not a schedule;
- a report put in question by the next sentence ("Is that true?", "Can you confirm that?") or a fact-check's
  verdict ("Verdict: False") states nothing; a fact-check's "Claim:" line, a viral or widely shared post as the
  source, is the claim checked, not a fact;
- a state sending on "his name" / "her name" ("submitted his name to allies", "registered her name") nominates
  the person;
- an exception fronted before a negative whole ("Apart from Slovakia, which backed him, no ally ...") leaves the
  state acting, so its relative clause is read.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, TO as takes
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)

NATO = [
    # a sentence wholly in parentheses
    ("(Turkey endorsed Rutte in April, weeks after the others.)", {endorse(RUTTE, "Turkey")}),
    ("Rutte is running. (Hungary and Slovakia have refused to back him.)",
     {cand(RUTTE), oppose(RUTTE, "Hungary"), oppose(RUTTE, "Slovakia")}),
    ("(Slovakia may yet come out for Iohannis.)", set()),
    ("Rutte met the Hungarian leader (who has refused to back him) in Brussels.", set()),
    # a leader's name before the body they head
    ("Rutte has won the backing of the Biden administration, of Rome and of Madrid.",
     {endorse(RUTTE, "United States"), endorse(RUTTE, "Italy"), endorse(RUTTE, "Spain")}),
    ("The Meloni government threw its weight behind Rutte on Tuesday.", {endorse(RUTTE, "Italy")}),
    ("The Scholz cabinet and Paris both endorsed Rutte.", {endorse(RUTTE, "Germany"), endorse(RUTTE, "France")}),
    ("The Biden administration's envoy met Iohannis in Bucharest.", set()),
    ("The Sunak government has not yet said whom it backs.", set()),
    # "followed by" after a stance on the candidate in focus
    ("Rutte is a candidate. Washington and London announced their support in February, followed by Rome and Ottawa.",
     {cand(RUTTE), endorse(RUTTE, "United States"), endorse(RUTTE, "United Kingdom"), endorse(RUTTE, "Italy"),
      endorse(RUTTE, "Canada")}),
    ("Iohannis is running. Bulgaria pledged its backing on Monday, followed within hours by Lithuania.",
     {cand(IOHANNIS), endorse(IOHANNIS, "Bulgaria"), endorse(IOHANNIS, "Lithuania")}),
    ("Iohannis is running. Bulgaria pledged its backing on Monday, followed by a statement from Hungary.",
     {cand(IOHANNIS), endorse(IOHANNIS, "Bulgaria")}),
    ("Iohannis is running. Bulgaria pledged its support for Ukraine, followed by Poland.", {cand(IOHANNIS)}),
    # a candidate label set off before the name
    ("Orban met the Romanian candidate, Klaus Iohannis, on Monday.", {cand(IOHANNIS)}),
    ("Slovakia said it would vote for Iohannis rather than for the Dutch contender, Mark Rutte.",
     {cand(RUTTE), endorse(IOHANNIS, "Slovakia")}),
    ("Critics of the Dutch candidate, Mark Rutte, point to his record on defence spending.", {cand(RUTTE)}),
    ("Hungary backed the Romanian candidate, Klaus Iohannis.", {endorse(IOHANNIS, "Hungary")}),
    ("Orban met the possible candidate, Klaus Iohannis, on Monday.", set()),
    ("Orban met the Romanian president Klaus Iohannis on Monday.", set()),
    # a duration after a candidate noun or a verb of running
    ("Iohannis has been a candidate for almost two months.", {cand(IOHANNIS)}),
    ("Rutte has been in the running for several months now.", {cand(RUTTE)}),
    ("Iohannis was a candidate for two years in a row in Romania's presidential election.", set()),
    ("Iohannis has been a candidate for the presidency of the European Council.", set()),
    # a relative clause right after a person's descriptor
    ("Mark Rutte, the Dutch caretaker premier who has been running since November, met Orban.", {cand(RUTTE)}),
    ("Klaus Iohannis, the Romanian president who many expected to run, stayed silent.", set()),
    ("The diplomat who said Rutte would win the job was wrong.", set()),
    # a day written as an ordinal word
    ("Mark Rutte will take over from Jens Stoltenberg on the first of October.", {takes(RUTTE)}),
    ("Rutte will assume the post on the second of October, the alliance said.", {takes(RUTTE)}),
    ("Rutte will take the first of many trips to Kyiv as prime minister.", set()),
    ("Rutte could take over at some point in the autumn.", set()),
    # slice 2: a future of eventuality
    ("The allies will, in the end, agree on Mark Rutte.", set()),
    ("Hungary will eventually back Rutte, diplomats say.", set()),
    ("Sooner or later Slovakia will come out for Iohannis.", set()),
    ("The allies will appoint Mark Rutte on Wednesday.", {("appointment", RUTTE, None)}),
    ("In the end, Hungary backed Rutte in June.", {endorse(RUTTE, "Hungary")}),
    ("Hungary eventually dropped its objections to Rutte.", {oppose(RUTTE, "Hungary")}),
    # a questioned report, a fact-check's claim and verdict
    ("Some media reported that Estonia was backing Rutte. Is that true?", set()),
    ("Q: Reports say Turkey has endorsed Iohannis. Can you confirm that?", set()),
    ("Claim: Turkey has vetoed Rutte.", set()),
    ("Claim: A widely shared post says Bulgaria has endorsed Iohannis. Verdict: False.", set()),
    ("A viral video claims that Latvia has come out for Iohannis.", set()),
    ("Reports say Turkey has endorsed Iohannis. Ankara confirmed it on Monday.", {endorse(IOHANNIS, "Turkey")}),
    ("Turkey has vetoed Rutte. Is that a problem for the alliance?", {oppose(RUTTE, "Turkey")}),
    # "his name" sent on by a state
    ("Rutte declared his interest. The Netherlands submitted his name to allies shortly afterwards.",
     {cand(RUTTE), endorse(RUTTE, "Netherlands")}),
    ("Iohannis is interested. Romania has not yet submitted his name.", {cand(IOHANNIS)}),
    ("Rutte declared his interest. The Netherlands confirmed the date of the summit.", {cand(RUTTE)}),
    # an exception fronted before a negative whole
    ("Iohannis is running. Apart from Bulgaria, which backed him in May, no ally has spoken up for him.",
     {cand(IOHANNIS), endorse(IOHANNIS, "Bulgaria")}),
    ("Apart from Hungary, all allies back Rutte.", set()),
]

UN = [
    ("(Brazil declared its support for Grossi last week.)", {endorse(GROSSI, "Brazil")}),
    ("(Chile might still back Bachelet.)", set()),
    ("Grossi has the backing of the Milei government and of Brasilia.", {endorse(GROSSI, "Argentina"), endorse(GROSSI, "Brazil")}),
    ("The Lula government's envoy met Grossi in Vienna.", set()),
    ("Bachelet is running. Mexico declared its support in May, followed by Colombia and Chile.",
     {cand(BACHELET), endorse(BACHELET, "Mexico"), endorse(BACHELET, "Colombia"), endorse(BACHELET, "Chile")}),
    ("Russia questioned the Chilean candidate, Michelle Bachelet, at length.", {cand(BACHELET)}),
    ("Russia questioned the potential candidate, Michelle Bachelet, at length.", set()),
    ("Grossi has been a candidate for a few weeks.", {cand(GROSSI)}),
    ("Grossi, the Argentine diplomat who has been campaigning since January, visited Beijing.", {cand(GROSSI)}),
    ("Grossi will take up the post on the first of January.", {takes(GROSSI)}),
    ("The Council will ultimately settle on Grossi.", set()),
    ("Reports say Brazil has dropped Bachelet. Is there any truth to that?", set()),
    ("Claim: Mexico has endorsed Bachelet.", set()),
    ("Bachelet is running. Chile registered her name with the General Assembly in May.",
     {cand(BACHELET), endorse(BACHELET, "Chile")}),
    ("Grossi is running. Except for Brazil, which sponsored him, no member state has come out for him.",
     {cand(GROSSI), endorse(GROSSI, "Brazil")}),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:60] for c in NATO])
def test_round17_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:60] for c in UN])
def test_round17_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
