"""Mechanisms the form grid (test_form_grid.py) found missing, round 20: invented sentences of both races,
about half near-misses that must give no event.

- a participial clause opening the sentence before its subject, a person ("Backed by A, X ...", "Having withdrawn
  ..., X ...", "Put forward by A, X ...", "Appointed P in June, X ...") reads as the same clause set off after the
  name; not an opening adverb ("Often, X ...") nor one whose subject is not the candidate;
- the appointment's participle set off after the name with the post straight after it ("X, named P on
  Wednesday, ..."), not another office;
- a relative clause on the candidate with a stance verb of opposition ("X, whom A opposes, ..."), and the
  actor's article ("whom the Turkish government supports");
- a candidate named by a role noun keeps its article outside the name ("appointed the Dutch politician as P");
- a withdrawal verb before "as a candidate for P" is the withdrawal alone ("stood down as a candidate");
- "A votes against X" in a headline is no endorsement (a verb, not the noun "votes");
- a stance noun's object before an unsettling predicate ("A's objection to X remains uncertain") leaves it unsettled.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP, CAND as cand, E as endorse, O as oppose, WD as withdraw, event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 4, 12), dt.date(2026, 6, 12)
RUTTE, KALLAS, GROSSI, GRYNSPAN = "Mark Rutte", "Kaja Kallas", "Rafael Grossi", "Rebeca Grynspan"

NATO_CASES = [
    ("Backed by Poland, Rutte toured the Baltic capitals on Friday.", {endorse(RUTTE, "Poland")}),
    ("Rutte spoke on Monday. Opposed by Ankara, he flew home.", {oppose(RUTTE, "Turkey")}),
    ("Having pulled out of the race for NATO secretary general, Kallas returned to Tallinn.", {withdraw(KALLAS)}),
    ("Put forward by Estonia for NATO secretary general, Kallas flew to Brussels.",
     {cand(KALLAS), endorse(KALLAS, "Estonia")}),
    ("Named NATO secretary general on Wednesday, Rutte thanked the allies.", {APP(RUTTE)}),
    ("Often, Rutte toured the Baltic capitals.", set()),
    ("Backed by Poland, the plan to expand the summit was approved.", set()),
    ("Named Dutch prime minister in 2010, Rutte led four governments.", set()),
    ("Rutte, whom Hungary opposes, met the allies on Tuesday.", {oppose(RUTTE, "Hungary")}),
    ("Rutte, whom the Hungarian government backs, met the allies on Tuesday.", {endorse(RUTTE, "Hungary")}),
    ("Rutte, whom Hungary could oppose, met the allies on Tuesday.", set()),
    ("Rutte met reporters on Monday. NATO allies appointed the Dutch politician as NATO secretary general on "
     "Wednesday.", {APP(RUTTE)}),
    ("Rutte met reporters on Monday. NATO allies are expected to appoint the Dutch politician as NATO secretary "
     "general.", set()),
    ("Kallas stood down as a candidate for NATO secretary general on Monday.", {withdraw(KALLAS)}),
    ("Kallas spoke in Vilnius as a candidate for NATO secretary general.", {cand(KALLAS)}),
]

UN_CASES = [
    ("Backed by Brazil, Grynspan toured Latin America in May.", {endorse(GRYNSPAN, "Brazil")}),
    ("Having withdrawn from the race for UN secretary-general, Grossi returned to Vienna.", {withdraw(GROSSI)}),
    ("Nominated by Costa Rica for UN secretary-general, Grynspan flew to New York.",
     {cand(GRYNSPAN), endorse(GRYNSPAN, "Costa Rica")}),
    ("Appointed UN secretary-general by the General Assembly, Grynspan thanked the members.", {APP(GRYNSPAN)}),
    ("Asked about the race for UN secretary-general, Grossi said nothing.", set()),
    ("Appointed IAEA chief in 2019, Grossi led the agency's talks with Iran.", set()),
    ("Grossi, whom Russia opposes, spoke to the Council on Tuesday.", {oppose(GROSSI, "Russia")}),
    ("Grossi, whom Russia might oppose, spoke to the Council on Tuesday.", set()),
    ("Grossi stepped down as a candidate for UN secretary-general in June.", {withdraw(GROSSI)}),
    ("Grossi stepped down as IAEA chief in June.", set()),
    ("Russia's objection to Grossi remains uncertain.", set()),
    ("Russia's objection to Grossi was made public on Tuesday.", {oppose(GROSSI, "Russia")}),
]

HEADLINES = [
    # (race, title, expected): the headline over a body with no event
    ("nato", "Hungary votes against Rutte for NATO secretary general", set()),
    ("nato", "Hungary backs Rutte for NATO secretary general", {endorse(RUTTE, "Hungary")}),
    ("un", "France votes against Grossi", set()),
]


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_mechanisms(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_mechanisms(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("race,title,expected", HEADLINES)
def test_headlines(story, un_story, race, title, expected):
    chosen, day = (story, NATO_DAY) if race == "nato" else (un_story, UN_DAY)
    assert event_keys(chosen, title, "Diplomats met on Monday.", day) == expected
