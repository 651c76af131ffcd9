"""What an article says around a name the proposing step (discover.py) reads: the clues it weighs.

The article's capitalised words indexed once (_Capitals) and the pronoun a name goes by (its courtesy
title, a "he" or "she" after it, or one opening the next sentence); the words right before a place; a
pattern searched at places that only grow (_Ahead); and a sentence's mentions around a name (_Mentions):
the state it is of, a demonym opening its label, a label set off after it, the state acting before a
nominating verb. Pure: no I/O."""
from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from functools import cached_property

from natowatch.extract.calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from natowatch.extract.mentions import STATE

# another person named in the rest of a sentence: a pronoun after it may be theirs
_OTHER_PERSON = re.compile(r"\b(?:[A-Z][\w'’-]*[a-z]\s+[A-Z][\w'’-]*[a-z]|(?:Mr|Mrs|Ms|Dr)\b)")
# a state's label set off after a name, closed: "X, a Greek diplomat,", "X, Uruguay's former foreign minister,"
_PERSON_LABEL_AFTER = re.compile(r"(?P<owner>['’]s?)?(?:\s+[a-z][\w'’-]*){0,3}\s*(?:[,.;]|$)")
# the lower-case words of a label between a demonym and a name ("Ghanaian economist X")
_LABEL_WORDS = re.compile(r"(?:\s+[a-z][\w'’-]*){0,4},?\s+")


def _pronoun_of(capitals: "_Capitals", surname: str, state_owned: re.Pattern | None = None) -> str:
    """The pronoun that stands for a name no proposing sentence gave one: its courtesy title ("Mr
    Mensah-Bonsu", "Ms Solvang"), else the first "he" or "she" after it with only lower-case words
    between ("Asante-Mensah said on Monday that he ...": no other name, no stop), else the subject pronoun
    of the sentence after one the name opens ("X served as minister. Last week he said ...": no other person
    named before it); "" when the text says neither. With `state_owned` (discover_forms._state_owned), a possessive
    before a state's noun after the name's comma ("introducing X, ... his country") tells nothing."""
    def owned(found: re.Match) -> bool:
        word = found.group("he") or found.group("she")
        return state_owned is not None and word.lower() in ("his", "her") and found.group().startswith(",") \
            and state_owned.match(capitals.text, found.end()) is not None

    titled = capitals.titled.get(surname)
    if titled:
        return titled
    # the surname as a whole word, or with "'s"
    for at, word in heapq.merge(*([(at, w) for at in capitals.at.get(w, ())] for w in (surname, surname + "'s", surname + "’s"))):
        found = _PRONOUN_LATER.match(capitals.text, at + len(word))
        if found and not owned(found):
            return "he" if found.group("he") else "she"
    for at in capitals.at.get(surname, ()):
        found = _PRONOUN_NEXT.match(capitals.text, at + len(surname)) if _opens_sentence(capitals.text, at) else None
        if found and not _OTHER_PERSON.search(found.group("rest")) and not owned(found):
            return "he" if found.group("he") else "she"
    for at in capitals.at.get(surname, ()):
        found = _PRONOUN_BEFORE.search(capitals.text, max(0, at - 160), at)
        if found:
            return "he" if found.group("he") else "she"
    return ""


# a live blog's entry opening with its time: "12:15 - Mottley is on"
_ENTRY_TIME = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[:.]\d{2}[ \t]*[-–—:][ \t]*$")
_ENTRY_TIME_REACH = 64


def _opens_sentence(text: str, at: int) -> bool:
    """The name at `at` opens its sentence, after at most two capitalised words ("Janez Kos served ...")."""
    places = [at]
    for start in _words_before(text, at)[:2]:
        if not "A" <= text[start] <= "Z":
            break
        places.append(start)
    for p in places:
        gap = p     # the whitespace before the place
        while gap and text[gap - 1].isspace():
            gap -= 1
        if p == 0 or text[p - 1] == "\n" or (gap < p and gap and text[gap - 1] in ".!?") or _ENTRY_TIME.search(
                text, max(0, p - _ENTRY_TIME_REACH), p):      # (read back a few words, not from the text's start)
            return True
    return False


# a capitalised word, whole: where a surname may be
_CAPITALISED_WORD = re.compile(r"[A-Z](?<![\w'’-][A-Z])[\w'’-]*")
# "Mr", "Ms. " (a word starting there, its "M" found first: as \b(?:(?P<he>Mr)|(?P<she>Mrs|Ms|Miss))\.?\s+)
_COURTESY_TITLE = re.compile(r"M(?<!\wM)(?:(?P<he>r)|(?P<she>rs|s|iss))\.?\s+")
_WORD, _SPACE = re.compile(r"[\w'’-]*"), re.compile(r"\s+")
# a month's or a day's name, which a stretch of lower-case words may hold ("the last to enter in May, ...")
_DAY_WORD = rf"(?=[A-Z])(?i:{MONTH_NAMES}|{WEEKDAY_NAMES})"
# what a pronoun standing for the name just read may follow
_PRONOUN_LATER = re.compile(r",?(?:\s+(?:[a-z][\w'’-]*|\d+|" + _DAY_WORD + r")[,;:]?){0,12}?\s+(?:(?P<he>he|his|him)|(?P<she>she|her))\b")
# the rest of the sentence a name opens, and a "he" or "she" (or "his", "her": "Her campaign ...") opening the next
# (after a few words of time)
# (or after a quotation opening it, whose speaker it is: '"I did not come here to manage decline," she tells the hall.')
_PRONOUN_NEXT = re.compile(r"(?![\w'’-])(?P<rest>[^.!?\n]{0,200}[.!?])\s+(?:[A-Z][a-z]*(?:\s+[a-z][\w'’-]*,?){0,6}?\s+"
                           r"|[\"“][^\"“”\n]{1,300}[,.!?][\"”]\s+)?"
                           r"(?:(?P<he>[Hh]e|[Hh]is)|(?P<she>[Ss]he|[Hh]er))\b")
# a clause set before the name it goes on about, its subject a pronoun: "Three weeks before she moves to New York,
# Mia Mottley received us", "When he announced it, X ..." (the name right after its comma; a first name or two between)
_PRONOUN_BEFORE = re.compile(r"(?:^|(?<=[.!?\n])\s*)[A-Z][^.!?\n,]{0,40}?(?<![\w'’-])(?:[Ww]hen|before|after|as|while|although|"
                             r"though|since|once|until|because|Before|After|As|While|Although|Though|Since|Once|Until|"
                             r"Because)\s+(?:(?P<he>he)|(?P<she>she))\s[^.!?\n,]{1,80},\s+(?:[A-Z][\w'’-]*\s+){0,3}$")
# one to three capitalised words before a surname, the most first, on its line
_WORDS = [re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*[a-z][\w'’-]*[^\S\n]+){%d}" % n) for n in (3, 2, 1)]


class _Capitals:
    """The capitalised words of a text and the names after its courtesy titles, each read once for every
    name the proposer looks up (a search of the whole text per name was quadratic in the number of names)."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def at(self) -> dict[str, list[int]]:
        """Each capitalised word -> where it starts, in order."""
        at: dict[str, list[int]] = {}
        for m in _CAPITALISED_WORD.finditer(self.text):
            at.setdefault(m.group(), []).append(m.start())
        return at

    @cached_property
    def titled(self) -> dict[str, str]:
        """Each word after a courtesy title, or after it and one capitalised word ("Ms Ingrid Solvang"),
        "'s" left out too -> "he" or "she" of the first such title."""
        titled: dict[str, str] = {}
        for m in _COURTESY_TITLE.finditer(self.text):
            first = _WORD.match(self.text, m.end()).group()
            words = [first]
            space = _SPACE.match(self.text, m.end() + len(first)) if "A" <= first[:1] <= "Z" else None
            if space:
                words.append(_WORD.match(self.text, space.end()).group())
            for w in filter(None, words):
                for name in (w, w[:-2]) if w.endswith(("'s", "’s")) else (w,):
                    titled.setdefault(name, "he" if m.group("he") else "she")
        return titled


def _words_before(text: str, at: int) -> list[int]:
    """Where each of the (up to) three words right before `at` starts, only spaces between them: a name never
    runs across a line break (a headline's last word and the body's first are two sentences)."""
    starts: list[int] = []
    while len(starts) < 3:
        end = at
        while end and text[end - 1].isspace():
            if text[end - 1] == "\n":
                return starts
            end -= 1
        start = end
        while start and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
            start -= 1
        if end == at or start == end:
            break
        starts.append(start)
        at = start
    return starts


class _Ahead:
    """pattern.search(text, at) for places `at` that only grow (a sentence's names read left to right): the
    match found from an earlier place is the first from any place up to its start, so the sentence is
    read once, not once per name."""

    def __init__(self, pattern: re.Pattern, text: str):
        self.pattern, self.text, self.at, self.found = pattern, text, None, None

    def search(self, at: int) -> re.Match | None:
        if self.at is None or at < self.at or self.found is not None and self.found.start() < at:
            self.at, self.found = at, self.pattern.search(self.text, at)
        return self.found


class _Mentions(list):
    """A sentence's mentions, and the last of them that ends by a place: found by bisection where their
    ends are in order (as they nearly always are), not by reading them all for each name."""

    def __init__(self, mentions: list):
        super().__init__(mentions)
        self.ends = [m.end for m in mentions]
        self.in_order = all(a <= b for a, b in zip(self.ends, self.ends[1:]))

    def last_by(self, at: int):
        """The last mention (in their order) that ends at or before `at`, None when none does."""
        if self.in_order:
            i = bisect_right(self.ends, at)
            return self[i - 1] if i else None
        before = [m for m in self if m.end <= at]
        return before[-1] if before else None


def _state_of(mentions: list, owner_at: int | None, origin_at: int | None) -> str | None:
    """The state ending where the possessor's "'s" starts, else the one starting where the origin's
    "of"/"(" ends (a nominating state need not be the person's own: the guide)."""
    for m in mentions:
        # (the possessor may be read with the noun after it: "Latvia's candidate")
        if m.kind == STATE and (owner_at is not None and m.start < owner_at <= m.end or m.start == origin_at):
            return m.value
    return None


_DEMONYM_FORMS = ("demonym", "descriptor", "role", "modifier")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]")


def _person_label(after: re.Match, state, sentence: str) -> bool:
    """A label set off after a name opens with the state `state`, which it gives the person: "X, a Greek
    diplomat,", "X, Uruguay's former foreign minister," (not "X, Greece's capital" nor "X, a Greek diplomat's son")."""
    label = _PERSON_LABEL_AFTER.match(sentence, state.end)
    if label is None:
        return False
    if label.group("owner"):    # the state's own name before "'s", no label word of a person's
        return not _LOWER_WORD.search(sentence, state.start, state.end)
    return bool(after.group("article")) and state.form in _DEMONYM_FORMS


def _demonym_before(mentions: _Mentions, sentence: str, name_at: int) -> str | None:
    """The state of a demonym that opens the label right before a name ("the Ghanaian economist X",
    "Bulgarian diplomat X", "former Chilean foreign minister X"), lower-case words only between."""
    last = mentions.last_by(name_at)
    if last is None or last.kind != STATE or last.form not in _DEMONYM_FORMS \
            or not _LABEL_WORDS.fullmatch(sentence, last.end, name_at):
        return None
    return last.value


def _subject_of(mentions: _Mentions, verb_at: int) -> str | None:
    """The state acting last before a nominating verb at `verb_at`, with no other name between them."""
    last = mentions.last_by(verb_at)
    return last.value if last is not None and last.kind == STATE and last.actor else None
