"""Each article against each story followed: the stories it concerns, with their events."""
from __future__ import annotations

import datetime as dt
from typing import Sequence

from natowatch.extract import extract_events, is_about_story
from natowatch.extract.story import Story
from natowatch.flows.alerts.messages import story_facts
from natowatch.storage import StoryEvents


def events_by_story(stories: Sequence[Story], title: str, text: str, published: dt.date | None,
                    background_days: int | None = None) -> tuple[StoryEvents, ...]:
    """One entry per story the article is about (none: it is about no story followed)."""
    return tuple(StoryEvents(story.id, tuple(extract_events(title, text, published, story)),
                             story_facts(story, background_days))
                 for story in stories if is_about_story(title, text, story))
