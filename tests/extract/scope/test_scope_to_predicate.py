"""Scope bound to its predicate, round 14 (tests by construction class, invented sentences of both races,
none from a corpus or a construction set, about half of them giving no event):

- an emphatic negation stands for "not" ("will under no circumstances back" is "will not back"), and fronted
  it inverts the auxiliary as a negation does ("Under no circumstances will Budapest back X", "Nor will
  Ankara back X", "At no point did Y back X"): a refusal where "will not" / "did not" is one, a stance not
  yet taken where "has not" is;
- support received is the giver's stance turned round: "X will not get Moscow's vote" is Moscow's refusal,
  "X has not yet received Moscow's backing" nothing;
- a negative existential before a clause negates its auxiliary ("There is no way Hungary will back X" is "will
  not back");
- a denial later in the sentence pointing back at the clause ("X backs Y, a claim X denied", "..., though X has
  denied this") leaves it unstated;
- a report that the words after it deny ("Reports that ... were dismissed as premature", "... was flatly
  denied") states nothing;
- a commentator named as the source ("according to a columnist") gives an opinion, as "analysts say" does;
- the stance a possessive presupposes outlives a denial of what is done to it ("denied that it had dropped
  its objections to X" is the opposition; "denied a report that it was reconsidering its support for X"
  the support), and a stance under review is held ("is reconsidering its support for X");
- a clause opened between the agent and the predicate with a subject of its own takes the predicate
  ("Y backed X, and its own president stayed out of the race" is no withdrawal of X).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"

NEGATION_VS_REFUSAL_NATO = [
    ("Under no circumstances will Budapest back Rutte, Szijjarto told reporters.", {oppose(RUTTE, "Hungary")}),
    ("Ankara will in no way support Rutte, Erdogan's office said.", {oppose(RUTTE, "Turkey")}),
    ("At no point did Slovakia back Iohannis.", {oppose(IOHANNIS, "Slovakia")}),
    ("Nor will Budapest vote for Rutte, the Hungarian foreign minister added.", {oppose(RUTTE, "Hungary")}),
    ("Rutte will not get Hungary's vote, Orban made clear.", {oppose(RUTTE, "Hungary")}),
    # a stance not yet taken, however emphatic
    ("Never has Hungary backed Rutte.", set()),
    ("Rutte has not yet received Hungary's backing.", set()),
    ("Under no circumstances will Turkey block Rutte, Erdogan said.", set()),
    ("At no time has Slovakia said whom it backs.", set()),
    ("Iohannis refused to accept Hungary's support.", set()),
    # a negative existential before the clause negates its auxiliary
    ("There is no way Hungary will back Rutte, Orban said.", {oppose(RUTTE, "Hungary")}),
    ("There is no way Hungary backs Rutte.", set()),
]

NEGATION_VS_REFUSAL_UN = [
    ("Under no circumstances will Moscow vote for Bachelet, Nebenzia said.", {oppose(BACHELET, "Russia")}),
    ("Grossi will not be getting Beijing's vote, Fu Cong made clear.", {oppose(GROSSI, "China")}),
    ("Bachelet cannot count on the support of the United States.", {oppose(BACHELET, "United States")}),
    ("Nor will Washington back Grossi, Rubio said.", {oppose(GROSSI, "United States")}),
    ("Bachelet has not secured the support of the United States.", set()),
    ("At no time has Mexico endorsed Grossi.", set()),
    ("Grossi will not need Moscow's vote.", set()),
    ("Bachelet will not get Washington's vote unless she softens her line on Gaza.", set()),
    ("There is no way that Moscow will vote for Grossi, Nebenzia said.", {oppose(GROSSI, "Russia")}),
]

DENIAL_AND_ATTRIBUTION_NATO = [
    ("Reports that Ankara had come round to Rutte were dismissed as premature by the Turkish foreign ministry.", set()),
    ("Claims that Slovakia had backed Iohannis were flatly denied in Bratislava.", set()),
    ("Speculation that Poland would endorse Kallas was played down by officials in Warsaw.", set()),
    ("Hungary denied on Tuesday that it had dropped its objections to Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Turkey rejected a newspaper report that it had lifted its veto on Rutte.", {oppose(RUTTE, "Turkey")}),
    ("Hungary is reviewing its objections to Rutte, a government spokesman said.", {oppose(RUTTE, "Hungary")}),
    ("Hungary denied that it had ever objected to Rutte.", set()),
    ("Turkey backs Rutte, according to a columnist in Istanbul.", set()),
    ("According to analysts, Slovakia supports Iohannis.", set()),
    ("Turkey backs Rutte, according to diplomats.", {endorse(RUTTE, "Turkey")}),
    ("According to Reuters, Spain has signalled its support for Rutte.", {endorse(RUTTE, "Spain")}),
    # a denial later in the sentence pointing back at the clause
    ("Turkey backs Rutte, a claim Ankara denied.", set()),
    ("Turkey backs Rutte, according to Hungarian media, though Ankara has denied this.", set()),
    ("Turkey backs Rutte, but Hungary rejected the report of a deal.", {endorse(RUTTE, "Turkey")}),
]

DENIAL_AND_ATTRIBUTION_UN = [
    ("Chile rejected claims that it had dropped its support for Bachelet.", {endorse(BACHELET, "Chile")}),
    ("Mexico denied a report that it was reconsidering its support for Bachelet.", {endorse(BACHELET, "Mexico")}),
    ("Mexico is reconsidering its support for Bachelet.", {endorse(BACHELET, "Mexico")}),
    ("Argentina will not reconsider its support for Grossi, Quirno said.", {endorse(GROSSI, "Argentina")}),
    ("According to people familiar with the talks, France backs Bachelet.", {endorse(BACHELET, "France")}),
    ("Reports that Brasilia had endorsed Grossi were played down by Brazilian officials.", set()),
    ("Argentina backs Grossi, according to an analyst in Buenos Aires.", set()),
    ("Claims that Peru had nominated Bachelet turned out to be false.", set()),
    ("Mexico may reconsider its support for Bachelet.", set()),
    ("Brazil backs Grossi, Argentine media reported, but Brasilia denied the report.", set()),
    ("Peru supports Bachelet, something Lima flatly denied.", set()),
    ("Peru supports Bachelet, and Lima denied it had lobbied for Grossi.", {endorse(BACHELET, "Peru")}),
]

MODALITY_AND_CONDITIONS_NATO = [
    ("Hungary backed Rutte, and its own president stayed out of the race.", {endorse(RUTTE, "Hungary")}),
    ("Poland supported Kallas while its president remained in the race.", {endorse(KALLAS, "Poland")}),
    ("Slovakia is leaning toward backing Rutte, a government spokesman said.", {endorse(RUTTE, "Slovakia")}),
    ("Spain is ready to support Rutte, Albares told reporters.", {endorse(RUTTE, "Spain")}),
    ("Budapest would back Rutte only if he apologised, Orban said.", set()),
    ("Should Iohannis withdraw, Romania would back Rutte.", set()),
    ("Analysts say Turkey would back Rutte.", set()),
    ("According to analysts, Turkey will back Rutte.", set()),
    ("Ankara could yet come round to Rutte if he meets its demands.", set()),
]

MODALITY_AND_CONDITIONS_UN = [
    ("Peru backed Bachelet, and its own president stayed out of the race.", {endorse(BACHELET, "Peru")}),
    ("Brazil is inclined to give its support to Bachelet, Lula said.", {endorse(BACHELET, "Brazil")}),
    ("Bachelet has said she will remain in the race to the very end.", {cand(BACHELET)}),
    ("Were Bachelet to pull out, Mexico would back Grossi.", set()),
    ("Grossi may throw his hat into the ring later this year, according to people close to him.", set()),
    ("Washington may block any candidate it sees as too close to Beijing.", set()),
]

CANDIDACY_STATED_VS_ASSESSED_NATO = [
    ("Kallas is running, according to Estonian officials.", {cand(KALLAS)}),
    ("Iohannis has entered the race, his spokeswoman confirmed.", {cand(IOHANNIS)}),
    ("Iohannis is running, according to a columnist in Bucharest.", set()),
    ("According to analysts, Kallas is running.", set()),
    ("Rutte is widely seen as the favourite.", set()),
    ("Romania praised Rutte, and its own president stayed out of the race.", set()),
    # a withdrawal denied or refused: the candidate is in the race
    ("Iohannis will not withdraw from the race, his spokeswoman said.", {cand(IOHANNIS)}),
    ("Kallas denied reports that she was quitting the race.", {cand(KALLAS)}),
    ("Iohannis may withdraw from the race.", set()),
    ("Iohannis never said he would withdraw from the race.", set()),
]

CANDIDACY_STATED_VS_ASSESSED_UN = [
    ("Grossi is running, according to Argentine diplomats.", {cand(GROSSI)}),
    ("Bachelet is running, and running hard, her aides insist.", {cand(BACHELET)}),
    ("Grossi is running, according to an analyst in Vienna.", set()),
    ("Grynspan is often mentioned as a possible successor to Guterres.", set()),
    ("Brazil praised Bachelet while its foreign minister stayed out of the race.", set()),
    ("Bachelet refused to abandon her bid.", {cand(BACHELET)}),
    ("Reports that Grossi had pulled out of the race were false.", {cand(GROSSI)}),
    ("Grossi will not step down as head of the IAEA.", set()),
    ("If Bachelet withdraws from the race, Mexico will back Grossi.", set()),
]

NATO = (NEGATION_VS_REFUSAL_NATO + DENIAL_AND_ATTRIBUTION_NATO + MODALITY_AND_CONDITIONS_NATO
        + CANDIDACY_STATED_VS_ASSESSED_NATO)
UN = (NEGATION_VS_REFUSAL_UN + DENIAL_AND_ATTRIBUTION_UN + MODALITY_AND_CONDITIONS_UN
      + CANDIDACY_STATED_VS_ASSESSED_UN)


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:60] for c in NATO])
def test_scope_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:60] for c in UN])
def test_scope_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


def test_classes_are_balanced():
    """Each class has ten cases or more, about half of them giving no event."""
    for cases in ((NEGATION_VS_REFUSAL_NATO + NEGATION_VS_REFUSAL_UN), (DENIAL_AND_ATTRIBUTION_NATO + DENIAL_AND_ATTRIBUTION_UN),
                  (MODALITY_AND_CONDITIONS_NATO + MODALITY_AND_CONDITIONS_UN),
                  (CANDIDACY_STATED_VS_ASSESSED_NATO + CANDIDACY_STATED_VS_ASSESSED_UN)):
        none = sum(1 for _, expected in cases if not expected)
        assert len(cases) >= 10 and 0.35 <= none / len(cases) <= 0.65


# A short item (a headline and a sentence) naming a listed candidate only by their state's demonym and an office
# of theirs is about the race when it states an event, as one naming them does
SHORT_ITEMS_NATO = [
    ("Berlin's quiet signal", "Germany has signalled its support for the Dutch prime minister.", {endorse(RUTTE, "Germany")}),
    ("Warsaw's choice", "Poland backs the Romanian president, Duda said.", {endorse(IOHANNIS, "Poland")}),
    ("Riga holds back", "Latvia will not support the Estonian prime minister.", {oppose(KALLAS, "Latvia")}),
    ("Migration deal", "Germany backs the Dutch prime minister on migration.", set()),
    ("A weekend off", "The Dutch prime minister watched the derby in Rotterdam.", set()),
    ("Bucharest talks", "The Romanian president met the German chancellor.", set()),
]


@pytest.mark.parametrize("title,text,expected", SHORT_ITEMS_NATO, ids=[c[1][:60] for c in SHORT_ITEMS_NATO])
def test_short_item_naming_by_description(story, title, text, expected):
    assert event_keys(story, title, text, NATO_DAY) == expected


# Properties: an adverbial or a parenthetical put in ("{}" marks where) changes nothing
INSERTED = [" now", ", once again,", " (a founding member)", " on Tuesday"]

PROPERTY_NATO = [
    ("Budapest{} will under no circumstances back Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Under no circumstances will Budapest back Rutte{}, Szijjarto said.", {oppose(RUTTE, "Hungary")}),
    ("Reports that Ankara{} had come round to Rutte were dismissed by the Turkish foreign ministry.", set()),
    ("Hungary{} denied that it had dropped its objections to Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Hungary{} backed Rutte, and its own president stayed out of the race.", {endorse(RUTTE, "Hungary")}),
]

PROPERTY_UN = [
    ("Grossi{} will not be getting Moscow's vote, Nebenzia said.", {oppose(GROSSI, "Russia")}),
    ("Mexico{} denied a report that it was reconsidering its support for Bachelet.", {endorse(BACHELET, "Mexico")}),
    ("Argentina{} backs Grossi, according to an analyst in Buenos Aires.", set()),
]


@pytest.mark.parametrize("frame,expected", PROPERTY_NATO, ids=[c[0][:50] for c in PROPERTY_NATO])
@pytest.mark.parametrize("inserted", INSERTED)
def test_insertion_changes_nothing_nato(story, frame, expected, inserted):
    assert event_keys(story, NATO_TITLE, frame.format(inserted), NATO_DAY) == expected


@pytest.mark.parametrize("frame,expected", PROPERTY_UN, ids=[c[0][:50] for c in PROPERTY_UN])
@pytest.mark.parametrize("inserted", INSERTED)
def test_insertion_changes_nothing_un(un_story, frame, expected, inserted):
    assert event_keys(un_story, UN_TITLE, frame.format(inserted), UN_DAY) == expected
