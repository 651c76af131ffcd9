"""Construction classes, round 18 (cons18): one mechanism per family, in both races, each family with
sentences that state an event beside those that state none (invented names throughout):

- a short item (headline and a sentence or two) that names no race at all but speaks of a bid with no aim
  of its own ("X confirmed that she is a candidate", "X became the first African candidate", "X said he
  was running") proposes its unlisted people as the race's; the rules still decide who is in it. A bid
  "for" something named ("for mayor", "for the presidency") or another aim ("a candidate in the
  presidential election", "bid to form a cabinet") is another race's;
- a purpose after a verb of running may be quoted ("running 'to give the south a choice'"): the quotation
  marks are read as blanks, and the running is still the bid;
- a commentator's noun before a name ("defence expert X", "analyst X") labels a person, who may be stated
  in the race; an outlet's noun ("the daily X", "broadcaster X") still names no one;
- an exception fronted before a negative whole ("Apart from Poland, no ally has backed Rutte"): the states
  excepted act in the main clause;
- a candidate label whose verb is a withdrawal ("Bosnian candidate quits"): the withdrawal alone;
- a descriptor of a sitting office ("Costa Rica's president", no "former") names no candidate who held that
  office only before (a role the story gives as "former vice president");
- a counted candidate label set before the names may say where they are from ("the two candidates from Latin
  America, X and Y,");
- availability with no object ("'I am available,' X said") in an article about the race is an interest.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, WD as withdraw
from tests.extract.conftest import event_keys

NATO_DAY, UN_DAY = dt.date(2024, 3, 10), dt.date(2026, 5, 10)
GROSSI = "Rafael Grossi"

SHORT_BID_CASES = [
    # no race named, a bid with no aim of its own: the unlisted person is the race's candidate
    ("un", "Okafor confirms candidacy", "The Nigerian lawyer Chidi Okafor, long said to be eyeing the job, "
     "confirmed on Monday that he is a candidate.", {cand("Chidi Okafor")}),
    ("un", "Lindqvist first Nordic candidate", "Swedish diplomat Maja Lindqvist, backed by the European Union, "
     "became the first Nordic candidate.", {cand("Maja Lindqvist"), endorse("Maja Lindqvist", "European Union")}),
    ("nato", "Varga is running", "Slovak economist Tomas Varga said on Friday that he was running.", {cand("Tomas Varga")}),
    ("nato", "Dutch outsider in the race", "Dutch banker Pieter Vandermolen confirmed that he is a candidate for the post.",
     {cand("Pieter Vandermolen")}),
    # a bid for something the item names, another aim, or no bid stated: nothing
    ("nato", "Varga launches bid", "Slovak economist Tomas Varga said he was running for governor.", set()),
    ("un", "Okafor candidacy", "The Nigerian lawyer Chidi Okafor is a candidate in the presidential election.", set()),
    ("un", "Okafor's bid", "Chidi Okafor confirmed his bid for the presidency of the bank.", set()),
    ("nato", "Varga's coalition bid", "Tomas Varga launched a bid to form a cabinet on Monday.", set()),
    ("un", "Okafor may run", "The Nigerian lawyer Chidi Okafor could be a candidate, diplomats said.", set()),
    ("nato", "Vandermolen tipped", "Dutch banker Pieter Vandermolen is tipped as a possible candidate.", set()),
]

QUOTED_PURPOSE_CASES = [
    ("un", "The race for UN Secretary-General", "Grossi said he was running 'to give the south a choice'.", {cand(GROSSI)}),
    ("nato", "The race to lead NATO", "Marta Sola, a Spanish diplomat, said she was running "
     "'to bring the alliance closer to its citizens'.", {cand("Marta Sola")}),
    ("un", "Late entrant Ortega", "Late entrant Luis Ortega of Peru said he was running 'to restore trust'.",
     {cand("Luis Ortega")}),
    # running to a place, or to another post, quoted or not: no bid
    ("un", "The race for UN Secretary-General", "Grossi said he was running 'to Geneva' after the vote.", set()),
    ("un", "Late entrant Ortega", "Luis Ortega of Peru said he was running 'to become mayor'.", set()),
    ("nato", "The race to lead NATO", "Marta Sola said she was running 'to the airport' when the call came.", set()),
]

COMMENTATOR_LABEL_CASES = [
    ("nato", "Stavrou withdraws", "Greek defence expert Nikos Stavrou withdrew his bid for NATO chief on Tuesday.",
     {withdraw("Nikos Stavrou")}),
    ("un", "Analyst enters the UN race", "Brazilian analyst Joana Ferraz announced her candidacy for UN "
     "secretary-general on Monday.", {cand("Joana Ferraz")}),
    # a commentator who speaks of the race, or an outlet: no candidate
    ("nato", "Expert view on the NATO race", "Greek defence expert Nikos Stavrou said Rutte would win the race for "
     "NATO chief.", set()),
    ("un", "Analysts on the UN race", "Brazilian analyst Joana Ferraz said the race for UN secretary-general was "
     "wide open.", set()),
    ("un", "The race for UN Secretary-General", "The Chilean daily El Sur Austral reported that the race was wide open.",
     set()),
]


def _keys(story, un_story, race, title, text):
    return event_keys(story if race == "nato" else un_story, title, text, NATO_DAY if race == "nato" else UN_DAY)


@pytest.mark.parametrize("race,title,text,expected", SHORT_BID_CASES, ids=[c[1] for c in SHORT_BID_CASES])
def test_short_item_bid_with_no_aim_is_the_race(story, un_story, race, title, text, expected):
    assert _keys(story, un_story, race, title, text) == expected


@pytest.mark.parametrize("race,title,text,expected", QUOTED_PURPOSE_CASES, ids=[c[2][:50] for c in QUOTED_PURPOSE_CASES])
def test_quoted_purpose_of_running(story, un_story, race, title, text, expected):
    assert _keys(story, un_story, race, title, text) == expected


@pytest.mark.parametrize("race,title,text,expected", COMMENTATOR_LABEL_CASES,
                         ids=[c[2][:50] for c in COMMENTATOR_LABEL_CASES])
def test_commentator_label_before_a_name(story, un_story, race, title, text, expected):
    assert _keys(story, un_story, race, title, text) == expected


# an exception fronted before a negative whole: the states excepted are the only ones acting, and act in
# the main clause ("Apart from Poland, no ally has backed Rutte": Poland has); the state may carry an
# intensifier ("the Netherlands itself"); a positive whole or no stance leaves them out
SOLE_FRONTED_CASES = [
    ("nato", "Apart from Poland, no ally has backed Rutte.", {endorse("Mark Rutte", "Poland")}),
    ("nato", "Apart from the Netherlands itself, no government has yet come out for Rutte.",
     {endorse("Mark Rutte", "Netherlands")}),
    ("nato", "Except for Hungary and Slovakia, no member opposes Iohannis.",
     {("opposition", "Klaus Iohannis", "Hungary"), ("opposition", "Klaus Iohannis", "Slovakia")}),
    ("un", "Apart from Chile, no government has endorsed Bachelet so far.", {endorse("Michelle Bachelet", "Chile")}),
    ("un", "Other than Argentina itself, no country has come out for Grossi.", {endorse(GROSSI, "Argentina")}),
    # a positive whole (the states excepted do not act), or no stance in the main clause: nothing
    ("nato", "Apart from Poland, every ally has backed Rutte.", set()),
    ("nato", "Apart from Poland, no ally has yet decided on Rutte.", set()),
    ("un", "Apart from Chile, every government has endorsed Bachelet.", set()),
    ("un", "Apart from Argentina, no country has said a word about Grossi.", set()),
    ("nato", "Apart from Poland, no ally has visited Rutte in The Hague.", set()),
    # the state excepted has a relative clause of its own: that clause tells its stance, not the main one
    ("nato", "Apart from Slovakia, which is still weighing its options, no ally opposes Rutte.", set()),
    ("un", "Except for Peru, which may yet back her, no state has endorsed Bachelet.", set()),
]

# a candidate named only by a label whose verb is a withdrawal: the withdrawal alone (the guide)
LABEL_WITHDRAWN_CASES = [
    ("un", "Bosnian candidate quits", "Lejla Dizdar of Bosnia and Herzegovina pulled out of the race on Monday.",
     {withdraw("Lejla Dizdar")}),
    ("nato", "Dutch candidate withdraws", "Rutte pulled out of the race on Monday.", {withdraw("Mark Rutte")}),
    ("nato", "Romanian candidate stays in", "Iohannis said on Monday that he was staying in the race.",
     {cand("Klaus Iohannis")}),
    ("un", "Argentine candidate campaigns in Accra", "Grossi met Ghana's president on Monday.", {cand(GROSSI)}),
]


@pytest.mark.parametrize("race,text,expected", SOLE_FRONTED_CASES, ids=[c[1][:50] for c in SOLE_FRONTED_CASES])
def test_fronted_exception_before_a_negative_whole(story, un_story, race, text, expected):
    title = "The race to lead NATO" if race == "nato" else "The race for UN Secretary-General"
    assert _keys(story, un_story, race, title, text) == expected


@pytest.mark.parametrize("race,title,text,expected", LABEL_WITHDRAWN_CASES, ids=[c[1] for c in LABEL_WITHDRAWN_CASES])
def test_label_of_one_withdrawing(story, un_story, race, title, text, expected):
    assert _keys(story, un_story, race, title, text) == expected


SLICE2_CASES = [
    # a sitting office's descriptor is not a candidate who held it only before
    ("un", "Costa Rica swears in its president", "Costa Rica's new president was sworn in on Friday. Rebeca Grynspan, "
     "the country's nominee for UN secretary-general, attended.", {cand("Rebeca Grynspan"), endorse("Rebeca Grynspan", "Costa Rica")}),
    ("un", "The race for UN Secretary-General", "Grynspan is running. Costa Rica's president was sworn in on Friday.",
     {cand("Rebeca Grynspan")}),
    ("nato", "Dutch PM enters the race", "The Dutch prime minister said on Monday he was running for the post.",
     {cand("Mark Rutte")}),
    # the counted label's origin
    ("un", "Latin American pair at the Assembly", "The two candidates from Latin America, Bachelet and Grossi, "
     "faced questions at the General Assembly.", {cand("Michelle Bachelet"), cand(GROSSI)}),
    ("nato", "Baltic pair in Riga", "The candidates from Estonia and Latvia, Kallas and Karins, met in Riga.",
     {cand("Kaja Kallas"), cand("Krisjanis Karins")}),
    ("nato", "Baltic pair in Riga", "The possible candidates from the Baltics, Kallas and Karins, met in Riga.", set()),
    ("un", "Latin American pair at the Assembly", "The two speakers from Latin America, Bachelet and Grossi, "
     "addressed the Assembly.", set()),
    # availability with no object
    ("nato", "Kallas: 'I am available'", "'I am available,' Kallas told public radio when asked about the NATO post.",
     {cand("Kaja Kallas")}),
    ("un", "The race for UN Secretary-General", "Grossi said he was available.", {cand(GROSSI)}),
    ("nato", "Kallas on the NATO race", "Kallas was not available for comment.", set()),
    ("nato", "The race to lead NATO", "Kallas said she was available to meet the allies in June.", set()),
    ("un", "The race for UN Secretary-General", "Grossi's report is available online.", set()),
]


@pytest.mark.parametrize("race,title,text,expected", SLICE2_CASES, ids=[c[2][:50] for c in SLICE2_CASES])
def test_descriptors_labels_and_availability(story, un_story, race, title, text, expected):
    assert _keys(story, un_story, race, title, text) == expected
