"""Reports for scope: reporting verbs, commentators and forecasts, and a "would" that only reports a stance."""
from __future__ import annotations

import re

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.lexicon import BE_FORMS, THIRD_PERSON_POSSESSIVES, Lexicon
from natowatch.extract.scope_bounds import _TOKEN

# a preposition opening an adverbial of time or place
_ADVERBIAL_PREPOSITION = r"(?:during|on|in|at|after|before|while|from|to|with)\b"
# a reporting verb in the present tense: "..., diplomats say"
_PRESENT_REPORT = re.compile(r"\b(?:say|says|tell|tells|insist|insists|claim|claims|add|adds|believe|believes|suggest|"
                             r"suggests|write|writes|argue|argues|note|notes|predict|predicts)\b", re.I)


class Reporting:
    """The reporting patterns of Scope (a mixin)."""

    def _report_patterns(self, lex: Lexicon) -> None:
        self.commentators = lex.regex("cues", "commentators")
        # "according to a columnist in Le Monde": a commentator named as the source is an opinion, as "analysts say" is
        self.commentator_source = compiled_pattern(r"\baccording\s+to\s+(?:[^\s,;]+\s+){0,3}?" + self.commentators.pattern, re.I)
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
            r"(?:" + lex.alt("cues", "reporting_verbs") + "|" + lex.alt("cues", "telling_verbs") + r")(?:\s+(?!if\b|unless\b)[\w'’,⟨⟩]+){0,8}?\s+(?:would|will|'d|’d)\b", re.I)
        # an ended opposition, then a second verb with "would" ("had lifted its objections and would back X"): the
        # future of a past told as fact, not a hypothesis (not "would have backed", "would only back")
        self.ended_then_would = compiled_pattern(
            r"(?P<keep>(?<![\w-])(?:" + lex.alt("opposition", "reversal_verbs") + r")\s+(?:" + THIRD_PERSON_POSSESSIVES + r"|the)\s+(?:[\w-]+\s+)?(?:"
            + lex.alt("opposition", "nouns") + r")(?:\s+(?:to|against|on)\s+\S+)?\s*,?\s+and\s+(?:(?:now|then|also|so)\s+)?)"
            r"would\b(?!\s+(?:have|not|never|only|rather|probably|likely)\b)", re.I)
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
        # (a negative subject with its auxiliary: "though neither has said she is interested", "none of them has said")
        negated = (r"(?:\bnot|n['’]t|\bnever|\b(?:neither|none|nobody|no\s+one)(?:\s+of\s+(?:them|the\s+\w+))?"
                   r"(?:\s+(?:in|at|from)\s+(?:the\s+)?\S+)?"
                   r"(?:\s+(?:is|was|has|have|had|will|would))?)\s+(?:(?:ever|publicly|once|explicitly|actually|yet)\s+)?")
        self.negated_lead = compiled_pattern(negated + self.reporting_lead.pattern, re.I)
        # "told reporters that Bachelet had quit and that Argentina would support Grossi": the second
        # "that" goes on with the first one's report
        # (the first clause may be told with no "that": "said he would be a very good candidate and that Britain would
        # support him")
        self.continued_report = compiled_pattern(
            lex.alt("cues", "reporting_verbs") + r"\s[^;:]*?\b(?:and|but)\s+(?:also\s+)?that\s*$", re.I)
        self.negated_report = compiled_pattern(negated + lex.alt("cues", "reporting_verbs") + r"\b", re.I)
        # a forecast in the words of a belief: "Rutte believes Turkey will back him" (not a report: "said it will")
        self.belief_forecast = compiled_pattern(lex.alt("cues", "belief_verbs") + r"(?:\s+(?!that\b)[\w'’⟨⟩]+){0,8}?\s+(?:that\s+(?:[\w'’⟨⟩]+\s+){0,6}?)?"
                                                r"(?:will|would|['’]ll|is\s+going\s+to|are\s+going\s+to)\b", re.I)
        # a guess, not a stance stated (scope.guessed): a guess noun before "is (that)", its owner and an aside between
        # ("My guess - and it is only a guess - is that", "The betting in Brussels is", "Odds are"); a guessing verb in
        # an aside of the clause ("Hungary, I suspect, will", "will, one suspects, back"); a report closing the clause
        # with a verb of foretelling and nothing after it but a time ("..., a Turkish newspaper predicted on Sunday";
        # not "..., as many had predicted", "..., something few expected", "..., confounding those who predicted a veto")
        predicting, belief = lex.alt("cues", "predicting_verbs"), lex.alt("cues", "belief_verbs")
        self.guess_lead = compiled_pattern(
            r"(?:^|[^\w'’-])(?:(?:my|our|the|one|his|her|their|its|a|an|[\w'’]+['’]s?)\s+)?(?:[\w-]+\s+){0,2}?"
            + lex.alt("cues", "guess_nouns") + r"(?:\s+(?:in|among|at|from|of|around|inside|on)\s+[^.;:,–—-]{1,40}?)?"
            r"\s*(?:[-–—,(][^.;:]{0,60}?[-–—,)]\s*)?(?:" + BE_FORMS + r"|remains?|seems?)(?:\s+(?:still|now|simply|clear))?"
            r"(?:\s+(?:that|on))?\s*$"
            # ... or a guess noun as the label opening the sentence, its colon before the clause: "Here's my prediction:
            # X withdraws", "My guess: S backs X and T follows", "Our forecast for the autumn: ..."
            # (after a transcript's speaker label in capitals, "TOM HALE: Here's my prediction, and you can hold me to it: ...")
            r"|^\W*(?-i:[A-Z][A-Z.'’ -]{1,40}:\s*)?(?:(?:here['’]?s|here\s+is|this\s+is|so|and|but)\s+)?(?:(?:my|our|the|one|his|"
            r"her|their|its|a|an|[\w'’]+['’]s?)\s+)?(?:[\w-]+\s+){0,2}?" + lex.alt("cues", "guess_nouns")
            + r"(?:\s+(?:for|in|among|at|from|of|around|inside|on|about)\s+[^.;:,–—-]{1,40}?)?(?:\s*,[^.;:!?]{1,60})?\s*:[^.;:!?]*$"
            # ... or the writer's own guessing verb before the clause: "I suspect, too, that S quietly prefers X", "We
            # would guess S backs X", "One imagines that" (a belief verb only over a "will": belief_forecast)
            r"|(?:^|[^\w'’-])(?:I|we|one)\s+(?:(?:would|['’]d|can\s+only|strongly|also|rather|now|still|too)\s+){0,2}"
            r"(?:" + predicting + r"|imagine|fancy)(?:\s*[,–—-][^.;:,–—-]{1,30}[,–—-])?\s*(?:that\s*)?$", re.I)
        self.guess_aside = compiled_pattern(
            r"[,–—-]\s*(?:I|we|you|one|some|many|(?:some\s+|many\s+)?" + self.commentators.pattern + r")\s+"
            r"(?:(?:would|'d|’d|can\s+only|might|strongly|rather)\s+)?(?:" + predicting + "|" + belief + r"|imagine|fancy)"
            r"\s*(?:[,–—-]|$)", re.I)
        self.guess_tail = compiled_pattern(
            r"^[^;]*?,\s*(?!(?:something|contrary|just|exactly|much|unlike|more|less|so|earlier|later|sooner)\b)"
            r"(?:(?!(?:as|than|what|which|who|whom|that|those|how|when|few|nobody|no|none|anyone|anybody|everyone|everybody|"
            r"move|step|decision|outcome|result|shift|switch|turn)\b)[\w'’.-]+\s+){1,5}?(?:(?:had|has|have|now|widely|also|confidently|privately|\w+ly)\s+){0,2}"
            r"(?P<verb>" + predicting + "|" + belief + r")"
            r"(?:\s+(?:on|last|this|yesterday|earlier|today|in|at|after|before)\b[^,;]{0,40})?\s*(?:[.;!]\s*)?$"
            r"|^[^;]*?,\s*(?P<inverted>" + predicting + r")\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+\s*(?:[.;!]\s*)?$", re.I)
        self.belief_word = compiled_pattern(belief, re.I)
        # a belief held by people named by no one, right before the clause: "Diplomats believe Washington favours X",
        # "officials in Brussels privately think that Ankara backs him" (an opinion of the stance, not the stance)
        self.source_belief = compiled_pattern(
            r"(?<![\w'’-])" + lex.alt("cues", "unnamed_believers") + r"(?:\s+(?:in|at|from|of|close\s+to|inside)\s+(?:\S+\s+){0,3}?\S+)?"
            r"\s+(?:(?:privately|widely|now|still|also|increasingly|clearly)\s+)?" + lex.alt("cues", "holding_verbs")
            + r"(?:\s+that)?\s*$", re.I)
        # a wager on the clause, before it ("I'd put money on S coming round", "I would bet on S backing X", "I'd wager
        # S will") or called one after it ("..., but that's a bet, not a fact", "...; it is only a guess"): a forecast
        self.wager_lead = compiled_pattern(
            # (a stake is named after "put" or "place": not "the sanctions placed on S", "emphasis put on S backing X")
            r"(?<![\w'’])(?:(?:bet|bets|betting|wager|wagers|wagered|wagering)\s+(?:(?:good|serious|real|some|my|our|a\s+lot\s+of|"
            r"big|money|cash)\s+){0,3}on|(?:put|puts|putting|place|placed|stake|staked)\s+(?:(?:good|serious|real|some|my|our|"
            r"a\s+lot\s+of|big)\s+){0,2}(?:money|cash|a\s+bet|a\s+wager|bets)\s+on|"
            r"(?:I|we|you|one)(?:['’]d|\s+would|\s+could)?\s+(?:\w+ly\s+)?(?:bet|wager)(?:\s+(?:good\s+)?money)?(?:\s+that)?)\s*$", re.I)
        self.called_guess = compiled_pattern(
            r"^[^;.]*?[,;–—-]\s*(?:(?:but|and|though|although|yet|of\s+course)\s+)?(?:that|this|it)(?:['’]s|\s+is|\s+was|\s+remains)\s+"
            r"(?:(?:only|just|merely|purely|still|all|simply)\s+)?(?:a|an|my|our|one)\s+(?:[\w-]+\s+)?"
            + lex.alt("cues", "guess_nouns") + r"(?=\s*(?:[,.;:!)–—-]|$|not\b|and\s+not\b|rather\b|at\s+best\b|for\s+now\b))", re.I)
        # a report or a claim closing the clause ("..., a Hungarian MP claimed")
        self.claiming_tail = compiled_pattern(r",\s*(?P<said>(?:[\w'’.-]+\s+){1,5}?(?:" + lex.alt("cues", "reporting_verbs") + "|"
                                              + lex.alt("cues", "opinion_verbs") + r")\b(?P<how>[^,;]*))", re.I)

    def guessed(self, lead: str, left: str, gap: str, right: str) -> bool:
        """The clause is a guess (its words are the article's, a commentator's or anyone's forecast, not a stance
        stated): a guess noun with "is (that)" before it, a guessing verb in an aside of it, or a report closing it
        whose verb foretells ("predicted", "expects"; a verb of belief only over a "will"/"would")."""
        lead_t, right_t = _TOKEN.sub(" X ", lead), _TOKEN.sub(" X ", right)
        own = left if left.strip() else gap     # (a clause read without its agent: "The smart money is on S backing X")
        if self.guess_lead.search(" ".join(lead_t.split())) if lead_t.strip() and not left.strip() else \
                self.guess_lead.search(" ".join(f"{lead_t} {_TOKEN.sub(' X ', own)}".split())):
            return True
        if self.guess_aside.search(_TOKEN.sub(" X ", f"{left} {gap}")):
            return True
        if self.wager_lead.search(" ".join(_TOKEN.sub(" X ", left).split())) or self.called_guess.match(right_t):
            return True     # "I'd put money on S coming round", "S will back X, but that's a bet"
        tail = self.guess_tail.match(right_t) if "," in right_t else None
        if tail is None:
            return False
        verb = tail.group("verb") or tail.group("inverted")
        return not self.belief_word.fullmatch(verb) or bool(re.search(r"\b(?:will|would|won['’]t)\b|['’](?:ll|d)\b",
                                                                      f"{left} {gap}", re.I))

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


# a second verb of the same report with its own "would" ("said Slovakia will not block consensus and would back him")
_COORDINATED_FUTURE = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+)?(?:would|will)\b", re.I)


# a modal or an infinitive right before the ended stance's verb: "would lift its objections and would back X" is all
# hypothesis
_MODAL_BEFORE = re.compile(r"\b(?:would|could|might|may|will|shall|should|must|can|to)\s*$", re.I)


# the ended stance's verb in a past form ("lifted", "dropped", "withdrew", "gave up"; not "lift", "will lift")
_PAST_VERB = re.compile(r"(?:(?-i:[a-z]+ed)|withdrew|withdrawn|overcame|gave|given|took|taken)\b", re.I)


def _told_ended(m: re.Match) -> str:
    """An ended stance told as fact and its joined "would": the "would" dropped."""
    if _MODAL_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) or not _PAST_VERB.match(m.group()):
        return m.group()
    return m.group("keep") + " "


def _strip_reporting(text: str, scope: Reporting) -> str:
    """Drop "said they would" (and the "and would" of a second verb it reports) so that only a modal
    not reporting a stance is left."""
    text = scope.ended_then_would.sub(_told_ended, text)
    stripped = scope.reporting_then_modal.sub(" ", text)
    return _COORDINATED_FUTURE.sub(" and ", stripped) if stripped != text else stripped


def _quoted_removed(text: str) -> str:
    return re.sub(r"\"[^\"]*\"", " ", text)
