"""Plain-text helpers: the article string, folding, sentences with spans, quotes.

Every function keeps offsets into the string it was given, so evidence spans
point into `article_text(title, text)`.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterator

# Characters that fold to another single character; folding never changes length.
_PUNCT_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "\u0131": "i", "\u0130": "I", "\u00df": "s", "\u0142": "l", "\u0141": "L", "\u00f8": "o", "\u00d8": "O",
    "\u0111": "d", "\u0110": "D",
}


def _fold_char(ch: str) -> str:
    if ch in _PUNCT_FOLD:
        return _PUNCT_FOLD[ch]
    if ord(ch) < 128:
        return ch
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base if len(base) == 1 else ch


class _FoldTable(dict):
    """str.translate's table, filled as characters are first seen (one dictionary look-up per character);
    emptied when a text of every script would make it large."""

    def __missing__(self, code: int) -> str:
        if len(self) >= 8192:
            self.clear()
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """Strip diacritics and straighten quotes/dashes, keeping every offset."""
    if text.isascii():
        return text
    # ASCII folds to itself: only the runs of other characters are translated (a third of the cost
    # of translating a whole text of a few megabytes, most of it ASCII)
    return _NON_ASCII.sub(lambda run: run.group().translate(_FOLD_TABLE), text)


def article_text(title: str, text: str) -> str:
    """The string events are read from: the headline is part of the text."""
    title = (title or "").strip()
    text = text or ""
    return f"{title}\n\n{text}" if title else text


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    is_title: bool = False


# Tokens before a full stop that do not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr gen lt col maj capt prof sen rep gov gov't amb adm sgt fr rev hon rt "
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc ltd co corp dept est approx "
    "u.s u.k u.n e.u u.s.a".split()
)
# the abbreviations of "number", one only before a figure
_NUMBER_MARKS = frozenset({"no", "nos"})
_DIGIT_NEXT = re.compile(r"\s+\d")
# Only the first mark of a run can start a boundary (a later one would reach the same end), so a
# long run of dots is read once, not once per dot. (The check that no mark comes before is made
# after the first mark, not before it: a pattern opening with a mark lets `re` skip to the marks.)
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9ÀÁÂÄÅÇÉÈÊËÍÎÓÔÖØŠŽČĽŁŚŻÜ])")
# an opening quotation mark after the stop's white space
_QUOTE_OPENS = re.compile(r"\s+[\"“‘]")
# the word before a full stop, read backwards on the reversed line from the stop
_WORD_BACKWARDS = re.compile(r"[\w.'’-]+")


def _ends_sentence(line: str, stop: int, backwards: str) -> bool:
    """Is the punctuation ending at `stop` a real sentence end? (`backwards` is `line` reversed.)"""
    if line[stop - 1] in "!?…\"'”’)]":
        return True
    # the word ending in the full stop: its run of word characters ends at `stop` (a space follows),
    # so reading it backwards costs its own length, not the line's
    at = len(line) - stop
    start = stop - (_WORD_BACKWARDS.match(backwards, at).end() - at)
    if start >= stop - 1:
        return True
    token = line[start:stop - 1].lower()
    if token in ABBREVIATIONS:
        # "No." abbreviates a number only before one ("No. 10"): "had a reason to say no. The four ..." ends
        return token in _NUMBER_MARKS and not _DIGIT_NEXT.match(line, stop)
    if len(token) == 1 and _QUOTE_OPENS.match(line, stop):
        return True     # "wrote on X. \"In light of ...": no initial is followed by a quotation
    # an initial ("Joseph R. Biden") or a dotted acronym ("U.S."); a figure's one digit is no initial ("appointed on
    # November 3. What ...", as "on October 13. What ..."), but a list's number opening the line is ("1. The race")
    if len(token) == 1 and token.isdigit() and line[:start].strip():
        return True
    return not (len(token) == 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]?", token))


def split_sentences(text: str, title_length: int = 0) -> list[Sentence]:
    """Split into sentences; every line break ends one (headlines, bullets).

    `title_length` marks the sentences that lie inside the headline.
    """
    return list(iter_sentences(text, title_length))


def iter_sentences(text: str, title_length: int = 0) -> Iterator[Sentence]:
    """split_sentences, a line at a time: a reader that stops early (the time budget) splits no further."""
    paragraph = -1
    for line_match in re.finditer(r"[^\n]+", text):
        line = line_match.group()
        if not line.strip():
            continue
        paragraph += 1
        base = line_match.start()
        cut = 0
        backwards = line[::-1]
        sentences: list[Sentence] = []
        for boundary in _BOUNDARY.finditer(line):
            if _ends_sentence(line, boundary.end(), backwards):
                _add(sentences, line, base, cut, boundary.end(), paragraph, title_length)
                cut = boundary.end()
        _add(sentences, line, base, cut, len(line), paragraph, title_length)
        yield from sentences


_WORD_CHARACTER = re.compile(r"\w")

# The longest sentence read as one, in characters: a longer one (no prose has one: the dev set's longest
# is ~440) is read in pieces of at most this many, cut after a comma where the piece's second half has one
# (a clause then seldom spans two pieces), else at a space.
# The work on one sentence is then bounded, and the time budget, asked between sentences, holds whatever
# the text's shape: megabytes with no sentence end, one giant list or quotation, one endless token.
LONGEST_SENTENCE = 20_000


def pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the pieces `text[start:end]`, one sentence, is read in: itself, or pieces of at most
    LONGEST_SENTENCE characters (the space each is cut at left out)."""
    while end - start > LONGEST_SENTENCE:
        half, most = start + LONGEST_SENTENCE // 2, start + LONGEST_SENTENCE
        cut = text.rfind(", ", half, most)
        cut = cut + 1 if cut >= 0 else text.rfind(" ", half, most)
        yield (start, cut) if cut >= 0 else (start, start + LONGEST_SENTENCE)
        start = cut + 1 if cut >= 0 else start + LONGEST_SENTENCE
    yield start, end


def _add(out: list[Sentence], line: str, base: int, start: int, end: int, paragraph: int, title_length: int):
    for a, b in pieces(line, start, end):
        _add_piece(out, line, base, a, b, paragraph, title_length)


def _add_piece(out: list[Sentence], line: str, base: int, start: int, end: int, paragraph: int, title_length: int):
    chunk = line[start:end]
    stripped = chunk.strip(" \t\u2022•·*-–—")
    if not _WORD_CHARACTER.search(stripped):
        return
    lead = chunk.index(stripped)
    s = base + start + lead
    e = s + len(stripped)
    out.append(Sentence(s, e, stripped, paragraph, is_title=e <= title_length))


# Opening and closing quotation marks on folded text cannot be told apart, so
# quotes are found on the original text.
# Single quotes (British style) share their mark with the apostrophe: one followed by a letter
# ("don’t", "Rutte's") is inside the quotation; a straight one must open after a space and close.
# (every branch opens with its mark, the straight quote's check of what comes before it follows it:
# `re` then skips to the marks)
_QUOTE = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?|«[^»\n]*»?|„[^“”\n]*[“”]?|‘(?:[^’\n]|’(?=\w))*’?|"
                    r"'(?<![\w']')(?=\w)(?:[^'\n]|'(?=\w))*'(?!\w)")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included; an unclosed one runs to the line end."""
    spans = []
    for m in _QUOTE.finditer(text):
        end = m.end()
        if m.group()[-1] not in "”\"»“’'" or len(m.group()) == 1:
            line_end = text.find("\n", m.start())
            end = len(text) if line_end < 0 else line_end
        spans.append((m.start(), end))
    return spans


# How far a break pattern reads from where it starts, runs of white space aside (see Matches).
_REACH = 64


class Matches:
    """Every match of a break pattern (a clause break, a clause start) in one text, found once, so
    that "the last break before here" and "the next break after here", asked at many places of a
    long sentence, bisect them instead of scanning the text from its start each time.

    The answers are those of `finditer(text, 0, end)` and `search(text, start)` exactly, for a
    pattern whose matches, and the characters it reads to decide one, span fewer than `_REACH`
    characters besides runs of white space (",\\s*but"): near `end` the scan is redone on the few
    characters a truncated text could read differently."""

    _last: dict[re.Pattern, "Matches"] = {}

    def __init__(self, pattern: re.Pattern, text: str):
        self.pattern, self.text = pattern, text
        spans = [m.span() for m in pattern.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    @classmethod
    def of(cls, pattern: re.Pattern, text: str) -> "Matches":
        """The matches of `pattern` in `text`, kept for the last text asked about."""
        hit = cls._last.get(pattern)
        if hit is None or hit.text is not text:
            hit = cls._last[pattern] = cls(pattern, text)
        return hit

    def last_end(self, end: int) -> int:
        """The end of the last match of `pattern.finditer(text, 0, end)`, or 0 when there is none."""
        text = self.text
        # no attempt starting before `tail` reads as far as `end`
        tail = max(0, end - _REACH)
        while tail > 0 and text[tail].isspace():
            tail -= 1
        k = bisect_left(self.starts, tail) - 1
        last = self.ends[k] if k >= 0 else 0
        if last > end:          # a match across `end`: its pattern reads further than assumed
            last, tail = 0, 0
        for m in self.pattern.finditer(text, max(last, tail), end):
            last = m.end()
        return last

    def any_between(self, start: int, end: int) -> bool:
        """Whether `pattern.search(text, start, end)` finds a match: one of the whole text's that starts
        where the cut at `end` changes nothing, else a scan of the last few characters before `end`."""
        tail = max(0, end - _REACH)
        while tail > 0 and self.text[tail].isspace():
            tail -= 1
        first = self.next_start(start)
        return first is not None and first < tail or self.pattern.search(self.text, max(start, tail), end) is not None

    def next_start(self, start: int) -> int | None:
        """The start of `pattern.search(text, start)`, or None."""
        k = bisect_right(self.starts, start) - 1
        if k >= 0 and self.starts[k] == start:
            return start
        if k >= 0 and start < self.ends[k]:
            # inside a match of the whole text's scan: a match may begin within it
            for p in range(start, self.ends[k]):
                if self.pattern.match(self.text, p):
                    return p
        return self.starts[k + 1] if k + 1 < len(self.starts) else None
