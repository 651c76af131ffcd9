"""Whether an article is about the story, and why not when it is not.

`extract.is_about_story` decides; this adds the reason stored with a skipped article, so a
reader who thinks an article was missed can check (`natowatch articles --skipped`): what
the article would have had to name, and which of the story's names it did name.
The names are found with the extractor's own gazetteer, so the reason cannot disagree with
the decision. (extract/ belongs to the extractor's owner: when it gains a reason of its own,
this module shrinks to a call.)
"""
from __future__ import annotations

from natowatch.extract import article_text, is_about_story
from natowatch.extract.gazetteer import CANDIDATE, OTHER_RACE, STATE, Gazetteer
from natowatch.extract.story import Story
from natowatch.extract.text import fold

# Names listed in a reason before "and N more".
MAX_NAMED = 5
_KIND_WORDS = {CANDIDATE: "candidate", STATE: "member state", OTHER_RACE: "another race"}


def judge(title: str, text: str, story: Story) -> tuple[bool, str | None]:
    """(about the story, why not): the reason is None for an article about the story."""
    if is_about_story(title, text, story):
        return True, None
    gazetteer = Gazetteer.of(story)
    found: dict[str, str] = {}
    for match in gazetteer.find_names(fold(article_text(title, text))):
        hit = gazetteer.lookup(match.group())
        if hit and hit[0] in _KIND_WORDS:
            found.setdefault(str(hit[1]), _KIND_WORDS[hit[0]])
    reason = (f"names neither the post ({story.post.name} or an alias) nor the organisation "
              f"({story.organisation.name} or an alias)")
    if found:
        named = [f"{name} ({kind})" for name, kind in list(found.items())[:MAX_NAMED]]
        more = len(found) - MAX_NAMED
        reason += "; it names " + ", ".join(named) + (f" and {more} more" if more > 0 else "")
    return False, reason


def why_not(title: str, text: str, stories) -> str:
    """The reason an article about none of `stories` was skipped (each story's, when several)."""
    reasons = [(story.id, judge(title, text, story)[1]) for story in stories]
    if len(reasons) == 1:
        return reasons[0][1] or ""
    return "; ".join(f"{sid}: {reason}" for sid, reason in reasons if reason)
