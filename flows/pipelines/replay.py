"""Replay a folder of article files (the seed corpus) in publication order into the store.

Two batched steps, not one per article: read+extract everything (pure work after the
reads), then store everything (a savepoint per article in groups of one transaction,
idempotent, so a retry after a database hiccup stores nothing twice). Each article is read and stored by
flows/ingest.py, as a poll reads and stores a feed item. The `replay` flow (flows/pipelines/prefect_flows.py)
runs them as Prefect tasks; `replay_folder` alone runs them without Prefect.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol

from natowatch.extract.events import DEFAULT_BUDGET_SECONDS
from natowatch.extract.story import Story
from natowatch.flows.files.articles import ArticleFile, ArticleFileError, list_folder, read_article
from natowatch.flows.candidates import FollowedCandidates
from natowatch.flows.ingest import ReadArticle, read_record, store_article
from natowatch.flows.rules_cache import RulesCache
from natowatch.flows.settings import load_settings
from natowatch.flows.files.stories import load_stories
from natowatch.storage import ArticleRecord, CandidateView, EventView, RouteRule, Store, StorageError
from natowatch.storage.db import normalise_url


@dataclass(frozen=True)
class ExtractedArticle:
    article: ArticleFile   # the file read
    read: ReadArticle      # its record and each story's events, as a poll reads an item (flows/ingest.py)


@dataclass(frozen=True)
class ExtractedBatch:
    articles: tuple[ExtractedArticle, ...]
    problems: tuple[str, ...]  # one line per file that could not be used


@dataclass(frozen=True)
class ReplaySummary:
    folder: str
    database: str                          # redacted URL
    articles: int = 0                      # read and stored (or already stored)
    new_articles: int = 0
    unrelated: int = 0                     # stored as skipped: about no story followed
    new_events: tuple[EventView, ...] = field(default=())  # in the order they became news
    corroborated: int = 0                  # known events seen again (evidence added)
    upgraded: int = 0                      # known events a later report told more strongly or dated
    ended: int = 0                         # known stances a later report said ended
    alerts_queued: int = 0
    problems: tuple[str, ...] = field(default=())


def read_and_extract(folder: Path, stories: Story | tuple[Story, ...],
                     known: tuple[CandidateView, ...] = (), *,
                     budget_seconds: float | None = DEFAULT_BUDGET_SECONDS, background_days: int | None = None,
                     clock: Callable[[], float] = time.monotonic) -> ExtractedBatch:
    """Every article of the folder in publication order, with its events for each story. The
    candidates found in articles (`known`: those stored already; then those of each article
    read) are followed in the later articles. An article whose extraction stopped at
    `budget_seconds` adds a line to the problems (its events are kept). `background_days`:
    settings' timeline.background_days (None: the default)."""
    stories = (stories,) if isinstance(stories, Story) else stories
    followed = FollowedCandidates(known)
    listing = list_folder(folder)
    problems = list(listing.problems)
    articles = []
    for path, entry in listing.files:
        try:
            article = read_article(path, entry)
        except ArticleFileError as exc:
            problems.append(str(exc))
            continue
        record = ArticleRecord(url=article.url, title=article.title, text=article.text, published=article.published,
                               outlet=article.outlet, language=article.language, source="seed", text_source="file")
        read = read_record(record, stories, followed, headline=article.headline, name=str(path),
                            background_days=background_days, budget_seconds=budget_seconds, clock=clock)
        problems.extend(filter(None, [read.cut_short]))
        articles.append(ExtractedArticle(article, read))
    return ExtractedBatch(tuple(articles), tuple(problems))


def store_batch(store: Store, batch: ExtractedBatch, routes: tuple[RouteRule, ...], folder: str) -> ReplaySummary:
    """Store each article of the batch, in order (flows/ingest.py), in groups of one transaction
    (storage/batch.py: a savepoint per article, one commit per group)."""
    with store.batch() as group:
        for item in batch.articles:
            store_article(group, item.read, routes, tag=item)
            if group.due():
                group.commit()
    new_events: list[EventView] = []
    new_articles = unrelated = corroborated = queued = upgraded = ended = 0
    for item, result in group.committed():
        new_articles += result.article_created
        unrelated += not item.read.record.relevant
        new_events.extend(result.new_events)
        corroborated += len(result.corroborated_events)
        queued += result.alerts_queued
        upgraded += result.changes.count("upgrade")
        ended += result.changes.count("ended")
    return ReplaySummary(folder=folder, database=store.url, articles=len(batch.articles), new_articles=new_articles,
                         unrelated=unrelated, new_events=tuple(new_events), corroborated=corroborated,
                         alerts_queued=queued, problems=batch.problems, upgraded=upgraded, ended=ended)


def remove_sqlite_database(database_url: str) -> bool:
    """--fresh: delete a SQLite file (with its WAL files). Other databases are refused."""
    url = normalise_url(database_url)
    if url.get_backend_name() != "sqlite":
        raise StorageError("--fresh only deletes SQLite databases; empty a PostgreSQL database yourself")
    if url.database in (None, "", ":memory:"):
        return False
    path = Path(url.database).expanduser()
    removed = path.exists()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return removed


def known_candidates(database_url: str) -> tuple[CandidateView, ...]:
    """The candidates found by earlier runs (and the operator's decisions), creating the schema if needed."""
    with Store.open(database_url, upgrade=True) as store:
        return tuple(store.candidates())


def store_batch_at(database_url: str, batch: ExtractedBatch, routes: tuple[RouteRule, ...], folder: str) -> ReplaySummary:
    """store_batch on a store of its own, so a retry starts from a fresh connection."""
    with Store.open(database_url, upgrade=True) as store:
        return store_batch(store, batch, routes, folder)


class ExtractStep(Protocol):
    """Read and extract a folder, following the candidates stored (read_and_extract)."""

    def __call__(self, folder: Path, stories: tuple[Story, ...], known: tuple[CandidateView, ...], *,
                 budget_seconds: float | None, background_days: int | None) -> ExtractedBatch: ...


# The candidates stored (database URL); store a batch (database URL, batch, routes, folder).
KnownStep = Callable[[str], "tuple[CandidateView, ...]"]
StoreStep = Callable[[str, ExtractedBatch, "tuple[RouteRule, ...]", str], ReplaySummary]


def replay_folder(path: str, database_url: str | None, fresh: bool, log: logging.Logger | logging.LoggerAdapter,
                  known_step: KnownStep = known_candidates, extract_step: ExtractStep = read_and_extract,
                  store_step: StoreStep = store_batch_at) -> ReplaySummary:
    """Read the folder's articles in publication order, extract their events and store them,
    queueing an alert per new event and route. `fresh` deletes the SQLite database first.
    The schema is created or upgraded as needed. The Prefect flow (flows/pipelines/prefect_flows.py)
    passes its tasks as the steps; called with the defaults, no Prefect is involved."""
    settings = load_settings()
    stories = load_stories(settings)
    url = database_url or settings.database_url
    if fresh and remove_sqlite_database(url):
        log.info("removed the old database")
    rules = RulesCache(settings.data_dir)
    rules.load()
    batch = extract_step(Path(path), stories, known_step(url), budget_seconds=settings.extract.budget_seconds,
                         background_days=settings.timeline.background_days)
    rules.save()
    for problem in batch.problems:
        log.warning("%s", problem)
    summary = store_step(url, batch, settings.alerts.rules, str(path))
    log.info("replayed %d articles (%d new, %d unrelated): %d new events, %d corroborated (%d upgraded, "
             "%d ended), %d alerts queued", summary.articles, summary.new_articles, summary.unrelated,
             len(summary.new_events), summary.corroborated, summary.upgraded, summary.ended, summary.alerts_queued)
    return summary
