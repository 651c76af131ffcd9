"""The seasons once (extract/calendar_names.SEASON_NAMES, with "fall"), code health of session 38 (tidy38; issue 12):
five patterns spelled the seasons out without "fall" (frames/appointment's dated aside, frames/following's habit,
frames/wish's free tail, frames/candidacy_roles' time before a role, discourse_forms' time opening a subject), so
"last fall" was read where "last autumn" was. Invented sentences in both races, "fall" beside "autumn", half near
misses (a habit, a modal, a condition, no stance).
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Mark Rutte", Z="Klaus Iohannis", S="Hungary", T="Slovakia", DAY="October 1"),
    "un": dict(X="Michelle Bachelet", Z="Rebeca Grynspan", S="Chile", T="Brazil", DAY="1 January"),
}
# (sentence, the (type, subject, actor) keys it must give, the keys it must not)
CASES = [
    ("{X}, appointed last {season}, will take office on {DAY}.", [("appointment", "X", None)], []),
    ("{S} backed {X}. {T} did the same.", [("endorsement", "X", "T")], []),
    ("{X} has been since last {season} the only candidate.", [("candidacy", "X", None)], []),
    ("{Z} wants to stand this {season}.", [("candidacy", "Z", None)], []),
    ("{S} backed {X} in the {season}.", [("endorsement", "X", "S")], []),
    # near misses: a habit, a condition, a modal, an assessment
    ("{S} backed {X}. {T} did the same every {season}.", [], [("endorsement", "X", "T")]),
    ("{Z} would like to stand this {season} if asked.", [], [("candidacy", "Z", None)]),
    ("{Z} may stand this {season}.", [], [("candidacy", "Z", None)]),
    ("{X} was until last {season} the favourite.", [], [("candidacy", "X", None)]),
    ("{S} might back {X} in the {season}.", [], [("endorsement", "X", "S")]),
]


def _key(p, kind, who, actor):
    return (kind, p[who], p[actor] if actor else None)


def _cases():
    for race, p in RACES.items():
        for season in ("fall", "autumn"):
            for text, wanted, unwanted in CASES:
                yield race, text.format(season=season, **p), wanted, unwanted


@pytest.mark.parametrize("race,text,wanted,unwanted", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_fall_as_a_season(request, race, text, wanted, unwanted):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    for kind, who, actor in wanted:
        assert _key(p, kind, who, actor) in keys, keys
    for kind, who, actor in unwanted:
        assert _key(p, kind, who, actor) not in keys, keys
