"""Fetching feed documents: one conditional GET per feed, retried within the cycle on a timeout or
5xx, every due feed of a cycle at once. The Prefect flow has its own retrying task
(flows/pipelines/prefect_flows.py); `fetch_with_retries` does the same without Prefect."""
from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import replace
from typing import Callable, Iterable, Iterator, Sequence

from natowatch.flows.reader.feeds import Feed
from natowatch.flows.reader.fetch import FetchLimits, FetchResult, fetch, new_client
from natowatch.flows.reader.netguard import origin_of
from natowatch.storage import FeedState

# A feed that times out or answers 5xx is tried again within the cycle, then backs off.
FETCH_RETRIES = 2
FETCH_RETRY_DELAYS = [2, 10]
# Feeds fetched at the same time by a poll without Prefect (Prefect's task runner has its own).
MAX_PARALLEL_FEEDS = 16


def with_origins(limits: FetchLimits, urls: Sequence[str]) -> FetchLimits:
    """`limits` that also allow the origins of `urls` (configured feeds) whatever their address."""
    origins = [o for o in map(origin_of, urls) if o]
    return replace(limits, allow_origins=tuple(dict.fromkeys([*limits.allow_origins, *origins])))


def fetch_feed(feed: Feed, state: FeedState | None, limits: FetchLimits, client=None) -> FetchResult:
    """GET the feed, conditionally when the stored validators belong to this URL."""
    same_url = state is not None and state.url == feed.url
    return fetch(feed.url, etag=state.etag if same_url else None, modified=state.modified if same_url else None,
                 limits=with_origins(limits, [feed.url]), client=client)


Due = list[tuple[Feed, "FeedState | None"]]
# Fetch every due feed (concurrently in the flow), yielding (its position in `due`, its result)
# as each fetch returns, in the order they return: the cycle stores a feed as soon as its own
# fetch is done, so a hanging feed delays no other. A crashed fetch comes back as its exception.
FetchMany = Callable[[Due], "Iterable[tuple[int, FetchResult | BaseException]]"]


def fetch_each(due: Due, limits: FetchLimits) -> Iterator[tuple[int, FetchResult]]:
    """The plain FetchMany: one feed after the other, each stored before the next is fetched
    (fetch never raises)."""
    with new_client(limits) as client:
        for index, (feed, state) in enumerate(due):
            yield index, fetch_feed(feed, state, limits, client)


def fetch_with_retries(due: Due, limits: FetchLimits, log: logging.Logger | logging.LoggerAdapter
                       ) -> Iterator[tuple[int, FetchResult | BaseException]]:
    """The FetchMany of a poll without Prefect: all due feeds at once in threads, each handed
    back as soon as it is fetched; a timeout or 5xx is tried again after FETCH_RETRY_DELAYS (what
    the Prefect task's retries do), then its last answer is returned: the feed's backoff takes over."""
    def one(feed: Feed, state: FeedState | None) -> FetchResult:
        for delay in FETCH_RETRY_DELAYS[:FETCH_RETRIES]:
            result = fetch_feed(feed, state, limits)
            if not result.transient:
                return result
            log.warning("feed %s: %s (will retry)", feed.name, result.error)
            time.sleep(delay)
        return fetch_feed(feed, state, limits)
    if not due:
        return
    with ThreadPoolExecutor(max_workers=min(len(due), MAX_PARALLEL_FEEDS), thread_name_prefix="natowatch-feed") as pool:
        futures = {pool.submit(one, feed, state): index for index, (feed, state) in enumerate(due)}
        for future in as_completed(futures):
            try:
                yield futures[future], future.result()
            except Exception as exc:
                yield futures[future], exc
