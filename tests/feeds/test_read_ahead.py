"""What a poll holds in memory while it stores: HostPacer.map_by_host reads at most `ahead` items
ahead of the caller, and lets go of each item once handed over (a poll of 200 pages held every page
and its article until the feed's end, and the poller's memory grew with the feed's size:
benchmarks/README.md, issue 15)."""
from __future__ import annotations

import gc
import threading
import weakref

from natowatch.flows.reader.fetch import HostPacer


class Page:
    """What a task reads (a page, its article): big in a real poll."""

    def __init__(self, index: int):
        self.index = index


def test_an_item_handed_over_is_not_held_by_the_pacer():
    pages: list[weakref.ref] = []

    def read(index: int) -> Page:
        page = Page(index)
        pages.append(weakref.ref(page))
        return page

    outcomes = HostPacer(0).map_by_host(read, list(range(12)), lambda index: None, ahead=3)
    for taken, page in enumerate(outcomes):
        assert page.index == taken
        del page
        gc.collect()
        # every page handed over before this one is gone (the caller dropped it); those read
        # ahead wait, at most `ahead` of them past the one the caller holds
        assert [ref() for ref in pages[:taken]] == [None] * taken
        assert len(pages) <= taken + 1 + 3


def test_tasks_start_only_within_the_window_ahead_of_the_caller():
    started: list[int] = []
    lock = threading.Lock()

    def read(index: int) -> int:
        with lock:
            started.append(index)
        return index

    taken = []
    for value in HostPacer(0).map_by_host(read, list(range(20)), lambda index: None, ahead=2):
        with lock:
            assert max(started) < len(taken) + 1 + 2
        taken.append(value)
    assert taken == list(range(20))


def test_the_caller_is_told_before_it_waits_for_a_task():
    """A poll commits the articles it stored before it waits for the next page (`idle`), so an
    open group never holds the database's write lock while nothing is stored: here the second
    task finishes only once the caller has been told it is about to wait."""
    told = threading.Event()
    calls: list[int] = []

    def read(index: int) -> str:
        if index == 1 and not told.wait(120):  # far beyond any machine's pace: the test fails, not hangs
            return "never told"
        return f"page {index}"

    def idle() -> None:
        calls.append(1)
        told.set()

    outcomes = HostPacer(0).map_by_host(read, [0, 1], lambda index: None, idle=idle)
    assert list(outcomes) == ["page 0", "page 1"]
    assert calls  # at least before the second task (and maybe before the first, not read yet)

