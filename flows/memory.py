"""Hand memory freed by a long-running process back to the system (glibc's `malloc_trim`).

A poll's processes allocate and free a page's worth of buffers per article (the HTML, its
text, what crosses to and from the worker processes, the SQL parameters), in several threads.
glibc keeps freed chunks inside its heaps, and each thread's arena keeps its own, so a
process's resident memory creeps up to its worst mix of live and freed chunks while its live
memory stays flat (benchmarks/README.md, issue 15, sessions 6 and 12). `malloc_trim(0)` returns
the free pages of every arena; it walks the heaps, so it runs at most once per `every_seconds`.
Elsewhere than glibc it does nothing.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import time
from typing import Callable

# Often enough that a burst of pages does not pile up, rarely enough that the walk is noise (a
# poll of 5,000 pages spent the same CPU in its poller with and without it).
TRIM_EVERY_SECONDS = 1.0


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to do
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


class FreedMemory:
    """`release()` after a unit of work: hands freed memory back, at most once per interval."""

    def __init__(self, every_seconds: float = TRIM_EVERY_SECONDS, clock: Callable[[], float] = time.monotonic):
        self._trim = _malloc_trim()
        self._every = every_seconds
        self._clock = clock
        self._last = clock()

    def release(self) -> bool:
        """Whether memory was trimmed now."""
        if self._trim is None or self._clock() - self._last < self._every:
            return False
        self._trim(0)
        self._last = self._clock()
        return True
