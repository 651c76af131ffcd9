"""A table row's bar parts its cells as an explainer heading's colon or spaced dash does, session 39 (lead, issue 12):
"Rebeca Grynspan | nominated by Costa Rica | in the race", "Grynspan | backed by Spain, Portugal", "Grynspan | Costa
Rica | nominated 12 March" read as "Rebeca Grynspan (Costa Rica): nominated ..." (frames/base.HEADING_SEP and
HEADING_CLAUSE). Not a cell that only guesses, a modal, a negated nomination or another post. Invented, both races,
about half near misses."""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

CASES = [
    ("un", "Rebeca Grynspan | nominated by Costa Rica | in the race",
     {("candidacy", "Rebeca Grynspan", None), ("endorsement", "Rebeca Grynspan", "Costa Rica")}),
    ("un", "Grynspan | backed by Spain, Portugal",
     {("endorsement", "Rebeca Grynspan", "Spain"), ("endorsement", "Rebeca Grynspan", "Portugal")}),
    ("un", "Grynspan | Costa Rica | nominated 12 March", {("candidacy", "Rebeca Grynspan", None)}),
    ("un", "Rafael Grossi | Argentina | nominated November 2025", {("candidacy", "Rafael Grossi", None)}),
    ("nato", "Mark Rutte | nominated by the Netherlands | appointed",
     {("candidacy", "Mark Rutte", None), ("endorsement", "Mark Rutte", "Netherlands")}),
    ("nato", "Klaus Iohannis | Romania | backed by Romania; opposed by none",
     {("endorsement", "Klaus Iohannis", "Romania")}),
    # near misses: no event
    ("un", "Rebeca Grynspan | could be nominated by Costa Rica | undecided", set()),
    ("un", "Grynspan | tipped as a possible candidate | -", set()),
    ("un", "Grynspan | not nominated | -", set()),
    ("un", "Bachelet | Chile | could be nominated", set()),
    ("nato", "Mark Rutte | nominated by the Netherlands as EU envoy", set()),
    ("nato", "Klaus Iohannis | Romania | might be backed by Romania", set()),
]


@pytest.mark.parametrize("race,text,expected", CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_table_row_cells(request, race, text, expected):
    assert grid_keys(request, race, text) == expected
