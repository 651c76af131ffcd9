"""A straw poll as the reason a candidate leaves (session 32, cons32): "X withdrew after trailing in the straw polls".
The vote's result stands in a clause of why the candidate left: by the guide a bid told only as what was withdrawn
gives the withdrawal alone, so the vote named there states no candidacy of its own. Invented grids (the UN race,
whose Security Council holds the straw polls; three candidates); near misses: the vote's result as the clause's own
predicate ("topped the straw poll", "finished second in the straw poll", also with a withdrawal from something else
in an aside or a reason after it) still states the candidate in the race.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

PEOPLE = [("Rebeca Grynspan", "she"), ("Michelle Bachelet", "she"), ("Rafael Grossi", "he")]

LEFT_AFTER = [
    "{a} withdrew after trailing in the straw polls.",
    "{a} withdrew on Monday after finishing fourth in the straw poll.",
    "{a} pulled out of the race after receiving three discourage votes in the straw poll.",
    "{a} dropped out following a third straw poll in which {p} trailed.",
    "{a} withdrew last week after receiving discouraging votes in the straw poll.",
    "{a} quit the race after coming last in the straw poll.",
]
RANKED = [
    "{a} topped the straw poll.",
    "{a} trailed in the straw poll with five encourage votes.",
    "{a}, who had withdrawn from the trade talks, topped the straw poll.",
    "{a} came out ahead in the straw poll after a strong campaign.",
    "{a} finished second in the straw poll.",
    "{a} received nine encourage votes in the straw poll.",
]


def _keys(request, form, person):
    name, p = person
    return {k[:2] for k in grid_keys(request, "un", form.format(a=name, p=p))}


@pytest.mark.parametrize("person", PEOPLE, ids=[p[0] for p in PEOPLE])
@pytest.mark.parametrize("form,left", [(f, True) for f in LEFT_AFTER] + [(f, False) for f in RANKED])
def test_poll_as_reason_or_predicate(request, form, left, person):
    """A vote that is why the candidate left gives the withdrawal alone; one that is the clause's predicate, the
    candidacy alone."""
    keys = _keys(request, form, person)
    assert (("withdrawal", person[0]) in keys) == left
    assert (("candidacy", person[0]) in keys) != left
