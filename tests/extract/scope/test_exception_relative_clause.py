"""A state left out of a whole tells its own stance in its relative clause (session 31, cons31), as invented grids in
both races, about half near-misses (no corpus sentence).

- "All allies back X, with the exception of S, which told the Council that it would not back him": the "it" of a
  verb of telling whose subject is the excepted state's "which" is that state (`references._OWN_RELATIVE_TELLER`;
  the state is no actor of the main clause, so "it" had gone to the body told, or a state named before); its clause
  is then its own stance, judged by scope as if it stood alone;
- near-misses: that clause conditional, not yet decided, about another candidate, or the state told in the passive
  ("which was told by T that it ..."): no stance of the state on X.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys, stances

# (the candidate, the state left out, the body told, another state)
RACES = {"nato": ("Mark Rutte", "Hungary", "the North Atlantic Council", "Germany"),
         "un": ("Rebeca Grynspan", "Oman", "the General Assembly", "France")}
WHOLES = ["All members back {X}, with the exception of {S}, ",
          "Every member backs {X} apart from {S}, ",
          "Nearly every government has rallied to {X}, save for {S}, "]
# the relative clause telling a refusal: opposition by the state left out
REFUSING = [
    "which told {B} that it would not back {x}.",
    "which told {B} on Monday that it cannot support {x}.",
    "which has informed {B} it will never endorse {x}.",
    "which assured {T} it would not vote for {x}.",
]
# the same clause telling no stance of the state on the candidate
NEAR = [
    "which told {B} that it could back {x} if the talks went well.",
    "which told {B} that it had not yet decided.",
    "which told {B} that it would back another candidate.",
    "which was told by {T} that it would not be consulted.",
]
OBJECT = {"nato": "him", "un": "her"}


def _cases(forms):
    for race, (x, s, b, t) in RACES.items():
        for whole in WHOLES:
            for form in forms:
                text = whole.format(X=x, S=s) + form.format(B=b, T=t, x=OBJECT[race])
                yield pytest.param(race, text, x, s, t, id=f"{race}-{text[:40]}-{form[:30]}")


@pytest.mark.parametrize("race,text,x,s,t", list(_cases(REFUSING)))
def test_excepted_state_tells_its_refusal(request, race, text, x, s, t):
    assert stances(grid_keys(request, race, text)) == {("opposition", x, s)}


@pytest.mark.parametrize("race,text,x,s,t", list(_cases(NEAR)))
def test_excepted_state_tells_no_stance(request, race, text, x, s, t):
    found = stances(grid_keys(request, race, text))
    assert not {k for k in found if k[2] in (s, t)}, found
