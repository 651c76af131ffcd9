"""What a sentence's mentions are: the kinds of entity, the `Mention` found at a place of the
sentence, and `WordsBefore`, which searches the words just before a place without reading the
sentence before it (gazetteer.py finds the mentions, mention_forms.py decides how each is used)."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

# kinds
CANDIDATE, STATE, ORG, MEMBERS, POST, OTHER_RACE = "C", "S", "O", "M", "P", "X"


@dataclass(frozen=True)
class Mention:
    """A mention at [start, end) of the sentence text.

    kind: C candidate, S member state, O the organisation, M its members as a
    group (actor only of an appointment), P the post, X another race.
    form: how it was named (name, demonym, capital, person, possessive,
    descriptor, pronoun, anaphor, speaker, reference, title).
    """

    start: int
    end: int
    kind: str
    value: str
    form: str = "name"
    actor: bool = True
    person: bool = False
    role: str = ""      # a named person's role ("foreign minister"), from the story


# a lower-case word that a list of names after an exception word cannot hold (see WordsBefore.list_start)
_LIST_BREAK = re.compile(r"(?<=[\s,])(?!(?:the|and|or)\b)[a-z]")


class WordsBefore:
    """A sentence and its reverse, to search the words just before a position without reading
    (or copying) the whole sentence before it: the cost of a mention is its neighbourhood's."""

    _reach: dict[tuple[int, bool], re.Pattern] = {}

    def __init__(self, text: str):
        self.text = text
        self.first_word = len(text) - len(text.lstrip())      # where the first non-space character is
        self._first: dict[re.Pattern, int] = {}
        self._starts: dict[tuple[int, int, bool], int] = {}     # (end, words, whole) -> where those words start

    @cached_property
    def backwards(self) -> str:
        """The sentence reversed, made when first searched (a sentence naming only candidates never is)."""
        return self.text[::-1]

    def search(self, pattern: re.Pattern, end: int, whole: bool = False) -> re.Match | None:
        """`pattern.search(text[:end])` for a pattern ending in $ that spans a few words (or a chain
        of words repeated: "the new next head of"): searched over the last words before `end`,
        over twice as many while the match found starts where those words do (it may go on before).
        A word is read up to 64 characters back, or whole with `whole` (a pattern whose first
        word may be longer)."""
        count = 8
        while True:
            # (the window of the words before `end` is the same for every pattern searched there: found once)
            start = self._starts.get((end, count, whole))
            if start is None:
                at = len(self.text) - end
                start = self._starts[end, count, whole] = end - (
                    self._words(count, whole).match(self.backwards, at).end() - at)
            found = pattern.search(self.text, start, end)
            # (the words run out at the sentence's first word, not only at 0: a window opening with spaces)
            if found is None or found.start() > start or start <= self.first_word:
                return found
            count *= 2

    def first(self, pattern: re.Pattern) -> int:
        """Where `pattern` first matches in the sentence (its length + 1 if nowhere), found once."""
        if pattern not in self._first:
            found = pattern.search(self.text)
            self._first[pattern] = found.start() if found else len(self.text) + 1
        return self._first[pattern]

    @cached_property
    def _list_breaks(self) -> list[int]:
        return [b.start() for b in _LIST_BREAK.finditer(self.text)]

    def list_start(self, cue: int, end: int, words: int) -> int:
        """Where a list of names after an exception word ("except Hungary, Slovakia and ") that ends
        at `end` can start, `cue` (the first exception word) or later. Such a list holds capitalised
        words, commas, "and", "or" and "the" only: past the last lower-case word before `end`, its
        exception word ends there at the earliest, and so starts at most `words` words before it
        (searched from `cue` for each name, a sentence of megabytes cost its length per name)."""
        breaks = self._list_breaks
        i = bisect_left(breaks, end) - 1
        if i < 0 or breaks[i] <= cue:
            return cue
        at = len(self.text) - breaks[i]
        start = breaks[i] - (self._words(words, True).match(self.backwards, at).end() - at)
        return max(cue, start)

    @classmethod
    def _words(cls, count: int, whole: bool) -> re.Pattern:
        key = (count, whole)
        if key not in cls._reach:
            cls._reach[key] = re.compile(r"(?:\s*\S" + ("+" if whole else "{1,64}") + "){0,%d}" % count)
        return cls._reach[key]
