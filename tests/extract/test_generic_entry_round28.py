"""The generic entry frame (session 28, gen28e; extract/frames/generic_entry.py): a candidacy read from any clause whose
subject is a candidate and whose predicate is the subject's own bid after any verb ("kicked off her campaign"), the
subject's reflexive and a candidate noun ("declared herself a candidate"), or a phrase set around the subject's own
campaign ("During her campaign, X ...", "... as part of his campaign"), checked by the specific candidacy check and the
predicate's scope. Grids of invented sentences: forms x inserts x both races, about half near-misses that give none.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import CAND, WD

RACES = {
    "nato": dict(x="Mark Rutte", y="Kaja Kallas", he="he", his="his", him="him", self="himself", state="Hungary",
                 place="Ankara", other="prime minister", other_bid="re-election", rival_his="her"),
    "un": dict(x="Rafael Grossi", y="Rebeca Grynspan", he="he", his="his", him="him", self="himself", state="France",
               place="Nairobi", other="head of the IAEA", other_bid="presidential", rival_his="her"),
}
# what a reporter sets after the subject or before the predicate: nothing, an apposition, a time, an adverb
INSERTS = {"none": "", "apposition": ", a former minister,", "time": " on Monday", "adverb": " quietly"}

# a candidacy stated with the subject's own bid after a verb no specific rule names, or a self-label
STATED = {
    "kicked_off": "{x}{ins} kicked off {his} campaign in {place}.",
    "set_in_motion": "{x}{ins} set in motion {his} candidacy last autumn.",
    "relaunched": "{x}{ins} relaunched {his} campaign for the post.",
    "financed": "{x}{ins} financed {his} campaign with private funds.",
    "staffed": "{x}{ins} staffed {his} campaign with former diplomats.",
    "hurt": "{x}{ins} hurt {his} campaign with the remarks.",
    "criticised_over": "{x}{ins} was criticised over {his} bid.",
    "self_candidate": "{x}{ins} declared {self} a candidate.",
    "self_contender": "{x}{ins} proclaimed {self} a contender.",
    "trailing_part": "{x}{ins} visited {place} as part of {his} campaign.",
    "trailing_during": "{x}{ins} visited {place} during {his} campaign for the post.",
    "trailing_since": "{x}{ins} has visited eleven capitals since the start of {his} campaign.",
}
# fronted phrases around the subject's own campaign (no insert)
FRONTED = {
    "during": "During {his} campaign, {x} visited forty countries.",
    "as_part": "As part of {his} campaign, {x} visited {place}.",
    "throughout": "Throughout {his} bid for the post, {x} has courted the small states.",
    "since_start": "Since the start of {his} campaign, {x} has visited eleven capitals.",
    "since_launch": "Ever since the launch of {his} bid, {x} has courted the small states.",
}
# the same words stating no candidacy of {x}
NEAR = {
    "weighing": "{x}{ins} is weighing {his} bid for the post.",
    "denied": "{x}{ins} denied {his} candidacy.",
    "may_launch": "{x}{ins} may launch {his} campaign in June.",
    "expected": "{x}{ins} is expected to launch {his} bid in June.",
    "never": "{x}{ins} never launched {his} campaign.",
    "yet_to": "{x}{ins} has yet to launch {his} campaign.",
    "would_if": "{x}{ins} would announce {his} candidacy if asked.",
    "other_bid": "{x}{ins} kicked off {his} {other_bid} campaign in {place}.",
    "other_aim": "{x}{ins} launched {his} campaign against nuclear smuggling.",
    "other_seat": "{x}{ins} kicked off {his} campaign for a seat on the board of a bank.",
    "stance_of_others": "{x}{ins} thanked allies for backing {his} bid.",
    "rumours": "{x}{ins} played down rumours of {his} bid.",
    "talk": "{x}{ins} dismissed talk of {his} candidacy.",
    "hinted": "{x}{ins} hinted at {his} candidacy in a speech.",
    "said_nothing": "{x}{ins} has said nothing about {his} candidacy.",
    "refused": "{x}{ins} refused to discuss {his} candidacy.",
    "not_self": "{x}{ins} does not consider {self} a candidate.",
    "possible_self": "{x}{ins} sees {self} as a possible candidate.",
    "serious_self": "{x}{ins} considers {self} a serious contender.",
    "might_self": "{x}{ins} might declare {self} a candidate.",
    "other_office_self": "{x}{ins} declared {self} a candidate for the leadership of {his} party.",
    "possessed_critics": "{x}'s critics openly attacked {his} bid.",
    "relative_doubters": "{x}{ins} met diplomats who doubt {his} candidacy.",
    "rival_bid": "{x}{ins} mocked {y}'s bid.",
}
FRONTED_NEAR = {
    "other_office": "During {his} campaign for {other}, {x} visited forty towns.",
    "other_bid": "During {his} {other_bid} campaign, {x} visited forty towns.",
    "ended": "After ending {his} campaign, {x} returned home.",
    "since_end": "Since the end of {his} campaign, {x} has returned home.",
}
# a withdrawal told with the bid: the withdrawal alone (the guide), never a candidacy read from the bid
WITHDRAWN = {
    "abandoned": "{x}{ins} abandoned {his} bid on Monday.",
    "suspended": "{x}{ins} suspended {his} campaign.",
    "ended": "{x}{ins} ended {his} campaign in May.",
    "gave_up": "{x}{ins} gave up {his} bid.",
}


def _cells(forms, inserts=INSERTS):
    return [(race, name, ins) for race in RACES for name in forms for ins in inserts]


def _text(race, template, ins=""):
    return template.format(ins=INSERTS.get(ins, ""), **RACES[race])


@pytest.mark.parametrize("race,form,ins", _cells(STATED), ids=["-".join(c) for c in _cells(STATED)])
def test_own_bid_states_candidacy(race_keys, race, form, ins):
    assert CAND(RACES[race]["x"]) in race_keys(race, _text(race, STATED[form], ins))


@pytest.mark.parametrize("race,form", [(r, f) for r in RACES for f in FRONTED])
def test_fronted_own_campaign_states_candidacy(race_keys, race, form):
    assert CAND(RACES[race]["x"]) in race_keys(race, _text(race, FRONTED[form]))


@pytest.mark.parametrize("race,form,ins", _cells(NEAR), ids=["-".join(c) for c in _cells(NEAR)])
def test_near_misses_state_no_candidacy(race_keys, race, form, ins):
    assert CAND(RACES[race]["x"]) not in race_keys(race, _text(race, NEAR[form], ins))


@pytest.mark.parametrize("race,form", [(r, f) for r in RACES for f in FRONTED_NEAR])
def test_fronted_near_misses(race_keys, race, form):
    assert CAND(RACES[race]["x"]) not in race_keys(race, _text(race, FRONTED_NEAR[form]))


@pytest.mark.parametrize("race,form,ins", _cells(WITHDRAWN), ids=["-".join(c) for c in _cells(WITHDRAWN)])
def test_bid_told_as_withdrawn_is_the_withdrawal_alone(race_keys, race, form, ins):
    keys = race_keys(race, _text(race, WITHDRAWN[form], ins))
    assert WD(RACES[race]["x"]) in keys and CAND(RACES[race]["x"]) not in keys


@pytest.mark.parametrize("race", RACES)
def test_another_candidates_bid_is_not_the_subjects(race_keys, race):
    """ "her" resolved to another candidate named before: the bid is not the subject's."""
    r = RACES[race]
    keys = race_keys(race, f"{r['y']} met envoys on Monday. {r['x']} later praised {r['rival_his']} campaign.")
    assert CAND(r["x"]) not in keys
