"""Precision on fresh text, session 28 (prec28, issue 12): invented grids in both races (forms x asides x aims or
times x near-misses, about half giving no event); none is a corpus sentence.

- a nomination for something else than the post is none, also with an aside on the person between the name and the
  aim (candidacy_checks._aside_on: "S nominated X, then its president, for the human rights post", the reading's own
  role token ", ⟨C⟩," of the same person; Grammar.other_office_aim read after the aside: "to chair a panel on debt");
- an act of entering the race after "will" with a time to come in its clause is planned, not done
  (Grammar.entering_act, future_aux_before, time_to_come; candidacy_checks._planned_entry): "S will nominate X next
  month", "X will declare his candidacy within days", as "S is set to nominate X" already was; with no time to come
  ("S will nominate X, officials confirmed") or a past ("nominated X last week") the act stands;
- a state set aside by a contrast in time ("S, but not yet T, backs X", "S, though not yet T, ...") does not act, and a
  contrasted state is no teller of "it" ("S, not T, says it backs X": spans.CONTRAST_ASIDE, lexicon contrast_phrases,
  references._TELLER_ASIDE).
"""
from __future__ import annotations

import itertools

import pytest

RACES = {
    "nato": dict(C="Mark Rutte", c="Rutte", his="his", S="The Netherlands", Sc="The Hague", T="Hungary", Tc="Budapest",
                 post="NATO secretary general", role="prime minister"),
    "un": dict(C="Rebeca Grynspan", c="Grynspan", his="her", S="Costa Rica", Sc="San Jose", T="Chile", Tc="Santiago",
               post="UN secretary-general", role="vice-president"),
}

# ---- a nomination with an aside on the person, then what it is for
NOMINATIONS = ["{S} nominated {C}", "{S} put forward {C}", "{S} proposed {C}", "{Sc} formally nominated {c}"]
ASIDES = [", then its {role},", ", its former {role},", ", now head of a trade agency,"]
AIMS_ELSEWHERE = [" for the human rights post in 2018.", " as chair of a regional development fund.",
                  " for a seat on the board of a development bank.", " to chair a panel on debt relief.",
                  " as its next European commissioner."]
AIMS_POST = [" for {post}.", " as its candidate for {post}.", " on Monday."]


def _nomination_cases():
    for (race, p), form, aside, aim in itertools.product(RACES.items(), NOMINATIONS, ASIDES, AIMS_ELSEWHERE + AIMS_POST):
        yield race, (form + aside + aim).format(**p), p["C"], p["S"], aim in AIMS_POST


@pytest.mark.parametrize("race,text,cand,state,stated", list(_nomination_cases()))
def test_nomination_aim_after_aside_round28(race_keys, race, text, cand, state, stated):
    keys = race_keys(race, text)
    assert (("candidacy", cand, None) in keys) is stated
    assert (("endorsement", cand, state.removeprefix("The ")) in keys) is stated


# ---- an act of entering the race after "will": planned when a time to come is in its clause
ENTERING = ["{S} will nominate {C}", "{Sc} will formally put forward {c}", "{c} will declare {his} candidacy",
            "{C} will announce {his} bid", "{S} will put {c} forward"]
TIMES_TO_COME = [" next week.", " within days, officials said.", " in the coming weeks.", " later this month.",
                 " soon, diplomats said."]
DONE = [", officials confirmed.", " last week.", " on Monday, officials said."]


def _planned_cases():
    for (race, p), form, when in itertools.product(RACES.items(), ENTERING, TIMES_TO_COME + DONE):
        text = form + when
        if when in DONE and " last week" in when:
            text = (form.replace("will nominate", "nominated").replace("will formally put forward", "formally put forward")
                    .replace("will declare", "declared").replace("will announce", "announced").replace("will put", "put") + when)
        yield race, text.format(**p), p["C"], when in DONE


@pytest.mark.parametrize("race,text,cand,stated", list(_planned_cases()))
def test_planned_entry_round28(race_keys, race, text, cand, stated):
    assert (("candidacy", cand, None) in race_keys(race, text)) is stated


# other futures are as they were: a stated intention to run, a stance for later, an office taken on a day to come
@pytest.mark.parametrize("race,text,key", [
    ("nato", "Rutte will run for NATO secretary general next year.", ("candidacy", "Mark Rutte", None)),
    ("un", "Grynspan will run for UN secretary-general next year.", ("candidacy", "Rebeca Grynspan", None)),
    ("nato", "Latvia said it will support Rutte next month.", ("endorsement", "Mark Rutte", "Latvia")),
    ("un", "Costa Rica said it will support Grynspan next month.", ("endorsement", "Rebeca Grynspan", "Costa Rica")),
])
def test_other_futures_round28(race_keys, race, text, key):
    assert key in race_keys(race, text)


# ---- a contrast sets a state aside, in time too
CONTRASTS = ["{S}, but not yet {T}, backs {C}.", "{S}, and not yet {T}, supports {C}.", "{S}, though not yet {T}, backs {C}.",
             "{S}, not {T}, says it backs {C}.", "{Sc}, but not {Tc}, said it would back {c}.",
             "{S}, rather than {T}, says it supports {C}."]
NOT_CONTRASTS = ["{S} and {T} back {C}.", "{S}, as well as {T}, backs {C}."]


def _contrast_cases():
    for (race, p), form in itertools.product(RACES.items(), CONTRASTS):
        yield race, form.format(**p), p["C"], p["S"], p["T"], False
    for (race, p), form in itertools.product(RACES.items(), NOT_CONTRASTS):
        yield race, form.format(**p), p["C"], p["S"], p["T"], True


@pytest.mark.parametrize("race,text,cand,state,other,other_acts", list(_contrast_cases()))
def test_contrast_in_time_round28(race_keys, race, text, cand, state, other, other_acts):
    keys = race_keys(race, text)
    assert ("endorsement", cand, state.removeprefix("The ")) in keys
    assert (("endorsement", cand, other) in keys) is other_acts


# ---- an act weighed: a verb of weighing right before the act's gerund (Scope.weighed_act, cues.weighing_verbs)
WEIGHED = ["{S} considered nominating {C}.", "{Sc} is mulling backing {c}.", "{S} has been weighing endorsing {C}.",
           "{c} considered running for {post}.", "{S} contemplated putting {c} forward.", "{Sc} is debating supporting {c}."]
# the weighing verb is no part of the act's clause: the act stands
NOT_WEIGHED = ["{S}, after considering its options, is backing {C}.", "{S} considered the matter and now backs {C}.",
               "{Sc} weighed its choice for weeks before backing {c} on Monday."]


def _weighed_cases():
    for (race, p), form in itertools.product(RACES.items(), WEIGHED):
        yield race, form.format(**p), p["C"], False
    for (race, p), form in itertools.product(RACES.items(), NOT_WEIGHED):
        yield race, form.format(**p), p["C"], True


@pytest.mark.parametrize("race,text,cand,stated", list(_weighed_cases()))
def test_weighed_act_round28(race_keys, race, text, cand, stated):
    keys = race_keys(race, text)
    assert any(k[0] in ("candidacy", "endorsement") and k[1] == cand for k in keys) is stated


# ---- a report its author's relative clause tells, denied after it (Scope: shown_denied after report_that's relative)
REPORTS = ["Reports by a website, which said {Sc} would back {c}, were denied by the government.",
           "A claim by a newspaper, which wrote that {S} supports {C}, was dismissed by officials.",
           "Rumours spread by a blogger, who claimed {S} backs {C}, were rejected by the foreign ministry.",
           "A story by a tabloid, which claimed that {Sc} backs {c}, was flatly denied by the government."]
# not denied: the report stands as reported
REPORTS_STANDING = ["A story by a tabloid, which claimed that {Sc} backs {c}, was picked up by other outlets.",
                    "A report by a newspaper, which said {S} supports {C}, was published on Monday."]


def _report_cases():
    for (race, p), form in itertools.product(RACES.items(), REPORTS):
        yield race, form.format(**p), p["C"], p["S"], False
    for (race, p), form in itertools.product(RACES.items(), REPORTS_STANDING):
        yield race, form.format(**p), p["C"], p["S"], True


@pytest.mark.parametrize("race,text,cand,state,stated", list(_report_cases()))
def test_denied_report_relative_round28(race_keys, race, text, cand, state, stated):
    assert (("endorsement", cand, state.removeprefix("The ")) in race_keys(race, text)) is stated


# ---- a condition opening a quotation ("'If they asked me, ...'"): the quote mark hides no "if" (Scope: left_c read
# without quote marks)
QUOTED_CONDITIONS = ["'If the member states asked me, I would be honoured to serve,' {c} said.",
                     "\"If {S} asks me, I will run,\" {c} said.",
                     "\"If they ask, we would back {c},\" {S}'s foreign minister said."]
QUOTED_FACTS = ["\"I am a candidate for {post},\" {c} said.", "\"We back {c},\" {S}'s foreign minister said."]


def _quoted_cases():
    for (race, p), form in itertools.product(RACES.items(), QUOTED_CONDITIONS):
        yield race, form.format(**p), p["C"], False
    for (race, p), form in itertools.product(RACES.items(), QUOTED_FACTS):
        yield race, form.format(**p), p["C"], True


@pytest.mark.parametrize("race,text,cand,stated", list(_quoted_cases()))
def test_quoted_condition_round28(race_keys, race, text, cand, stated):
    assert any(k[1] == cand for k in race_keys(race, text)) is stated


# ---- a seat in a body named before the clause ends ("to the World Bank board."): another office; the race's own
# body ("to the Security Council", "to the North Atlantic Council") and a bare "to the council" are not
SEATS = ["{S} nominated {C}, its former {role}, to the World Bank board.", "{Sc} put forward {c} to a UN panel.",
         "{S} proposed {C} to the regional bank's audit board."]
RACE_BODIES = {"nato": ["{S} put forward {C} to the North Atlantic Council."],
               "un": ["{S} nominated {C} to the Security Council.", "{S} submitted {c}'s name to the council."]}


def _seat_cases():
    for (race, p), form in itertools.product(RACES.items(), SEATS):
        yield race, form.format(**p), p["C"], False
    for race, p in RACES.items():
        for form in RACE_BODIES[race]:
            yield race, form.format(**p), p["C"], True


@pytest.mark.parametrize("race,text,cand,stated", list(_seat_cases()))
def test_nominated_to_seat_round28(race_keys, race, text, cand, stated):
    assert (("candidacy", cand, None) in race_keys(race, text)) is stated
