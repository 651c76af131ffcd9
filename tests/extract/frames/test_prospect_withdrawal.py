"""A withdrawal in the time or condition clause of a main clause still to come, session 35 (mend35, from miss34's
unlanded patch and the lead's failed gate; landed by mend36 in session 36; issue 12): invented sentences in both
races, none a corpus sentence.

- "S will back Y as soon as X pulls out", "S said it would back Y once X pulled out of the race", "S is ready to back
  Y the moment X withdraws", "Once X withdraws, S will back Y": X's leaving is the condition of S's stance, no fact
  (the guide: conditions are no event), so no withdrawal of X (frames/withdrawal.py _timed_by_prospect);
- near misses that keep the withdrawal: the time clause's main clause a fact ("S backed Y as soon as X pulled out",
  "S switched to Y once X withdrew", "Chile backed Y in May, and Mexico followed when X withdrew": a month is no
  modal, and a modal of another clause is not this one's), a time after the fact ("S said it would back Y after X
  pulled out"), a time clause opening the sentence before a past main clause ("When X withdrew, S backed Y").
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(S="Hungary", T="Poland", Y="Mark Rutte", X="Klaus Iohannis", XS="Iohannis"),
    "un": dict(S="Chile", T="Mexico", Y="Rebeca Grynspan", X="Michelle Bachelet", XS="Bachelet"),
}
# (sentence, whether X's withdrawal is stated)
CASES = [
    ("{S} will back {Y} as soon as {XS} drops out of the race.", False),
    ("{S} said it would back {Y} as soon as {XS} pulled out of the race.", False),
    ("{S} said it would back {Y} once {XS} pulled out of the race.", False),
    ("{S} is ready to back {Y} the moment {XS} withdraws from the race.", False),
    ("{S} would only support {Y} if {XS} abandoned the race.", False),
    ("{S}'ll back {Y} once {XS} quits the race, its minister said.", False),
    ("Once {XS} withdraws from the race, {S} will back {Y}.", False),
    ("{S} backed {Y} in May and said {T} would follow when {XS} pulled out of the race.", False),
    # near misses: the withdrawal stated
    ("{S} backed {Y} as soon as {XS} pulled out of the race.", True),
    ("{S} switched to {Y} once {XS} withdrew from the race.", True),
    ("{S} said it would back {Y} after {XS} pulled out of the race.", True),
    ("{S} endorsed {Y} on Monday, when {XS} pulled out of the race.", True),
    ("{XS} pulled out of the race on Monday, and {S} will back {Y} soon.", True),
    ("{S} backed {Y} in May, and {T} followed when {XS} withdrew.", True),
    ("{S} said it would back {Y}, and {T} switched sides when {XS} pulled out of the race.", True),
    ("When {XS} pulled out of the race, {S} backed {Y}.", True),
    # (a nominal withdrawal after a time preposition that is no conjunction of the list)
    ("After {XS}'s withdrawal on Monday and the dropping of objections by {S}, the path was clear.", True),
    ("Once {XS}'s withdrawal was announced on Monday, {S} backed {Y}.", True),
]


def _cases():
    for race, p in RACES.items():
        for text, stated in CASES:
            yield race, text.format(**p), stated


@pytest.mark.parametrize("race,text,stated", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_withdrawal_as_condition(request, race, text, stated):
    keys = grid_keys(request, race, text)
    assert (("withdrawal", RACES[race]["X"], None) in keys) == stated, keys
