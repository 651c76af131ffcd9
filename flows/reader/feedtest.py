"""`natowatch feeds test`: read a feed once the way `poll` would, storing nothing.

The same steps as a poll (fetch within the limits, parse, each item's page fetched politely
and extracted, relevance, events), through the same functions of flows/pipelines/feed_ingest.py, with no
store: the feed's state, its items and their articles are left as they were.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from natowatch.extract.model import date_text
from natowatch.extract.story import Story
from natowatch.flows.candidates import FollowedCandidates
from natowatch.flows.ingest import read_record
from natowatch.flows.reader.feeds import Feed, FeedParseError, load_feeds, parse_feed
from natowatch.flows.reader.fetch import FetchLimits, HostPacer, fetch, new_client, scheme_error
from natowatch.flows.pipelines.feed_ingest import PollContext, Skip, article_for_item
from natowatch.flows.reader.feedfetch import with_origins


class FeedTestError(ValueError):
    """The feed cannot be tried: one line. `fetch_failed` tells a network failure from a bad name."""

    def __init__(self, message: str, *, fetch_failed: bool = False):
        super().__init__(message)
        self.fetch_failed = fetch_failed


@dataclass(frozen=True)
class TrialItem:
    title: str
    url: str | None
    published: str | None
    text_source: str        # 'page' or 'feed' (where the article's text would come from)
    words: int
    relevant: bool
    skip_reason: str | None
    events: tuple[str, ...]  # 'opposition: Mark Rutte by Hungary (confirmed, 2024-03-05)'
    error: str | None = None  # why the page could not be used, or why the item would be skipped


@dataclass(frozen=True)
class TrialResult:
    feed: Feed
    title: str
    item_count: int
    items: tuple[TrialItem, ...]
    warning: str | None = None


class _Notes:
    """A logger for article_for_item that keeps its messages (shown with the item)."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def _keep(self, message: str, *args) -> None:
        self.lines.append(message % args if args else message)

    warning = error = _keep

    def info(self, *_args) -> None:
        pass


def resolve(ref: str, path: Path) -> Feed:
    """A feed of the feeds file by name, or a URL given as is."""
    if "://" in ref:
        problem = scheme_error(ref)
        if problem:
            raise FeedTestError(f"{ref}: {problem}")
        return Feed(name=urlsplit(ref).hostname or "feed", url=ref)
    listed = load_feeds(path).feeds if path.exists() else ()
    for feed in listed:
        if feed.name == ref:
            return feed
    raise FeedTestError(f"{path}: no feed named {ref!r} (names: {', '.join(f.name for f in listed) or 'none'})")


def trial(ref: str, path: Path, story: Story, limit: int, host_delay_seconds: float,
          limits: FetchLimits = FetchLimits()) -> TrialResult:
    """`limits`: the settings' (`settings.fetch`); the feed's own origin is allowed, as in a poll."""
    feed = resolve(ref, path)
    limits = with_origins(limits, [feed.url])
    with new_client(limits) as client:
        fetched = fetch(feed.url, limits=limits, client=client)
        if not fetched.ok:
            raise FeedTestError(f"{feed.name}: {fetched.error or f'HTTP {fetched.status}'}", fetch_failed=True)
        try:
            parsed = parse_feed(fetched.body, content_type=fetched.content_type)
        except FeedParseError as exc:
            raise FeedTestError(f"{feed.name}: {exc}", fetch_failed=True) from None
        # No store: article_for_item reads pages and never writes.
        ctx = PollContext(store=None, story=story, routes=(), limits=limits,  # type: ignore[arg-type]
                          feeds_file=str(path), pacer=HostPacer(host_delay_seconds))
        items = tuple(_read(feed, item, parsed.language, ctx, client) for item in parsed.items[:limit])
    return TrialResult(feed, parsed.title, len(parsed.items), items, parsed.warning)


def _read(feed: Feed, item, language, ctx: PollContext, client) -> TrialItem:
    notes = _Notes()
    published = item.published.isoformat() if item.published else None
    if item.link_problem:
        return TrialItem(item.title, item.link, published, "feed", 0, False, None, (),
                         f"not read: {item.link_problem}")
    try:
        record = article_for_item(feed, item, language, ctx, notes, client=client)
    except Exception as exc:  # as in a poll: one bad item is reported, the others go on
        return TrialItem(item.title, item.link, published, "feed", 0, False, None, (),
                         f"{type(exc).__name__}: {' '.join(str(exc).split())}")
    if record is None or isinstance(record, Skip):
        reason = f"not read: {record.reason}" if isinstance(record, Skip) else "; ".join(notes.lines)
        return TrialItem(item.title, item.link, published, "feed", 0, False, None, (), reason)
    # read as a poll reads it (flows/ingest.py), with no candidate found earlier
    read = read_record(record, (ctx.story,), FollowedCandidates(), budget_seconds=ctx.budget_seconds)
    events = [e for part in read.found for e in part.events]
    described = tuple(f"{e.type}: {e.subject}" + (f" by {e.actor}" if e.actor else "")
                      + f" ({e.status}, {date_text(e.date, e.precision) if e.date else 'no date'})" for e in events)
    return TrialItem(record.title, record.url, record.published.isoformat() if record.published else None,
                     record.text_source, len(record.text.split()), read.record.relevant, read.record.skip_reason, described,
                     "; ".join(notes.lines) or None)
