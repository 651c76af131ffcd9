"""People of a state whom the story does not list, named with its demonym: "Romanian tennis player Ion
Popescu", "the Dutchman who chairs the Eurogroup". A bare demonym ("the Romanian said") stands for the
nearest of them before the state's one listed candidate (Descriptors._resolve_descriptor otherwise takes
the candidate), and a bare demonym whose relative clause names an office the candidate does not hold is
not the candidate.

A label of office ("Colombian Foreign Minister Laura Sarabia") is Resolver.person_label_end's: that person
acts for the state; these do not.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.mentions import POST, STATE, Mention
from natowatch.extract.lexicon import Lexicon, bounded, built_once

# a lower-case word of a label: no function word nor a verb in the past ("Romanian officials praised X")
_LABEL_WORD = (r"(?!(?:of|for|to|by|with|from|in|on|at|and|or|but|the|an?|who|which|that|as|is|was|has|had|said|says|"
               r"told|met)\b)(?![a-z-]*ed\b)(?-i:[a-z][a-z-]+)")


class Nationals:
    """The patterns of one lexicon for people of a state the story does not list."""

    _cache: dict = {}

    @classmethod
    def of(cls, lex: Lexicon) -> "Nationals":
        return built_once(cls._cache, lex, cls)

    def __init__(self, lex: Lexicon):
        # after a state's demonym: up to three label words, the last no plural noun ("Romanian officials X";
        # "boss", "tennis" are none) nor an outlet's ("the Spanish daily El Pais"), then a full name
        # ("Romanian tennis player Ion Popescu", "a Dutch chess champion, Anna Visser,")
        self.labelled_name = compiled_pattern(
            r"(?:\s+" + _LABEL_WORD + r"){0,2}?\s+(?![a-z-]*[^siu]s\b)(?!" + bounded(lex.words("media_nouns")) + r"\b)"
            + _LABEL_WORD + r",?\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?![\w'’-])")
        # "the Dutchman who chairs the Eurogroup", "the Estonian, who is foreign minister,": a relative
        # clause after a bare demonym, with a verb of holding an office or of being one
        adverbs = r"(?:(?:also|now|currently|still|once|previously|formerly|then|already)\s+)?"
        self.relative_office = compiled_pattern(
            r",?\s+(?:who|that)\s+" + adverbs + r"(?:(?P<holds>" + bounded(lex.words("office_holding_verbs")) + r")|"
            + bounded(lex.words("office_copulas")) + r")\s+(?P<rest>[^,;:.!?()\"“”]*)", re.I)

    def labelled(self, text: str, m: Mention, mentions: Iterable[Mention]) -> re.Match | None:
        """The full name a state's demonym `m` labels, not an office ("Romanian tennis player Ion Popescu"),
        when the name is no mention."""
        if m.kind != STATE or m.person or m.form not in ("modifier", "demonym"):
            return None
        named = self.labelled_name.match(text, m.end)
        if named is None or any(x.start < named.end("name") and x.end > named.start("name") for x in mentions):
            return None
        return named

    def other_office(self, text: str, m: Mention, mentions: Iterable[Mention], may_hold: Callable[[str], bool],
                     roles: Iterable[str]) -> bool:
        """The bare demonym `m` has a relative clause naming an office that is not its state's candidates':
        a body other than the demonym's state and none of their `roles` after a verb of holding ("who chairs
        the Eurogroup"; not "who leads the Netherlands", "who heads the IAEA" of an "IAEA chief", nor "who
        leads the race"), or an office noun after a copula that `may_hold` (of the clause's words) denies
        ("who is foreign minister")."""
        clause = self.relative_office.match(text, m.end)
        if clause is None:
            return False
        if not clause.group("holds"):
            return not may_hold(clause.group("rest").lower())
        start, end = clause.span("rest")
        own = [(x.start, x.end) for x in mentions if start <= x.start and x.end <= end
               and (x.kind == STATE and x.value == m.value or x.kind == POST)]
        bodies = [b.group().lower() for b in _CAPITALISED.finditer(text, start, end)
                  if not any(a <= b.start() < e for a, e in own)]
        held = " | ".join(roles).lower()
        return bool(bodies) and not any(re.search(r"\b" + re.escape(b) + r"\b", held) for b in bodies)


# a capitalised word: a body's name ("the Eurogroup", "the IMF")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
