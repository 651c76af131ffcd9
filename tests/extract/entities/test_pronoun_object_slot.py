"""A pronoun in a stance's object slot, session 35 (mend35, review34 final finding 3; issue 12): invented grids in both
races, none a corpus sentence.

In an article mostly about a man, a stance naming no candidate is his unless its object slot holds a pronoun of the
other sex (sentence_events._pronoun_against). A possessive ("her") after a stance's verb or preposition is in the slot
only alone ("support for her", "backs her.") or owning the stance or bid noun ("her bid", "her bid to lead the UN"), not
owning another noun ("a vote for her party", "backing her deputy's plan", "her bid to reform the ministry"); a
possessive opening the sentence is in the slot, not one that owns its state ("Her country, Mexico, will back ...").
The first group keeps the endorsement of the man in focus; the near misses (the other sex in the slot) give none.
"""
from __future__ import annotations

import pytest

RACES = {
    "nato": dict(C="Mark Rutte", c="Rutte", T="Poland", W="Kaja Kallas"),
    "un": dict(C="Rafael Grossi", c="Grossi", T="Mexico", W="Alicia Barcena"),
}
DOMINANT = "{C} leads the field. {c} has toured the region. {c} is confident of a quick decision. "

ANOTHER_NOUN = [
    "{T} will back the candidacy, its foreign minister said after a vote for her party.",
    "{T} will back the candidacy, its foreign minister said, backing her deputy's plan.",
    "{T} will back the candidacy, said its foreign minister, who was praised for her bid to reform the ministry.",
    "Foreign Minister {W} spoke in Geneva. Her country, {T}, will back the candidacy.",
    "{T} will back the candidacy, its foreign minister said after a meeting with her counterpart.",
    "{T} will back the candidacy, its ambassador said, thanking her staff.",
]
IN_SLOT = [
    "{T} will not support her, its foreign minister said.",
    "{T} will back her bid, its foreign minister said.",
    "{T} will back the candidacy, its foreign minister said, voicing support for her.",
    "{T} will back the candidacy, its foreign minister said, praising her bid to lead the alliance.",
    "{T} will back the candidacy, its foreign minister said, backing her.",
    "Her bid will get {T}'s backing, its foreign minister said.",
]


@pytest.mark.parametrize("race,form,kept", [(r, f, k) for r in RACES for forms, k in ((ANOTHER_NOUN, True), (IN_SLOT, False))
                                            for f in forms])
def test_possessive_of_another_noun_is_no_object(race_keys, race, form, kept):
    p = RACES[race]
    keys = race_keys(race, DOMINANT.format(**p) + form.format(**p))
    stances = {k for k in keys if k[0] in ("endorsement", "opposition") and k[1] == p["C"]}
    assert (("endorsement", p["C"], p["T"]) in keys) is kept and (kept or not stances), keys
