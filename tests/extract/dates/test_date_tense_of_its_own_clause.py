"""A day or a month named without its year takes the tense of the clause the date belongs to, not the
tense of a clause reported inside it: "On 26 March, the minister told reporters that S 'will not
support' X" is the past March, "will meet on 26 March" the coming one (issue 12)."""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract.dates import find_dates

MAY = dt.date(2026, 5, 1)
JAN = dt.date(2024, 1, 10)


@pytest.mark.parametrize("text,published,expected", [
    # a past telling verb, a future quotation or reported clause: the date is of the telling
    ('On 26 March, his foreign minister told reporters that Ruritania "will not support" Smith.', MAY,
     dt.date(2026, 3, 26)),
    ('On 26 March his foreign minister told reporters that Ruritania "will not support" Smith.', MAY,
     dt.date(2026, 3, 26)),
    ("On 26 March, the prime minister said Ruritania will back Smith.", MAY, dt.date(2026, 3, 26)),
    ("On 26 March, the ministry announced that it would vote for Jones and will campaign for her.", MAY,
     dt.date(2026, 3, 26)),
    ("On 26 March, the envoy wrote: 'We will support her all the way.'", MAY, dt.date(2026, 3, 26)),
    ("On 26 March, the president vowed that his country will never back Smith.", MAY, dt.date(2026, 3, 26)),
    ("The ministry, in March, said Ruritania will not support Jones.", MAY, dt.date(2026, 3, 1)),
    ("The foreign minister told reporters on 26 March that Ruritania will not support Smith.", MAY,
     dt.date(2026, 3, 26)),
    # across a year's end: a past day in December read in January is last December's
    ("On 28 December, the minister said Ruritania will back Jones.", JAN, dt.date(2023, 12, 28)),
    ("The cabinet met on 28 December and said it will back Jones.", JAN, dt.date(2023, 12, 28)),
    ('On 28 December, the president told the press his country "will support" Smith.', JAN, dt.date(2023, 12, 28)),
    ("The ministry, in December, told the press that Ruritania will nominate Jones.", JAN, dt.date(2023, 12, 1)),
    # the date's own clause in the future keeps the coming day
    ("The ministers will meet on 26 March.", dt.date(2026, 3, 1), dt.date(2026, 3, 26)),
    ("On 26 March, the ministers will meet to discuss Smith's bid.", dt.date(2026, 3, 1), dt.date(2026, 3, 26)),
    ("On 26 March, the newly elected secretary-general will take office.", dt.date(2026, 3, 1),
     dt.date(2026, 3, 26)),
    ("The Council will vote on 5 January, the spokesman said.", dt.date(2025, 12, 20), dt.date(2026, 1, 5)),
    ("On 5 January, the Council will vote, the spokesman said.", dt.date(2025, 12, 20), dt.date(2026, 1, 5)),
    ("He will take office on 1 January, the ministry said.", JAN.replace(year=2023, month=12, day=3),
     dt.date(2024, 1, 1)),
    ("The spokesman said the vote will be held on 5 January.", dt.date(2025, 12, 20), dt.date(2026, 1, 5)),
    ("The minister said that Ruritania will back Jones on 26 March.", dt.date(2026, 3, 1), dt.date(2026, 3, 26)),
    ("The leaders, in March, will choose between Smith and Jones.", dt.date(2026, 2, 1), dt.date(2026, 3, 1)),
    ("The new secretary-general, in January, will take office.", dt.date(2025, 12, 20), dt.date(2026, 1, 1)),
])
def test_a_day_without_a_year_takes_the_tense_of_its_own_clause(text, published, expected):
    assert [d.date for d in find_dates(text, published)] == [expected]
