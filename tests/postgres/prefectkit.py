"""A real Prefect server, `prefect` commands and process workers for the service tests.

Every process runs in a session of its own and is killed with its whole tree (a flow run's
process may sit in a session of its own below its worker), so nothing outlives a test.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import httpx

from pgkit import REPO

PREFECT = Path(sys.executable).with_name("prefect")


def run_prefect(*args: str, env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess:
    """One `prefect` command, from the repository (where prefect.yaml is), never prompting."""
    done = subprocess.run([str(PREFECT), *args], cwd=REPO, env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=timeout)
    assert done.returncode == 0, f"prefect {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done


def start_prefect(*args: str, env: dict[str, str], log: Path) -> subprocess.Popen:
    """A long-running `prefect` command (server, worker), output to `log`."""
    with log.open("w") as output:
        return subprocess.Popen([str(PREFECT), *args], cwd=REPO, env=env, stdout=output,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)


def children_of() -> dict[int, list[int]]:
    """Every process's children, read from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            # The command name may hold spaces and parentheses: fields start after the last ')'.
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue  # gone meanwhile
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    return children


def tree(pid: int) -> list[int]:
    """`pid` and all its descendants."""
    children, found, todo = children_of(), [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def kill(pids: list[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def kill_tree(process: subprocess.Popen) -> None:
    """SIGKILL a process and every descendant at once (all found first, so none is
    re-parented away before it is killed), then reap it."""
    kill(tree(process.pid))
    process.wait()


def flow_run_processes(process: subprocess.Popen) -> dict[str, int]:
    """The flow runs a worker is running: flow run id -> pid of its process."""
    runs = {}
    for pid in tree(process.pid):
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        except OSError:
            continue
        for variable in environ:
            if variable.startswith(b"PREFECT__FLOW_RUN_ID="):
                runs[variable.partition(b"=")[2].decode()] = pid
    return runs


def wait_for(what: str, check: Callable[[], object], timeout: float, processes: dict[str, subprocess.Popen],
             logs: Path) -> object:
    """Poll `check` until it returns something true; fail with the logs when a process died
    or the deadline passed (a deadline only bounds a broken run: nothing is timed)."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        for name, process in processes.items():
            if process.poll() is not None:
                raise AssertionError(f"{name} exited ({process.returncode}) while waiting for {what}\n"
                                     + tail_logs(logs))
        if time.monotonic() > deadline:
            raise AssertionError(f"no {what} within {timeout:g} s\n" + tail_logs(logs))
        time.sleep(1.0)


def tail_logs(logs: Path, lines: int = 40) -> str:
    return "\n".join(f"--- {log.name}\n" + "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
                     for log in sorted(logs.glob("*.log")))


class PrefectApi:
    """The few reads of the Prefect REST API the tests need."""

    def __init__(self, url: str):
        self.url = url

    def post(self, path: str, body: dict | None = None) -> list | dict:
        response = httpx.post(f"{self.url}{path}", json=body or {}, timeout=30)
        response.raise_for_status()
        return response.json()

    def deployments(self) -> list[dict]:
        return self.post("/deployments/filter")

    def flow_runs(self, deployment_id: str, state: str | None = None) -> list[dict]:
        """The deployment's flow runs (in a state type: RUNNING, COMPLETED, ...), oldest first."""
        runs = {"deployment_id": {"any_": [deployment_id]}}
        if state:
            runs["state"] = {"type": {"any_": [state]}}
        return self.post("/flow_runs/filter", {"flow_runs": runs, "sort": "EXPECTED_START_TIME_ASC"})

    def logs(self, flow_run_id: str) -> list[str]:
        found = self.post("/logs/filter", {"logs": {"flow_run_id": {"any_": [flow_run_id]}}, "limit": 200})
        return [entry["message"] for entry in found]
