"""Hand memory freed by a long-running process back to the system (glibc's `malloc_trim`, and
large blocks mapped on their own).

A poll's processes allocate and free a page's worth of buffers per article (the HTML, its
text, what crosses to and from the worker processes, the SQL parameters), in several threads.
glibc keeps freed chunks inside its heaps, and each thread's arena keeps its own, so a
process's resident memory creeps up to its worst mix of live and freed chunks while its live
memory stays flat (benchmarks/README.md, issue 15, sessions 6 and 12). `malloc_trim(0)` returns
the free pages of every arena; it walks the heaps, so it runs at most once per `every_seconds`.
It cannot return the pages that a freed page buffer shares with small objects still alive, so
a poller still grew by 16-17 MB over 5,000 pages (session 16): `map_large_blocks` keeps
page-sized buffers out of the heaps altogether. Elsewhere than glibc both do nothing.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import time
from typing import Callable

# Often enough that a burst of pages does not pile up, rarely enough that the walk is noise (a
# poll of 5,000 pages spent the same CPU in its poller with and without it).
TRIM_EVERY_SECONDS = 1.0


# mallopt's parameter (malloc.h): the size from which glibc gives a block a mapping of its own.
_M_MMAP_THRESHOLD = -3
# Below a news page's HTML (30-80 KB): the page, its text and what crosses to the workers.
LARGE_BLOCK_BYTES = 32 * 1024


def _libc_function(name: str):
    try:
        return getattr(ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6"), name)
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to do
        return None


def _malloc_trim() -> Callable[[int], int] | None:
    trim = _libc_function("malloc_trim")
    if trim is not None:
        trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def map_large_blocks(threshold: int = LARGE_BLOCK_BYTES) -> bool:
    """From now on every block of `threshold` bytes or more gets a mapping of its own, which goes
    back to the system when the block is freed, instead of a chunk of a heap between small
    objects. (glibc's own threshold starts at 128 KB and rises with each large block freed, so
    page buffers land in the heaps.) Costs a system call or two per large block: a poller's CPU
    did not move over 5,000 pages. Whether it took effect."""
    mallopt = _libc_function("mallopt")
    if mallopt is None:
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return mallopt(_M_MMAP_THRESHOLD, threshold) == 1


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
