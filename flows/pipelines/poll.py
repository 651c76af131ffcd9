"""Poll RSS/Atom feeds: fetch what is due, read new items, extract and store their events.

A cycle (`run_cycle`) takes each due feed under its lock (flows/reader/schedule.py says which are
due), fetches them all at once (flows/reader/feedfetch.py) and acts on each feed's result as soon
as its own fetch returns (flows/pipelines/feed_ingest.py). The `poll_feeds` flow
(flows/pipelines/prefect_flows.py) wires these as tasks: one fetch task per feed (retried on
transient errors) and one ingest task per feed; `poll_plain` runs the same steps without Prefect.

Item pages are read politely: one HostPacer per cycle spaces the requests to each host and
stops asking a host that answered 429 (or 503 with Retry-After); pages of different hosts
are read at the same time.
"""
from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path
from typing import Callable, Iterable, Sequence

from natowatch.flows.files.stories import load_stories
from natowatch.flows.memory import map_large_blocks
from natowatch.flows.pipelines.feed_ingest import NOT_STORED, FeedReport, PollContext, error_line, process_feed
from natowatch.flows.pipelines.items import read_item_keeping_rules
from natowatch.flows.pipelines.workers import WorkerPlan
from natowatch.flows.reader.feedfetch import Due, FetchMany, fetch_with_retries
from natowatch.flows.reader.feeds import Feed, FeedsError, load_feeds
from natowatch.flows.reader.fetch import FetchLimits, FetchResult, new_client
from natowatch.flows.reader.schedule import is_disabled, is_due, now_utc, seconds_until_next_poll
from natowatch.flows.rules_cache import RulesCache
from natowatch.flows.settings import Settings, config_dir, load_settings
from natowatch.storage import FeedState, Store
from natowatch.storage.errors import DatabaseLost

BUSY = "being polled by another poller"
ProcessStep = Callable[[Feed, "FeedState | None", FetchResult], FeedReport]


def run_cycle(feeds: Sequence[Feed], store: Store, fetch_many: FetchMany, process_step: ProcessStep,
              log: logging.Logger | logging.LoggerAdapter, now: dt.datetime | None = None) -> list[FeedReport]:
    """Poll every due feed once; one failing feed never stops the others, and a slow one never
    delays them: each feed is processed as soon as its own fetch returns (see FetchMany).

    A feed is polled only under its lock: a feed another poller (worker, cron job) is
    polling is skipped as 'busy', and its state is read once the lock is held, so a poll
    that just finished elsewhere is seen and the feed is not fetched twice.
    """
    now = now or now_utc()
    reports, due = [], []
    with store.feed_locks() as locks:
        for feed in feeds:
            try:
                if not locks.acquire(feed.name):
                    log.info("feed %s: %s; skipped", feed.name, BUSY)
                    reports.append(FeedReport(feed.name, "busy", error=BUSY))
                    continue
                state = store.feed_state(feed.name)
            except DatabaseLost as exc:
                reports.append(not_stored(feed, exc, log))
                continue
            except Exception as exc:
                reports.append(_crashed(feed, exc, log))
                continue
            if is_disabled(feed, state):
                reports.append(FeedReport(feed.name, "disabled", error=state.last_error))
            elif is_due(feed, state, now):
                due.append((feed, state))
                continue
            locks.release(feed.name)
        waiting = dict(enumerate(due))
        try:
            for index, result in fetch_many(due):
                feed, state = waiting.pop(index)
                try:
                    if isinstance(result, BaseException):  # the fetch task itself crashed
                        raise result
                    reports.append(process_step(feed, state, result))
                except DatabaseLost as exc:
                    reports.append(not_stored(feed, exc, log))
                except Exception as exc:
                    reports.append(_crashed(feed, exc, log))
        except Exception as exc:  # the fetching itself broke off: the feeds not fetched fail this cycle
            for feed, _state in waiting.values():
                reports.append(_crashed(feed, exc, log))
    return reports


def not_stored(feed: Feed, exc: DatabaseLost, log: logging.Logger | logging.LoggerAdapter) -> FeedReport:
    """The database went away while this feed was polled: nothing of it was recorded as seen,
    so the next poll reads it all again."""
    log.error("feed %s: not stored, read again next poll: %s", feed.name, exc)
    return FeedReport(feed.name, NOT_STORED, error=str(exc))


def _crashed(feed: Feed, exc: BaseException, log: logging.Logger | logging.LoggerAdapter) -> FeedReport:
    log.error("feed %s: poll failed: %s: %s", feed.name, type(exc).__name__, error_line(exc))
    return FeedReport(feed.name, "failed", error=error_line(exc))


def summary_lines(reports: Sequence[FeedReport]) -> list[str]:
    """One line per polled feed, for the command line."""
    if not reports:
        return ["No feed was due."]
    lines = []
    for r in reports:
        when = f" (next poll {r.next_poll_at:%Y-%m-%d %H:%M} UTC)" if r.next_poll_at else ""
        if r.outcome == "updated":
            line = (f"{r.feed}: {r.items} items, {r.new_items} new ({r.skipped} not about the story), "
                    f"{r.new_events} new events, {r.corroborated} corroborated, {r.alerts_queued} alerts queued")
            line += f", {r.refused} skipped (link refused)" if r.refused else ""
            lines.append(line + (f"; {r.error}" if r.error else ""))
        elif r.outcome == "not_modified":
            lines.append(f"{r.feed}: not modified{when}")
        elif r.outcome == NOT_STORED:
            lines.append(f"{r.feed}: not stored, read again next poll: {r.error}")
        else:
            lines.append(f"{r.feed}: {r.outcome}: {r.error}{when}")
    return lines


def read_feeds(path: Path, log: logging.Logger | logging.LoggerAdapter) -> tuple[Feed, ...]:
    """The feeds of the file, read at every cycle so edits apply without a restart."""
    listed = load_feeds(path)
    for problem in listed.problems:
        log.error("%s (feed skipped)", problem)
    return listed.feeds


def feeds_path(settings: Settings, feeds_file: str | Path | None) -> Path:
    return Path(feeds_file) if feeds_file else settings.feeds_file or config_dir() / "feeds.yaml"


# --- one poll, with or without Prefect -------------------------------------------------------

# Fetch the due feeds of a cycle under its limits (a FetchMany); process one feed's fetch result.
FetchDue = Callable[[Due, FetchLimits], "Iterable[tuple[int, FetchResult | BaseException]]"]
ProcessFeed = Callable[[Feed, "FeedState | None", FetchResult, PollContext], FeedReport]


def poll(feeds_file: str | None, database_url: str | None, log: logging.Logger | logging.LoggerAdapter,
         fetch_due: FetchDue, process: ProcessFeed, *, once: bool = True) -> list[FeedReport]:
    """Poll the due feeds once (once=True), or keep polling until interrupted. The Prefect flow
    (flows/pipelines/prefect_flows.py) passes its tasks as `fetch_due` and `process`;
    `poll_plain` passes plain functions."""
    map_large_blocks()     # pages come and go all poll long: their memory must not stay (flows/memory.py)
    settings = load_settings(urls_apart=True)     # a poll lives long (worker processes): no apprise here
    path = feeds_path(settings, feeds_file)
    store = Store.open(database_url or settings.database_url, upgrade=True)
    rules = RulesCache(settings.data_dir)
    rules.load()
    plan = WorkerPlan(settings.polling.workers, read_item_keeping_rules, (rules,))
    try:
        stories = load_stories(settings)
        ctx = PollContext(store=store, story=stories[0], routes=settings.alerts.rules, limits=settings.fetch,
                          feeds_file=str(path), background_days=settings.timeline.background_days, stories=stories,
                          budget_seconds=settings.extract.budget_seconds, workers=plan)
        while True:
            try:
                feeds = read_feeds(path, log)
            except FeedsError as exc:
                log.error("%s", exc)
                feeds = ()
            cycle_ctx = ctx.new_cycle(settings.polling.host_delay_seconds, feeds)
            if not feeds:
                log.info("no feeds to poll in %s", path)
            reports = run_cycle(feeds, store, lambda due: fetch_due(due, cycle_ctx.limits),
                                lambda feed, state, result: process(feed, state, result, cycle_ctx), log)
            rules.save()    # the rules this process built (small polls read their items here)
            if once:
                return reports
            time.sleep(seconds_until_next_poll(feeds, store, now_utc()))
    finally:
        plan.close()
        store.close()


def process_with_client(feed: Feed, state: FeedState | None, result: FetchResult, ctx: PollContext,
                        log: logging.Logger | logging.LoggerAdapter) -> FeedReport:
    """process_feed with a connection pool of its own for the feed's pages."""
    try:
        with new_client(ctx.limits) as client:
            return process_feed(feed, state, result, ctx, log, client=client)
    except DatabaseLost as exc:  # the report's line, which the command prints: not logged as well
        return FeedReport(feed.name, NOT_STORED, error=str(exc))


def poll_plain(feeds_file: str | None = None, database_url: str | None = None, *, once: bool = True,
               log: logging.Logger | logging.LoggerAdapter | None = None) -> list[FeedReport]:
    """The poll without Prefect (no flow run recorded, no Prefect server): `natowatch poll`
    when no Prefect server is configured (flows/pipelines/oneshot.py)."""
    log = log or logging.getLogger("natowatch.poll")
    return poll(feeds_file, database_url, log, lambda due, limits: fetch_with_retries(due, limits, log),
                lambda feed, state, result, ctx: process_with_client(feed, state, result, ctx, log), once=once)
