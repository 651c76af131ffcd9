"""Pipeline benchmark: what `natowatch poll --once` costs per article, against the floor
(trafilatura + the extractor alone over the same pages). Run on demand, never in the tests:

    .venv/bin/python -m benchmarks.pipeline                    # N=1000 on SQLite
    .venv/bin/python -m benchmarks.pipeline --scale 5          # and again at 5 x N
    .venv/bin/python -m benchmarks.pipeline --db postgres      # on PostgreSQL
    .venv/bin/python -m benchmarks.pipeline --extract-only     # extractor per seed + replay wall time
    .venv/bin/python -m benchmarks.pipeline --ingest-only      # Store.ingest alone over the corpus's events
    .venv/bin/python -m benchmarks.pipeline --profile poll.pstats   # cProfile of the poll flow

See benchmarks/README.md for what is measured and the figures.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import secrets
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

if __package__ in (None, ""):  # run as a file: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import feed_path, load_seeds, read_corpus, write_corpus  # noqa: E402
from benchmarks.children import ChildRun, run_child as run_in  # noqa: E402
from benchmarks.servers import alert_receiver, corpus_server  # noqa: E402
from natowatch.flows.reader.limits import FetchLimits  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
NATOWATCH = Path(sys.executable).with_name("natowatch")
# --no-dispatch: the poll alone is measured (dispatch has its own figures).
POLL_COMMAND = (str(NATOWATCH), "poll", "--once", "--no-dispatch")
DEFAULT_POSTGRES_URL = "postgresql://natowatch:natowatch@127.0.0.1:5432/natowatch_test"
# --workers: the poll's polling.workers (child_env drops the caller's NATOWATCH_* settings).
WORKERS: list[int] = []
EXTRACT_REPEATS = 20
# Targets from issue 15 (issue 8 had ratio 1.5 and 500 MB).
TARGET_RATIO = 1.0
TARGET_SCALE_DRIFT = 0.10
TARGET_PEAK_MB = 300
TARGET_EXTRACT_MS = 20
# The totals `natowatch poll` prints per feed (natowatch.flows.pipelines.poll.summary_lines).
SUMMARY_COUNTS = {name: re.compile(pattern) for name, pattern in (
    ("new_items", r"(\d+) new \("), ("new_events", r"(\d+) new events"),
    ("corroborated", r"(\d+) corroborated"), ("alerts_queued", r"(\d+) alerts queued"))}


# --- child processes ------------------------------------------------------------------------

def run_child(command: list[str] | tuple[str, ...], env: dict[str, str], cwd: Path = REPO) -> ChildRun:
    return run_in(command, env, cwd)


def load_average() -> str:
    """The 1, 5 and 15 minute load averages (the machine is shared: every figure carries them)."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def child_env(**settings: str) -> dict[str, str]:
    """The caller's environment without its own natowatch settings (a real alert URL must not
    get benchmark alerts), no pause between page fetches, plus `settings`; local traffic never
    goes through a proxy."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NATOWATCH_")}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    # Every page is on one local host: politeness would measure the pause, not natowatch.
    env["NATOWATCH_HOST_DELAY_SECONDS"] = "0"
    env.update(settings)
    return env


def show_failure(what: str, run: ChildRun) -> None:
    tail = "\n".join((run.stderr or run.stdout).strip().splitlines()[-15:])
    raise SystemExit(f"benchmark: {what} exited with {run.returncode}:\n{tail}")


# --- databases ------------------------------------------------------------------------------

@contextmanager
def fresh_database(kind: str, folder: Path) -> Iterator[str]:
    """A database URL nobody has used: a new SQLite file, or a new PostgreSQL database (dropped after)."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'natowatch.db'}"
        return
    import psycopg
    from sqlalchemy.engine import make_url

    from natowatch.storage.db import redact_url

    admin_url = os.environ.get("NATOWATCH_BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    name = f"natowatch_bench_{secrets.token_hex(4)}"
    admin = make_url(admin_url).set(drivername="postgresql")
    try:
        connection = psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True)
    except psycopg.Error as exc:
        raise SystemExit(f"benchmark: NATOWATCH_BENCH_POSTGRES_URL {redact_url(admin_url)}: "
                         f"cannot connect: {' '.join(str(exc).split())}") from None
    with connection:
        connection.execute(f'CREATE DATABASE "{name}"')
        try:
            yield admin.set(database=name).render_as_string(hide_password=False)
        finally:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- one measurement ------------------------------------------------------------------------

@dataclass(frozen=True)
class Measurement:
    n: int
    db: str
    floor: dict
    floor_run: ChildRun
    poll_seconds: float
    pipeline_run: ChildRun
    alerts_received: int
    load: str   # load averages when the measurement ended (the machine is shared)

    @property
    def poll_counts(self) -> dict[str, int]:
        """Totals over the feeds, from the poll's own summary lines."""
        out = self.pipeline_run.stdout
        return {name: sum(int(v) for v in pattern.findall(out)) for name, pattern in SUMMARY_COUNTS.items()}

    @property
    def floor_aps(self) -> float:
        return self.n / self.floor["seconds"]

    @property
    def pipeline_aps(self) -> float:
        return self.n / self.poll_seconds

    @property
    def ratio(self) -> float:
        """Pipeline cost per article over the floor's."""
        return self.floor_aps / self.pipeline_aps

    @property
    def pipeline_ms_per_article(self) -> float:
        return 1000 * self.poll_seconds / self.n

    def as_json(self) -> dict:
        return {"n": self.n, "db": self.db, "floor_aps": round(self.floor_aps, 2),
                "pipeline_aps": round(self.pipeline_aps, 2), "ratio": round(self.ratio, 3),
                "floor_ms_per_article": round(1000 * self.floor["seconds"] / self.n, 2),
                "pipeline_ms_per_article": round(self.pipeline_ms_per_article, 2),
                "process_wall_seconds": round(self.pipeline_run.seconds, 2),
                "process_cpu_seconds": round(self.pipeline_run.cpu_seconds, 2),
                "floor_cpu_seconds": round(self.floor_run.cpu_seconds, 2),
                "peak_rss_mb": round(self.pipeline_run.maxrss_mb, 1),
                "tree_peak_mb": round(self.pipeline_run.tree_peak_mb, 1),
                "cpu_by_process": self.pipeline_run.cpu_by_role,
                "peak_mb_by_process": self.pipeline_run.peak_by_role,
                "peak_file_mb_by_process": self.pipeline_run.peak_file_by_role,
                "load_average": self.load}


def write_feeds_file(path: Path, base_url: str, feeds: int) -> None:
    lines = ["feeds:"]
    lines += [f"  - {{name: bench-{f:02d}, url: '{base_url}/{feed_path(f)}', interval: 60}}" for f in range(feeds)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_stored(database_url: str, articles, feeds: int) -> None:
    """Every item of every feed is recorded as seen (stored, or remembered as text-less)."""
    from natowatch.storage import Store

    with Store.open(database_url) as store:
        missing = [a.index for a in articles if not store.item_seen(f"bench-{a.feed:02d}", f"guid:bench-{a.index:06d}")]
    if missing:
        raise SystemExit(f"benchmark: {len(missing)} of {len(articles)} items were not stored "
                         f"(first: article {missing[0]}); the figures would be wrong")


def measure(n: int, feeds: int, db: str, seeds, work: Path, log) -> Measurement:
    corpus = work / f"corpus-{n}"
    with corpus_server(corpus) as server, alert_receiver() as receiver:
        log(f"writing {n} pages and {feeds} feeds ...")
        articles = write_corpus(corpus, seeds, n, feeds, server.base_url)
        # The rules kept in the data directory, as a cron poll finds them after its first run: the
        # floor and the poll's processes both load them (flows/rules_cache.py).
        data_dir = work / f"data-{n}"
        warmed = run_child([sys.executable, "-m", "benchmarks.floor", "--warm", str(data_dir)], child_env())
        if warmed.returncode:
            show_failure("building the rules", warmed)
        log("floor: html_to_article + extract_events in one process ...")
        floor_run = run_child([sys.executable, "-m", "benchmarks.floor", str(corpus), str(data_dir)], child_env())
        if floor_run.returncode:
            show_failure("the floor", floor_run)
        floor = json.loads(floor_run.stdout.strip().splitlines()[-1])
        feeds_file = work / f"feeds-{n}.yaml"
        write_feeds_file(feeds_file, server.base_url, feeds)
        with fresh_database(db, work / f"db-{n}") as database_url:
            server.requests.reset()
            log(f"pipeline: {' '.join(POLL_COMMAND[1:])} on {db} ...")
            workers = {"NATOWATCH_WORKERS": str(WORKERS[0])} if WORKERS else {}
            run = run_child(POLL_COMMAND, child_env(
                **workers, NATOWATCH_FEEDS=str(feeds_file), NATOWATCH_DATABASE_URL=database_url,
                NATOWATCH_DATA_DIR=str(data_dir),
                NATOWATCH_ALERT_URLS=f"json://127.0.0.1:{receiver.server_address[1]}/alerts"))
            if run.returncode:
                show_failure("natowatch poll --once", run)
            pages = server.requests.by_suffix.get(".html", 0)
            if pages != n:
                tail = "\n".join(run.stderr.strip().splitlines()[-10:])
                raise SystemExit(f"benchmark: the poll fetched {pages} pages, expected {n}; its output:\n"
                                 f"{run.stdout.strip()}\n{tail}")
            check_stored(database_url, articles, feeds)
        # The poll proper: from its first feed request to its last page, Prefect start-up and
        # shutdown excluded; only the last article's extract + insert falls outside.
        poll_seconds = server.requests.window_seconds
    return Measurement(n, db, floor, floor_run, poll_seconds, run, len(receiver.received), load_average())


def report(m: Measurement) -> str:
    f, run, counts = m.floor, m.pipeline_run, m.poll_counts
    ratio_ok = "ok" if m.ratio <= TARGET_RATIO else "MISSED"
    return "\n".join([
        f"N={m.n} articles, {m.db}",
        f"  floor    : {f['seconds']:.2f} s, {m.floor_aps:.1f} articles/s "
        f"(html_to_article {f['html_seconds']:.2f} s, is_about_story + extract_events {f['events_seconds']:.2f} s; "
        f"{f['relevant']} about the story, {f['events']} events, {f['empty_pages']} empty pages); "
        f"CPU {m.floor_run.cpu_seconds:.2f} s; peak RSS {m.floor_run.maxrss_mb:.0f} MB",
        f"  pipeline : poll {m.poll_seconds:.2f} s, {m.pipeline_aps:.1f} articles/s "
        f"({m.pipeline_ms_per_article:.1f} ms/article); process wall {run.seconds:.2f} s, "
        f"CPU {run.cpu_seconds:.2f} s (child processes included); peak RSS {run.maxrss_mb:.0f} MB (largest process, "
        f"ru_maxrss), {run.tree_peak_mb:.0f} MB (process tree summed, sampled); "
        f"{counts['new_items']} new items, {counts['new_events']} new events, {counts['corroborated']} "
        f"corroborated, {counts['alerts_queued']} alerts queued, {m.alerts_received} posted (poll does not dispatch)",
        f"  CPU per process: {cpu_line(run)}",
        f"  memory per process at the tree's peak: {memory_line(run)}",
        f"  ratio    : pipeline / floor = {m.ratio:.2f} (target <= {TARGET_RATIO}: {ratio_ok}); "
        f"load average {m.load}",
    ])


def cpu_line(run: ChildRun) -> str:
    """The poll's CPU per kind of process, sampled (each process's last 0.2 s may be missed)."""
    return "; ".join(f"{role} {seconds:.1f} s" + (f" ({run.processes_by_role[role]} processes)"
                                                 if run.processes_by_role.get(role, 1) > 1 else "")
                     for role, seconds in sorted(run.cpu_by_role.items())) or "not sampled"


def memory_line(run: ChildRun) -> str:
    """The tree's peak split by kind of process (MB resident; of it, backed by files)."""
    return "; ".join(f"{role} {mb:.0f} MB ({run.peak_file_by_role.get(role, 0):.0f} MB file-backed)"
                     for role, mb in sorted(run.peak_by_role.items())) or "not sampled"


def run_benchmark(args) -> None:
    """The floor and the pipeline at each size (`--n 1000 5000`, or N and SCALE x N), each size
    on its own corpus and database; the cost per article of each size against the first."""
    log = (lambda message: print(message, file=sys.stderr, flush=True))
    seeds = load_seeds(SEEDS)
    sizes = list(dict.fromkeys(args.n + ([args.n[0] * args.scale] if args.scale > 1 else [])))
    runs: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="natowatch-bench-") as tmp:
        work = Path(tmp)
        for n in sizes:
            # A poll reads at most fetch.max_items_per_poll new items per feed: spread N so one poll reads all.
            feeds = max(args.feeds, -(-n // FetchLimits().max_items_per_poll))
            runs.append(measure(n, feeds, args.db, seeds, work, log))
            print(report(runs[-1]), flush=True)
            if len(runs) > 1:
                print(scale_line(runs[0], runs[-1]), flush=True)
    if args.json:
        line = runs[0].as_json()
        line["sizes"] = [m.as_json() for m in runs]
        line["scale"] = [scale_figures(runs[0], m) for m in runs[1:]]
        print(json.dumps(line))


def scale_figures(base: Measurement, scaled: Measurement) -> dict:
    """Cost per article at both sizes and scaled / base: the poll's wall time (first request to
    last page; noisy on a shared machine), the whole command's CPU time (its child processes
    included; steadier under load, start-up included), and the floor's of each."""
    def pair(a: float, b: float) -> dict:
        return {"base": round(a, 2), "scaled": round(b, 2), "ratio": round(b / a, 3)}

    return {"base_n": base.n, "n": scaled.n,
            "wall_ms_per_article": pair(base.pipeline_ms_per_article, scaled.pipeline_ms_per_article),
            "cpu_ms_per_article": pair(1000 * base.pipeline_run.cpu_seconds / base.n,
                                       1000 * scaled.pipeline_run.cpu_seconds / scaled.n),
            "floor_wall_ms_per_article": pair(1000 * base.floor["seconds"] / base.n,
                                              1000 * scaled.floor["seconds"] / scaled.n),
            "floor_cpu_ms_per_article": pair(1000 * base.floor_run.cpu_seconds / base.n,
                                             1000 * scaled.floor_run.cpu_seconds / scaled.n),
            "load_average": [base.load, scaled.load]}


def scale_line(base: Measurement, scaled: Measurement) -> str:
    figures = scale_figures(base, scaled)
    wall, cpu = figures["wall_ms_per_article"], figures["cpu_ms_per_article"]
    floor, floor_cpu = figures["floor_wall_ms_per_article"], figures["floor_cpu_ms_per_article"]
    drift = round(scaled.pipeline_ms_per_article / base.pipeline_ms_per_article - 1, 4)   # as printed
    return (f"N={scaled.n} against N={base.n}: pipeline cost per article {wall['base']:.1f} -> {wall['scaled']:.1f} ms "
            f"wall, ratio {wall['ratio']:.3f} ({drift:+.1%}; target within {TARGET_SCALE_DRIFT:.0%}: "
            f"{'ok' if abs(drift) <= TARGET_SCALE_DRIFT else 'MISSED'}); CPU {cpu['base']:.1f} -> {cpu['scaled']:.1f} ms, "
            f"ratio {cpu['ratio']:.3f}; floor {floor['base']:.1f} -> {floor['scaled']:.1f} ms wall (ratio "
            f"{floor['ratio']:.3f}), {floor_cpu['base']:.1f} -> {floor_cpu['scaled']:.1f} ms CPU; load average "
            f"{base.load} -> {scaled.load}; peak RSS {scaled.pipeline_run.tree_peak_mb:.0f} MB process tree "
            f"(target < {TARGET_PEAK_MB} MB at {scaled.n}: "
            f"{'ok' if scaled.pipeline_run.tree_peak_mb < TARGET_PEAK_MB else 'MISSED'})")


# --- extractor alone and replay ---------------------------------------------------------------

def run_extract_only(args) -> None:
    from natowatch.extract import extract_events
    from natowatch.flows.files.articles import list_folder, read_article
    from natowatch.flows.files.storyfile import load_story
    from benchmarks.floor import STORY_FILE

    story = load_story(STORY_FILE)
    articles = [read_article(path, entry) for path, entry in list_folder(SEEDS).files]
    started = time.perf_counter()
    extract_events(articles[0].title, articles[0].text, articles[0].published, story)
    cold_ms = 1000 * (time.perf_counter() - started)
    per_article, every = {}, []
    for article in articles:
        times = []
        for _ in range(EXTRACT_REPEATS + 1):
            started = time.perf_counter()
            extract_events(article.title, article.text, article.published, story)
            times.append(1000 * (time.perf_counter() - started))
        times = times[1:]  # the first call of each article warms caches
        per_article[article.path.name] = statistics.median(times)
        every.extend(times)
    median = statistics.median(every)
    print(f"extract_events over {len(articles)} seed articles ({EXTRACT_REPEATS} runs each): median {median:.1f} ms "
          f"(target < {TARGET_EXTRACT_MS} ms: {'ok' if median < TARGET_EXTRACT_MS else 'MISSED'}); "
          f"first call {cold_ms:.1f} ms (builds the rules)")
    for name, ms in per_article.items():
        print(f"  {name}: {ms:.1f} ms")
    with tempfile.TemporaryDirectory(prefix="natowatch-bench-") as tmp:
        env = child_env(NATOWATCH_DATABASE_URL=f"sqlite:///{Path(tmp) / 'replay.db'}",
                        NATOWATCH_DATA_DIR=str(Path(tmp) / "data"))
        run = run_child([str(NATOWATCH), "replay", "seeds/", "--fresh"], env)
        if run.returncode:
            show_failure("natowatch replay seeds/ --fresh", run)
    print(f"natowatch replay seeds/ --fresh (temporary SQLite, Prefect start-up included): wall {run.seconds:.2f} s, "
          f"peak RSS {run.maxrss_mb:.0f} MB largest process, {run.tree_peak_mb:.0f} MB tree")
    if args.json:
        print(json.dumps({"extract_median_ms": round(median, 2), "extract_first_ms": round(cold_ms, 2),
                          "replay_seconds": round(run.seconds, 2)}))


# --- storage alone ---------------------------------------------------------------------------

def run_ingest_only(args) -> None:
    """The storing alone, in this process: the N pages' events are extracted first (not timed),
    then stored as `poll` stores them (Store.ingest_stories, the feed item recorded in the same
    transaction) on a fresh database: in groups of up to `--group` articles, one transaction
    each (Store.batch, a savepoint per article), or one transaction per article with `--group 1`.
    Free of Prefect and HTTP, so the storage cost shows even on a loaded machine (CPU time
    besides wall time). The wall time includes the commits."""
    from sqlalchemy import event as sqlalchemy_event

    from benchmarks.floor import STORY_FILE
    from natowatch.extract import extract_events, html_to_article, is_about_story
    from natowatch.flows.alerts.messages import story_facts
    from natowatch.flows.settings import load_settings
    from natowatch.flows.files.storyfile import load_story
    from natowatch.storage import ArticleRecord, FeedState, Store, StoryEvents

    story, seeds = load_story(STORY_FILE), load_seeds(SEEDS)
    routes, facts = load_settings(environ={}).alerts.rules, story_facts(story)
    with tempfile.TemporaryDirectory(prefix="natowatch-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        items = []
        for article in write_corpus(corpus, seeds, args.n, args.feeds, "http://127.0.0.1:9"):
            page = html_to_article((corpus / article.path).read_text(encoding="utf-8"), article.url)
            relevant = is_about_story(article.title, page.text, story)
            record = ArticleRecord(url=article.url, title=article.title, text=page.text, published=page.date,
                                   outlet="bench.example", language="en", source="feed",
                                   feed_name=f"bench-{article.feed:02d}", text_source="page", relevant=relevant)
            events = tuple(extract_events(record.title, record.text, record.published, story)) if relevant else ()
            found = (StoryEvents(story.id, events, facts),) if relevant else ()
            items.append((record, found, (record.feed_name, f"guid:bench-{article.index:06d}")))
        with fresh_database(args.db, work / "db") as database_url, Store.open(database_url, upgrade=True) as store:
            for feed in sorted({feed for _, _, (feed, _) in items}):
                store.save_feed_state(FeedState(name=feed, url=f"http://127.0.0.1:9/{feed}.xml"))
            statements = [0]
            sqlalchemy_event.listen(store._engine, "before_cursor_execute",
                                    lambda *_: statements.__setitem__(0, statements[0] + 1))
            seconds, cpu = [], time.process_time()
            with store.batch(max_items=args.group, max_seconds=float("inf")) as batch:
                for record, found, feed_item in items:
                    started = time.perf_counter()
                    if args.group == 1:
                        store.ingest_stories(record, found, routes, feed_item=feed_item)
                    else:
                        batch.ingest_stories(record, found, routes, feed_item=feed_item)
                        if batch.due():
                            batch.commit()
                    seconds.append(time.perf_counter() - started)
                started = time.perf_counter()
                batch.commit()
                seconds[-1] += time.perf_counter() - started
            cpu = time.process_time() - cpu
    half = len(seconds) // 2
    per_article, cpu_per_article = 1000 * sum(seconds) / len(seconds), 1000 * cpu / len(seconds)
    first, second = 1000 * sum(seconds[:half]) / half, 1000 * sum(seconds[half:]) / (len(seconds) - half)
    print(f"Store.ingest_stories alone, N={args.n} articles, {args.db}, "
          f"{'one transaction per article' if args.group == 1 else f'groups of {args.group}'}: "
          f"{sum(seconds):.2f} s, {per_article:.2f} ms/article "
          f"(first half {first:.2f}, second half {second:.2f}), CPU {cpu_per_article:.2f} ms/article; "
          f"{statements[0] / len(seconds):.1f} SQL statements per article; "
          f"{sum(len(part.events) for _, found, _ in items for part in found)} events extracted; "
          f"load average {load_average()}")
    if args.json:
        print(json.dumps({"n": args.n, "db": args.db, "group": args.group, "ingest_ms_per_article": round(per_article, 3),
                          "ingest_cpu_ms_per_article": round(cpu_per_article, 3),
                          "statements_per_article": round(statements[0] / len(seconds), 2)}))


# --- profile --------------------------------------------------------------------------------

def run_profile(args) -> None:
    """cProfile of the poll_feeds flow in this process (Prefect start-up included in the totals)."""
    seeds = load_seeds(SEEDS)
    with tempfile.TemporaryDirectory(prefix="natowatch-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        with corpus_server(corpus) as server, alert_receiver() as receiver:
            articles = write_corpus(corpus, seeds, args.n, args.feeds, server.base_url)
            feeds_file = work / "feeds.yaml"
            write_feeds_file(feeds_file, server.base_url, args.feeds)
            with fresh_database(args.db, work / "db") as database_url:
                for name, value in child_env(
                        NATOWATCH_FEEDS=str(feeds_file), NATOWATCH_DATABASE_URL=database_url,
                        NATOWATCH_DATA_DIR=str(work / "data"),
                        NATOWATCH_ALERT_URLS=f"json://127.0.0.1:{receiver.server_address[1]}/alerts").items():
                    os.environ[name] = value
                from natowatch.flows.pipelines.prefect_env import set_prefect_defaults

                set_prefect_defaults(quiet=True)
                from natowatch.flows.pipelines.prefect_flows import poll_feeds

                profiler = cProfile.Profile()
                started = time.perf_counter()
                profiler.runcall(poll_feeds, feeds_file=str(feeds_file), database_url=database_url, once=True)
                seconds = time.perf_counter() - started
                check_stored(database_url, articles, args.feeds)
                window = server.requests.window_seconds
    profiler.dump_stats(args.profile)
    print(f"poll_feeds over {args.n} articles: {seconds:.2f} s in the call, {window:.2f} s first to last request "
          f"(profiler overhead included); stats in {args.profile}")
    stats = pstats.Stats(args.profile)
    stats.strip_dirs()
    for order in ("tottime", "cumulative"):
        print(f"\n--- top {args.top} by {order} ---")
        stats.sort_stats(order).print_stats(args.top)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pipeline", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000],
                        help="articles in the corpus (default 1000); several sizes: `--n 1000 5000`")
    parser.add_argument("--feeds", type=int, default=10, help="feeds the articles are spread over (default 10)")
    parser.add_argument("--scale", type=int, default=1, help="also measure at SCALE x N (e.g. 5)")
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite",
                        help="database (postgres: NATOWATCH_BENCH_POSTGRES_URL, a fresh database per run)")
    parser.add_argument("--workers", type=int, help="the poll's worker processes (default: the settings', the cores)")
    parser.add_argument("--json", action="store_true", help="print one last JSON line for scripts")
    parser.add_argument("--extract-only", action="store_true",
                        help="median extract_events time per seed article, and `natowatch replay` wall time")
    parser.add_argument("--ingest-only", action="store_true",
                        help="time Store.ingest alone over the N pages' events (no Prefect, no HTTP)")
    parser.add_argument("--group", type=int, default=50,
                        help="--ingest-only: articles per transaction (default 50, as a poll's group at most; 1: one each)")
    parser.add_argument("--profile", metavar="FILE.pstats", help="cProfile the poll flow in-process instead")
    parser.add_argument("--top", type=int, default=30, help="functions listed by --profile (default 30)")
    args = parser.parse_args(argv)
    if len(args.n) > 1 and (args.extract_only or args.ingest_only or args.profile):
        parser.error("several --n sizes only for the pipeline benchmark")
    if min(args.n) < args.feeds or args.feeds < 1 or args.scale < 1:
        parser.error("need --feeds >= 1, --n >= --feeds and --scale >= 1")
    if not NATOWATCH.exists() and not args.profile:
        parser.error(f"{NATOWATCH} not found: install the project (pip install -e .) in this Python's venv")
    if args.workers:
        WORKERS.append(args.workers)
    if args.extract_only:
        run_extract_only(args)
    elif args.ingest_only:
        run_ingest_only(argparse.Namespace(**{**vars(args), "n": args.n[0]}))
    elif args.profile:
        run_profile(argparse.Namespace(**{**vars(args), "n": args.n[0]}))
    else:
        run_benchmark(args)


if __name__ == "__main__":
    main()
