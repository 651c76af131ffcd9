"""A state co-sponsoring a nomination in the clause after it, session 34 (issue 12): invented names and sentences in
both races, none a corpus sentence.

- "..., with T co-sponsoring.": an absolute clause of a nominating verb with its object, the bid in focus, left out
  (`frames.focus` focus_with_nominating, `vocab.nominate_ing`): T backs the candidate;
- "T signed the nomination letter as a co-sponsor", "with T and U signing the letter as co-sponsors": signing the
  text that carries the bid in a supporter's place is joining it (`endorsement.enlisting_verbs` + sign, the
  text's noun from `endorsement.document_nouns` in `vocab.joined_as`);
- near misses: another object ("co-sponsoring a resolution on oceans", "signed the trade agreement as a
  co-sponsor"), another place than a supporter's ("as witnesses"), "without T co-sponsoring", a modal ("may sign"),
  a negation ("did not sign"): no backing by T.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Klaus Iohannis", S="Romania", T="Bulgaria", U="Poland"),
    "un": dict(X="Ana Quiroga", S="Peru", T="Chile", U="Ecuador"),
}
# (sentence, the states whose backing of X it states beyond S's)
CASES = [
    ("{X} was nominated by {S} in January, with {T} co-sponsoring.", {"T"}),
    ("{S} put {X} forward in March, with {T} and {U} co-sponsoring.", {"T", "U"}),
    ("{X} was nominated by {S} in March, with {T} and {U} signing the nomination letter as co-sponsors.", {"T", "U"}),
    ("{S} nominated {X} in March, and {T} signed the letter as a co-sponsor.", {"T"}),
    ("{T} and {U} signed the letter as co-sponsors of {X}'s candidacy.", {"T", "U"}),
    # near misses
    ("{X} was nominated by {S} in January, with {T} co-sponsoring a resolution on oceans.", set()),
    ("{X} was nominated by {S} in January, with {T} signing the letter as witnesses.", set()),
    ("{X} was nominated by {S} in January; {T} signed the trade agreement as a co-sponsor.", set()),
    ("{X} was nominated by {S} in January, without {T} co-sponsoring.", set()),
    ("{X} was nominated by {S} in January; {T} may sign the letter as a co-sponsor.", set()),
    ("{X} was nominated by {S} in January; {T} did not sign the letter as a co-sponsor.", set()),
]


def _cases():
    for race, p in RACES.items():
        for text, backers in CASES:
            yield race, text.format(**p), {p[k] for k in backers}


@pytest.mark.parametrize("race,text,backers", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_cosponsor(request, race, text, backers):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    others = {k[2] for k in keys if k[0] == "endorsement" and k[1] == p["X"] and k[2] != p["S"]}
    assert others == backers
    if "nominat" in text or "put" in text:
        assert ("candidacy", p["X"], None) in keys
