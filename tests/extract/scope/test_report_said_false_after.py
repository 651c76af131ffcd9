"""A report named back and said to be false after it (prec39, issue 12), invented grids in both races, about half
near misses.

"Media reported that Indonesia had decided to support X. These reports are not accurate.", "..., but the embassy said
the reports were wrong", "The embassy wishes to clarify that these reports are untrue.": the report's noun named back
with "these", "the", "such" and said false (cues.false_words, "not accurate", "has no basis") in the rest of the
sentence or opening the next one denies the clause it told (`scope_doubt.false_said`; the guide: reports the article
denies are no event). A report confirmed, a report noun of another matter, or a report that opens a new clause
("Reports that it opposed Y are false") leaves the clause standing.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("Media reported that Turkey had decided to back Rutte. These reports are untrue.", set()),
    ("Media reported that Turkey had decided to back Rutte. The ministry wishes to clarify that these reports are "
     "not accurate.", set()),
    ("A newspaper reported that Spain backs Iohannis, but the foreign ministry said the report was wrong.", set()),
    ("A newspaper reported that Spain backs Iohannis. The report was confirmed by the ministry on Tuesday.",
     {("endorsement", "Klaus Iohannis", "Spain")}),
    ("A newspaper reported that Spain backs Iohannis. The report came as allies met in Brussels.",
     {("endorsement", "Klaus Iohannis", "Spain")}),
    ("Turkey backs Rutte. Reports that it had vetoed Iohannis are false.", {("endorsement", "Mark Rutte", "Turkey")}),
]
UN = [
    ("Media reported that Indonesia had decided to support Grossi. These reports are untrue.", set()),
    ("Media reported that Indonesia had decided to support Grossi. The embassy wishes to clarify that these reports are "
     "not accurate.", set()),
    ("Media reported that Indonesia had decided to support Grossi, but the embassy said the reports were wrong.", set()),
    ("Media reported that Indonesia had decided to support Grossi. The report was confirmed by the ministry on Tuesday.",
     {("endorsement", "Rafael Grossi", "Indonesia")}),
    ("Media reported that Indonesia had decided to support Grossi. These reports come as the first poll nears.",
     {("endorsement", "Rafael Grossi", "Indonesia")}),
    ("Indonesia backs Grossi. Reports that it opposed Bachelet are false.", {("endorsement", "Rafael Grossi", "Indonesia")}),
]


@both_races(NATO, UN)
def test_report_said_false_after(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
