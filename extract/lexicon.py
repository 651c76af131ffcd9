"""The lexicon file compiled once into regular expressions.

The lexicon (config/lexicon/en.yaml) holds plain phrases; this module turns
each list into one case-insensitive alternation, longest phrase first, so that
"has withdrawn" wins over "withdrawn".
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Mapping

from extract.story import Story, StoryError
from extract.text import fold


def phrase_pattern(phrases: Iterable[str], adverbs: bool = False) -> str:
    """One regex alternation for plain phrases (any whitespace between words); with `adverbs`
    an -ly adverb may stand between the words ("campaigned openly for")."""
    uniq = sorted({fold(p).strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
    glue = r"\s+(?:\w+ly\s+)?" if adverbs else r"\s+"
    parts = [glue.join(re.escape(w) for w in p.split()) for p in uniq]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def trie_pattern(phrases: Iterable[str]) -> str:
    """An alternation shaped as a character trie: one pass, no backtracking over
    hundreds of names; a longer name wins over its prefix ("NATO chief" over "NATO")."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        atom = r"\s+" if ch == " " else re.escape(ch)
        branches.append(atom + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def bounded(phrases: Iterable[str], adverbs: bool = False) -> str:
    """The alternation between word boundaries (phrases may end in punctuation)."""
    return r"(?<![\w'])" + phrase_pattern(phrases, adverbs) + r"(?![\w])"



def built_once(cache: dict, source: Any, build: Callable[[Any], Any]) -> Any:
    """`build(source)`, made once per source object (by identity, so an unhashable mapping
    or a dataclass works) and kept in `cache`; compiling a story's patterns costs ~100 ms."""
    hit = cache.get(id(source))
    if hit is not None and hit[0] is source:
        return hit[1]
    built = build(source)
    if len(cache) > 32:
        cache.clear()
    cache[id(source)] = (source, built)
    return built


class Lexicon:
    """Word lists of one lexicon mapping, as strings and compiled patterns."""

    _cache: dict[int, tuple[Mapping, "Lexicon"]] = {}

    def __init__(self, data: Mapping[str, Any], source: str = "<lexicon>"):
        self.data = data
        self.source = source

    @classmethod
    def of(cls, story: Story) -> "Lexicon":
        return built_once(cls._cache, story.lexicon, lambda data: cls(data, f"lexicon of {story.id}"))

    def words(self, *path: str) -> list[str]:
        node: Any = self.data
        for key in path:
            if not isinstance(node, Mapping) or key not in node:
                raise StoryError(f"{self.source}: {'.'.join(path)}: missing")
            node = node[key]
        if not isinstance(node, list) or not all(isinstance(w, str) for w in node):
            raise StoryError(f"{self.source}: {'.'.join(path)}: expected a list of strings")
        return node

    def mapping(self, *path: str) -> dict[str, list[str]]:
        """A mapping of word lists ("succeed" -> ["succeeded", "succeeds"])."""
        node: Any = self.data
        for key in path:
            if not isinstance(node, Mapping) or key not in node:
                raise StoryError(f"{self.source}: {'.'.join(path)}: missing")
            node = node[key]
        if not isinstance(node, Mapping) or not all(
                isinstance(v, list) and all(isinstance(w, str) for w in v) for v in node.values()):
            raise StoryError(f"{self.source}: {'.'.join(path)}: expected a mapping of word lists")
        return {str(k).lower(): v for k, v in node.items()}

    def opposition_nouns(self) -> str:
        """The stance nouns of opposing, not where they name the political opposition
        ("Hungary's opposition leader")."""
        return self.alt("opposition", "nouns") + r"(?!\s+" + self.alt("opposition", "party_words") + ")"

    def alt(self, *path: str, adverbs: bool = False) -> str:
        """Bounded alternation of a word list (see `phrase_pattern` for `adverbs`)."""
        return bounded(self.words(*path), adverbs)

    def regex(self, *path: str) -> re.Pattern:
        return re.compile(self.alt(*path), re.I)
