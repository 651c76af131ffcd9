"""Construction classes, round 20 (cons20): the weakest classes of construction sets 8-11, by mechanism, in both
races, each family with near-misses that state no event (invented sentences):

- pushing a person or their bid is support ("Estonia is pushing Kallas"); pushing them to do something, into
  something or on a matter is pressure (the lexicon's persuading verbs), no stance;
- a stance noun as the subject of a passive of giving ("Support for X was voiced by Peru", "Opposition to X has been
  made plain by Y"): the giver's stance; not a passive of doubting, a negated or a modal one;
- a state putting a person forward "to chair a UN panel", "to lead the UN Development Programme": another office
  (its noun one of `other_office_nouns`), no candidacy in this race; "to lead the United Nations" is the post;
- a verb of promoting a bid negated is an act not done ("did not push X": no refusal), ended it states the support it
  had ("no longer pushes X");
- signing a text of support ("signed on to a joint statement of support for X", "put its name to a letter of
  support for X") is the signer's support;
- a verb of opposing second after "and"/"but", sharing the subject ("has come round to X and will no longer block
  him": the ended opposition);
- "withdraw" with no object before "and"/"but" in an article about the race ("X withdrew and Y endorsed Z");
- an office left for the purpose the infinitive names ("stepped down as head of the agency on Monday to campaign full
  time for the post"): the candidacy; not where the leaving is refused or hypothetical.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD as withdraw
from tests.extract.frames.test_construction_ended_switched_stances import BACHELET, GROSSI, GRYNSPAN, KALLAS, RUTTE, _keys

KARINS = "Krisjanis Karins"


PUSHING_CASES = [
    ("nato", "Estonia is pushing Kaja Kallas for the post of secretary general.", {endorse(KALLAS, "Estonia")}),
    ("un", "Uruguay has been pushing Rebeca Grynspan since January.", {endorse(GRYNSPAN, "Uruguay")}),
    ("nato", "Latvia, which pushed Karins's bid all spring, says it will accept the outcome.", {endorse(KARINS, "Latvia")}),
    # pressure on the person, not support: nothing
    ("nato", "Poland pushed Rutte to commit more troops to the eastern flank.", set()),
    ("un", "Peru pushed Grossi hard on the inspections in Iran.", set()),
    ("nato", "Denmark pushed Rutte into a compromise on the budget.", set()),
]


@pytest.mark.parametrize("race,text,expected", PUSHING_CASES, ids=[c[1][:60] for c in PUSHING_CASES])
def test_pushing_a_candidate_is_support(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


GIVEN_BY_CASES = [
    ("un", "Support for Grynspan was voiced by Peru's foreign minister on Monday.", {endorse(GRYNSPAN, "Peru")}),
    ("nato", "Opposition to Kallas's candidacy has been made clear by Slovakia.", {oppose(KALLAS, "Slovakia")}),
    ("un", "Backing for Bachelet has also been pledged by Uruguay.", {endorse(BACHELET, "Uruguay")}),
    # doubted, negated or hypothetical giving: nothing
    ("un", "Support for Grossi has been questioned by Paraguay.", set()),
    ("nato", "Opposition to Rutte has not been voiced by Bulgaria.", set()),
    ("un", "Support for Bachelet would be pledged by Uruguay if she ran.", set()),
]


@pytest.mark.parametrize("race,text,expected", GIVEN_BY_CASES, ids=[c[1][:60] for c in GIVEN_BY_CASES])
def test_stance_noun_given_in_the_passive(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


OTHER_OFFICE_CASES = [
    ("un", "Peru nominated Rebeca Grynspan to lead the United Nations.", {cand(GRYNSPAN), endorse(GRYNSPAN, "Peru")}),
    ("nato", "Estonia put forward Kaja Kallas on Monday for the post of secretary general.",
     {cand(KALLAS), endorse(KALLAS, "Estonia")}),
    # put forward for an office of another body: nothing in this race
    ("un", "Peru nominated Rebeca Grynspan to head a UN commission on oceans.", set()),
    ("nato", "Estonia put forward Kaja Kallas to chair the board of a regional development fund.", set()),
    ("un", "Uruguay proposed Rafael Grossi to lead the UN Environment Programme.", set()),
]


@pytest.mark.parametrize("race,text,expected", OTHER_OFFICE_CASES, ids=[c[1][:60] for c in OTHER_OFFICE_CASES])
def test_put_forward_for_another_office(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


ENDED_PUSH_CASES = [
    ("nato", "Estonia no longer pushes Kallas for the post, its prime minister said.", {endorse(KALLAS, "Estonia")}),
    ("un", "Uruguay has stopped pushing Grossi.", {endorse(GROSSI, "Uruguay")}),
    # the act not done: nothing (not a refusal)
    ("nato", "Estonia did not push Kallas for the post.", set()),
    ("un", "Uruguay will not push Grossi at the Council.", set()),
]


@pytest.mark.parametrize("race,text,expected", ENDED_PUSH_CASES, ids=[c[1][:60] for c in ENDED_PUSH_CASES])
def test_promoting_verb_negated_or_ended(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


DOCUMENT_CASES = [
    ("nato", "Portugal has signed a joint declaration of support for Kaja Kallas.", {endorse(KALLAS, "Portugal")}),
    ("un", "Paraguay added its name to an open letter of backing for Grossi.", {endorse(GROSSI, "Paraguay")}),
    # criticised, refused or not yet signed: nothing
    ("un", "Paraguay criticised a joint statement of support for Grossi.", set()),
    ("nato", "Portugal has not signed the joint letter of support for Kallas.", set()),
    ("un", "Paraguay refused to sign the letter of support for Grossi.", set()),
]


@pytest.mark.parametrize("race,text,expected", DOCUMENT_CASES, ids=[c[1][:60] for c in DOCUMENT_CASES])
def test_signing_a_text_of_support(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


OPPOSE_SECOND_VERB_CASES = [
    ("nato", "Bulgaria met Kallas in Sofia and then blocked her.", {oppose(KALLAS, "Bulgaria")}),
    # (warming to her is a feeling, no stance: round 30, the construction sets' gold)
    ("un", "Venezuela has warmed to Grynspan and will no longer veto her.", {oppose(GRYNSPAN, "Venezuela")}),
    # the second verb negated without an ending, or hypothetical: nothing
    ("nato", "Bulgaria met Kallas in Sofia but will not block her.", set()),
    ("un", "Venezuela met Grynspan and might veto her if the talks fail.", set()),
]


@pytest.mark.parametrize("race,text,expected", OPPOSE_SECOND_VERB_CASES, ids=[c[1][:60] for c in OPPOSE_SECOND_VERB_CASES])
def test_opposing_verb_second(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


WITHDREW_AND_CASES = [
    ("nato", "Karins withdrew and Latvia switched to Rutte.", {withdraw(KARINS), endorse(RUTTE, "Latvia")}),
    ("un", "Grynspan withdrew but stayed at the trade body.", {withdraw(GRYNSPAN)}),
    # an object after the verb, or the withdrawal refused: no withdrawal
    ("nato", "Latvia withdrew its ambassador and recalled its envoy, Karins said.", set()),
    ("un", "Grynspan will not withdraw and says she can win.", set()),
]


@pytest.mark.parametrize("race,text,expected", WITHDREW_AND_CASES, ids=[c[1][:60] for c in WITHDREW_AND_CASES])
def test_withdrew_before_and(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


OFFICE_LEFT_FOR_RACE_CASES = [
    ("nato", "Karins resigned as foreign minister in March to run for the post of NATO secretary general.", {cand(KARINS)}),
    ("un", "Bachelet stood down from her university chair last week to campaign full-time for the UN's top job.",
     {cand(BACHELET)}),
    # the leaving refused or hypothetical, or the infinitive someone else's: nothing
    ("nato", "Karins refused to resign as foreign minister to run for the post of NATO secretary general.", set()),
    ("un", "Bachelet may step down from her university chair to campaign for the UN's top job.", set()),
    ("un", "Bachelet stepped down after her party urged her to campaign for the UN's top job.", set()),
]


@pytest.mark.parametrize("race,text,expected", OFFICE_LEFT_FOR_RACE_CASES, ids=[c[1][:60] for c in OFFICE_LEFT_FOR_RACE_CASES])
def test_office_left_to_run(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected
