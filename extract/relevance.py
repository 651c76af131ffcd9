"""Is an article about a story, and if not, why not: the one answer the application asks for.

`is_about_story` decides (the post or the organisation named by any alias); `judge_relevance`
adds, for an article it rejects, the reason a reader can check (`natowatch articles --skipped`,
`feeds test`): what the article would have had to name, and which of the story's names it did
name. The names are found with the same gazetteer as the decision, so the reason cannot
disagree with it. Pure: no I/O.
"""
from __future__ import annotations

from dataclasses import dataclass

from natowatch.extract.events import is_about_story
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.mentions import CANDIDATE, OTHER_RACE, STATE
from natowatch.extract.story import Story
from natowatch.extract.text import article_text, fold

# Names listed in a reason before "and N more".
MAX_NAMED = 5
_KIND_WORDS = {CANDIDATE: "candidate", STATE: "member state", OTHER_RACE: "another race"}


@dataclass(frozen=True)
class Relevance:
    """`about`: the article is about the story; `why_not`: the reason when it is not (else None)."""

    about: bool
    why_not: str | None = None


def judge_relevance(title: str, text: str, story: Story) -> Relevance:
    """Whether the article (`title`, `text`) is about `story`, with the reason when it is not.

    The reason names what was missing (the post and the organisation, with the story's own
    names) and up to MAX_NAMED names of the story the article did contain, in their order:
    "names neither the post (NATO Secretary General or an alias) nor the organisation (NATO or
    an alias); it names Mark Rutte (candidate)"."""
    if is_about_story(title, text, story):
        return Relevance(True)
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
    return Relevance(False, reason)
