"""An unlisted candidate introduced by a profile line that ends on a body's name (issue 12): invented names and
sentences in both races, none a corpus sentence.

"X, 61, was until last year an administrator of the UN Development Programme. Namibia nominated her ...": the
capitalised words of a body, a title or a place ("UN Development Programme", "Security Council", "European Defence
Agency") name no other person between the unlisted name and the next sentence's pronoun, so the name is proposed
(discover.Proposer._person_named reads the discovery lexicon's not-name words). The near misses name another person
there ("an aide to President Laura Fernandez", "worked with Jane Doe"): the pronoun may be theirs and nothing is
proposed; or the next sentence states no event (a modal, a decision not yet taken, praise).
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "un": dict(X="Amara Nkosi", P="her", S="Namibia", T="Kenya", post="secretary-general",
               body="the UN Development Programme", council="the Security Council", other="President Laura Fernandez"),
    "nato": dict(X="Lauri Tamm", P="him", S="Estonia", T="Latvia", post="NATO secretary general",
                 body="the European Defence Agency", council="the North Atlantic Council", other="Prime Minister Ana Ruiz"),
}
# (text, the keys expected: "cand" the candidacy, "S"/"T" an endorsement by that state; empty for no event)
CASES = [
    ("{X}, 61, was until last year an administrator of {body}. {S} nominated {P} for {post} on Monday.", {"cand", "S"}),
    ("{X}, 61, was until last year an administrator of {body}. {S} nominated {P} for {post} on Monday, and {T} "
     "backs {P}.", {"cand", "S", "T"}),
    ("{X}, 58, sat on {council} as {S}'s envoy. {S} nominated {P} for {post} on Monday.", {"cand", "S"}),
    ("{X}, 61, was {S}'s deputy prime minister and, before that, a deputy head of {body}. {S} put {P} forward for "
     "{post} in May.", {"cand", "S"}),
    ("{X}, 61, led {body} for six years. {S} nominated {P} for {post} on Monday.", {"cand", "S"}),
    # near misses: another person named between the name and the pronoun, or no event stated
    ("{X}, 61, was until last year an aide to {other}. {S} nominated {P} for {post} on Monday.", set()),
    ("{X}, 61, worked with Jane Doe at {body}. {S} nominated {P} for {post} on Monday.", set()),
    ("{X}, 61, was until last year an administrator of {body}. {S} may nominate {P} for {post}.", set()),
    ("{X}, 61, was until last year an administrator of {body}. {S} has not yet decided whether to nominate {P} for "
     "{post}.", set()),
    ("{X}, 61, was until last year an administrator of {body}. {S} praised {P} work on Monday.", set()),
]


def _cases():
    for race, p in RACES.items():
        for text, expected in CASES:
            yield race, text.format(**p), expected


@pytest.mark.parametrize("race,text,expected", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_unlisted_profile_before_body_name(request, race, text, expected):
    p = RACES[race]
    want = {("candidacy", p["X"], None) if e == "cand" else ("endorsement", p["X"], p[e]) for e in expected}
    keys = grid_keys(request, race, text)
    assert {k for k in keys if k[1] == p["X"]} == want, keys
