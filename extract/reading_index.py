"""The readings of an article indexed by offset, for the lookups each quotation of extract/speech.py makes: the
sentences a span overlaps, the mentions in a span, the last candidate or state's person named before a place, the
last other candidate. The sentences holding one of those are listed (and kept listed as quotations add and remove
mentions), so a lookup does not read every sentence before it. Split out of speech.py.
"""
from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from natowatch.extract.mentions import CANDIDATE, STATE, Mention

if TYPE_CHECKING:
    from natowatch.extract.discourse import Reading


def is_candidate(m: Mention) -> bool:
    return m.kind == CANDIDATE


def is_state_person(m: Mention) -> bool:
    return m.kind == STATE and m.person and m.actor


class ReadingIndex:
    """The readings of an article by offset, for the lookups each quotation makes: the sentences it
    overlaps, the mentions in a span, the last candidate or state's person named before it. The
    sentences holding one of those are listed (and kept listed as quotations add and remove
    mentions), so a lookup does not read every sentence before it."""

    def __init__(self, readings: list[Reading], homes: dict[str, str]):
        self.readings = readings
        self.homes = homes          # candidate -> own state
        self.starts = [r.sentence.start for r in readings]
        self.ends = [r.sentence.end for r in readings]
        self.holding = {wanted: [i for i, r in enumerate(readings) if any(map(wanted, r.mentions))]
                        for wanted in (is_candidate, is_state_person)}

    def overlapping(self, start: int, end: int) -> range:
        """The indices of the readings that overlap [start, end)."""
        return range(bisect_right(self.ends, start), bisect_left(self.starts, end))

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in [start, end) of the article, in text order."""
        out = []
        for i in self.overlapping(start, end):
            r, s = self.readings[i], self.starts[i]
            first = bisect_left(r.mentions, start - s, key=lambda m: m.start)     # mentions are in text order
            out += itertools.takewhile(lambda m: s + m.start < end, (r.mentions[j] for j in range(first, len(r.mentions))))
        return out

    def last(self, wanted, before: int) -> Mention | None:
        """The last mention `wanted` accepts that starts before offset `before`."""
        k = bisect_left(self.starts, before)        # the readings that start before it: 0 .. k-1
        if k == 0:
            return None
        s = self.starts[k - 1]
        hit = next((m for m in reversed(self.readings[k - 1].mentions) if wanted(m) and s + m.start < before), None)
        holding = self.holding[wanted]
        j = bisect_left(holding, k - 1) - 1         # the last reading before k-1 holding one (wholly before)
        if hit is not None or j < 0:
            return hit
        return next(m for m in reversed(self.readings[holding[j]].mentions) if wanted(m))

    def last_other(self, candidate: str, before: int, sentences: int = 3) -> Mention | None:
        """The last candidate other than `candidate` named before offset `before`, in its sentence or the
        `sentences` before it."""
        k = bisect_left(self.starts, before)
        for i in range(k - 1, max(-1, k - 2 - sentences), -1):
            s = self.starts[i]
            hit = next((m for m in reversed(self.readings[i].mentions)
                        if m.kind == CANDIDATE and m.value != candidate and s + m.start < before), None)
            if hit is not None:
                return hit
        return None

    def changed(self, i: int) -> None:
        """Reading i's mentions were changed."""
        for wanted, holding in self.holding.items():
            has = any(map(wanted, self.readings[i].mentions))
            j = bisect_left(holding, i)
            listed = j < len(holding) and holding[j] == i
            if has and not listed:
                holding.insert(j, i)
            elif listed and not has:
                del holding[j]
