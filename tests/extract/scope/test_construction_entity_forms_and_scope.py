"""Construction classes, round 19 (cons19), second slice: entity forms and clause scope, in both races, each
family with near-misses that state no event (invented sentences):

- an idiom of blocking whose object is possessed ("stands in Rutte's way", "no longer stands in her path"), as
  "stands in the way of Rutte";
- "it" opening the clause after a semicolon is the state the clause before it was about ("France had hesitated;
  on Thursday it came out for X");
- a clause of another post that names a candidate only by a pronoun leaves the clause naming them by name to be
  read ("Estonia had backed Kallas; now that she has taken the EU job, ...");
- a report said to be speculation, quoted or not ("Reports that X had decided to back Y are 'pure speculation'"),
  is denied; a speaker and a reporting verb set off by commas after a name ("X, the ministry claimed, a claim Y
  denied") is a report, not an apposition of the name, so the denial after it still binds to it.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import E as endorse, O as oppose
from tests.extract.frames.test_construction_ended_switched_stances import BACHELET, GROSSI, GRYNSPAN, KALLAS, RUTTE, _keys


IN_THE_WAY_CASES = [
    ("nato", "Hungary no longer stands in Rutte's way, its foreign minister said on Tuesday.", {oppose(RUTTE, "Hungary")}),
    ("un", "Russia has stood in Grossi's way at every turn.", {oppose(GROSSI, "Russia")}),
    ("un", "China stands squarely in Bachelet's path, diplomats say.", {oppose(BACHELET, "China")}),
    # negated, hypothetical, or no state in the way: nothing
    ("nato", "Hungary will not stand in Rutte's way, its foreign minister said.", set()),
    ("nato", "Hungary could still stand in Rutte's way if talks fail.", set()),
    ("un", "Nothing now stands in Grossi's way, diplomats say.", set()),
    ("un", "Bad weather stood in Bachelet's way as she flew to Geneva.", set()),
]


@pytest.mark.parametrize("race,text,expected", IN_THE_WAY_CASES, ids=[c[1][:60] for c in IN_THE_WAY_CASES])
def test_standing_in_the_candidates_way(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


SEMICOLON_IT_CASES = [
    ("un", "France had hesitated for months; on Thursday it finally came out for Grynspan.", {endorse(GRYNSPAN, "France")}),
    ("nato", "Spain waited until May; it then backed Rutte.", {endorse(RUTTE, "Spain")}),
    # "it" of no state, or of what is unclear: nothing more
    ("un", "France had hesitated for months; it is unclear whether Paris will back Grynspan.", set()),
    ("nato", "Spain backed Rutte; it was a blow to Iohannis.", {endorse(RUTTE, "Spain")}),
    ("nato", "The summit ended late; it then emerged that Rutte had won.", set()),
]


@pytest.mark.parametrize("race,text,expected", SEMICOLON_IT_CASES, ids=[c[1][:60] for c in SEMICOLON_IT_CASES])
def test_it_after_a_semicolon_is_the_state_before(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


OTHER_POST_PRONOUN_CASES = [
    ("nato", "Estonia had backed Kallas; now that she has taken the EU job, Tallinn says the field is open.",
     {endorse(KALLAS, "Estonia")}),
    ("un", "Peru had backed Grynspan; since she was re-elected to head UNCTAD, Lima has said nothing.",
     {endorse(GRYNSPAN, "Peru")}),
    # the candidate named only in the other post's clause, or by a pronoun in the free one: nothing
    ("nato", "Kallas was named EU foreign policy chief; Estonia backed her.", set()),
    ("un", "Grynspan was re-elected to head UNCTAD; Peru praised her.", set()),
]


@pytest.mark.parametrize("race,text,expected", OTHER_POST_PRONOUN_CASES, ids=[c[1][:60] for c in OTHER_POST_PRONOUN_CASES])
def test_other_post_clause_naming_a_candidate_by_pronoun(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected


DENIED_REPORT_CASES = [
    ("nato", "Reports that Berlin had decided to back Kallas are 'pure speculation', a government spokesman said.", set()),
    ("un", "Claims that Madrid will back Grossi are pure conjecture, the Spanish foreign ministry said.", set()),
    ("un", "China has pledged its support to Grynspan, the Costa Rican foreign ministry claimed, a claim Beijing flatly "
     "denied.", set()),
    ("nato", "Poland has backed Kallas, the Estonian foreign ministry said, a claim Warsaw denied on Monday.", set()),
    # speculation of something else, or a report not denied: the stance stands
    ("nato", "Berlin has decided to back Kallas, ending weeks of speculation.", {endorse(KALLAS, "Germany")}),
    ("un", "Madrid backed Grossi; talk of a rift with Lima was speculation, officials said.", {endorse(GROSSI, "Spain")}),
    ("un", "China has pledged its support to Grynspan, the Costa Rican foreign ministry said after talks in Beijing.",
     {endorse(GRYNSPAN, "China")}),
    ("nato", "Rutte, the Dutch prime minister, has the backing of Poland.", {endorse(RUTTE, "Poland")}),
]


@pytest.mark.parametrize("race,text,expected", DENIED_REPORT_CASES, ids=[c[1][:60] for c in DENIED_REPORT_CASES])
def test_report_called_speculation_or_denied_after_its_speaker(story, un_story, race, text, expected):
    assert _keys(story, un_story, race, text) == expected
