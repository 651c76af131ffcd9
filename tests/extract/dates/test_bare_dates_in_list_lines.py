"""A date written with no preposition after a participle or a leaving verb, as list lines, timelines and tables give
it, session 39 (lead, issue 12): "X (S) - nominated 12 March 2026", "withdrew 3 September", "Y withdrew September 3,
citing ..." read as "nominated on 12 March 2026" is (frames/time_phrases.BARE_DATE in the dated tail). Not a number that
is no day of a month ("nominated 3 candidates", "withdrew 300 staff"), nor another office left. Invented, both races,
about half near misses."""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

CASES = [
    ("un", "* Rebeca Grynspan (Costa Rica) - nominated 12 March 2026", {("candidacy", "Rebeca Grynspan", None)}),
    ("un", "- Rafael Grossi (Argentina) - nominated November 2025", {("candidacy", "Rafael Grossi", None)}),
    ("un", "- Rafael Grossi (Argentina) - nominated March 3", {("candidacy", "Rafael Grossi", None)}),
    ("un", "* Michelle Bachelet (Chile) - withdrew 3 September", {("withdrawal", "Michelle Bachelet", None)}),
    ("un", "Bachelet withdrew 3 September 2026.", {("withdrawal", "Michelle Bachelet", None)}),
    ("nato", "- Klaus Iohannis (Romania) - withdrew 20 June", {("withdrawal", "Klaus Iohannis", None)}),
    ("nato", "Iohannis pulled out June 20, two days before the vote.", {("withdrawal", "Klaus Iohannis", None)}),
    # near misses: no event
    ("un", "- Rafael Grossi (Argentina) - nominated 3 candidates", set()),
    ("un", "Bachelet withdrew 300 staff from the region.", set()),
    ("un", "- Rafael Grossi (Argentina) - nominated Mayor of Buenos Aires", set()),
    ("nato", "- Klaus Iohannis (Romania) - withdrew 20 troops", set()),
    ("un", "* Michelle Bachelet (Chile) - could withdraw 3 September", set()),
    ("nato", "Iohannis may pull out June 20, a diplomat speculated.", set()),
]


@pytest.mark.parametrize("race,text,expected", CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_bare_date_after_the_predicate(request, race, text, expected):
    assert grid_keys(request, race, text) == expected
