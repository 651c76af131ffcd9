"""Other posts beside the race's and states left out of an aggregate, second slice of the twenty-fifth round (scope25,
issue 12), an invented grid in both races (forms x asides x near-misses that keep the event); none is a corpus
sentence:

- a role set beside the post after "as" is another office: "appointed X, a former minister, as deputy to the incoming
  <post>" (frames/appointment._ROLE_OF_POST), not "as the next <post>";
- a nomination with an agent after a time is not agentless: "X was nominated on Thursday by EU leaders as the bloc's
  foreign-policy chief" gives no candidacy; "was nominated on Thursday." still does, and so does a state's agency;
- "beyond" before a state leaves it out of what the clause says, as "besides" does (lexicon cues.exceptions): "Beyond
  S, which has not committed itself, most of the region leans towards X".
"""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from tests.extract.conftest import event_keys
from tests.extract.scope.test_other_races import LEAD, TITLES, _story

DAYS = {"nato": dt.date(2024, 6, 26), "un": dt.date(2026, 10, 2)}
RACES = {"nato": dict(C="Mark Rutte", S="Hungary", S2="Slovakia", body="The allies", post="NATO secretary general"),
         "un": dict(C="Rebeca Grynspan", S="Brazil", S2="Mexico", body="The General Assembly", post="UN secretary-general")}
STRANGER = "Radmila Veskova"


ROLES = ["deputy to the incoming", "an adviser to the new", "chief of staff to the", "spokesperson for the incoming"]
ASIDES = ["", ", a former defence minister,", ", 52,"]


def _cases():
    for race, p in RACES.items():
        f = lambda t, **kw: (LEAD + t).format(**p, **kw)
        app = ("appointment", p["C"], None)
        for role, aside in itertools.product(ROLES, ASIDES):
            yield race, f("{body} on Tuesday appointed {X}{aside} as {role} {post}, {C}.", X=STRANGER, aside=aside, role=role), set()
        for aside in ASIDES:
            yield race, f("{body} on Tuesday appointed {C}{aside} as the next {post}.", aside=aside), {app}
        for agent, office in itertools.product(["EU leaders", "the bloc's leaders"], ["the bloc's next foreign-policy chief",
                                                                                     "president of the European Council"]):
            yield race, f("{X}, once talked about for the post, was nominated on Thursday by {agent} as {office}.",
                          X=STRANGER, agent=agent, office=office), set()
        yield race, f("{X} was nominated on Thursday by {S} for {post}.", X=STRANGER), {
            ("candidacy", STRANGER, None), ("endorsement", STRANGER, p["S"])}
        yield race, f("{X} was formally nominated on Thursday for {post}.", X=STRANGER), {("candidacy", STRANGER, None)}
        for tail in ["most of the region's governments lean towards {C}, one envoy estimated.",
                     "every capital in the region backs {C}.", "the region's biggest economies support {C}."]:
            yield race, f("Beyond {S}, which has not committed itself, " + tail), set()
            yield race, f("Beyond {S} and {S2}, " + tail), set()
        yield race, f("Beyond the summit, {S} backs {C}."), {("endorsement", p["C"], p["S"])}
        yield race, f("{S} backs {C}, and beyond that it has promised to lobby {S2}."), {("endorsement", p["C"], p["S"])}


@pytest.mark.parametrize("race,text,expected", list(_cases()))
def test_other_posts_round25(race, text, expected):
    keys = event_keys(_story(race), TITLES[race], text, DAYS[race])
    assert keys - {("candidacy", RACES[race]["C"], None)} == expected
