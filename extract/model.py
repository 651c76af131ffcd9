"""The data extract/ produces: plain, frozen dataclasses with no I/O."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

EVENT_TYPES = ("candidacy", "endorsement", "opposition", "withdrawal", "appointment", "takes_office")
# Only these compare the actor: every other type is the same event whoever the actor is.
ACTOR_TYPES = frozenset({"endorsement", "opposition"})
STATUSES = ("confirmed", "reported", "tentative")
# A stance's status when the article says it ended ("dropped its objections"): its date is when it ended.
ENDED = "ended"
# How much of `date` the text gives, finest first: a month or a year is held as its first day.
PRECISIONS = ("day", "month", "year")


def date_iso(date: dt.date | None, precision: str | None = "day") -> str | None:
    """ISO 8601 to the precision known: 2024-06-18, 2024-06, 2024 (None: undated). A stored date
    without a precision was a day (they were all days before precisions were kept)."""
    if date is None:
        return None
    return {"month": f"{date.year:04d}-{date.month:02d}", "year": f"{date.year:04d}"}.get(precision or "day",
                                                                                          date.isoformat())


def last_day(date: dt.date, precision: str | None = "day") -> dt.date:
    """The last day a date of this precision may mean: "in June" may be 30 June."""
    if precision == "year":
        return dt.date(date.year, 12, 31)
    if precision == "month":
        return dt.date(date.year + date.month // 12, date.month % 12 + 1, 1) - dt.timedelta(days=1)
    return date


def finer(precision: str | None, than: str | None) -> bool:
    """Is a date of `precision` finer than one of `than` (None: no date, coarser than any)?"""
    return than is None or PRECISIONS.index(precision or "day") < PRECISIONS.index(than)


def timeline_order(event) -> tuple:
    """A stored event's place in the timeline: by when it happened (its date, else when first
    reported; a month or a year from its first day, after that day's own events), unknown last,
    then first seen first."""
    rank = PRECISIONS.index(event.date_precision) if event.date is not None and event.date_precision else 0
    return (event.when or dt.date.max, rank, event.id)


def precision(date: dt.date | None, precision: str | None) -> str | None:
    """The precision of a date as shown: None when undated, a day when not said."""
    return (precision or "day") if date is not None else None


def date_text(date: dt.date | None, precision: str | None = "day") -> str | None:
    """For people: 2024-06-18, June 2024, 2024 (a month is never shown as its first day)."""
    if date is not None and precision == "month":
        return f"{date:%B} {date.year}"
    return date_iso(date, precision)


@dataclass(frozen=True)
class Event:
    """One event read from one article.

    `span` is the evidence sentence's (start, end) in the article text the
    extractor was given; `marks` are (start, end) spans *within the evidence*
    of the parts the rule matched (trigger, subject, actor), for --explain.
    """

    type: str
    subject: str
    actor: str | None
    status: str
    date: dt.date | None
    evidence: str
    span: tuple[int, int]
    confidence: float
    rule: str
    marks: tuple[tuple[int, int], ...] = field(default=())
    # the frame, for --explain: (role, text) of each filled role, and the scope checks of its predicate
    roles: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    scope: str = field(default="", compare=False)
    # of `date` (one of PRECISIONS; None when undated): "in June" is June, not 1 June
    precision: str | None = field(default=None, compare=False)

    @property
    def key(self) -> tuple[str, str, str | None]:
        """The identity of the event across sentences and articles."""
        return (self.type, self.subject, self.actor if self.type in ACTOR_TYPES else None)
