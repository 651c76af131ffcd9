"""An event's date at its precision (day, month, year), read from its own clause and resolved
against the publication date: invented sentences, each a construction."""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import event_to_json, extract_events
from natowatch.extract.dates import find_dates
from natowatch.extract.model import date_iso, date_text, last_day
from tests.extract.conftest import RACE_TITLE

JAN = dt.date(2025, 1, 10)      # a Friday early in a year: months and days named are last year's
JUNE = dt.date(2024, 6, 20)     # a Thursday


@pytest.mark.parametrize("text,published,date,precision", [
    # a month without its year: past clauses look back, across the year's end too
    ("announced his bid in December", JAN, dt.date(2024, 12, 1), "month"),
    ("in November, Ruritania said", JAN, dt.date(2024, 11, 1), "month"),
    ("will step down in March", JAN, dt.date(2025, 3, 1), "month"),
    ("will take office in January", JAN, dt.date(2025, 1, 1), "month"),
    ("will take office in January", dt.date(2024, 12, 20), dt.date(2025, 1, 1), "month"),
    ("is expected to take office in October", JUNE, dt.date(2024, 10, 1), "month"),
    ("next March", dt.date(2024, 12, 20), dt.date(2025, 3, 1), "month"),
    ("next March", dt.date(2024, 2, 20), dt.date(2024, 3, 1), "month"),
    ("last June", JUNE, dt.date(2023, 6, 1), "month"),
    ("last December", JAN, dt.date(2024, 12, 1), "month"),
    ("this May", JUNE, dt.date(2024, 5, 1), "month"),
    ("earlier this month", JAN, dt.date(2025, 1, 1), "month"),
    ("last month", JAN, dt.date(2024, 12, 1), "month"),
    ("next month", dt.date(2024, 12, 20), dt.date(2025, 1, 1), "month"),
    ("in October 2023", None, dt.date(2023, 10, 1), "month"),
    # years
    ("last year", JAN, dt.date(2024, 1, 1), "year"),
    ("earlier this year", JUNE, dt.date(2024, 1, 1), "year"),
    ("next year", JUNE, dt.date(2025, 1, 1), "year"),
    ("in 2019", None, dt.date(2019, 1, 1), "year"),
    ("since 2023", JUNE, dt.date(2023, 1, 1), "year"),
    # days keep their resolution
    ("withdrew on December 20", JAN, dt.date(2024, 12, 20), "day"),
    ("on Thursday", JAN, dt.date(2025, 1, 9), "day"),
])
def test_precision_and_year(text, published, date, precision):
    found = find_dates(text, published)
    assert [(d.date, d.precision) for d in found] == [(date, precision)]


@pytest.mark.parametrize("text", ["the 2024 summit", "2019 candidates", "in 2024-25", "in 20 minutes"])
def test_a_number_is_no_year_without_its_preposition(text):
    assert [d for d in find_dates(text, JUNE) if d.precision == "year"] == []


def _dated(text: str, published: dt.date | None = JUNE, story=None) -> dict[tuple, tuple]:
    return {(e.type, e.subject, e.actor): (e.date, e.precision)
            for e in extract_events(RACE_TITLE, text, published, story)}


@pytest.fixture()
def dated(story):
    return lambda text, published=JUNE: _dated(text, published, story)


RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"


@pytest.mark.parametrize("text,published,key,expected", [
    # each precision dates an event
    ("Turkey backed Mark Rutte on Tuesday.", JUNE, ("endorsement", RUTTE, "Turkey"), (dt.date(2024, 6, 18), "day")),
    ("Turkey backed Mark Rutte in April.", JUNE, ("endorsement", RUTTE, "Turkey"), (dt.date(2024, 4, 1), "month")),
    ("Turkey backed Mark Rutte last year.", JUNE, ("endorsement", RUTTE, "Turkey"), (dt.date(2023, 1, 1), "year")),
    ("Turkey backed Mark Rutte in 2023.", JUNE, ("endorsement", RUTTE, "Turkey"), (dt.date(2023, 1, 1), "year")),
    ("Klaus Iohannis announced his bid for the post earlier this month.", JUNE, ("candidacy", IOHANNIS, None),
     (dt.date(2024, 6, 1), "month")),
    # across the year's end: a past month in an article of January is last year's
    ("Klaus Iohannis announced his bid for the post in December.", JAN, ("candidacy", IOHANNIS, None),
     (dt.date(2024, 12, 1), "month")),
    ("Turkey backed Mark Rutte on December 30.", JAN, ("endorsement", RUTTE, "Turkey"), (dt.date(2024, 12, 30), "day")),
    # a month set off by commas before the clause dates it
    ("Last month, Turkey backed Mark Rutte.", JUNE, ("endorsement", RUTTE, "Turkey"), (dt.date(2024, 5, 1), "month")),
    # a day beats a month of the same clause
    ("In June, Turkey backed Mark Rutte on Tuesday.", JUNE, ("endorsement", RUTTE, "Turkey"),
     (dt.date(2024, 6, 18), "day")),
    # a date of another occasion is not the event's
    ("Turkey backed Mark Rutte on Monday ahead of the summit in July.", JUNE, ("endorsement", RUTTE, "Turkey"),
     (dt.date(2024, 6, 17), "day")),
    ("Turkey backed Mark Rutte ahead of the NATO summit in Washington in July.", JUNE,
     ("endorsement", RUTTE, "Turkey"), (None, None)),
    # the clause of another event keeps its own date: "who entered the race in March" is not the withdrawal's
    ("Klaus Iohannis, who had launched a rival bid in March, withdrew on June 20.", JUNE,
     ("candidacy", IOHANNIS, None), (dt.date(2024, 3, 1), "month")),
    ("Klaus Iohannis, who had launched a rival bid in March, withdrew on June 20.", JUNE,
     ("withdrawal", IOHANNIS, None), (dt.date(2024, 6, 20), "day")),
    # a month or a year inside another clause across a comma is not taken
    ("After talks with Ankara last year, Turkey backed Mark Rutte.", JUNE, ("endorsement", RUTTE, "Turkey"),
     (None, None)),
    ("Turkey backed Mark Rutte, weeks after the talks in March.", JUNE, ("endorsement", RUTTE, "Turkey"),
     (None, None)),
])
def test_event_date(dated, text, published, key, expected):
    found = dated(text, published)
    assert found[key] == expected, found


def test_a_later_sentence_gives_a_finer_date(dated):
    found = dated("Turkey backed Mark Rutte in April. Turkey backed Mark Rutte on April 29, officials said.")
    assert found[("endorsement", RUTTE, "Turkey")] == (dt.date(2024, 4, 29), "day")
    found = dated("Turkey backed Mark Rutte on April 29. Turkey backed Mark Rutte in April.")
    assert found[("endorsement", RUTTE, "Turkey")] == (dt.date(2024, 4, 29), "day")


def test_the_same_events_with_and_without_dates(dated):
    """A date changes the event's date, never which events there are."""
    plain = dated("Turkey backed Mark Rutte. Klaus Iohannis announced his bid for the post.")
    with_dates = dated("Turkey backed Mark Rutte last year. Klaus Iohannis announced his bid for the post in March.")
    assert set(plain) == set(with_dates)
    assert all(v == (None, None) for v in plain.values())
    assert sorted(p for _, p in with_dates.values()) == ["month", "year"]


def test_json_and_text_show_the_precision(story):
    [event] = extract_events(RACE_TITLE, "Turkey backed Mark Rutte in April.", JUNE, story)
    out = event_to_json("a1", event, story)
    assert (out["date"], out["date_precision"]) == ("2024-04", "month")
    [event] = extract_events(RACE_TITLE, "Turkey backed Mark Rutte on April 29.", JUNE, story)
    out = event_to_json("a1", event, story)
    assert (out["date"], out["date_precision"]) == ("2024-04-29", "day")


def test_date_forms():
    june = dt.date(2024, 6, 1)
    assert [date_iso(june, p) for p in ("day", "month", "year", None)] == ["2024-06-01", "2024-06", "2024",
                                                                           "2024-06-01"]
    assert [date_text(june, p) for p in ("day", "month", "year")] == ["2024-06-01", "June 2024", "2024"]
    assert date_text(None, "month") is None
    assert [last_day(june, p) for p in ("day", "month", "year")] == [june, dt.date(2024, 6, 30),
                                                                     dt.date(2024, 12, 31)]
    assert last_day(dt.date(2024, 12, 1), "month") == dt.date(2024, 12, 31)
