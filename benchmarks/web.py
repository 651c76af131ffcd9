"""How long the dashboard takes to render a page of 1,000 events (target: under 300 ms).

    .venv/bin/python -m benchmarks.web                 # 1,000 events, SQLite
    .venv/bin/python -m benchmarks.web --db postgres   # a fresh PostgreSQL database (dropped after)
    .venv/bin/python -m benchmarks.web --events 5000 --runs 10 --json

Builds a database of N events (40 candidates x the 32 member states, 1-3 sources each, dates
over 2024) with Store.ingest, then times, in this process through the ASGI app (FastAPI's
TestClient: routing, queries, template rendering, no network) and over HTTP against
`natowatch web` as a child process on 127.0.0.1 (what a browser waits for): the timeline page
holding every event (`?limit=N`, at most 1,000 a page), the dashboard, the API page of the same
events and the Atom feed. Medians and maxima of `--runs` requests after one warm-up each.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_MS = 300
SOURCES_PER_ARTICLE = 20
DEFAULT_POSTGRES = "postgresql://natowatch:natowatch@127.0.0.1:5432/natowatch_test"


def fill(url: str, story, n_events: int, seed: int = 7) -> int:
    """N distinct events (endorsements and oppositions of invented candidates by member states),
    written as articles of 20 events; a third of them get a second or third source."""
    from natowatch.extract.model import Event
    from natowatch.storage import ArticleRecord, Store

    rng = random.Random(seed)
    members = [m.name for m in story.members]
    keys = [(f"Candidate {c:03d}", state) for c in range(n_events // len(members) + 1) for state in members][:n_events]
    events = []
    for number, (subject, state) in enumerate(keys):
        kind = "endorsement" if number % 5 else "opposition"
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))
        sentence = (f"{state} said on {day:%d %B} that it {'backs' if kind == 'endorsement' else 'opposes'} "
                    f"{subject} for the post, officials told reporters <{number}> & others.")
        events.append(Event(type=kind, subject=subject, actor=state, status=rng.choice(("confirmed", "reported")),
                            date=day if number % 3 else None, evidence=sentence, span=(0, len(sentence)),
                            confidence=0.9, rule="bench"))
    with Store.open(url, upgrade=True) as store:
        batches = [events[i:i + SOURCES_PER_ARTICLE] for i in range(0, len(events), SOURCES_PER_ARTICLE)]
        # Every third batch is reported again by one or two other outlets (more sources per event).
        copies = [(batch, copy) for i, batch in enumerate(batches) for copy in range(1 + (i % 3 == 0) * rng.randint(1, 2))]
        for number, (batch, copy) in enumerate(copies):
            article = ArticleRecord(url=f"https://news{copy}.example.org/{number}", title=f"Article {number}",
                                    text=f"text {number} {copy}", published=dt.date(2024, 11, 1), outlet=f"Outlet {copy}",
                                    language="en", source="feed")
            store.ingest(story.id, article, batch if copy == 0 else [
                Event(**{**e.__dict__, "evidence": e.evidence + f" (copy {copy})"}) for e in batch], [])
        return store.timeline(story.id).total


def timings(get, path: str, runs: int) -> dict:
    """Wall time per request, and this process's CPU time (in-process, it is the app's own cost:
    on a machine shared with other work the wall time also counts waiting for a core)."""
    get(path)  # warm-up: templates compiled, connections opened
    spent, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        size = get(path)
        spent.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return {"path": path, "median_ms": round(statistics.median(spent), 1), "max_ms": round(max(spent), 1),
            "cpu_ms": round(statistics.median(cpu), 1), "bytes": size}


def in_process(url: str, story, paths: list[str], runs: int) -> list[dict]:
    from fastapi.testclient import TestClient

    from natowatch.flows.web import create_app
    from natowatch.storage import Store

    with Store.open(url, read_only=True) as store, TestClient(create_app(store, [story])) as client:
        def get(path: str) -> int:
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
            return len(response.content)

        return [timings(get, path, runs) for path in paths]


def over_http(url: str, paths: list[str], runs: int) -> list[dict]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NATOWATCH_")}
    server = subprocess.Popen([sys.executable, "-c", "from natowatch.flows.cli import app; app()", "web", "--db", url, "--port", "0"], cwd=REPO,
                              env=env, stdout=subprocess.PIPE, text=True)
    try:
        line = ""
        while "open http" not in line:
            line = server.stdout.readline()
            if not line:
                raise RuntimeError("natowatch web did not start")
        base = line.split("open ", 1)[1].split(" ", 1)[0].rstrip("/")

        def get(path: str) -> int:
            with urllib.request.urlopen(base + path, timeout=60) as response:
                return len(response.read())

        return [timings(get, path, runs) for path in paths]
    finally:
        server.send_signal(2)
        server.wait(timeout=30)
        server.stdout.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--json", action="store_true", help="print one JSON line at the end")
    args = parser.parse_args(argv)

    from natowatch.flows.settings import load_settings
    from natowatch.flows.files.storyfile import load_story

    story = load_story(load_settings().story)
    with tempfile.TemporaryDirectory() as folder:
        url, drop = f"sqlite:///{folder}/bench.db", None
        if args.db == "postgres":
            url, drop = _postgres_database()
        try:
            start = time.perf_counter()
            total = fill(url, story, args.events)
            print(f"filled {total} events in {time.perf_counter() - start:.1f} s ({args.db})")
            page = min(total, 1000)
            sid = story.id
            paths = [f"/stories/{sid}/events?limit={page}", f"/stories/{sid}/", f"/api/stories/{sid}/events?limit={page}",
                     f"/stories/{sid}/events.atom", f"/stories/{sid}/events"]
            results = {"in_process": in_process(url, story, paths, args.runs), "http": over_http(url, paths, args.runs)}
        finally:
            if drop:
                drop()
    for where, rows in results.items():
        for row in rows:
            cpu = f"  cpu {row['cpu_ms']:7.1f} ms" if where == "in_process" else " " * 16
            print(f"{where:10} {row['path']:58} median {row['median_ms']:7.1f} ms  max {row['max_ms']:7.1f} ms{cpu}"
                  f"  {row['bytes'] / 1024:5.0f} KB")
    wall = results["http"][0]["median_ms"]
    print(f"page of {page} events over HTTP: median {wall:.1f} ms, target < {TARGET_MS} ms: "
          f"{'ok' if wall < TARGET_MS else 'MISSED'} (in-process CPU {results['in_process'][0]['cpu_ms']:.1f} ms; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    if args.json:
        print(json.dumps({"events": total, "db": args.db, **results}))
    return 0


def _postgres_database():
    import psycopg
    from sqlalchemy.engine import make_url

    server = make_url(os.environ.get("NATOWATCH_BENCH_POSTGRES_URL", DEFAULT_POSTGRES))
    name = f"natowatch_bench_{uuid.uuid4().hex[:8]}"
    admin = server.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return server.set(database=name).render_as_string(hide_password=False), drop


if __name__ == "__main__":
    sys.exit(main())
