"""Why an article about none of the stories followed was skipped (stored with it, shown by
`natowatch articles --skipped`): the extractor's reason (`extract.judge_relevance`), story by
story when several are followed."""
from __future__ import annotations

from typing import Sequence

from natowatch.extract import judge_relevance
from natowatch.extract.story import Story


def why_not(title: str, text: str, stories: Sequence[Story]) -> str:
    """The reason an article about none of `stories` was skipped (each story's, when several)."""
    reasons = [(story.id, judge_relevance(title, text, story).why_not) for story in stories]
    if len(reasons) == 1:
        return reasons[0][1] or ""
    return "; ".join(f"{sid}: {reason}" for sid, reason in reasons if reason)
