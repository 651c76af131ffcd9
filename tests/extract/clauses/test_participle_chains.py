"""Participle and gerund chains that carry a stance, and who holds it (session 30, lists30), as an invented grid in both
races, about half near-misses (no corpus sentence).

The subject of a participle or gerund set off before or after its main clause is the main clause's subject
(`clauses._subject_after_views`): read with it alone ("Having backed X in March, S now backs Y" -> "S, having backed X in
March"; "S said it would back Y, having earlier backed X" -> "S, having earlier backed X"; "After winning the backing of
S, X pressed on" -> "X after winning the backing of S"), a state as well as a candidate; a gerund after "after", "upon",
"since", "while" or "despite" (not "before", not "without"); a state named in the gerund's phrase acts there, though the
main clause reads it as an aside ("Under pressure from S, T backed X": S backs no one). Near-misses: what the participle
tells is no stance ("having considered backing X", "having earlier met X", "after being urged to back X"), a state the
main clause leaves aside.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys, stances

# (actor, second actor, earlier candidate, main candidate)
CAST = {"nato": ("Slovakia", "Hungary", "Klaus Iohannis", "Mark Rutte"),
        "un": ("Brazil", "Mexico", "Michelle Bachelet", "Rafael Grossi")}
ACTOR_FORMS = {"nato": {"name": "Slovakia", "capital": "Bratislava", "leader": "Prime Minister Robert Fico"},
               "un": {"name": "Brazil", "capital": "Brasilia", "leader": "President Luiz Inacio Lula da Silva"}}

# (sentence, expected stances: (type, candidate 'X' or 'Y', actor 'S' or 'T'))
STATED = [
    ("Having backed {X} in March, {S} now supports {Y}.", {("endorsement", "X", "S")}),
    ("Having initially endorsed {X}, {S} has switched to {Y}.", {("endorsement", "X", "S")}),
    ("After backing {X} for months, {S} switched to {Y}.", {("endorsement", "X", "S")}),
    ("Having refused to back {X}, {S} now supports {Y}.", {("opposition", "X", "S")}),
    ("{S} said it would also support {Y}, having earlier backed {X}.", {("endorsement", "X", "S")}),
    ("{S} now supports {Y}, after backing {X} for months.", {("endorsement", "X", "S")}),
    ("{S} now supports {Y}, having refused to back {X}.", {("opposition", "X", "S")}),
    ("After winning the backing of {S}, {Y} pressed on.", {("endorsement", "Y", "S")}),
    ("After being rejected by {S}, {X} pressed on.", {("opposition", "X", "S")}),
    ("Despite being opposed by {S}, {Y} pressed on.", {("opposition", "Y", "S")}),
    ("Since securing the support of {S} and {T}, {Y} has led the race.", {("endorsement", "Y", "S"),
                                                                          ("endorsement", "Y", "T")}),
]
NEAR = [
    "Having considered backing {X}, {S} chose to stay neutral.",
    "{S} said it would also support {Y}, having earlier met {X}.",
    "{S} now supports {Y}, after being urged to back {X}.",
    "{S} now supports {Y}, having been asked to back {X}.",
    "After declining to say whether it backs {X}, {S} left.",
    "Asked whether it would back {X}, {S} declined to say.",
    "Having hoped to win the backing of {S}, {X} withdrew.",
    "After failing to win the backing of {S}, {X} withdrew.",
    "Under pressure from {T}, {S} backed {Y}.",
    "After talks with {T}, {S} backed {Y}.",
    "Despite lobbying {S} for weeks, {X} withdrew.",
]
# what the near-misses must not give: any stance on X, or T's on Y
ACTORS = ("name", "capital", "leader")


def _fill(race: str, sentence: str, form: str) -> str:
    s, t, x, y = CAST[race]
    return sentence.format(S=ACTOR_FORMS[race][form], T=t, X=x, Y=y)


def _expected(race: str, expected: set) -> set:
    s, t, x, y = CAST[race]
    names = {"S": s, "T": t, "X": x, "Y": y}
    return {(kind, names[c], names[a]) for kind, c, a in expected}


CELLS = [(r, s, e, f) for r in ("nato", "un") for s, e in STATED for f in ACTORS]
NEAR_CELLS = [(r, s, f) for r in ("nato", "un") for s in NEAR for f in ACTORS]


@pytest.mark.parametrize("race,sentence,expected,form", CELLS, ids=[f"{r}-{f}-{s[:40]}" for r, s, _, f in CELLS])
def test_participle_stance_held_by_the_subject(request, race, sentence, expected, form):
    assert _expected(race, expected) <= stances(grid_keys(request, race, _fill(race, sentence, form)))


@pytest.mark.parametrize("race,sentence,form", NEAR_CELLS, ids=[f"{r}-{f}-{s[:40]}" for r, s, f in NEAR_CELLS])
def test_participle_near_misses(request, race, sentence, form):
    s, t, x, y = CAST[race]
    found = stances(grid_keys(request, race, _fill(race, sentence, form)))
    assert not {k for k in found if k[1] == x or k[2] == t}
