"""A state's seat of government as a sentence's subject, session 35 (mend35, review34 final finding 4; issue 12):
invented grids in both races, half near misses, none a corpus sentence.

"Hungary's government welcomed X on Monday. It backs him.": the seat noun is the subject (its verb follows), so the
"It" opening the next sentence is the state (subject_chains.seat_subject). An -ed word before a bare noun is a
participle that modifies it ("Hungary's government controlled media interviewed X", "government funded think tank",
"government appointed envoy"): the subject is that noun, and "It" is not the state.
"""
from __future__ import annotations

import pytest

RACES = {"nato": dict(A="Mark Rutte", S="Hungary's", s="Hungary", p="him"),
         "un": dict(A="Rebeca Grynspan", S="Brazil's", s="Brazil", p="her")}

SEAT_SUBJECT = [
    "{S} government welcomed {A} on Monday. It backs {p}.",
    "{S} government announced on Monday that talks would go on. It backs {A}.",
    "{S} government decided to end the dispute. It backs {A}.",
    "{S} government reviewed the file. It backs {A}.",
    "{S} new government finally agreed, after weeks of talks. It backs {A}.",
]
PARTICIPLE = [
    "{S} government controlled media interviewed {A} on Monday. It backs {p}.",
    "{S} government funded think tank hosted {A} on Monday. It backs {p}.",
    "{S} government appointed envoy met {A} on Monday. It backs {p}.",
    "{S} government owned daily interviewed {A} on Monday. It backs {p}.",
    "{S} government sponsored forum hosted {A} on Monday. It backs {p}.",
]


@pytest.mark.parametrize("race,form,stated", [(r, f, s) for r in RACES for forms, s in ((SEAT_SUBJECT, True),
                                                                                       (PARTICIPLE, False))
                                              for f in forms])
def test_seat_subject_or_participle(race_keys, race, form, stated):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    assert (("endorsement", p["A"], p["s"]) in keys) is stated, keys
