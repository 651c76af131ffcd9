"""`natowatch poll` (without --once) in a real process: it says what it does, polls at once,
prints one line per feed per cycle, and stops on Ctrl-C (SIGINT) without a traceback."""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from werkzeug import Response

from flowkit import FEED_PAGE, serve_one_item_feed

# Generous: the child starts its own temporary Prefect server on a shared, loaded machine.
START_SECONDS = 240


def _start(tmp_path, feeds, *args):
    db = f"sqlite:///{tmp_path / 'loop.db'}"
    # The installed command, as an operator runs it.
    command = str(Path(sys.executable).with_name("natowatch"))
    return subprocess.Popen([command, "poll", "--feeds", str(feeds), "--db", db, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "COLUMNS": "200"})


def _lines(stream) -> "queue.Queue[str]":
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True).start()
    return lines


def _until(lines: "queue.Queue[str]", wanted: str, seen: list[str]) -> None:
    while True:
        line = lines.get(timeout=START_SECONDS)
        seen.append(line)
        if wanted in line:
            return


@pytest.mark.prefect
def test_poll_loop_says_what_it_does_and_stops_on_ctrl_c(tmp_path, write_settings, httpserver):
    write_settings({})
    feeds = serve_one_item_feed(httpserver, tmp_path)
    process = _start(tmp_path, feeds)
    try:
        out, seen = _lines(process.stdout), []
        _until(out, "next poll at", seen)
        assert seen[0].startswith(f"Polling the feeds of {feeds}: first poll now")
        assert any(" wire: 1 items, 1 new " in line for line in seen)
        assert any(line.startswith("Alerts sent: 1") for line in seen)
        process.send_signal(signal.SIGINT)  # while it waits for the next poll: stops at once
        assert process.wait(timeout=60) == 130
    finally:
        process.kill()
    errors = process.stderr.read()
    assert "Traceback" not in errors and "Crash detected" not in errors
    assert errors.strip().endswith("natowatch: stopped (Ctrl-C)")


@pytest.mark.prefect
def test_ctrl_c_during_a_cycle_lets_it_finish(tmp_path, write_settings, httpserver):
    """The first Ctrl-C while a page is being read: the cycle finishes (the article is stored),
    then the command stops, with no traceback and no Prefect crash report."""
    write_settings({})
    arrived, release = threading.Event(), threading.Event()

    def slow_page(_request):
        arrived.set()
        release.wait(START_SECONDS)
        return Response(FEED_PAGE, content_type="text/html")

    feeds = serve_one_item_feed(httpserver, tmp_path, slow_page)
    process = _start(tmp_path, feeds, "--no-dispatch")
    try:
        assert arrived.wait(START_SECONDS), "the page was never requested"
        process.send_signal(signal.SIGINT)
        errors_so_far = _lines(process.stderr)
        _until(errors_so_far, "stopping once this cycle is done", [])
        release.set()
        assert process.wait(timeout=120) == 130
    finally:
        release.set()
        process.kill()
    out = process.stdout.read()
    assert " wire: 1 items, 1 new " in out  # the cycle finished and was reported
    rest = "".join(iter(lambda: _get(errors_so_far), None))
    assert "Traceback" not in rest and "Crash detected" not in rest and "stopped (Ctrl-C)" in rest


def _get(lines: "queue.Queue[str]"):
    try:
        return lines.get(timeout=5)
    except queue.Empty:
        return None
