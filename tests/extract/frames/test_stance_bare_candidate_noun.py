"""A bare candidate noun as a stance's object, session 29 (lead, issue 12): "Ankara said it backs the candidate",
"Madrid opposes the nominee" stand for the one candidate named in that sentence or the one before
(discourse.stance_object, references._on_stance_object). Invented grid, both races; near-misses: two candidates in
focus, the candidate named two sentences back, a noun another phrase picks out ("the candidate of the left",
"the candidate who wins", "the nominee for mayor").
"""
from __future__ import annotations

import itertools

import pytest

RACES = {
    "nato": dict(C="Mark Rutte", c="Rutte", C2="Klaus Iohannis", post="NATO secretary general", S="Latvia", Sc="Riga",
                 T="Hungary", Tc="Budapest"),
    "un": dict(C="Rebeca Grynspan", c="Grynspan", C2="Rafael Grossi", post="UN secretary-general", S="Chile", Sc="Santiago",
               T="Mexico", Tc="Mexico City"),
}
LEADS = ["{C} is running for {post}.", "{C} confirmed on Monday that {c} is a candidate for {post}.",
         "After a meeting with {c} in the capital,"]
STANCES = [("{S} said on Tuesday that it backs the candidate.", "endorsement", "S"),
           ("{Sc} now firmly supports the candidate, officials said.", "endorsement", "S"),
           ("{S} has formally endorsed the declared candidate.", "endorsement", "S"),
           ("{T} opposes the candidate, its foreign minister said.", "opposition", "T"),
           ("{Tc} still rejects the nominee.", "opposition", "T")]


def _cases():
    for (race, p), lead, (stance, kind, who) in itertools.product(RACES.items(), LEADS, STANCES):
        yield race, lead.format(**p) + " " + stance.format(**p), (kind, p["C"], p[who])


@pytest.mark.parametrize("race,text,key", list(_cases()))
def test_candidate_noun_object_round29(race_keys, race, text, key):
    assert key in race_keys(race, text)


NEAR = ["{C} and {C2} are both running for {post}. {S} said on Tuesday that it backs the candidate.",
        "{C} is running for {post}. Talks on the budget went on. The summit ended late. {S} backs the candidate.",
        "{C} is running for {post}. {S} backs the candidate of the left in its own election.",
        "{C} is running for {post}. {S} will back the candidate who wins the most votes.",
        "{C} is running for {post}. {S} supports the nominee for mayor of its capital.",
        "{C} is running for {post}. {T} opposes the candidate, Ivan Petrov, in its own election.",
        "{C} is running for {post}. {S} backs the rival.",
        "{C} is running for {post}. {S} backs the rival candidate."]


@pytest.mark.parametrize("race,form", list(itertools.product(RACES, NEAR)))
def test_candidate_noun_object_near_misses_round29(race_keys, race, form):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    assert not {k for k in keys if k[0] in ("endorsement", "opposition") and k[1] == p["C"]}
