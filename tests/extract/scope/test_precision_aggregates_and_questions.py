"""Precision, round 14 (falsepos14): false events a red team of invented sentences found, one mechanism each,
in both races; each family keeps a sentence that does state an event beside its traps:

- states left out of an aggregate by "though not", "not counting", "leaving aside" before them, or by
  "excepted", "apart", "being the exception" after them (`cues.exceptions`, `cues.exceptions_after`);
- the organisation that holds the race (its council, its assembly, the alliance) takes no side: "NATO backs X"
  and "two permanent members of the Security Council opposing X" are no stance;
- a statement asked ("Turkey backs Rutte? Think again.") states nothing; "why" still presupposes;
- a report the article calls wrong ("wrongly reported", "falsely claimed", "claimed, without evidence,")
  and a rumour ("rumour has it", "word in the corridors is that") state nothing (`cues.doubt`,
  `cues.wrong_report_adverbs`);
- a stance held back ("held off from endorsing", "refrained from backing") is not yet taken, not refused;
- a candidate's hope ("is counting on Slovakia's support", "is confident that Turkey will back him") is
  nobody's stance; "can count on" still is one;
- calls and pressure on a candidate to act ("calls for X to quit", "pressure on X to drop out",
  "lobbying for him to run") are no act of theirs;
- a state's political opposition ("the Hungarian opposition backs X", "opposition senators") and a former
  office holder ("former US ambassador X") do not speak for the state;
- a hedged label ("the presumed frontrunner") and a withdrawal said to be still to come ("only a matter of
  time") state no event.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP, CAND as cand, E as endorse, O as oppose, WD as withdrawal
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 3, 10), dt.date(2026, 5, 10)
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"

NATO_CASES = [
    # exceptions before and after the states left out
    ("Several allies, though not Hungary, have endorsed Rutte.", set()),
    ("Thirty allies, not counting Hungary and Turkey, back Rutte.", set()),
    ("Most allies, leaving aside Slovakia, support Kallas.", set()),
    ("All allies, Hungary excepted, back Rutte.", set()),
    ("Every ally, Hungary and Slovakia excepted, now supports Rutte.", set()),
    ("Almost every ally, Turkey being the exception, backs Rutte.", set()),
    ("All allies, Hungary excepted, back Rutte, and Turkey confirmed its support on Monday.",
     {endorse(RUTTE, "Turkey")}),
    ("Every ally except Hungary supports Rutte, and Budapest said on Monday it would not back him.",
     {oppose(RUTTE, "Hungary")}),
    # the organisation that holds the race takes no side
    ("NATO backs Rutte.", set()),
    ("The North Atlantic Council backed Iohannis.", set()),
    ("The alliance supports Kallas.", set()),
    ("A former Dutch ambassador to NATO endorsed Rutte.", set()),
    ("The allies appointed Rutte on Wednesday.", {APP(RUTTE)}),
    # a statement asked
    ("Turkey backs Rutte? Think again.", set()),
    ("Hungary backs Kallas? Not so fast.", set()),
    ("Iohannis withdraws? Not yet.", set()),
    ("Why did Hungary back Rutte?", {endorse(RUTTE, "Hungary")}),
    ("Will Hungary follow? Turkey backs Rutte, officials said on Monday.", {endorse(RUTTE, "Turkey")}),
    # reports the article calls wrong, and rumours
    ("A Dutch tabloid wrongly reported that Turkey had endorsed Rutte.", set()),
    ("It was erroneously reported that Slovakia backs Kallas.", set()),
    ("Hungarian media mistakenly reported that Romania had withdrawn Iohannis.", set()),
    ("Some claim, without evidence, that Hungary backs Rutte.", set()),
    ("Word in the corridors is that Turkey will endorse Rutte next week.", set()),
    ("Rumour has it that Slovakia will back Kallas.", set()),
    ("Talk in the corridors is that Hungary will endorse Kallas.", set()),
    ("According to Reuters, Turkey backs Rutte.", {endorse(RUTTE, "Turkey")}),
    # a stance held back
    ("Budapest has so far held off from endorsing Rutte.", set()),
    ("Turkey held back from backing Kallas.", set()),
    ("Hungary has refrained from endorsing Rutte.", set()),
    ("Turkey shied away from endorsing Rutte.", set()),
    ("Hungary held off from endorsing Rutte but Turkey backed him on Monday.", {endorse(RUTTE, "Turkey")}),
    ("Turkey refused to back Rutte.", {oppose(RUTTE, "Turkey")}),
    # a candidate's hopes
    ("Rutte is counting on Slovakia's support.", set()),
    ("Kallas is relying on Hungary's backing.", set()),
    ("Rutte is confident that Turkey will back him.", set()),
    ("Rutte can count on Slovakia's support.", {endorse(RUTTE, "Slovakia")}),
    # calls and pressure on a candidate to act
    ("Calls for Iohannis to quit the race are growing.", set()),
    ("Pressure on Iohannis to drop out mounted.", set()),
    ("Iohannis quit the race on Thursday.", {withdrawal(IOHANNIS)}),
    # the political opposition and former office holders
    ("The Hungarian opposition backs Rutte.", set()),
    ("Members of Hungary's opposition back Kallas.", set()),
    ("Former US ambassador Kurt Volker backs Rutte.", set()),
    ("Hungary's opposition to Rutte hardened on Monday.", {oppose(RUTTE, "Hungary")}),
    ("US ambassador Julianne Smith said Washington backs Rutte.", {endorse(RUTTE, "United States")}),
    # hedged labels
    ("Rutte, the presumed frontrunner, said nothing.", set()),
    ("Kallas, the supposed favourite candidate, spoke in Tallinn.", set()),
    ("Rutte, the frontrunner, said nothing.", {cand(RUTTE)}),
]

UN_CASES = [
    ("Latin American states, though not Argentina, back Bachelet.", set()),
    ("All permanent members, Russia apart, back Grossi.", set()),
    ("The Europeans, not counting France, favour Bachelet.", set()),
    ("Most of the region, Brazil and Mexico included, backs Bachelet.",
     {endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("The Security Council supports Grossi.", set()),
    ("The General Assembly endorsed Bachelet.", set()),
    ("A straw poll showed two permanent members of the Security Council opposing Bachelet.", set()),
    ("The African Union endorsed Bachelet.", {endorse(BACHELET, "African Union")}),
    ("Russia vetoes Bachelet? Diplomats doubt it.", set()),
    ("China backs Grossi? Beijing is silent.", set()),
    ("Grossi quits race? His team says no.", set()),
    ("A Russian tabloid falsely claimed that France had endorsed Grossi.", set()),
    ("Moscow claimed, without offering proof, that Britain backs Grossi.", set()),
    ("There is talk in New York that the US will oppose Bachelet.", set()),
    ("Spain backs Grossi, diplomats said.", {endorse(GROSSI, "Spain")}),
    ("Russia held back from endorsing Grossi.", set()),
    ("China has refrained from backing Bachelet.", set()),
    ("Grossi is counting on Washington's support.", set()),
    ("Grossi's allies are lobbying for him to run.", set()),
    ("Chilean opposition senators oppose Bachelet's bid.", set()),
    ("Former US ambassador Samantha Power backs Bachelet.", set()),
    ("Chilean opposition senators oppose Bachelet's bid, but the Chilean government backs her.",
     {endorse(BACHELET, "Chile")}),
    ("Bachelet's withdrawal is only a matter of time, diplomats say.", set()),
    ("Grossi's withdrawal is imminent.", set()),
    ("Bachelet's withdrawal came on Thursday.", {withdrawal(BACHELET)}),
]


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_precision(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_precision(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


def test_swapping_the_excepted_state_changes_nothing(story):
    """The state left out never acts, whichever it is and whichever side of it the cue stands."""
    for state in ("Hungary", "Turkey", "Slovakia"):
        for text in (f"All allies, {state} excepted, back Rutte.", f"Several allies, though not {state}, back Rutte."):
            assert event_keys(story, NATO_TITLE, text, NATO_DAY) == set()
