"""Precision, round 15 (clean15): false events found by reading invented sentences, one mechanism each, in
both races; each family keeps sentences that do state an event beside its traps:

- a bare demonym ("the Romanian said") stands for the nearest person named with it: a person of the state
  the story does not list, labelled with the demonym and no office ("Romanian tennis player Ion Popescu"),
  when named after the state's candidates; and a bare demonym whose relative clause names an office the
  candidates do not hold ("the Dutchman who chairs the Eurogroup") is not the candidate (extract/nationals.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 3, 10), dt.date(2026, 5, 10)
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"

NATO_CASES = [
    # a demonym-labelled person the story does not list, named after the state's candidate (or with none named)
    ("Romanian tennis player Ion Popescu won in Madrid. The Romanian said he backs Rutte for the NATO job.", set()),
    ("Dutch chess champion Anna Visser won the title. The Dutchwoman said she supports Kallas for the NATO job.", set()),
    ("Klaus Iohannis is running. Romanian novelist Mihai Stanescu spoke at the fair. The Romanian said he backs Rutte.",
     {cand(IOHANNIS)}),
    # ... named before the candidate: the demonym is the candidate again
    ("Romanian tennis player Ion Popescu won in Madrid. Klaus Iohannis is running for the post. "
     "The Romanian said he backs Rutte.", {cand(IOHANNIS), endorse(RUTTE, "Romania")}),
    ("Romanian tennis player Ion Popescu won in Madrid. Romania said it backs Rutte for the NATO job.",
     {endorse(RUTTE, "Romania")}),
    # a relative clause naming an office none of the state's candidates holds
    ("The Dutchman who chairs the Eurogroup said he supports Kallas.", set()),
    ("The Estonian, who heads the European Central Bank's supervisory board, said she backs Rutte.", set()),
    ("The Dutchman, who is Eurogroup president, said he supports Kallas.", set()),
    # ... an office of the candidate's own, or none: still the candidate
    ("The Dutchman, who has led the Netherlands since 2010, is running for the post.", {cand(RUTTE)}),
    ("The Dutchman, who is prime minister, has entered the race.", {cand(RUTTE)}),
    ("The Dutchman, who leads the race, is seeking the post.", {cand(RUTTE)}),
]

UN_CASES = [
    ("Chilean writer Ana Morales spoke in Santiago. The Chilean said she supports Grossi.", set()),
    ("Argentine footballer Diego Ferro was asked about the race. The Argentine said he backs Bachelet.", set()),
    ("Chilean writer Ana Morales spoke in Santiago. Chile said it backs Bachelet.", {endorse(BACHELET, "Chile")}),
    ("The Chilean, who chairs the Inter-American Development Bank, said she supports Grossi.", set()),
    ("The Argentine who heads the World Bank's Latin America desk said he backs Bachelet.", set()),
    ("The Argentine, who heads the IAEA, confirmed he is a candidate.", {cand(GROSSI)}),
]


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_precision(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_precision(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("label", ["tennis player", "chess grandmaster", "opera singer", "singer"])
def test_any_label_but_office_makes_a_stranger(story, label):
    """Whatever the label, a person of the state named with it and no office is whom "the Romanian" is."""
    text = f"Romanian {label} Ion Popescu spoke on Monday. The Romanian said he backs Rutte."
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == set()
