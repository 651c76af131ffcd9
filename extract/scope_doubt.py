"""Doubt and denial for scope: reports the article doubts, denies or says are false, and their confirmation."""
from __future__ import annotations

import re

from natowatch.extract.calendar_names import WEEKDAY_NAMES
from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.lexicon import BE_FORMS, THIRD_PERSON_POSSESSIVES, bounded, Lexicon, phrase_pattern



# a claim said to be true before its statement: "The claim ... is correct:", "The posts turned out to be accurate:"
_AFFIRMED_BEFORE = re.compile(r"\b(?:" + BE_FORMS + r"|proved|proves|turned\s+out\s+to\s+be)\s+(?:\w+\s+)?(?:true|correct|"
                              r"accurate|right)\s*:\s*$", re.I)
# someone confirming it later in the sentence: ", and the foreign ministry confirmed it in a statement" (the words
# between name who, with no negation among them)
# (a state's office is a token there, and so may "it" be, read as the state)
_CONFIRMED_AFTER = re.compile(r"^[^;]*?,\s*(?:and|but)\s+(?:(?!(?:not|never|no)\b)(?![\w'’.-]*n['’]t\b)(?:[\w'’.-]+|⟨[SOM]\d+⟩)\s+){1,6}?"
                              r"(?:(?:has|have|had|later|since|quickly|officially|formally|publicly)\s+){0,2}"
                              r"(?:confirmed|verified|corroborated)\s+(?:(?:it|this|that|them|the\s+(?:[\w-]+\s+)?"
                              r"(?:report|claim|post|news|move|endorsement|decision)s?)\b|⟨S\d+⟩(?!['’]))", re.I)


# a question's own clause ("... that the allies will follow?", "... shows that the vote is in July?"; not "that?",
# "that it is true?", "that so?") and its content words
# (not "that" the pronoun: "Is that true?", "Was that really so?")
_QUESTION_CLAUSE = re.compile(r"(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)\bthat\s+(?!(?:it|this|so|is|was|really|true|"
                              r"correct|right|accurate)\b)(?P<clause>[^?]+)\?", re.I)
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_FUNCTION_WORDS = frozenset("""will would could should shall might must have having been were that this those these there their
    they them then than with from into onto about also does what which when where whom whose just only even ever very
    more most much some such said says""".split())


def _content(text: str) -> set[str]:
    """The content words of `text`, by their first five letters ("backs" and "backed" are one)."""
    return {w.lower()[:5] for w in _CONTENT_WORD.findall(text) if w.lower() not in _FUNCTION_WORDS}


def _other_matter(question: str, previous: str) -> bool:
    """A question of a clause of its own that shares no content word with the sentence before it: it asks
    about another matter ("Romania nominated X. What proof does he have that the allies will follow?"), while
    "What proof is there that Hungary backs him?" asks about the report before it."""
    own = _QUESTION_CLAUSE.search(question)
    words = _content(own.group("clause")) if own is not None else set()
    return bool(words) and not words & _content(previous)      # (not "to back that up?": no clause)


# up to a word of the words before a denial, none a negation ("has not issued a denial" leaves the clause standing)
_UNNEGATED = r"(?:(?!(?:never|not|no|nobody|without)\b)(?![\w'’-]*n['’]t\b)[^\s,;]+\s+)"


# a fact-check's verdict, alone as its sentence's first words ("FALSE.", "Mostly false:", "Misleading -"), the
# lexicon's verdict_words put in its place (not "!": "Nonsense! The others will follow," a speaker's own cry)
_VERDICT = r"(?:{})\s*(?:[.:–—]|-\s|$)"


class Doubt:
    """The doubt and denial patterns of Scope (a mixin) and the checks that read them."""

    def _doubt_patterns(self, lex: Lexicon) -> None:
        self.doubt = lex.regex("cues", "doubt")
        # an answer that affirms what a question doubted: "Yes, ...", "Indeed.", "It is true.", "Confirmed:" (the
        # lexicon's affirmations and affirmed_replies; not "It is unclear")
        self.affirmed = compiled_pattern(r"\W*(?:" + phrase_pattern(lex.words("cues", "affirmations")
                                                                     + lex.words("cues", "affirmed_replies")) + r")\b", re.I)
        self.claim_label = compiled_pattern(r"^\W*" + lex.alt("cues", "claim_labels") + r"\s*:", re.I)
        # "wrongly reported that", "falsely claimed that": the article says the report was wrong
        self.wrong_report = compiled_pattern(lex.alt("cues", "wrong_report_adverbs") + r"\s+(?:\w+\s+)?"
                                             + lex.alt("cues", "wrong_report_verbs")
                                             # a report called false or unconfirmed by its own adjective, before the
                                             # clause it tells: "An unconfirmed report claims Slovakia has ...",
                                             # "unfounded rumours that ...", "a baseless claim that ..."
                                             + r"|\b(?:" + lex.alt("cues", "false_words") + r")\s+(?:(?-i:[a-z][\w-]*)\s+)?"
                                             + lex.alt("cues", "report_nouns") + r"s?\b(?:\s+(?!that\b)[^\s,;]+){0,4}?\s+(?:that\b|"
                                             + lex.alt("cues", "wrong_report_verbs") + ")", re.I)
        # a denial later in the sentence pointing back at the clause: "Turkey backs Rutte, a claim Ankara denied",
        # "..., though Ankara has denied this", "..., but Ankara denied the report" (not a new report: "denied the
        # report that", "denied it had")
        report_n, denying = lex.alt("cues", "report_nouns"), lex.alt("cues", "denying_verbs")
        # a report or message said not to exist, the next sentence's opening: "The agency published no such report.",
        # "No such statement exists.", "There was no such post." (not "no such report had reached Ankara": one not
        # received; nor one of another matter named after it: "no such statement about the vote")
        said_n = "(?:" + report_n + "|" + lex.alt("cues", "message_nouns") + r")s?"
        no_such = (r"(?:(?:(?:[^\s,;:\"“”]+\s+){1,5}?(?:published|issued|made|released|posted|carried|put\s+out|sent)|there\s+(?:is|was|has\s+been))\s+"
                   r"no\s+such\s+" + said_n + r"(?=\s*(?:[.;!]|$))|no\s+such\s+" + said_n + r"\s+(?:(?:ever|actually)\s+)?"
                   r"(?:exists|existed|was\s+(?:ever\s+)?(?:published|issued|made|released|posted|sent)|has\s+(?:ever\s+)?been\s+"
                   r"(?:published|issued|made|released|posted))(?=\s*(?:[.;!]|by\b|$)))")
        # a report put in question ("Is that true?", "Can you confirm the report?") or a fact-check's verdict
        # ("Verdict: False"): no fact stated
        that = r"(?:that|this|it|them|these|those|they|the\s+(?:[\w-]+\s+)?" + report_n + r"s?|such\s+" + report_n + r"s?)"
        questioned = (r"(?:" + BE_FORMS + r")\s+" + that + r"\s+(?:really\s+|actually\s+|even\s+)?(?:true|correct|accurate|"
                      r"right|so)\s*\?|(?:can|could|will|would)\s+you\s+(?:confirm|deny)\s+" + that + r"(?![\w-])|"
                      # asked of anyone ("Can anyone confirm that?", "Can the ministry verify this?"), or a bare "Really?"
                      r"(?:can|could|will|would)\s+(?!not\b)(?:[\w-]+\s+){1,2}?(?:confirm|verify|deny)\s+" + that + r"\s*\?|"
                      # ... or asked to show what would make it one ("Can anyone produce a letter to back that up?",
                      # "Could the ministry provide any evidence for it?")
                      r"(?:can|could|will|would)\s+(?!not\b)(?:[\w-]+\s+){1,2}?(?:produce|provide|show|supply|offer|present|cite|"
                      r"publish|release)\s+(?:(?:a|an|any|some|the|one)\s+)?(?:[\w-]+\s+)?" + lex.alt("cues", "evidence_nouns")
                      + r"s?\b[^?.;]{0,40}\?|"
                      # ... or by who might ("Who can confirm it?")
                      r"who\s+(?:can|could|will|would)\s+(?:confirm|verify|corroborate)\s+" + that + r"\s*\?|"
                      r"(?:really|seriously)\s*\?\s*$|"
                      r"is\s+there\s+(?:any|some)\s+(?:truth|evidence|proof)\s+(?:to|in|for|of)\s+" + that + r"(?![\w-])|"
                      # asking for what would make it a fact ("Where is the evidence?", "What is the source?"), or whether
                      # anyone saw it ("Has anyone actually seen a statement?")
                      r"(?:where|what)\s+(?:" + BE_FORMS + r")\s+(?:the|their|its|his|her|any)\s+(?:[\w-]+\s+)?"
                      + lex.alt("cues", "evidence_nouns") + r"\s*\?|(?:has|have|did|does)\s+(?:any(?:one|body)|someone|somebody)\s+"
                      r"(?:(?:actually|really|ever|yet|\w+ly)\s+)?(?:seen|see|confirmed|confirm|verified|verify|read|heard|hear|"
                      r"witnessed|witness)\b[^?]{0,40}\?|"
                      # any question for what would show it ("But what proof is there?", "Where are the documents to
                      # show it?", "Which source says so?")
                      r"(?:what|where|which)\s+(?:(?:" + BE_FORMS + r")\s+(?:the|their|its|his|her|any)\s+)?(?:[\w-]+\s+)?"
                      + lex.alt("cues", "evidence_nouns") + r"s?\b[^?.;]{0,40}\?|"
                      r"(?:our\s+)?(?:verdict|rating|ruling)\s*:\s*(?:mostly\s+)?" + lex.alt("cues", "false_words"))
        # the report named back and said to be false: "..., but the embassy said the reports were not accurate", the
        # next sentence "These reports are untrue.", "The ministry wishes to clarify that these reports are not accurate."
        # (a report noun right before its verb: "reports that Chile opposed X are false" are other reports, read by
        # shown_false)
        false_said = (r"(?:these|those|the|this|that|such)\s+(?:[\w-]+\s+)?(?:" + report_n + "|" + lex.alt("cues", "message_nouns")
                      + r")s?\s+(?:(?:" + BE_FORMS + r")\s+(?:(?:simply|completely|entirely|totally|wholly)\s+)?"
                      r"(?:not\s+(?:accurate|true|correct|right)|[\"“‘']?(?:\w+\s+)?" + lex.alt("cues", "false_words") + r")"
                      r"|(?:has|have)\s+no\s+(?:basis|foundation))(?![\w-])")
        self.denied_after = compiled_pattern(
            r"\b" + false_said + "|"
            r",\s*(?:according\s+to\s+)?(?:a|an|the)\s+" + report_n + r"\s+(?:that\s+|which\s+)?(?:[^\s,;]+\s+){0,4}?" + denying + "|"
            # (not something never denied: "..., something Oslo has never denied" leaves it standing)
            r"\bsomething\s+(?:(?!(?:never|not|no\s+longer)\b)(?![\w'’-]*n['’]t\b)[^\s,;]+\s+){0,4}?" + denying + "|"
            # "...; the ministry called the story pure invention", "branded the report fake news"
            r"\b(?:call|calls|called|calling|branded|brands|labelled|labeled|termed)\s+(?:the|this|that|these|such)\s+(?:[\w-]+\s+)?"
            + report_n + r"s?\s+(?:(?:a|an|pure|complete|total|utter|simply|just)\s+){0,2}" + lex.alt("cues", "false_words") + "|"
            + denying + r"\s+(?:this|it|them|the\s+(?:[\w-]+\s+)?" + report_n + r"|such\s+" + report_n + r")"
            # (a time after it is when it was denied: "denied the report on Tuesday"; not "denied the report on its plans")
            r"(?![\w-])(?!\s+(?:that|of|about|had|has|was|is|were|would|will|did)\b)"
            r"(?!\s+on\s+(?!(?:" + WEEKDAY_NAMES + r"|the\s+same\s+day)\b))|"
            # "..., but the government denied that." ("that" ending the clause; "denied that it had ..." is a report)
            + denying + r"\s+that(?=\s*(?:[.;,!]|$))|"
            # a denial as a noun, by someone not said to withhold it: "..., but the government quickly issued a denial",
            # "..., prompting a swift rebuttal from the ministry" (not "has not issued a denial", "a denial of reports that")
            r"(?:^|[,;(–—-])\s*(?:(?:and|but|though|although|yet|while|prompting|drawing)\s+)?"
            + _UNNEGATED + r"{0,6}?(?:a|an|the|" + THIRD_PERSON_POSSESSIVES + r")\s+(?:(?:swift|quick|prompt|immediate|firm|flat|categorical|"
            r"official|formal|strong|angry|terse|\w+ly)\s+){0,2}" + lex.alt("cues", "denial_nouns")
            + r"(?!\s+of\s+(?!(?:it|this|that|them|the\s+(?:[\w-]+\s+)?" + report_n + r"s?)(?!\s+that)\b))|"
            # a relative clause on the clause that denies it: "..., which the ministry later denied", "..., which Bratislava
            # dismissed as premature" (not a noun's apposition: "faced accusations ..., a charge he rejects" denies those)
            r",\s*which\s+" + _UNNEGATED + r"{1,5}?(?:(?:has|have|had)\s+)?" + denying
            + r"(?=\s*(?:[.;,!]|$|as\b|outright\b|flatly\b|out\s+of\s+hand\b|immediately\b|at\s+once\b|within\b|on\s+\w+day\b))|"
            + questioned + "|"
            # a fact-check's bare verdict after the sentence's end (the next sentence's opening, `denial_opening`):
            # '"Chile has vetoed X." FALSE.'
            r"[.!?…][\"'”’)]*\s+" + _VERDICT.format(lex.alt("cues", "verdict_words")) + "|"
            # ... or its saying the report does not exist ("... No such statement exists.")
            r"[.!?…][\"'”’)]*\s+" + no_such, re.I)
        # a contrast saying the choice is not made yet: "Chile is inclined to back X, but no decision has been announced",
        # "..., though no final choice has yet been made", "..., with no decision taken" (subjectless: "but Hungary has
        # not decided" is Hungary's; not a decision on another matter: "no decision has been taken on the date")
        decision_n = lex.alt("cues", "decision_nouns")
        self.undecided_after = compiled_pattern(
            r"(?:,\s*|\s)(?:(?:but|though|although|yet|while|even\s+though|with)\s+)" + _UNNEGATED + r"{0,6}?"
            r"(?:no\s+" + decision_n + r"\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:yet|so\s+far|still|as\s+yet)\s+)?"
            r"(?:(?:been|being)\s+)?(?:(?:yet|so\s+far|formally|officially|publicly)\s+)?(?:taken|made|announced|reached|finalised|"
            r"finalized|communicated|adopted)|nothing\s+(?:has|had|is)\s+(?:yet\s+)?(?:been\s+)?(?:decided|settled|final)|"
            r"(?:the|a|any)\s+" + decision_n + r"\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:pending|open|to\s+come)|"
            r"(?:the|a|any)\s+" + decision_n + r"\s+(?:has|had)\s+(?:still\s+)?yet\s+to\s+be\s+(?:taken|made|announced))"
            r"(?=\s*(?:[.;,)!]|$|yet\b|so\s+far\b|as\s+yet\b|for\s+now\b|publicly\b|officially\b|either\s+way\b|on\s+(?:it|this|that|the\s+matter)\b))",
            re.I)
        # ... or opening the next sentence: "Some media reported that Estonia was backing X. The foreign ministry
        # denied this." (its subject a few words; not "denied this week that ...": a report of its own)
        self.denied_next = compiled_pattern(
            r"^\W*(?:[^\s,;:\"“”]+\s+){1,6}?(?:(?:has|have|had|quickly|promptly|flatly|later|swiftly|firmly)\s+){0,2}"
            + denying + r"\s+(?:this|it|that|them|the\s+(?:[\w-]+\s+)?" + report_n + r"|such\s+" + report_n
            + r"|these\s+" + report_n + r")(?![\w-])(?!\s+(?:that|of|about|had|has|was|is|were|would|will|did|week|month|year)\b)"
            r"(?!\s+on\s+(?!(?:" + WEEKDAY_NAMES + r")\b))"
            r"|^\W*(?:(?:and|but|so)\s+)?(?:" + questioned + ")"
            # the report named back and said to be false ("These reports are not accurate.", "The embassy wishes to
            # clarify that these reports are untrue.")
            r"|^\W*(?:[^\s,;:\"“”]+\s+){0,8}?(?:that\s+)?" + false_said +
            # the report or message said not to exist: "The agency published no such report.", "No such statement exists."
            r"|^\W*" + no_such +
            # a fact-check's bare verdict opening the next sentence: '"Chile has vetoed X." FALSE. No vote has taken
            # place.', "Mostly false:", "Misleading -" (the verdict alone, its sentence's first words)
            r"|^\W*" + _VERDICT.format(lex.alt("cues", "verdict_words")), re.I)
        # a report the words after its clause deny: "Reports that Turkey had backed Iohannis were false", "...
        # were dismissed as premature by the Elysee" (a denying verb only after a report's own noun and "that")
        self.shown_false = compiled_pattern(
            r"^[^.;]{0,60}?\b(?:was|were|is|are|remains|remained|proved|proven|turned\s+out|has\s+been|have\s+been)\s+(?:to\s+be\s+)?"
            # (the words may be quoted: "are 'pure speculation'")
            r"[\"“‘']?(?:\w+\s+)?" + lex.alt("cues", "false_words"), re.I)
        self.shown_denied = compiled_pattern(
            r"^[^.;]{0,60}?\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)\s+"
            r"(?:(?:later|since|subsequently|quickly|swiftly|soon|\w+ly)\s+){0,2}" + bounded(lex.phrase_participles("cues", "denying_verbs")
                                                                                           + lex.phrase_participles("cues", "retracting_verbs")), re.I)
        # (a published piece saying it: "an earlier article claiming that Rome favoured X was retracted")
        self.report_that = compiled_pattern(
            r"(?:" + lex.alt("cues", "report_nouns") + "|" + lex.alt("cues", "message_nouns") + r")s?(?:\s+(?:in|by|from|of|on)\s+(?:[^\s,;]+\s+){0,5}?)?"
            # (a message's -ing verb may take its clause without "that": "A post saying S backs X was deleted")
            r"(?:(?:\s+(?:claiming|saying|suggesting|alleging|stating|reporting|asserting))?\s*that|\s+(?:claiming|saying|"
            r"suggesting|alleging|stating|reporting|asserting))\s*$|"
            # (or its author's relative clause says it: "Reports by a website, which said S would back X, were denied",
            # "A claim by a blogger, who wrote that S backs X, was dismissed")
            r"(?:" + lex.alt("cues", "report_nouns") + "|" + lex.alt("cues", "message_nouns") + r")s?\s+(?:(?:\w+\s+)?(?:in|by|from|of)\s+)"
            r"(?:[^\s,;]+\s+){0,3}?[^\s,;]+\s*,\s*(?:which|who)\s+(?:had\s+)?(?:(?-i:[a-z]+ly)\s+)?(?:said|says|wrote|writes|claimed|claims|"
            r"reported|reports|alleged|alleges|suggested|suggests|stated|states|asserted|asserts)(?:\s+that)?\s*$", re.I)
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
            + r"|(?:[\w'’.-]+\s+){1,4}?(?:(?:could|can|did|do|does|would|will|were|was|is|are|has|have)"
            r"(?:\s+not|n['’]t|\s+unable\s+to|\s+not\s+able\s+to|\s+not\s+been\s+able\s+to|\s+yet\s+to)"
            # ("..., although Budapest never confirmed this", "has never confirmed it")
            r"|(?:(?:has|have|had)\s+)?never)\s+(?:(?:yet|immediately|once|ever|actually|\w+ly)\s+){0,2}"
            + lex.alt("cues", "confirming_verbs") + r"\s+(?:it|this|that|them|the\s+(?:[\w-]+\s+)?" + lex.alt("cues", "report_nouns")
            + r"s?|the\s+(?:video|post|posts|footage|account|message|tweet)s?)(?![\w-])"
            # someone refusing to confirm it ("..., but the prime minister herself has refused to confirm anything",
            # "..., and Ankara declined to confirm it")
            r"|(?:[\w'’.-]+\s+){1,5}?(?:(?:has|have|had)\s+)?(?:(?:so\s+far|\w+ly)\s+)?(?:refused|refuses|declined|declines)\s+to\s+"
            + lex.alt("cues", "confirming_verbs") + r"\s+(?:it|this|that|them|anything|X|any\s+of\s+(?:it|this|that)|the\s+(?:[\w-]+\s+)?"
            + lex.alt("cues", "report_nouns") + r"s?)(?![\w-])"
            # the writer's hedge on what others said: "..., or so Budapest papers said", "..., or so it seemed"
            r"|or\s+so\s+(?:it\s+(?:seems|seemed|appears|appeared)|(?:[^\s,;]+\s+){1,6}?(?:said|say|says|claimed|claim|claims|"
            r"reported|report|reports|insisted|insist|insists|believe|believes|believed|would\s+have\s+it))(?![\w-])"
            # a report the clause is called that someone never confirmed: "..., a claim the government never confirmed"
            r"|(?:an?|the|one)\s+(?:[\w-]+\s+)?(?:" + lex.alt("cues", "report_nouns") + r")s?\s+(?:that\s+|which\s+)?(?:[^\s,;]+\s+){1,5}?"
            r"(?:(?:has|have|had)\s+)?(?:never|not|(?:did|does|do|has|have|had)(?:\s+not|n['’]t))\s+(?:(?:yet|once|ever|\w+ly)\s+){0,2}"
            + lex.alt("cues", "confirming_verbs") + r"(?=\s*(?:[.;,]|$)))", re.I)
        # a report the clause is set against, whose own clause the predicate is: "no decision has been taken, despite
        # reports it favours X", "contrary to claims that Y backs X" (not the report set off before a clause of fact:
        # "Contrary to speculation, Z has not withdrawn its support")
        self.contested_report = compiled_pattern(
            r"\b(?:despite|in\s+spite\s+of|notwithstanding|contrary\s+to|against|unlike|in\s+contrast\s+to)\s+"
            r"(?:(?:the|a|an|one|another|earlier|recent|persistent|repeated|"
            r"media|press|widespread|some|many|\w+ly)\s+){0,3}" + lex.alt("cues", "report_nouns")
            + r"s?\b(?:\s+(?:in|by|from|of)\s+(?:[^\s,;]+\s+){0,3}?)?[^,;]{0,80}$", re.I)
        self.denied_lead = compiled_pattern(lex.alt("cues", "denying_frames") + r"(?:\s+(?:saying|stating|declaring|that|it|this))*\s*$",
                                      re.I)
        self.retracted = compiled_pattern(lex.alt("cues", "retracting_openings") + r"[^.;]{0,80}?(?:"
                                          + lex.alt("cues", "reporting_verbs") + r"|reported|misstated|suggested)[^.;]*$", re.I)

    def denial_opening(self, sentence: str, previous: str = "") -> str:
        """The words opening `sentence` that deny what the sentence before it (`previous`) told, else "" (not a
        question of a matter of its own: "What proof does he have that the allies will follow?" asks about the
        allies, not about the nomination before it)."""
        m = self.denied_next.match(sentence)
        if m is None or previous and _other_matter(m.group(), previous):
            return ""
        return m.group()

    def answered_yes(self, opening: str, answer: str) -> bool:
        """A question opening the next sentence (`opening`, from denial_opening) that the sentence after it
        answers in the affirmative ("Can anyone verify this? Yes: Warsaw published the letter")."""
        return opening.rstrip().endswith("?") and self.affirmed.match(answer) is not None

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
