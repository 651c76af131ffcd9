"""Date expressions in a sentence, resolved against the publication date.

"on Tuesday" is the last Tuesday on or before publication, or the next one on or
after it when the clause speaks of the future ("will take office on Tuesday"); "June 18" takes the
year that puts it nearest the publication date. A month or a year is a date of that precision,
held as its first day: "in March", "earlier this month", "last year", "in 2019". A month without
its year is the last one on or before publication ("in December" in an article of 10 January is
last December), or the next one on or after it when its clause speaks of the future ("will step
down in March"). Without a publication date only
expressions that carry their own year resolve.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Sequence

from natowatch.extract.calendar_names import (MONTH_ABBREVIATIONS, MONTH_FORMS, MONTH_NAMES, WEEKDAY_NAMES, WEEKDAYS,
                                              capitalised)
from natowatch.extract.compiled import built
from natowatch.extract.frames.cues import CueIndex
from natowatch.extract.lexicon import ORDINAL_WORDS
from natowatch.extract.model import PRECISIONS
from natowatch.extract.text import Matches

_MONTHS = {m: i for i, names in enumerate(MONTH_FORMS, start=1) for m in names}
_WEEKDAYS = {d: i for i, d in enumerate(WEEKDAYS)}

_MONTH = (r"(?P<month>" + capitalised(MONTH_NAMES) + "|"
          + "|".join(abbr + r"\.?" for abbr in capitalised(MONTH_ABBREVIATIONS).split("|")) + ")")
_WEEKDAY = r"(?P<weekday>" + capitalised(WEEKDAY_NAMES) + ")"

# Future tense in the clause before a weekday: "will take office on Tuesday", "is due to start on Monday"
_FUTURE = re.compile(r"\b(?:will|shall|is\s+(?:due|set|scheduled|to)|are\s+(?:due|set|scheduled|to)|"
                     r"is\s+going\s+to|are\s+going\s+to|(?:is|are)\s+(?:expected|likely)\s+to|"
                     # a schedule in the present: "takes office on October 1", "her term begins on January 1"
                     r"takes|begins|starts)\b|['’]ll\b", re.I)
# a verb in the past: "signed off on 22 February", "was appointed on 26 June"
_PAST = re.compile(r"\b(?:\w{2,}ed|was|were|had|did|took|became|won|said|gave|came|went|left|made|got|met|held|ran|"
                   r"sought|withdrew|threw|began|chose|spoke|told|wrote|stood|swore|led)\b", re.I)
_CLAUSE_START = re.compile(r"[.;:!?]|,\s|\b(?:but|while|after|before|since|when|and)\b", re.I)

_UNITS = ORDINAL_WORDS[:9]
_ORDINAL_DAYS = {**{w: i for i, w in enumerate(ORDINAL_WORDS[:19], start=1)},
                 "twentieth": 20, "thirtieth": 30, "thirty-first": 31,
                 **{f"twenty-{w}": 21 + i for i, w in enumerate(_UNITS)}}

_PATTERNS = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("month_day", re.compile(r"(?:" + _WEEKDAY + r",?\s+)?\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
                             r"(?:,?\s+(?P<year>\d{4})\b)?")),
    ("day_month", re.compile(r"(?:" + _WEEKDAY + r",?\s+)?\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH
                             + r"\b(?:,?\s+(?P<year>\d{4})\b)?")),
    # a day written as an ordinal word: "on the first of October", "the twenty-third of June"
    ("ordinal_month", re.compile(r"\b(?P<day>(?i:" + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True)) + r"))\s+of\s+"
                                 + _MONTH + r"\b(?:,?\s+(?P<year>\d{4})\b)?")),
    # the spoken form: "on January the first", "October the 1st"; not a month and an ordinal of a noun ("became in
    # January the second entrant", "In June the third round")
    ("month_ordinal", re.compile(r"(?:" + _WEEKDAY + r",?\s+)?(?<![Ii]n\s)\b" + _MONTH + r"\s+the\s+(?P<day>(?i:"
                                 + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True)) + r")|\d{1,2}(?:st|nd|rd|th))\b"
                                 r"(?!\s+(?!(?:and|or|but|when|at|in|on|to|of|as|with|after|before|until|if|the|a|an)\b)"
                                 r"[a-z])(?:,?\s+(?P<year>\d{4})\b)?")),
    ("relative_day", re.compile(r"\b(?P<rel>today|tomorrow|yesterday|tonight|this\s+(?:morning|afternoon|evening))\b",
                                re.I)),
    ("weekday", re.compile(r"(?:\b(?P<which>last|next|this|on|since|from|until|by)\s+)?\b" + _WEEKDAY + r"\b")),
    ("month", re.compile(r"\b(?P<which>in|last|next|this|since|from|until|by|early|late|mid|mid-)\s+(?:-\s*)?"
                         + _MONTH + r"(?:\s+(?P<year>\d{4}))?\b")),
    ("this_month", re.compile(r"\b(?P<rel>last|next|this)\s+month\b", re.I)),
    ("year", re.compile(r"\b(?P<rel>last|next|this)\s+year\b", re.I)),
    # a bare year only after a word that makes it a time ("in 2019", not "2019 candidates")
    ("in_year", re.compile(r"\b(?:in|since|during|until|by|from|early|late|mid-?)\s+(?P<year>(?:19|20)\d{2})\b(?!-)",
                           re.I)),
]

# the words each pattern cannot match without, read from the pattern, all looked for in one pass
# (most sentences name no month or weekday: a pattern lacking its words is not scanned)
_CUES = CueIndex([pattern for _, pattern in _PATTERNS])


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: dt.date | None
    precision: str   # day, month, year
    # the date of another occasion the clause names, not of its own event: "ahead of the summit in July"
    occasion: bool = False


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
    if kind == "in_year":
        return dt.date(int(m["year"]), 1, 1), "year"
    if kind in ("month_day", "day_month", "ordinal_month", "month_ordinal"):
        month, day = _month(m["month"]), _ORDINAL_DAYS.get(m["day"].lower()) or int(m["day"].rstrip("stndrh"))
        if m["year"]:
            try:
                return dt.date(int(m["year"]), month, day), "day"
            except ValueError:
                return None, "day"
        return (_nearest_year(month, day, published, _tense_around(m.string, m.start(), m.end())) if published else None), "day"
    if kind == "month" and m["year"]:
        return dt.date(int(m["year"]), _month(m["month"]), 1), "month"
    if published is None:
        return None, "month" if kind in ("month", "this_month") else "year" if kind == "year" else "day"
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
        return _month_year(_month(m["month"]), m["which"].lower(), published, m), "month"
    if kind == "this_month":
        shift = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
        months = published.year * 12 + published.month - 1 + shift
        return dt.date(months // 12, months % 12 + 1, 1), "month"
    if kind == "year":
        shift = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
        return dt.date(published.year + shift, 1, 1), "year"
    return None, "day"


def _month_year(month: int, which: str, published: dt.date, m: re.Match) -> dt.date:
    """A month named without its year: "next March" is the first after publication, "last June" the
    last before it, "this May" the one of its year; else as the clause's tense says: in the future
    ("will step down in March", "until October") the first on or after publication, else the last
    on or before it ("in December" in an article of 10 January is last December)."""
    if which == "this":
        return dt.date(published.year, month, 1)
    if which == "next":
        return dt.date(published.year + (month <= published.month), month, 1)
    if which == "last":
        return dt.date(published.year - (month >= published.month), month, 1)
    tense = _tense_around(m.string, m.start(), m.end())
    if tense == "future" or which in ("until", "by") and tense != "past":
        return dt.date(published.year + (month < published.month), month, 1)
    # in the past, or without a tense (news tells what happened)
    return dt.date(published.year - (month > published.month), month, 1)


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
    after = _own_clause(after)
    if _FUTURE.search(after):
        return "future"
    return "past" if _PAST.search(after) else ""


# where the clause a date opens hands over to another one: a complement ("told reporters that ...",
# a quotation, a colon) or a reported clause after a reporting verb in the past ("said Spain will ...")
_COMPLEMENT = re.compile(r"\bthat\b|[\"“”‘:]|(?<![\w’'])'(?=\w)")
_REPORTED_PAST = re.compile(r"\b(?:said|told|announced|declared|stated|added|insisted|wrote|confirmed|vowed|pledged|"
                            r"promised|warned|indicated|signalled|signaled|replied|explained|assured|made\s+clear)\b",
                            re.I)


def _own_clause(after: str) -> str:
    """The words after a date up to where its clause hands over to a reported one: "On 26 March, the
    minister told reporters that Spain 'will not support' X" is told in the past, whatever the quotation's
    tense; "On 26 March, the leaders will meet" keeps its future."""
    cut = _COMPLEMENT.search(after)
    end = cut.start() if cut else len(after)
    said = _REPORTED_PAST.search(after, 0, end)
    return after[:said.end() if said else end]


def _future_before(text: str, position: int) -> bool:
    """Whether the clause leading up to `position` is in the future tense."""
    start = Matches.of(_CLAUSE_START, text).last_end(position)
    return bool(_FUTURE.search(text, start, position))


def find_dates(text: str, published: dt.date | None) -> tuple[DateMention, ...]:
    """Every date expression in `text`, left to right, overlapping ones dropped."""
    found: list[DateMention] = []
    starts: list[int] = []      # of the spans kept, in order (they never overlap: the one starting
    ends: list[int] = []        # last before a new match's end is the only one it can overlap)
    present = _CUES.present(text)
    for (kind, pattern), needs in zip(_PATTERNS, _CUES.needs):
        if not needs <= present:
            continue
        for m in pattern.finditer(text):
            i = bisect_left(starts, m.end())
            if i and ends[i - 1] > m.start():
                continue
            found.append(mention(kind, m, published))
            starts.insert(i, m.start())
            ends.insert(i, m.end())
    return tuple(sorted(found, key=lambda d: d.start))


# Another occasion a clause names before a date, set off by a preposition that does not place the
# event at it: "backed Rutte ahead of the summit in July", "before Tuesday's vote" has no date of its
# own ("ahead of the NATO summit in Washington in July"). "appointed at the summit in July" (the event
# at the occasion) keeps its date.
_OCCASION = built(r"\b(?:ahead\s+of|before|after|until|since|for|to|from|of)\s+(?:the|a|an|its|their|this|"
                       r"next|[\w’']+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|talks|conference|ceremony|"
                       r"session|elections?|vote|visit)s?\s+(?:(?:in|at)\s+[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+)?)?"
                       r"(?:(?:on|in|of)\s+)?$", re.I)
_OCCASION_REACH = 80    # characters before a date read for its occasion


def mention(kind: str, m: re.Match, published: dt.date | None) -> DateMention:
    """The date expression `m` of the pattern `kind`, resolved."""
    date, precision = _resolve(kind, m, published)
    occasion = bool(_OCCASION.search(m.string, max(0, m.start() - _OCCASION_REACH), m.start()))
    return DateMention(m.start(), m.end(), date, precision, occasion)


def date_near(text: str, position: int, published: dt.date | None,
              within: Sequence[tuple[int, int]] | None = None,
              found: Sequence[DateMention] | None = None) -> tuple[DateMention | None, dt.date | None]:
    """The date of the event read at `position` in the sentence, of the resolved date expressions
    inside the `within` spans when given (the clause the event was read from: in order, none
    overlapping, as Shape.covered). `found` is `find_dates(text, published)` when the caller has it
    already (in order, none overlapping).

    A date across a comma is more often another clause's ("Rutte, appointed on June 26, took office
    on Tuesday"): one in the event's own stretch between commas (or semicolons) comes first; then
    the finest (a day before a month before a year); then the nearest, of two as near the first. A
    month or a year across a comma counts only set off on its own ("Last month, Wallace said"), not
    inside another clause ("After vying for the post last year, Rutte won ..."), and a date of
    another occasion ("ahead of the summit in July") never does.

    Only the nearest date of each kind on each side of `position`, and one holding it, can win; a
    comma between is found by bisecting the sentence's commas: an event costs the same however many
    dates and commas its sentence holds."""
    dates = _Dates.of(find_dates(text, published) if found is None else found, text)
    spans = [(0, len(text))] if within is None else within
    options = [option for part in dates.parts for option in part.options(position, spans, dates)]
    if not options:
        return None, None
    best = min(options)[-1]
    return best, best.date


class _Part:
    """A sentence's usable dates of one precision (`rank` in PRECISIONS), in order, with their starts
    and ends; `near_only` when they count only without a comma between them and the event."""

    def __init__(self, found: Sequence[DateMention], rank: int, near_only: bool):
        self.found, self.rank, self.near_only = found, rank, near_only
        self.starts = [d.start for d in found]
        self.ends = [d.end for d in found]

    def options(self, position: int, spans: Sequence[tuple[int, int]], dates: "_Dates") -> list[tuple]:
        """(across a comma, rank, distance, start, date) of the nearest date on each side of
        `position` inside `spans`, and of one holding it."""
        if not self.found:
            return []
        text = dates.text
        # the dates inside each span, as ranges of indices, from the span nearest `position` outwards
        # (no further than the first date on the left, the last on the right)
        k = bisect_right(spans, (position, len(text) + 1))      # the spans starting at or before `position`
        nearest: list[tuple[int, DateMention]] = []
        last = bisect_right(self.ends, position)                # the dates ending at or before `position`
        for s, e in (spans[i] for i in range(k - 1, -1, -1)):
            if e < self.starts[0]:
                break
            lo, hi = bisect_left(self.starts, s), bisect_right(self.ends, e)
            if min(hi, last) > lo:
                d = self.found[min(hi, last) - 1]
                nearest.append((position - d.end, d))
                break
        for s, e in (spans[i] for i in range(max(0, k - 1), len(spans))):
            if s > self.ends[-1]:
                break
            lo, hi = bisect_left(self.starts, s), bisect_right(self.ends, e)
            j = max(lo, last)                                    # the first ending after `position`
            if j < hi and self.found[j].start <= position:
                nearest.append((0, self.found[j]))
                j += 1
            if j < hi:
                d = self.found[j]
                nearest.append((d.start - position, d))
                break
        out = []
        for distance, d in nearest:
            across = distance > 0 and dates.comma_between(*sorted((position, d.start if d.start > position else d.end)))
            if not (across and self.near_only):
                out.append((across, self.rank, distance, d.start, d))
        return out


# what may stand beside a date set off by commas: "Last month, Wallace said", "and, in March, said"
# ("Back in 2016, Argentina put forward ...": the word that points back is part of the date)
_ALONE = re.compile(r"\W*(?:and|but|then|also|back|way\s+back|as\s+far\s+back\s+as|already|even)?\W*", re.I)


_STRETCH_END = built(r"[,;]|(?<=\s)(?:and|but)\s+(?:(?:then|later|now)\s+)?(?:will|would|shall|is\s+to|"
                     r"is\s+(?:set|due|scheduled)\s+to)\b", re.I)


class _Dates:
    """A sentence's dates by precision, and its commas, for date_near (kept for the last sentence:
    each event of it asks)."""

    _last: "_Dates | None" = None

    def __init__(self, found: Sequence[DateMention], text: str):
        self.found, self.text = found, text
        # (a second verb turned to what is to come ends a stretch as a comma does: "was appointed in November
        # and will take office on 1 January" is November)
        self.commas = [m.start() for m in _STRETCH_END.finditer(text)]
        usable = [d for d in found if d.date is not None and not d.occasion]
        # a day anywhere in the clause; a month or a year across a comma only set off on its own
        self.parts = [_Part([d for d in usable if d.precision == "day"], 0, False)] + [
            _Part([d for d in usable if d.precision == p and self.alone(d) is alone], rank, not alone)
            for rank, p in enumerate(PRECISIONS) if p != "day" for alone in (True, False)]

    @classmethod
    def of(cls, found: Sequence[DateMention], text: str) -> "_Dates":
        hit = cls._last
        if hit is None or hit.found is not found or hit.text is not text:
            hit = cls._last = cls(found, text)
        return hit

    def alone(self, d: DateMention) -> bool:
        """Is `d` all of its stretch between commas (semicolons, the sentence's ends)?"""
        i = bisect_left(self.commas, d.start)
        before = self.commas[i - 1] + 1 if i else 0
        after = self.commas[i] if i < len(self.commas) else len(self.text)
        return bool(_ALONE.fullmatch(self.text, before, d.start) and _ALONE.fullmatch(self.text, d.end, after))

    def comma_between(self, start: int, end: int) -> bool:
        i = bisect_left(self.commas, start)
        return i < len(self.commas) and self.commas[i] < end
