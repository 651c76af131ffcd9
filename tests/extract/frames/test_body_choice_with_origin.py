"""The body's choice of a candidate named with their origin, session 38 (issue 12): invented names and sentences in
both races, none a corpus sentence.

- "the Council recommended X of S by acclamation", "appointed X of S on Monday": the candidate's origin after the
  name (a state mention, or capitalised words the name's mention took in) is stepped over before what the verb's
  tail may hold (`frames.appointment._CHOSEN_TAIL`): the body's choice (the Council's recommendation tentative,
  as without the origin);
- near misses: another verb ("praised"), a modal or an expectation, a negation, another office after it ("for a
  seat on the board", "to chair a panel"), the origin's possessive ("X of S's trade plan"): no appointment.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Klaus Iohannis", O="Romania", B="The North Atlantic Council", A="The allies"),
    "un": dict(X="Michelle Bachelet", O="Chile", B="The Security Council", A="The General Assembly"),
}
# (sentence, whether it states the body's choice of X)
CASES = [
    ("{B} recommended {X} of {O} by acclamation.", True),
    ("{B} recommended {X} of {O} on Friday.", True),
    ("{A} appointed {X} of {O} by acclamation on Monday.", True),
    ("{A} chose {X} of {O}, ending the race.", True),
    ("{B} recommended {X} of {O} for a five-year term.", True),
    ("{A} appointed {X} of {O} on Wednesday.", True),
    # near misses
    ("{B} praised {X} of {O} by acclamation.", False),
    ("{B} may recommend {X} of {O} on Friday.", False),
    ("{B} did not recommend {X} of {O} on Friday.", False),
    ("{B} is expected to recommend {X} of {O} by acclamation.", False),
    ("{A} appointed {X} of {O} to chair a panel on oceans.", False),
    ("{B} recommended {X} of {O} for a seat on the board.", False),
]


def _cases():
    for race, p in RACES.items():
        for text, chosen in CASES:
            yield race, text.format(**p), p["X"], chosen


@pytest.mark.parametrize("race,text,person,chosen", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_body_choice_with_origin(request, race, text, person, chosen):
    keys = grid_keys(request, race, text)
    assert (("appointment", person, None) in keys) == chosen
    assert not {k for k in keys if k[0] == "appointment" and k[1] != person}
