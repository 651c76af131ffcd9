"""The word patterns and small helpers of discourse.py and references.py: the words around a pronoun
or a descriptor that decide whom it stands for, and a sentence's clause openers and commas (`_Clauses`)."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property
from typing import TYPE_CHECKING

from natowatch.extract.compiled import built
from natowatch.extract.calendar_names import MONTH_NAMES, SEASON_NAMES, WEEKDAY_NAMES, capitalised
from natowatch.extract.inserts import _SEASON
from natowatch.extract.lexicon import Lexicon, auxiliaries, cardinals
from natowatch.extract.mentions import CANDIDATE, ORG, OTHER_RACE, POST, STATE, Mention, WordsBefore

if TYPE_CHECKING:
    from natowatch.extract.discourse import Reading
    from natowatch.extract.salience import Salience


# where the clause of a reporting verb begins: "..., after Orban said he ..."
_CLAUSE_OPENER = built(r"[;:]|\b(?:after|when|because|since|while|although|though|but|before|once|until|"
                            r"whereas|as|whose)\b", re.I)

# the kinds of mention a candidate's role may hold
_INSIDE_ROLES = (POST, ORG, OTHER_RACE)


def _holds_only(x: re.Match, inner: list[tuple[int, int]], taken: list[tuple[int, int]]) -> bool:
    """The match overlaps only mentions of `inner`, each inside it."""
    inside = [(a, b) for a, b in taken if a < x.end() and b > x.start()]
    return bool(inside) and all(span in inner and x.start() <= span[0] and span[1] <= x.end() for span in inside)


def _fronted_object(r: Reading, obj: re.Match, word: str, salience: "Salience", fronted: re.Pattern) -> str | None:
    """"Apart from Chile, which nominated her, only Spain has backed Bachelet": an object pronoun in a phrase
    `fronted` before the main clause, with no candidate named before it, stands for the first candidate the
    main clause names (when it agrees)."""
    if not fronted.match(r.text) or any(m.kind == CANDIDATE and m.start < obj.start() for m in r.mentions):
        return None
    comma = r.text.find(",", obj.end())
    target = next((m for m in r.mentions if m.kind == CANDIDATE and m.start > comma), None) if comma > 0 else None
    return target.value if target is not None and salience.agrees(CANDIDATE, target.value, word) else None


# what names the person an object pronoun stood for, later in its sentence: "..., referring to X", "(a reference to
# X)", "– meaning X"; or a colon right after the pronoun's verb phrase: "decided to put her forward: X, the ..."
_REFERRING_BEFORE = re.compile(r"[,(–—-]\s*(?:(?:he|she|they)\s+said\s*,\s*)?(?:referring|in\s+(?:a\s+)?reference|"
                               r"(?:in\s+)?an?\s+(?:apparent\s+|clear\s+|thinly\s+veiled\s+)?reference|meaning|that\s+is)"
                               r"(?:\s+to)?\s+$|^(?:\s+[a-z]+){0,2}\s*:\s*$", re.I)


def _cataphor(r: Reading, obj: re.Match, word: str, salience: "Salience") -> str | None:
    """"Estonia would back him, referring to Rutte", "had decided to put her forward: Bachelet": the candidate
    the object pronoun is said to mean after it, in its sentence (when it agrees; not "a reference to X's
    remarks": a possessive names no person meant)."""
    after = next((m for m in r.mentions if m.start >= obj.end()), None)
    if after is None or after.kind != CANDIDATE or _POSSESSIVE_AFTER.match(r.text, after.end) or \
            not salience.agrees(CANDIDATE, after.value, word):
        return None
    between = r.text[obj.end():after.start]
    if len(between) > 80 or any(c in between for c in ".;!?"):
        return None
    return after.value if _REFERRING_BEFORE.search(between[-40:]) else None


# a sentence opening with the organisation or its body as subject ("The North Atlantic Council met", "NATO's
# ambassadors met"): nothing but an article before it
_ORG_SUBJECT_BEFORE = re.compile(r"\W*(?:the\s+)?", re.I)
# a sentence opening (after a time at most) with a pronoun or "its members" that goes on about that organisation:
# "It", "They", "Its members", "Its 32 ambassadors", "Their envoys" (not an impersonal "It is", "It was")
_ORG_OPENER = re.compile(
    r"\W*(?:(?:On|In|Later|Then|Finally|Eventually|After|Afterwards?|By)\b[^,;:]{0,30},\s*|(?:Then|Later|Now|Finally|Eventually|Also|Afterwards?)\s+)?"
    r"(?:(?P<it>[Ii]t)(?!['’]s\b)(?!\s+(?:is|was|seems|"
    r"seemed|remains|remained|appears|appeared|would\s+be|will\s+be|has\s+been|had\s+been|may|might|could|must)\b)"
    r"|(?P<they>[Tt]hey|(?:[Ii]ts|[Tt]heir)\s+(?:(?:\d+|[a-z]+-[a-z]+|" + cardinals(2, 12) + r"|"
    # (and the round sizes of a body's membership)
    r"fifteen|twenty|thirty)\s+)?(?:(?:fellow|member|permanent|elected)\s+)?(?:members|states|ambassadors|envoys|"
    r"representatives|leaders|delegates|governments)))(?![\w'’-])")


# "his own" standing alone after an exception ("no ally other than his own"): his own country
_OWN_AFTER_EXCEPTION = re.compile(r"(?:(?<=than\s)|(?<=except\s)|(?<=besides\s)|(?<=from\s))(?:[Hh]is|[Hh]er)\s+own"
                                  r"(?![\w'’-])(?!\s+[a-z])")
# the "it" a reported_it match ends with: a sentence without one (most) is not searched for the verbs
# before it (the verbs' pattern is tried at every position)
_IT = re.compile(r"\sit(?![\w'’])", re.I)
# an auxiliary ("May" capitalised is the month: "may" is one only in lower case or in capitals)
_FINITE = r"(?:" + auxiliaries(without=("may",)) + r"|(?-i:may|MAY))\b"
# between a state's label of a person and the name ("Colombian Foreign Minister Laura Sarabia", "Colombia's
# foreign minister, Laura Sarabia"), and between the name and a label after it ("Laura Sarabia, Colombia's ...")
_LABEL_BEFORE = re.compile(r",?\s*")
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w])")
_LABEL_AFTER = re.compile(r",\s*(?:the\s+)?")


def _dated_back(text: str, start: int, end: int) -> bool:
    """The act on the object pronoun at `start`-`end` is told of a time before the article's now: dated back
    after it ("a year ago"), or in the pluperfect before it ("Russia had said it could not support her")."""
    return _DATED_BACK.match(text, end) is not None or (_BACK_TIME_AFTER.match(text, end) is not None and not
                                                        _FUTURE_BEFORE.search(text, max(0, start - 80), start)) or (
        "had" in text and _PLUPERFECT_BEFORE.search(text, max(0, start - 120), start) is not None) or \
        _SAID_BACK_BEFORE.search(text, max(0, start - 120), start) is not None


def _subject_pronoun(text: str, items: list[Mention], owner: str) -> tuple[str, str] | None:
    """The person a "he"/"she" read before in the sentence stands for, when "his"/"her" `owner` agrees."""
    word = "she" if owner == "her" else "he"
    return next(((m.kind, m.value) for m in reversed(items) if m.form == "pronoun" and m.kind in (CANDIDATE, STATE)
                 and text[m.start:m.end].lower() == word), None)


def _label(salience: Salience, name: str, state: str) -> None:
    salience.labelled[name] = state
    if " " in name:
        salience.labelled.setdefault(name.split()[-1], state)


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.I)
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
# a stance told in the pluperfect before an object pronoun ("Russia had said in June that it could not support
# her"): it was taken before any withdrawal the article has told since, so the pronoun may be one who has left
# ... or a report of its own dated back: "The United States said in June that it would not support her"
# (a month or a season back, not a day: "said on Monday that it would endorse him" is of the race now)
# (or a stance decided then: "Chile's new government refused in March to back her", "Peru in June declined to
# support him", "Santiago decided last month not to back her")
_BACK_TIME = (r"(?:in\s+(?:(?:early|mid|late)[\s-]+)?(?:(?-i:(?=[A-Z]))(?:" + MONTH_NAMES + r")|(?:the\s+)?" + _SEASON
              + r"|\d{4})|last\s+(?:month|year))\b")
_BACK_VERBS = r"refused|declined|decided|chose|voted|pledged|promised|vowed|agreed"
_SAID_BACK_BEFORE = re.compile(r"(?:\b(?:said|told|announced|declared|stated|made\s+clear|" + _BACK_VERBS + r")\s+" + _BACK_TIME +
                               r"|\b" + _BACK_TIME + r"\s*,?\s+(?:\w+\s+)?(?:" + _BACK_VERBS + r")\b)[^.;:!?]{0,80}$", re.I)
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?!to\b)[^.;:!?]{0,80}$", re.I)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$", re.I)
_AS_BEFORE = re.compile(r"\bas\s+$", re.I)
# "her" standing alone, not before a noun: the end, a stop, a preposition, a conjunction, an adverb, an
# auxiliary, a time ("nominated her last year") or a verb's particle ("put her forward") follows
_OBJECT_HER = re.compile(r"\s*(?:$|[,.;:!?)\"”’']|(?:for|as|in|on|at|to|and|but|or|over|after|before|since|because|when|"
                         r"while|with|from|again|too|either|now|yet|anymore|then|if|unless|until|by|under|against|without|despite|forward(?!-)|together|jointly|alongside|"
                         # (a course preferred to another: "backed her instead of waiting", "blocked her rather than abstain")
                         r"instead\s+of|rather\s+than|"
                         # (a preposition of time or place: "endorsed her within two days", "backed her throughout")
                         r"within|during|throughout|amid|across|among|ahead|following|"
                         r"whatsoever|at\s+all|\w+ly|was|were|is|are|has|had|will|would|could|should|might|must|yesterday|today|once|twice|"
                         # "nominated her earlier this year", "backed her days later" (not "her earlier bid")
                         r"(?:earlier|later)(?=\s+(?:this|that|last|next|in|on)\b|\s*(?:[,.;]|$))|"
                         r"(?:a|" + cardinals(1, 4) + r"|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|later)|"
                         r"(?:last|this|next)\s+(?:year|month|week|" + SEASON_NAMES + r"|"
                         rf"{MONTH_NAMES}|{WEEKDAY_NAMES}))\b)", re.I)


# an act dated back from the article's time ("nominated her a year ago", "backed him last year"): it may be of one
# who has left the race since, so no candidate still in it is preferred
# (or a change of government told in the past: "refused to back her once X took office", "after the new cabinet was
# sworn in")
_DATED_BACK = re.compile(r"\s*(?:(?:a|" + cardinals(1, 4) + r"|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago|"
                         r"last\s+year|(?:once|when|after)\s+(?:[\w'’-]+\s+){1,5}?(?:took\s+office|"
                         r"came\s+to\s+power|was\s+(?:elected|sworn\s+in|inaugurated))\b)", re.I)
# ... or a month or a season after it, not in a future: "refused to back her in March", "backed him in the spring" (not
# "will back her in October")
_BACK_TIME_AFTER = re.compile(r"\s*(?:\w+ly\s+)?" + _BACK_TIME, re.I)
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall|going\s+to|plans?\s+to|intends?\s+to|expects?\s+to|expected\s+to)\b|['’]ll\b",
                            re.I)


class _Clauses:
    """The clause openers, commas and words of one sentence, found once (when a pronoun asks)."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def words(self) -> WordsBefore:
        return WordsBefore(self.text)

    @cached_property
    def openers(self) -> list[tuple[int, bool]]:
        """(end, whether a comma comes right before it) of each clause opener, in text order."""
        out = []
        for b in _CLAUSE_OPENER.finditer(self.text):
            before = b.start()
            while before and self.text[before - 1].isspace():
                before -= 1
            out.append((b.end(), before > 0 and self.text[before - 1] == ","))
        return out

    @cached_property
    def opener_ends(self) -> list[int]:
        return [end for end, _ in self.openers]

    @cached_property
    def commas(self) -> list[int]:
        return [m.start() for m in re.finditer(",", self.text)]

    def comma_in(self, start: int, end: int) -> bool:
        """Is there a comma in text[start:end]?"""
        i = bisect_left(self.commas, start)
        return i < len(self.commas) and self.commas[i] < end


# "ex-" written for "former" before an office
_EX = re.compile(r"\bex-\s*")


# where a clause's subject starts: an epithet there is the person just named ("..., and the economist said")
# (after a time opening the sentence too: "On Wednesday the 57-year-old was appointed")
_SUBJECT_SLOT = re.compile(r"(?:^\W*|[,;:]\s*|\b(?:and|but|while|when|as|after|since|because|although|though|that)\s+|"
                           r"^\W*(?:On|In|Last|This|Earlier|Later|By)\s+(?:(?:the|early|late|mid)\s+)?(?:" + capitalised(WEEKDAY_NAMES) + "|"
                           + capitalised(MONTH_NAMES) + "|week|month|year|" + SEASON_NAMES + r"|\d{1,4})(?:\s+\d{1,4})?\s+)$")


def _modified_anaphora(lex: Lexicon) -> list[str]:
    """The state anaphora, and those naming a government or a cabinet with a word before its noun ("his
    caretaker government", "the outgoing cabinet"): the same state."""
    phrases = lex.words("state_anaphora")
    heads = ("government", "cabinet", "administration")
    return phrases + [" ".join(p.split()[:-1] + [mod, p.split()[-1]]) for p in phrases if p.split()[-1] in heads
                      for mod in lex.words("state_anaphora_modifiers")]


# a body's name: a capitalised word, and the capitalised words "of" or "and" join to it ("Conference", "Heads of
# Government", "Conference of Heads of State and Government")
_BODY_NAME = r"[A-Z][a-z]{3,}(?:\s+(?:of|and)\s+[A-Z][a-z]+)*"
# "the Conference", "the Community", "the Heads of Government": a body's name after "the", not a name's first word nor
# a body "of" something; a name of several words also without "the" ("Heads of Government agreed ...")
_BODY_REFERENCE = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+(?P<head>" + _BODY_NAME + r")|(?P<bare>[A-Z][a-z]{3,}"
                             r"(?:\s+(?:of|and)\s+[A-Z][a-z]+)+))(?![\w-])(?!\s+of\b)(?!\s+[A-Z])")
# a body named as an organisation's part, right before its name: "The Conference of (the) <organisation>", "Heads of
# Government of the <organisation>"
BODY_OF = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+)?(?P<head>" + _BODY_NAME + r")\s+of\s+(?:the\s+)?$")
# ... or opening the organisation's own mention, its organ then: "The Heads of Government of the <organisation>"
BODY_OPENING = re.compile(r"(?:[Tt]he\s+)?(?P<head>" + _BODY_NAME + r")\s+of\s+")
# ... or right after it: "the <organisation> Conference of Heads of Government", "<organisation>'s Heads of Government"
BODY_AFTER = re.compile(r"(?:['’]s?)?\s+(?P<head>" + _BODY_NAME + r")(?![\w-])(?!\s+[A-Z])")


def body_key(found: re.Match) -> str:
    """The key a body's name is remembered by: its words lower-cased, one space between."""
    return " ".join((found.group("head") or found.group("bare")).lower().split())


def _org_head(name: str) -> str:
    """The head word of an organisation's name of two or more words, lower-cased: its last word, or the last before
    "of" ("Caribbean Community", "League of Arab States"); "" for one word or an acronym ("CARICOM")."""
    words = re.sub(r"^the\s+", "", name, flags=re.I).split()
    cut = words[:words.index("of")] if "of" in words else words
    head = cut[-1] if cut and len(words) > 1 else ""
    return head.lower() if re.fullmatch(r"[A-Z][a-z]{3,}", head) else ""
