"""Appointment days (session 31, miss31): a day said from the article's own ("yesterday", "today", "this morning",
"yesterday afternoon") stands in the appointment frame wherever a named day may ("appointed X on Wednesday"): after the
object of the choosing verb, between a participle set off after the name and its agent, and as the only time of such
an aside. Tested as invented grids in both races (no corpus sentence), about half near-misses: the day does not make a
choice of another office, a wish, an expectation or a choice still to come into the post's.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import APP, grid_keys

PERSON = {"nato": "Mark Rutte", "un": "Rebeca Grynspan"}
BODY = {"nato": ("The North Atlantic Council", "NATO allies", "the allies"),
        "un": ("The General Assembly", "The UN General Assembly", "the General Assembly")}
DAYS = ["yesterday", "today", "this morning", "yesterday afternoon", "earlier this evening"]


def _appointed(keys, person):
    return any(k[0] == "appointment" and k[1] == person for k in keys)


# ---- after the object of the choosing verb
ACTIVE = ["{b} appointed {a} {d}.", "{b} formally appointed {a} {d}, ending months of talks.",
          "{b} chose {a} {d}.", "{b} unanimously appointed {a} {d} and will hold a ceremony next week."]
ACTIVE_NEAR = ["{b} appointed {a} {d} as its envoy to the Sahel.", "{b} picked {a} {d} to chair a panel on water.",
               "{b} is expected to appoint {a} {d}.", "{b} could appoint {a} {d}.", "{b} may appoint {a} {d}.",
               "{b} praised {a} {d}."]


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", ACTIVE)
@pytest.mark.parametrize("day", DAYS[:3])
def test_day_after_the_object(request, race, form, day):
    a, b = PERSON[race], BODY[race][0]
    assert _appointed(grid_keys(request, race, form.format(a=a, b=b, d=day)), a)


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", ACTIVE_NEAR)
@pytest.mark.parametrize("day", DAYS[:3])
def test_day_after_the_object_near_misses(request, race, form, day):
    a, b = PERSON[race], BODY[race][0]
    assert not _appointed(grid_keys(request, race, form.format(a=a, b=b, d=day)), a)


# ---- a participle set off after the name: the day before its agent, or the day alone
ASIDE = ["{a}, appointed {d} by {c}, will take office in the new year.",
         "{a}, chosen {d} by {c}, thanked the members.",
         "{a}, chosen {d}, thanked the members.", "{a}, appointed {d}, will take office in the new year."]
ASIDE_NEAR = ["{a}, elected {d} to the board of a charity, thanked the members.",
              "{a}, named {d} as special envoy for water, thanked the members.",
              "{a}, criticised {d} by {c}, thanked the members.",
              "{a}, appointed {d} to chair a panel, thanked the members.",
              "{a}, who could be chosen {d}, thanked the members."]


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", ASIDE)
@pytest.mark.parametrize("day", DAYS)
def test_day_in_the_participle_aside(request, race, form, day):
    a, c = PERSON[race], BODY[race][2]
    assert _appointed(grid_keys(request, race, form.format(a=a, c=c, d=day)), a)


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", ASIDE_NEAR)
@pytest.mark.parametrize("day", DAYS)
def test_day_in_the_participle_aside_near_misses(request, race, form, day):
    a, c = PERSON[race], BODY[race][2]
    assert not _appointed(grid_keys(request, race, form.format(a=a, c=c, d=day)), a)
