"""Coordination and the abstract shape of a sentence that rules match on.

Adjacent mentions of one kind joined by commas, "and", "&" or "as well as"
form one group ("the US, UK, France and Germany" is one actor group of four
states). The shape is the sentence with each group replaced by a token
"⟨S3⟩" (kind letter, group index), so rules read "⟨C0⟩ has strong backing
from ⟨S1⟩" whatever the names were. Parenthetical asides are blanked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.gazetteer import CANDIDATE, OTHER_RACE, POST, STATE, Mention

_LIST_GLUE = re.compile(
    r"\s*(?:,\s*(?:and\s+|&\s+|as\s+well\s+as\s+|along\s+with\s+|plus\s+)?|and\s+|&\s+|as\s+well\s+as\s+|"
    r"along\s+with\s+|plus\s+)(?:(?:the|also|then|even)\s+)?", re.I)
_PARENTHESIS = re.compile(r"\([^()]*\)")
_GROUPABLE = {CANDIDATE, STATE}


@dataclass(frozen=True)
class Group:
    kind: str
    values: tuple[str, ...]
    mentions: tuple[Mention, ...]

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def end(self) -> int:
        return self.mentions[-1].end

    @property
    def form(self) -> str:
        return self.mentions[0].form


def blank_parentheses(text: str) -> str:
    """Replace "(Reform)" by spaces of the same length; offsets stay valid."""
    return _PARENTHESIS.sub(lambda m: " " * len(m.group()), text)


def group_mentions(text: str, mentions: list[Mention]) -> list[Group]:
    """Join coordinated mentions of one kind; mentions that cannot act are left out."""
    usable = [m for m in mentions if m.actor or m.kind in (CANDIDATE, POST, OTHER_RACE)]
    groups: list[list[Mention]] = []
    for m in usable:
        if groups:
            last = groups[-1][-1]
            glue = text[last.end:m.start]
            listed = (m.kind == last.kind and m.kind in _GROUPABLE and _LIST_GLUE.fullmatch(glue) is not None
                      and m.value not in [x.value for x in groups[-1]])
            repeated = m.kind == last.kind and m.value == last.value and not glue.strip()
            if listed or repeated:
                groups[-1].append(m)
                continue
        groups.append([m])
    out = []
    for g in groups:
        values = tuple(dict.fromkeys(m.value for m in g))
        out.append(Group(g[0].kind, values, tuple(g)))
    return out


@dataclass(frozen=True)
class Shape:
    """The tokenised sentence and the way back to sentence offsets."""

    text: str
    groups: list[Group]
    pieces: list[tuple[int, int, int, int]]   # (shape start, shape end, sentence start, sentence end)

    def to_sentence(self, start: int, end: int) -> tuple[int, int]:
        """Map a shape span back to the sentence text."""
        s = e = None
        for ss, se, os_, oe in self.pieces:
            token = (se - ss) != (oe - os_) or self.text[ss:se].startswith("⟨")
            if s is None and ss <= start < se:
                s = os_ if token else os_ + (start - ss)
            if ss < end <= se:
                e = oe if token else os_ + (end - ss)
        return (s if s is not None else 0, e if e is not None else self.pieces[-1][3] if self.pieces else 0)

    def group_at(self, shape_start: int) -> Group:
        return self.groups[int(re.match(r"⟨[A-Z](\d+)⟩", self.text[shape_start:]).group(1))]


def build_shape(text: str, mentions: list[Mention]) -> Shape:
    """Tokenise `text` (a sentence, folded) with its resolved mentions."""
    clean = blank_parentheses(text)
    groups = [g for g in group_mentions(clean, mentions) if not _inside_parenthesis(text, g)]
    out, pieces, pos = [], [], 0
    length = 0
    for i, g in enumerate(groups):
        if g.start < pos:
            continue
        segment = clean[pos:g.start]
        out.append(segment)
        pieces.append((length, length + len(segment), pos, g.start))
        length += len(segment)
        token = f"⟨{g.kind}{i}⟩"
        out.append(token)
        pieces.append((length, length + len(token), g.start, g.end))
        length += len(token)
        pos = g.end
    out.append(clean[pos:])
    pieces.append((length, length + len(text) - pos, pos, len(text)))
    return Shape("".join(out), groups, pieces)


def _inside_parenthesis(text: str, g: Group) -> bool:
    return any(m.start() <= g.start and g.end <= m.end() for m in _PARENTHESIS.finditer(text))

