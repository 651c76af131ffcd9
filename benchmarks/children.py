"""Child processes of the benchmarks: run one to its end, with its peak memory and its CPU,
in all and per process of its tree (the poller, its worker processes), sampled from /proc."""
from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
RSS_SAMPLE_SECONDS = 0.2


@dataclass(frozen=True)
class ChildRun:
    seconds: float
    returncode: int
    stdout: str
    stderr: str
    maxrss_mb: float       # ru_maxrss of the child (its largest process, waited-for descendants included)
    tree_peak_mb: float    # peak of the summed RSS of the child and its descendants, sampled
    cpu_seconds: float = 0.0   # user + system CPU of the child and its waited-for descendants
    # Per role of a process in the tree ('main': the command itself; 'worker': a multiprocessing
    # worker; 'tracker': its resource tracker; 'other'): CPU seconds as last sampled, summed over
    # the role's processes (each process's last 0.2 s may be missed), and how many processes.
    cpu_by_role: dict[str, float] = field(default_factory=dict)
    processes_by_role: dict[str, int] = field(default_factory=dict)
    # Per role, at the sample of the tree's peak: resident MB, and of it the file-backed part
    # (the interpreter, shared libraries: pages each process counts again).
    peak_by_role: dict[str, float] = field(default_factory=dict)
    peak_file_by_role: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Sample:
    pid: int
    rss_bytes: int
    cpu_seconds: float
    role: str
    file_bytes: int = 0    # resident pages backed by a file (statm's "shared")


def _role(pid: int, root: int) -> str:
    if pid == root:
        return "main"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            words = cmdline.read().decode("utf-8", "replace")
    except OSError:
        return "other"
    if "resource_tracker" in words:
        return "tracker"
    return "worker" if "multiprocessing" in words else "other"


def tree_samples(root: int) -> list[Sample]:
    """RSS and CPU of `root` and each of its descendants (shared pages counted in each)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    samples, todo = [], [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
                pages = statm.read().split()
            rss, shared = int(pages[1]) * PAGE_SIZE, int(pages[2]) * PAGE_SIZE
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            # utime and stime: fields 14 and 15 of stat, 12 and 13 after the command's name
            cpu = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        except (OSError, IndexError, ValueError):
            continue
        samples.append(Sample(pid, rss, cpu, _role(pid, root), shared))
        todo.extend(children.get(pid, ()))
    return samples


def tree_rss_bytes(root: int) -> int:
    """Summed RSS of `root` and all its descendants (shared pages counted in each: an upper bound)."""
    return sum(sample.rss_bytes for sample in tree_samples(root))


def run_child(command: list[str] | tuple[str, ...], env: dict[str, str], cwd: Path) -> ChildRun:
    """Run a command to its end; its own peak memory comes from wait4 (not the benchmark's)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=out, stderr=err)
        peak, done = 0, threading.Event()
        last: dict[int, Sample] = {}
        at_peak: list[Sample] = []

        def sample() -> None:
            nonlocal peak
            while not done.wait(RSS_SAMPLE_SECONDS):
                samples = tree_samples(process.pid)
                total = sum(s.rss_bytes for s in samples)
                if total > peak:
                    peak, at_peak[:] = total, samples
                for s in samples:  # a process just started may still show its parent's command line
                    known = last.get(s.pid)
                    last[s.pid] = s if known is None or s.role != "other" else Sample(s.pid, s.rss_bytes,
                                                                                      s.cpu_seconds, known.role)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        sampler.join()
        out.seek(0)
        err.seek(0)
        cpu: dict[str, float] = {}
        count: dict[str, int] = {}
        for s in last.values():
            cpu[s.role] = round(cpu.get(s.role, 0.0) + s.cpu_seconds, 2)
            count[s.role] = count.get(s.role, 0) + 1
        by_role: dict[str, float] = {}
        file_by_role: dict[str, float] = {}
        for s in at_peak:
            role = last[s.pid].role if s.pid in last else s.role
            by_role[role] = round(by_role.get(role, 0.0) + s.rss_bytes / 2**20, 1)
            file_by_role[role] = round(file_by_role.get(role, 0.0) + s.file_bytes / 2**20, 1)
        return ChildRun(seconds, process.returncode, out.read().decode("utf-8", "replace"),
                        err.read().decode("utf-8", "replace"), usage.ru_maxrss / 1024, peak / 2**20,
                        usage.ru_utime + usage.ru_stime, cpu, count, by_role, file_by_role)
