"""A state counted among a candidate's supporters or opponents after a copula, session 36 (miss36; issue 12): invented
grids in both races, half near misses, none a corpus sentence.

"S was one of the (three) (first) sponsors of X" states S's backing as "S is a sponsor of X" and "S is among the
backers of X" already did (frames/stance_agents.py endorse_copula, oppose_copula: `counted`); a guessed agent ("one of
the possible sponsors", "a potential backer of X") states none, nor an agent of something else of the candidate's,
nor a count the sentence denies or only supposes.
"""
from __future__ import annotations

import pytest

RACES = {"nato": dict(A="Mark Rutte", S="Estonia"), "un": dict(A="Rebeca Grynspan", S="Peru")}

BACKING = [
    "{S} was one of the three first sponsors of {A}.",
    "{S} is one of the backers of {A}, the minister said on Monday.",
    "{S} has been one of the earliest supporters of {A}.",
    "{S} remains one of the two strongest backers of {A}.",
    "In March {S} became one of the sponsors of {A}.",
]
OPPOSING = [
    "{S} is one of the fiercest opponents of {A}.",
    "{S} was one of the two holdouts against {A} until the summit.",
]
NO_STANCE = [
    "{S} is one of the possible sponsors of {A}.",
    "{S} is a potential backer of {A}, diplomats say.",
    "{S} is not one of the backers of {A}.",
    "{S} could be one of the sponsors of {A}.",
    "{S} was one of the hosts of {A}'s tour of the region.",
    "{S} was one of the first states to congratulate {A} on the award.",
    "{S} is one of the would-be supporters of {A}, an analyst said.",
    # a guessed opponent, an expected backer (second reader)
    "{S} is one of the possible opponents of {A}.",
    "{S} is one of the likely opponents of {A}.",
    "{S} is one of the expected backers of {A}.",
]


@pytest.mark.parametrize("race,form,kind", [(r, f, k) for r in RACES for forms, k in (
    (BACKING, "endorsement"), (OPPOSING, "opposition"), (NO_STANCE, None)) for f in forms])
def test_counted_agent_after_copula(race_keys, race, form, kind):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    stances = {k for k in keys if k[0] in ("endorsement", "opposition")}
    assert stances == ({(kind, p["A"], p["S"])} if kind else set()), keys
