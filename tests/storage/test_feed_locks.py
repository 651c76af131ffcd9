"""Per-feed poll locks: one poller per feed at a time, and a killed poller frees its feeds."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time

from natowatch.storage import Store


def test_a_feed_held_by_one_poller_is_refused_to_another_until_released(store, database_url):
    with Store.open(database_url) as other_store:
        with store.feed_locks() as mine, other_store.feed_locks() as theirs:
            assert mine.acquire("politico")
            assert mine.acquire("politico")  # already mine
            assert not theirs.acquire("politico")
            assert theirs.acquire("reuters")  # another feed is free
            assert not mine.acquire("reuters")
            mine.release("politico")
            assert theirs.acquire("politico")
        # Closing released everything both held.
        with other_store.feed_locks() as theirs:
            assert theirs.acquire("politico") and theirs.acquire("reuters")


def test_two_pollers_in_one_process_exclude_each_other(store):
    with store.feed_locks() as first, store.feed_locks() as second:
        assert first.acquire("politico")
        assert not second.acquire("politico")


def test_a_killed_poller_frees_its_feeds_at_once(store, database_url):
    """The holder is a real process killed with SIGKILL: no lease to wait out."""
    holder = textwrap.dedent(f"""
        import sys, time
        from natowatch.storage import Store
        store = Store.open({database_url!r})
        locks = store.feed_locks()
        assert locks.acquire("politico")
        print("held", flush=True)
        time.sleep(600)
    """)
    process = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "held"
        with store.feed_locks() as locks:
            assert not locks.acquire("politico")
        process.kill()
        process.wait()
        with store.feed_locks() as locks:
            assert _eventually(lambda: locks.acquire("politico"))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _eventually(attempt, tries: int = 1200) -> bool:
    """The server notices a dead client as its socket closes, a moment after the kill."""
    for _ in range(tries):
        if attempt():
            return True
        time.sleep(0.05)
    return False
