"""Candidates found in articles, followed from one article to the next.

The extractor proposes people the story file does not list and keeps one where the article
states them in the race (extract/discover.py). Once found (stored as proposed) or accepted,
a candidate is followed like a listed one by later articles: the flows hand the extractor
the story with them as extra candidates (data: extract stays pure). A rejected one is not
handed over; if an article states them in the race again, storage keeps their events out of
the alerts and the tally.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Sequence

from natowatch.extract.provisional import propose
from natowatch.extract.model import Event
from natowatch.extract.story import Candidate, Story
from natowatch.storage import CandidateView, FoundCandidate


# Per story id, the found candidates it follows, in the order they were found (picklable): what a
# worker process needs to read an article as the poller would (flows/pipelines/items.py).
Following = tuple[tuple[str, tuple[FoundCandidate, ...]], ...]


def found_candidate(name: str, pronoun: str | None) -> FoundCandidate:
    # the surname alone names them in later sentences, as provisional.with_candidates reads them
    return FoundCandidate(name=name, aliases=(name.split()[-1],), pronoun=pronoun or None)


class FollowedCandidates:
    """Per story: the candidates found so far (from the store, then from each article read)."""

    def __init__(self, found: Iterable[CandidateView] = ()):
        self._extra: dict[str, dict[str, FoundCandidate]] = {}
        self._rejected: dict[str, set[str]] = {}
        self._built: dict[str, tuple[tuple[str, ...], Story]] = {}
        for c in found:
            if c.state == "rejected":
                self._rejected.setdefault(c.story_id, set()).add(c.name)
            else:
                self._extra.setdefault(c.story_id, {})[c.name] = FoundCandidate(c.name, c.aliases, c.pronoun)

    @classmethod
    def from_store(cls, store) -> "FollowedCandidates":
        return cls(store.candidates())

    def story(self, story: Story) -> Story:
        """The story as the extractor should read the next article: with the candidates found so
        far added (built once per set of names, so its compiled patterns are reused)."""
        listed = {c.name for c in story.candidates}
        extra = [c for name, c in self._extra.get(story.id, {}).items() if name not in listed]
        if not extra:
            return story
        names = tuple(c.name for c in extra)
        built = self._built.get(story.id)
        if built is None or built[0] != names or built[1].id != story.id:
            built = (names, replace(story, candidates=story.candidates + tuple(
                Candidate(name=c.name, aliases=c.aliases, pronoun=c.pronoun or "they") for c in extra)))
            self._built[story.id] = built
        return built[1]

    def learn(self, story: Story, read_as: Story, title: str, text: str,
              events: Sequence[Event]) -> tuple[FoundCandidate, ...]:
        """The candidates an article's events state whom `read_as` (the story as read) did not
        know; from now on they are followed, unless rejected."""
        known = {c.name for c in read_as.candidates}
        new = list(dict.fromkeys(e.subject for e in events if e.subject not in known))
        if not new:
            return ()
        pronouns = propose(title, text, read_as)
        found = tuple(found_candidate(name, pronouns.get(name)) for name in new)
        self.follow(story.id, found)
        return found

    def follow(self, story_id: str, found: Iterable[FoundCandidate]) -> None:
        """Follow `found` (what `learn` found in an article, here or in a worker process) from
        now on, unless rejected."""
        for c in found:
            if c.name not in self._rejected.get(story_id, ()):
                self._extra.setdefault(story_id, {})[c.name] = c

    def following(self) -> Following:
        """The found candidates followed now, per story."""
        return tuple((story_id, tuple(found.values())) for story_id, found in self._extra.items() if found)

    def follow_only(self, following: Following) -> None:
        """Follow exactly `following` from now on: a worker process reads each article with the
        candidates the poller followed when it handed the article over. A story is built again
        only when its names change."""
        self._extra = {story_id: {c.name: c for c in found} for story_id, found in following}
