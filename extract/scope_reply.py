"""A report answered by its denier: the words after a clause (or opening the next sentence) in which someone says
it was never so, naming it back with "such" or calling it false.

- "He says the Russians promised him their vote - Moscow says they did no such thing."
- "..., but the Elysee, asked about the report, said that no such decision had been taken"
- "...; a claim which the spokesman, contacted by us, qualified as 'pure invention'"
- the next sentence: "Report: Beijing backs X. Beijing: fake news.", "Moscow says it did nothing of the kind."

A "no such decision" with no speaker's denial before it ("no such decision about the date") and a decision still
to be taken by another ("Peru says no decision has been taken") are left to scope.undecided_after.
"""
from __future__ import annotations

import re

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.lexicon import BE_FORMS, Lexicon

_SAYING = (r"(?:say|says|said|saying|insist|insists|insisted|maintain|maintains|maintained|counter|counters|countered|"
           r"reply|replies|replied|retort|retorts|retorted|stress|stresses|stressed|state|states|stated|insisting|"
           r"respond|responds|responded|tell|tells|told\s+(?:\w+\s+){0,2}?|answer|answers|answered)")
_PRONOUN = r"(?:it|they|he|she|we|i|X)"


class Reply:
    """The patterns of a denier's answer to a report (`after`: the rest of the sentence with mentions as X, and the
    next sentence's opening when denial_opening gave it; `opening`: the next sentence alone)."""

    def __init__(self, lex: Lexicon):
        back = lex.alt("cues", "denied_back_nouns")
        false = lex.alt("cues", "false_words")
        # the thing said never done, named back: "did no such thing", "made no such promise", "had given no such
        # assurance", "did nothing of the sort"
        never = (r"(?:(?:did|does|do|had|has|have|made|make|makes|gave|give|gives|given|promised|offered|taken|took|"
                 r"done|ever|never)\s+){1,2}(?:no\s+such\s+" + back + r"|nothing\s+of\s+the\s+(?:sort|kind))\b")
        # ... or said not to exist: "no such decision had been taken", "no such promise was ever made"
        none = (r"no\s+such\s+" + back + r"\s+(?:(?:has|had|have|was|were|is|had\s+ever|has\s+ever|was\s+ever|ever)\s+)"
                r"(?:(?:ever|yet|been)\s+){0,2}(?:taken|made|given|reached|struck|offered|exists|existed|happened)\b|there\s+"
                r"(?:" + BE_FORMS + r"|has\s+been|had\s+been)\s+no\s+such\s+" + back + r"\b")
        said = (r"\b" + _SAYING + r"\s+(?:\w+\s+){0,3}?(?:that\s+)?(?:" + _PRONOUN + r"\s+" + never + "|" + none + ")")
        # a speaker with an aside between commas: "the Elysee, asked about the report on Monday, said that ..."
        speaker = r"(?:[^\s,;.]+\s+){0,6}?(?:,[^,;.]{1,80},\s*)?"
        called = (r"(?:a|an|the|this|that|such)\s+(?:[\w-]+\s+)?(?:" + lex.alt("cues", "report_nouns")
                  + r"|information|news|account)s?\s+(?:which|that)\s+[^.;]{0,80}?\b" + lex.alt("cues", "calling_as_verbs")
                  + r"\s+[\"“‘']?(?:(?:a|an|pure|complete|total|utter|simply|just|mere)\s+){0,2}[\"“‘']?(?:" + false + r")\b")
        # a speaker's label and a verdict as the whole next sentence: "Beijing: fake news.", "Paris: not true!"
        label = (r"(?:[^\W\d_][\w'’.-]*\s+){0,2}[^\W\d_][\w'’.-]*\s*:\s*[\"“‘']?(?:(?:pure|complete|total|utter|simply|just)\s+)?"
                 r"(?:" + false + r"|not\s+true|not\s+so)[\"”’']?\s*[.!]*\s*$")
        self.after = compiled_pattern(
            r"(?:^|[,;:–—]|\s-)\s*(?:(?:but|and|yet|while|though|although|whereas)\s+)?" + speaker + said
            + r"|(?:[;,–—]|\s-)\s*" + called
            + r"|[.!?…][\"'”’)]*\s+(?:(?:but|and)\s+)?(?:[^\s,;.]+\s+){0,6}?" + said
            + r"|[.!?…][\"'”’)]*\s+" + label, re.I)
        self.opening = compiled_pattern(r"^\W*(?:(?:but|and)\s+)?(?:[^\s,;.]+\s+){0,6}?(?:,[^,;.]{1,80},\s*)?" + said
                                        + r"|^\W*" + label, re.I)
