"""A state's support told as the setting of a clause (session 37, miss37): "With Estonia on board, the holdouts are
...", "with Estonia and Spain now on board, only ... have not signed": an absolute "with" and the state before the
lexicon's `ellipsis.joined_states` and the clause's comma is an endorsement of the candidate of the stance before it
(frames/ellipsis.py `ellipsis_with_on_board`, checked as the copula's "Estonia was on board"). Tested as invented
grids in both races (no corpus sentence), about half near misses: no support before (a bare candidacy, a refusal),
a stance not yet taken, a condition, a ship's "on board", a person's presence.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import E, grid_keys, stances

PERSON = {"nato": "Mark Rutte", "un": "Rebeca Grynspan"}

ON_BOARD = ["Britain backs {a}. With Estonia on board, the remaining holdouts are in the south.",
            "Britain backs {a}. With Estonia now on board, only two capitals have yet to decide.",
            "Britain backs {a}. With Estonia and Spain on board, diplomats expect a quick decision.",
            "Britain backs {a}. With Estonia already on board, her team turned to the holdouts.",
            "Britain backs {a}. Diplomats said that, with Estonia finally on board, the path is clear.",
            "Britain backs {a}. With Estonia aboard, few doubts remain."]
ON_BOARD_NEAR = ["{a} declared her bid on Monday. With Estonia on board, the holdouts are in the south.",
                 "Hungary refused to back {a}. With Estonia on board, the holdouts are in the south.",
                 "Britain backs {a}. With Estonia not yet on board, the holdouts are many.",
                 "Britain backs {a}. Once Estonia is on board, the holdouts will follow.",
                 "Britain backs {a}. With Estonia's sailors on board the frigate, the talks began.",
                 "Britain backs {a}. If Estonia came on board, with Spain on board too, the race would end."]


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", ON_BOARD)
def test_with_state_on_board_is_support(request, race, form):
    a = PERSON[race]
    assert E(a, "Estonia") in grid_keys(request, race, form.format(a=a))


@pytest.mark.parametrize("race", PERSON)
@pytest.mark.parametrize("form", ON_BOARD_NEAR)
def test_with_state_on_board_near_misses(request, race, form):
    a = PERSON[race]
    keys = stances(grid_keys(request, race, form.format(a=a)))
    assert E(a, "Estonia") not in keys and E(a, "Spain") not in keys
