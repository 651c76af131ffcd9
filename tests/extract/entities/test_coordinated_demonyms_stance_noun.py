"""Demonyms coordinated before one stance noun, session 36 (miss36; issue 12): invented grids in both races, half
near misses, none a corpus sentence.

"Russian and Chinese opposition to X", "Brazilian, Peruvian and Mexican backing for X": each state's stance, as
"the Czech and Slovak governments" is each state's (mention_forms._shares_head; before, the first demonym was read as
a modifier of nothing and only the last stated the stance). Not where the head is another noun ("Russian and Chinese
media support", "... analysts doubt X"), nor a stance on something else, nor one the clause only supposes.
"""
from __future__ import annotations

import pytest

RACES = {"nato": dict(A="Mark Rutte", D1="Estonian", S1="Estonia", D2="Polish", S2="Poland"),
         "un": dict(A="Rebeca Grynspan", D1="Peruvian", S1="Peru", D2="Chilean", S2="Chile")}

# (form, the stance both states take)
EACH = [
    ("{D1} and {D2} opposition to {A} is firm.", "opposition"),
    ("{D1} and {D2} backing for {A} came early.", "endorsement"),
    ("{D1} and {D2} objections to {A} stalled the talks.", "opposition"),
    ("Officials welcomed {D1} and {D2} support for {A} on Monday.", "endorsement"),
    ("{D1} and {D2} endorsement of {A} surprised no one.", "endorsement"),
]
NONE = [
    "{D1} and {D2} media support for {A} is firm.",
    "{D1} and {D2} support for the resolution is firm.",
    "{D1} and {D2} opposition to the sanctions is firm, {A} said.",
    "{D1} and {D2} analysts doubt {A}.",
    "{D1} and {D2} opposition to {A} could soften.",
]


@pytest.mark.parametrize("race,form,kind", [(r, f, k) for r in RACES for f, k in EACH])
def test_coordinated_demonyms_each_stance(race_keys, race, form, kind):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    assert {(kind, p["A"], p["S1"]), (kind, p["A"], p["S2"])} <= keys, keys


@pytest.mark.parametrize("race,form", [(r, f) for r in RACES for f in NONE])
def test_coordinated_demonyms_no_stance(race_keys, race, form):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    assert not any(k[0] in ("endorsement", "opposition") for k in keys), keys
