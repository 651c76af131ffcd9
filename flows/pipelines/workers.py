"""Worker processes for the CPU-bound part of a poll (flows/pipelines/items.py: HTML -> text -> events).

Extraction is pure Python: in one process, the threads reading pages and the thread storing
them wait on one GIL, so a poll could not use a second core (benchmarks/README.md). The poller's
process keeps the I/O and the storing (one thread, one transaction per article, the outbox rows
in it); `polling.workers` processes do the extraction. The stories are sent once to each process,
which compiles their patterns once.

Processes are started with `spawn` (a fork of a process running threads can inherit a held lock),
so a pool costs each process an import of the extractor, about a second of CPU: `Workers.wanted`
keeps small polls in the poller's process.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Callable, Sequence

# Fewer new items than this per process are read in the poller's own process: starting the
# processes would cost more than they save.
MIN_ITEMS_PER_WORKER = 20

_work: tuple[Callable[..., Any], tuple] | None = None


def _start(work: Callable[..., Any], shared: tuple) -> None:
    global _work
    _work = (work, shared)


def _run(job: Any) -> Any:
    work, shared = _work  # type: ignore[misc] # set by _start in every worker process
    return work(job, *shared)


class Workers:
    """`processes` processes running `work(job, *shared)`; `shared` is sent once to each."""

    def __init__(self, processes: int, work: Callable[..., Any], shared: Sequence[Any] = ()):
        self.processes = processes
        self._pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_start, initargs=(work, tuple(shared)))

    @staticmethod
    def wanted(processes: int, items: int) -> bool:
        return processes > 1 and items >= MIN_ITEMS_PER_WORKER * processes

    def submit(self, job: Any) -> Future:
        return self._pool.submit(_run, job)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class WorkerPlan:
    """The worker processes one poll may use: started for the first feed with enough new items
    (`pool`), kept for the rest of the poll, closed by the poll."""

    def __init__(self, processes: int, work: Callable[..., Any], shared: Sequence[Any] = ()):
        """`work(job, stories, *shared)` runs in each process."""
        self.processes = processes
        self._work = work
        self._shared = tuple(shared)
        self._workers: Workers | None = None

    def pool(self, items: int, stories: Sequence[Any]) -> Workers | None:
        """The pool for a batch of `items` (the stories go to each process), or None: do it here."""
        if self._workers is None and Workers.wanted(self.processes, items):
            self._workers = Workers(self.processes, self._work, (tuple(stories), *self._shared))
        return self._workers

    def close(self) -> None:
        if self._workers is not None:
            self._workers.close()
            self._workers = None
