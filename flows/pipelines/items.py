"""A feed item's article and its events: the CPU half of a poll (HTML -> text -> events).

The poller fetches an item's page (flows/pipelines/feed_ingest.py, I/O in threads) into a `PageJob`;
`read_item` turns it into the article and each story's events (flows/ingest.py: read_record, as
replay reads a file), in the poller's process or in a worker process (flows/pipelines/workers.py), with the same result either way. Everything here is
picklable and free of I/O and logging: problems come back as lines for the poller to log.

The same result either way, though the poller learns candidates from each article it stores
(flows/candidates.py) while the workers read ahead of it: a job carries the candidates followed
when it was made, and `settled` has the article read again, with those followed now, when they
differ for a story the article is about: by a worker when there are workers (the article's
text goes back, not its page), so a poller with workers never builds the extractor's rules
(~35 MB in every process that reads an article).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from natowatch.extract import html_to_article
from natowatch.extract.events import DEFAULT_BUDGET_SECONDS
from natowatch.extract.sanitize import sanitize_line, sanitize_text
from natowatch.extract.story import Story
from natowatch.flows.candidates import FollowedCandidates, Following
from natowatch.flows.files.articles import outlet_of
from natowatch.flows.reader.feeds import FeedItem, clean_link
from natowatch.flows.ingest import ReadArticle, read_record
from natowatch.flows.rules_cache import RulesCache
from natowatch.storage import ArticleRecord

LANGUAGE_FALLBACK = "en"
# Fewer words than this from a page is taken for a failed extraction (menu, teaser, video page).
MIN_PAGE_WORDS = 25


@dataclass(frozen=True)
class PageJob:
    """An item and its page as fetched (html None: the feed's own text is the article)."""

    feed_name: str
    feed_url: str
    item: FeedItem
    language: str | None
    html: str | None
    final_url: str | None
    max_title_chars: int
    max_evidence_chars: int = 2000
    background_days: int | None = None
    following: Following = ()   # the found candidates the poller followed when the job was made
    budget_seconds: float | None = DEFAULT_BUDGET_SECONDS   # settings' extract.budget_seconds, per article
    record: ArticleRecord | None = None   # the article already read from the page: its events read again


@dataclass(frozen=True)
class ItemResult:
    article: ReadArticle | None           # None: no text at all (the item is remembered as seen)
    warnings: tuple[str, ...] = ()        # one line each, for the poller's log
    cut_short: str | None = None          # the line saying extraction stopped at its time budget


def has_article_text(page_text: str, feed_text: str) -> bool:
    """Whether extraction found the article: a few stray words (a menu, a video caption)
    are not an article when the feed itself says more."""
    words = len(page_text.split())
    return words >= MIN_PAGE_WORDS or (words > 0 and words >= len(feed_text.split()))


def article_of(job: PageJob) -> tuple[ArticleRecord | None, tuple[str, ...]]:
    """The article an item stands for: its page's text when extraction finds one, else the feed's
    own text; None when there is no text at all."""
    item = job.item
    title, text, published, url, text_source = item.title, "", item.published, item.link, "feed"
    warnings: list[str] = []
    if job.html is not None:
        article = html_to_article(job.html, job.final_url)
        if has_article_text(article.text, item.text):
            title, text, text_source = item.title or article.title, article.text, "page"
            published = published or article.date
            url = clean_link(job.final_url or item.link)
        else:
            warnings.append(f"feed {job.feed_name}: page {item.link}: no article text found; using the feed's text")
    if text_source == "feed":
        text = item.text
    if not text.strip() and not title.strip():
        warnings.append(f"feed {job.feed_name}: item {item.link or item.key}: no text and no title; skipped")
        return None, tuple(warnings)
    url = url or f"{job.feed_url}#item-{hashlib.sha256(item.key.encode()).hexdigest()[:16]}"
    title = sanitize_line(title, job.max_title_chars)
    return ArticleRecord(url=url, title=title or "(untitled)", text=sanitize_text(text), published=published,
                         outlet=outlet_of(item.link) or job.feed_name, language=job.language or LANGUAGE_FALLBACK,
                         source="feed", feed_name=job.feed_name, text_source=text_source), tuple(warnings)


def read_item(job: PageJob, stories: Sequence[Story], followed: FollowedCandidates | None = None) -> ItemResult:
    """The item's article, and its events for each story it is about (evidence capped), read
    following `followed` (the poller's, in its own process) or, without it, the candidates the
    job was made with (a worker process)."""
    record, warnings = (job.record, ()) if job.record is not None else article_of(job)
    if record is None:
        return ItemResult(None, warnings=warnings)
    if followed is None:
        followed = _WORKER_FOLLOWED
        followed.follow_only(job.following)
    return replace(item_events(job, record, stories, followed), warnings=warnings)


def read_item_keeping_rules(job: PageJob, stories: Sequence[Story], rules: RulesCache) -> ItemResult:
    """read_item in a worker process, with the extractor's compiled rules kept in the data directory
    (flows/rules_cache.py): loaded before the process's first job, written after a job that built
    rules the file did not hold (the first job of a new lexicon or extractor)."""
    rules.load()
    try:
        return read_item(job, stories)
    finally:
        rules.save()


# A worker process's: each job says what it follows, and a story is built (its patterns compiled)
# once per set of names, not once per job.
_WORKER_FOLLOWED = FollowedCandidates()


def item_events(job: PageJob, record: ArticleRecord, stories: Sequence[Story],
                followed: FollowedCandidates) -> ItemResult:
    """The article's events for each story it is about (flows/ingest.py); the candidates it
    states for the first time are followed from now on."""
    article = read_record(record, stories, followed, name=job.item.link or job.item.key,
                           background_days=job.background_days, budget_seconds=job.budget_seconds,
                           max_evidence_chars=job.max_evidence_chars)
    return ItemResult(article, cut_short=f"feed {job.feed_name}: item {article.cut_short}" if article.cut_short else None)


def settled(job: PageJob, result: ItemResult, stories: Sequence[Story], followed: FollowedCandidates,
            read_again: Callable[[PageJob], ItemResult] | None = None) -> ItemResult:
    """A worker's `result` as the poller's own process reads the article now, with `followed`
    (the candidates it follows, learnt from the articles stored before this one): the same
    result when every story the article is about follows what it did when the job was made
    (whether an article is about a story does not depend on them), else the article's events
    read again with those followed now, by `read_again` (a worker process) or here. Either way
    the candidates it found are followed from now on."""
    if result.article is None:
        return result
    then, now = dict(job.following), dict(followed.following())
    if any(then.get(part.story_id, ()) != now.get(part.story_id, ()) for part in result.article.found):
        if read_again is None:
            return replace(item_events(job, result.article.record, stories, followed), warnings=result.warnings)
        result = replace(read_again(replace(job, html=None, following=followed.following(),
                                            record=result.article.record)), warnings=result.warnings)
    for part in result.article.found:
        followed.follow(part.story_id, part.found)
    return result
