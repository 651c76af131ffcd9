"""Does a matched trigger state a fact? Negation, modality, condition and status.

A rule hands over three pieces of the sentence: `left` (from the clause start
to the agent), `gap` (between the agent and the trigger, the trigger's own
auxiliaries and adverbs) and `right` (after the trigger up to the clause end).

- a condition ("if", "unless") anywhere in the clause blocks the event;
- a modal or prediction cue ("could", "is expected to", "may") in `left` or
  `gap` blocks it, except "would"/"will" right after a reporting verb ("said
  they would support" reports a stance);
- a pseudo-cue ("did not hesitate to", "as expected") is read as absent; a negation in `gap` blocks it, or turns support into opposition when it is
  an explicit refusal ("cannot support", "refused to back", "did not back")
  and no non-refusal cue ("not yet", "has not officially") is present;
- a doubt cue ("denied reports") before the trigger blocks it;
- status: tentative ("is ready to"), reported ("according to", "reportedly")
  or confirmed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.lexicon import Lexicon, bounded, built_once
from natowatch.extract.text import Matches

# Words that open a new clause: scope does not cross them.
_CLAUSE_BREAK = re.compile(
    r";|:\s|\s-\s|\s--\s|\(|\)|,\s*(?:but|while|whereas|although|though|however|yet|as|so|because|since|when|after|"
    r"before|until|once|where)\b|\b(?:but|while|whereas|although|though|however|because|after|before|since|"
    r"when|once|that|which|who|whose|where|whom)\b|"
    # a speaker's own statement after a denial: "rejected the report, saying Turkey supports him"
    r",\s*(?:saying|adding|insisting|stressing|noting|arguing|explaining|declaring)\b|"
    r"\band\s+(?:said|says|added|adds|insisted|insists|stressed|stresses|noted|notes)\b", re.I)
# ", and Turkey now supports him": a coordinated clause of its own (a list of names is one token in
# the shape, so the comma here follows a word or the post); a condition before it still governs it; so is a
# participle's clause of letting or leaving ("on who should succeed him, letting the three candidates tour capitals")
_COORDINATION = re.compile(r"(?<!\s)(?<!⟨[CSOM]\d⟩)(?<!⟨[CSOM]\d\d⟩),\s*(?:and\s+|(?=(?:letting|leaving|allowing)\s))", re.I)
# a quotation mark, double or single, not an apostrophe inside a word ("won't", "Hungary's")
_QUOTE_MARK = re.compile(r"[\"“”]|(?<![\w])['‘’]|['‘’](?![\w])")
# "called the reports fake and said ...": what the speaker then says is not under the doubt
_OWN_STATEMENT = re.compile(r"\b(?:and\s+)?(?:said|says|saying|added|adding|insisted|insisting|stressed|stressing|"
                            r"noted|noting)\b", re.I)
# Relative clauses set off by commas describe a noun; their modality is not the clause's.
_RELATIVE = re.compile(r",\s*(?:who|which|whose|whom|where)\b[^,]*,", re.I)
_TOKEN = re.compile(r"⟨[A-Z]\d+⟩")
# a preposition opening an adverbial of time or place
_ADVERBIAL_PREPOSITION = r"(?:during|on|in|at|after|before|while|from|to|with)\b"
# "refused for months to back": words between a refusal verb and its infinitive
_REFUSAL_DELAY = re.compile(r"\b(refus\w*|declin\w*),?\s+(?:(?!to\b)[\w,’'-]+\s+){1,4}?to\b", re.I)
# "decided last week against backing", "voted on Monday against": a time between a verb and its "against"
_AGAINST_DELAY = re.compile(r"\b(decid\w*|vot\w*),?\s+(?:(?!against\b|for\b|to\b)[\w,’'-]+\s+){1,4}?against\b", re.I)
# "have made clear they are not supporting": a negation stated as a position is a refusal
_STATED_NEGATION = re.compile(r"\bmade\s+(?:it\s+)?clear\b.*\b(?:not|n't|never|no\s+longer)\b", re.I)
# "will certainly not support", "would definitely never back": the adverb does not change the refusal
_NEGATION_ADVERB = re.compile(r"\b(?:certainly|definitely|absolutely|categorically|clearly|simply|surely|still)\s+"
                              r"(?=(?:not|never)\b)", re.I)
# a condition after the predicate; "..., should Iohannis withdraw" is an inverted "if" (not one of a second verb
# with its own auxiliary: "would like to lead NATO and would put herself forward if ...")
_RIGHT_CONDITION = re.compile(r"(?:(?!\b(?:and|but)\s+(?:(?:then|also|still|later)\s+)?(?:would|will|could|can|might|may|should|"
                              r"shall|must)\b)[^,;])*?\b(?:if|unless|provided|as long as|on condition)\b|,\s*(?:if|unless|provided)\b|"
                              r"^[^,;]{0,40}?,?\s*should\s+(?!not\b|have\b|be\b)[\w⟨⟩'’ ]{1,40}?\s+[a-z]+", re.I)
# an inverted condition opening the clause before its subject: "Were Iohannis to enter the race, ...", "Had
# Turkey backed him earlier, ..."
_INVERTED_CONDITION = re.compile(r"^\W*(?:were|had)\s*$", re.I)
# ... or closing it after the predicate: "Latvia would back X were Y to drop out" (raw text, its subject a name
# or a pronoun), and the subject of that inverted "were" itself: "... were Y to drop out"
_RIGHT_INVERTED = re.compile(r"^[^,;]{0,80}?,?\s*\bwere\s+(?:⟨[CSO]\d+⟩|he|she|it|they)\s+(?:not\s+)?to\s+[a-z]", re.I)
_INVERTED_LATE = re.compile(r"(?<![\w,])\s*\bwere\s*$", re.I)
# a reporting verb in the present tense: "..., diplomats say"
_PRESENT_REPORT = re.compile(r"\b(?:say|says|tell|tells|insist|insists|claim|claims|add|adds|believe|believes|suggest|"
                             r"suggests|write|writes|argue|argues|note|notes|predict|predicts)\b", re.I)
# a clause of what is still to come: "before he steps aside", "until Turkey backs him", "once Hungary agrees"
_NOT_YET_CLAUSE = re.compile(r"\b(?:before|until|till|once)\s*$", re.I)
# "said the job was not going to happen and that": the first of two reported clauses has its own modality
_EARLIER_REPORTED = re.compile(r"\s+that\b(?:(?!\bthat\b).)*\b(?:and|but)\s+(?:also\s+)?that\s*$", re.I)
# a verb in the present tense (the third person's -s), which in such a clause has not happened yet
_PRESENT_TENSE = re.compile(r"(?!(?:was|has|is|does)\b)[a-z]+[^s\W]s\b", re.I)
# a clause opened between the agent and the predicate whose own subject, a noun phrase, the predicate then
# belongs to (not set off by a comma before it: "Romania, while its president ran, backed X" is an aside)
_OWN_SUBJECT = re.compile(r"(?:,\s*(?:and|but)|\b(?:while|whereas|although|though|because|unless))\s+"
                          r"(?:its|his|her|their|the|this|that|these|those)\s+(?:[^\s,;⟨⟩]+\s+){0,5}?[^\s,;⟨⟩]*\s*$", re.I)
_FIRST_AUXILIARY = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|does|"
                              r"do|did)\b", re.I)
_MONTH_MAY = re.compile(r"\b(?i:in|on|early|late|mid|since|until|by|of|last|next|this)\s+May\b|\bMay\s+\d")


# the last "and"/"but" of a gap, where a second verb sharing the subject begins; a finite verb, or
# the auxiliaries a second verb has of its own
_LAST_COORDINATOR = re.compile(r"\s(?:and|but)\s+(?!.*\s(?:and|but)\s)", re.S)
_FINITE = re.compile(r"(?:[\w-]+(?:ed|s)|withdrew|quit|gave|stood|threw|took|ran|came|went|put|drew|won)\b", re.I)
_PRESENT_FINITE = re.compile(r"[\w-]+(?<!s)s\b", re.I)       # "supports", "backs": never a participle
_PERFECT = re.compile(r"\b(?:has|have|had|having)\b", re.I)   # "has not lifted ... and backed": a participle
_OWN_AUXILIARY = re.compile(r"\b(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|"
                            r"does|do|did|now|still)\b", re.I)


def _no_month_may(text: str) -> str:
    """The month May is not the modal "may"."""
    return _MONTH_MAY.sub(" ", text) if "May" in text else text     # (every match holds it, as written)


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


@dataclass(frozen=True)
class Assessment:
    blocked: str | None          # why there is no event, or None
    refusal: bool = False        # a negated support verb that is an explicit refusal
    status: str = "confirmed"
    cue: str = ""                # the words that made it a refusal ("will not") or set its status

    @property
    def explained(self) -> str:
        """The scope checks as --explain shows them."""
        checked = "condition, doubt, negation, modality: none"
        if self.refusal:
            checked = f"condition, doubt, modality: none; refusal '{self.cue}' (support read as opposition)"
        elif self.status != "confirmed" and self.cue:
            checked += f"; {self.status} '{self.cue}'"
        return checked


# an answer that affirms what a question doubted: "Yes, ...", "Indeed.", "It is true.", "Confirmed:" (not "It is unclear")
_AFFIRMED = re.compile(r"\W*(?:yes|yep|indeed|confirmed|(?:it|that)\s+is\s+(?:true|correct|so)|"
                       r"it\s+(?:was|has\s+been)\s+confirmed)\b", re.I)


# a claim said to be true before its statement: "The claim ... is correct:", "The posts turned out to be accurate:"
_AFFIRMED_BEFORE = re.compile(r"\b(?:is|are|was|were|proved|proves|turned\s+out\s+to\s+be)\s+(?:\w+\s+)?(?:true|correct|"
                              r"accurate|right)\s*:\s*$", re.I)
# someone confirming it later in the sentence: ", and the foreign ministry confirmed it in a statement" (the words
# between name who, with no negation among them)
# (a state's office is a token there, and so may "it" be, read as the state)
_CONFIRMED_AFTER = re.compile(r"^[^;]*?,\s*(?:and|but)\s+(?:(?!(?:not|never|no)\b)(?![\w'’.-]*n['’]t\b)(?:[\w'’.-]+|⟨[SOM]\d+⟩)\s+){1,6}?"
                              r"(?:(?:has|have|had|later|since|quickly|officially|formally|publicly)\s+){0,2}"
                              r"(?:confirmed|verified|corroborated)\s+(?:(?:it|this|that|them|the\s+(?:[\w-]+\s+)?"
                              r"(?:report|claim|post|news|move|endorsement|decision)s?)\b|⟨S\d+⟩(?!['’]))", re.I)


class Scope:
    _cache: dict[int, tuple[Lexicon, "Scope"]] = {}

    @classmethod
    def of(cls, lexicon: Lexicon) -> "Scope":
        return built_once(cls._cache, lexicon, cls)

    def __init__(self, lex: Lexicon):
        self._bounds: tuple[str | None, dict[tuple[int, bool], int]] = (None, {})
        self.modality = lex.regex("cues", "modality")
        self.condition = lex.regex("cues", "condition")
        self.approximation = compiled_pattern(lex.alt("cues", "approximation") + r"\s*$", re.I)
        self.negation = lex.regex("cues", "negation")
        self.pseudo = compiled_pattern(lex.alt("cues", "pseudo_cues") + "|" + lex.alt("cues", "rhetorical_openings"), re.I)
        self.refusal = lex.regex("opposition", "refusal_cues")
        self.non_refusal = lex.regex("opposition", "non_refusal_cues")
        self.reported = lex.regex("cues", "reported")
        self.tentative = lex.regex("cues", "tentative")
        self.doubt = lex.regex("cues", "doubt")
        self.claim_label = compiled_pattern(r"^\W*" + lex.alt("cues", "claim_labels") + r"\s*:", re.I)
        self.supposed_lead = compiled_pattern(r"(?:^|[.:;!?]\s*)\W*" + lex.alt("cues", "supposing_verbs")
                                              + r"(?:\s+for\s+a\s+moment)?(?:\s+that)?\s*$", re.I)
        self.hypothetical_label = compiled_pattern(r"^\W*" + lex.alt("cues", "hypothetical_labels")
                                                   + r"(?:\s+(?:one|two|three|four|five|[a-e]|\d+))?\s*:", re.I)
        # "will, in the end, agree on X", "will eventually back him", "in the end they will": a forecast
        eventual = lex.alt("cues", "eventual_adverbs")
        self.eventual = compiled_pattern(r"(?:\bwill|['’]ll)\b\W+(?:\w+\W+){0,2}?" + eventual + "|"
                                         + eventual + r"\W+(?:\w+\W+){0,4}?will\b", re.I)
        # "wrongly reported that", "falsely claimed that": the article says the report was wrong
        self.wrong_report = compiled_pattern(lex.alt("cues", "wrong_report_adverbs") + r"\s+(?:\w+\s+)?"
                                             + lex.alt("cues", "wrong_report_verbs"), re.I)
        self.commentators = lex.regex("cues", "commentators")
        # "according to a columnist in Le Monde": a commentator named as the source is an opinion, as "analysts say" is
        self.commentator_source = compiled_pattern(r"\baccording\s+to\s+(?:[^\s,;]+\s+){0,3}?" + self.commentators.pattern, re.I)
        # an emphatic negation is "not" ("will under no circumstances back"); fronted, it inverts the auxiliary
        # ("Under no circumstances will Budapest back Rutte", "Nor will Ankara back him"): the negation of the
        # predicate, read as if it stood after the auxiliary
        adverbials = lex.alt("cues", "negative_adverbials")
        self.negator_trigger = compiled_pattern(lex.alt("cues", "fronted_negators"), re.I)
        self.negative_lead = compiled_pattern(lex.alt("cues", "negative_existentials") + r"\s*(?:that\s*)?$", re.I)
        # a denial later in the sentence pointing back at the clause: "Turkey backs Rutte, a claim Ankara denied",
        # "..., though Ankara has denied this", "..., but Ankara denied the report" (not a new report: "denied the
        # report that", "denied it had")
        report_n, denying = lex.alt("cues", "report_nouns"), lex.alt("cues", "denying_verbs")
        # a report put in question ("Is that true?", "Can you confirm the report?") or a fact-check's verdict
        # ("Verdict: False"): no fact stated
        that = r"(?:that|this|it|them|these|those|they|the\s+(?:[\w-]+\s+)?" + report_n + r"s?|such\s+" + report_n + r"s?)"
        questioned = (r"(?:is|are|was|were)\s+" + that + r"\s+(?:really\s+|actually\s+|even\s+)?(?:true|correct|accurate|"
                      r"right|so)\s*\?|(?:can|could|will|would)\s+you\s+(?:confirm|deny)\s+" + that + r"(?![\w-])|"
                      # asked of anyone ("Can anyone confirm that?", "Can the ministry verify this?"), or a bare "Really?"
                      r"(?:can|could|will|would)\s+(?!not\b)(?:[\w-]+\s+){1,2}?(?:confirm|verify|deny)\s+" + that + r"\s*\?|"
                      # ... or by who might ("Who can confirm it?")
                      r"who\s+(?:can|could|will|would)\s+(?:confirm|verify|corroborate)\s+" + that + r"\s*\?|"
                      r"(?:really|seriously)\s*\?\s*$|"
                      r"is\s+there\s+(?:any|some)\s+(?:truth|evidence|proof)\s+(?:to|in|for|of)\s+" + that + r"(?![\w-])|"
                      # asking for what would make it a fact ("Where is the evidence?", "What is the source?"), or whether
                      # anyone saw it ("Has anyone actually seen a statement?")
                      r"(?:where|what)\s+(?:is|are|was|were)\s+(?:the|their|its|his|her|any)\s+(?:[\w-]+\s+)?"
                      + lex.alt("cues", "evidence_nouns") + r"\s*\?|(?:has|have|did|does)\s+(?:any(?:one|body)|someone|somebody)\s+"
                      r"(?:(?:actually|really|ever|yet|\w+ly)\s+)?(?:seen|see|confirmed|confirm|verified|verify|read|heard|hear)\b[^?]{0,40}\?|"
                      r"(?:our\s+)?(?:verdict|rating|ruling)\s*:\s*(?:mostly\s+)?" + lex.alt("cues", "false_words"))
        self.denied_after = compiled_pattern(
            r",\s*(?:according\s+to\s+)?(?:a|an|the)\s+" + report_n + r"\s+(?:that\s+|which\s+)?(?:[^\s,;]+\s+){0,4}?" + denying + "|"
            r"\bsomething\s+(?:[^\s,;]+\s+){0,4}?" + denying + "|"
            # "...; the ministry called the story pure invention", "branded the report fake news"
            r"\b(?:call|calls|called|calling|branded|brands|labelled|labeled|termed)\s+(?:the|this|that|these|such)\s+(?:[\w-]+\s+)?"
            + report_n + r"s?\s+(?:(?:a|an|pure|complete|total|utter|simply|just)\s+){0,2}" + lex.alt("cues", "false_words") + "|"
            + denying + r"\s+(?:this|it|them|the\s+(?:[\w-]+\s+)?" + report_n + r"|such\s+" + report_n + r")"
            r"(?![\w-])(?!\s+(?:that|of|about|on|had|has|was|is|were|would|will|did)\b)|" + questioned, re.I)
        # ... or opening the next sentence: "Some media reported that Estonia was backing X. The foreign ministry
        # denied this." (its subject a few words; not "denied this week that ...": a report of its own)
        self.denied_next = compiled_pattern(
            r"^\W*(?:[^\s,;:\"“”]+\s+){1,6}?(?:(?:has|have|had|quickly|promptly|flatly|later|swiftly|firmly)\s+){0,2}"
            + denying + r"\s+(?:this|it|that|them|the\s+(?:[\w-]+\s+)?" + report_n + r"|such\s+" + report_n
            + r"|these\s+" + report_n + r")(?![\w-])(?!\s+(?:that|of|about|had|has|was|is|were|would|will|did|week|month|year)\b)"
            r"(?!\s+on\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))"
            r"|^\W*(?:(?:and|but|so)\s+)?(?:" + questioned + ")", re.I)
        self.negative_adverbial = compiled_pattern(r",?\s*" + adverbials + r"\s*,?", re.I)
        self.fronted_negation = compiled_pattern(
            r"(?:" + adverbials + "|" + lex.alt("cues", "fronted_negators") + r")\s*,?\s+(?P<aux>will|would|shall|should|"
            r"can|could|may|might|must|did|does|do|has|have|had|is|are|was|were)\s*$", re.I)
        # a report the words after its clause deny: "Reports that Turkey had backed Iohannis were false", "...
        # were dismissed as premature by the Elysee" (a denying verb only after a report's own noun and "that")
        self.shown_false = compiled_pattern(
            r"^[^.;]{0,60}?\b(?:was|were|is|are|proved|proven|turned\s+out|has\s+been|have\s+been)\s+(?:to\s+be\s+)?"
            # (the words may be quoted: "are 'pure speculation'")
            r"[\"“‘']?(?:\w+\s+)?" + lex.alt("cues", "false_words"), re.I)
        self.shown_denied = compiled_pattern(
            r"^[^.;]{0,60}?\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+"
            r"(?:\w+ly\s+)?" + bounded(lex.phrase_participles("cues", "denying_verbs")), re.I)
        self.report_that = compiled_pattern(
            lex.alt("cues", "report_nouns") + r"(?:\s+(?:in|by|from|of|on)\s+(?:[^\s,;]+\s+){0,3}?)?\s*that\s*$", re.I)
        # a commentator reporting inside the words before the trigger: "analysts said Chile would nominate her, with ..."
        # (where they are may come between: "analysts at a Brussels think tank say", "a columnist in Bucharest claimed")
        # (not a commentator the speaker addresses or stands before: "Speaking at a think tank, Blinken said",
        # "told academics in Leiden that"; the words before the verb are not another speaker's name)
        self.commentator_report = compiled_pattern(
            r"(?<!\bat\sa\s)(?<!\bat\sthe\s)(?<!\btold\s)(?<!\bto\s)(?<!\bwith\s)(?<!\bbefore\s)(?<!\baddressed\s)"
            + self.commentators.pattern + r"(?:\s+(?:at|in|from|of|for|with|close\s+to)\s+(?:\S+\s+){0,4}?\S+)?"
            r"(?:\s+(?-i:[a-z][^\s,]*)){0,2}?\s+(?:"
            + lex.alt("cues", "reporting_verbs") + "|" + lex.alt("cues", "opinion_verbs") + ")", re.I)
        self.reporting_then_modal = compiled_pattern(
            lex.alt("cues", "reporting_verbs") + r"(?:\s+(?!if\b|unless\b)[\w'’,⟨⟩]+){0,8}?\s+(?:would|will|'d|’d)\b", re.I)
        # "Turkey would back Rutte, Erdogan's office said": the report closes the clause instead
        self.reporting_tail = compiled_pattern(
            r"^[^;]*?,\s*(?:[\w'’.-]+\s+){1,4}?" + lex.alt("cues", "reporting_verbs") + r"\b[^,;]*$", re.I)
        # "said on Tuesday that ...", or a reporting verb that opens the clause itself ("and said he would")
        self.reporting_lead = compiled_pattern(lex.alt("cues", "reporting_verbs") + r"(?:(?:\s+\S+){0,6}?\s+that)?\s*$", re.I)
        # ... with a longer adverbial between the verb and its "that": "said during a visit to Berlin on Friday that"
        self.reporting_lead_far = compiled_pattern(lex.alt("cues", "reporting_verbs") + r"\s+" + _ADVERBIAL_PREPOSITION
                                                   + r"(?:\s+(?!that\b|and\b|but\b)[\w'’]+){5,10}?\s+that\s*$", re.I)
        # "never said she was running", "did not say that Hungary backs him": the report is denied, not its clause
        # ("nobody in Budapest is saying": the one who does not say it may be placed)
        negated = (r"(?:\bnot|n['’]t|\bnever|\bneither|\b(?:nobody|no\s+one)(?:\s+(?:in|at|from)\s+(?:the\s+)?\S+)?"
                   r"(?:\s+(?:is|was|has|had|will|would))?)\s+(?:(?:ever|publicly|once|explicitly|actually)\s+)?")
        self.negated_lead = compiled_pattern(negated + self.reporting_lead.pattern, re.I)
        # "told reporters that Bachelet had quit and that Argentina would support Grossi": the second
        # "that" goes on with the first one's report
        self.continued_report = compiled_pattern(
            lex.alt("cues", "reporting_verbs") + r"[^;]*?\bthat\b[^;]*\b(?:and|but)\s+(?:also\s+)?that\s*$", re.I)
        self.negated_report = compiled_pattern(negated + lex.alt("cues", "reporting_verbs") + r"\b", re.I)
        # (the words between may name the post or its body: "support for X's UN bid has been rumoured"; or what is
        # not assured: "cannot be taken for granted", "is by no means certain", "is no foregone conclusion")
        self.unsettled = compiled_pattern(r"\s*(?:(?:(?!\b(?:and|but|while|as|though)\b)(?:⟨[OP]\d+⟩|[^⟨⟩;,.])){0,20}?\s)?(?:(?:remains?|remained|is|was|are|were|"
                                    r"(?:has|have|had)\s+(?:long\s+|often\s+|also\s+)?been|seems?|seemed|looks?|looked)\s+"
                                    r"(?:still\s+|now\s+|very\s+much\s+|(?-i:[a-z]+ly)\s+)?(?:" + lex.alt("cues", "unsettled_predicates")
                                    + "|" + lex.alt("cues", "unattained_predicates") + ")"
                                    + r"|(?:(?:remains?|remained|is|was|are|were|seems?|seemed|looks?|looked)\s+(?:not|never|no|by\s+no\s+means|far\s+from|hardly|"
                                    r"anything\s+but|no\s+longer)|(?:is|are|was|were)n['’]t|(?:can|could|should|must)(?:\s*not|n['’]t)\s+be|"
                                    r"(?:has|have|had)(?:\s+(?:not|never)|n['’]t)\s+(?:yet\s+)?been|"
                                    # "has yet to be announced", "is still to be confirmed"
                                    r"(?:has|have|had|is|are|was|were)\s+(?:still\s+)?(?:yet|still)\s+to\s+be)\s+"
                                    r"(?:(?:yet|(?-i:[a-z]+ly))\s+){0,2}" + lex.alt("cues", "unassured_predicates")
                                    # a stance not arrived: "has yet to materialise", "never came", "failed to emerge"
                                    + r"|(?:(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to|(?:has|have|had)(?:\s+(?:not|never)|n['’]t)"
                                    r"(?:\s+yet)?|(?:did|does|do)(?:\s+not|n['’]t)|never|(?:failed|fails|fail)\s+to)\s+(?:(?-i:[a-z]+ly)\s+)?"
                                    # (not another sense: "did not come with any promise", "never came cheap")
                                    + lex.alt("cues", "arriving_verbs") + r"(?!\s+(?:with|without|as|to|into|under|at|for|cheap|free|easily|in\s+(?:exchange|return))\b))", re.I)
        # a forecast in the words of a belief: "Rutte believes Turkey will back him" (not a report: "said it will")
        self.belief_forecast = compiled_pattern(lex.alt("cues", "belief_verbs") + r"(?:\s+(?!that\b)[\w'’⟨⟩]+){0,8}?\s+(?:that\s+(?:[\w'’⟨⟩]+\s+){0,6}?)?"
                                                r"(?:will|would|['’]ll|is\s+going\s+to|are\s+going\s+to)\b", re.I)
        # a report or a claim closing the clause ("..., a Hungarian MP claimed")
        self.claiming_tail = compiled_pattern(r",\s*(?P<said>(?:[\w'’.-]+\s+){1,5}?(?:" + lex.alt("cues", "reporting_verbs") + "|"
                                              + lex.alt("cues", "opinion_verbs") + r")\b(?P<how>[^,;]*))", re.I)
        # a report closing the clause that the article doubts: "..., an opposition MP claimed without evidence",
        # "..., a diplomat wrongly told reporters", "..., though the report could not be confirmed"
        # (after a semicolon too: "...; it could not be verified"; or someone not confirming it: "; officials could not
        # confirm it", "..., but diplomats were unable to verify the claim"; or the report taken back or down: "; the
        # claim was later retracted", "the post" being a token, X, as "the post" is also the race's post)
        self.unconfirmed_after = compiled_pattern(
            r"^[^;]*?[,;]\s*(?:(?:though|although|but|while|according\s+to)\s+)?(?:(?:the|a|an|this|that|which|it|such)\b[^;.]{0,50}?"
            + lex.alt("cues", "unconfirmed") + r"|(?:(?:the|this|that|such)\s+(?:[\w-]+\s+)?(?:" + lex.alt("cues", "report_nouns") + "|"
            + lex.alt("cues", "message_nouns") + r")s?|which|it|X)\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
            r"(?:(?:later|since|subsequently|quickly|swiftly|soon|X|\w+ly)\s+){0,2}" + bounded(lex.phrase_participles("cues", "retracting_verbs")) + ")"
            + r"|(?:[\w'’.-]+\s+){1,4}?(?:could|can|did|do|does|would|will|were|was|is|are|has|have)"
            r"(?:\s+not|n['’]t|\s+unable\s+to|\s+not\s+able\s+to|\s+not\s+been\s+able\s+to|\s+yet\s+to)\s+(?:(?:yet|immediately|\w+ly)\s+)?"
            + lex.alt("cues", "confirming_verbs") + r"\s+(?:it|this|that|them|the\s+(?:[\w-]+\s+)?" + lex.alt("cues", "report_nouns")
            + r"s?|the\s+(?:video|post|posts|footage|account|message|tweet)s?)(?![\w-]))", re.I)
        self.denied_lead = compiled_pattern(lex.alt("cues", "denying_frames") + r"(?:\s+(?:saying|stating|declaring|that|it|this))*\s*$",
                                      re.I)
        self.retracted = compiled_pattern(lex.alt("cues", "retracting_openings") + r"[^.;]{0,80}?(?:"
                                          + lex.alt("cues", "reporting_verbs") + r"|reported|misstated|suggested)[^.;]*$", re.I)
        self.persuaded = compiled_pattern(lex.alt("cues", "persuading_verbs") + r"\s+(?:the\s+)?$", re.I)
        self.infinitive_ok = compiled_pattern(
            lex.alt("cues", "asserting_infinitive_verbs")
            + r"(?:\s+(?:on|last|this|formally|officially|unanimously|finally)(?:\s+\w+)?)?\s+to\s*$|^\s*to\s*$|"
            # (a count may come between: "the last two countries to back"; and an adjective: "the only permanent member to")
            + lex.alt("cues", "asserting_ordinals") + r"(?:\s+(?:" + lex.numbers(2, 6) + r"|\d+))?(?:\s+[a-z]+){0,2}\s+to\s*$|"
            # the time the act took states it: "took less than ten minutes to name X", "took only a week to agree on X"
            r"\b(?:took|takes)\s+(?:(?:less|more|no|little)\s+(?:than\s+)?|only\s+|just\s+|barely\s+|under\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+to\s*$|"
            # an office left for it, what it left and when between: "stepped down as head of the agency on Monday to"
            + lex.alt("cues", "office_leaving_verbs")
            + r"(?:\s+(?!(?:that|who|which|because|after|before|when|if|but|and|so)\b)[^\s,;:]+){0,12}?\s+to\s*$", re.I)

    def denial_opening(self, sentence: str) -> str:
        """The words opening `sentence` that deny what the sentence before it told, else ""."""
        m = self.denied_next.match(sentence)
        return m.group() if m else ""

    def answered_yes(self, opening: str, answer: str) -> bool:
        """A question opening the next sentence (`opening`, from denial_opening) that the sentence after it
        answers in the affirmative ("Can anyone verify this? Yes: Warsaw published the letter")."""
        return opening.rstrip().endswith("?") and _AFFIRMED.match(answer) is not None

    def modal(self, text: str) -> bool:
        """A modal in the text (the month May is not one)."""
        return self.modality.search(_no_month_may(text)) is not None

    def clause_left(self, text: str, end: int) -> int:
        """Start of the clause that contains position `end`."""
        known = self._known(text)
        if (end, False) not in known:
            hard = Matches.of(_CLAUSE_BREAK, text).last_end(end)
            soft = Matches.of(_COORDINATION, text).last_end(end)
            known[end, False] = soft if soft > hard and not Matches.of(self.condition, text).any_between(hard, soft) else hard
        return known[end, False]

    def clause_right(self, text: str, start: int) -> int:
        """End of the clause that goes on from position `start`."""
        known = self._known(text)
        if (start, True) not in known:
            ends = [e for e in (Matches.of(p, text).next_start(start) for p in (_CLAUSE_BREAK, _COORDINATION))
                    if e is not None]
            known[start, True] = min(ends, default=len(text))
        return known[start, True]

    def _known(self, text: str) -> dict[tuple[int, bool], int]:
        """The clause bounds found so far in `text` ((position, rightwards) -> bound), kept for the
        last text asked about: a rule's scope and its co-actors ask the same bounds of one clause
        view, half of all the asks. (The text and its answers are replaced together, so a caller
        never reads another text's.)"""
        held = self._bounds
        if held[0] is not text:
            held = self._bounds = (text, {})
        return held[1]

    def assess(self, sentence: str, left: str, gap: str, right: str, *, title: bool = False,
               support: bool = False, lead: str = "", trigger: str = "", undoubted: bool = False,
               after: str = "") -> Assessment:
        """Judge one match; `support` marks a support verb whose negation may be a refusal; `undoubted` reads no
        denial of it (what a possessed stance presupposes outlives a denial of what is done to it); `after` is the rest
        of the sentence, where a denial may point back at the clause.

        `lead` is the text before the clause ("Orban said that", "supporters insist that"):
        a reporting verb there makes "would" a report, a modal there governs the clause."""
        if _OWN_SUBJECT.search(gap):
            return Assessment("clause")     # "X declined to back Y while its own president remained in the race"
        left_c = _no_month_may(_TOKEN.sub(" ", _RELATIVE.sub(",", left)))
        gap_c = _refusal_delay_removed(_no_month_may(_TOKEN.sub(" X ", _RELATIVE.sub(",", gap))))
        gap_c = self.pseudo.sub(" ", _NEGATION_ADVERB.sub("", _QUOTE_MARK.sub(" ", gap_c)))
        gap_c = " ".join(self.negative_adverbial.sub(" not ", gap_c).split()) + (" " if gap_c.endswith(" ") else "")
        left_c = self.pseudo.sub(" ", left_c)
        # (not where the frame reads the negator itself: "Neither does Slovakia." repeats a refusal)
        inverted = self.fronted_negation.search(left_c) if not self.negator_trigger.fullmatch(trigger.strip()) else None
        if inverted:
            left_c, gap_c = left_c[:inverted.start()], f"{inverted.group('aux')} not {gap_c}"
        existential = self.negative_lead.search(left_c) or (not left_c.strip() and self.negative_lead.search(lead))
        if existential:     # "There is no way Hungary will back Rutte": the clause's own auxiliary is negated
            left_c = left_c[:existential.start()] if left_c.strip() else left_c
            gap_c = _FIRST_AUXILIARY.sub(r"\g<0> not", gap_c, count=1) if _FIRST_AUXILIARY.search(gap_c) else f"not {gap_c}"
        gap_c = self._first_verb_negation_removed(gap_c, trigger)
        right_c = _TOKEN.sub(" ", right)
        # the report the clause hangs on: "said on the same day that"
        lead_c = " ".join(_no_month_may(_TOKEN.sub(" X ", lead)).split()[-8:])
        after_that = re.search(r"\bthat\s*$", lead_c, re.I)
        if after_that and self.modality.search(_strip_reporting(" ".join(_no_month_may(_TOKEN.sub(
                " X ", _EARLIER_REPORTED.sub(" that", lead))).split()[-8:]), self)):
            return Assessment("modality")
        continued = self.continued_report.search(lead) if after_that else None
        # (read before a report's "said" is put in front of the clause: "stopped short of saying that X backs")
        denied = self.denied_lead.search(f"{lead_c} {left_c}") or self.retracted.search(f"{lead} {left}")
        lead_far = " ".join(_TOKEN.sub(" X ", lead).split()[-14:])
        if self.reporting_lead.search(lead_c) or continued or self.reporting_lead_far.search(lead_far) \
                and not self.commentators.search(lead_far):
            left_c = "said " + left_c
        clause = f"{left_c} {gap_c}"
        if denied or self.negated_lead.search(lead_c) or self.negated_report.search(clause):
            return Assessment("negation")
        if _NOT_YET_CLAUSE.search(left_c.rstrip() or lead_c) and _PRESENT_TENSE.match(trigger):
            return Assessment("modality")       # "a matter of days before he steps aside": not yet
        if self.condition.search(clause) or self.hypothetical_label.match(sentence) or self.supposed_lead.search(
                f"{lead_c} {left_c}".rstrip()) or _RIGHT_CONDITION.match(right_c) \
                or _INVERTED_CONDITION.match(left_c) \
                or _RIGHT_INVERTED.match(right) or _INVERTED_LATE.search(left_c) and re.match(r"\s*to\b", gap_c):
            return Assessment("condition")
        if self.approximation.search(gap_c):
            return Assessment("approximation")      # "has all but secured the post"
        if undoubted:
            pass
        elif (self.claim_label.match(sentence) or self.doubt.search(clause) or self.doubt.search(
                # (not a doubt of the clause before a semicolon: "Claims ... were dismissed; Paris has backed him")
                _OWN_STATEMENT.split(lead_c)[-1].rpartition(";")[2])) and not self._confirmed(f"{lead_c} {left_c}", after) \
                or self.denied_after.search(_TOKEN.sub(" X ", after)) or self.shown_false.match(right_c) or self.shown_denied.match(
                right_c) and self.report_that.search(lead_c) or self.wrong_report.search(f"{lead_c} {left_c}") \
                or self._doubted_after(_TOKEN.sub(" X ", after)):
            return Assessment("doubt")
        # a commentator's report is an opinion, not a source ("analysts say Washington prefers Rutte" and
        # "..., analysts say"); a commentator's "would" is a forecast
        report = f"{lead if continued else lead_c} {left_c}"
        reported_after = self.reporting_tail.match(_TOKEN.sub(" X ", right)) if "," in right else None
        forecast = self.commentator_report.search(f"{report} {gap_c}") or (
            reported_after and self.commentators.search(reported_after.group().rsplit(",", 1)[-1])) or (
            self.commentators.search(report) and re.search(r"\b(?:would|will|'d|’d)\b", clause)) or (
            self.commentator_source.search(f"{report} {right_c}"))
        negated = self.negation.search(gap_c) or self.refusal.search(gap_c)
        if negated:
            refusal = (bool(self.refusal.search(gap_c)) or bool(_STATED_NEGATION.search(f"{lead_c} {left_c} {gap_c}"))) \
                and not self.non_refusal.search(gap_c)
            # "could not support" is a refusal: its modal belongs to the negation
            # (with the report it hangs on: "Kast said Chile would no longer support her" reports the refusal)
            if support and refusal and not forecast and not self.modality.search(
                    _strip_reporting(self._reported_future(self.refusal.sub(" ", clause), right), self)):
                cue = (self.refusal.search(gap_c) or negated).group().strip()
                return Assessment(None, refusal=True, status=self._status(lead, left, gap, right, gap_c), cue=cue)
            return Assessment("negation")
        # (the report after the clause is read only when a modal is there to be excused)
        modal = forecast or self.modality.search(_strip_reporting(clause, self)) and self.modality.search(
            _strip_reporting(self._reported_future(clause, right), self))
        if modal or self.belief_forecast.search(f"{lead_c} {clause}") or self.eventual.search(
                f"{' '.join(lead_c.split()[-3:])} {clause} {' '.join(right_c.split()[:4])}"):
            return Assessment("modality")
        if re.search(r"\bto\s*$", gap_c) and (not self.infinitive_ok.search(gap_c) and not title
                                                or self.persuaded.search(left_c)):
            return Assessment("infinitive")     # "to encourage Biden to support Wallace": a wish
        status = self._status(lead, left, gap, right, gap_c)
        cue = self.tentative.search(gap_c) if status == "tentative" else self.reported.search(
            _TOKEN.sub(" ", _quoted_removed(f"{lead} {left} {gap} {right}"))) if status == "reported" else None
        return Assessment(None, status=status, cue=cue.group().strip() if cue else "")

    def _confirmed(self, before: str, after: str) -> bool:
        """The claim or post the clause is told from is said to be true: before it ("The claim circulating online is
        correct: ..."), or by someone who confirmed it after it in the sentence ("Posts say X backs Y, and the
        ministry confirmed it"; not "could not confirm it", "has not confirmed it")."""
        return bool(_AFFIRMED_BEFORE.search(before) or _CONFIRMED_AFTER.match(after))

    def _doubted_after(self, after: str) -> bool:
        """The words after the clause doubt it: a report closing it with doubt or said to be wrong ("...,
        an opposition MP claimed without evidence", "..., a diplomat wrongly told reporters"), or its report
        said to be unconfirmed ("..., though the report could not be confirmed", "..., a report that could
        not be verified said")."""
        if "," not in after and ";" not in after:
            return False
        head = after.split(";", 1)[0]
        return any(self.doubt.search(t.group("how")) or self.wrong_report.search(t.group("said"))
                   for t in self.claiming_tail.finditer(head)) or bool(self.unconfirmed_after.match(after))

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

    def _reported_future(self, clause: str, right: str) -> str:
        """The clause without its "would"/"will" when a reporting clause closes it and its speaker is
        no commentator: "Turkey would back Rutte, Erdogan's office said" reports the stance."""
        tail = self.reporting_tail.match(_TOKEN.sub(" X ", right))
        if tail is None or self.commentators.search(tail.group()):
            return clause
        if _PRESENT_REPORT.search(tail.group().rsplit(",", 1)[-1]):
            # "X would be a formidable contender, diplomats say": a report in the present tense does not shift
            # its "will" back; its "would" is the speaker's hypothesis
            return re.sub(r"\bwill\b", " ", clause, flags=re.I)
        return re.sub(r"\b(?:would|will)\b|['’]d\b", " ", clause, flags=re.I)

    def _status(self, lead: str, left: str, gap: str, right: str, gap_c: str) -> str:
        """Tentative from the trigger's own words; reported only when this clause (or the report
        it hangs on, "media reported that") is attributed to media or sources, not to a state
        speaking for itself ("..., the Hungarian foreign minister wrote")."""
        if self.tentative.search(gap_c) or self.tentative.search(gap_c + " support"):
            return "tentative"
        left = re.split(r",\s*(?:and|but|while|whereas)\b", left)[-1]
        lead = lead if re.search(r"\bthat\s*$", lead) else ""
        text = _quoted_removed(f"{lead} {left} {gap} {right}")
        text = re.sub(r"⟨[SOM]\d+⟩(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+" + self.reported.pattern, " ", text, flags=re.I)
        if self.reported.search(_TOKEN.sub(" ", text)):
            return "reported"
        return "confirmed"


# a second verb of the same report with its own "would" ("said Slovakia will not block consensus and would back him")
_COORDINATED_FUTURE = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+)?(?:would|will)\b", re.I)


def _strip_reporting(text: str, scope: Scope) -> str:
    """Drop "said they would" (and the "and would" of a second verb it reports) so that only a modal
    not reporting a stance is left."""
    stripped = scope.reporting_then_modal.sub(" ", text)
    return _COORDINATED_FUTURE.sub(" and ", stripped) if stripped != text else stripped


def _quoted_removed(text: str) -> str:
    return re.sub(r"\"[^\"]*\"", " ", text)
