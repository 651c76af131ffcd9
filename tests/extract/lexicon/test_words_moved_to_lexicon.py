"""Session 33's code-health moves that change what is read (the rest move words from code to the lexicon with the
same output), as invented grids, about half near misses:

1. A sitting post of another body set as a person's label after a verb whose object it is ("S backs the OSCE
   secretary general X", `descriptors._former_posts`): the verbs are now the lexicon's endorsing and nominating verbs
   themselves (`sitting_label_verbs` includes `endorsement.verbs` and `candidacy.nominating_verbs`) instead of a copy
   of eight of them in code, so every verb of support reads through the title ("champions", "has thrown its weight
   behind", "is proposing"). Not a verb of becoming ("was named", "elected"), nor one of meeting alone.
   Of the nominating verbs only "nominate" and "propose" (review finding 7): "Mexico sponsored UNCTAD
   Secretary-General X at the forum", "presented X with an award", "fielded X at the panel" state nothing.
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


# (session 33 review, finding 7: a nominating verb that does not nominate whatever follows it, or a verb of
# support whose object is an event or a thing, reads no stance nor candidacy through the title)
SPONSOR_NEAR = [
    ("un", "Mexico sponsored UNCTAD Secretary-General Rebeca Grynspan at the forum."),
    ("un", "Mexico co-sponsored UNCTAD Secretary-General Rebeca Grynspan at the forum on Monday."),
    ("un", "Costa Rica presented UNCTAD Secretary-General Rebeca Grynspan with an award."),
    ("un", "Mexico fielded UNCTAD Secretary-General Rebeca Grynspan at the trade panel."),
    ("un", "Costa Rica co-signed UNCTAD Secretary-General Rebeca Grynspan on the trade accord."),
    ("nato", "Poland sponsored OSCE Secretary General Mark Rutte at the conference."),
    ("nato", "Latvia co-sponsored OSCE Secretary General Kaja Kallas at the forum in Riga."),
    ("nato", "Poland presented OSCE Secretary General Mark Rutte with a medal."),
    ("nato", "Estonia fielded OSCE Secretary General Kaja Kallas at the security panel."),
]
SPONSOR_STATED = [
    ("un", "Mexico nominated UNCTAD Secretary-General Rebeca Grynspan.", ("endorsement", "Rebeca Grynspan", "Mexico")),
    ("un", "Mexico backs UNCTAD Secretary-General Rebeca Grynspan.", ("endorsement", "Rebeca Grynspan", "Mexico")),
    ("nato", "Poland backs OSCE Secretary General Mark Rutte.", ("endorsement", "Mark Rutte", "Poland")),
]
SPONSOR_CASES = [(r, s, set()) for r, s in SPONSOR_NEAR] + [(r, s, {k}) for r, s, k in SPONSOR_STATED]


@pytest.mark.parametrize("race,sentence,expected", SPONSOR_CASES, ids=[s[:60] for _, s, _ in SPONSOR_CASES])
def test_only_a_verb_that_takes_the_person_reads_through_the_title(request, race, sentence, expected):
    """No stance nor candidacy by a verb of sponsoring an event (the near misses); a stance where the verb takes the
    person."""
    keys = set(grid_keys(request, race, sentence))
    found = {k for k in keys if k[0] in ("endorsement", "opposition")}
    assert found == expected
    if not expected:
        assert not any(k[0] == "candidacy" for k in keys)
