"""Construction classes, round 16 (cons16): one mechanism per family, in both races, each family with
sentences that state an event beside those that state none:

- another race binds to its own clause: a sentence naming another post (and not this one) is still read
  in a clause of its own joined by ";", "while", "whereas" or "meanwhile" that names a candidate by name
  and no one the other clause names ("X leaves the OSCE post, while Y takes office");
- a sentence adverb set off by commas ("Bachelet, meanwhile, is still running", "his bid, for now, has
  stalled") is read as an aside;
- the race's organisation or post before a candidate's bid ("his NATO bid", "her secretary-general
  campaign") names this race's bid; another office's word there ("her presidential bid", "his EU bid",
  `candidacy.other_bid_modifiers`, or a capitalised name) names another.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, TO as takes_office, WD as withdrawal
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 3, 10), dt.date(2026, 5, 10)
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"

OTHER_POST_CASES = [
    # another race in one clause, this one in a clause beside it
    ("nato", "Geoana is stepping down as deputy secretary general, while Rutte takes office on 1 October.",
     {takes_office(RUTTE)}),
    ("nato", "Kallas was confirmed as EU foreign policy chief; Iohannis, meanwhile, remains in the running.",
     {cand(IOHANNIS)}),
    ("nato", "Stoltenberg will chair the Munich Security Conference, whereas Rutte is still campaigning.", {cand(RUTTE)}),
    ("un", "The OAS elected a Paraguayan secretary general on Monday, while Grynspan is still running.",
     {cand(GRYNSPAN)}),
    ("un", "Guterres's deputy will leave in March; Bachelet, meanwhile, is still campaigning.", {cand(BACHELET)}),
    # the other race's clause names the person, or the clause beside it only refers to them: nothing
    ("nato", "Kallas was nominated as EU foreign policy chief; Poland backed her on Tuesday.", set()),
    ("nato", "Kallas was nominated as EU foreign policy chief; Iohannis, meanwhile, congratulated her.", set()),
    ("un", "Grossi was re-elected head of the IAEA, while Argentina praised him.", set()),
    ("un", "The OAS secretary general, Ramirez, was the only candidate, while Chile backed him.", set()),
    ("nato", "Geoana will leave his post as deputy secretary general while Romania looks for a successor.", set()),
]

ADVERB_CASES = [
    ("nato", "Rutte, meanwhile, is still running.", {cand(RUTTE)}),
    ("nato", "Iohannis, for his part, remains in the race.", {cand(IOHANNIS)}),
    ("un", "Grynspan, too, is running.", {cand(GRYNSPAN)}),
    ("un", "Bachelet's campaign, for now, has stalled.", {cand(BACHELET)}),
    ("nato", "Poland, in turn, has endorsed Kallas.", {endorse(KALLAS, "Poland")}),
    # the adverb set off changes no scope: a modal or a denial still binds its verb
    ("nato", "Rutte, meanwhile, may yet run.", set()),
    ("un", "Grossi, however, is not a candidate.", set()),
    ("nato", "Poland, for now, might endorse Kallas.", set()),
    ("un", "Brazil, meanwhile, could back Bachelet later.", set()),
    ("nato", "Iohannis, too, is said to be weighing a run.", set()),
]

BID_MODIFIER_CASES = [
    ("nato", "Iohannis's NATO bid has stalled.", {cand(IOHANNIS)}),
    ("nato", "Rutte's secretary general campaign began in October.", {cand(RUTTE)}),
    ("un", "Grynspan's UN bid gathered pace in March.", {cand(GRYNSPAN)}),
    ("un", "Bachelet lost an election in 2010. Her UN campaign, meanwhile, has stalled.", {cand(BACHELET)}),
    ("nato", "Kallas spoke in Tallinn. Her NATO candidacy was lodged in April.", {cand(KALLAS)}),
    ("un", "Bachelet, whose September candidacy surprised Santiago, met Lula.", {cand(BACHELET)}),
    # a bid for another office
    ("nato", "Iohannis's presidential bid has stalled.", set()),
    ("nato", "Kallas's EU bid gathered pace in May.", set()),
    ("nato", "Rutte's re-election bid failed in 2012.", set()),
    ("un", "Bachelet's parliamentary bid began in the spring.", set()),
    ("un", "Grossi's IAEA bid has stalled.", set()),
    ("un", "Grynspan's Senate campaign began in 2025.", set()),
]

IDIOM_CASES = [
    # a support noun given to the candidate as first object, also for the post ("gave X its blessing for the job")
    ("nato", "Ankara gave Kallas the thumbs-up on Monday.", {endorse(KALLAS, "Turkey")}),
    ("nato", "Warsaw gave Iohannis a big thumbs-up for the post.", {endorse(IOHANNIS, "Poland")}),
    ("un", "The African Union gave Grossi its blessing for secretary-general at its summit.",
     {endorse(GROSSI, "African Union")}),
    ("un", "Brasilia gave Bachelet its full support for the UN's top job.", {endorse(BACHELET, "Brazil")}),
    ("nato", "Budapest gave Kallas a thumbs-up for her speech.", set()),
    ("un", "Mexico gave Grossi its support for the nuclear talks.", set()),
    # a door shut on supporting, a red line drawn at the candidate
    ("nato", "Slovakia shut the door on endorsing Iohannis on Friday.", {oppose(IOHANNIS, "Slovakia")}),
    ("un", "Moscow has closed the door on backing Grynspan.", {oppose(GRYNSPAN, "Russia")}),
    ("nato", "Hungary drew a red line at Rutte.", {oppose(RUTTE, "Hungary")}),
    ("un", "Beijing has drawn a red line at Bachelet as secretary-general.", {oppose(BACHELET, "China")}),
    ("nato", "Slovakia did not shut the door on endorsing Iohannis.", set()),
    ("un", "Moscow hasn't closed the door on backing Grynspan.", set()),
    ("nato", "Madrid closed the door on further talks and backed Rutte.", {endorse(RUTTE, "Spain")}),
    # the post handed on: the successor takes office
    ("nato", "Stoltenberg passes the torch to Rutte on 1 October.", {takes_office(RUTTE)}),
    ("un", "Guterres will hand the reins to Grossi on 1 January.", {takes_office(GROSSI)}),
    # leaving "in the race" is no bid
    ("nato", "Kallas conceded defeat in the race for secretary general on Monday.", {withdrawal(KALLAS)}),
    ("un", "Grossi has thrown in the towel in the race for UN secretary-general.", {withdrawal(GROSSI)}),
    ("un", "Bachelet is still in the race for UN secretary-general.", {cand(BACHELET)}),
]

MODALITY_CASES = [
    # a condition binds to the second verb that has its own auxiliary, not to the first
    ("un", "Grossi said he wants the top job and will stand if Buenos Aires nominates him.", {cand(GROSSI)}),
    ("nato", "Kallas wants the job and will run if Tallinn agrees.", {cand(KALLAS)}),
    ("un", "Peru backs Grynspan and would back Grossi if she withdrew.", {endorse(GRYNSPAN, "Peru")}),
    ("nato", "Turkey would back Rutte if Sweden joined.", set()),
    ("nato", "Slovakia will back Iohannis if Bucharest asks and would lobby for him too.", set()),
    # readiness in a second verb sharing the subject ("and is ready to back", "but it is willing to back")
    ("un", "Mexico would not object to Grynspan as secretary-general and is willing to back her.",
     {endorse(GRYNSPAN, "Mexico")}),
    ("un", "Brazil had favoured another name, but it is ready to back Bachelet now.", {endorse(BACHELET, "Brazil")}),
    ("nato", "London would have preferred Kallas, but it is prepared to back Rutte.", {endorse(RUTTE, "United Kingdom")}),
    ("un", "Mexico praised Grynspan and might be ready to back her.", set()),
    ("un", "Chile praised Grossi and could back him later.", set()),
    ("nato", "Paris praised Kallas and would back her only if Berlin did.", set()),
]

RACE_NAME_CASES = [
    # the organisation's name before its race reads as "the race": "left the UN race", "in the NATO race"
    ("un", "Grossi left the UN race on Friday.", {withdrawal(GROSSI)}),
    ("un", "Bachelet entered the United Nations race in March.", {cand(BACHELET)}),
    ("nato", "Iohannis is still in the NATO race.", {cand(IOHANNIS)}),
    ("nato", "Kallas quit the NATO succession race on Monday.", {withdrawal(KALLAS)}),
    ("nato", "Hungary's role in the NATO race is unclear.", set()),
    ("un", "Grossi may yet leave the UN race.", set()),
    ("un", "Bachelet is tipped to enter the UN race.", set()),
]

SWITCH_CASES = [
    # support moved over, with or without its noun, and where ("in the race") between
    ("nato", "Poland has switched to Rutte.", {endorse(RUTTE, "Poland")}),
    ("un", "Lima moved over to Grynspan on Monday.", {endorse(GRYNSPAN, "Peru")}),
    ("un", "Brazil shifted its support in the race from Bachelet to Grossi.",
     {endorse(BACHELET, "Brazil"), endorse(GROSSI, "Brazil")}),
    ("nato", "Poland has not switched to Rutte.", set()),
    ("nato", "Poland may switch to Kallas.", set()),
    ("nato", "Turkey moved to Rutte's defence.", set()),
    # a candidate dropped: the support it had (ended); a headline's comma joins a second verb
    ("un", "Mexico dropped Bachelet on Monday.", {endorse(BACHELET, "Mexico")}),
    ("nato", "Slovakia has abandoned Iohannis.", {endorse(IOHANNIS, "Slovakia")}),
    ("un", "Mexico dropped Bachelet's proposal.", set()),
    ("un", "Mexico could drop Bachelet.", set()),
    ("nato", "Bratislava did not drop Iohannis.", set()),
]

DENIAL_CASES = [
    # a report the next clause calls false states nothing
    ("un", "A Greek daily said Athens had backed Grossi; the ministry called the story pure invention.", set()),
    ("nato", "Ankara backs Kallas, a paper said; the government branded the report fake news.", set()),
    ("nato", "Ankara backs Kallas; the government called the vote a triumph.", {endorse(KALLAS, "Turkey")}),
    ("un", "Reports that Peru had nominated Grynspan were pure invention.", set()),
]

HEADLINE_CASES = [
    # the post changing hands, named by the organisation ("NATO handover") in a short item's headline
    ("nato", "NATO handover set for October", "Stoltenberg will pass the baton to Rutte on 1 October.", {takes_office(RUTTE)}),
    ("un", "UN handover date fixed", "Guterres hands over to Grossi on 1 January.", {takes_office(GROSSI)}),
    ("nato", "NATO handover ceremony rehearsed", "Officials rehearsed the ceremony on Monday.", set()),
    ("nato", "Slovakia drops Iohannis, backs Rutte for NATO post", "Bratislava announced the change on Monday.",
     {endorse(IOHANNIS, "Slovakia"), endorse(RUTTE, "Slovakia")}),
    ("un", "Grynspan enters UN race as Grossi weighs bid", "The race widened on Monday.", {cand(GRYNSPAN)}),
    ("un", "Peru weighs dropping Bachelet, may back Grossi", "No decision was taken on Monday.", set()),
]


@pytest.mark.parametrize("race,title,text,expected", HEADLINE_CASES)
def test_headline_constructions(story, un_story, race, title, text, expected):
    nato = race == "nato"
    assert event_keys(story if nato else un_story, title, text, NATO_DAY if nato else UN_DAY) == expected


@pytest.mark.parametrize("race,text,expected", OTHER_POST_CASES + ADVERB_CASES + BID_MODIFIER_CASES + IDIOM_CASES
                         + MODALITY_CASES + RACE_NAME_CASES + SWITCH_CASES + DENIAL_CASES)
def test_constructions(story, un_story, race, text, expected):
    nato = race == "nato"
    assert event_keys(story if nato else un_story, NATO_TITLE if nato else UN_TITLE, text,
                      NATO_DAY if nato else UN_DAY) == expected
