"""A person's origin between the name and what the sentence leaves or calls them (session 32, miss32): "leaving X of
Costa Rica as the only candidate", "leaves X from the Netherlands as the sole contender". The origin ("of"/"from" a
state, named or not) is the person's, so the frame reads on to the candidate noun as it does with the bare name. Tested
as an invented grid in both races (no corpus sentence), half near misses: an assessment of the person ("a possible
candidate", "a strong candidate", "as the favourite") states no candidacy, with or without the origin.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

PERSON = {"nato": ("Mark Rutte", "the Netherlands"), "un": ("Rebeca Grynspan", "Costa Rica")}
STATED = ["The other's exit left {a} of {s} as the sole candidate.",
          "The rival quit on Friday, leaving {a} of {s} as the only candidate.",
          "That leaves {a} of {s} as the last candidate in the race.",
          "The withdrawal leaves {a} from {s} as the only remaining contender.",
          "A week of exits has left {a} of {s} the only candidate."]
ASSESSED = ["The rival quit, leaving {a} of {s} as a possible candidate.",
            "Analysts called {a} of {s} a likely candidate.",
            "The paper described {a} of {s} as a potential candidate.",
            "The rival quit, leaving {a} of {s} as the favourite.",
            "Some saw {a} of {s} as a strong candidate."]


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form,stated", [(f, True) for f in STATED] + [(f, False) for f in ASSESSED])
def test_origin_before_the_candidate_noun(request, race, form, stated):
    person, state = PERSON[race]
    keys = grid_keys(request, race, form.format(a=person, s=state))
    assert (("candidacy", person, None) in keys) == stated
