"""Scale-out: several real `natowatch` processes on one PostgreSQL database store every
article, event, evidence row and alert once, and send every alert once.

Each process starts its own Prefect server (10-15 s), in a Prefect home of its own.
PostgreSQL itself lines the processes up: the test holds an exclusive lock on `articles`
until every process waits on its first write, then lets them all go at once.
"""
from __future__ import annotations

import logging
import re
import time
from collections import Counter
from pathlib import Path

import psycopg
import pytest

from pgkit import REPO, PostgresDatabase, run_natowatch, start_natowatch, stop

TABLES = ("articles", "events", "evidence", "alerts", "feed_items")
# Generous: three Prefect servers starting side by side on a small machine.
START_TIMEOUT = 300
RUN_TIMEOUT = 600
NEW_EVENTS = r"^(\d+) new events?$"  # replay's timeline title
ALERTS_SENT = r"^Alerts sent: (\d+)"


def table_counts(count) -> dict[str, int]:
    return {table: count(table) for table in TABLES}


def sequential_counts(tmp_path: Path, fill) -> dict[str, int]:
    """Row counts after one run alone (in this process, without Prefect, on SQLite)."""
    from storage import Store

    with Store.open(f"sqlite:///{tmp_path / 'sequential' / 'natowatch.db'}", upgrade=True) as store:
        fill(store)
        with store._engine.connect() as connection:
            return table_counts(lambda t: connection.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one())


def run_side_by_side(database: PostgresDatabase, commands: list[list[str]], env: dict[str, str],
                     logs: Path) -> tuple[list[str], float]:
    """Start the commands together and release them at their first write at the same moment.

    Returns each process's output and the wall time from start to the last exit."""
    logs.mkdir()
    started = time.perf_counter()
    processes = []
    try:
        with psycopg.connect(database.url) as gate:
            gate.execute("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE")
            # A Prefect home each: servers migrating one shared prefect.db at once collide.
            processes = [start_natowatch(*args, env={**env, "PREFECT_HOME": str(logs / f"prefect-{n}")},
                                         log=logs / f"{n}.log") for n, args in enumerate(commands)]
            _wait_until_all_wait(database, processes, logs)
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


def _wait_until_all_wait(database: PostgresDatabase, processes, logs: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        for n, process in enumerate(processes):
            assert process.poll() is None, f"process {n} ended before writing:\n{(logs / f'{n}.log').read_text()}"
        waiting = database.scalar(f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database.name}' "
                                  "AND wait_event_type = 'Lock'")
        if waiting == len(processes):
            return
        time.sleep(0.2)
    pytest.fail(f"not every process reached its first write within {START_TIMEOUT} s")


def summed(pattern: str, outputs: list[str]) -> int:
    return sum(int(m) for output in outputs for m in re.findall(pattern, output, re.MULTILINE))


def postgres_counts(database: PostgresDatabase) -> dict[str, int]:
    return table_counts(lambda t: database.scalar(f"SELECT count(*) FROM {t}"))


@pytest.mark.postgres
@pytest.mark.prefect
def test_three_replay_processes_store_everything_once_and_send_each_alert_once(
        postgres_database, cli_env, alert_receiver, tmp_path, monkeypatch):
    from flows.replay import read_and_extract, store_batch
    from flows.settings import load_settings
    from flows.storyfile import load_story

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
    from feedpages import article_page, rss
    from flows.articles import list_folder, read_article
    from flows.feeds import load_feeds
    from flows.fetch import FetchLimits
    from flows.poll import PollContext, fetch_each, process_feed, run_cycle
    from flows.settings import load_settings
    from flows.storyfile import load_story

    items = []
    for path, entry in list_folder(REPO / "seeds").files:
        seed = read_article(path, entry)
        page = f"/news/{path.stem}.html"
        feed_server.expect_request(page).respond_with_data(article_page(seed.title, seed.text, seed.published),
                                                           content_type="text/html")
        items.append(dict(guid=path.stem, title=seed.title, link=feed_server.url_for(page), published=seed.published))
    feed_server.expect_request("/wire.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    feeds_file = tmp_path / "feeds.yaml"
    feeds_file.write_text(f"feeds:\n  - {{name: wire, url: '{feed_server.url_for('/wire.xml')}'}}\n")

    settings = load_settings()
    story = load_story(settings.story)
    feeds = load_feeds(feeds_file).feeds
    log = logging.getLogger("natowatch.test.scale_out")

    def poll_once(store):
        ctx = PollContext(store=store, story=story, routes=settings.alerts.rules)
        run_cycle(feeds, store, lambda due: fetch_each(due, FetchLimits()),
                  lambda feed, state, result: process_feed(feed, state, result, ctx, log), log)

    expected = sequential_counts(tmp_path, poll_once)
    env = {**cli_env, "NATOWATCH_DATABASE_URL": postgres_database.url}
    assert run_natowatch("db", "upgrade", env=env).returncode == 0

    outputs, seconds = run_side_by_side(postgres_database, [["poll", "--once", "--feeds", str(feeds_file)]] * 2, env,
                                        tmp_path / "logs")
    print(f"\n2 poll processes side by side: {seconds:.1f} s; outputs: {[o.strip() for o in outputs]}")

    assert expected["feed_items"] == len(items) and expected["events"] > 0
    assert postgres_counts(postgres_database) == expected
    assert summed(r"(\d+) new events", outputs) == expected["events"]
    assert postgres_database.scalar("SELECT count(*) FROM feeds") == 1
    assert postgres_database.rows("SELECT state, count(*) FROM alerts GROUP BY state") == [("pending", expected["alerts"])]
