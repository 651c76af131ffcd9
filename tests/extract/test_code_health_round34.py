"""Session 34's code-health moves that touch what is read (the rest move words from code to the lexicon or code
between modules with the same output), as invented grids, about half near misses:

1. An adverb that denies what follows ("hardly", "scarcely", "barely": the lexicon's `cues.denying_adverbs`, one list
   that `cues.negation` includes) is no adverb of a copula's or a stance's gap: the stance rules' copies of it
   (frames/stance.py) and the resolver's glue between a state and the supporters a pronoun owns
   (`Resolver.agents_glue`, which had no such exclusion: "Hungary is hardly among his backers") read the one list.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys


# ---- 1. an adverb that denies: one list for the copula's, the standing's and the agents' gaps
DENYING = [
    ("Mark Rutte won the backing of France. Hungary is firmly among his backers.", ("endorsement", "Mark Rutte", "Hungary")),
    ("Mark Rutte won the backing of France. Hungary has long been among his backers.",
     ("endorsement", "Mark Rutte", "Hungary")),
    ("Spain is a staunch supporter of Mark Rutte.", ("endorsement", "Mark Rutte", "Spain")),
    ("Spain is solidly behind Mark Rutte.", ("endorsement", "Mark Rutte", "Spain")),
    ("Spain remains firmly in Mark Rutte's camp.", ("endorsement", "Mark Rutte", "Spain")),
]
DENYING_NEAR = [
    "Mark Rutte won the backing of France. Hungary is hardly among his backers.",
    "Mark Rutte won the backing of France. Hungary has scarcely been one of his supporters.",
    "Spain is hardly a supporter of Mark Rutte.",
    "Spain is scarcely behind Mark Rutte.",
    "Spain is barely in Mark Rutte's camp.",
]
DENYING_CASES = [(s, {k}) for s, k in DENYING] + [(s, set()) for s in DENYING_NEAR]


@pytest.mark.parametrize("sentence,expected", DENYING_CASES, ids=[s[:60] for s, _ in DENYING_CASES])
def test_an_adverb_that_denies_is_no_adverb_of_a_stance(request, sentence, expected):
    """The stances of Spain and Hungary the sentence states (France's, in the first sentence, aside)."""
    found = {k for k in grid_keys(request, "nato", sentence) if k[0] in ("endorsement", "opposition") and k[2] != "France"}
    assert found == expected
