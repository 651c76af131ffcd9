"""Each article against each story followed: the stories it concerns, with their events."""
from __future__ import annotations

import datetime as dt
from typing import Sequence

from natowatch.extract import extract_events, is_about_story
from natowatch.extract.story import Story
from natowatch.flows.alerts.messages import story_facts
from natowatch.flows.candidates import FollowedCandidates
from natowatch.storage import StoryEvents


def events_by_story(stories: Sequence[Story], title: str, text: str, published: dt.date | None,
                    background_days: int | None = None,
                    followed: FollowedCandidates | None = None) -> tuple[StoryEvents, ...]:
    """One entry per story the article is about (none: it is about no story followed). The
    candidates found in earlier articles (`followed`) are read as listed ones; those this article
    states for the first time are in the entry's `found` (and followed from now on)."""
    followed = followed if followed is not None else FollowedCandidates()
    found = []
    for story in stories:
        if not is_about_story(title, text, story):
            continue
        read_as = followed.story(story)
        events = tuple(extract_events(title, text, published, read_as))
        found.append(StoryEvents(story.id, events, story_facts(story, background_days),
                                 followed.learn(story, read_as, title, text, events)))
    return tuple(found)
