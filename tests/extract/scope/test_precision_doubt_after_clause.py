"""Precision, round 15 (clean15): false events found by reading invented sentences, one mechanism each, in
both races; each family keeps sentences that do state an event beside its traps:

- a bare demonym ("the Romanian said") stands for the nearest person named with it: a person of the state
  the story does not list, labelled with the demonym and no office ("Romanian tennis player Ion Popescu"),
  when named after the state's candidates; and a bare demonym whose relative clause names an office the
  candidates do not hold ("the Dutchman who chairs the Eurogroup") is not the candidate (extract/nationals.py);
- words after the clause that doubt it: a report or claim closing it with doubt or said to be wrong ("...,
  an opposition MP claimed without evidence", "..., a diplomat falsely claimed"), a report said to be
  unconfirmed ("..., though the report could not be confirmed"), a denied report it was "according to";
- a stance not assured ("cannot be taken for granted", "is by no means certain", "is no foregone conclusion");
- a belief about what another will do is a forecast ("Rutte believes Turkey will back him");
- support "as" another office, the post named only after a contrast ("as prime minister, not as secretary
  general");
- a state's name inside a party's or body's name ("the Progressive Slovakia party", "the Communist Party of
  Turkey") does not act, and a party's name ("Romania's Social Democrats") is no person.
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

NATO_CASES += [
    # doubt after the clause
    ("Hungary backed Rutte, a Hungarian opposition MP claimed without evidence.", set()),
    ("Turkey supports Rutte, an Estonian diplomat wrongly told reporters.", set()),
    ("Slovakia has endorsed Rutte, though the report could not be confirmed.", set()),
    ("Hungary backs Rutte, according to a report that Budapest later denied.", set()),
    ("Hungary backed Rutte, a Hungarian official confirmed.", {endorse(RUTTE, "Hungary")}),
    ("Slovakia has endorsed Rutte, though Bratislava has yet to publish the letter.", {endorse(RUTTE, "Slovakia")}),
    # not assured
    ("Turkey's support for Rutte cannot be taken for granted.", set()),
    ("Romania's backing of Rutte is by no means certain.", set()),
    ("Slovakia's endorsement of Kallas is no foregone conclusion.", set()),
    ("Turkey's support for Rutte is now assured, officials said.", {endorse(RUTTE, "Turkey")}),
    # a belief about another's act
    ("Rutte believes Turkey will back him.", set()),
    ("Diplomats think Hungary will eventually back Rutte.", set()),
    ("Hungary will back Rutte, Orban said on Monday.", {endorse(RUTTE, "Hungary")}),
    # support as another office
    ("Orban said he backed Rutte as prime minister, not as secretary general of NATO.", set()),
    ("Orban said he backed Rutte as the next secretary general of NATO.", {endorse(RUTTE, "Hungary")}),
    # parties and bodies named with a state
    ("Romania's Social Democrats back Rutte for the NATO job.", set()),
    ("The Social Democratic Party of Romania endorsed Rutte for the NATO job.", set()),
    ("Slovakia's opposition Progressive Slovakia party backs Rutte.", set()),
    ("The Communist Party of Turkey opposes Rutte.", set()),
    ("Romania's government backs Rutte for the NATO job.", {endorse(RUTTE, "Romania")}),
    ("The President of Romania backs Rutte for the NATO job.", {endorse(RUTTE, "Romania")}),
]

UN_CASES = [
    ("Chilean writer Ana Morales spoke in Santiago. The Chilean said she supports Grossi.", set()),
    ("Argentine footballer Diego Ferro was asked about the race. The Argentine said he backs Bachelet.", set()),
    ("Chilean writer Ana Morales spoke in Santiago. Chile said it backs Bachelet.", {endorse(BACHELET, "Chile")}),
    ("The Chilean, who chairs the Inter-American Development Bank, said she supports Grossi.", set()),
    ("The Argentine who heads the World Bank's Latin America desk said he backs Bachelet.", set()),
    ("The Argentine, who heads the IAEA, confirmed he is a candidate.", {cand(GROSSI)}),
    ("Brazil backs Bachelet, a report that could not be independently verified said.", set()),
    ("Russia will veto Grossi's bid, a Ukrainian official falsely claimed.", set()),
    ("Brazil backs Bachelet, officials in Brasilia confirmed.", {endorse(BACHELET, "Brazil")}),
    ("Russia's support for Grossi cannot be taken for granted.", set()),
    ("China's backing for Bachelet is far from guaranteed.", set()),
    ("Russia's support for Grossi is a given, diplomats said.", {endorse(GROSSI, "Russia")}),
    ("Analysts believe Russia will veto Bachelet.", set()),
    ("Lula said he supported Bachelet as health minister, not as secretary-general.", set()),
    ("Chile's Socialist Party backs Bachelet.", set()),
    ("The Argentine Peronists oppose Grossi.", set()),
    ("Chile's government backs Bachelet.", {endorse(BACHELET, "Chile")}),
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
