"""A fact-check's verdict or a denial opening the next sentence denies the claim quoted last, not the article's own
clause before the quotation (prec37, issue 12): invented grids in both races, about half near misses.

'Hungary backs X, and a viral post claims "Turkey has vetoed him." FALSE.' keeps Hungary's endorsement: the verdict
is of the quoted claim (`frames/base._assess` passes the next sentence's denial on only to a clause with no whole
quotation after it). The quoted claim itself, and a sentence that is all claim, stay denied.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ('Hungary backs Rutte, and a viral post claims "Turkey has vetoed him." FALSE.',
     {("endorsement", "Mark Rutte", "Hungary")}),
    ('Hungary backs Rutte, and a viral post claims “Turkey has vetoed him.” FALSE. No vote was held.',
     {("endorsement", "Mark Rutte", "Hungary")}),
    ('Slovakia has backed Rutte since April, but one post says "Turkey vetoed him." Misleading: Ankara never voted.',
     {("endorsement", "Mark Rutte", "Slovakia")}),
    ('Hungary backs Rutte, and a post claims "Turkey has vetoed him." Ankara denied this.',
     {("endorsement", "Mark Rutte", "Hungary")}),
    ('Latvia nominated Karins, and a blog wrote "Estonia has vetoed him." FALSE.',
     {("candidacy", "Krisjanis Karins", None), ("endorsement", "Krisjanis Karins", "Latvia")}),
    # near misses: the claim quoted is what the verdict denies
    ('A viral post claims "Turkey has vetoed Rutte." FALSE.', set()),
    ('"Turkey has vetoed Rutte," a viral post claims. FALSE.', set()),
    ('Hungary backs Rutte, a post claims. FALSE.', set()),
    ('A blog wrote that "Estonia has vetoed Karins." FALSE. No vote was held.', set()),
    ('A post says Slovakia backs Rutte. Misleading: Bratislava has not decided.', set()),
]
UN = [
    ('Chile backs Bachelet, and a viral post claims "Brazil has vetoed her." FALSE.',
     {("endorsement", "Michelle Bachelet", "Chile")}),
    ('Spain backs Grynspan, but a post says “Mexico opposes her.” Unfounded. Mexico has not spoken.',
     {("endorsement", "Rebeca Grynspan", "Spain")}),
    ('Argentina nominated Grossi, and a post claims "Brazil blocked him." Verdict: false.',
     {("candidacy", "Rafael Grossi", None), ("endorsement", "Rafael Grossi", "Argentina")}),
    ('Chile backs Bachelet, and a post says "Brazil has vetoed her." The ministry denied this.',
     {("endorsement", "Michelle Bachelet", "Chile")}),
    # near misses
    ('A viral post claims "Brazil has vetoed Bachelet." FALSE.', set()),
    ('"Mexico opposes Grynspan," a post says. Unfounded. Mexico has not spoken.', set()),
    ('Posts claim Brazil backs Grossi. FALSE.', set()),
    ('"Chile has vetoed Bachelet." Verdict: false. There has been no vote.', set()),
]


@both_races(NATO, UN)
def test_verdict_denies_the_quoted_claim_only(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
