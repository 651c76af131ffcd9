"""Scale-out: several real `natowatch` processes on one PostgreSQL database store every
article, event, evidence row and alert once, and send every alert once.

Each process starts its own Prefect server (10-15 s), in a Prefect home of its own.
PostgreSQL itself lines the processes up: the test holds an exclusive lock on `articles`
until every process waits on its first write, then lets them all go at once.
"""
from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import psycopg
import pytest

from pgkit import (REPO, PostgresDatabase, postgres_counts, run_natowatch, sequential_counts, sequential_poll_counts,
                   serve_seed_feed, start_natowatch, stop)

# Generous: three Prefect servers starting side by side on a small machine.
START_TIMEOUT = 300
RUN_TIMEOUT = 600
NEW_EVENTS = r"^(\d+) new events?$"  # replay's timeline title
ALERTS_SENT = r"^Alerts sent: (\d+)"


def run_side_by_side(database: PostgresDatabase, commands: list[list[str]], env: dict[str, str],
                     logs: Path, writers: int | None = None) -> tuple[list[str], float]:
    """Start the commands together and release them at their first write at the same moment.

    `writers`: how many reach a write (all by default); the others must have ended by then
    (a poller that finds its feed busy writes nothing). Returns each process's output and
    the wall time from start to the last exit."""
    logs.mkdir()
    started = time.perf_counter()
    processes = []
    try:
        with psycopg.connect(database.url) as gate:
            gate.execute("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE")
            # A Prefect home each: servers migrating one shared prefect.db at once collide.
            processes = [start_natowatch(*args, env={**env, "PREFECT_HOME": str(logs / f"prefect-{n}")},
                                         log=logs / f"{n}.log") for n, args in enumerate(commands)]
            _wait_until_all_wait(database, processes, logs, len(processes) if writers is None else writers)
            gate.commit()  # the gate opens
        for process in processes:
            process.wait(timeout=RUN_TIMEOUT)
    finally:
        for process in processes:
            stop(process)
    outputs = [(logs / f"{n}.log").read_text() for n in range(len(processes))]
    for process, output in zip(processes, outputs):
        assert process.returncode == 0 and "Traceback" not in output, output
    return outputs, time.perf_counter() - started


def _wait_until_all_wait(database: PostgresDatabase, processes, logs: Path, writers: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        ended = [n for n, process in enumerate(processes) if process.poll() is not None]
        assert len(ended) <= len(processes) - writers, \
            f"process {ended[-1]} ended before writing:\n{(logs / f'{ended[-1]}.log').read_text()}"
        waiting = database.scalar(f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database.name}' "
                                  "AND wait_event_type = 'Lock'")
        if waiting == writers and len(ended) == len(processes) - writers:
            return
        time.sleep(0.2)
    pytest.fail(f"not every process reached its first write within {START_TIMEOUT} s")


def summed(pattern: str, outputs: list[str]) -> int:
    return sum(int(m) for output in outputs for m in re.findall(pattern, output, re.MULTILINE))


@pytest.mark.postgres
@pytest.mark.prefect
def test_three_replay_processes_store_everything_once_and_send_each_alert_once(
        postgres_database, cli_env, alert_receiver, tmp_path, monkeypatch):
    from natowatch.flows.pipelines.replay import read_and_extract, store_batch
    from natowatch.flows.settings import load_settings
    from natowatch.flows.files.storyfile import load_story

    monkeypatch.setenv("NATOWATCH_ALERT_URLS", alert_receiver.url())
    settings = load_settings()
    story = load_story(settings.story)
    batch = read_and_extract(REPO / "seeds", story)
    expected = sequential_counts(tmp_path, lambda store: store_batch(store, batch, settings.alerts.rules, "seeds"))
    env = {**cli_env, "NATOWATCH_DATABASE_URL": postgres_database.url, "NATOWATCH_ALERT_URLS": alert_receiver.url()}
    upgraded = run_natowatch("db", "upgrade", env=env)
    assert upgraded.returncode == 0, upgraded.stderr

    outputs, seconds = run_side_by_side(postgres_database, [["replay", "seeds/"]] * 3, env, tmp_path / "logs")
    new_events = [summed(NEW_EVENTS, [output]) for output in outputs]
    sent = [summed(ALERTS_SENT, [output]) for output in outputs]
    print(f"\n3 replay processes side by side: {seconds:.1f} s; per process new events {new_events}, "
          f"alerts sent {sent}")

    assert expected["events"] > 0 and expected["alerts"] > 0
    assert postgres_counts(postgres_database) == expected
    # Each event became news in exactly one process; each alert was queued, and sent, by one.
    assert sum(new_events) == expected["events"]
    assert summed(r"^Alerts queued: (\d+)$", outputs) == expected["alerts"]
    assert sum(sent) == expected["alerts"]
    assert postgres_database.rows("SELECT state, count(*) FROM alerts GROUP BY state") == [("sent", expected["alerts"])]
    messages = Counter((post["body"]["title"], post["body"]["message"]) for post in alert_receiver.received)
    assert len(alert_receiver.received) == expected["alerts"]
    assert messages.most_common(1)[0][1] == 1, messages.most_common(1)


@pytest.mark.postgres
@pytest.mark.prefect
def test_two_poll_processes_store_each_feed_item_once(postgres_database, cli_env, feed_server, tmp_path):
    """The first to lock the feed polls it and waits at its first article; the other finds the
    feed busy and ends having written nothing; then the first stores everything."""
    feeds_file = tmp_path / "feeds.yaml"
    items = serve_seed_feed(feed_server, feeds_file)
    expected = sequential_poll_counts(tmp_path, feeds_file)
    env = {**cli_env, "NATOWATCH_DATABASE_URL": postgres_database.url}
    assert run_natowatch("db", "upgrade", env=env).returncode == 0

    outputs, seconds = run_side_by_side(postgres_database, [["poll", "--once", "--no-dispatch", "--feeds", str(feeds_file)]] * 2, env,
                                        tmp_path / "logs", writers=1)
    print(f"\n2 poll processes side by side: {seconds:.1f} s; outputs: {[o.strip() for o in outputs]}")

    assert expected["feed_items"] == len(items) and expected["events"] > 0
    assert postgres_counts(postgres_database) == expected
    assert summed(r"(\d+) new events", outputs) == expected["events"]
    assert sum("wire: busy: being polled by another poller" in output for output in outputs) == 1
    assert postgres_database.scalar("SELECT count(*) FROM feeds") == 1
    assert postgres_database.rows("SELECT state, count(*) FROM alerts GROUP BY state") == [("pending", expected["alerts"])]
