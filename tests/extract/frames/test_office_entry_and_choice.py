"""Entry events (session 29, entry29): readers of the post's taking and the body's choice widened by the forms fresh
text showed, tested as invented grids in both races (no corpus sentence), about half near-misses.

- a day in its spoken form dates a scheduled taking of the post: "will take office on January the first", "on
  October the 1st" (extract/dates.py, month_ordinal); not a month before an ordinal of a noun ("became in January the
  second entrant");
- the holder's own term named before the holder is the post's, no other race: "when the second mandate of the
  Portuguese Antonio Guterres ends" (gazetteer.holder_after, as "Guterres's second term" before it);
- how a body chose, set between its verb and the object, is an insert: "appointed this Monday by acclamation X as"
  (the lexicon's inserts.manner_phrases);
- the rivals a race verb sets the person against also after a count of them and a colon ("competed against two heavy
  names of the region: A and B"), and the race entered against a rival ("entered the race last month against X");
- offering oneself as one of the race ("presented himself in March as the candidate of the east", lexicon
  candidacy.self_presenting_verbs; not "as a possible candidate", "as a candidate for mayor") and "would stand" with
  nothing after ("confirmed she would stand"; not "stand firm", "stand by", "stand for re-election as president");
- a middle verb phrase of a list of three, its report closed by the list's comma, shares the subject with the last
  ("X entered in March, argued that the east deserved a voice, and withdrew on June 20");
- the body's choice told by a participle set off after the name with only when it happened, in an article about the
  race ("X, the Dutchman chosen in June, will take office ..."; not "chosen in June as chair of the panel", "appointed
  in September 2021", "picked in June by her party", "named in December").
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import APP, TO, WD, grid_keys

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


# ---- slice 2: entering the race, told by how the person entered, left or was set against others
# the rivals a race verb sets the person against, also named after a count of them and a colon, and the race entered
# "against" a rival (lexicon candidacy.rival_verbs)
RIVALS = ["{a} competed against two heavy names of the region: {b} and {c}.",
          "{a} ran against three rivals: {b} and {c}.",
          "{a} competed against two big names: the former minister {b} and {c}."]
RIVALS_NEAR = ["{a} competed against two teams in the charity match: {b} and {c}.",
               "{a} met two heavy names of the region: {b} and {c}.",
               "{a} ran against two old friends in a charity race: {b} and {c}."]
ENTERED_AGAINST = ["{a} entered the race last month against {b}.", "{a} joined the race in March against {b}.",
                   "{a}, 61, entered the race against {b}."]
ENTERED_NEAR = ["{a} entered the room against the advice of {b}.", "{a} entered the race for mayor against {b}.",
                "{a} joined the protest in March against {b}."]
FULL = {"nato": ("Klaus Iohannis", "Mark Rutte", "Kaja Kallas"), "un": ("Rebeca Grynspan", "Michelle Bachelet", "Rafael Grossi")}


def _cands(keys):
    return {k[1] for k in keys if k[0] == "candidacy"}


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("form", RIVALS)
def test_rivals_after_a_count_and_colon(request, race, form):
    a, b, c = FULL[race]
    assert _cands(grid_keys(request, race, form.format(a=a, b=b, c=c))) >= {b, c}


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("form", RIVALS_NEAR)
def test_rivals_near_misses(request, race, form):
    a, b, c = FULL[race]
    assert not _cands(grid_keys(request, race, form.format(a=a, b=b, c=c))) & {b, c}


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("form", ENTERED_AGAINST)
def test_race_entered_against_a_rival(request, race, form):
    a, b, _ = FULL[race]
    assert _cands(grid_keys(request, race, form.format(a=a, b=b))) >= {a, b}


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("form", ENTERED_NEAR)
def test_entered_against_near_misses(request, race, form):
    a, b, _ = FULL[race]
    assert b not in _cands(grid_keys(request, race, form.format(a=a, b=b)))


# offering oneself as one of the race (lexicon candidacy.self_presenting_verbs), and "would stand" with nothing after
SELF = ["{a} presented {self} in March as the candidate of the east.", "{a} presented {self} as a candidate.",
        "{a} put {self} forward last year as the candidate of the region.", "{a} offered {self} as a contender.",
        "{a} presented {self} as a candidate for {post}.", "{a} confirmed {p} would stand.",
        "{a} said on Monday that {p} will stand."]
SELF_NEAR = ["{a} presented {self} as a possible candidate.", "{a} presented {self} as a friend of the east.",
             "{a} presented {self} as a candidate for mayor.", "{a} said {p} would stand firm.",
             "{a} said {p} would stand by her ally.", "{a} said {p} would not stand.",
             "{a} confirmed {p} would stand for re-election as president."]
PRON = {"nato": ("himself", "he", "the post"), "un": ("herself", "she", "secretary-general")}


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("form", SELF)
def test_offering_oneself(request, race, form):
    a = FULL[race][0]
    self_, p, post = PRON[race]
    assert a in _cands(grid_keys(request, race, form.format(a=a, self=self_, p=p, post=post)))


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("form", SELF_NEAR)
def test_offering_oneself_near_misses(request, race, form):
    a = FULL[race][0]
    self_, p, post = PRON[race]
    assert a not in _cands(grid_keys(request, race, form.format(a=a, self=self_, p=p, post=post)))


# a middle verb phrase of a list of three, its report ended by the list's comma, shares the subject with the last
CHAIN = ["{a} entered in March, argued that the east deserved a voice, and quietly withdrew on June 20.",
         "{a} declared in March, insisted that the region deserved the post, and pulled out last week.",
         "{a} campaigned for months, claimed that the field was open, and withdrew on Friday."]
CHAIN_NEAR = ["{a} entered in March, argued that {b} should withdraw, and {b} withdrew on June 20.",
              "{a} met Rutte in March, argued that the budget was too small, and withdrew the draft on June 20.",
              "{a} entered in March, argued that the east deserved a voice, and threatened to withdraw on June 20."]


CHAIN_CELLS = [(form, True) for form in CHAIN] + [(form, False) for form in CHAIN_NEAR]


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("form,leaves", CHAIN_CELLS, ids=[f[:40] for f, _ in CHAIN_CELLS])
def test_verb_list_across_a_report(request, race, form, leaves):
    a, b, _ = FULL[race]
    assert (WD(a) in grid_keys(request, race, form.format(a=a, b=b))) is leaves


# ---- the body's choice told by a participle set off after the name with only when it happened, in an article about
# the race ("X, the Dutchman chosen in June, will take office ..."; appointment_dated_aside)
DATED = ["{c}, chosen in June, will take office on 1 October.", "{c}, the {d} chosen in June, spoke on Monday.",
         "{c}, appointed on Monday, thanked the members.", "{c}, the {d} picked last month, arrived in New York."]
# another office after the time, a time of another race, an agent of another choice, a verb of naming only
DATED_NEAR = ["{c}, chosen in June as chair of the panel on migration, spoke on Monday.",
              "{c}, appointed in September 2021, spoke on Monday.", "{c}, the {d} picked in June by her party, spoke.",
              "{c}, named in December, spoke on Monday.", "{c}, likely to be chosen in June, spoke on Monday."]
DEMONYM = {"nato": "Dutchman", "un": "Costa Rican"}
LEADER = {"nato": "Mark Rutte", "un": "Rebeca Grynspan"}
DATED_CELLS = [(form, True) for form in DATED] + [(form, False) for form in DATED_NEAR]


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("form,chosen", DATED_CELLS, ids=[f[:40] for f, _ in DATED_CELLS])
def test_dated_participle_after_the_name(request, race, form, chosen):
    c = LEADER[race]
    assert (APP(c) in grid_keys(request, race, form.format(c=c, d=DEMONYM[race]))) is chosen
