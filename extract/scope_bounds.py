"""Clause bounds for scope: where the clause of a matched predicate starts and ends."""
from __future__ import annotations

import re

from natowatch.extract.compiled import built
from natowatch.extract.text import Matches

# Words that open a new clause: scope does not cross them ("once" not after "not": "Not once did S back X" is
# the fronted negation of its own clause).
_CLAUSE_BREAK = built(
    r";|:\s|\s-\s|\s--\s|\(|\)|,\s*(?:but|while|whereas|although|though|however|yet|as|so|because|since|when|after|"
    r"before|until|once|where)\b|\b(?:but|while|whereas|although|though|however|because|after|before|since|"
    r"when|(?<!not\s)(?<!even\s)once|that|which|who|whose|where|whom)\b|"
    # a speaker's own statement after a denial: "rejected the report, saying Turkey supports him"
    r",\s*(?:saying|adding|insisting|stressing|noting|arguing|explaining|declaring)\b|"
    r"\band\s+(?:said|says|added|adds|insisted|insists|stressed|stresses|noted|notes)\b", re.I)
# ", and Turkey now supports him": a coordinated clause of its own (a list of names is one token in
# the shape, so the comma here follows a word or the post); a condition before it still governs it; so is a
# participle's clause of letting or leaving ("on who should succeed him, letting the three candidates tour capitals")
_COORDINATION = built(r"(?<!\s)(?<!⟨[CSOM]\d⟩)(?<!⟨[CSOM]\d\d⟩),\s*(?:and\s+|(?=(?:letting|leaving|allowing)\s))", re.I)
_TOKEN = re.compile(r"⟨[A-Z]\d+⟩")


class ClauseBounds:
    """The clause bounds of a text (a mixin of Scope: `condition` and `_bounds` are set by Scope)."""

    def clause_left(self, text: str, end: int) -> int:
        """Start of the clause that contains position `end`."""
        known = self._known(text)
        if (end, False) not in known:
            hard = Matches.of(_CLAUSE_BREAK, text).last_end(end)
            soft = Matches.of(_COORDINATION, text).last_end(end)
            known[end, False] = soft if soft > hard and not Matches.of(self.condition, text).any_between(hard, soft) else hard
        return known[end, False]

    def clause_right(self, text: str, start: int) -> int:
        """End of the clause that goes on from position `start`."""
        known = self._known(text)
        if (start, True) not in known:
            ends = [e for e in (Matches.of(p, text).next_start(start) for p in (_CLAUSE_BREAK, _COORDINATION))
                    if e is not None]
            known[start, True] = min(ends, default=len(text))
        return known[start, True]

    def _known(self, text: str) -> dict[tuple[int, bool], int]:
        """The clause bounds found so far in `text` ((position, rightwards) -> bound), kept for the
        last text asked about: a rule's scope and its co-actors ask the same bounds of one clause
        view, half of all the asks. (The text and its answers are replaced together, so a caller
        never reads another text's.)"""
        held = self._bounds
        if held[0] is not text:
            held = self._bounds = (text, {})
        return held[1]
