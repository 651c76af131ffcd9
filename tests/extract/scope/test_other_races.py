"""Candidates of other elections in an article about the race (scope25, issue 12), an invented grid in both races
(candidate-noun forms x the owner of the noun x near-misses); none is a corpus sentence. A candidate noun owned by a
party or a political side is a candidate of another election and gives no candidacy (frames/candidacy_checks
._party_owned): "of the governing X party" after it (grammar.party_of, also when the party's name reads as a name),
a side's possessive before it ("the liberals' lead candidates", "Labour's candidate"), or "their"/"its" after a
party the sentence names first ("The Liberal Democrats ... where X is their candidate"); "its candidate" after a
state is still that state's nominee.
"""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from tests.extract.conftest import ROOT, event_keys, load_story

TITLES = {"nato": "The race to lead NATO", "un": "The race for UN Secretary-General"}
DAYS = {"nato": dt.date(2024, 3, 16), "un": dt.date(2026, 5, 10)}
RACES = {"nato": dict(C="Mark Rutte", S="Hungary", post="NATO secretary general", story="nato-secretary-general.yaml"),
         "un": dict(C="Rebeca Grynspan", S="Brazil", post="UN secretary-general", story="un-secretary-general-2026.yaml")}
LEAD = "{C} is running for {post}. "
STRANGERS = ["Anna Vellinga", "Tomas Brenner"]

PARTY_OWNED = ["{X}, the candidate of the governing {party} party, said the vote would be close.",
               "{X}, the candidate of the opposition {party} Party, spoke on Monday.",
               "The {side}s' slate of lead candidates, led by {X}, had a good night.",
               "{Side}'s candidate, {X}, won the seat.",
               "The {Side} Democrats are campaigning hard in the north, where {X} is their candidate.",
               "The {Side} Party is fighting every seat; in the capital {X} is its candidate."]
PARTIES = ["Pueblo Unido", "Civic Renewal", "green"]
SIDES = ["liberal", "conservative", "socialist"]
# a state's own candidate, and the race's own field, stay candidacies
KEPT = [("Ruritania says {X} is its candidate for {post}.", True),
        ("The {Side} Democrats lost the vote, and {S} said {X} is its candidate for {post}.", True),
        ("{X}, the candidate of {S} for {post}, spoke on Monday.", True)]


def _story(race, cache={}):
    if race not in cache:
        cache[race] = load_story(ROOT / "config" / "stories" / RACES[race]["story"])
    return cache[race]


def _cases():
    for race, p in RACES.items():
        for form, x, (party, side) in itertools.product(PARTY_OWNED, STRANGERS, zip(PARTIES, SIDES)):
            text = (LEAD + form).format(**p, X=x, party=party, side=side, Side=side.capitalize())
            yield race, text, x, False
        for (form, kept), x in itertools.product(KEPT, STRANGERS):
            text = (LEAD + form).format(**p, X=x, Side="Liberal")
            yield race, text, x, kept


@pytest.mark.parametrize("race,text,person,candidate", list(_cases()))
def test_party_candidates_round25(race, text, person, candidate):
    keys = event_keys(_story(race), TITLES[race], text, DAYS[race])
    assert (("candidacy", person, None) in keys) is candidate
    assert ("candidacy", RACES[race]["C"], None) in keys


# a state right after a subject's verb is that verb's object, not the actor of a second verb joined by "and"
# (frames/candidacy_checks._OBJECT_OF_SUBJECT): "X, who has led S for years and declared his candidacy" is no
# nomination by S; "S waited for months and declared the candidacy of X" still is
OBJECT_VERBS = ["has led", "governed", "had served", "once ruled"]
PEOPLE = {"nato": ("Klaus Iohannis", "Romania", "his"), "un": ("Rafael Grossi", "Argentina", "his")}


def _object_cases():
    for race, (c, s, his) in PEOPLE.items():
        for verb in OBJECT_VERBS:
            yield race, f"{c}, who {verb} {s} for years and declared {his} candidacy in March, spoke on Monday.", c, s, False
        yield race, f"{s} waited for months and declared the candidacy of {c} in March.", c, s, True
        yield race, f"{s} consulted its partners and formally presented the candidacy of {c}.", c, s, True


@pytest.mark.parametrize("race,text,person,state,backed", list(_object_cases()))
def test_state_as_object_round25(race, text, person, state, backed):
    keys = event_keys(_story(race), TITLES[race], (LEAD + text).format(**RACES[race]), DAYS[race])
    assert (("endorsement", person, state) in keys) is backed


# a list of candidates a body the story does not know chose is of another election (frames/base.OTHER_BODY_SUBJECT):
# "The Committee of Ministers shortlisted three candidates: A, ...; B, ...; and C"; the race's own body still lists
# the race's field
BODIES = ["The Committee of Ministers", "The Nobel Committee", "The Board of Governors"]
LISTS = ["shortlisted three candidates in the spring: {A}, a former minister; {B}, a judge; and {X}, a diplomat.",
         "shortlisted three candidates: {A}, {B} and {X}.",
         "has shortlisted three candidates: {A}, a former minister, {B} and {X}."]
OWN_BODY = {"nato": "The North Atlantic Council heard two candidates on Monday: Mark Rutte and Klaus Iohannis.",
            "un": "The General Assembly heard three candidates: Rebeca Grynspan, Rafael Grossi and Michelle Bachelet."}


def _body_cases():
    for race in RACES:
        for body, form in itertools.product(BODIES, LISTS):
            yield race, f"{body} {form}".format(A="Anna Vellinga", B="Tomas Brenner", X="Lena Okafor"), set()
        names = OWN_BODY[race].split(": ")[1].rstrip(".").replace(" and ", ", ").split(", ")
        yield race, OWN_BODY[race], {("candidacy", n, None) for n in names if n != RACES[race]["C"]}


@pytest.mark.parametrize("race,text,expected", list(_body_cases()))
def test_other_body_lists_round25(race, text, expected):
    keys = event_keys(_story(race), TITLES[race], (LEAD + text).format(**RACES[race]), DAYS[race])
    assert keys - {("candidacy", RACES[race]["C"], None)} == expected
