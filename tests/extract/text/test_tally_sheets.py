"""A tally's labelled lines under a heading in capitals, session 32 (genre32, issue 12): invented scorecards in both
races, none a corpus sentence.

- a heading line set in capitals that is one candidate's name ("GROSSI", "OWUSU-ANSAH") is that candidate's heading
  (`strangers.caps_heading_mentions`): the lines after it are about them, as after a heading in mixed case;
  a heading in capitals of anything else ("THE UNDECIDED", "BY THE NUMBERS") ends the section;
- "For:" and "In favour:" label a tally's line of backers (`endorsement.sheet_labels`), with a qualifier in
  brackets before the colon ("For (on the record): A"); a qualifier that says the line is no state's word
  ("For (unconfirmed): A", `endorsement.sheet_unconfirmed` and `candidacy.hedging_words`) states nothing;
- a series set off by semicolons right after a line's label and colon ("For: A; B (since March); C.") is one
  list with no closing "and" (`clauses._LABEL_OPENED`).
"""
from __future__ import annotations

import itertools

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(C="Mark Rutte", CAPS="RUTTE", Y="Klaus Iohannis", YCAPS="IOHANNIS", S="Poland", T="Canada", U="Norway"),
    "un": dict(C="Rebeca Grynspan", CAPS="GRYNSPAN", Y="Michelle Bachelet", YCAPS="BACHELET", S="Panama", T="Spain",
               U="Uruguay"),
}

# (sheet text, the (type, actor) stances on C it states)
SHEETS = [
    ("{CAPS}\nFor: {S}; {T}; {U}.", {("endorsement", "S"), ("endorsement", "T"), ("endorsement", "U")}),
    ("{CAPS}\nFor (on the record): {S}; {T} (since March); {U}.",
     {("endorsement", "S"), ("endorsement", "T"), ("endorsement", "U")}),
    ("{CAPS}\nIn favour: {S}; {T}.", {("endorsement", "S"), ("endorsement", "T")}),
    ("{CAPS}\nFor: {S}.\nAgainst: {T}.", {("endorsement", "S"), ("opposition", "T")}),
    ("{CAPS}\nFor: {S}; {T}.\nUndecided: {U}.", {("endorsement", "S"), ("endorsement", "T")}),
    ("{CAPS}\nFor: {S}; {T}.\n\nTHE UNDECIDED\nFor: {U}.", {("endorsement", "S"), ("endorsement", "T")}),
    ("{CAPS}\nFor: {S}; {T}.\n\n{YCAPS}\nFor: {U}.", {("endorsement", "S"), ("endorsement", "T")}),
    # near misses: no stance on C
    ("{CAPS}\nFor (unconfirmed): {S}; {T}.", set()),
    ("{CAPS}\nFor (reported): {S}.", set()),
    ("{CAPS}\nFor (possible): {S}; {T}.", set()),
    ("{CAPS}\nUndecided: {S}; {T}; {U}.", set()),
    ("THE CANDIDATES\nFor: {S}; {T}.", set()),
    ("{CAPS} AND {YCAPS}\nFor: {S}; {T}.", set()),
    ("For: {S}; {T}; {U}.", set()),
    ("{CAPS}\nFor: {S} (for the climate deal).", set()),
    ("BY THE NUMBERS\nFor: {S}; {T}.", set()),
]


def _cases():
    for (race, p), (text, stated) in itertools.product(RACES.items(), SHEETS):
        yield race, text.format(**p), {(t, p[a]) for t, a in stated}


@pytest.mark.parametrize("race,text,stated", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_tally_lines_under_caps_heading(request, race, text, stated):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    assert {(k[0], k[2]) for k in keys if k[0] in ("endorsement", "opposition") and k[1] == p["C"]} == stated


# a heading in capitals of a name, then another's stance in the next section: the stance goes to that section's name
@pytest.mark.parametrize("race", list(RACES))
def test_caps_heading_of_second_candidate(request, race):
    p = RACES[race]
    keys = grid_keys(request, race, "{CAPS}\nFor: {S}.\n\n{YCAPS}\nFor: {U}; {T}.".format(**p))
    assert ("endorsement", p["Y"], p["U"]) in keys and ("endorsement", p["Y"], p["T"]) in keys
    assert ("endorsement", p["C"], p["U"]) not in keys and ("endorsement", p["Y"], p["S"]) not in keys


# a label's series set off by semicolons ends at an item a verb follows: that item is the next clause's subject
# (review of 251d86a)
LABEL_CLAUSES = [
    # (text, the (type, candidate, actor) stances it states, those it must not)
    ("Undecided: {T}; {S} opposes {C}.", {("opposition", "C", "S")}, {("opposition", "C", "T")}),
    ("Latest: {S}; {T} is backing {Y} and {U} backs {C}.", {("endorsement", "Y", "T"), ("endorsement", "C", "U")},
     {("endorsement", "Y", "S")}),
    ("{C}\n\nAgainst: {S}; {T} backs {Y}.", {("endorsement", "Y", "T")},
     {("endorsement", "Y", "S")}),
    ("{C}\n\nFor: {S}; {T}.", {("endorsement", "C", "S"), ("endorsement", "C", "T")}, set()),
    ("{C}\n\nFor: {S}; {T}; {U}.", {("endorsement", "C", "S"), ("endorsement", "C", "T"), ("endorsement", "C", "U")},
     set()),
]


@pytest.mark.parametrize("race,text,stated,unstated", [
    (race, t.format(**p), {(k, p[c], p[a]) for k, c, a in st}, {(k, p[c], p[a]) for k, c, a in un})
    for race, p in RACES.items() for t, st, un in LABEL_CLAUSES])
def test_label_series_ends_before_a_clause(request, race, text, stated, unstated):
    keys = grid_keys(request, race, f"{RACES[race]['C']} is in the race. {text}")
    assert stated <= keys and not unstated & keys


# capitals sub-headings ("PUBLIC BACKERS") inside a section a heading in mixed case opened do not end it
@pytest.mark.parametrize("race", list(RACES))
def test_caps_subheading_keeps_mixed_case_section(request, race):
    p = RACES[race]
    keys = grid_keys(request, race, "{C} is in the race.\n\n{C} (Norway)\n\nPUBLIC BACKERS\nFor: {S}; {T}.\n"
                                    "Backers: {U}.".format(**p))
    assert ("endorsement", p["C"], p["U"]) in keys


# a semicolon that is no series: a clause after it is its own
@pytest.mark.parametrize("race", list(RACES))
def test_semicolon_clause_is_no_series(request, race):
    p = RACES[race]
    keys = grid_keys(request, race, "{S} backs {C}; {T} has said nothing yet.".format(**p))
    assert ("endorsement", p["C"], p["S"]) in keys and ("endorsement", p["C"], p["T"]) not in keys


# ---------------------------------------------------------------- "S remains her sponsor": supporters a pronoun owns

# a state the subject of a copula before supporters a possessive pronoun owns is one of them, as before a name's
# possessive ("S is X's sponsor"): the pronoun resolved before an agent noun after a copula (Resolver.agents_glue),
# the rule's possessive read without "'s" (frames/stance.py endorse_copula_possessed)
OWNED_AGENTS = ["{S} remains {pos} sponsor.", "{S} and {T} remain {pos} sponsors.", "{S} is still {pos} main backer.",
                "{S} has long been among {pos} supporters.", "{S} became one of {pos} backers.",
                "{S} is one of {pos} most loyal supporters."]
NOT_AGENTS = ["{S} is not {pos} sponsor.", "{S} is {pos} possible sponsor.", "{S} could become {pos} sponsor.",
              "{S} is {pos} former sponsor.", "{S} hopes to be {pos} sponsor one day.",
              "{S} remains {pos} sponsor's neighbour."]
PEOPLE = {"nato": dict(C="Mark Rutte", pos="his", S="Poland", T="Canada"),
          "un": dict(C="Michelle Bachelet", pos="her", S="Brazil", T="Mexico")}


@pytest.mark.parametrize("race,text,stated", [
    (race, t.format(**p), stated) for race, p in PEOPLE.items()
    for forms, stated in ((OWNED_AGENTS, True), (NOT_AGENTS, False)) for t in forms])
def test_supporters_a_pronoun_owns(request, race, text, stated):
    p = PEOPLE[race]
    keys = grid_keys(request, race, f"{p['C']} is in the race. {text}")
    assert (("endorsement", p["C"], p["S"]) in keys) is stated
    assert ("opposition", p["C"], p["S"]) not in keys
