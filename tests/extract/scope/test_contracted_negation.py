"""Contractions read as their full forms, session 34 (prec34, issue 12): a word list's entry that starts with the
clitic "n't" ("n't" of cues.negation, "n't rule out" of non_refusal_cues, "n't hesitate to" of pseudo_cues) matches
inside its word ("hasn't", "don't rule out", "didn't hesitate to"), as the full forms "has not", "do not rule out",
"did not hesitate to" are read (lexicon.WORD_START). Before, "Hungary hasn't backed Rutte" was an endorsement and
"didn't hesitate to back" an opposition. Invented grids in both races, none a corpus sentence.
"""
from __future__ import annotations

import pytest

RACES = {
    "nato": dict(C="Mark Rutte", c="Rutte", S="Hungary", Sc="Budapest"),
    "un": dict(C="Rebeca Grynspan", c="Grynspan", S="Brazil", Sc="Brasilia"),
}

# a stance not (yet) taken, contracted: no event (as "has not backed")
NOT_TAKEN = ["{S} hasn't backed {C}.",
             "{Sc} hasn't even endorsed {c}, which tells you something.",
             "{S} hasn't yet said it supports {C}.",
             "{S} hadn't endorsed {C} by Friday.",
             "{S} hasn’t formally backed {C}.",
             "{S} and its neighbours haven't endorsed {C}.",
             "{S} doesn't rule out backing {C}.",
             "{Sc} didn't rule out supporting {c}, officials said."]
# the contracted refusal, the positive after "didn't hesitate", the plain stance: kept
TOLD = [("{S} didn't back {C}.", "opposition"),
        ("{S} won't support {C}, its minister said.", "opposition"),
        ("{S} didn't hesitate to back {C}.", "endorsement"),
        ("{Sc} didn’t hesitate to endorse {c} on Monday.", "endorsement"),
        ("{S} has backed {C}.", "endorsement"),
        ("{S} can't support {C}.", "opposition")]


def _cases():
    return [(r, s, None) for r in RACES for s in NOT_TAKEN] + [(r, s, t) for r in RACES for s, t in TOLD]


@pytest.mark.parametrize("race,sentence,expected", _cases(), ids=[f"{r}|{s[:40]}" for r, s, _ in _cases()])
def test_contracted_negation_reads_as_the_full_form(race_keys, race, sentence, expected):
    p = RACES[race]
    keys = race_keys(race, sentence.format(**p))
    stances = {k for k in keys if k[0] in ("endorsement", "opposition") and k[1] == p["C"]}
    assert stances == (set() if expected is None else {(expected, p["C"], p["S"])}), keys
