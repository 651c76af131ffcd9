"""The patterns and helpers discover.py's Proposer reads a text with: a person's name as news prints it and what may
stand around it (an owner before it, an origin after it, a label, an age, post-nominal letters, a place or a source
before it), a heading's end, a list of names after a label, a pronoun after a name, a state's noun after a
possessive pronoun (_state_owned), and the text's sentences as discovery splits them (_sentences)."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.compiled import built
from natowatch.extract.calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from natowatch.extract.mention_forms import FORMER
from natowatch.extract.lexicon import Lexicon, bounded
from natowatch.extract.text import ABBREVIATIONS, pieces

# a person's name as news prints it: "Rebeca Grynspan", "Michelle Bachelet Jeria", "Maria Fernanda Espinosa"
# (its first capital comes before the check of what precedes it: `re` then skips to the capitals)
_NAME = built(r"[A-Z](?<![\w'’.-][A-Z])[\w'’-]*[a-z][\w'’-]*\s+(?:[A-Z][\w'’-]*[a-z][\w'’-]*\s+){0,5}"
                   r"[A-Z][\w'’-]*[a-z][\w'’-]*(?![\w'’-])")
# the name goes on in a word no name has ("Den Haag FM", "Grossi IAEA"): a brand or body, not a person
_UPPER_AFTER = re.compile(r"\s*[A-Z]{2,}\b")
# what lies between a name and the state it is of: "Bulgaria's Anton Stavrev", "Ghana's former finance
# minister Ekow Mensah-Bonsu"; "X of Uruguay", "X (Ghana)"
_OWNER_BEFORE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,4}$")
_ORIGIN_AFTER = re.compile(r"\s*(?:,\s*)?(?:of|from)\s+(?:the\s+)?|\s*\(\s*", re.I)
_FORMER = re.compile(rf"\b{FORMER}", re.I)
# a place, not a person, follows: "the summit in Addis Ababa", "an act in the Executive Tower"
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|across|throughout)\s+(?:the\s+)?$")
# where a source is named, an outlet or a reporter, not one in the race: "in an interview with X", "told X"
_SOURCE_BEFORE = re.compile(r"\b(?:interview\s+with|told|according\s+to|speaking\s+to|quoted\s+by|reported\s+by)\s+$", re.I)
# a demonym and the lower-case words of a label before a name ("Ghanaian economist X"): only asked there
_LABEL_BEFORE = re.compile(r"[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4}\s+$")
# such a label set off by commas: "the former Latvian foreign minister, Ilze Berzina, has ..."
_LABEL_SET_OFF = re.compile(r"[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){1,4},\s+$")
# a capitalised word alone (not next to another), which may be a surname named in full elsewhere; a few
# per article at most
_SINGLE_NAME = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*[a-z][\w'’-]*(?![\w'’-])(?!\s+[A-Z])")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_MAX_SURNAMES = 12
# how many of a proposed name's mentions are read for the state the article gives them
_STATE_LOOKS = 6
# a speech tag after a clause or a quotation: the title set off by a comma or a closing quote, the verb followed
# by where or when it was said and the clause's end ("..., Prime Minister X confirmed in C.")
_TAG_OPENS = re.compile(r"[,\"”]\s*$")
# an age after a name: ", 58"
_AGE_AFTER = re.compile(r"(?:\s*,\s*\d{2,3}(?=\s*,))?")
# post-nominal letters after a name: ", S.C., M.P."
_POST_NOMINALS = re.compile(r"(?:\s*,\s*(?:[A-Z]\.){1,4})*")
# a demonym opening a label goes on as one: a lower-case word or the label's end ("the Ecuadorian nominated by")
_LABEL_GOES_ON = re.compile(r"\s+[a-z]|\s*[,.;]")
# where the first sentence of a heading's section opens: "Ghana's candidate is ...", "The Ghanaian candidate ..."
_SECTION_OPENING = re.compile(r"\s*(?:The\s+)?(?=[A-Z])")
# the end of a heading line after its state: "Janez Kos, Slovenia."
_HEADING_END = re.compile(r"\s*[.:]?\s*$")
# a named day or month may stand between a nominating verb and the name ("presented on Tuesday the
# candidacy of X")
_DAY_OR_MONTH = rf"(?-i:(?=[A-Z]))(?:{WEEKDAY_NAMES}|{MONTH_NAMES})"
# the words a sentence may open with before the name it is about (no clause: no comma but after the first)
_OPENING_WORDS = re.compile(r"(?:[\w'’-]+,?\s+){0,6}")
# another person named in a sentence ("On Monday", "in New York" are no one)
_PERSON_NAMED = built(rf"(?<!\bin )(?<!\bat )(?<!\bto )(?<!from )(?<!near )\b(?:(?!(?i:{WEEKDAY_NAMES}|{MONTH_NAMES})\b)[A-Z][\w'’-]*[a-z]\s+(?!(?i:{WEEKDAY_NAMES}|{MONTH_NAMES})\b)[A-Z][\w'’-]*[a-z]|(?:Mr|Mrs|Ms|Dr)\b)")
# a line that is only a list of names after a short label and its colon: "In order of appearance: X, Y and Z."
_LIST_LABEL = re.compile(r"\W*[A-Z][\w'’ -]{0,40}:\s*")
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_LIST_END = re.compile(r"\s*[.;]?\s*")
_PRONOUN_AFTER = built(r"\b(?:(?P<he>he|his|him|himself)|(?P<she>she|her|herself))\b", re.I)


def _state_owned(lex: Lexicon) -> str:
    """A state's noun after a possessive pronoun ("his country", "her own government"). After a name set off by a comma
    ("A's ambassador, introducing X, said his country nominated her") the pronoun stands for a state's person speaking,
    the clause's subject, and tells nothing of the name's sex (discover.Proposer.names, name_clues._pronoun_of)."""
    nouns = sorted({p.split()[-1] for p in lex.words("state_anaphora") if p.split()[0] in ("his", "her")})
    return r"\s+(?:own\s+)?" + bounded(nouns)


def _owned_after_aside(pronoun: re.Match, text: str, end: int, state_owned: re.Pattern) -> bool:
    """The pronoun is a possessive before a state's noun and the name, ending at `end`, closes an aside ("introducing X,
    ... his country"): it tells nothing of the name's sex (_state_owned)."""
    return text.startswith(",", end) and pronoun.group().lower() in ("his", "her") and \
        state_owned.match(text, pronoun.end()) is not None


_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD_BEFORE_STOP = re.compile(r"(?<![\w'’.])([\w'’]+)\.$")


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    """re.split(_SENTENCE_GAP, text) with each piece's offset, a piece at a time: a reader stopped by the
    budget splits no further."""
    start = 0
    for gap in _SENTENCE_GAP.finditer(text):
        if _abbreviation_before(text, gap):
            continue    # "presented Dr. X as its candidate": no end
        # (a sentence of megabytes in pieces: see LONGEST_SENTENCE)
        yield from ((a, text[a:b]) for a, b in pieces(text, start, gap.start()))
        start = gap.end()
    yield from ((a, text[a:b]) for a, b in pieces(text, start, len(text)))


def _abbreviation_before(text: str, gap: re.Match) -> bool:
    """A gap within a line after an abbreviation's stop ("Dr. X", not "broadcaster DR." nor one at a line's end)."""
    if not text.startswith(".", gap.start() - 1) or "\n" in gap.group():
        return False
    word = _WORD_BEFORE_STOP.search(text, max(0, gap.start() - 8), gap.start())
    return word is not None and word.group(1).lower() in ABBREVIATIONS and not word.group(1).isupper()
