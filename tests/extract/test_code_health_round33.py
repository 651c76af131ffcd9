"""Session 33's code-health moves that change what is read (the rest move words from code to the lexicon with the
same output), as invented grids, about half near misses:

1. A sitting post of another body set as a person's label after a verb whose object it is ("S backs the OSCE
   secretary general X", `descriptors._former_posts`): the verbs are now the lexicon's endorsing and nominating verbs
   themselves (`sitting_label_verbs` includes `endorsement.verbs` and `candidacy.nominating_verbs`) instead of a copy
   of eight of them in code, so every verb of support reads through the title ("champions", "has thrown its weight
   behind", "is proposing"). Not a verb of becoming ("was named", "elected"), nor one of meeting alone.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys


# ---- 1. a verb of support or nomination before another body's sitting title and the name
SUPPORT_THROUGH_TITLE = [
    ("Mexico champions UNCTAD Secretary-General Rebeca Grynspan.", ("endorsement", "Rebeca Grynspan", "Mexico")),
    ("Mexico has thrown its weight behind UNCTAD Secretary-General Rebeca Grynspan.",
     ("endorsement", "Rebeca Grynspan", "Mexico")),
    ("Chile is rallying behind IAEA Director General Rafael Grossi.", ("endorsement", "Rafael Grossi", "Chile")),
    ("Mexico came out in favour of UNCTAD Secretary-General Rebeca Grynspan.",
     ("endorsement", "Rebeca Grynspan", "Mexico")),
    ("Mexico supports UNCTAD Secretary-General Rebeca Grynspan.", ("endorsement", "Rebeca Grynspan", "Mexico")),
]
# (no stance: a verb of becoming, a meeting, a doubt, a refusal not stated as a stance of support)
SUPPORT_THROUGH_TITLE_NEAR = [
    "Rebeca Grynspan was named UNCTAD Secretary-General in 2021.",
    "Mexico met UNCTAD Secretary-General Rebeca Grynspan on Monday.",
    "Mexico may champion UNCTAD Secretary-General Rebeca Grynspan if she runs.",
    "Mexico has not yet endorsed UNCTAD Secretary-General Rebeca Grynspan.",
    "Chile congratulated IAEA Director General Rafael Grossi on his report.",
]

CASES = [(s, {k}) for s, k in SUPPORT_THROUGH_TITLE] + [(s, set()) for s in SUPPORT_THROUGH_TITLE_NEAR]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[s[:60] for s, _ in CASES])
def test_a_verb_of_support_reads_through_another_bodys_title(request, sentence, expected):
    """The stance on Grynspan or Grossi the sentence states (none for a near miss)."""
    found = {k for k in grid_keys(request, "un", sentence) if k[0] in ("endorsement", "opposition")}
    assert found == expected
