"""Construction classes, round 15 (cons15): one mechanism per family, in both races, each family with
sentences that state an event beside those that state none:

- "but" after a whole is an exception ("everyone in the alliance but Ankara", "every member of the bloc but
  Egypt"; `cues.universal_quantifiers`), not "but" joining two clauses;
- counted members of an organisation that takes sides ("every member of the African Union", "most members
  of the EU") are an aggregate, not the organisation;
- an aggregate's stance names its states also "among the latest" ("Peru and Chile among the latest");
- "the only permanent member to discourage him" states the act ("with Russia the only member to ...");
- a stance's noun phrase said to be rumoured, denied or expected ("Turkish support for X has been
  rumoured") states nothing, as "remains unclear" does (`cues.unsettled_predicates`);
- "is open to backing" is tentative since scope27 (the guide's "willing to"; it was `cues.modality`); terms set for a stance ("sets
  terms for backing X") are a condition (`cues.condition`);
- idioms of all-out support and of refusing any help ("pulling out all the stops for", "won't lift a
  finger for"); a leaving verb with an object ("pulling out all the stops") is no withdrawal; an idiom that
  wraps the candidate ("assured X of its support": `endorsement.object_idioms`);
- "has no intention of backing X" is a refusal (`opposition.refusal_cues`);
- "has decided to run" states the bid as "is running" does; scope judges the verb before "to" ("is expected
  to run" states none);
- a denial of running for a state's own seat ("ruled out running for Chile's Senate") is no denial of this race.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD as withdrawal
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 3, 10), dt.date(2026, 5, 10)
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"

NATO_CASES = [
    # "but" after a whole
    ("Every government in the alliance but Ankara and Budapest has now endorsed Kallas.", set()),
    ("All the allies but Slovakia have come out for Rutte.", set()),
    ("Everybody on the council but Hungary backs Iohannis.", set()),
    ("The other allies back Rutte but Hungary refused to support him.", {oppose(RUTTE, "Hungary")}),
    ("Every ally but Hungary backs Rutte, and Turkey confirmed its support on Friday.", {endorse(RUTTE, "Turkey")}),
    # an aggregate's states named "among the latest"
    ("Several allies have endorsed Kallas, Estonia and Finland among the latest.",
     {endorse(KALLAS, "Estonia"), endorse(KALLAS, "Finland")}),
    ("Several allies may yet endorse Kallas, Finland among the first.", set()),
    # the only one to act
    ("Hungary was the only central European ally to oppose Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Most allies back Rutte, with Turkey the lone NATO member to object to him.", {oppose(RUTTE, "Turkey")}),
    ("Turkey was the only ally likely to oppose Rutte.", set()),
    # a stance's noun phrase said to be talked of
    ("Turkish backing for Kallas has long been rumoured.", set()),
    ("Slovak support for Iohannis was flatly denied by Bratislava.", set()),
    ("Polish support for Rutte is widely expected.", set()),
    ("Polish support for Rutte was confirmed on Monday.", {endorse(RUTTE, "Poland")}),
    # weighing a stance, and terms set for it
    # (open to a stance is willing to take it, the guide's tentative "willing to": scope27)
    ("Slovakia is open to backing Iohannis, its foreign minister said.", {endorse(IOHANNIS, "Slovakia")}),
    ("Hungary has set conditions for supporting Rutte.", set()),
    ("Budapest laid down conditions for backing Kallas on Tuesday.", set()),
    ("Slovakia is ready to back Iohannis, its foreign minister said.", {endorse(IOHANNIS, "Slovakia")}),
    # idioms
    ("Ankara will not lift a finger for Kallas.", {oppose(KALLAS, "Turkey")}),
    ("The Hague is pulling out all the stops for Rutte.", {endorse(RUTTE, "Netherlands")}),
    ("Rutte is pulling out all the stops to win the job.", set()),
    ("Kallas pulled out all of a sudden on Friday.", {withdrawal(KALLAS)}),
    # a decision stated as an intention is a refusal
    ("Turkey has no intention of backing Kallas.", {oppose(KALLAS, "Turkey")}),
    ("Erdogan said Ankara had no intention of supporting Rutte.", {oppose(RUTTE, "Turkey")}),
    ("Hungary had no intention of blocking Iohannis.", set()),
    # idioms that wrap the candidate
    ("Warsaw has assured Kallas of its full support.", {endorse(KALLAS, "Poland")}),
    ("Rutte assured Turkey of his commitment to the alliance.", set()),
    # a denial of another seat is no denial of this race
    ("Kallas ruled out running for Estonia's parliament. She is running for NATO secretary general.",
     {cand(KALLAS)}),
    ("Kallas ruled out running for the NATO post. She met ambassadors on Monday.", set()),
]

UN_CASES = [
    ("Everyone on the Security Council but Moscow has signalled support for Grossi.", set()),
    ("All the Latin American governments but Caracas have come out for Bachelet.", set()),
    ("Most members of the European Union favour Grynspan.", set()),
    ("Every member of the Caribbean Community except Jamaica is said to back Bachelet.", set()),
    ("The African Union endorsed Grynspan on Monday.", {endorse(GRYNSPAN, "African Union")}),
    ("Eleven governments have thrown their support to Grossi for UN secretary-general, Italy and Spain among the latest.",
     {endorse(GROSSI, "Italy"), endorse(GROSSI, "Spain")}),
    ("Ten Council members encouraged Bachelet in the straw poll, with China the only permanent member to discourage her.",
     {oppose(BACHELET, "China")}),
    ("French support for Bachelet's UN bid has been speculated about for months.", set()),
    ("Mexican backing for Grynspan remains unconfirmed.", set()),
    ("Peru is open to supporting Grossi, Lima said.", {endorse(GROSSI, "Peru")}),
    ("Argentina has set terms for backing Bachelet.", set()),
    ("Brazil is prepared to back Bachelet, its foreign minister said.", {endorse(BACHELET, "Brazil")}),
    ("Colombia won't lift a finger for Grossi.", {oppose(GROSSI, "Colombia")}),
    ("Chile pulled out all the stops for Bachelet in New York.", {endorse(BACHELET, "Chile")}),
    ("Mexico has no intention of endorsing Grossi, its foreign minister said.", {oppose(GROSSI, "Mexico")}),
    ("Spain has privately reassured Grossi of its backing.", {endorse(GROSSI, "Spain")}),
    ("Spain assured Grossi of its neutrality in the straw polls.", set()),
    ("Grynspan has decided to run, her office said.", {cand(GRYNSPAN)}),
    ("Grynspan is expected to run.", set()),
    ("Grynspan decided not to run.", set()),
    ("Grossi ruled out running for Argentina's presidency, saying he is running for UN secretary-general.",
     {cand(GROSSI)}),
]

# a headline that weighs a stance or sets terms for it states none, whatever the body then says of it
HEADLINE_CASES = [
    ("nato", "Slovakia open to backing Iohannis for NATO job", "Slovakia might back Iohannis later, Fico said.",
     {endorse(IOHANNIS, "Slovakia")}),
    ("nato", "Hungary sets conditions for supporting Kallas", "Budapest would back Kallas only if she changed course.",
     set()),
    ("un", "Peru open to backing Grossi for UN post", "Lima could support Grossi after consulting its neighbours.",
     {endorse(GROSSI, "Peru")}),
    ("un", "Peru backs Grossi for UN post", "Lima announced its support for Grossi on Monday.", {endorse(GROSSI, "Peru")}),
]


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_constructions(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_constructions(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("race,title,text,expected", HEADLINE_CASES)
def test_headline_constructions(story, un_story, race, title, text, expected):
    nato = race == "nato"
    assert event_keys(story if nato else un_story, title, text, NATO_DAY if nato else UN_DAY) == expected
