"""A state joining with its object left out in a sentence that says the stance before's candidate has left (issue 12):
invented names and sentences in both races, none a corpus sentence.

"S backed X early. T came over in August, after X's exit", "T switched the same afternoon, after X withdrew": one does
not come over to a candidate who has left; the elided stance (frames/ellipsis check_elided, a joining verb) is about
someone the text does not name here: no event for T. Where the sentence's leaver is someone else ("after Y's exit",
"before Y withdrew") or no one leaves, T joins X as before.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Klaus Iohannis", x="Iohannis", y="Rutte", S="Bulgaria", T="Poland"),
    "un": dict(X="Michelle Bachelet", x="Bachelet", y="Grossi", S="Spain", T="Brazil"),
}
LEAD = "{S} backed {X} early. "
# (second sentence, T's endorsement of X stated)
CASES = [
    ("{T} came over in August, after {x}'s exit.", False),
    ("{T} switched the same afternoon, after {x} withdrew.", False),
    ("{T} signed on in May, once {x} had pulled out.", False),
    ("{T} came over a day after {x}'s withdrawal.", False),
    ("{T} switched sides in June, after {x} dropped out of the race.", False),
    # the leaver is someone else, or no one leaves: T joins X
    ("{T} came over in August, after {y}'s exit.", True),
    ("{T} switched the same afternoon, after {y} withdrew.", True),
    ("{T} signed on in May.", True),
    ("{T} came over in August.", True),
    ("{T} switched sides in June, before {y} dropped out of the race.", True),
]


def _cases():
    for race, p in RACES.items():
        for text, joined in CASES:
            yield race, (LEAD + text).format(**p), joined


@pytest.mark.parametrize("race,text,joined", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_joining_after_exit(request, race, text, joined):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    assert ("endorsement", p["X"], p["S"]) in keys, keys
    assert (("endorsement", p["X"], p["T"]) in keys) is joined, keys
