"""Two forms of a race's field (session 32, miss32), as invented grids in both races (no corpus sentence), about half
near misses:

1. Another body's post as a title right before a candidate's name ("UNCTAD Secretary-General X", "IAEA Director General
   X", "the OSCE secretary general X"): after an acronym that is not the organisation's own, the bare title is that
   body's post, not the race's (`mention_forms.py`); set in the sentence as the person's label (a list's item, the
   object of a verb or a preposition) it is part of the person's mention (`descriptors._former_posts`), so a list or a
   stance reads through it. As the sentence's subject ("The OSCE secretary general X was the only candidate") or as a
   post the person goes to ("was named ... X") it stays another race's.
2. A field a person joins or enters, then its colon's list ("X joins a crowded field: A, B and C", "a field that had
   until now been all European: ..."): the race's field, in an article about the race, as a counted field is
   (`candidacy_checks.py`). Not a field that only could hold them, one they left, nor another group ("a panel").
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys


def _candidates(keys) -> set[str]:
    return {k[1] for k in keys if k[0] == "candidacy"}


# ---- 1. another body's title before the name
UN_TITLED = [
    ("The field now includes Michelle Bachelet, UNCTAD Secretary-General Rebeca Grynspan and Rafael Grossi.",
     {"Michelle Bachelet", "Rebeca Grynspan", "Rafael Grossi"}),
    ("Three candidates remain: Michelle Bachelet, Rafael Grossi and OECD Secretary-General Rebeca Grynspan.",
     {"Michelle Bachelet", "Rebeca Grynspan", "Rafael Grossi"}),
    ("The declared candidates are Rafael Grossi and the UNCTAD Secretary-General Rebeca Grynspan.",
     {"Rebeca Grynspan", "Rafael Grossi"}),
    ("The field already includes Rebeca Grynspan and IAEA Director General Rafael Grossi.",
     {"Rebeca Grynspan", "Rafael Grossi"}),
    ("She joins a field that already includes two candidates: Michelle Bachelet and UNCTAD Secretary-General "
     "Rebeca Grynspan.", {"Michelle Bachelet", "Rebeca Grynspan"}),
]
UN_TITLED_NEAR = [
    "The OSCE Secretary-General Rebeca Grynspan was the only candidate.",
    "Rebeca Grynspan was named OECD Secretary-General in 2021.",
    "The possible candidates include Michelle Bachelet and UNCTAD Secretary-General Rebeca Grynspan.",
    "Names floated so far include UNCTAD Secretary-General Rebeca Grynspan and IAEA Director General Rafael Grossi.",
    "UNCTAD Secretary-General Rebeca Grynspan met the Mexican foreign minister on Monday.",
]


TITLED_CASES = [(s, e) for s, e in UN_TITLED] + [(s, set()) for s in UN_TITLED_NEAR]


@pytest.mark.parametrize("sentence,expected", TITLED_CASES, ids=[s[:50] for s, _ in TITLED_CASES])
def test_another_bodys_title_before_a_name(request, sentence, expected):
    """The names the sentence states in the race, of Grynspan and Grossi (none for a near miss)."""
    found = _candidates(grid_keys(request, "un", sentence))
    assert expected <= found and not (found - expected) & {"Rebeca Grynspan", "Rafael Grossi"}


def test_a_stance_reads_through_the_title(request):
    keys = grid_keys(request, "un", "Mexico is backing UNCTAD Secretary-General Rebeca Grynspan.")
    assert ("endorsement", "Rebeca Grynspan", "Mexico") in keys


def test_the_organisations_own_title_stays_the_post(request):
    keys = grid_keys(request, "un", "Costa Rica nominated Rebeca Grynspan for UN Secretary-General.")
    assert ("candidacy", "Rebeca Grynspan", None) in keys


# ---- 2. a field joined, then its colon's list
JOINED = {
    "nato": ("Mark Rutte", "Klaus Iohannis", "Kaja Kallas"),
    "un": ("Michelle Bachelet", "Rebeca Grynspan", "Rafael Grossi"),
}
JOINED_FORMS = [
    "She joins a crowded field: {a}, {b} and {c}.",
    "He enters a field that is already large: {a}, {b} and {c}.",
    "The newcomer joins a field that had until now been entirely male: {a}, {b}, and {c}.",
    "She entered a field that was so far wholly European: {a}, {b} and {c}.",
    "He is joining the field: {a}, {b} and {c}.",
]
JOINED_NEAR = [
    "She joins a field that could include {a}, {b} and {c}.",
    "She left a crowded field: {a}, {b} and {c}.",
    "She joins a panel of experts: {a}, {b} and {c}.",
    "He joins a field that may soon include {a}, {b} and {c}.",
    "She studied a field: {a}, {b} and {c}.",
]


@pytest.mark.parametrize("race", JOINED)
@pytest.mark.parametrize("form,listed", [(f, True) for f in JOINED_FORMS] + [(f, False) for f in JOINED_NEAR])
def test_a_joined_fields_list(request, race, form, listed):
    """All three named are candidates after a joined field's colon; none after a near miss's."""
    names = set(JOINED[race])
    found = _candidates(grid_keys(request, race, form.format(**dict(zip("abc", JOINED[race])))))
    assert (names <= found) if listed else not found & names
