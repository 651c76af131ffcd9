"""Construction classes, round 21 (cons21): scope bound to the predicate it governs, by mechanism, in both races,
each family with near-misses that state no event (invented sentences):

- "it" after a reporting verb's object with no "that" ("France has told Chile it will back X", "assured Peru it
  would vote for X") is the state that tells, as with "that";
- a fronted negator inverts its auxiliary also with a speaker set off between them ("Never, said the envoy, would
  Russia back X", "Under no circumstances, the minister insisted, will Hungary ..."): the refusal;
- a denial governs the report it denies, not the denier's own statement in a relative clause on the denier ("Reports
  that ... were dismissed by a spokesman, who said Berlin still backed him"); a relative clause on the report's
  author stays under the denial;
- a nomination "as" another office after an aside on the person ("nominated X, a former foreign minister, as its
  ambassador to Washington") is no candidacy in this race; "as its candidate for the post" after the aside is;
- a giving verb with its own auxiliaries right before a possessed stance noun's giver is the noun's predicate: "We
  cannot give our support to X" (quoted, its speaker after) is a refusal, "has still not given X its endorsement" a
  stance not taken (no event), "will give our support to X" the endorsement;
- a report left unconfirmed by "never" after it ("..., although Budapest never confirmed this", "has never
  confirmed it") is doubted, as "did not confirm this" was; "never" of something else is not;
- the race's own ballot is no other contest: "X's bid in the first straw poll" keeps the stance on the bid;
  "X's bid in the presidential election" does not.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose
from tests.extract.frames.test_construction_ended_switched_stances import GROSSI, GRYNSPAN, KALLAS, RUTTE, _keys

TOLD_IT_CASES = [
    ("un", "Portugal has told Peru it will vote for Grynspan.", {endorse(GRYNSPAN, "Portugal")}),
    ("un", "Diplomats say Uruguay has told Paraguay it will not support Grynspan.", {oppose(GRYNSPAN, "Uruguay")}),
    ("nato", "Norway assured Estonia it would back Kallas, officials said.", {endorse(KALLAS, "Norway")}),
    ("nato", "Denmark has told Latvia it is backing Rutte.", {endorse(RUTTE, "Denmark")}),
    # the told state's own words, or no stance of the teller: only what is stated
    ("un", "Peru said Portugal had told it that Lisbon would back Grynspan.", {endorse(GRYNSPAN, "Portugal")}),
    ("nato", "Norway told Estonia it could not yet say whom it would back.", set()),
    ("un", "Portugal told Peru it was still weighing whether to back Grynspan.", set()),
    ("nato", "Denmark told Latvia it would decide after the summit.", set()),
]


@pytest.mark.parametrize("race,text,expected", TOLD_IT_CASES, ids=[c[1][:60] for c in TOLD_IT_CASES])
def test_it_after_a_told_object_without_that(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


FRONTED_NEGATOR_CASES = [
    ("un", "Never, said the Russian envoy, would Moscow lend its support to Grossi.", {oppose(GROSSI, "Russia")}),
    ("un", "Never, the Russian envoy said, will Moscow back Grossi.", {oppose(GROSSI, "Russia")}),
    ("nato", "Under no circumstances, the Hungarian minister insisted, will Budapest vote for Rutte.",
     {oppose(RUTTE, "Hungary")}),
    ("nato", "Nor, said the spokesman, will Slovakia back Kallas.", {oppose(KALLAS, "Slovakia")}),
    # a negator that governs another verb, or a stance not yet taken: nothing
    ("un", "Never, said the Russian envoy, had Moscow been asked about Grossi.", set()),
    ("nato", "Not yet, the spokesman said, has Slovakia decided whether to back Kallas.", set()),
    ("un", "Never, said the envoy, would Moscow decide before the straw poll.", set()),
]


@pytest.mark.parametrize("race,text,expected", FRONTED_NEGATOR_CASES, ids=[c[1][:60] for c in FRONTED_NEGATOR_CASES])
def test_fronted_negator_with_a_speaker_set_off(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


DENIER_CASES = [
    ("nato", "Reports that Germany had cooled on Rutte were dismissed by a government spokesman, who said Berlin "
             "still backed him.", {endorse(RUTTE, "Germany")}),
    ("un", "Claims that Peru had dropped Grynspan were flatly denied by its foreign minister, who insisted Lima "
           "backs her.", {endorse(GRYNSPAN, "Peru")}),
    ("nato", "Reports that Italy had backed Kallas were rejected by an Italian diplomat, who said Rome would "
             "never support her.", {oppose(KALLAS, "Italy")}),
    # the relative clause on the report's author, or the denial of the report itself: nothing
    ("nato", "Berlin dismissed a report by a tabloid, who said Germany backed Rutte.", set()),
    ("un", "Berlin denied reports by a journalist who said Germany backed Grynspan.", set()),
    ("nato", "Reports that Germany backed Kallas were dismissed by a spokesman, who declined to comment further.", set()),
    ("un", "Claims that Peru backs Grossi were denied by a spokesman, who said the matter was closed.", set()),
]


@pytest.mark.parametrize("race,text,expected", DENIER_CASES, ids=[c[1][:60] for c in DENIER_CASES])
def test_the_deniers_own_statement_is_not_under_the_denial(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


NOMINATED_AS_CASES = [
    ("un", "Peru nominated Ana Quispe, a veteran diplomat, as its candidate to succeed Guterres.",
     {cand("Ana Quispe"), endorse("Ana Quispe", "Peru")}),
    ("un", "Mexico nominated Alicia Barcena, the former foreign minister, for the post of UN secretary-general.",
     {cand("Alicia Barcena"), endorse("Alicia Barcena", "Mexico")}),
    # another office after the aside: nothing
    ("un", "Chile's government nominated Heraldo Munoz, a former foreign minister, as its ambassador to Washington.", set()),
    ("un", "Peru nominated Ana Quispe, a veteran diplomat, as its envoy to the Vatican.", set()),
    ("nato", "Estonia nominated Kaja Kallas, its prime minister, as its candidate for EU foreign policy chief.", set()),
]


@pytest.mark.parametrize("race,text,expected", NOMINATED_AS_CASES, ids=[c[1][:60] for c in NOMINATED_AS_CASES])
def test_nominated_as_after_an_aside(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


STRAW_POLL_CASES = [
    ("un", "France opposed Grossi's bid in the first straw poll.", {oppose(GROSSI, "France")}),
    ("un", "Britain backed Grynspan's bid in the straw poll on Monday.", {endorse(GRYNSPAN, "United Kingdom")}),
    # a bid in another contest: nothing
    ("un", "France opposed Grossi's bid in the Argentine presidential election.", set()),
    ("un", "Britain backed Grynspan's bid in the Costa Rican elections.", set()),
]


@pytest.mark.parametrize("race,text,expected", STRAW_POLL_CASES, ids=[c[1][:60] for c in STRAW_POLL_CASES])
def test_the_races_own_ballot_is_no_other_contest(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text, title="Paris reverses") == expected


GIVING_CASES = [
    ("nato", '"We cannot give our support to Mr Rutte," the Slovak prime minister told reporters.', {oppose(RUTTE, "Slovakia")}),
    ("un", '"We will never give our backing to Grossi," the Russian foreign minister said.', {oppose(GROSSI, "Russia")}),
    ("un", '"We will give our support to Grynspan," the Peruvian foreign minister said.', {endorse(GRYNSPAN, "Peru")}),
    ("nato", "Turkey has given Kallas its endorsement.", {endorse(KALLAS, "Turkey")}),
    # a stance not (yet) given: nothing
    ("nato", "Hungary has still not given Rutte its endorsement.", set()),
    ("un", '"We have not yet given our support to Grossi," the Peruvian foreign minister said.', set()),
    ("nato", "Slovakia has not announced its support for Kallas.", set()),
]


@pytest.mark.parametrize("race,text,expected", GIVING_CASES, ids=[c[1][:60] for c in GIVING_CASES])
def test_a_giving_verbs_negation_governs_the_possessed_stance(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


NEVER_CONFIRMED_CASES = [
    ("nato", "Hungary had told Bucharest it would vote for Rutte, although Budapest never confirmed this.", set()),
    ("un", "Peru backs Grynspan, diplomats say, although Lima has never confirmed it.", set()),
    # "never" of something else, or a confirmation: the stance stands
    ("nato", "Hungary backs Rutte, although Budapest never confirmed the date of the vote.", {endorse(RUTTE, "Hungary")}),
    ("un", "Peru backs Grynspan, a fact Lima has confirmed.", {endorse(GRYNSPAN, "Peru")}),
]


@pytest.mark.parametrize("race,text,expected", NEVER_CONFIRMED_CASES, ids=[c[1][:60] for c in NEVER_CONFIRMED_CASES])
def test_a_report_never_confirmed_is_doubted(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected
