"""One feed's fetch result acted on: the feed's state saved, its new items read (pages fetched in
threads, politely per host; articles and events in worker processes or here) and stored in feed
order, a savepoint each in groups of one transaction (storage/batch.py: one commit for the
articles ready to be stored, committed before the poll waits for more).

Nothing is lost or repeated: an item is marked seen only once its article is stored (in the same
transaction; it counts once that transaction has committed), and a feed's
new ETag/Last-Modified is saved only when every new item was stored, so a failure half-way makes
the next poll fetch the whole feed again.

Feeds are written by strangers (docs/security.md): an item whose link cannot be fetched on
principle is skipped with one line; at most `fetch.max_items_per_poll` new items and
`fetch.feed_timeout_seconds` of page reading per feed and poll, the rest next poll; titles and
evidence are sanitised and capped before they are stored.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

from natowatch.extract.events import DEFAULT_BUDGET_SECONDS
from natowatch.extract.sanitize import sanitize_line
from natowatch.extract.story import Story
from natowatch.flows.candidates import FollowedCandidates, Following
from natowatch.flows.ingest import store_article
from natowatch.flows.memory import FreedMemory
from natowatch.flows.pipelines.items import ItemResult, PageJob, article_of, read_item, settled
from natowatch.flows.pipelines.workers import WorkerPlan
from natowatch.flows.reader.feedfetch import with_origins
from natowatch.flows.reader.feeds import Feed, FeedItem, FeedParseError, ParsedFeed, decode_html, parse_feed
from natowatch.flows.reader.fetch import PAGE_ACCEPT, FetchLimits, FetchResult, HostPacer
from natowatch.flows.reader.schedule import GONE, next_poll_at, now_utc
from natowatch.flows.settings import DEFAULT_HOST_DELAY_SECONDS
from natowatch.storage import ArticleRecord, FeedState, RouteRule, Store
from natowatch.storage.errors import BatchNotStored, DatabaseLost

# Items read ahead of the storing when they are extracted here (see ingest_items).
READ_AHEAD = 4
# The database went away during the poll (storage.errors.DatabaseLost): a failed run.
NOT_STORED = "not_stored"


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
    # The pages stored are freed after each commit; their memory goes back to the system from
    # there (flows/memory.py), or the poller's resident size creeps up over a long poll.
    freed: FreedMemory = field(default_factory=FreedMemory)

    def new_cycle(self, host_delay_seconds: float, feeds: Sequence[Feed] = ()) -> PollContext:
        """A context for one cycle: a fresh pacer, and the origins of `feeds` (the configured
        ones) allowed whatever their address."""
        return replace(self, pacer=HostPacer(host_delay_seconds),
                       limits=with_origins(self.limits, [f.url for f in feeds]))


@dataclass(frozen=True)
class Skip:
    """An item not read on principle (its link is refused): recorded as seen, with one log line."""

    reason: str


# An item not read because the feed's time for this poll ran out: read on the next poll.
DEFERRED = object()
# An item recorded as seen because its link is refused (Skip).
REFUSED = object()


@dataclass(frozen=True)
class Read:
    """An item's page read: `result()` is its article and events, made by a worker process or in
    this thread; `ready()` tells whether that would wait for a worker."""

    result: Callable[[], ItemResult]
    ready: Callable[[], bool]


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
    this thread stores them in feed order, in groups of one transaction, and the candidates each article
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

    def read(item: FeedItem) -> Read | Skip | Exception | object:
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
            return Read(lambda: settled(job, future.result(), stories, followed, read_again), future.done)
        # Read here, by the storing thread itself: nothing to wait for (the group stays open, at
        # most storage/batch.py's MAX_SECONDS and this article's extraction).
        return Read(lambda: read_item(job, stories, followed), lambda: True)

    def read_again(job: PageJob) -> ItemResult:
        # by a worker too: this process then never builds the extractor's rules (their memory)
        future = pool.submit(job)
        commit()   # the group is not held open while a worker reads
        return future.result()

    def count(committed: list) -> None:
        # False when a concurrent poller stored the item first: ingest then added nothing.
        for (_item, article), result in committed:
            if article is None or article is REFUSED:  # an item recorded as seen without an article
                counts["refused"] += article is REFUSED and result
                continue
            stored_here = result.feed_item_created
            counts["new_items"] += stored_here
            counts["skipped"] += stored_here and not article.record.relevant
            counts["new_events"] += len(result.new_events)
            counts["corroborated"] += len(result.corroborated_events)
            counts["alerts_queued"] += result.alerts_queued

    def not_stored(item: FeedItem, exc: BaseException) -> None:
        failed.append(item.key)
        log.error("feed %s: item %s: not stored, will retry next poll: %s: %s", feed.name,
                  item.link or item.key, type(exc).__name__, error_line(exc))

    def commit() -> None:
        """Commit the articles stored so far (storage/batch.py): only then are they counted."""
        try:
            batch.commit()
        except BatchNotStored as exc:
            for item, _article in exc.tags:
                not_stored(item, exc)
        count(batch.committed())
        ctx.freed.release()

    # At most a few items read ahead of the storing: their pages wait in memory.
    ahead = 4 * pool.processes if pool is not None else READ_AHEAD
    # Articles are stored in groups, one commit each (storage/batch.py): the group is committed
    # before this thread waits for a page or a worker process, so it never holds the write lock
    # while waiting; an item counts once its group has committed.
    with ctx.store.batch() as batch:
        outcomes = ctx.pacer.map_by_host(read, new, lambda item: item.link if feed.full_page else None, ahead=ahead,
                                         waited=wait_for_storing, idle=commit)
        for item, outcome in zip(new, outcomes):
            try:
                if outcome is DEFERRED:
                    left.append(item)
                    continue
                if isinstance(outcome, Exception):
                    raise outcome
                if isinstance(outcome, Skip):
                    log.warning("feed %s: item %s: skipped: %s", feed.name, sanitize_line(item.key, 200), outcome.reason)
                    batch.record_feed_item(feed.name, item.key, None, tag=(item, REFUSED))
                    continue
                if not outcome.ready():
                    commit()
                read_result = outcome.result()
                following[0] = followed.following()
                for line in (*read_result.warnings, *filter(None, [read_result.cut_short])):
                    log.warning("%s", line)
                article = read_result.article
                if article is None:
                    batch.record_feed_item(feed.name, item.key, None, tag=(item, None))
                    continue
                # Counted, never shown: the result's views need no evidence (one query less per article).
                store_article(batch, article, ctx.routes, feed_item=(feed.name, item.key), tag=(item, article),
                              evidence=False)
            except DatabaseLost:
                raise  # the database is gone: no other item can be stored either
            except BatchNotStored as exc:  # the group's commit failed: none of its items was stored
                for tagged, _article in exc.tags:
                    not_stored(tagged, exc)
            except Exception as exc:  # one bad item (or a database hiccup) must not lose the others
                not_stored(item, exc)
            finally:
                count(batch.committed())
            if batch.due():
                commit()
        commit()
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


def error_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
