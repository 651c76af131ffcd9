"""Withdrawal forms of the twenty-fifth round (scope25, issue 12), tested as invented grids in both races (forms x
inserts and asides x near-misses that must give no withdrawal); none is a corpus sentence:

- the leaving as a noun the candidate owns, with up to two adjectives ("after X's graceful exit in August", "the sudden
  exit of X from the race"; lexicon withdrawal.nouns), not one that leaves it unsettled ("X's possible exit",
  withdrawal.unsettled_modifiers), another exit ("X's other exit") or another office left ("X's exit from the
  cabinet", "as party leader");
- a leaving verb that also leaves offices ("stepped aside", "stood aside") dated before its name ("Two days later X,
  his only declared rival, stepped aside.") or inside a subordinate clause the comma closes ("When X stepped aside in
  September, S backed Y"), not with another office after it or no date at all;
- a manner of "without" that negates nothing is an aside the insert reader leaves out ("pulled, without fuss, out of
  the race"; lexicon cues.pseudo_cues);
- gapping: a second leaver with only a date after "and" ("Y withdrew in August, and X in September"), not after a verb
  that is no leaving or a modal one.
"""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from tests.extract.conftest import event_keys

TITLES = {"nato": "The race to lead NATO", "un": "The race for UN Secretary-General"}
DAYS = {"nato": dt.date(2024, 7, 16), "un": dt.date(2026, 10, 10)}
PEOPLE = {"nato": dict(C="Klaus Iohannis", D="Kaja Kallas", his="his", S="Hungary", post="NATO secretary general",
                       office="president"),
          "un": dict(C="Michelle Bachelet", D="Rafael Grossi", his="her", S="Brazil", post="UN secretary-general",
                     office="high commissioner")}
LEAD = "{C} and {D} are both running for {post}. "

ADJECTIVES = ["", "graceful ", "sudden ", "quiet, dignified "]
NOUN_FORMS = ["After {C}'s {adj}exit{when} the contest has narrowed.", "{S} waited, and after {C}'s {adj}withdrawal{when}, it backed {D}.",
              "The {adj}exit of {C} from the race{when} changed the contest."]
NOUN_MISSES = ["After {C}'s possible exit the contest would narrow.", "{C}'s threatened withdrawal never came.",
               "Talk of {C}'s imminent exit grew in the capital.", "{C}'s exit from the cabinet was announced in May.",
               "{C}'s exit as {office} was announced in May.", "{C}'s other exit, from national politics, came in May."]
WHENS = ["", " in August", " last week"]

FRONTED = ["Two days later {C}{aside} stepped aside.", "Two days later {C}{aside} stepped aside, and {S} backed {D}.", "In September {C}{aside} stood aside.",
           "When {C}{aside} stepped aside in September, {S} backed {D}.",
           "Once {C}{aside} stepped aside last week, {S} backed {D}."]
ASIDES = ["", ", {his} only declared rival,", ", who had entered in March,"]
FRONTED_MISSES = ["Two days later {C} stepped aside as party leader.", "Two days later {C} stepped aside, citing his health.", "When {C} stepped aside as {office} in May, {S} backed {D}.",
                  "{C} stepped aside.", "When {C} stepped aside in September, handing power to a deputy, {S} backed {D}.",
                  "Two days later {C} stepped aside to let a deputy run the party."]

INSERTED = ["{C} pulled, without fuss, out of the race{when}.", "{C} pulled, without ceremony, out of the race{when}.",
            "{C}, without fanfare, pulled out of the race{when}.", "{C} bowed, without bitterness, out of the race{when}."]
INSERTED_MISSES = ["{C} will not, without a fight, pull out of the race.", "{C} pulled, without support, the plug on a summit."]

GAPPED = ["{D} withdrew in August, and {C} in September.", "{D} pulled out of the race in June and {C} a week later.",
          "{D} quit the race in June and then {C} in July, and {S} backed nobody."]
GAPPED_MISSES = ["{D} would withdraw in August, and {C} in September.", "{D} visited {S} in August, and {C} in September.",
                 "{D} threatened to quit in June, and {C} in July.", "{D} stepped aside as {office} in August, and {C} in September."]


def _cases():
    for race, p in PEOPLE.items():
        f = lambda t, **kw: (LEAD + t).format(**p, **kw)
        wc = {("withdrawal", p["C"], None)}
        for form, adj, when in itertools.product(NOUN_FORMS, ADJECTIVES, WHENS):
            yield race, f(form, adj=adj, when=when), wc
        for form in NOUN_MISSES:
            yield race, f(form), set()
        for form, aside in itertools.product(FRONTED, ASIDES):
            yield race, f(form, aside=aside.format(**p)), wc
        for form in FRONTED_MISSES:
            yield race, f(form), set()
        for form, when in itertools.product(INSERTED, WHENS):
            yield race, f(form, when=when), wc
        for form in INSERTED_MISSES:
            yield race, f(form), set()
        for form in GAPPED:
            yield race, f(form), wc | {("withdrawal", p["D"], None)}
        for form in GAPPED_MISSES:
            yield race, f(form), set()


def _withdrawals(race, text):
    from tests.extract.conftest import load_story, ROOT
    story = _STORIES.setdefault(race, load_story(ROOT / "config" / "stories" / (
        "nato-secretary-general.yaml" if race == "nato" else "un-secretary-general-2026.yaml")))
    return {k for k in event_keys(story, TITLES[race], text, DAYS[race]) if k[0] == "withdrawal"}


_STORIES: dict = {}


@pytest.mark.parametrize("race,text,expected", list(_cases()))
def test_withdrawal_forms_round25(race, text, expected):
    assert _withdrawals(race, text) == expected
