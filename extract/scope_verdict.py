"""Fact-check forms read across two sentences or at a sentence's opening (issue 12, precision in the fact-check and
social genres).

- A verdict before the claim it rates: "Our verdict: Misleading. The post claims S backed X." The verdict sentence
  alone (a label and the lexicon's verdict_words, or the verdict words alone: "FALSE.") doubts the next sentence
  when that sentence tells a message's or a claim's words ("The post claims", "A viral video shows", "It claims",
  "The claim that ..."); a fact told in the article's own voice after it stands ("Verdict: False. Ankara confirmed
  its support for X." tells what the check found), and so does any claim after a true verdict (not a verdict word).
- A reporter's hearsay opening the sentence, "I'm hearing" with its subject left out: "Hearing that S will withdraw
  X, a journalist wrote.", "Hearing S will withdraw X." (the clause is what was heard; "Hearing the news, S withdrew
  X", a narrated reaction with a clause of its own after the comma, stands).
- A label naming the checked message by what it says ("What the viral post says: ...", "What the video shows: ...";
  not "What the minister said:"), and a doubtful source told after the clause, its verb first ("S backs X, says a
  parody account"; not "..., says its foreign ministry").
"""
from __future__ import annotations

import re

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.lexicon import Lexicon


class Verdicts:
    """`before(previous, sentence)`: the verdict of `previous` that doubts `sentence`'s claim, else "";
    `hearsay(sentence)`: the sentence (its mentions as tokens or not) opens with an unattributed "Hearing that"."""

    def __init__(self, lex: Lexicon):
        verdicts = lex.alt("cues", "verdict_words")
        self.verdict = compiled_pattern(
            r"^\W*(?:(?:(?:our|the|fact[-\s]check(?:er['’]s)?)\s+)?(?:verdict|rating|ruling|conclusion|assessment)\s*"
            r"(?::|-|–|—)\s*)?[\"“‘']?(?P<verdict>" + verdicts + r")[\"”’']?\s*[.!]*\s*$", re.I)
        said_by = "(?:" + lex.alt("cues", "message_nouns") + "|" + lex.alt("cues", "report_nouns") + ")"
        saying = lex.alt("cues", "wrong_report_verbs")
        self.claim = compiled_pattern(
            # a message or claim as the subject of a saying verb: "The post claims", "A viral video, shared 5,000
            # times, shows", "The claim that ...", "Posts on X say"
            r"^\W*(?:[^\s.;:]+\s+){0,3}?" + said_by + r"s?\b(?:\s+that\b|[^.;:]{0,80}?\b(?:" + saying
            + r"|shows?|showed|purports?|purported)\b)"
            # ... or the message named before it, as a pronoun: "It claims ...", "They say ..."
            r"|^\W*(?:it|they)\s+(?:also\s+)?(?:" + saying + r")\b", re.I)
        self.heard = compiled_pattern(r"^\W*hearing\s+(?:that\s+)?$", re.I)
        # a fact-check's label naming the message it checks by what it says: "What the viral post says:", "What the
        # video claimed:" (cues.claim_labels holds the fixed ones)
        self.label = compiled_pattern(r"^\W*what\s+(?:the|this|a|one|these|those)\s+(?:[\w-]+\s+){0,2}?" + said_by
                                      + r"s?\s+(?:" + saying + r"|shows?|showed|shown)\s*:", re.I)
        # the one who says it after the clause, the verb first: "S backs X, says a parody account" (the doubt of the
        # lexicon in its words)
        self.inverted_tail = compiled_pattern(r"^\s*,\s*(?:" + saying + r"|posted|posts|tweeted|tweets)\s+"
                                              # (its noun phrase, not a relative clause of it: "says a source who
                                              # denied reports of a rift" is no doubtful source)
                                              r"(?P<who>(?:(?!(?:who|which|that|whose)\b)[^\s,;.]+\s*){1,6})",
                                              re.I)
        # the words after the heard clause: nothing, or the one who wrote it ("..., a journalist wrote", "..., wrote
        # one reporter on X")
        self.heard_tail = compiled_pattern(
            r"^\W*(?:,\s*(?:[^\s,;.]+\s+){0,5}?(?:" + saying + r"|posted|posts|tweeted|tweets|added|adds)\b[^,;.]*)?[\s\"”’']*[.!…]*[\s\"”’']*$",
            re.I)

    def before(self, previous: str, sentence: str) -> str:
        """The verdict (as a next sentence's opening reads it, ". Misleading.") that `previous` gives and that
        rates the claim `sentence` tells, else ""."""
        m = self.verdict.match(previous)
        if m is None or not self.claim.match(sentence):
            return ""
        return f". {m.group('verdict')}."

    def doubted(self, sentence: str, after: str, doubt: re.Pattern) -> bool:
        """The sentence opens with a label of a checked message ("What the viral post says: ..."), or a doubtful
        one says the clause after it, the verb first (`after`, its mentions as X: "..., says a parody account")."""
        tail = self.inverted_tail.match(after)
        return bool(self.label.match(sentence) or tail and doubt.search(tail.group("who")))

    def hearsay(self, lead: str, after: str) -> bool:
        """The clause is the object of an opening "Hearing that" (`lead`: the sentence's words before the clause) and
        nothing but its writer follows it (`after`: the rest of the sentence, its mentions as tokens or X)."""
        return bool(self.heard.match(lead) and self.heard_tail.match(after))
