"""The owner of a bid with modifiers between it and the noun (prec42, issue 12): "Lima backed her rather late bid",
"Spain supports his somewhat unlikely candidacy", "Ankara endorsed the Argentine's long-shot bid" read as "her bid",
"his candidacy", "the Argentine's bid" (extract/bid_modifiers.py). Invented grids in both races, half near misses:
another verb, a negation not yet taken or a modal, another owner ("his team's late bid"), another office ("his
presidential bid").
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("Mark Rutte is running. Ankara backed his rather late bid.",
     {("candidacy", "Mark Rutte", None), ("endorsement", "Mark Rutte", "Turkey")}),
    ("Mark Rutte is running. Spain supports his somewhat unlikely candidacy.",
     {("candidacy", "Mark Rutte", None), ("endorsement", "Mark Rutte", "Spain")}),
    ("Mark Rutte is running. Warsaw endorsed the Dutchman's long-shot bid.",
     {("candidacy", "Mark Rutte", None), ("endorsement", "Mark Rutte", "Poland")}),
    ("Mark Rutte is running. Paris endorsed his long-shot and rather late bid.",
     {("candidacy", "Mark Rutte", None), ("endorsement", "Mark Rutte", "France")}),
    ("Mark Rutte is running. Budapest will not back his rather late bid.",
     {("candidacy", "Mark Rutte", None), ("opposition", "Mark Rutte", "Hungary")}),
    # near misses
    ("Mark Rutte is running. Ankara mocked his rather late bid.", {("candidacy", "Mark Rutte", None)}),
    ("Mark Rutte is running. Spain has yet to back his somewhat unlikely candidacy.", {("candidacy", "Mark Rutte", None)}),
    ("Mark Rutte is running. Warsaw could endorse the Dutchman's long-shot bid.", {("candidacy", "Mark Rutte", None)}),
    ("Mark Rutte is running. Paris endorsed his team's rather late bid.", {("candidacy", "Mark Rutte", None)}),
    ("Mark Rutte is running. Berlin derided the Dutchman's rather late bid.", {("candidacy", "Mark Rutte", None)}),
]
UN = [
    ("Michelle Bachelet is running. Lima backed her rather late bid.",
     {("candidacy", "Michelle Bachelet", None), ("endorsement", "Michelle Bachelet", "Peru")}),
    ("Rafael Grossi is running. Spain supports his somewhat unlikely candidacy.",
     {("candidacy", "Rafael Grossi", None), ("endorsement", "Rafael Grossi", "Spain")}),
    ("Rafael Grossi is running. Ankara endorsed the Argentine's long-shot bid.",
     {("candidacy", "Rafael Grossi", None), ("endorsement", "Rafael Grossi", "Turkey")}),
    ("Rafael Grossi is running. Ankara endorsed his surprisingly strong bid.",
     {("candidacy", "Rafael Grossi", None), ("endorsement", "Rafael Grossi", "Turkey")}),
    ("Michelle Bachelet is running. Lima did not endorse her very late bid.",
     {("candidacy", "Michelle Bachelet", None), ("opposition", "Michelle Bachelet", "Peru")}),
    # near misses
    ("Michelle Bachelet is running. Lima ridiculed her rather late bid.", {("candidacy", "Michelle Bachelet", None)}),
    ("Rafael Grossi is running. Spain might support his somewhat unlikely candidacy.", {("candidacy", "Rafael Grossi", None)}),
    ("Rafael Grossi is running. Ankara endorsed the Argentine's presidential bid.", {("candidacy", "Rafael Grossi", None)}),
    ("Rafael Grossi is running. Ankara endorsed his deputy's late bid.", {("candidacy", "Rafael Grossi", None)}),
    ("Michelle Bachelet is running. Lima has not yet endorsed her rather late bid.",
     {("candidacy", "Michelle Bachelet", None)}),
]


@both_races(NATO, UN)
def test_modified_bid_owner(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
