"""Entry events (session 29, entry29): readers of the post's taking and the body's choice widened by the forms fresh
text showed, tested as invented grids in both races (no corpus sentence), about half near-misses.

- a day in its spoken form dates a scheduled taking of the post: "will take office on January the first", "on
  October the 1st" (extract/dates.py, month_ordinal); not a month before an ordinal of a noun ("became in January the
  second entrant");
- the holder's own term named before the holder is the post's, no other race: "when the second mandate of the
  Portuguese Antonio Guterres ends" (gazetteer.holder_after, as "Guterres's second term" before it);
- how a body chose, set between its verb and the object, is an insert: "appointed this Monday by acclamation X as"
  (the lexicon's inserts.manner_phrases).
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import APP, TO, grid_keys

RACES = {
    "nato": dict(c=("Mark Rutte", "Klaus Iohannis"), body="The North Atlantic Council", post="the next NATO secretary general",
                 holder="Jens Stoltenberg", holder_label="the Norwegian Jens Stoltenberg", year="2024"),
    "un": dict(c=("Rebeca Grynspan", "Rafael Grossi"), body="The General Assembly", post="the next secretary-general",
               holder="Antonio Guterres", holder_label="the Portuguese Antonio Guterres", year="2026"),
}

# ---- a day in its spoken form dates a scheduled taking of the post
DAYS = ["on January the first", "on October the 1st", "on Tuesday, October the first", "on the first of October"]
TAKES = ["{c} will take office {day}.", "{c} will take office {day}, succeeding {holder}.",
         "{c}, 61, will assume the post {day}.", "{c} is due to take over {day}."]
# the same verbs where nothing is scheduled as fact, or the day is no day
TAKES_NEAR = ["{c} could take office {day}.", "{c} hopes to take office {day}.",
              "{c} will take office if chosen, perhaps {day}.", "{c} will take office in January, the first woman to do so."]


def _cells(forms, days):
    return [(r, f, d) for r in RACES for f in forms for d in days]


@pytest.mark.parametrize("race,form,day", _cells(TAKES, DAYS), ids=[f"{r}-{f[:30]}-{d}" for r, f, d in _cells(TAKES, DAYS)])
def test_spoken_day_schedules_the_taking(request, race, form, day):
    r = RACES[race]
    assert TO(r["c"][0]) in grid_keys(request, race, form.format(c=r["c"][0], day=day, holder=r["holder"]))


NEAR_CELLS = _cells(TAKES_NEAR[:3], DAYS[:2]) + [(r, TAKES_NEAR[3], "") for r in RACES]


@pytest.mark.parametrize("race,form,day", NEAR_CELLS, ids=[f"{r}-{f[:30]}-{d}" for r, f, d in NEAR_CELLS])
def test_spoken_day_near_misses(request, race, form, day):
    r = RACES[race]
    assert TO(r["c"][0]) not in grid_keys(request, race, form.format(c=r["c"][0], day=day, holder=r["holder"]))


def test_month_before_an_ordinal_of_a_noun_is_no_day():
    import datetime as dt

    from natowatch.extract.dates import find_dates
    got = [(d.date, d.precision) for d in find_dates("She became in January the second declared entrant.",
                                                       dt.date(2026, 9, 30))]
    assert got == [(dt.date(2026, 1, 1), "month")]
    got = [(d.date, d.precision) for d in find_dates("She will take office on January the first, as planned.",
                                                       dt.date(2026, 9, 30))]
    assert got == [(dt.date(2027, 1, 1), "day")]


# ---- the holder's own term named before the holder
TERM = ["{c} will assume the post on 1 January, when the second mandate of {holder} ends.",
        "{c} will take office on 1 October, when the second term of {label} ends.",
        "{c} takes over on 1 October, at the end of the second mandate of {holder}."]
# another holder's term, or the candidate's own term elsewhere, is another race
TERM_NEAR = ["{c} will assume the post on 1 January, when the second mandate of {other} ends.",
             "{c} will begin a second term of {c2} on 1 October.",
             "{c} will take office on 1 October, when the third term of the prime minister ends."]


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("form", TERM)
def test_holders_term_named_before_the_holder(request, race, form):
    r = RACES[race]
    assert TO(r["c"][0]) in grid_keys(request, race, form.format(c=r["c"][0], holder=r["holder"], label=r["holder_label"]))


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("form", TERM_NEAR)
def test_another_term_near_misses(request, race, form):
    r = RACES[race]
    assert TO(r["c"][0]) not in grid_keys(request, race, form.format(c=r["c"][0], other=r["c"][1], c2="office as president"))


# ---- how a body chose, between its verb and the object
MANNERS = ["by acclamation", "this Monday by acclamation", "on Wednesday by consensus", "by a unanimous vote"]
CHOICE = ["{body} appointed {m} {c} as {post}.", "{body} elected {m} {c} as {post}.",
          "{body} named {m} {c} {post}."]
# the same inserts where nothing of the post is chosen
CHOICE_NEAR = ["{body} appointed {m} {c} as chair of its panel on migration.",
               "{body} thanked {m} {c} for her service.", "{body} approved {m} a budget for {c2}'s office.",
               "{body} could appoint {m} {c} as {post}."]


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("form", CHOICE)
@pytest.mark.parametrize("manner", MANNERS)
def test_manner_between_verb_and_object(request, race, form, manner):
    r = RACES[race]
    assert APP(r["c"][0]) in grid_keys(request, race, form.format(body=r["body"], m=manner, c=r["c"][0], post=r["post"]))


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("form", CHOICE_NEAR)
@pytest.mark.parametrize("manner", MANNERS[:2])
def test_manner_near_misses(request, race, form, manner):
    r = RACES[race]
    keys = grid_keys(request, race, form.format(body=r["body"], m=manner, c=r["c"][0], c2=r["c"][1], post=r["post"]))
    assert APP(r["c"][0]) not in keys and APP(r["c"][1]) not in keys
