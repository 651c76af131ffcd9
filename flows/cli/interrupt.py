"""Ctrl-C for the long-running commands (`poll`, `serve`): stop cleanly, never with a traceback.

The first Ctrl-C during work lets the current cycle finish (a feed half-stored is stored again
next time anyway, but finishing is quicker than redoing) and says so; a second one stops at
once. Ctrl-C while waiting for the next cycle stops at once. Before the work is cut short,
Prefect's loggers are silenced: an interrupted flow run would log "Crash detected!" with a
traceback, which is not news to the person who pressed Ctrl-C.
"""
from __future__ import annotations

import logging
import signal
import threading
from typing import Callable


class Interrupted(Exception):
    """Ctrl-C: the command stops (exit code 130)."""


class CtrlC:
    def __init__(self, echo: Callable[[str], None]):
        self.echo = echo
        self.requested = threading.Event()
        self.waiting = False
        self._previous = None

    def __enter__(self) -> "CtrlC":
        self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        signal.signal(signal.SIGINT, self._previous)

    def _handle(self, _signum, _frame) -> None:
        if self.waiting:
            self.requested.set()
            return
        if self.requested.is_set():
            silence_prefect()
            raise Interrupted()
        self.requested.set()
        self.echo("Ctrl-C: stopping once this cycle is done (Ctrl-C again to stop now)")

    def wait(self, seconds: float) -> None:
        """Sleep until the next cycle; raises Interrupted on Ctrl-C."""
        self.waiting = True
        try:
            if self.requested.wait(seconds):
                raise Interrupted()
        finally:
            self.waiting = False

    def check(self) -> None:
        """Between cycles: stop if Ctrl-C was pressed during the last one."""
        if self.requested.is_set():
            raise Interrupted()


def silence_prefect() -> None:
    for name in ("prefect", "prefect.flow_runs", "prefect.task_runs"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
