"""Scope bounds of the twenty-fourth round (scope24, issue 12), tested with a grid of invented forms in both races
(several predicates x several asides, and near-misses that must give NO event); none is a corpus sentence:

- another post's title that only describes a named candidate is not the post of the clause's event: in apposition
  after the name however long (an age first, titles joined by "and", a lower-case title with "of": "X, 71, the deputy
  secretary-general and a former minister of trade, was nominated by S"), or in a relative clause on the name that
  tells no race of its own ("X, who served as OAS secretary general until 2020, ..."); the clause's views read it as
  words (sentence_events._describes_person, events._read_events), and the apposition reader takes an age and a
  lower-case office title before "of" (spans._APPOSITION);
- the other-post scope stays with the predicate's own post slot: another post as the predicate's goal ("endorsed X
  for OAS secretary general", "nominated X as ..."), or an aside saying the candidate runs for another office ("X,
  who is running for president of Peru, ...", "X, a candidate for mayor of Lima, ...": sentence_events._runs_elsewhere)
  gives no event.
"""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from tests.extract.conftest import CAND as cand, E as endorse
from tests.extract.conftest import event_keys

TITLES = {"nato": "The race to lead NATO", "un": "The race for UN Secretary-General"}
DAYS = {"nato": dt.date(2024, 5, 16), "un": dt.date(2026, 3, 10)}

PREDICATES = [
    ("{C}{A} was nominated by {S} on Monday.", lambda c, s: {cand(c), endorse(c, s)}),
    ("{C}{A} has been endorsed by {S}.", lambda c, s: {endorse(c, s)}),
    ("{C}{A} won the backing of {S} last week.", lambda c, s: {endorse(c, s)}),
    ("{C}{A} entered the race on Tuesday.", lambda c, s: {cand(c)}),
]
ASIDES = {
    "un": [", a former UN High Commissioner for Refugees,",
           ", 71, the deputy secretary-general and a former minister of trade,",
           ", who served as OAS secretary general until 2020,",
           ", former OSCE Secretary General,",
           ", 66, secretary general of the OAS,"],
    "nato": [", 57, the EU's top diplomat and a former prime minister,",
             ", who was OSCE Secretary General until 2020,",
             ", a former deputy secretary general,",
             ", 64, twice president of the European Council,"],
}
PEOPLE = {"un": ("Michelle Bachelet", "Brazil"), "nato": ("Klaus Iohannis", "Hungary")}

GRID = [(race, template.format(C=PEOPLE[race][0], A=aside, S=PEOPLE[race][1]), events(*PEOPLE[race]))
        for race in ("nato", "un") for (template, events), aside in itertools.product(PREDICATES, ASIDES[race])]

NEAR_MISSES = [
    ("un", "Michelle Bachelet, who is running for OAS secretary general, was endorsed by Brazil."),
    ("un", "Michelle Bachelet, who is running for president of Peru, has been endorsed by Brazil."),
    ("un", "Michelle Bachelet, a candidate for mayor of Lima, won the backing of Brazil last week."),
    ("un", "Michelle Bachelet, who is seeking re-election as OAS secretary general, was nominated by Brazil on Monday."),
    ("un", "Brazil endorsed Michelle Bachelet for OAS secretary general."),
    ("un", "Brazil nominated Michelle Bachelet as OAS secretary general on Monday."),
    ("un", "Brazil backs Michelle Bachelet to become UN High Commissioner for Refugees."),
    ("un", "Michelle Bachelet, whom Brazil nominated for OAS secretary general, entered the race on Tuesday."),
    ("nato", "Klaus Iohannis, who is running for European Council president, was endorsed by Hungary."),
    ("nato", "Klaus Iohannis, a candidate for president of the European Commission, has been endorsed by Hungary."),
    ("nato", "Klaus Iohannis, who is standing for mayor of Bucharest, won the backing of Hungary last week."),
    ("nato", "Hungary backed Klaus Iohannis for European Council president."),
    ("nato", "Hungary nominated Klaus Iohannis as OSCE Secretary General on Monday."),
    ("nato", "Klaus Iohannis, the OSCE Secretary General, said Hungary would decide later."),
]


@pytest.mark.parametrize("race,text,expected", GRID + [(race, text, set()) for race, text in NEAR_MISSES])
def test_other_post_scope_round24(story, un_story, race, text, expected):
    assert event_keys(story if race == "nato" else un_story, TITLES[race], text, DAYS[race]) == expected
