"""Date expressions in a sentence, resolved against the publication date.

"on Tuesday" is the last Tuesday on or before publication, or the next one on or
after it when the clause speaks of the future ("will take office on Tuesday"); "June 18" takes the
year that puts it nearest the publication date; "in March" and "last year" give
the first day of that month or year. Without a publication date only
expressions that carry their own year resolve.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Sequence

from natowatch.extract.frames.cues import cue_sets, normalise
from natowatch.extract.text import Matches

_MONTHS = {m: i for i, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")], start=1) for m in names}
_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Future tense in the clause before a weekday: "will take office on Tuesday", "is due to start on Monday"
_FUTURE = re.compile(r"\b(?:will|shall|is\s+(?:due|set|scheduled|to)|are\s+(?:due|set|scheduled|to)|"
                     r"is\s+going\s+to|are\s+going\s+to)\b|['’]ll\b", re.I)
# a verb in the past: "signed off on 22 February", "was appointed on 26 June"
_PAST = re.compile(r"\b(?:\w{2,}ed|was|were|had|did|took|became|won|said|gave|came|went|left|made|got|met|held|ran|"
                   r"sought|withdrew|threw|began|chose|spoke|told|wrote|stood|swore|led)\b", re.I)
_CLAUSE_START = re.compile(r"[.;:!?]|,\s|\b(?:but|while|after|before|since|when|and)\b", re.I)

_PATTERNS = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("month_day", re.compile(r"(?:" + _WEEKDAY + r",?\s+)?\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
                             r"(?:,?\s+(?P<year>\d{4})\b)?")),
    ("day_month", re.compile(r"(?:" + _WEEKDAY + r",?\s+)?\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH
                             + r"\b(?:,?\s+(?P<year>\d{4})\b)?")),
    ("relative_day", re.compile(r"\b(?P<rel>today|tomorrow|yesterday|tonight|this\s+(?:morning|afternoon|evening))\b",
                                re.I)),
    ("weekday", re.compile(r"(?:\b(?P<which>last|next|this|on|since|from|until|by)\s+)?\b" + _WEEKDAY + r"\b")),
    ("month", re.compile(r"\b(?P<which>in|last|next|this|since|from|until|by|early|late|mid|mid-)\s+(?:-\s*)?"
                         + _MONTH + r"(?:\s+(?P<year>\d{4}))?\b")),
    ("year", re.compile(r"\b(?P<rel>last|next|this)\s+year\b", re.I)),
]

# the words each pattern cannot match without (one of each set, lower-cased), read from the pattern
_NEEDS = [cue_sets(pattern) for _, pattern in _PATTERNS]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: dt.date | None
    precision: str   # day, month, year


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


# how far after the publication a day without a year may lie when its clause speaks in the past:
# "signed off on 22 February" in a December retrospective is the February before, not the next one
_AHEAD_DAYS = 31


def _nearest_year(month: int, day: int, published: dt.date, tense: str = "") -> dt.date | None:
    """The year that puts the day nearest the publication; a clause in the future takes none before
    it, one in the past none more than a month after it."""
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if (tense == "future" and d < published) or (tense == "past" and (d - published).days > _AHEAD_DAYS):
            continue
        if best is None or abs((d - published).days) < abs((best - published).days):
            best = d
    return best


def _resolve(kind: str, m: re.Match, published: dt.date | None) -> tuple[dt.date | None, str]:
    if kind == "iso":
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"])), "day"
        except ValueError:
            return None, "day"
    if kind in ("month_day", "day_month"):
        month, day = _month(m["month"]), int(m["day"])
        if m["year"]:
            try:
                return dt.date(int(m["year"]), month, day), "day"
            except ValueError:
                return None, "day"
        return (_nearest_year(month, day, published, _tense_around(m.string, m.start(), m.end())) if published else None), "day"
    if published is None:
        return None, "day"
    if kind == "relative_day":
        rel = m["rel"].lower()
        shift = 0 if rel.startswith("this") else {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[rel]
        return published + dt.timedelta(days=shift), "day"
    if kind == "weekday":
        target = _WEEKDAYS[m["weekday"].lower()]
        which = (m["which"] or "").lower()
        back = (published.weekday() - target) % 7
        if which == "on" and _future_before(m.string, m.start()):
            return published + dt.timedelta(days=(target - published.weekday()) % 7), "day"
        if which == "next":
            return published + dt.timedelta(days=(target - published.weekday()) % 7 or 7), "day"
        if which == "last":
            back = back or 7
        return published - dt.timedelta(days=back), "day"
    if kind == "month":
        month = _month(m["month"])
        if m["year"]:
            return dt.date(int(m["year"]), month, 1), "month"
        which = m["which"].lower()
        year = published.year
        if which == "next":
            year += month <= published.month
        elif month > published.month:
            year -= 1
        return dt.date(year, month, 1), "month"
    if kind == "year":
        shift = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
        return dt.date(published.year + shift, 1, 1), "year"
    return None, "day"


def _tense_around(text: str, start: int, end: int) -> str:
    """"future", "past" or "" for the clause of a date: the words before it, else those after it up to
    the clause's end; a date set off at the front ("On 18 June, after ..., Orban announced") takes the
    tense of the clause that follows (its first 120 characters)."""
    if _future_before(text, start):
        return "future"
    breaks = Matches.of(_CLAUSE_START, text)
    if _PAST.search(text, breaks.last_end(start), start):
        return "past"
    after = re.match(r"[^.;:!?,]*", text[end:]).group()
    if not after.strip() and text[end:end + 1] == ",":
        after = text[end:end + 120]
    if _FUTURE.search(after):
        return "future"
    return "past" if _PAST.search(after) else ""


def _future_before(text: str, position: int) -> bool:
    """Whether the clause leading up to `position` is in the future tense."""
    start = Matches.of(_CLAUSE_START, text).last_end(position)
    return bool(_FUTURE.search(text, start, position))


def find_dates(text: str, published: dt.date | None) -> tuple[DateMention, ...]:
    """Every date expression in `text`, left to right, overlapping ones dropped."""
    found: list[DateMention] = []
    starts: list[int] = []      # of the spans kept, in order (they never overlap: the one starting
    ends: list[int] = []        # last before a new match's end is the only one it can overlap)
    low = normalise(text)
    for (kind, pattern), needs in zip(_PATTERNS, _NEEDS):
        # most sentences name no month or weekday: a pattern lacking its words is not scanned
        if not all(any(word in low for word in words) for words in needs):
            continue
        for m in pattern.finditer(text):
            i = bisect_left(starts, m.end())
            if i and ends[i - 1] > m.start():
                continue
            date, precision = _resolve(kind, m, published)
            found.append(DateMention(m.start(), m.end(), date, precision))
            starts.insert(i, m.start())
            ends.insert(i, m.end())
    return tuple(sorted(found, key=lambda d: d.start))


def date_near(text: str, position: int, published: dt.date | None,
              within: Sequence[tuple[int, int]] | None = None,
              found: Sequence[DateMention] | None = None) -> tuple[DateMention | None, dt.date | None]:
    """The resolved date expression nearest to `position` in the sentence, only among those
    inside the `within` spans when given (the clause the event was read from: in order, none
    overlapping, as Shape.covered). `found` is `find_dates(text, published)` when the caller has it
    already (in order, none overlapping).

    Only the nearest usable date on each side of `position`, and one holding it, can be the
    nearest; a comma between is found by bisecting the sentence's commas: an event costs the same
    however many dates and commas its sentence holds."""
    dates = _Dates.of(find_dates(text, published) if found is None else found, text)
    # the dates inside each span read, as ranges of indices (dates are in order, none overlapping),
    # from the span nearest `position` outwards on each side
    spans = [(0, len(text))] if within is None else within
    k = bisect_right(spans, (position, len(text) + 1))      # the spans starting at or before `position`
    left = holding = right = None
    last = bisect_right(dates.ends, position)               # the dates ending at or before `position`
    for s, e in (spans[i] for i in range(k - 1, -1, -1)):
        lo, hi = bisect_left(dates.starts, s), bisect_right(dates.ends, e)
        i = min(hi, last) - 1
        while i >= lo and dates.found[i].date is None:
            i -= 1
        if i >= lo:
            left = i
            break
    for s, e in (spans[i] for i in range(max(0, k - 1), len(spans))):
        lo, hi = bisect_left(dates.starts, s), bisect_right(dates.ends, e)
        j = max(lo, last)                                    # the first ending after `position`
        if j < hi and dates.found[j].start <= position and dates.found[j].date is not None:
            holding = j
        while j < hi and (dates.found[j].start <= position or dates.found[j].date is None):
            j += 1
        if j < hi:
            right = j
            break
    options = []
    if left is not None:
        d = dates.found[left]
        options.append((position - d.end + (len(text) if dates.comma_between(d.end, position) else 0), left))
    if holding is not None:
        options.append((0, holding))
    if right is not None:
        d = dates.found[right]
        options.append((d.start - position + (len(text) if dates.comma_between(position, d.start) else 0), right))
    if not options:
        return None, None
    best = dates.found[min(options)[1]]     # the nearest; of two as near, the first (as read in order)
    return best, best.date


class _Dates:
    """A sentence's dates with their ends, and its commas, for date_near (kept for the last sentence:
    each event of it asks)."""

    _last: "_Dates | None" = None

    def __init__(self, found: Sequence[DateMention], text: str):
        self.found, self.text = found, text
        self.starts = [d.start for d in found]
        self.ends = [d.end for d in found]
        # a date across a comma is more often another clause's ("Rutte, appointed on June 26, took
        # office on Tuesday"): any date of the trigger's own stretch between commas (or semicolons) comes first
        self.commas = [m.start() for m in re.finditer("[,;]", text)]

    @classmethod
    def of(cls, found: Sequence[DateMention], text: str) -> "_Dates":
        hit = cls._last
        if hit is None or hit.found is not found or hit.text is not text:
            hit = cls._last = cls(found, text)
        return hit

    def comma_between(self, start: int, end: int) -> bool:
        i = bisect_left(self.commas, start)
        return i < len(self.commas) and self.commas[i] < end
