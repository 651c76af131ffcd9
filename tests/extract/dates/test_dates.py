"""Date expressions resolved against the publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract.dates import date_near, find_dates

PUB = dt.date(2024, 6, 20)   # Thursday


@pytest.mark.parametrize("text,expected,precision", [
    ("said on Tuesday that", dt.date(2024, 6, 18), "day"),
    ("announced Thursday his bid", dt.date(2024, 6, 20), "day"),
    ("last Thursday", dt.date(2024, 6, 13), "day"),
    ("next Monday", dt.date(2024, 6, 24), "day"),
    ("will take office on Tuesday", dt.date(2024, 6, 25), "day"),
    ("is due to arrive in Brussels on Monday", dt.date(2024, 6, 24), "day"),
    ("he'll start on Thursday", dt.date(2024, 6, 20), "day"),
    ("took office on Tuesday", dt.date(2024, 6, 18), "day"),
    ("said it will back him, on Tuesday", dt.date(2024, 6, 18), "day"),
    ("this morning", dt.date(2024, 6, 20), "day"),
    ("said this afternoon", dt.date(2024, 6, 20), "day"),
    ("indicated on June 18, they", dt.date(2024, 6, 18), "day"),
    ("on 26 June", dt.date(2024, 6, 26), "day"),
    ("On Tuesday, October 1, Rutte", dt.date(2024, 10, 1), "day"),
    ("on March 6", dt.date(2024, 3, 6), "day"),
    ("on December 28", dt.date(2023, 12, 28), "day"),
    ("on Sept. 8", dt.date(2024, 9, 8), "day"),
    ("tomorrow", dt.date(2024, 6, 21), "day"),
    ("yesterday", dt.date(2024, 6, 19), "day"),
    ("in March", dt.date(2024, 3, 1), "month"),
    ("in October", dt.date(2023, 10, 1), "month"),
    ("in October 2024", dt.date(2024, 10, 1), "month"),
    ("last year", dt.date(2023, 1, 1), "year"),
    ("on 2024-06-26", dt.date(2024, 6, 26), "day"),
])
def test_resolution(text, expected, precision):
    found = find_dates(text, PUB)
    assert len(found) == 1
    assert (found[0].date, found[0].precision) == (expected, precision)


def test_without_publication_date_only_explicit_years_resolve():
    assert find_dates("on Tuesday", None)[0].date is None
    assert find_dates("on June 18", None)[0].date is None
    assert find_dates("on June 18, 2024", None)[0].date == dt.date(2024, 6, 18)


def test_modal_may_is_not_a_month():
    assert find_dates("Iohannis may quit the race", PUB) == ()


def test_nearest_date_to_the_trigger():
    text = "On June 18 Hungary said it backs Rutte, days before the June 26 decision."
    mention, date = date_near(text, text.index("backs"), PUB)
    assert date == dt.date(2024, 6, 18)


@pytest.mark.parametrize("text,published,expected", [
    # a retrospective in December: days told in the past are the year's, not next year's
    ("Ankara signed off on 22 February.", dt.date(2024, 12, 27), dt.date(2024, 2, 22)),
    ("On 20 June Iohannis withdrew from the race.", dt.date(2024, 12, 27), dt.date(2024, 6, 20)),
    ("On 18 June, after weeks of talks, Orban announced his support.", dt.date(2024, 12, 27), dt.date(2024, 6, 18)),
    # the present and the future of a schedule keep the day ahead
    ("He takes over from Stoltenberg on 1 October.", dt.date(2024, 6, 26), dt.date(2024, 10, 1)),
    ("He will succeed Stoltenberg and assume the role on October 1.", dt.date(2024, 6, 26), dt.date(2024, 10, 1)),
    ("He will take office on 1 January.", dt.date(2026, 12, 3), dt.date(2027, 1, 1)),
    # a day just past in January is last December's
    ("He withdrew on December 20.", dt.date(2025, 1, 5), dt.date(2024, 12, 20)),
])
def test_a_day_without_a_year_takes_the_tense_of_its_clause(text, published, expected):
    assert [d.date for d in find_dates(text, published)] == [expected]
