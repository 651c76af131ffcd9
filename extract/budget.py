"""The time an article's extraction may take (events.extract_article): the budget, the share of it by which each step
of the reading stops, and the cyclic garbage collector paused while an article is read."""
from __future__ import annotations

import gc
from functools import wraps
from typing import Callable, TypeVar


# How long extract_events reads an article before it returns what it has (seconds).
DEFAULT_BUDGET_SECONDS = 2.0
# The share of the budget by which each step of the reading stops: proposing unlisted names, reading
# the sentences' mentions; resolving those mentions takes about as long again, and the rules have the
# rest for the sentences read (a text of megabytes yields the events of its first part, not none:
# with 0.4 and 0.7, 5 MB under load gave none). An article of the dev set reads in well under a tenth.
PROPOSING_SHARE, READING_SHARE = 0.2, 0.45

T = TypeVar("T")


class Budget:
    """The time an extraction may take, by `clock`, from its start; patterns built once per story or
    per lexicon (up front, or on first use while reading: lexicon.built_once) do not count."""

    def __init__(self, seconds: float, clock: Callable[[], float]):
        self.clock, self.seconds, self.start = clock, seconds, clock()
        self.excluding = False

    def exclude(self, build: Callable[[], T]) -> T:
        if self.excluding:          # a build inside a build: the outer one's time holds it
            return build()
        self.excluding = True
        started = self.clock()
        try:
            return build()
        finally:
            self.start += self.clock() - started
            self.excluding = False

    def passed(self, share: float = 1.0) -> "Share":
        return Share(self, share)


class Share:
    """Has `share` of the budget passed? Asked before each sentence of a step, and inside a long
    one (per name, mention or match), so one sentence of megabytes is cut too; `fired` once it has."""

    def __init__(self, budget: Budget, share: float):
        self.budget, self.share, self.fired = budget, share, False

    def __call__(self) -> bool:
        b = self.budget
        self.fired = self.fired or b.clock() > b.start + self.share * b.seconds
        return self.fired


def cycles_collected_after(extract: Callable[..., T]) -> Callable[..., T]:
    """`extract` with the cyclic garbage collector paused while it runs. Reading an article allocates
    objects that live until it ends (sentences, mentions, matches) and frees almost no cycles; each
    full collection traverses all of them again, so the cost grows with the text: 1 % of reading
    1 MB, ~4 % of 5 MB (benchmarks/README.md). Paused, the collector runs at the next allocations
    after the call; reference counting frees everything else as before. A caller that paused it keeps
    it paused (of two threads reading at once, the first to end lets it run again)."""
    @wraps(extract)
    def paused(*args, **kwargs) -> T:
        if not gc.isenabled():
            return extract(*args, **kwargs)
        gc.disable()
        try:
            return extract(*args, **kwargs)
        finally:
            gc.enable()
    return paused
