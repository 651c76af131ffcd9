"""The Prefect flows and tasks: thin wrappers over the plain steps of replay.py, poll.py and
dispatch.py, so a run on a Prefect server is recorded (flow and task runs, retries, logs).

Only this module imports Prefect. `natowatch serve`, deployments (prefect.yaml) and the one-shot
commands when a Prefect server is configured (flows/pipelines/oneshot.py) run these; without a server the
one-shot commands call the plain steps and never import Prefect (its import and temporary server
cost seconds per command).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Mapping

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.runtime import task_run

from natowatch.extract.events import DEFAULT_BUDGET_SECONDS
from natowatch.extract.story import Story
from natowatch.flows.pipelines.dispatch import DispatchSummary, claim, dispatch_due, send_claimed
from natowatch.flows.reader.fetch import FetchLimits, FetchResult, new_client
from natowatch.flows.reader.feeds import Feed
from natowatch.flows.pipelines.feed_ingest import FeedReport, PollContext, process_feed
from natowatch.flows.pipelines.poll import not_stored, poll
from natowatch.flows.reader.feedfetch import FETCH_RETRIES, FETCH_RETRY_DELAYS, Due, fetch_feed
from natowatch.storage.errors import DatabaseLost
from natowatch.flows.pipelines.replay import (ExtractedBatch, ReplaySummary, known_candidates, read_and_extract,
                                              replay_folder, store_batch_at)
from natowatch.flows.settings import Settings
from natowatch.storage import AlertView, CandidateView, FeedState, RouteRule, Store


# --- replay -----------------------------------------------------------------------------------

@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def known_candidates_task(database_url: str) -> tuple[CandidateView, ...]:
    return known_candidates(database_url)


@task(retries=1, retry_delay_seconds=1, cache_policy=NO_CACHE)
def read_and_extract_task(folder: Path, stories: tuple[Story, ...], known: tuple[CandidateView, ...] = (), *,
                          budget_seconds: float | None = DEFAULT_BUDGET_SECONDS,
                          background_days: int | None = None) -> ExtractedBatch:
    return read_and_extract(folder, stories, known, budget_seconds=budget_seconds, background_days=background_days)


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def store_batch_task(database_url: str, batch: ExtractedBatch, routes: tuple[RouteRule, ...],
                     folder: str) -> ReplaySummary:
    return store_batch_at(database_url, batch, routes, folder)


@flow(name="replay")
def replay(path: str = "seeds", database_url: str | None = None, fresh: bool = False) -> ReplaySummary:
    """Read the folder's articles in publication order, extract their events and store them,
    queueing an alert per new event and route. `fresh` deletes the SQLite database first.
    The schema is created or upgraded as needed."""
    return replay_folder(path, database_url, fresh, get_run_logger(), known_candidates_task, read_and_extract_task,
                         store_batch_task)


# --- poll -------------------------------------------------------------------------------------

class TransientFetchError(RuntimeError):
    """Raised by the fetch task so Prefect retries it."""


@task(name="fetch-feed", retries=FETCH_RETRIES, retry_delay_seconds=FETCH_RETRY_DELAYS, cache_policy=NO_CACHE)
def fetch_feed_task(feed: Feed, state: FeedState | None, limits: FetchLimits) -> FetchResult:
    result = fetch_feed(feed, state, limits)
    if result.transient and task_run.run_count <= FETCH_RETRIES:
        get_run_logger().warning("feed %s: %s (will retry)", feed.name, result.error)
        raise TransientFetchError(result.error)
    # The last attempt returns its failure: the feed's backoff takes over, without a traceback.
    return result


def fetch_concurrently(due: Due, limits: FetchLimits) -> Iterator[tuple[int, FetchResult | BaseException]]:
    """All due feeds at once (Prefect's thread pool), each handed back as soon as it is fetched:
    a hanging feed delays neither the other fetches nor the storing of their results."""
    futures = [fetch_feed_task.submit(feed, state, limits) for feed, state in due]
    position = {id(future): index for index, future in enumerate(futures)}
    for future in as_completed(futures):
        try:
            yield position[id(future)], future.result()
        except Exception as exc:
            yield position[id(future)], exc


@task(name="ingest-feed-items", cache_policy=NO_CACHE)
def process_feed_task(feed: Feed, state: FeedState | None, result: FetchResult, ctx: PollContext) -> FeedReport:
    log = get_run_logger()
    try:
        with new_client(ctx.limits) as client:
            return process_feed(feed, state, result, ctx, log, client=client)
    except DatabaseLost as exc:  # one line in the report, not a task traceback
        return not_stored(feed, exc, log)


@flow(name="poll_feeds")
def poll_feeds(feeds_file: str | None = None, database_url: str | None = None, once: bool = True) -> list[FeedReport]:
    """Poll the due feeds once (once=True), or keep polling until interrupted."""
    return poll(feeds_file, database_url, get_run_logger(), fetch_concurrently, process_feed_task, once=once)


# --- dispatch ---------------------------------------------------------------------------------

@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def claim_due_alerts(store: Store, settings: Settings, limit: int) -> list[AlertView]:
    return claim(store, settings, limit)


@task(cache_policy=NO_CACHE)
def send_alerts(store: Store, alerts: list[AlertView], settings: Settings, story: Story,
                stories: Mapping[str, Story] | None = None) -> DispatchSummary:
    # No task retries: a failed delivery is retried through the outbox's backoff instead.
    return send_claimed(store, alerts, settings, story, log=get_run_logger(), stories=stories)


@flow(name="dispatch-alerts")
def dispatch_alerts(database_url: str | None = None, limit: int = 100, log_failures: bool = True) -> DispatchSummary:
    """Claim up to `limit` due alerts, deliver each to its route's URLs (the console when
    a route has none) and mark it sent, or failed with a backoff.

    `log_failures=False` when the caller reports the failures itself (the CLI prints one line
    each: logged as well, every failure would show twice)."""
    return dispatch_due(database_url, limit, get_run_logger(), claim_due_alerts, send_alerts,
                        log_failures=log_failures)
