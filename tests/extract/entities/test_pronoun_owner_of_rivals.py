"""Candidates named in apposition to a pronoun's rivals (issue 12): invented names and sentences in both races, none a
corpus sentence.

"few gave the economist much chance against her two rivals, X, a former president, and Y. S was the first to back
her": the rivals named after "her rivals," are named as the pronoun's owner's rivals; the pronouns after them still
stand for that owner (discourse.rivals_before, read in references._on_name like a comparison, "Unlike X, she ..."). The
near misses name the rival without the apposition ("against X and Y"), or with a noun of another kind ("her two
friends, X and Y"): the pronoun is the last named as before; and modal or not-yet stances give no event.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    # O: the owner of the rivals; R: a rival of the same sex, named last; P: the pronoun
    "nato": dict(S="Poland", O="Mark Rutte", o="Rutte", R="Klaus Iohannis", r="Iohannis", Q="Kaja Kallas", P="him",
                 p="his", N="the Netherlands"),
    "un": dict(S="Spain", O="Rebeca Grynspan", o="Grynspan", R="Michelle Bachelet", r="Bachelet", Q="Rafael Grossi",
               P="her", p="her", N="Costa Rica"),
}
# (text, who S backs: "O", "R" or None for no event)
CASES = [
    ("{N} nominated {O} in May. Few gave {o} much chance against {p} two rivals, {R}, a former president, and {Q}. "
     "{S} was the first to back {P}.", "O"),
    ("{N} nominated {O} in May. {o} had to see off {p} main rival, {R}, in the first poll. {S} backed {P} at once.", "O"),
    ("{N} nominated {O} in May. Against {p} challengers, {Q} and {R}, {o} looked weak. {S} nonetheless backed {P}.", "O"),
    ("{N} nominated {O} in May. {o} faces {p} rivals, {Q}, the agency chief, and {R}, a veteran. {S} was quick to back {P}.", "O"),
    ("{N} nominated {O} in May. {o} is ahead of {p} closest competitor, {R}. {S} says it backs {P}.", "O"),
    # near misses: no apposition to the rivals, another noun, or no stance stated
    ("{N} nominated {O} in May. Few gave {o} much chance against {R} and {Q}. {S} was the first to back {P}.", "R"),
    ("{N} nominated {O} in May. {o} met {p} two friends, {R} and {Q}, on Monday. {S} was the first to back {P}.", "R"),
    ("{N} nominated {O} in May. Few gave {o} much chance against {p} two rivals, {R} and {Q}. {S} may back {P} later.", None),
    ("{N} nominated {O} in May. Few gave {o} much chance against {p} two rivals, {R} and {Q}. {S} has yet to back {P}.", None),
    ("{N} nominated {O} in May. {o} faces {p} main rival, {R}. {S} could back {P} if asked.", None),
]


def _cases():
    for race, p in RACES.items():
        for text, backed in CASES:
            yield race, text.format(**p), backed


@pytest.mark.parametrize("race,text,backed", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_pronoun_after_rivals(request, race, text, backed):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    by_s = {k[1] for k in keys if k[0] in ("endorsement", "opposition") and k[2] == p["S"]}
    assert by_s == ({p[backed]} if backed else set()), keys
