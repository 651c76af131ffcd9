"""Passive and nominal stances, ended stances by their agent nouns (session 27, nominal27): invented grids in both
races (no corpus sentence), forms x inserts x near-misses (about half give no event).

- a stance promised or vowed is given: `endorsement.giving_verbs` + promise, vow, read by every frame of giving (the
  passive of a stance noun: "A vote for X was promised by A", "Support for X was vowed on Monday by the government of
  A"; not "would be promised", nor a vote on something else);
- a text of support or objection as the subject of a passive of sending or giving, its sender the agent
  (`endorsement.sending_verbs`, rules `endorse_document_sent_by`, `oppose_document_sent_by`): "A letter backing X was
  sent to the Council by A", "A statement of support for X was issued by B", "A note opposing Y was delivered by C";
  not a text received, never sent, on another matter, or signed by people who are no state;
- an agent noun of a stance that no longer holds ("a former backer of X", "once a sponsor of X", "an erstwhile
  supporter of X's bid") states the stance as it was, status `ended` (`stance_nouns.former_agent`; the guide's ended
  stance), whatever the main clause says of the present ("has yet to say whom it supports now"); not a possible
  backer, nor a former backer of something else;
- a turn or a move made to state a stance asserts its infinitive (`cues.asserting_infinitive_verbs`: "pivoted on
  Monday to declare its backing for X", "acted swiftly to endorse X"; an adverb may stand before "to"), not a turn
  to another matter;
- closing ranks or circling the wagons around a candidate is backing them (`endorsement.verbs`);
- a state's possessive in a clause set off at the front, no one named before it, is the state the main clause opens
  with ("After its president quit the race, Romania backed X": `References._fronted_state`), so its own candidate's
  role is read as for "Romania's president"; not another state's, nor a role its candidate does not hold;
- a leaving noun told by a verb of telling is the withdrawal (`withdrawal.telling_verbs`: "The campaign announced on
  Monday the withdrawal of X from the race"; not "called for", "denied"), and a bid told only as withdrawn states no
  candidacy: a campaign as the passive's agent is not what is declared ("The withdrawal of X was announced by the
  campaign": `candidacy_checks._AGENT_NOUN`), nor is a leaving its owner's campaign tells ("X's campaign announced her
  withdrawal": `Grammar.told_leaving`).
"""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events
from tests.extract.conftest import CAND, RACE_ARTICLE, E, O, WD
from tests.extract.frames.test_passive_nominal_stances import RACES, _cases

# (the grid of session 26's nominal tests, RACES and _cases: forms x inserts x near-misses in both races)


# ---------------------------------------------------------------- a stance promised or vowed, in the passive

PROMISED = [
    ("A vote for {C} was promised{ins} by {A}.", lambda w: {E(w["C"], w["A"])}),
    ("A vote for {C} was promised by {A}'s president in a radio interview.", lambda w: {E(w["C"], w["A"])}),
    ("Support for {C} was vowed{ins} by the government of {A}.", lambda w: {E(w["C"], w["A"])}),
    ("Backing for {C}'s bid has been promised{ins} by {A} and {B}.", lambda w: {E(w["C"], w["A"]), E(w["C"], w["B"])}),
    ("{A} promised its vote to {C}{ins}.", lambda w: {E(w["C"], w["A"])}),
]
PROMISED_NEAR = [
    "A vote on the resolution was promised{ins} by {A}.",
    "A vote for {C} would be promised{ins} by {A}.",
    "A vote for {C} has not been promised{ins} by {A}.",
    "A vote for {C} was promised{ins} by several analysts.",
    "Support for {C} was doubted{ins} by {A}.",
]


# ---------------------------------------------------------------- a text of support sent by its agent

DOCUMENT = [
    ("A letter backing {C} was sent to the Council by {A}{ins}.", lambda w: {E(w["C"], w["A"])}),
    ("A letter backing {C} was sent to the Council presidency by {A}'s foreign ministry{ins}.", lambda w: {E(w["C"], w["A"])}),
    ("A letter of support for {C} was sent{ins} by {A}.", lambda w: {E(w["C"], w["A"])}),
    ("A statement endorsing {C}'s candidacy was issued{ins} by the government of {A}.", lambda w: {E(w["C"], w["A"])}),
    ("A joint letter in support of {C} was signed{ins} by {A} and {B}.", lambda w: {E(w["C"], w["A"]), E(w["C"], w["B"])}),
    ("A note opposing {C} was delivered to the Council by {A}{ins}.", lambda w: {O(w["C"], w["A"])}),
    ("A statement opposing {C}'s bid was released{ins} by the government of {B}.", lambda w: {O(w["C"], w["B"])}),
]
DOCUMENT_NEAR = [
    "A letter backing {C} was received{ins} by {A}.",
    "A letter on the budget was sent to the Council{ins} by {A}.",
    "A letter backing {C} was never sent by {A}.",
    "A letter backing {C} would be sent{ins} by {A}.",
    "A letter criticising {C} was sent{ins} by {A}.",
    "A letter backing {C} was signed{ins} by 300 academics.",
    "A letter about {C} was sent to the Council{ins} by {A}.",
]


# ---------------------------------------------------------------- a turn or a move made to state a stance

TURN = [
    ("{A}, long silent on the race, pivoted{ins} to declare its backing for {C}.", lambda w: {E(w["C"], w["A"])}),
    ("{A} acted swiftly to endorse {C}.", lambda w: {E(w["C"], w["A"])}),
    ("{A} turned{ins} to backing {C}.", lambda w: {E(w["C"], w["A"])}),
    ("{A} pivoted{ins} to oppose {C}.", lambda w: {O(w["C"], w["A"])}),
    ("{A} scrambled{ins} to endorse {C}.", lambda w: {E(w["C"], w["A"])}),
    ("{A} has closed ranks around {C}.", lambda w: {E(w["C"], w["A"])}),
    ("{A} has circled the wagons around {C}, a spokesperson said.", lambda w: {E(w["C"], w["A"])}),
]
TURN_NEAR = [
    "{A} pivoted{ins} to other matters.",
    "{A} turned to the Council{ins} to air its concerns about {C}.",
    "{A} acted swiftly to cancel the meeting with {C}.",
    "{A} could pivot to endorse {C} if she apologises.",
    "Analysts circled the wagons around the budget.",
]


# ---------------------------------------------------------------- an agent noun of a stance that no longer holds

FORMER = [
    ("{A}, a former backer of {C}, has yet to say whom it supports now.", lambda w: {E(w["C"], w["A"])}),
    ("{A}, a former backer of {C}, said nothing{ins}.", lambda w: {E(w["C"], w["A"])}),
    ("{A}, once a sponsor of {C}'s bid, now backs {C2}.", lambda w: {E(w["C"], w["A"]), E(w["C2"], w["A"])}),
    ("{A}, an erstwhile supporter of {C}, kept quiet{ins}.", lambda w: {E(w["C"], w["A"])}),
    ("{A} was a one-time backer of {C}.", lambda w: {E(w["C"], w["A"])}),
]
FORMER_NEAR = [
    "{A}, a former backer of the reform, said nothing{ins}.",
    "{A}, a possible backer of {C}, said nothing{ins}.",
    "{A}, a future sponsor of {C}, said nothing.",
    "{A}'s former ambassador, a backer of the reform, met {C}{ins}.",
]


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("form,status", [
    ("{A}, a former backer of {C}, has yet to say whom it supports now.", "ended"),
    ("{A}, once a backer of {C}, said nothing.", "ended"),
    ("{A} was a former backer of {C}.", "ended"),
    ("{A}, a staunch backer of {C}, said nothing.", "confirmed"),
    ("{A} is a firm backer of {C}.", "confirmed"),
])
def test_former_agent_status(story, un_story, race, form, status):
    r = RACES[race]
    title, day = RACE_ARTICLE[race]
    text = form.format(A=r["a"][0], C=r["c"][0])
    events = [e for e in extract_events(title, text, day, {"nato": story, "un": un_story}[race]) if e.type == "endorsement"]
    assert [(e.actor, e.status) for e in events] == [(r["a"][0], status)]


# ---------------------------------------------------------------- a state's possessive in a clause set off at the front

FRONTED = {
    "nato": [
        ("After its president quit the race on Thursday, Romania said it now supports Mark Rutte.",
         {WD("Klaus Iohannis"), E("Mark Rutte", "Romania")}),
        ("Since its president withdrew in June, Romania has backed Mark Rutte.", {WD("Klaus Iohannis"), E("Mark Rutte", "Romania")}),
        ("Once its own president had pulled out, Romania endorsed Mark Rutte.", {WD("Klaus Iohannis"), E("Mark Rutte", "Romania")}),
        ("When its president dropped out of the race, the Romanian government backed Mark Rutte.",
         {WD("Klaus Iohannis"), E("Mark Rutte", "Romania")}),
        # near-misses: another state's, another act, another contest
        ("After its president quit the race on Thursday, Poland said it now supports Mark Rutte.", {E("Mark Rutte", "Poland")}),
        ("After its president met Mark Rutte, Romania said nothing.", set()),
        ("After its president quit the talks on Thursday, Romania said it now supports Mark Rutte.", {E("Mark Rutte", "Romania")}),
        ("After Poland's president quit the race, its prime minister said nothing.", set()),
    ],
    "un": [
        ("After its former president withdrew from the race, Chile backed Rebeca Grynspan.",
         {WD("Michelle Bachelet"), E("Rebeca Grynspan", "Chile")}),
        ("Once its former president had pulled out, the Chilean government endorsed Rafael Grossi.",
         {WD("Michelle Bachelet"), E("Rafael Grossi", "Chile")}),
        # near-misses: a role its candidate does not hold, another state's
        ("After its president withdrew from the race, Chile backed Rebeca Grynspan.", {E("Rebeca Grynspan", "Chile")}),
        ("After its former president withdrew from the race, Peru backed Rebeca Grynspan.", {E("Rebeca Grynspan", "Peru")}),
        ("After its former president met Rebeca Grynspan, Chile said nothing.", set()),
    ],
}


@pytest.mark.parametrize("race,sentence,expected", [(r, s, e) for r, cases in FRONTED.items() for s, e in cases],
                         ids=[f"{r}|{s[:60]}" for r, cases in FRONTED.items() for s, _ in cases])
def test_fronted_state_possessive(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected


# ---------------------------------------------------------------- a leaving told: the withdrawal alone

TOLD_LEAVING = [
    ("The withdrawal of {C} from the race was announced{ins} by the campaign.", lambda w: {WD(w["C"])}),
    ("{C}'s withdrawal from the race was confirmed{ins} by the campaign.", lambda w: {WD(w["C"])}),
    ("The campaign announced{ins} the withdrawal of {C} from the race.", lambda w: {WD(w["C"])}),
    ("Officials confirmed the withdrawal of {C} from the race{ins}.", lambda w: {WD(w["C"])}),
    # near-misses of the guard: a bid declared, or the campaign telling something else
    ("The candidacy of {C} was announced{ins} by the campaign.", lambda w: {CAND(w["C"])}),
    ("{C}'s campaign announced a visit to {A}{ins}.", lambda w: {CAND(w["C"])}),
]
TOLD_LEAVING_NEAR = [
    "{A} called for the withdrawal of {C} from the race{ins}.",
    "Officials denied the withdrawal of {C} from the race{ins}.",
    "Officials announced the withdrawal of {A}'s troops from the region{ins}.",
    "Officials would announce the withdrawal of {C} from the race{ins}.",
]


@pytest.mark.parametrize("sentence,expected", [
    ("Rebeca Grynspan's campaign announced her withdrawal from the race on Monday.", {WD("Rebeca Grynspan")}),
    ("Rebeca Grynspan's campaign confirmed last week that she had pulled out.", {WD("Rebeca Grynspan")}),
    ("Rafael Grossi's campaign announced his withdrawal from the race.", {WD("Rafael Grossi")}),
    ("Rafael Grossi's campaign confirmed on Monday that he had pulled out.", {WD("Rafael Grossi")}),
    ("Rebeca Grynspan's campaign announced her visit to Brazil on Monday.", {CAND("Rebeca Grynspan")}),
])
def test_told_leaving_owned_campaign(race_keys, sentence, expected):
    assert race_keys("un", sentence) == expected


@_cases((PROMISED, PROMISED_NEAR), (DOCUMENT, DOCUMENT_NEAR), (TURN, TURN_NEAR), (FORMER, FORMER_NEAR),
        (TOLD_LEAVING, TOLD_LEAVING_NEAR))
def test_nominal_round27(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
