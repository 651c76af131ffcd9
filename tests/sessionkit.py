"""Running `natowatch` in a session of its own and checking it leaves no process behind
(a temporary Prefect server, a worker, a thread pool that outlives the command)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

NATOWATCH = Path(sys.executable).with_name("natowatch")


def processes_in_session(session_id: int) -> list[str]:
    """Command lines of the live processes whose session is `session_id`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[3]) == session_id and fields[0] != "Z":
                found.append((entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
        except (OSError, ValueError, IndexError):
            continue
    return found


def run_alone(*args: str, cwd: Path, env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess:
    """`natowatch ARGS` in a new session; fails the test if the command does not end by itself
    within `timeout` (a hang is what some of these tests look for) or if any process of its
    session is left running after it exits."""
    process = subprocess.Popen([str(NATOWATCH), *args], cwd=cwd, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, start_new_session=True)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
        raise AssertionError(f"natowatch {' '.join(args)} did not exit within {timeout} s:\n{err[-3000:]}") from None
    finally:
        left = processes_in_session(process.pid)
    assert left == [], f"left running after natowatch {' '.join(args)}: {left}"
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)
