"""Unlisted candidates who hold an office, session 28 (refs28). Each mechanism is tested with invented articles of both
races (no corpus sentence), about half of the cases near-misses that must give no event of the titled name:

- a name after a sitting office's title ("Slovenian Prime Minister Janez Kos") is a state's office holder, whom
  discovery does not propose, unless the sentence lists it in the race's field: an item of a list that a plural
  noun of candidates opens with a colon, a comma or a dash ("leaves three candidates in the race: A, B and Slovenian
  Prime Minister X", "the other two contenders, A and President X,", "Three candidates remain - A, B and President X -");
  the rules then state them in the race as they state any listed name (discover.Proposer.field_list).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand
from tests.extract.conftest import event_keys

NATO_DAY, UN_DAY = dt.date(2024, 3, 12), dt.date(2026, 7, 2)
NATO_TITLE, UN_TITLE = "The race for NATO's top job", "The race for UN secretary-general"

# (race, listed candidates A and B, the titled unlisted name, its title with its state)
PEOPLE = {
    "nato": ("Mark Rutte", "Klaus Iohannis", [("Janez Kos", "Slovenian Prime Minister"), ("Ivo Maric", "Croatia President")]),
    "un": ("Rafael Grossi", "Rebeca Grynspan", [("Sela Tuilagi", "Fijian Prime Minister"), ("Rosa Quintero", "Panama President")]),
}

# the titled name listed in the field: stated in the race
LISTED = [
    "The withdrawal leaves three candidates in the race: {A}, {B} and {T} {X}.",
    "The withdrawal leaves three candidates: {A}, who topped the poll; {T} {X}; and {B}.",
    "Officials declined to say how they viewed the other two contenders, {A} and {T} {X}, saying only that they respect them.",
    "Three candidates remain - {A}, {B} and {T} {X} - after the second round.",
    "The three remaining candidates, {A}, {B} and {T} {X}, will face questions next week.",
]
# the titled name not in the field: an office holder, no candidacy of theirs
NOT_LISTED = [
    "The candidates met {T} {X} on Monday.",
    "Two candidates, {A} and {B}, met {T} {X} on Monday.",
    "After the candidates spoke, {T} {X} closed the session.",
    "The summit's hosts: {T} {X} and the mayor of the city.",
    "{T} {X} said the three candidates, {A}, {B} and a third, were all strong.",
    "{A} and {B} are candidates; {T} {X} praised them both.",
]


def _cases(race, forms, listed):
    a, b, people = PEOPLE[race]
    for x, t in people:
        for form in forms:
            yield race, form.format(A=a, B=b, T=t, X=x), x, listed


CASES = [c for race in ("nato", "un") for forms, listed in ((LISTED, True), (NOT_LISTED, False))
         for c in _cases(race, forms, listed)]


@pytest.mark.parametrize("race,text,name,listed", CASES)
def test_a_titled_name_in_the_field_list(request, race, text, name, listed):
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    title, day = (NATO_TITLE, NATO_DAY) if race == "nato" else (UN_TITLE, UN_DAY)
    keys = event_keys(story, title, text, day)
    assert (cand(name) in keys) is listed, text

