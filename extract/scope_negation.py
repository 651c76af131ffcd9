"""Negation and refusal for scope: the words that negate a predicate, and which negations refuse."""
from __future__ import annotations

import re

from natowatch.extract.compiled import built, pattern as compiled_pattern
from natowatch.extract.lexicon import BE_FORMS, FINITE_AUXILIARIES, MODAL_AUXILIARIES, Lexicon

# "refused for months to back": words between a refusal verb and its infinitive
_REFUSAL_DELAY = re.compile(r"\b(refus\w*|declin\w*),?\s+(?:(?!to\b)[\w,’'-]+\s+){1,4}?to\b", re.I)
# "decided last week against backing", "voted on Monday against": a time between a verb and its "against"
_AGAINST_DELAY = re.compile(r"\b(decid\w*|vot\w*),?\s+(?:(?!against\b|for\b|to\b)[\w,’'-]+\s+){1,4}?against\b", re.I)
# "have made clear they are not supporting": a negation stated as a position is a refusal
_STATED_NEGATION = re.compile(r"\bmade\s+(?:it\s+)?clear\b.*\b(?:not|n't|never|no\s+longer)\b", re.I)
# "will certainly not support", "would definitely never back": the adverb does not change the refusal
_NEGATION_ADVERB = built(r"\b(?:certainly|definitely|absolutely|categorically|clearly|simply|surely|still)\s+"
                              r"(?=(?:not|never)\b)", re.I)


# the last "and"/"but" of a gap, where a second verb sharing the subject begins; a finite verb, or
# the auxiliaries a second verb has of its own
_LAST_COORDINATOR = re.compile(r"\s(?:and|but)\s+(?!.*\s(?:and|but)\s)", re.S)
_FINITE = re.compile(r"(?:[\w-]+(?:ed|s)|withdrew|quit|gave|stood|threw|took|ran|came|went|put|drew|won)\b", re.I)
_PRESENT_FINITE = re.compile(r"[\w-]+(?<!s)s\b", re.I)       # "supports", "backs": never a participle
_PERFECT = re.compile(r"\b(?:has|have|had|having)\b", re.I)   # "has not lifted ... and backed": a participle
_OWN_AUXILIARY = re.compile(r"\b(?:" + MODAL_AUXILIARIES + r"|" + BE_FORMS + r"|has|have|had|"
                            r"does|do|did|now|still)\b", re.I)


def _refusal_delay_removed(text: str) -> str:
    """"refused for months to" read as "refused to", "decided last week against" as "decided against" (most
    gaps hold no refusal word: looking for the
    two stems costs less than scanning; IGNORECASE matches a few letters beyond ASCII to theirs, so
    a text that is not all ASCII is scanned)."""
    low = text.lower() if text.isascii() else None
    if low is None or "against" in low:
        text = _AGAINST_DELAY.sub(r"\1 against", text)
    if low is not None and "refus" not in low and "declin" not in low:
        return text
    return _REFUSAL_DELAY.sub(r"\1 to", text)


class Negation:
    """The negation patterns of Scope (a mixin) and the rule that binds a negation to its own verb."""

    def _negation_patterns(self, lex: Lexicon) -> None:
        self.negation = lex.regex("cues", "negation")
        self.refusal = compiled_pattern(lex.alt("opposition", "refusal_cues") + "|" + lex.alt("opposition", "refusing_verbs"),
                                        re.I)
        # (a refusing verb negated refuses nothing: "did not refuse to back X", "has never declined to support her"
        # tell no stance, round 32)
        self.non_refusal = compiled_pattern(lex.alt("opposition", "non_refusal_cues") + r"|(?:\bnot|n['’]t|\bnever)(?:\s*,[^,;]{1,30},)?\s+"
                                            r"(?:(?:\w+ly|even|once|ever)\s+)?" + lex.alt("opposition", "refusing_verbs"), re.I)
        # an emphatic negation is "not" ("will under no circumstances back"); fronted, it inverts the auxiliary
        # ("Under no circumstances will Budapest back Rutte", "Nor will Ankara back him"): the negation of the
        # predicate, read as if it stood after the auxiliary
        adverbials = lex.alt("cues", "negative_adverbials")
        self.negator_trigger = compiled_pattern(lex.alt("cues", "fronted_negators"), re.I)
        # (or a refusal stated as impossible: "it was 'out of the question' that Hungary would back X", "I cannot
        # imagine that Chile would back X", "it is out of the question for Peru to back X")
        impossible = lex.alt("cues", "impossible_predicates")
        said_impossible = (r"(?:\b(?:it|this|that)\s+|⟨S\d+⟩\s*|(?<=\s))(?:is|was|['’]s|would\s+be|will\s+be|remains|remained|has\s+been|had\s+been|"
                           r"seems|seemed)\s+(?:(?:simply|absolutely|completely|totally|quite|clearly|utterly|just|still)\s+)?"
                           r"[\"“‘']?" + impossible + r"[\"”’']?")
        imagined = (r"\b(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t)\s+(?:even\s+|really\s+)?"
                    + lex.alt("cues", "imagining_verbs"))
        # (or no question of the act, its words maybe quoted: "there was 'no question' of Bucharest blocking X"; not "no
        # question that ...", which affirms it)
        no_question = (r"\bthere\s+(?:is|was|['’]s|will\s+be|would\s+be)\s+(?:never\s+(?=any\s)|not\s+(?=any\s))?[\"“‘']?(?:no|any)\s+"
                       r"question[\"”’']?\s+of")
        self.negative_lead = compiled_pattern(r"(?:" + lex.alt("cues", "negative_existentials") + "|" + said_impossible + "|"
                                              + imagined + "|(?P<no_question>" + no_question + r"))\s*,?\s*(?:(?:that|for)\s*)?$", re.I)
        # ... said not to be impossible, it is possible: "it is not out of the question that Turkey will back X"
        self.possible_lead = compiled_pattern(r"(?:\b(?:not|never)|n['’]t|\bno\s+longer)\s+(?:(?:entirely|completely|totally|quite|"
                                              r"altogether|necessarily|so|that)\s+)?[\"“‘']?(?:" + impossible + r")[\"”’']?"
                                              r"\s*,?\s*(?:(?:that|for)\s*)?$", re.I)
        # ... or said so of the stance after it: "support for X is out of the question", "backing X was unthinkable
        # for Hungary" (its own clause: not "because a delay is unthinkable")
        self.impossible_after = compiled_pattern(
            r"^(?:(?!\b(?:because|as|since|while|whereas|and|but|so|if|when|that|which|who|although|though)\b)[^,;.:]){0,40}?"
            r"\b(?:is|was|are|were|would\s+be|will\s+be|remains|remained|['’]s)\s+(?:(?:simply|absolutely|completely|totally|"
            r"quite|clearly|utterly|just|still|now)\s+)?[\"“‘']?" + impossible, re.I)
        self.negative_adverbial = compiled_pattern(r",?\s*" + adverbials + r"\s*,?", re.I)
        # (a speaker may be set off between the negator and its auxiliary: "Never, said the envoy, would Russia back X",
        # "Under no circumstances, Orban insisted, will Hungary ...")
        self.fronted_negation = compiled_pattern(
            r"(?:" + adverbials + "|" + lex.alt("cues", "fronted_negators") + r")\s*,?\s+"
            r"(?:(?:[^\s,;]+\s+){0,3}?" + lex.alt("cues", "reporting_verbs") + r"(?:\s+[^\s,;]+){0,3}?\s*,\s*)?(?P<aux>"
            + FINITE_AUXILIARIES + r")\s*$", re.I)

    def _first_verb_negation_removed(self, gap: str, trigger: str) -> str:
        """A negation (or a modal) binds to its own verb: in "has not changed its position and still supports Grossi"
        the second verb, finite or with auxiliaries of its own, is not negated; a bare one shares them
        ("would not veto Rutte and back him"), and so does a participle after a perfect ("has not lifted
        its veto and backed Rutte"); a denied report stays denied ("never said it had ... and supports")."""
        if " and " not in gap and " but " not in gap or not _LAST_COORDINATOR.search(gap):
            return gap
        head, own = _LAST_COORDINATOR.split(gap, maxsplit=1)
        finite = _PRESENT_FINITE.match(trigger) or _FINITE.match(trigger) and not _PERFECT.search(head)
        if not (_OWN_AUXILIARY.search(own) or finite):
            return gap
        if not (self.negation.search(head) or self.refusal.search(head) or self.modality.search(head)) \
                or self.negated_report.search(head):
            return gap
        # (a modal too: "wanted the job but ruled himself out in June")
        return f"{self.refusal.sub(' ', self.negation.sub(' ', self.modality.sub(' ', head)))} and {own}"
