"""Construction classes, round 19 (cons19): ended and switched stances, asides and appositions. One mechanism
per family, in both races, each family with sentences that state an event beside near-misses that state
none (or only the event of their own clause):

- a name that closes a relative clause or a participle clause set off after a state ("Brazil, which had backed
  X, switched to Y"; "Mexico, having first nominated X, now backs Y"): the comma after it closes the aside, and
  the verb after it is the main clause's, whose subject is the state, not a participle set off after the name;
- a stance the state's former government held is its own, ended by any verb that ends a stance ("rowed back on
  its predecessor's support for X": the support as it was before it ended);
- a participle after "while" shares the subject of the clause before it ("praised X while backing Y");
- an inverted condition with "were ... to", before or after the main clause ("were Karins to drop out", "Were she
  to be nominated, ..."), governs its clause as "if" does: neither the stance nor the act it supposes is stated;
- a support word right after a state, with an object of its own ("with Poland backing his push for more air
  defence"), is a verb on that object, no nominal stance on the candidate in focus;
- multiword predicates: a commitment before the infinitive states the act ("has signed up to back X"); "come
  down against" is the opposite of "come down in favour of"; "put its shoulder behind" as "put its weight
  behind"; "carry water for" someone.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD as withdraw
from tests.extract.conftest import event_keys

NATO_DAY, UN_DAY = dt.date(2024, 3, 10), dt.date(2026, 5, 10)
NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"


def _keys(story, un_story, race, text, title=None):
    return event_keys(story if race == "nato" else un_story, title or (NATO_TITLE if race == "nato" else UN_TITLE),
                      text, NATO_DAY if race == "nato" else UN_DAY)


ASIDE_CLOSED_BY_NAME_CASES = [
    ("un", "Peru, which had backed Grossi, switched to Grynspan on Monday, its foreign minister said.",
     {endorse(GROSSI, "Peru"), endorse(GRYNSPAN, "Peru")}),
    ("nato", "Portugal, which had long supported Iohannis, moved over to Rutte in May.",
     {endorse(IOHANNIS, "Portugal"), endorse(RUTTE, "Portugal")}),
    ("un", "Uruguay, having first nominated Bachelet, is now backing Grossi.",
     {cand(BACHELET), endorse(BACHELET, "Uruguay"), endorse(GROSSI, "Uruguay")}),
    ("nato", "Greece, having earlier endorsed Kallas, now supports Rutte, officials said.",
     {endorse(KALLAS, "Greece"), endorse(RUTTE, "Greece")}),
    # the main clause states no stance (a modal, a condition, a meeting): only the aside's own
    ("un", "Peru, which had backed Grossi, could switch to Grynspan if the vote stalls.", {endorse(GROSSI, "Peru")}),
    ("nato", "Portugal, which had long supported Iohannis, hosted Rutte in Lisbon in May.",
     {endorse(IOHANNIS, "Portugal")}),
    ("un", "Uruguay, having first nominated Bachelet, is now weighing whether to back Grossi.",
     {cand(BACHELET), endorse(BACHELET, "Uruguay")}),
    ("nato", "Greece, having met Kallas, is still undecided about Rutte.", set()),
    # an apposition of the name inside the aside is still read as one ("X, a former president,")
    ("un", "Peru, which nominated Grynspan, a former vice-president, is also backing Grossi now.",
     {cand(GRYNSPAN), endorse(GRYNSPAN, "Peru"), endorse(GROSSI, "Peru")}),
    # a participle set off after the candidate in the main clause is still the candidate's
    ("un", "Grynspan, re-elected to a second term at UNCTAD, has not said whether she will run.", set()),
]


@pytest.mark.parametrize("race,text,expected", ASIDE_CLOSED_BY_NAME_CASES, ids=[c[1][:60] for c in ASIDE_CLOSED_BY_NAME_CASES])
def test_name_closing_an_aside_leaves_the_main_verb_to_the_state(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


PREDECESSOR_STANCE_CASES = [
    ("nato", "Slovakia's new government has rowed back on its predecessor's support for Rutte.",
     {endorse(RUTTE, "Slovakia")}),
    ("un", "Colombia's incoming government rowed back on its predecessor's backing for Bachelet.",
     {endorse(BACHELET, "Colombia")}),
    ("nato", "Hungary has rowed back on its objections to Rutte, Budapest said on Friday.", {oppose(RUTTE, "Hungary")}),
    ("un", "Russia rowed back on its predecessor's veto threat against Grossi.", {oppose(GROSSI, "Russia")}),
    # rowing back on something else, or a stance only considered: nothing
    ("nato", "Slovakia rowed back on its predecessor's pledge to raise defence spending, Rutte noted.", set()),
    ("un", "Colombia's new government rowed back on its plans for a regional summit with Bachelet.", set()),
    ("nato", "Slovakia's new government may row back on its predecessor's support for Rutte.", set()),
    ("un", "Colombia could row back on its backing for Bachelet if she loses the first straw poll.", set()),
]


@pytest.mark.parametrize("race,text,expected", PREDECESSOR_STANCE_CASES, ids=[c[1][:60] for c in PREDECESSOR_STANCE_CASES])
def test_stance_of_the_former_government_ended(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


WHILE_PARTICIPLE_CASES = [
    ("nato", "Slovakia praised Kallas while backing Rutte.", {endorse(RUTTE, "Slovakia")}),
    ("un", "Ecuador praised Bachelet's record, while also endorsing Grossi for the post.", {endorse(GROSSI, "Ecuador")}),
    ("nato", "Denmark thanked Iohannis while throwing its weight behind Rutte.", {endorse(RUTTE, "Denmark")}),
    # another subject after "while", or no stance in the participle: only that subject's, or nothing
    ("nato", "Slovakia praised Kallas while Poland was backing Rutte.", {endorse(RUTTE, "Poland")}),
    ("un", "Ecuador praised Bachelet while weighing whether to back Grossi.", set()),
    ("nato", "Denmark thanked Iohannis while meeting Rutte in Copenhagen.", set()),
    ("un", "Ecuador praised Bachelet while considering a bid by Grossi.", set()),
]


@pytest.mark.parametrize("race,text,expected", WHILE_PARTICIPLE_CASES, ids=[c[1][:60] for c in WHILE_PARTICIPLE_CASES])
def test_participle_after_while_shares_the_subject(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


INVERTED_WERE_CASES = [
    # the condition after the main clause, or opening the sentence: no stance, no withdrawal, no candidacy
    ("nato", "Latvia would throw its support behind Kallas were Karins to drop out, a diplomat said.", set()),
    ("un", "Peru would back Grynspan were Bachelet to withdraw, officials in Lima said.", set()),
    ("un", "Were she to be nominated, Mia Mottley would be a formidable contender, diplomats say.", set()),
    ("nato", "Were they to back Rutte, Hungary and Slovakia would expect concessions.", set()),
    ("nato", "Poland said it would support Rutte were he to promise more troops for the east.", set()),
    # "were" as a verb of its own: the events stand
    ("nato", "Poland and Latvia were Karins's first backers.", {endorse("Krisjanis Karins", "Poland"),
                                                                   endorse("Krisjanis Karins", "Latvia")}),
    ("un", "The votes were counted on Monday, and Peru backed Grynspan.", {endorse(GRYNSPAN, "Peru")}),
    ("nato", "Latvia backed Kallas after Karins dropped out, as were the plans.",
     {endorse(KALLAS, "Latvia"), withdraw("Krisjanis Karins")}),
    ("un", "Bachelet withdrew on Monday; her supporters were stunned.", {withdraw(BACHELET)}),
]


@pytest.mark.parametrize("race,text,expected", INVERTED_WERE_CASES, ids=[c[1][:60] for c in INVERTED_WERE_CASES])
def test_inverted_were_condition(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


FOCUS_VERB_WITH_OBJECT_CASES = [
    ("nato", "Karins, Latvia's chief diplomat, chaired a meeting in Riga, with Lithuania and Poland backing his push "
     "for more air defence.", set()),
    ("un", "Grossi, the IAEA chief, toured the Andes in June, with Chile and Peru backing his plan for reactor safety.",
     set()),
    ("nato", "Kallas spoke in Tallinn on Monday, with Finland supporting her proposal on sanctions.", set()),
    # the candidate's bid, or the noun with no object: the stance stands
    ("nato", "Karins, Latvia's foreign minister, toured the Baltics, with Lithuania and Poland backing his bid.",
     {endorse("Krisjanis Karins", "Lithuania"), endorse("Krisjanis Karins", "Poland")}),
    ("un", "Grossi visited Santiago on Monday. Chile's backing is firm, officials said.", {endorse(GROSSI, "Chile")}),
]


@pytest.mark.parametrize("race,text,expected", FOCUS_VERB_WITH_OBJECT_CASES,
                         ids=[c[1][:60] for c in FOCUS_VERB_WITH_OBJECT_CASES])
def test_support_word_with_its_own_object_is_no_nominal_stance(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


MULTIWORD_CASES = [
    ("nato", "Bulgaria has signed up to back Rutte, its caretaker government announced.", {endorse(RUTTE, "Bulgaria")}),
    ("un", "Paraguay signed on to support Grynspan on Tuesday.", {endorse(GRYNSPAN, "Paraguay")}),
    ("nato", "Slovakia has come down against Iohannis, its prime minister said.", {oppose(IOHANNIS, "Slovakia")}),
    ("un", "Russia came down firmly against Bachelet in the first round.", {oppose(BACHELET, "Russia")}),
    ("nato", "On Friday the Elysee said France would put its shoulder behind Rutte.", {endorse(RUTTE, "France")}),
    ("un", "Madrid has been carrying water for Grossi in the corridors of the UN for months.", {endorse(GROSSI, "Spain")}),
    # a modal, a negation, another object, or the words used of something else: nothing
    ("nato", "Bulgaria may sign up to back Rutte once its new cabinet is sworn in.", set()),
    ("un", "Paraguay signed up to the new climate target while Grynspan looked on.", set()),
    ("nato", "Slovakia has not come down against Rutte, its prime minister said.", set()),
    ("un", "Heavy rain came down against the windows as Bachelet spoke in Geneva.", set()),
    ("nato", "France put its shoulder behind the new defence fund, Rutte said.", set()),
    ("un", "Spain could put its shoulder behind Grossi if Madrid's own candidate withdraws.", set()),
]


@pytest.mark.parametrize("race,text,expected", MULTIWORD_CASES, ids=[c[1][:60] for c in MULTIWORD_CASES])
def test_multiword_predicates(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected
