"""Each article against each story followed: the stories it concerns, with their events."""
from __future__ import annotations

import datetime as dt
import time
from typing import Callable, Sequence

from natowatch.extract import is_about_story
from natowatch.extract.events import DEFAULT_BUDGET_SECONDS, extract_article
from natowatch.extract.story import Story
from natowatch.flows.alerts.messages import story_facts
from natowatch.flows.candidates import FollowedCandidates
from natowatch.flows.files.articles import truncated_line
from natowatch.storage import StoryEvents


def events_by_story(stories: Sequence[Story], title: str, text: str, published: dt.date | None,
                    background_days: int | None = None, followed: FollowedCandidates | None = None, *,
                    budget_seconds: float | None = DEFAULT_BUDGET_SECONDS, warn: Callable[[str], None] | None = None,
                    name: str = "", clock: Callable[[], float] = time.monotonic) -> tuple[StoryEvents, ...]:
    """One entry per story the article is about (none: it is about no story followed). The
    candidates found in earlier articles (`followed`) are read as listed ones; those this article
    states for the first time are in the entry's `found` (and followed from now on). Each story's
    extraction has `budget_seconds` (settings' extract.budget_seconds); when one stops at it, `warn`
    gets one line naming the article (`name`)."""
    followed = followed if followed is not None else FollowedCandidates()
    found, truncated = [], False
    for story in stories:
        if not is_about_story(title, text, story):
            continue
        read_as = followed.story(story)
        result = extract_article(title, text, published, read_as, budget_seconds=budget_seconds, clock=clock)
        truncated = truncated or result.truncated
        events = tuple(result.events)
        found.append(StoryEvents(story.id, events, story_facts(story, background_days),
                                 followed.learn(story, read_as, title, text, events)))
    if truncated and warn is not None:
        warn(truncated_line(name or title, budget_seconds))
    return tuple(found)
