"""Two scope cues that bind a predicate to words away from it.

- The course not taken: "The Americans abstained rather than block her", "Paris chose to wait instead of backing
  him": the predicate after "rather than" / "instead of" (cues.alternative_not_taken) did not happen; the one before
  it did ("Hungary blocked her rather than abstain" stays a refusal).
- A second "that" clause coordinated under the first's expectation: "It is expected that the Council will appoint X
  tomorrow, and that he will take office on 1 October": the "and that" clause is as expected as the first (not so
  under a report: "Hungary said that it backs X, and that Y will take office" reads the second clause as said).
"""
from __future__ import annotations

import re

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.lexicon import Lexicon

_AND_THAT = re.compile(r",?\s*(?:and|or)\s+(?:also\s+)?that\s*$", re.I)
_FIRST_THAT = re.compile(r"^(?P<opener>.*?)\bthat\b", re.I)


class Alternatives:
    def __init__(self, lex: Lexicon):
        self.not_taken = compiled_pattern(r"(?<![\w-])" + lex.alt("cues", "alternative_not_taken")
                                          + r"\s+(?:(?-i:[a-z]+ly)\s+)?$", re.I)

    def course_not_taken(self, gap: str) -> bool:
        """The words right before the predicate (`gap`, the clause's words between its agent and its trigger) make it
        the course not taken."""
        return self.not_taken.search(gap) is not None

    def expected_and_that(self, modality: re.Pattern, lead: str) -> bool:
        """`lead` (the sentence's words before the clause, mentions as X) ends with "and that", and the first "that"
        of the sentence is governed by a word of modality ("It is expected that", "Diplomats think it likely that")."""
        tail = _AND_THAT.search(lead)
        if tail is None:
            return False
        first = _FIRST_THAT.match(lead[:tail.start()])
        if first is None:
            return False
        return modality.search(" ".join(first.group("opener").split()[-5:])) is not None
