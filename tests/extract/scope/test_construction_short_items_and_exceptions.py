"""Construction classes, round 17 (cons17): one mechanism per family, in both races, each family with
sentences that state an event beside those that state none:

- a short item (headline and a sentence or two) that names a listed candidate and the organisation as
  itself ("Rutte's NATO start date", "Assembly appoints Grossi") is about the race; the organisation named
  as a state's ("Sweden's NATO bid") or with another matter of it ("NATO membership", "the UN budget") or as a place ("UN
  headquarters", `cues.org_place_nouns`) is not;
- a state left out by an exception ("apart from", "with the exception of", "other than", "except") is the
  subject of its own relative clause ("apart from Hungary, which refuses to back him, ..."), and acts in it
  alone, not in the main clause;
- an object pronoun in a phrase fronted before the main clause ("Apart from Chile, which nominated her,
  only Spain has backed Bachelet") stands for the first candidate the main clause names, when no candidate
  is named before it.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP as appointed, CAND as cand, E as endorse, O as oppose, TO as takes_office
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 3, 10), dt.date(2026, 5, 10)
RUTTE, IOHANNIS, KALLAS, KARINS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Krisjanis Karins"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"

SHORT_ITEM_CASES = [
    # the organisation named as itself, one candidate: the item is about the race
    ("nato", "Iohannis's NATO start date", "Iohannis will take office on October 1.", {takes_office(IOHANNIS)}),
    ("nato", "Alliance council appoints Kallas", "Kallas was appointed by the North Atlantic Council on Friday.",
     {appointed(KALLAS)}),
    ("un", "Assembly appoints Bachelet", "The General Assembly appointed Bachelet on Thursday.", {appointed(BACHELET)}),
    ("un", "Peru nominates Grynspan", "Grynspan was nominated by Peru in a letter to the Assembly.",
     {cand(GRYNSPAN), endorse(GRYNSPAN, "Peru")}),
    ("un", "Grossi launches UN bid", "Grossi announced his candidacy on Tuesday.", {cand(GROSSI)}),
    ("nato", "Karins enters NATO contest", "Karins has put himself forward, his spokesman said.", {cand(KARINS)}),
    ("un", "Colombia backs Bachelet at the UN", "Colombia backed Bachelet on Monday.", {endorse(BACHELET, "Colombia")}),
    # a state's matter of the organisation, no event, or none stated: nothing
    ("nato", "Sweden's NATO bid", "Kallas was in Athens. Greece has come on board.", set()),
    ("nato", "Finnish NATO membership", "Rutte was in Helsinki. Finland has now joined.", set()),
    ("nato", "Rutte's NATO start date", "Rutte may take office in October.", set()),
    ("un", "Grossi and the UN", "Grossi visited the Assembly on Tuesday.", set()),
    ("un", "Grynspan at UN headquarters", "Grynspan has been in the race since April.", set()),
    ("un", "Grynspan's UN start date", "Grynspan has been in the race since April.", {cand(GRYNSPAN)}),
    ("un", "UN budget talks", "Mexico backed Grossi's plan to cut the UN budget.", set()),
    ("nato", "Hungary and NATO", "Orban met Rutte. Hungary will not block the NATO aid package.", set()),
    ("nato", "NATO's Rutte", "Rutte took office as Dutch prime minister again on Monday.", set()),
    # the organisation choosing someone as another role named by a word ("as next deputy"): nothing
    ("nato", "NATO picks Iohannis as next deputy", "NATO picks Iohannis as next deputy", set()),
    ("nato", "Allies pick Kallas as new envoy", "The allies picked Kallas as their new envoy on Tuesday.", set()),
    ("nato", "Allies pick Kallas as new chief", "The allies picked Kallas as their new chief on Tuesday.", {appointed(KALLAS)}),
]

EXCEPTION_RELATIVE_CASES = [
    # the state excepted acts in its own relative clause
    ("nato", "Every ally except Hungary, which says it will not support Rutte, has endorsed him.",
     {oppose(RUTTE, "Hungary")}),
    ("nato", "Apart from Hungary, which refuses to back him, the allies have all endorsed Rutte.",
     {oppose(RUTTE, "Hungary")}),
    ("un", "Other than Mexico, which is backing Grynspan, the region has yet to choose.", {endorse(GRYNSPAN, "Mexico")}),
    ("un", "Most members favour Grossi, with the exception of China, which has said it cannot support him.",
     {oppose(GROSSI, "China")}),
    ("un", "Every member of the Council except Russia, which opposes Grossi, has endorsed him.", {oppose(GROSSI, "Russia")}),
    ("un", "Aside from Colombia, which proposed her in March, nobody has backed Bachelet.",
     {cand(BACHELET), endorse(BACHELET, "Colombia")}),
    # the clause states no stance, or a modal one, or is no relative clause: the state stays out
    ("nato", "All allies bar Turkey, which has yet to decide, back Rutte.", set()),
    ("nato", "Other than Slovakia, which is still weighing its options, all allies back Rutte.", set()),
    ("nato", "Apart from Hungary, which may yet block him, the allies back Rutte.", set()),
    ("nato", "Apart from Hungary, whose veto still stands, the allies back Rutte.", set()),
    ("un", "With the exception of Brazil, which has not said whom it backs, the region is behind Bachelet.", set()),
    ("un", "Except for Peru, which might still nominate Grynspan, the Andean states favour Grossi.", set()),
    ("nato", "Every ally except Hungary backs Rutte.", set()),
]

FRONTED_PRONOUN_CASES = [
    ("un", "Apart from Chile, which nominated her, only Spain has publicly endorsed Bachelet.",
     {cand(BACHELET), endorse(BACHELET, "Chile"), endorse(BACHELET, "Spain")}),
    ("nato", "Before Bratislava said it would not support him, Iohannis had counted on a full set.",
     {oppose(IOHANNIS, "Slovakia")}),
    ("nato", "Unlike Ankara, which has said it will back her, Paris has not declared for Kallas.",
     {endorse(KALLAS, "Turkey")}),
    # a modal in the fronted phrase, or the pronoun's gender not the main clause's candidate's: nothing
    ("un", "Although Peru might back her, Bachelet is keeping her options open.", set()),
    ("nato", "Unlike Ankara, which may yet back him, Paris is silent on Kallas.", set()),
]


@pytest.mark.parametrize("race,title,text,expected", SHORT_ITEM_CASES)
def test_short_items(story, un_story, race, title, text, expected):
    nato = race == "nato"
    assert event_keys(story if nato else un_story, title, text, NATO_DAY if nato else UN_DAY) == expected


@pytest.mark.parametrize("race,text,expected", EXCEPTION_RELATIVE_CASES + FRONTED_PRONOUN_CASES)
def test_constructions(story, un_story, race, text, expected):
    nato = race == "nato"
    assert event_keys(story if nato else un_story, NATO_TITLE if nato else UN_TITLE, text,
                      NATO_DAY if nato else UN_DAY) == expected
