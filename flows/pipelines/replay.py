"""Replay a folder of article files (the seed corpus) in publication order into the store.

Two batched tasks, not one per article: read+extract everything (pure work after the
reads), then store everything (one transaction per article, idempotent, so a retry
after a database hiccup stores nothing twice).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from natowatch.extract.events import DEFAULT_BUDGET_SECONDS
from natowatch.extract.story import Story
from natowatch.flows.relevance import why_not
from natowatch.flows.files.articles import ArticleFile, ArticleFileError, list_folder, read_article
from natowatch.flows.candidates import FollowedCandidates
from natowatch.flows.ingest import events_by_story
from natowatch.flows.settings import load_settings
from natowatch.flows.files.stories import load_stories
from natowatch.storage import ArticleRecord, CandidateView, EventView, RouteRule, Store, StorageError, StoryEvents
from natowatch.storage.db import normalise_url


@dataclass(frozen=True)
class ExtractedArticle:
    article: ArticleFile
    found: tuple[StoryEvents, ...]   # the stories the article is about, with their events
    skip_reason: str | None = None   # why it is about none of the stories

    @property
    def relevant(self) -> bool:
        return bool(self.found)


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
                     budget_seconds: float | None = DEFAULT_BUDGET_SECONDS,
                     clock: Callable[[], float] = time.monotonic) -> ExtractedBatch:
    """Every article of the folder in publication order, with its events for each story. The
    candidates found in articles (`known`: those stored already; then those of each article
    read) are followed in the later articles. An article whose extraction stopped at
    `budget_seconds` adds a line to the problems (its events are kept)."""
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
        found = events_by_story(stories, article.headline, article.text, article.published, followed=followed,
                                budget_seconds=budget_seconds, warn=problems.append, name=str(path), clock=clock)
        reason = None if found else why_not(article.headline, article.text, stories)
        articles.append(ExtractedArticle(article, found, reason))
    return ExtractedBatch(tuple(articles), tuple(problems))


def store_batch(store: Store, batch: ExtractedBatch, routes: tuple[RouteRule, ...], folder: str,
                background_days: int | None = None) -> ReplaySummary:
    new_events: list[EventView] = []
    new_articles = unrelated = corroborated = queued = upgraded = ended = 0
    for item in batch.articles:
        a = item.article
        record = ArticleRecord(url=a.url, title=a.title, text=a.text, published=a.published, outlet=a.outlet,
                               language=a.language, source="seed", text_source="file", relevant=item.relevant,
                               skip_reason=item.skip_reason)
        found = item.found if background_days is None else tuple(
            replace(part, facts=replace(part.facts, background_days=background_days)) for part in item.found)
        result = store.ingest_stories(record, found, routes)
        new_articles += result.article_created
        unrelated += not item.relevant
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


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def known_candidates_task(database_url: str) -> tuple[CandidateView, ...]:
    """The candidates found by earlier runs (and the operator's decisions), creating the schema if needed."""
    with Store.open(database_url, upgrade=True) as store:
        return tuple(store.candidates())


@task(retries=1, retry_delay_seconds=1, cache_policy=NO_CACHE)
def read_and_extract_task(folder: Path, stories: tuple[Story, ...],
                          known: tuple[CandidateView, ...] = (),
                          budget_seconds: float | None = DEFAULT_BUDGET_SECONDS) -> ExtractedBatch:
    return read_and_extract(folder, stories, known, budget_seconds=budget_seconds)


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def store_batch_task(database_url: str, batch: ExtractedBatch, routes: tuple[RouteRule, ...],
                     folder: str, background_days: int | None = None) -> ReplaySummary:
    # Opens its own store so a retry starts from a fresh connection.
    with Store.open(database_url, upgrade=True) as store:
        return store_batch(store, batch, routes, folder, background_days)


@flow(name="replay")
def replay(path: str = "seeds", database_url: str | None = None, fresh: bool = False) -> ReplaySummary:
    """Read the folder's articles in publication order, extract their events and store them,
    queueing an alert per new event and route. `fresh` deletes the SQLite database first.
    The schema is created or upgraded as needed."""
    logger = get_run_logger()
    settings = load_settings()
    stories = load_stories(settings)
    url = database_url or settings.database_url
    if fresh and remove_sqlite_database(url):
        logger.info("removed the old database")
    batch = read_and_extract_task(Path(path), stories, known_candidates_task(url), settings.extract.budget_seconds)
    for problem in batch.problems:
        logger.warning("%s", problem)
    summary = store_batch_task(url, batch, settings.alerts.rules, str(path), settings.timeline.background_days)
    logger.info("replayed %d articles (%d new, %d unrelated): %d new events, %d corroborated (%d upgraded, "
                "%d ended), %d alerts queued", summary.articles, summary.new_articles, summary.unrelated,
                len(summary.new_events), summary.corroborated, summary.upgraded, summary.ended, summary.alerts_queued)
    return summary
