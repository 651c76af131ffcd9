"""Poll RSS/Atom feeds: fetch what is due, read new items, extract and store their events.

The logic is plain functions (tested without Prefect); the `poll_feeds` flow
(flows/pipelines/prefect_flows.py) wires them as tasks: one fetch task per feed (retried on
transient errors), all at once, and one ingest task per feed, run as soon as that feed's fetch
returns; `poll_plain` runs the same steps without Prefect. Nothing is lost or repeated: an item is marked seen only once its article is
stored, and a feed's new ETag/Last-Modified is saved only when every new item was stored,
so a failure half-way makes the next poll fetch the whole feed again.

Item pages are read politely: one HostPacer per cycle spaces the requests to each host and
stops asking a host that answered 429 (or 503 with Retry-After); pages of different hosts
are read at the same time.

Feeds are written by strangers (docs/security.md): a feed's own origin may be fetched whatever
its address, other inside addresses only when `fetch.allow_hosts` names them; an item whose link
cannot be fetched on principle is skipped with one line; at most `fetch.max_items_per_poll` new
items and `fetch.feed_timeout_seconds` of page reading per feed and poll, the rest next poll;
titles and evidence are sanitised and capped before they are stored.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from natowatch.extract.events import DEFAULT_BUDGET_SECONDS
from natowatch.extract.sanitize import sanitize_line
from natowatch.extract.story import Story
from natowatch.flows.reader.feeds import Feed, FeedItem, FeedParseError, FeedsError, ParsedFeed, decode_html, load_feeds, parse_feed
from natowatch.flows.reader.fetch import PAGE_ACCEPT, FetchLimits, FetchResult, HostPacer, fetch, new_client
from natowatch.flows.reader.netguard import origin_of
from natowatch.flows.settings import DEFAULT_HOST_DELAY_SECONDS, Settings, config_dir, load_settings
from natowatch.flows.candidates import FollowedCandidates, Following
from natowatch.flows.files.stories import load_stories
from natowatch.flows.pipelines.items import ItemResult, PageJob, article_of, read_item, settled
from natowatch.flows.pipelines.workers import WorkerPlan
from natowatch.storage import ArticleRecord, FeedState, RouteRule, Store
from natowatch.storage.errors import DatabaseLost

MAX_BACKOFF = dt.timedelta(hours=6)
# A scheduled run that starts a little before a feed is due still polls it, rather than
# leaving it until the run after.
DUE_SLACK = dt.timedelta(seconds=30)
GONE = 410
BUSY = "being polled by another poller"
# The database went away during the poll (storage.errors.DatabaseLost): a failed run.
NOT_STORED = "not_stored"
# Items read ahead of the storing when they are extracted here (see ingest_items).
READ_AHEAD = 4
# How long a looping poller with no feeds waits before reading the feeds file again.
DEFAULT_IDLE_SECONDS = 300.0
# A feed that times out or answers 5xx is tried again within the cycle, then backs off.
FETCH_RETRIES = 2
FETCH_RETRY_DELAYS = [2, 10]
# Feeds fetched at the same time by a poll without Prefect (Prefect's task runner has its own).
MAX_PARALLEL_FEEDS = 16


@dataclass(frozen=True)
class PollContext:
    """What every feed of a cycle shares."""

    store: Store
    story: Story
    routes: tuple[RouteRule, ...]
    limits: FetchLimits = FetchLimits()
    background_days: int | None = None   # settings' timeline.background_days (None: the default)
    budget_seconds: float | None = DEFAULT_BUDGET_SECONDS   # settings' extract.budget_seconds, per article
    feeds_file: str = ""   # for messages
    # Per-host politeness for item pages; its memory of hosts that asked to wait lasts as long as
    # it does, so a looping poller gives each cycle a new one (see new_cycle).
    pacer: HostPacer = field(default_factory=lambda: HostPacer(DEFAULT_HOST_DELAY_SECONDS))
    # Every story followed, each article matched against each (empty: `story` alone).
    stories: tuple[Story, ...] = ()
    # Worker processes for HTML -> text -> events (None: always in this process).
    workers: WorkerPlan | None = None

    def new_cycle(self, host_delay_seconds: float, feeds: Sequence[Feed] = ()) -> PollContext:
        """A context for one cycle: a fresh pacer, and the origins of `feeds` (the configured
        ones) allowed whatever their address."""
        return replace(self, pacer=HostPacer(host_delay_seconds),
                       limits=with_origins(self.limits, [f.url for f in feeds]))


def with_origins(limits: FetchLimits, urls: Sequence[str]) -> FetchLimits:
    """`limits` that also allow the origins of `urls` (configured feeds) whatever their address."""
    origins = [o for o in map(origin_of, urls) if o]
    return replace(limits, allow_origins=tuple(dict.fromkeys([*limits.allow_origins, *origins])))


@dataclass(frozen=True)
class Skip:
    """An item not read on principle (its link is refused): recorded as seen, with one log line."""

    reason: str


# An item not read because the feed's time for this poll ran out: read on the next poll.
DEFERRED = object()


@dataclass(frozen=True)
class FeedReport:
    feed: str
    outcome: str            # 'updated', 'not_modified', 'failed', 'gone', 'disabled', 'busy', 'not_stored'
    items: int = 0          # entries in the feed
    # Entries this poller stored (recorded as seen in its own ingest transaction): a poller
    # racing it on the same database counts the entries it stored, so the sum is exact.
    new_items: int = 0
    skipped: int = 0        # of those, articles not about the story (stored as skipped)
    refused: int = 0        # items skipped because their link may not be fetched
    new_events: int = 0
    corroborated: int = 0
    alerts_queued: int = 0
    error: str | None = None
    next_poll_at: dt.datetime | None = None


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


# --- scheduling ---------------------------------------------------------------------------

def is_disabled(feed: Feed, state: FeedState | None) -> bool:
    """A feed that answered 410 Gone stays off until its URL is changed in the feeds file."""
    return state is not None and state.url == feed.url and state.last_status == GONE


def is_due(feed: Feed, state: FeedState | None, now: dt.datetime) -> bool:
    if state is None or state.url != feed.url:
        return True
    if is_disabled(feed, state):
        return False
    return state.next_poll_at is None or state.next_poll_at - DUE_SLACK <= now


def next_poll_at(feed: Feed, failures: int, now: dt.datetime, retry_after: float | None = None) -> dt.datetime:
    """interval * 2**failures, capped at 6 h (or the interval when longer); at least Retry-After."""
    interval = dt.timedelta(minutes=feed.interval_minutes)
    delay = min(interval * (2 ** min(failures, 16)), max(MAX_BACKOFF, interval))
    if retry_after:
        delay = max(delay, dt.timedelta(seconds=retry_after))
    return now + delay


# --- one feed -----------------------------------------------------------------------------

def fetch_feed(feed: Feed, state: FeedState | None, limits: FetchLimits, client=None) -> FetchResult:
    """GET the feed, conditionally when the stored validators belong to this URL."""
    same_url = state is not None and state.url == feed.url
    return fetch(feed.url, etag=state.etag if same_url else None, modified=state.modified if same_url else None,
                 limits=with_origins(limits, [feed.url]), client=client)


def process_feed(feed: Feed, state: FeedState | None, result: FetchResult, ctx: PollContext,
                 log: logging.Logger | logging.LoggerAdapter, *, client=None,
                 now: dt.datetime | None = None) -> FeedReport:
    """Act on one fetch result: save the feed's state, and store every item not seen before."""
    now = now or now_utc()
    store = ctx.store
    previous = state if state is not None and state.url == feed.url else FeedState(name=feed.name, url=feed.url)
    base = replace(previous, last_polled_at=now, last_status=result.status)

    if result.not_modified:
        saved = replace(base, consecutive_failures=0, last_error=None, next_poll_at=next_poll_at(feed, 0, now))
        store.save_feed_state(saved)
        log.info("feed %s: not modified", feed.name)
        return FeedReport(feed.name, "not_modified", next_poll_at=saved.next_poll_at)
    if result.status == GONE:
        message = (f"feed gone (HTTP 410): disabled; change its url in {ctx.feeds_file or 'the feeds file'} "
                   "to poll it again")
        store.save_feed_state(replace(base, last_error=message, next_poll_at=None))
        log.warning("feed %s: %s", feed.name, message)
        return FeedReport(feed.name, "gone", error=message)

    parsed, error = None, result.error
    if error is None:
        try:
            parsed = parse_feed(result.body, content_type=result.content_type)
        except FeedParseError as exc:
            error = str(exc)
    if parsed is None:
        failures = previous.consecutive_failures + 1
        when = next_poll_at(feed, failures, now, result.retry_after_seconds)
        store.save_feed_state(replace(base, consecutive_failures=failures, last_error=error, next_poll_at=when))
        log.warning("feed %s: %s (failure %d in a row; next poll %s)", feed.name, error, failures,
                    when.strftime("%Y-%m-%d %H:%M UTC"))
        return FeedReport(feed.name, "failed", error=error, next_poll_at=when)
    if parsed.warning:
        log.warning("feed %s: %s", feed.name, parsed.warning)
    if parsed.repeated:
        log.warning("feed %s: %d item(s) listed more than once (%s); kept the first of each", feed.name,
                    len(parsed.repeated), ", ".join(sanitize_line(k, 80) for k in parsed.repeated[:3])
                    + (", ..." if len(parsed.repeated) > 3 else ""))

    # The row must exist before items are recorded; validators only advance at the end.
    store.save_feed_state(replace(base, consecutive_failures=0, last_error=None))
    report = ingest_items(feed, parsed, ctx, log, client=client)
    complete = report.error is None
    saved = replace(base, consecutive_failures=0, last_error=report.error,
                    etag=result.etag if complete else previous.etag,
                    modified=result.modified if complete else previous.modified,
                    next_poll_at=next_poll_at(feed, 0, now))
    store.save_feed_state(saved)
    log.info("feed %s: %d items, %d new (%d not about the story), %d new events, %d corroborated, "
             "%d alerts queued", feed.name, report.items, report.new_items, report.skipped,
             report.new_events, report.corroborated, report.alerts_queued)
    return replace(report, next_poll_at=saved.next_poll_at)


def ingest_items(feed: Feed, parsed: ParsedFeed, ctx: PollContext, log: logging.Logger | logging.LoggerAdapter,
                 *, client=None) -> FeedReport:
    """Store every item of the feed not seen before; one item's failure does not stop the rest.

    Pages are read in threads (hosts in parallel) and turned into articles and events in worker
    processes when there are enough of them (ctx.workers, flows/pipelines/workers.py), else here;
    this thread stores them in feed order, one transaction each, and the candidates each article
    found are followed by the next (flows/pipelines/items.py: settled). The report's `error` is
    set when some item could not be stored (it will be tried again).
    """
    counts = dict(new_items=0, skipped=0, refused=0, new_events=0, corroborated=0, alerts_queued=0)
    followed = FollowedCandidates.from_store(ctx.store)
    # What this thread follows, as the reading threads see it: replaced after each article, never changed.
    following = [followed.following()]
    failed: list[str] = []
    seen = ctx.store.seen_items(feed.name)
    new = [item for item in parsed.items if item.key not in seen]
    limits = with_origins(ctx.limits, [feed.url])
    left = new[limits.max_items_per_poll:]
    new = new[:limits.max_items_per_poll]
    deadline = time.monotonic() + limits.feed_timeout
    stories = ctx.stories or (ctx.story,)
    pool = ctx.workers.pool(len(new), stories) if ctx.workers else None
    # The time a reading thread waited for the storing is not page reading: its deadline moves.
    paused = threading.local()

    def wait_for_storing(seconds: float) -> None:
        paused.seconds = getattr(paused, "seconds", 0.0) + seconds

    def read(item: FeedItem) -> Callable[[], ItemResult] | Skip | Exception | object:
        if item.link_problem:
            return Skip(item.link_problem)
        own_deadline = deadline + getattr(paused, "seconds", 0.0)
        if time.monotonic() >= own_deadline:
            return DEFERRED
        try:
            job = fetch_item_page(feed, item, parsed.language, replace(ctx, limits=limits), log, client=client,
                                  deadline=own_deadline, following=following[0])
        except Exception as exc:  # reported with the item below, like a failed store
            return exc
        if isinstance(job, Skip):
            return job
        if pool is not None:  # this thread reads on while a worker extracts
            future = pool.submit(job)
            return lambda: settled(job, future.result(), stories, followed)
        return lambda: read_item(job, stories, followed)
    # At most a few items read ahead of the storing: their pages wait in memory.
    ahead = 4 * pool.processes if pool is not None else READ_AHEAD
    outcomes = ctx.pacer.map_by_host(read, new, lambda item: item.link if feed.full_page else None, ahead=ahead,
                                     waited=wait_for_storing)
    for item, outcome in zip(new, outcomes):
        try:
            if outcome is DEFERRED:
                left.append(item)
                continue
            if isinstance(outcome, Exception):
                raise outcome
            if isinstance(outcome, Skip):
                log.warning("feed %s: item %s: skipped: %s", feed.name, sanitize_line(item.key, 200), outcome.reason)
                counts["refused"] += ctx.store.record_feed_item(feed.name, item.key, None)
                continue
            read_result = outcome()
            following[0] = followed.following()
            for line in (*read_result.warnings, *filter(None, [read_result.cut_short])):
                log.warning("%s", line)
            if read_result.record is None:
                ctx.store.record_feed_item(feed.name, item.key, None)
                continue
            result = ctx.store.ingest_stories(read_result.record, read_result.found, ctx.routes,
                                              feed_item=(feed.name, item.key))
        except DatabaseLost:
            raise  # the database is gone: no other item can be stored either
        except Exception as exc:  # one bad item (or a database hiccup) must not lose the others
            failed.append(item.key)
            log.error("feed %s: item %s: not stored, will retry next poll: %s: %s", feed.name,
                      item.link or item.key, type(exc).__name__, _one_line(exc))
            continue
        # False when a concurrent poller stored the item first: ingest then added nothing.
        stored_here = result.feed_item_created
        counts["new_items"] += stored_here
        counts["skipped"] += stored_here and not read_result.record.relevant
        counts["new_events"] += len(result.new_events)
        counts["corroborated"] += len(result.corroborated_events)
        counts["alerts_queued"] += result.alerts_queued
    problems = [f"{len(failed)} item(s) not stored, retried next poll"] if failed else []
    if left:
        # Not an error of the feed, but its validators must not advance: the next poll has to
        # get the whole feed again to see these items.
        problems.append(f"{len(left)} item(s) left for the next poll (at most {limits.max_items_per_poll} items "
                        f"and {limits.feed_timeout:g} s of page reading per poll)")
        log.warning("feed %s: %s", feed.name, problems[-1])
    return FeedReport(feed.name, "updated", items=len(parsed.items), error="; ".join(problems) or None, **counts)


def fetch_item_page(feed: Feed, item: FeedItem, language: str | None, ctx: PollContext,
                    log: logging.Logger | logging.LoggerAdapter, *, client=None,
                    deadline: float | None = None, following: Following = ()) -> PageJob | Skip:
    """The I/O half of reading an item: its page when the feed's items have pages and it can be
    had (a page that fails or is not HTML is logged, and the feed's text is used); Skip when the
    page (or a redirect) is refused on principle: an inside address, a scheme other than
    http(s), a malformed URL."""
    html = final_url = None
    if feed.full_page and item.link:
        page = ctx.pacer.fetch(item.link, limits=ctx.limits, client=client, accept=PAGE_ACCEPT, deadline=deadline)
        if page.refused:
            return Skip(f"page {page.final_url or item.link}: {page.error}")
        if not page.ok:
            log.warning("feed %s: page %s: %s; using the feed's text", feed.name, item.link, page.error)
        elif "html" not in page.content_type.lower() and page.content_type:
            log.warning("feed %s: page %s: %s is not HTML; using the feed's text", feed.name, item.link,
                        page.content_type.split(";")[0])
        else:
            html, final_url = decode_html(page.body, page.content_type), page.final_url
    return PageJob(feed.name, feed.url, item, language, html, final_url, ctx.limits.max_title_chars,
                   ctx.limits.max_evidence_chars, ctx.background_days, following, ctx.budget_seconds)


def article_for_item(feed: Feed, item: FeedItem, language: str | None, ctx: PollContext,
                     log: logging.Logger | logging.LoggerAdapter, *, client=None,
                     deadline: float | None = None) -> ArticleRecord | Skip | None:
    """The article an item stands for: its page when it can be had, else the feed's own text
    (flows/pipelines/items.py). None when there is no text at all (the item is remembered so it
    is not fetched again); Skip when its page is refused on principle (see fetch_item_page)."""
    job = fetch_item_page(feed, item, language, ctx, log, client=client, deadline=deadline)
    if isinstance(job, Skip):
        return job
    record, warnings = article_of(job)
    for line in warnings:
        log.warning("%s", line)
    return record


# --- a cycle ------------------------------------------------------------------------------

Due = list[tuple[Feed, "FeedState | None"]]
# Fetch every due feed (concurrently in the flow), yielding (its position in `due`, its result)
# as each fetch returns, in the order they return: the cycle stores a feed as soon as its own
# fetch is done, so a hanging feed delays no other. A crashed fetch comes back as its exception.
FetchMany = Callable[[Due], "Iterable[tuple[int, FetchResult | BaseException]]"]
ProcessStep = Callable[[Feed, "FeedState | None", FetchResult], FeedReport]


def fetch_each(due: Due, limits: FetchLimits) -> Iterator[tuple[int, FetchResult]]:
    """The plain FetchMany: one feed after the other, each stored before the next is fetched
    (fetch never raises)."""
    with new_client(limits) as client:
        for index, (feed, state) in enumerate(due):
            yield index, fetch_feed(feed, state, limits, client)


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
    log.error("feed %s: poll failed: %s: %s", feed.name, type(exc).__name__, _one_line(exc))
    return FeedReport(feed.name, "failed", error=_one_line(exc))


def seconds_until_next_poll(feeds: Sequence[Feed], store: Store, now: dt.datetime) -> float:
    """How long a looping poller may sleep: until the earliest due feed (at most its interval)."""
    waits = []
    for feed in feeds:
        state = store.feed_state(feed.name)
        if is_disabled(feed, state):
            continue
        due = state.next_poll_at if state and state.url == feed.url and state.next_poll_at else now
        waits.append(min((due - now).total_seconds(), feed.interval_minutes * 60))
    return max(1.0, min(waits)) if waits else DEFAULT_IDLE_SECONDS


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
    settings = load_settings()
    path = feeds_path(settings, feeds_file)
    store = Store.open(database_url or settings.database_url, upgrade=True)
    plan = WorkerPlan(settings.polling.workers, read_item)
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
            if once:
                return reports
            time.sleep(seconds_until_next_poll(feeds, store, now_utc()))
    finally:
        plan.close()
        store.close()


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


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
