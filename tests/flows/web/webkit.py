"""Helpers for the web tests: seed a database by the replay's own code, run `natowatch web`."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from natowatch.flows.pipelines.replay import read_and_extract, store_batch
from natowatch.flows.settings import load_settings
from natowatch.storage import Store

REPO = Path(__file__).resolve().parents[3]
ADDRESS = re.compile(r"open (http://\S+/) ")
# How long `natowatch web` may take to print its address (imports on a loaded machine).
START_TIMEOUT = 90


def replay_seeds(url: str, story) -> int:
    """Replay seeds/ into the database at `url` with the replay flow's plain functions (no
    Prefect server needed); returns the number of new events."""
    with Store.open(url, upgrade=True) as store:
        batch = read_and_extract(REPO / "seeds", story)
        return len(store_batch(store, batch, load_settings().alerts.rules, "seeds").new_events)


class WebServer:
    """`natowatch web --port 0` as a child process; `.url` is the address it printed."""

    def __init__(self, db_url: str, *args: str):
        env = {k: v for k, v in os.environ.items() if not k.startswith("NATOWATCH_")}
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from natowatch.flows.cli import app; app()", "web", "--db", db_url, "--port", "0", *args],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        self.stderr = ""
        self.url = self._address()

    def _address(self) -> str:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            self.lines.append(line)
            found = ADDRESS.search(line)
            if found:
                return found.group(1)
        self.stop()
        raise RuntimeError(f"natowatch web printed no address: {''.join(self.lines)}{self.process.stderr.read()}")

    def stop(self) -> int:
        """Ctrl-C, as a person stops it; returns the exit code (`.stderr` keeps what it said)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if not self.process.stderr.closed:
            self.stderr = self.process.stderr.read()
        self.process.stdout.close()
        self.process.stderr.close()
        return self.process.returncode
