"""A headline's speaker and a colon before the answer alone, session 38 (issue 12): invented headlines in both races,
none a corpus sentence.

- "S: no to X", "S's leader: no to X" is "S says no to X" with the verb left out (frames/headline.py
  stance_speaker_colon_answer): S's refusal; "S: yes to X" its assent, as "says yes to";
- near misses: the candidate as the speaker ("X: no to S"), something else refused ("no to X's spending plan",
  "no to more troops for X"), a question after it, "not yet a yes", commentators as the speaker: no stance by S.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import event_keys

RACES = {
    "nato": dict(X="Mark Rutte", x="Rutte", S="Hungary", L="Orban", day="2024-04-10"),
    "un": dict(X="Michelle Bachelet", x="Bachelet", S="Russia", L="Nebenzia", day="2026-04-10"),
}
# (headline, the stance of S on X it states, or None)
CASES = [
    ("{S}: no to {x}", "opposition"),
    ("{S}: no to {X}.", "opposition"),
    ("{S}'s {L}: no to {x}", "opposition"),
    ("{L}: no to {x}", "opposition"),
    ("{S}: yes to {x}", "endorsement"),
    # near misses
    ("{x}: no to {S}", None),
    ("{S}: no to {x}'s spending plan", None),
    ("{S}: no to more troops for {x}", None),
    ("{S}: no to {x}? Not so fast", None),
    ("{S}: not yet a yes to {x}", None),
    ("Analysts: no to {x}", None),
]


@pytest.mark.parametrize("race,headline,stance", [(race, h.format(**p), stance) for race, p in RACES.items()
                                                  for h, stance in CASES],
                         ids=lambda x: x if isinstance(x, str) else None)
def test_headline_colon_answer(request, race, headline, stance):
    import datetime as dt
    p = RACES[race]
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    keys = event_keys(story, headline, headline, dt.date.fromisoformat(p["day"]))
    stances = {k for k in keys if k[0] in ("endorsement", "opposition")}
    assert stances == ({(stance, p["X"], p["S"])} if stance else set())
