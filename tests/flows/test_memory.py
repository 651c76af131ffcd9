"""flows/memory.py: memory a process freed goes back to the system, at most once per interval."""
from __future__ import annotations

import platform
import subprocess
import sys
import textwrap

import pytest

from natowatch.flows.memory import FreedMemory

glibc = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@glibc
def test_memory_is_released_at_most_once_per_interval():
    clock = Clock()
    freed = FreedMemory(every_seconds=1.0, clock=clock)
    assert freed.release() is False          # the interval starts when the object is made
    clock.now += 0.5
    assert freed.release() is False
    clock.now += 0.6
    assert freed.release() is True
    assert freed.release() is False          # and again from the last release
    clock.now += 0.99
    assert freed.release() is False
    clock.now += 0.02
    assert freed.release() is True


@glibc
def test_holes_left_by_freed_buffers_leave_the_resident_size():
    """Buffers of a page's size freed between live ones stay in glibc's heap (nothing to trim at
    its top): the resident size keeps them until they are released."""
    script = textwrap.dedent("""
        import itertools
        from natowatch.flows.memory import FreedMemory

        def resident_mb():
            with open("/proc/self/statm") as statm:
                return int(statm.read().split()[1]) * 4096 / 2**20

        freed = FreedMemory(every_seconds=0.0)
        kept, pages = [], []
        for i in range(1500):              # 1,500 pages of 60 KB, a small object after each
            pages.append(bytearray(60_000))
            kept.append(bytearray(100))
        del pages[:]                        # the pages go, the small objects stay between them
        before = resident_mb()
        assert freed.release()
        print(before - resident_mb())
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert float(out.stdout) > 40           # of ~86 MB freed, most leaves the resident size


@glibc
@pytest.mark.parametrize("mapped", [True, False])
def test_large_blocks_mapped_apart_leave_when_freed(mapped):
    """With large blocks mapped on their own, page-sized buffers freed between live small objects
    leave the resident size at once, with no release; without, the heap keeps them."""
    script = textwrap.dedent(f"""
        from natowatch.flows.memory import map_large_blocks

        def resident_mb():
            with open("/proc/self/statm") as statm:
                return int(statm.read().split()[1]) * 4096 / 2**20

        if {mapped}:
            assert map_large_blocks()
        kept, pages = [], []
        for i in range(1500):              # 1,500 pages of 60 KB, a small object after each
            pages.append(bytearray(60_000))
            kept.append(bytearray(100))
        before = resident_mb()
        del pages[:]
        print(before - resident_mb())
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    fell = float(out.stdout)
    assert fell > 60 if mapped else fell < 40, fell    # of ~86 MB freed
