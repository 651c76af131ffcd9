"""Helpers for the PostgreSQL end-to-end tests (a module of its own: `conftest` is ambiguous
across test folders)."""
from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[2]
TABLES = ("articles", "events", "evidence", "alerts", "feed_items")
NATOWATCH = Path(sys.executable).with_name("natowatch")


def libpq_url(url: str) -> str:
    """The URL psycopg itself accepts (no SQLAlchemy driver suffix)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@dataclass(frozen=True)
class PostgresDatabase:
    name: str
    url: str          # postgresql://user:password@host:port/name: natowatch fills in the driver
    password: str     # so tests can check it is never shown (as user:password@)

    @property
    def psycopg_url(self) -> str:
        return self.url.replace("postgresql://", "postgresql+psycopg://", 1)

    def rows(self, sql: str) -> list[tuple]:
        with psycopg.connect(self.url, autocommit=True) as connection:
            return connection.execute(sql).fetchall()

    def scalar(self, sql: str):
        return self.rows(sql)[0][0]


def run_natowatch(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    """One `natowatch` command in a process of its own, from the repository (for `seeds/`)."""
    return subprocess.run([str(NATOWATCH), *args], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=timeout)


def start_natowatch(*args: str, env: dict[str, str], log: Path) -> subprocess.Popen:
    """Start `natowatch` in the background, in a process group of its own (with the Prefect
    server it starts); stdout and stderr go to `log` (a pipe could fill up)."""
    with log.open("w") as output:
        return subprocess.Popen([str(NATOWATCH), *args], cwd=REPO, env=env, stdout=output,
                                stderr=subprocess.STDOUT, text=True, start_new_session=True)


def stop(process: subprocess.Popen) -> None:
    """Kill a process started by start_natowatch, and its group, if it is still running."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def table_counts(count) -> dict[str, int]:
    return {table: count(table) for table in TABLES}


def sequential_counts(tmp_path: Path, fill) -> dict[str, int]:
    """Row counts after one run alone (in this process, without Prefect, on SQLite)."""
    from natowatch.storage import Store

    with Store.open(f"sqlite:///{tmp_path / 'sequential' / 'natowatch.db'}", upgrade=True) as store:
        fill(store)
        with store._engine.connect() as connection:
            return table_counts(lambda t: connection.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one())


def postgres_counts(database: PostgresDatabase) -> dict[str, int]:
    return table_counts(lambda t: database.scalar(f"SELECT count(*) FROM {t}"))


def serve_seed_feed(feed_server, feeds_file: Path) -> list[dict]:
    """The five seed articles as pages of a local RSS feed `wire`, listed in `feeds_file`;
    returns the feed's items."""
    from feedpages import article_page, rss
    from natowatch.flows.files.articles import list_folder, read_article

    items = []
    for path, entry in list_folder(REPO / "seeds").files:
        seed = read_article(path, entry)
        page = f"/news/{path.stem}.html"
        feed_server.expect_request(page).respond_with_data(article_page(seed.title, seed.text, seed.published),
                                                           content_type="text/html")
        items.append(dict(guid=path.stem, title=seed.title, link=feed_server.url_for(page), published=seed.published))
    feed_server.expect_request("/wire.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    feeds_file.write_text(f"feeds:\n  - {{name: wire, url: '{feed_server.url_for('/wire.xml')}'}}\n")
    return items


def sequential_poll_counts(tmp_path: Path, feeds_file: Path) -> dict[str, int]:
    """Row counts after one plain poll of `feeds_file` alone, with the settings' routes."""
    from natowatch.flows.reader.feeds import load_feeds
    from natowatch.flows.reader.fetch import FetchLimits
    from natowatch.flows.pipelines.feed_ingest import PollContext, process_feed
    from natowatch.flows.pipelines.poll import run_cycle
    from natowatch.flows.reader.feedfetch import fetch_each
    from natowatch.flows.settings import load_settings
    from natowatch.flows.files.storyfile import load_story

    settings = load_settings()
    story = load_story(settings.story)
    feeds = load_feeds(feeds_file).feeds
    log = logging.getLogger("natowatch.test.sequential")

    def poll_once(store):
        ctx = PollContext(store=store, story=story, routes=settings.alerts.rules)
        run_cycle(feeds, store, lambda due: fetch_each(due, FetchLimits()),
                  lambda feed, state, result: process_feed(feed, state, result, ctx, log), log)

    return sequential_counts(tmp_path, poll_once)
