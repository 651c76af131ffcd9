"""A refusal's reason after "over", session 38 (issue 12): invented sentences in both races, none a corpus sentence.

- "S says no to X over her report", "S opposes X over his remarks": after the object of an opposition verb, "over"
  gives the refusal's reason, not another matter the stance is about (frames/stance_checks.py `_object_for_post`,
  `refusal`): S opposes X;
- near misses: "on" a matter ("opposes X on migration"), support "over" a matter (no refusal), a verb that is no
  stance ("criticised", "clashed with"), a modal, the candidate's plan as the object: no stance by S.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Mark Rutte", x="Rutte", p="his", S="Hungary"),
    "un": dict(X="Michelle Bachelet", x="Bachelet", p="her", S="Russia"),
}
# (sentence, whether S opposes X)
CASES = [
    ("{S} says no to {x} over {p} report on the war.", True),
    ("{S} said no to {X} on Monday over {p} remarks on sanctions.", True),
    ("{S} opposes {X} over {p} remarks on the rule of law.", True),
    ("{S} rejects {X} over {p} record on human rights, its foreign minister said.", True),
    ("{S} opposes {X} over the handling of the sanctions file.", True),
    # near misses
    ("{S} opposes {X} on migration.", False),
    ("{S} backs {X} over {p} remarks on the rule of law.", False),
    ("{S} criticised {X} over {p} remarks on the rule of law.", False),
    ("{S} clashed with {X} over {p} remarks on sanctions.", False),
    ("{S} might oppose {X} over {p} remarks on sanctions.", False),
    ("{S} opposes {X}'s plan over its cost.", False),
]


@pytest.mark.parametrize("race,text,opposes", [(race, t.format(**p), o) for race, p in RACES.items() for t, o in CASES],
                         ids=lambda x: x if isinstance(x, str) else None)
def test_refusal_reason_over(request, race, text, opposes):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    stances = {k for k in keys if k[0] in ("endorsement", "opposition")}
    assert stances == ({("opposition", p["X"], p["S"])} if opposes else set())
