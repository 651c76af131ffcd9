"""One article in, stored with its events and its alerts queued: the step replay and poll share.

`read_record` is the CPU half: the article against each story followed (is it about it; its
events, read with the candidates found so far, who are then followed from there on; why it was
skipped when it is about none). It is pure apart from the extractor's clock, and its result is
picklable, so a poll's worker process runs it too (flows/pipelines/items.py). `store_article` is
the storing half: one transaction (Store.ingest_stories; or a savepoint of a group's, Store.batch)
storing the article, each story's events and candidates, and an outbox row per new event and route.

replay (flows/pipelines/replay.py) reads every file of a folder first, then stores them; poll
(flows/pipelines/feed_ingest.py) stores each item as soon as it is read. What they store for the
same article is the same; only the record they start from differs (a file, a feed item), and
a poll cuts evidence to `fetch.max_evidence_chars` (a stranger's page without punctuation is one
'sentence').
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Sequence

from natowatch.extract import is_about_story, judge_relevance
from natowatch.extract.events import DEFAULT_BUDGET_SECONDS, extract_article
from natowatch.extract.model import Event
from natowatch.extract.story import Story
from natowatch.flows.alerts.messages import story_facts
from natowatch.flows.candidates import FollowedCandidates
from natowatch.flows.files.articles import truncated_line
from natowatch.storage import ArticleRecord, IngestResult, RouteRule, StoryEvents

if TYPE_CHECKING:  # a poll's worker processes import this module: SQLAlchemy only where a store is opened
    from natowatch.storage import Store
    from natowatch.storage.batch import IngestBatch


@dataclass(frozen=True)
class ReadArticle:
    """An article read against every story followed: what storing it takes."""

    record: ArticleRecord             # `relevant` and `skip_reason` set
    found: tuple[StoryEvents, ...]    # the stories it is about, with their events (none: skipped)
    cut_short: str | None = None      # the line naming it when its extraction stopped at the time budget


def read_record(record: ArticleRecord, stories: Sequence[Story], followed: FollowedCandidates, *,
                headline: str | None = None, name: str = "", background_days: int | None = None,
                budget_seconds: float | None = DEFAULT_BUDGET_SECONDS, max_evidence_chars: int | None = None,
                clock: Callable[[], float] = time.monotonic) -> ReadArticle:
    """The article's events for each story it is about, or why it is about none.

    The extractor reads `headline` (the article's own title, when the record's is another: a
    replayed file's manifest title) or the record's title. The candidates found in earlier
    articles (`followed`) are read as listed ones; those this article states for the first time
    are in the story's `found`, and followed from now on. Evidence is cut to `max_evidence_chars`
    (None: whole). Each story's extraction has `budget_seconds` (settings'
    extract.budget_seconds); when one stops at it, `cut_short` is a line naming the article
    (`name`, else its URL). `background_days`: settings' timeline.background_days (None: the
    default)."""
    title = record.title if headline is None else headline
    found, truncated = [], False
    for story in stories:
        if not is_about_story(title, record.text, story):
            continue
        read_as = followed.story(story)
        result = extract_article(title, record.text, record.published, read_as, budget_seconds=budget_seconds,
                                 clock=clock)
        truncated = truncated or result.truncated
        events = tuple(result.events)
        learnt = followed.learn(story, read_as, title, record.text, events)
        if max_evidence_chars is not None:
            events = tuple(capped_evidence(e, max_evidence_chars) for e in events)
        found.append(StoryEvents(story.id, events, story_facts(story, background_days), learnt))
    reason = None if found else why_not(title, record.text, stories)
    return ReadArticle(replace(record, relevant=bool(found), skip_reason=reason), tuple(found),
                       truncated_line(name or record.url, budget_seconds) if truncated else None)


def store_article(store: Store | "IngestBatch", article: ReadArticle, routes: Sequence[RouteRule], *,
                  feed_item: tuple[str, str] | None = None, tag: object = None,
                  evidence: bool = True) -> IngestResult | None:
    """Store the article, its events and found candidates, and queue an alert per new event and
    route, in one transaction (idempotent: storing it again adds evidence, never twice).
    `feed_item` (feed name, item key) records the item as seen in the same transaction. Into a
    group (Store.batch, storage/batch.py): a savepoint of the group's transaction, and the
    result comes out of the group's `committed()` with `tag` once it has committed. Without
    `evidence` the result's event views carry none (a poll only counts them)."""
    from natowatch.storage.batch import IngestBatch  # the storing process has SQLAlchemy already

    if not isinstance(store, IngestBatch):
        return store.ingest_stories(article.record, article.found, routes, feed_item=feed_item, evidence=evidence)
    store.ingest_stories(article.record, article.found, routes, feed_item=feed_item, tag=tag, evidence=evidence)
    return None


def why_not(title: str, text: str, stories: Sequence[Story]) -> str:
    """Why an article about none of `stories` was skipped (stored with it, shown by `natowatch
    articles --skipped`): the extractor's reason (extract.judge_relevance), each story's when
    several are followed."""
    reasons = [(story.id, judge_relevance(title, text, story).why_not) for story in stories]
    if len(reasons) == 1:
        return reasons[0][1] or ""
    return "; ".join(f"{sid}: {reason}" for sid, reason in reasons if reason)


def capped_evidence(event: Event, max_chars: int) -> Event:
    """The event with its evidence sentence cut to `max_chars` (a 'sentence' of a page without
    punctuation can be the whole page); the marks past the cut are dropped."""
    if len(event.evidence) <= max_chars:
        return event
    marks = tuple(m for m in event.marks if m[1] <= max_chars - 1)
    return replace(event, evidence=event.evidence[:max_chars - 1] + "\u2026", marks=marks)
