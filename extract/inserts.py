"""Inserts inside a predicate: the words a reporter sets between the words of a multiword predicate, or between a
predicate's verb and its object, that change nothing of what it states, read as absent.

"pulled, reluctantly, out of the race", "bowed quietly out", "threw its full weight last Friday behind X", "came, as
expected, into the race", "declared, in an interview on Monday, his interest in the job", "kept faith throughout with
X", "named, by acclamation, X as": one reader for every multiword phrase of every concept. An insert is an -ly adverb,
a time ("on Monday", "last week", "in March", "since the spring"), a degree word ("very much", "all along", "one hundred
percent"), a weighing adjective after the phrase's possessive or article ("its full weight"), up to three of these in a
row; or a short aside between commas or dashes naming no one. It is read as an insert only where it stands between
two words that follow each other in some multiword phrase of the lexicon (its concepts' lists and cue lists, inflected
as lexicon.py inflects them, and the phrases frames/vocab.py combines), or as an aside or time right after a verb of
the concepts before its object. Anything that bears on the predicate's scope is never an insert, and so stays where
scope.py reads it: a negation, a modal, a condition, an approximation, a report, a tentative or doubting word, a
hedge, an eventual adverb ("nearly pulled out" has no insert; "pulled, it seems, out", "came, diplomats said, out for",
"threw its weight, for now, behind" keep theirs).

The clause views (clauses.clause_views) leave the inserts out, so every rule reads "pulled out of the race" whatever
stood inside it, at no cost to compiling the rules (the inserts were once alternatives written at every space of
hundreds of phrases: ~8 s of compile in every fresh process). A time left out still dates the event (Shape.covered).
Pure: no I/O.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Iterable, Mapping

from natowatch.extract.calendar_names import MONTH_ABBREVIATIONS, MONTH_NAMES, SEASON_NAMES, WEEKDAY_NAMES
from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.lexicon import CARDINAL_WORDS, Lexicon, bounded, cardinals, list_kind, trie_pattern
from natowatch.extract.text import fold

# the concepts whose multiword phrases read inserts, and the scope cues (read whole by scope.py wherever they stand)
_SECTIONS = ("endorsement", "opposition", "candidacy", "withdrawal", "ellipsis", "appointment", "takes_office", "cues",
             "following_phrases")
# what bears on a predicate's scope: never an insert
_SCOPED = (("cues", "negation"), ("cues", "negative_adverbials"), ("cues", "modality"), ("cues", "condition"),
           ("cues", "approximation"), ("cues", "reported"), ("cues", "tentative"), ("cues", "doubt"),
           ("cues", "eventual_adverbs"), ("cues", "wrong_report_adverbs"), ("cues", "hypothetical_labels"),
           ("cues", "impossible_predicates"), ("cues", "unconfirmed"), ("candidacy", "hedging_words"), ("opposition", "refusal_cues"),
           ("opposition", "refusing_verbs"), ("cues", "tentative_verbs"),
           ("inserts", "scoped_words"))
_DETERMINERS = frozenset(("its", "his", "her", "their", "our", "my", "the", "a", "an", "one's"))
_INDEFINITE = frozenset(("a", "an"))
_MONTH = r"(?:" + MONTH_NAMES + "|" + MONTH_ABBREVIATIONS + r")\.?"
# the words a time (TIME_PHRASE) can open with: an insert's time starts with one of them (InsertReader.may_open)
_TIME_OPENERS = ("on", "last", "this", "next", "early", "late", "earlier", "later", "by", "in", "since", "during", "until",
                 "till", "over", "within", "a", *CARDINAL_WORDS[:6], "several")
_DAY = r"(?:" + WEEKDAY_NAMES + ")"
# the seasons (also read by discourse_forms and frames/withdrawal_time)
_SEASON = r"(?:" + SEASON_NAMES + ")"
# a time: "on Monday", "last Friday", "this week", "in March", "on June 18", "since the spring", "a week later"; whole
# with its year ("in the summer of 2024", "in June of 2024": not "in the summer" alone before "of 2024", which made
# "gave up ... of 2024" of "made up of")
TIME_PHRASE = (r"(?:(?:on|last|this|next|early|late|earlier|later)\s+(?:on\s+)?(?:" + _DAY + r"|week|weekend|month|year|morning|"
         r"afternoon|evening|night|" + _SEASON + r")(?:\s+(?:morning|afternoon|evening|night))?"
         r"|(?:on|by)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTH + r"(?:\s+\d{4})?"
         r"|(?:on|by)\s+" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
         r"|(?:(?:early|late|earlier|later)\s+)?(?:in|since|during|until|till)\s+(?:the\s+)?(?:" + _MONTH + r"(?:\s+(?:of\s+)?\d{4})?|\d{4}|"
         + _SEASON + r"(?:\s+of\s+\d{4})?|weekend|meantime)(?!\s+of\s+\d)"
         r"|(?:in|over|within)\s+(?:the\s+)?(?:past|last)\s+(?:few\s+)?(?:days|weeks|months)"
         r"|(?:a|" + cardinals(1, 6) + r"|a\s+few|several)\s+(?:days?|weeks?|months?)\s+(?:later|earlier|ago))")


class InsertReader:
    """The inserts of one lexicon's multiword phrases (see the module's doc): `spans(text, mentions)`."""

    def __init__(self, lex: Lexicon, phrases: Iterable[str] = ()):
        pairs: set[tuple[str, str]] = set()
        heads: set[str] = set()
        for path, entries in _lists(lex.data, _SECTIONS):
            if not all(isinstance(e, str) for e in entries):
                continue
            kind = list_kind(path)
            forms = lex.words(*path)
            for form in forms:
                words = fold(form).lower().split()
                pairs.update(zip(words, words[1:]))
            if kind == "verb" and path[0] != "cues":
                # (a verb's forms, as the first word of its lemmas: an aside after it stands before its object)
                heads.update(fold(f).lower().split()[0] for f in forms if f.strip())
        for phrase in phrases:
            words = fold(phrase).lower().split()
            pairs.update(zip(words, words[1:]))
        self.pairs = frozenset(pairs)
        self.heads = frozenset(heads)
        inserts = lex.data.get("inserts") or {}
        scoped = "|".join(lex.alt(*path) for path in _SCOPED if _has(lex.data, path))
        self.scoped = compiled_pattern(scoped or r"(?!)", re.I)
        self.pseudo = compiled_pattern(lex.alt("cues", "pseudo_cues") if _has(lex.data, ("cues", "pseudo_cues")) else r"(?!)", re.I)
        self.people = frozenset(fold(w).lower() for w in lex.words("candidacy", "candidate_nouns")) \
            if _has(lex.data, ("candidacy", "candidate_nouns")) else frozenset()
        self.weighing = frozenset(w.lower() for w in inserts.get("weighing_adjectives", ()))
        degree = bounded(inserts.get("degree_words", ()) or ["(?!)"])
        not_adverbs = bounded(inserts.get("not_adverbs", ()) or ["(?!)"])
        adverb = r"(?!" + not_adverbs + r")(?-i:[a-z]{2,}ly)(?![\w-])"
        adjective = bounded(sorted(self.weighing)) if self.weighing else r"(?!)"
        manner = bounded(inserts.get("manner_phrases", ()) or ["(?!)"])
        # (two weighing adjectives coordinated weigh as one: "its firm and unwavering support", "its full, public backing")
        adjectives = adjective + r"(?:(?:\s*,\s*|\s+and\s+)" + adjective + ")?"
        unit = r"(?:" + adverb + "|" + TIME_PHRASE + r"(?![\w-])|" + manner + "|" + degree + "|" + adjectives + ")"
        word = r"[A-Za-z][\w'’-]*"
        # what must follow an opening word for `found` to match there (it is tried only where this does, since most
        # words that can open an insert are followed by a word that opens none): an aside's comma, a dash, or a unit's
        # first word (an -ly adverb, or the first word of a time, a manner phrase, a degree word or an adjective)
        firsts = sorted({w.split()[0] for w in map(fold, (*_TIME_OPENERS, *(inserts.get("manner_phrases", ()) or ["(?!)"]),
                                                          *(inserts.get("degree_words", ()) or ["(?!)"]), *self.weighing))
                         if w.strip()})
        self.may_open = compiled_pattern(r"\s*,|\s+-|\s+(?:(?-i:[a-z]{2,}ly)(?![\w-])"
                                         + ("|" + trie_pattern(firsts, literal=True) if firsts else "") + ")", re.I)
        self.found = compiled_pattern(
            r"(?<![\w'’-])(?P<w1>" + word + r")(?P<ins>"
            r"(?P<bare>(?:\s+" + unit + r"){1,3})(?=\s+" + word + r")"
            r"|\s*(?P<aside>,\s*(?P<inner>[^,;:()\"“”⟨⟩\n]{2,60}?)\s*,)(?=\s+" + word + r")"
            r"|(?P<dashed>\s+-{1,2}\s+(?P<dinner>[^-,;:()\"“”⟨⟩\n]{2,60}?)\s+-{1,2})(?=\s+" + word + r"))"
            r"\s+(?P<w2>" + word + r")", re.I)
        # the words an insert can follow: the first word of a pair, or a verb of the concepts (every other word's match
        # is refused in `spans`); a word as `found` reads one (its first letter read as there, its whole run)
        self.openers = frozenset(a for a, _ in self.pairs) | self.heads
        self.word = compiled_pattern(r"(?<![\w'’-])" + word, re.I)
        # (after a verb, before its object: a time, how a body chose, or both: "appointed this Monday by acclamation X")
        self.time = compiled_pattern(r"^(?:\s+(?:" + TIME_PHRASE + "|" + manner + r")){1,2}\s*$", re.I)
        self.adjective = compiled_pattern(r"(?:^|\s)" + adjective, re.I)
        # a roster item's aside (frames/field.py `_time_aside`): the opener of its time, or a manner adverb of the list
        self.aside_opener = compiled_pattern(r"^\s*" + bounded(inserts.get("aside_time_openers", ()) or ["(?!)"]) + r"\s+", re.I)
        self.aside_adverb = compiled_pattern(
            r"^\s*(?:" + bounded(inserts.get("aside_grading_words", ()) or ["(?!)"]) + r"\s+)?"
            + bounded(inserts.get("aside_adverbs", ()) or ["(?!)"]) + r"\s*$", re.I)
        self.clause = compiled_pattern(r"(?<![\w-])(?:who|whom|whose|which|that|and|or|but|nor|if|unless|when|whether|"
                                       r"once|while|although|though|because|since\s+(?:he|she|it|they|we|i)\b)(?![\w-])", re.I)

    def spans(self, text: str, mentions: Iterable[Any]) -> tuple[tuple[int, int], ...]:
        """The spans of `text` (a sentence, parentheses blanked) that are inserts; `mentions` are its mentions (an
        aside naming anyone is no insert)."""
        marks = sorted((m.start, m.end) for m in mentions)
        starts = [a for a, _ in marks]
        out = []
        pos = 0
        # (`found` is tried only where a word that can open an insert starts: a match after any other word is refused
        # below whatever it holds, and searching for one tried the inserts' forms after every word)
        openers, may_open = self.openers, self.may_open
        for w in self.word.finditer(text):
            if w.start() < pos or w.group().lower() not in openers or may_open.match(text, w.end()) is None or (
                    m := self.found.match(text, w.start())) is None:
                continue
            # (a span not taken is read on from its first word's end: an insert may stand inside an aside that is none,
            # "X, who is still formally in the race, met Y")
            pos = m.end("w1")
            w1, w2 = m.group("w1").lower(), m.group("w2").lower()
            if m.group("bare") is not None:
                span, inner = m.span("bare"), m.group("bare")
                if (w1, w2) not in self.pairs and not (w1 in self.heads and self.time.match(inner) and _object_word(m)
                                                       and w2.lower() not in _INDEFINITE):
                    continue    # (a bare time before "a"/"an" ends an object relative, the noun after it its secondary
                    # predicate: "called the man the allies appointed in June a true friend")
                if self.adjective.search(inner) and (w1 not in _DETERMINERS or w2 in self.people):
                    continue    # (a weighing adjective only after the phrase's possessive or article, "its full weight",
                    # "the full green light"; never before a candidate noun: "a strong candidate" assesses)
            else:
                span = m.span("aside") if m.group("aside") is not None else m.span("dashed")
                inner = m.group("inner") if m.group("aside") is not None else m.group("dinner")
                if (w1, w2) not in self.pairs and not (w1 in self.heads and _object_word(m)):
                    continue
                if self.clause.search(inner):
                    continue    # a clause of its own or a list's conjunction, not an aside
            if self.scoped.search(self.pseudo.sub(" ", inner)):
                continue        # it bears on the predicate's scope: read where it stands
            k = bisect_left(starts, span[0])
            if (k < len(marks) and marks[k][0] < span[1]) or (k and marks[k - 1][1] > span[0]):
                continue        # it names someone
            out.append(span)
            pos = m.start("w2")
        return tuple(out)


def _object_word(m: re.Match) -> bool:
    """The word after an insert that follows a verb opens its object: a name or a determiner ("named, by acclamation,
    X", "appointed on Wednesday the Dutchman"), not a word the verb's own reading needs after it ("withdrew on
    Friday, citing ...", "stepped aside only last week")."""
    w2 = m.group("w2")
    return w2[0].isupper() or w2.lower() in _DETERMINERS


def _has(data: Mapping, path: tuple[str, ...]) -> bool:
    node: Any = data
    for key in path:
        if not isinstance(node, Mapping) or key not in node:
            return False
        node = node[key]
    return isinstance(node, list)


def _lists(data: Mapping, sections: tuple[str, ...]):
    """(path, list) of every list of strings under the `sections` of the lexicon mapping."""
    def walk(node, path):
        if isinstance(node, list):
            yield path, node
        elif isinstance(node, Mapping):
            for key, value in node.items():
                yield from walk(value, (*path, str(key)))
    for section in sections:
        if section in data:
            yield from walk(data[section], (section,))
