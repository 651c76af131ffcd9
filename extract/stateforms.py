"""A state called by its kind: "the Baltic state", "the island nation", "the Gulf kingdom".

Such a phrase refers back to a state of that kind the article has just named ("Estonia said ... The
Baltic state backs Rutte"), and only when it named one: two states of the kind named recently make
the phrase stand for neither. The kinds are data of the states file (`kinds:`, Member.kinds), the
nouns that may follow them the lexicon's `state_kind_heads`.
"""
from __future__ import annotations

import re

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.lexicon import Lexicon, bounded, built_once, phrase_pattern
from natowatch.extract.story import Story

# how many sentences back a state counts as just named (the phrase's own sentence is the 0th)
RECENT_SENTENCES = 3


class StateForms:
    """The kind phrases of one story's states (equal when built from equal states and lexicon)."""

    _cache: dict[int, tuple[tuple, "StateForms"]] = {}

    @classmethod
    def of(cls, story: Story) -> "StateForms":
        # by its states: a story with an article's proposed candidates added shares them
        return built_once(cls._cache, story.members, lambda _: cls(story))

    def __init__(self, story: Story):
        states: dict[str, set[str]] = {}
        for member in (*story.members, *story.observers):
            for kind in member.kinds:
                states.setdefault(kind.lower(), set()).add(member.name)
        self.states = {kind: frozenset(names) for kind, names in states.items()}
        heads = Lexicon.of(story).words("state_kind_heads")
        # a kind that is itself such a noun stands alone: "the bloc", "the 27-nation bloc"
        self.alone = frozenset(k for k in self.states if k in {h.lower() for h in heads})
        # "the Baltic state", "the small Gulf state", "the Nordic NATO ally": up to two lower-case words
        # before the kind and one between it and the noun (a capitalised one may be an acronym);
        # not "the Gulf state of Qatar" or "the Baltic state Estonia" (the state is named there)
        self.pattern = compiled_pattern(
            r"[Tt](?<![\w'’-][Tt])he\s+(?:(?-i:[a-z0-9][\w-]*)\s+){0,2}?(?P<kind>" + phrase_pattern(sorted(self.states)) + r")"
            r"(?P<head>\s+(?:(?-i:[a-z][\w-]*|[A-Z]{2,})\s+)?" + bounded(heads) + r")?(?![\w-])(?!\s+of\b)"
            r"(?!,?\s+(?-i:[A-Z]))", re.I) if self.states else None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StateForms) and (self.states, self.pattern) == (other.states, other.pattern)

    __hash__ = None     # type: ignore[assignment]

    def find(self, text: str) -> list[re.Match]:
        """The kind phrases of a sentence."""
        if self.pattern is None:
            return []
        return [m for m in self.pattern.finditer(text) if m.group("head") or self._kind(m) in self.alone]

    def of_kind(self, found: re.Match) -> frozenset[str]:
        """The states a phrase found may stand for."""
        return self.states.get(self._kind(found), frozenset())

    @staticmethod
    def _kind(found: re.Match) -> str:
        return re.sub(r"\s+", " ", found.group("kind")).lower()
