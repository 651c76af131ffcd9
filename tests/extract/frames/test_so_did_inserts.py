"""A clause whose verb phrase "so did" stands for, with a time set before "so" or off after it, or "too" after it,
session 36 (miss36; issue 12): invented grids in both races, half near misses, none a corpus sentence.

"A backed X on Monday, and so, a day later, did B", "..., and on Tuesday so did B", "..., and so too did B" repeat
A's stance for B as "and so did B" already did (frames/ellipsis.py ellipsis_so_clause); not where the insert is no
time ("so, I think, did B"), where a modal stands for the verb ("so too might B"), where the clause before states no
stance, nor where the auxiliary has a verb of its own after B ("did B's president say").
"""
from __future__ import annotations

import pytest

RACES = {"nato": dict(A="Mark Rutte", S="Portugal", T="Estonia"), "un": dict(A="Rebeca Grynspan", S="Peru", T="Uruguay")}

# (form, the stance both states take)
REPEATED = [
    ("{S} backed {A} on Monday, and so, a day later, did {T}.", "endorsement"),
    ("{S} backed {A} on Monday, and on Tuesday so did {T}.", "endorsement"),
    ("{S} endorsed {A} in March, and so too did {T}.", "endorsement"),
    ("{S} refused to back {A}, and so, a week later, did {T}.", "opposition"),
    ("{S} came out for {A} early; so, within hours, did {T}.", "endorsement"),
    ("{S} backed {A} on Monday, and so, the next day, did {T}, diplomats said.", "endorsement"),
]
# near misses: no stance of T
NOT_REPEATED = [
    "{S} backed {A} on Monday, and so, I think, did {T}.",
    "{S} backed {A} on Monday, and so, a day later, might {T}.",
    "{S} backed {A} on Monday, and so too might {T}.",
    "{S} hosted {A} on Monday, and so, a day later, did {T}.",
    "{S} hosted {A} on Monday, and so too did {T}.",
    "{S} backed {A} on Monday, and so, a day later, did {T}'s president say.",
]


@pytest.mark.parametrize("race,form,kind", [(r, f, k) for r in RACES for f, k in REPEATED])
def test_so_did_with_insert(race_keys, race, form, kind):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    assert {(kind, p["A"], p["S"]), (kind, p["A"], p["T"])} <= keys, keys


@pytest.mark.parametrize("race,form", [(r, f) for r in RACES for f in NOT_REPEATED])
def test_so_did_not_repeated(race_keys, race, form):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    assert not any(k[0] in ("endorsement", "opposition") and k[2] == p["T"] for k in keys), keys
