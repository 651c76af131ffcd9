"""One-shot commands: the wall time of `natowatch dispatch` with nothing due and of
`natowatch replay seeds/` into a fresh database, each run as a new process on a fresh
PREFECT_HOME (what a cron job pays), median of --runs; the data directory (the extractor's
compiled rules) is kept across the runs, and the first run on an empty one is shown apart. Run on demand:

    .venv/bin/python -m benchmarks.oneshot                 # no Prefect server configured
    .venv/bin/python -m benchmarks.oneshot --runs 5 --json
    .venv/bin/python -m benchmarks.oneshot --with-server   # also against a running `prefect server start`

Target (issue 15): each within 3 s without a Prefect server. See benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import sys
import tempfile
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator

if __package__ in (None, ""):  # run as a file: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pipeline import NATOWATCH, REPO, child_env, load_average, run_child, show_failure  # noqa: E402

TARGET_SECONDS = 3.0
COMMANDS = {"dispatch (nothing due)": ("dispatch",), "replay seeds/ (fresh database)": ("replay", "seeds/")}


def compile_bytecode() -> None:
    """Write natowatch's bytecode, as installing the package does (pip compiles it): a cron job
    runs the installed package. With PYTHONDONTWRITEBYTECODE set (this development machine sets
    it) and no __pycache__ yet, every run would compile the ~100 modules it imports from source,
    ~0.2-0.4 s of CPU that no installed copy pays."""
    for folder in ("extract", "flows", "storage"):
        compileall.compile_dir(REPO / folder, quiet=1)


def _env(work: Path, api_url: str | None, data_dir: Path) -> dict[str, str]:
    """A fresh PREFECT_HOME and database; the data directory given (where the extractor's compiled
    rules are kept, flows/rules_cache.py); PREFECT_API_URL only when a server is measured."""
    prefect_home = Path(tempfile.mkdtemp(prefix="prefect-home-", dir=work))
    env = child_env(NATOWATCH_DATABASE_URL=f"sqlite:///{prefect_home / 'natowatch.db'}",
                    NATOWATCH_DATA_DIR=str(data_dir), PREFECT_HOME=str(prefect_home))
    env.pop("PREFECT_API_URL", None)
    env.pop("PREFECT_PROFILE", None)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def _run(args: tuple[str, ...], work: Path, api_url: str | None, data_dir: Path):
    env = _env(work, api_url, data_dir)
    if args[0] == "dispatch":  # an up-to-date empty database: nothing is due
        prepared = run_child([str(NATOWATCH), "db", "upgrade"], env)
        if prepared.returncode:
            show_failure("natowatch db upgrade", prepared)
    run = run_child([str(NATOWATCH), *args], env, cwd=REPO)
    if run.returncode:
        show_failure(f"natowatch {' '.join(args)}", run)
    return run


def measure(args: tuple[str, ...], runs: int, work: Path, api_url: str | None) -> dict:
    """`runs` runs, each into a fresh database, after a first run on an empty data directory (`cold`:
    a new machine, or the first run after the extractor or Python changed, builds the rules and
    keeps them); the runs measured read the kept rules, as every later cron run does."""
    data_dir = Path(tempfile.mkdtemp(prefix="data-", dir=work))
    cold = _run(args, work, api_url, data_dir)
    seconds, cpu, peaks = [], [], []
    for _ in range(runs):
        run = _run(args, work, api_url, data_dir)
        seconds.append(run.seconds)
        cpu.append(run.cpu_seconds)
        peaks.append(run.tree_peak_mb)
    return {"median_seconds": round(statistics.median(seconds), 2), "seconds": [round(s, 2) for s in seconds],
            "median_cpu_seconds": round(statistics.median(cpu), 2), "tree_peak_mb": round(max(peaks), 1),
            "cold_seconds": round(cold.seconds, 2), "cold_cpu_seconds": round(cold.cpu_seconds, 2)}


@contextmanager
def prefect_server(work: Path) -> Iterator[str]:
    """A `prefect server start` of its own (natowatch.flows.pipelines.serve starts and stops it), for the comparison."""
    from natowatch.flows.pipelines.serve import prefect_server as start

    os.environ.pop("PREFECT_API_URL", None)
    os.environ["PREFECT_HOME"] = str(work / "server-home")
    with start(work / "server-logs") as url:
        yield url


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.oneshot", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per command (default 5): the median is shown")
    parser.add_argument("--with-server", action="store_true",
                        help="measure against a running Prefect server (started here) instead")
    parser.add_argument("--json", action="store_true", help="print one last JSON line for scripts")
    args = parser.parse_args(argv)
    results = {}
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="natowatch-oneshot-") as tmp:
        work = Path(tmp)
        with prefect_server(work) if args.with_server else nullcontext(None) as api_url:
            where = f"against the Prefect server at {api_url}" if api_url else "no Prefect server configured"
            print(f"{where}; fresh PREFECT_HOME per run; load average before: {load_average()}", flush=True)
            for name, command in COMMANDS.items():
                result = measure(command, args.runs, work, api_url)
                result["load_after"] = load_average()
                results[name] = result
                verdict = "" if api_url else \
                    f" (target <= {TARGET_SECONDS:g} s: {'ok' if result['median_seconds'] <= TARGET_SECONDS else 'MISSED'})"
                print(f"  natowatch {name}: median {result['median_seconds']:.2f} s of {result['seconds']}{verdict}; "
                      f"CPU (user + system) median {result['median_cpu_seconds']:.2f} s; "
                      f"peak RSS {result['tree_peak_mb']:.0f} MB (process tree); first run on an empty data "
                      f"directory {result['cold_seconds']:.2f} s (CPU {result['cold_cpu_seconds']:.2f} s); "
                      f"load after {result['load_after']}",
                      flush=True)
    if args.json:
        print(json.dumps({"server": bool(args.with_server), **results}))


if __name__ == "__main__":
    main()
