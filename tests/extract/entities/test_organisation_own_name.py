"""The organisation's own name is the organisation, whatever word ends it, session 39 (lead, issue 12): the UN's
"the United Nations" ends in "Nations" and was read as the members ("UN member states", "the allies"), so a feature
that names the race only by "the United Nations" and two of its candidates, and never spells out the post, was no
article about the race once it passed a short item's length: its nominations were lost. The members' words in an
alias still make members ("UN member states back X" names no actor). Invented: a diary, a feature, a letter; half
near misses (the members' aggregate, another race at the United Nations, a sentence naming no candidate)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import event_keys

# a padding of scene-setting that names no one, so the article is longer than a short item
_SCENE = ("Rain in New York all week. The cafeteria on the second floor is full by noon, and the lifts are slow. "
          "Delegates complain about the heating and the queues at the security gate on First Avenue. ")

CASES = [
    ("Diary: a week at the United Nations",
     _SCENE + "Bachelet's people are everywhere. Wednesday. Buenos Aires formally nominates Rafael Grossi.",
     {("candidacy", "Rafael Grossi", None), ("endorsement", "Rafael Grossi", "Argentina")}),
    ("Inside the United Nations, a quiet contest",
     _SCENE + "Rebeca Grynspan is better liked than Rafael Grossi on the 38th floor. Costa Rica nominated her in the spring.",
     {("candidacy", "Rebeca Grynspan", None), ("endorsement", "Rebeca Grynspan", "Costa Rica")}),
    ("Letter from the United Nations",
     _SCENE + "Michelle Bachelet and Rafael Grossi both lunched with the Africans. Mexico has endorsed Bachelet.",
     {("endorsement", "Michelle Bachelet", "Mexico")}),
    ("The United Nations and its next leader",
     _SCENE + "Rafael Grossi has met every ambassador twice. On Monday Brazil declared its support for Michelle Bachelet.",
     {("endorsement", "Michelle Bachelet", "Brazil")}),
    ("At the United Nations, the lobbying starts",
     _SCENE + "Grossi and Grynspan were both seen at the reception. Spain threw its weight behind Grynspan.",
     {("endorsement", "Rebeca Grynspan", "Spain")}),
    # near misses: no event
    ("Diary: a week at the United Nations",
     _SCENE + "Bachelet and Grossi were at the reception. UN member states back Grossi, one diplomat guesses.", set()),
    ("Diary: a week at the United Nations",
     _SCENE + "Bachelet and Grossi were at the reception. Most member states will back Grossi, analysts say.", set()),
    ("A week at the United Nations",
     _SCENE + "Bachelet and Grossi were at the reception. The High Commissioner for Refugees was re-elected, "
              "with Chile backing her.", set()),
    ("A week at the United Nations",
     _SCENE + "Bachelet and Grossi were at the reception. Argentina could nominate Grossi if Washington agrees.", set()),
    ("A week at the United Nations",
     _SCENE + "Bachelet and Grossi were at the reception. Brazil has yet to say whom it backs.", set()),
]


@pytest.mark.parametrize("title,text,expected", CASES, ids=[f"{i}-{c[2] and 'event' or 'none'}" for i, c in enumerate(CASES)])
def test_feature_naming_the_organisation_by_its_own_name(un_story, title, text, expected):
    keys = event_keys(un_story, title, text, dt.date(2026, 5, 4))
    assert {(t, s, a if t in ("endorsement", "opposition") else None) for t, s, a in keys} == expected


def test_the_members_words_of_an_alias_stay_members(un_story):
    # "UN member states" (an alias ending in a members' word) acts as no one
    text = _SCENE + "Bachelet and Grossi were at the reception. UN member states support Grossi."
    assert not event_keys(un_story, "A week at the United Nations", text, dt.date(2026, 5, 4))
