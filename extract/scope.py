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

from natowatch.extract.compiled import built, pattern as compiled_pattern
from natowatch.extract.lexicon import (BE_FORMS, FINITE_AUXILIARIES, MODAL_AUXILIARIES, THIRD_PERSON_POSSESSIVES,
                                       built_once, cardinals, Lexicon)
from natowatch.extract.scope_bounds import _TOKEN, ClauseBounds
from natowatch.extract.scope_doubt import Doubt
from natowatch.extract.scope_negation import _NEGATION_ADVERB, _STATED_NEGATION, Negation, _refusal_delay_removed
from natowatch.extract.scope_alternative import Alternatives
from natowatch.extract.scope_reply import Reply
from natowatch.extract.scope_unvouched import Unvouched
from natowatch.extract.scope_verdict import Verdicts
from natowatch.extract.scope_report import Reporting, _quoted_removed, _strip_reporting

# a quotation mark, double or single, not an apostrophe inside a word ("won't", "Hungary's")
_QUOTE_MARK = built(r"[\"“”]|(?<![\w])['‘’]|['‘’](?![\w])")
# "called the reports fake and said ...": what the speaker then says is not under the doubt
# "..., were dismissed by a spokesman, who said Berlin still backed him": the denier's own statement, in a relative
# clause on the denier, is not under the denial (what follows the verb is read as the clause's own words)
_DENIER_STATEMENT = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:denied|dismissed|rejected|refuted|"
                               r"disputed|contradicted)\b[^;]*?\bby\s+(?:[^\s,;]+\s+){0,5}?[^\s,;]+,\s*who\s+"
                               r"(?:(?:also|then|later|instead)\s+)?(?:said|says|added|adds|insisted|insists|stressed|stresses|"
                               r"noted|notes)\b", re.I)
_OWN_STATEMENT = built(r"\b(?:and\s+)?(?:said|says|saying|added|adding|insisted|insisting|stressed|stressing|"
                            r"noted|noting)\b", re.I)
# Relative clauses set off by commas describe a noun; their modality is not the clause's.
_RELATIVE = re.compile(r",\s*(?:who|which|whose|whom|where)\b[^,]*,", re.I)
# a condition after the predicate; "..., should Iohannis withdraw" is an inverted "if" (not one of a second verb
# with its own auxiliary: "would like to lead NATO and would put herself forward if ...")
_RIGHT_CONDITION = re.compile(r"(?:(?!\b(?:and|but)\s+(?:(?:then|also|still|later)\s+)?(?:would|will|could|can|might|may|should|"
                              r"shall|must)\b)[^,;])*?\b(?:if|unless|provided|as long as|on condition)\b|,\s*(?:if|unless|provided)\b|"
                              # the stance said to hang on a condition: "support for X is conditional on guarantees", "...
                              # remains contingent upon", "depends on"
                              r"^\s*(?:(?:is|was|are|were|remains|remained|would\s+be|will\s+be)\s+(?:(?:still|entirely|strictly|"
                              r"wholly|now|only)\s+)?(?:conditional|contingent|dependent)|(?:depends|depended|hinges|hinged)"
                              r"(?:\s+(?:entirely|wholly|largely|still))?)\s+(?:up)?on\b|"
                              r"^[^,;]{0,40}?,?\s*should\s+(?!not\b|have\b|be\b)[\w⟨⟩'’ ]{1,40}?\s+[a-z]+", re.I)
# a candidate coordinated by "neither ... nor" right before the clause's own predicate (scope.assess)
_NEITHER_NOR_END = re.compile(r"\b(?:neither|nor)\s*$", re.I)
# an inverted condition opening the clause before its subject: "Were Iohannis to enter the race, ...", "Had
# Turkey backed him earlier, ..."
_INVERTED_CONDITION = re.compile(r"^\W*(?:were|had)\s*$", re.I)
# ... or closing it after the predicate: "Latvia would back X were Y to drop out" (raw text, its subject a name
# or a pronoun), and the subject of that inverted "were" itself: "... were Y to drop out"
_RIGHT_INVERTED = re.compile(r"^[^,;]{0,80}?,?\s*\bwere\s+(?:⟨[CSO]\d+⟩|he|she|it|they)\s+(?:not\s+)?to\s+[a-z]", re.I)
_INVERTED_LATE = re.compile(r"(?<![\w,])\s*\bwere\s*$", re.I)
# a clause of what is still to come: "before he steps aside", "until Turkey backs him", "once Hungary agrees"
# a clause closed before the one a lead ends in: a colon, a semicolon, or a "that" clause before "and that"
_CLOSED_BEFORE = re.compile(r"[:;]|\b(?:and|but)\s+(?=that\s*$)", re.I)
# an -ly adverb between "to" and its verb, closing the words before the predicate ("to formally", "to quickly")
_SPLIT_INFINITIVE = re.compile(r"\bto\s+(?:(?-i:[a-z]{3,}ly)\s+){1,2}$")
_NOT_YET_CLAUSE = re.compile(r"\b(?:before|until|till|once)\s*$", re.I)
# "said the job was not going to happen and that": the first of two reported clauses has its own modality
# an aside set off by commas just before the report's "that" ("we could say now, while it still means something,
# that S supports X"): left out, so the report's own verb and modal are read before the clause
_ASIDE_BEFORE_THAT = re.compile(r",\s*[^,;:]{1,60},\s*(?=that\s*$)", re.I)
_EARLIER_REPORTED = re.compile(r"\s+that\b(?:(?!\bthat\b).)*\b(?:and|but)\s+(?:also\s+)?that\s*$", re.I)
# the clause's time still to come, right after it: "will back X once Y withdraws", "... as soon as she is out" (not "once
# again", "once Y had withdrawn"; nor "once again says X", "once more backs": the word after "once" no subject)
_TIME_AHEAD = re.compile(r"\s*,?\s*(?:once|as\s+soon\s+as)\s+(?:(?:the\s+)?(?!(?:again|more|before|and|or|but)\b)"
                         r"(?-i:[a-z][\w-]*)\s+)?(?:is|are|has|have|"
                         r"(?!(?:was|does)\b)(?-i:[a-z]+[^s\W]s))\b", re.I)
# ... or after a stance still to come or reported as such, any tense of the clause it waits on: "would back X the moment
# Y did", "will back X the minute Y does", "said it would back X as soon as Y had" (a backshifted or elliptic condition;
# not "backed X the moment Y did", a past fact, nor "will back X once again")
_TIME_AHEAD_OF_MODAL = re.compile(r"\s*,?\s*(?:once|as\s+soon\s+as|the\s+(?:moment|minute|instant|second|day))\s+"
                                  r"(?!(?:again|more|before|after|and|or|but|of|in|on)\b)(?:[\w'’-]+\s+){0,3}?"
                                  r"(?:did|does|do|had|has|have|was|were|is|are|would|could|(?-i:[a-z]+ed|[a-z]+[^s\W]s))\b", re.I)
_MODAL_TO_COME = re.compile(r"(?:\b(?:will|would|shall)\b|['’]ll\b|\bgoing\s+to\b)", re.I)
# a verb in the present tense (the third person's -s), which in such a clause has not happened yet
_PRESENT_TENSE = re.compile(r"(?!(?:was|has|is|does)\b)[a-z]+[^s\W]s\b", re.I)
# a clause opened between the agent and the predicate whose own subject, a noun phrase, the predicate then
# belongs to (not set off by a comma before it: "Romania, while its president ran, backed X" is an aside)
_OWN_SUBJECT = re.compile(r"(?:,\s*(?:and|but)|\b(?:while|whereas|although|though|because|unless))\s+"
                          r"(?:its|his|her|their|the|this|that|these|those)\s+(?:[^\s,;⟨⟩]+\s+){0,5}?[^\s,;⟨⟩]*\s*$", re.I)
# a finite verb of the trigger, past or present ("backed", "backs"), when "neither" negates it
_PAST_FINITE = re.compile(r"(?-i:[a-z]{2,}ed|withdrew|gave|threw|put)\b")
_PRESENT_FINITE_VERB = re.compile(r"(?-i:[a-z]{2,}(?<!s)s)\b")
_NEITHER_LAST = re.compile(r"\bneither\s*$", re.I)
_FIRST_AUXILIARY = re.compile(r"\b(?:" + MODAL_AUXILIARIES + r"|" + BE_FORMS + r"|has|have|had|does|"
                              r"do|did)\b", re.I)
# a comparison's standard is a clause of its own: "Never had Mexico been prouder than when it nominated X",
# "Seldom has Germany backed anyone as firmly as it backs X" (what is negated or modal before it is the comparison's)
_COMPARED_CLAUSE = re.compile(r"(?:\b\w+(?:er|re)\s+(?:[\w-]+\s+){0,3}?|\b(?:more|less|fewer|better|worse)\s+(?:[\w-]+\s+){0,3}?)than\s+"
                              r"|\bas\s+(?:[\w-]+\s+){1,3}?as\s+(?=(?:when|after|before|since|on|in|it|he|she|they|we|X)\b)", re.I)
_STANDARD_OPENER = re.compile(r"(?:when|after|before|since|on\s+the\s+day|the\s+day|at\s+the\s+moment|in\s+\w+)?\s*"
                              r"(?:it|he|she|they|we|X)\s+(?:\w+\s+){0,2}$", re.I)
_STANDARD_SUBJECT = re.compile(r"^.*?\b(?:it|he|she|they|we|X)\b", re.I)
# an auxiliary (and its negation) set off before a speaker's aside that holds the agent: "Russia will not, Lavrov said,
# back X", "Russia cannot, its foreign minister Sergei Lavrov said on Thursday, give its backing to X"
_AUX_BEFORE_ASIDE = re.compile(r"(?<![\w'’])(?P<aux>(?:(?:" + FINITE_AUXILIARIES
                               + r")(?:\s+(?:not|never|no\s+longer)|n['’]t)?|cannot|won['’]t)(?:\s+(?:yet|ever|\w+ly))?)"
                               r"\s*,\s*[^,;]*$", re.I)
# the end of a range of members ("from the Baltic states to [Bulgaria]"): the states between act, none alone
_RANGE_END = re.compile(r"\bfrom\s+(?:the\s+)?[^,;:()]{1,50}?\s+to\s*$", re.I)
# ... nor its start: "Capitals from [Lisbon] to Helsinki support X"
_RANGE_START = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_RANGE_REST = re.compile(r"\s*to\s+(?:the\s+)?(?:⟨S\d+⟩|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*$)", re.I)
# ... in a clause read whole, its only state: "Much of the flank, from Portugal to Greece, has ..."
_RANGE_IN_CLAUSE = re.compile(r"^(?:[^;⟨]|⟨[MO]\d+⟩)*\bfrom\s+(?:the\s+)?[^,;:()]{1,50}?\s+to\s+⟨S\d+⟩(?![^;]*⟨S\d+⟩)", re.I)
# a stance said to stop short of the act: "..., without yet committing its vote", "without formally endorsing her"
_WITHOUT_COMMITTING = re.compile(r"^[^;.]*?(?:,\s*|\s)without\s+(?:(?:yet|formally|officially|actually|publicly|explicitly|"
                                 r"quite|so\s+far)\s+){0,2}(?:committing(?!\s+to\b)|endorsing|"
                                 r"(?:giving|casting|offering|pledging|declaring|announcing|promising)\s+(?:it|" + THIRD_PERSON_POSSESSIVES + r"|a|any)\s+(?:\w+\s+)?(?:vote|support|backing|"
                                 r"endorsement|blessing))\b", re.I)
# the determiners that negate the noun after them ("no support", "not any backing", "zero support"): read here and by
# frames/stance_checks.py after a giving verb ("will give no support to X")
NO_DETERMINERS = r"no|not\s+any|zero"
# a determiner that negates the agent right after it: "There will be no Hungarian support for X", "no Chilean backing"
_NO_DETERMINER = re.compile(r"(?<![\w'’-])(?:" + NO_DETERMINERS + r")\s*$", re.I)
_MONTH_MAY = re.compile(r"\b(?i:in|on|early|late|mid|since|until|by|of|last|next|this)\s+May\b|\bMay\s+\d")
def _no_month_may(text: str) -> str:
    """The month May is not the modal "may"."""
    return _MONTH_MAY.sub(" ", text) if "May" in text else text     # (every match holds it, as written)


# a modal's perfect ("would have", "could not have", "might well have been ready to"): a counterfactual or a guess
_PERFECT_MODAL = re.compile(r"\b(?:would|could|might|should|must|may)(?:n['’]t)?\s+(?:(?:not|never|also|still|otherwise|well|\w+ly)\s+)*"
                            r"have\s+(?:(?:\w+ly|also|still)\s+)*(?:been\b|$)", re.I)
# a subject opened by "either" ("Either X or a candidate from the east will get the job")
_EITHER_SUBJECT = re.compile(r"(?:^|[,;:]\s*)\W*either\s+$", re.I)
# "nor"/"neither" fronted before a finite auxiliary and the state's pronoun, opening a second clause (read as "and it
# will not"; frames/stance_forms.NOR_PRONOUN)
_NOR_PRONOUN = re.compile(r"(?:^|\s*,\s*|\s+)(?:and\s+)?(?:nor|neither)\s*,?\s+(?:[^,;⟨⟩]{1,50},\s+)?(?P<aux>will|would|does|do|did|"
                          r"has|have|can|could|shall|should)\s+(?P<it>it|they)\s+", re.I)


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
class Scope(ClauseBounds, Negation, Doubt, Reporting):
    _cache: dict[int, tuple[Lexicon, "Scope"]] = {}

    @classmethod
    def of(cls, lexicon: Lexicon) -> "Scope":
        return built_once(cls._cache, lexicon, cls)

    def __init__(self, lex: Lexicon):
        self._bounds: tuple[str | None, dict[tuple[int, bool], int]] = (None, {})
        self.modality = lex.regex("cues", "modality")
        self.condition = lex.regex("cues", "condition")
        # a condition opening the sentence whose own "that" clause the reading starts in: "On condition that X visits
        # Ankara, Turkey will back him", "Provided that ..., Mexico will support her"
        self.condition_lead = compiled_pattern(r"(?:^|[.;:!?]\s+)\W*(?:(?:but|and|yet|so|only|even)\s+)?"
                                               + lex.alt("cues", "condition") + r"\s*$", re.I)
        # (the cue may stand before the verb of a multiword predicate whose noun is the trigger: "almost came out in
        # favour of", "nearly threw its weight behind"; not "almost certainly", a degree of belief)
        self.approximation = compiled_pattern(lex.alt("cues", "approximation") + r"(?:\s+(?!(?:certainly|surely|definitely|always|"
                                              r"never|entirely|exclusively|unanimously|certain|sure|all|every|each|no|a|an|the|\d)\b)(?-i:[a-z][\w'’-]*)){0,2}\s*$", re.I)
        self.pseudo = compiled_pattern(lex.alt("cues", "pseudo_cues") + "|" + lex.alt("cues", "rhetorical_openings"), re.I)
        self.reported = lex.regex("cues", "reported")
        # (an -ly adverb inside the cue, "leaning strongly towards", "is fully prepared to": the clause views leave it
        # out, extract/inserts.py)
        self.tentative = compiled_pattern(lex.alt("cues", "tentative") + "|" + lex.alt("cues", "tentative_verbs"), re.I)
        self.supposed_lead = compiled_pattern(r"(?:^|[.:;!?]\s*)\W*(?:" + lex.alt("cues", "supposing_openers") + r"\s+)?"
                                              + lex.alt("cues", "supposing_verbs") + r"(?:\s+" + lex.alt("cues", "supposed_objects")
                                              + r")?\s*(?::|\s+that)?\s*$", re.I)
        self.hypothetical_label = compiled_pattern(r"^\W*" + lex.alt("cues", "hypothetical_labels")
                                                   + r"(?:\s+(?:" + cardinals(1, 5) + r"|[a-e]|\d+)|\s+for(?:\s+[^\s:;,.]+){1,3}?)?\s*:", re.I)
        # "will, in the end, agree on X", "will eventually back him", "in the end they will": a forecast
        eventual = lex.alt("cues", "eventual_adverbs")
        # a speaker's aside the agent stands in: "Russia will not, [Lavrov] said on Thursday, back X"
        self.reported_aside = compiled_pattern(r"^\s*" + lex.alt("cues", "reporting_verbs") + r"\b[^,;]{0,40},\s*$", re.I)
        self.eventual = compiled_pattern(r"(?:\bwill|['’]ll)\b\W+(?:\w+\W+){0,2}?" + eventual + "|"
                                         + eventual + r"\W+(?:\w+\W+){0,4}?will\b", re.I)
        self._negation_patterns(lex)
        # the bare verb of an inverted clause after a possessed stance noun in its subject ("Never did Peru's backing
        # of X [surprise] anyone"): not a preposition, an adverb, a conjunction or the clause's end
        self.own_verb_after = compiled_pattern(
            r"^\s*(?!(?:for|to|in|on|at|as|by|with|without|from|of|over|against|behind|after|before|since|until|during|"
            r"and|but|or|nor|because|though|although|while|when|if|unless|that|which|who|again|either|too|then|even|yet|"
            r"so|now|ever|either|instead|publicly|openly|alone)\b)(?-i:[a-z]+)(?<!ly)\b(?!['’])", re.I)
        self.arriving_after = compiled_pattern(r"^\s*(?:(?:really|actually|ever|quite|fully)\s+)?"
                                               + lex.alt("cues", "arriving_verbs"), re.I)
        self._report_patterns(lex)
        self._doubt_patterns(lex)
        self.alternatives = Alternatives(lex)     # "rather than block her"; "It is expected that ..., and that ..."
        self.reply = Reply(lex)     # a denier's answer: "Moscow says it did no such thing"
        self.verdicts = Verdicts(lex)   # "Our verdict: False. The post claims ...", "Hearing that ..., a journalist wrote"
        self.unvouched = Unvouched(lex)     # "The letter has not been authenticated, but it says ...", "no evidence"
        # the clause named as hearsay's object right before it: "Rumours of a withdrawal by X were dismissed", "talk of
        # a Turkish endorsement of Y" (not "Amid rumours of a reshuffle, Z backed Y": the rumour has its own object)
        self.hearsay_of = compiled_pattern(lex.alt("cues", "hearsay_nouns") + r"\s+(?:of|about|over)\s+"
                                           r"(?:(?:a|an|the|any|some|possible|imminent|(?-i:[a-z]+ly)|⟨[SOM]\d+⟩(?:['’]s?)?)\s+){0,3}"
                                           # (the agent after the noun: "rumours of a withdrawal by X", "of an endorsement of X by Y")
                                           r"(?:(?:(?-i:[a-z][\w-]*)\s+){1,3}(?:by|from)\s+)?$", re.I)
        # ... or as the content of the hearsay, its "that" clause, with where it goes round between: "There is chatter in
        # New York that S quietly prefers her", "whispers among diplomats that S will back X" (the clause up to the agent
        # set off by no comma: "Amid speculation that X would quit, S backed Y" is S's own clause)
        # (not talks with someone, "said after talks with X that he would back Y", and only up to a clause joined by
        # "and" or "but" with a verb of its own: "dismissed the speculation that X would quit and said S backs Y")
        self.hearsay_that = compiled_pattern(lex.alt("cues", "hearsay_nouns") + r"(?:\s+(?!that\b|with\b)[^\s,;:]+){0,5}?\s+that\s+"
                                             r"(?:(?!\s(?:and|but)\s+(?-i:[a-z]))[^,;:])*$", re.I)
        # (the words between may name the post or its body: "support for X's UN bid has been rumoured"; or what is
        # not assured: "cannot be taken for granted", "is by no means certain", "is no foregone conclusion")
        self.unsettled = compiled_pattern(r"\s*(?:(?:(?!\b(?:and|but|while|as|though)\b)(?:⟨[OP]\d+⟩|[^⟨⟩;,.])){0,20}?\s)?(?:(?:remains?|remained|is|was|are|were|"
                                    r"(?:has|have|had)\s+(?:long\s+|often\s+|also\s+)?been|seems?|seemed|looks?|looked)\s+"
                                    r"(?:still\s+|now\s+|very\s+much\s+|(?-i:[a-z]+ly)\s+)?(?:" + lex.alt("cues", "unsettled_predicates")
                                    + "|" + lex.alt("cues", "unattained_predicates") + ")"
                                    + r"|(?:(?:remains?|remained|is|was|are|were|seems?|seemed|looks?|looked)\s+(?:not|never|no|by\s+no\s+means|far\s+from|hardly|"
                                    r"anything\s+but|no\s+longer)|(?:" + BE_FORMS + r")n['’]t|(?:can|could|should|must)(?:\s*not|n['’]t)\s+be|"
                                    r"(?:has|have|had)(?:\s+(?:not|never)|n['’]t)\s+(?:yet\s+)?been|"
                                    # "has yet to be announced", "is still to be confirmed"
                                    r"(?:has|have|had|" + BE_FORMS + r")\s+(?:still\s+)?(?:yet|still)\s+to\s+be)\s+"
                                    r"(?:(?:yet|(?-i:[a-z]+ly))\s+){0,2}" + lex.alt("cues", "unassured_predicates")
                                    # a stance not arrived: "has yet to materialise", "never came", "failed to emerge"
                                    + r"|(?:(?:has|have|had|" + BE_FORMS + r")\s+(?:still\s+)?yet\s+to|(?:has|have|had)(?:\s+(?:not|never)|n['’]t)"
                                    r"(?:\s+yet)?|(?:did|does|do)(?:\s+not|n['’]t)|never|(?:failed|fails|fail)\s+to)\s+(?:(?-i:[a-z]+ly)\s+)?"
                                    # (not another sense: "did not come with any promise", "never came cheap")
                                    + lex.alt("cues", "arriving_verbs") + r"(?!\s+(?:with|without|as|to|into|under|at|for|cheap|free|easily|in\s+(?:exchange|return))\b))", re.I)
        # a giving verb with its own auxiliaries closing the words before a possessed stance noun's giver: "cannot give
        # our support to X", "has still not given Rutte its endorsement" (the verb and its negation are the predicate's)
        # the future before a negating determiner: "there will be no Hungarian support", "would be", "will offer no",
        # "will pledge no" (a giving verb of the lexicon's)
        self.future_before = compiled_pattern(r"(?<![\w'’-])(?P<aux>will|would|shall|can|could)\s+(?:(?:\w+ly|ever|then)\s+)?"
                                              r"(?:be|" + lex.alt("endorsement", "giving_verbs") + r")\s*$", re.I)
        self.giving_group = compiled_pattern(
            r"(?:(?<![\w'’])(?:" + FINITE_AUXILIARIES + r"|"
            r"cannot|not|never|no\s+longer|still|yet|ever|\w+ly)\s+|n['’]t\s+)+" + lex.alt("endorsement", "giving_verbs")
            + r"\s*$"
            # ... or a negation or refusal of its own before it with no auxiliary: "stopped short of pledging Hungary's vote
            # to X", "refused to pledge his country's vote", "without giving Chile's support to Y" (not "not only")
            r"|(?:" + lex.alt("cues", "negation") + "|" + lex.alt("opposition", "refusal_cues") + "|"
            + lex.alt("opposition", "refusing_verbs") + r")(?:\s+(?:to|yet|even|ever|(?!only\b)(?-i:[a-z]+ly)))*\s+"
            + lex.alt("endorsement", "giving_verbs") + r"\s*$", re.I)
        # the actor of the infinitive is the object of persuading or of making room, or follows "for" ("urged Turkey to
        # back X", "allows Turkey to back X", "clearing the way for X to be appointed"): a wish or a prospect (not "it
        # took two months for Turkey to back X", which tells the time it took)
        # a copula's passive of assessing right before the stance ("is seen as warm to X", "is widely regarded as
        # leaning towards Y"): how others view it
        # a verb of weighing right before the act as a gerund: "Chile considered nominating X", "Hungary is mulling
        # backing Y", "X has contemplated running": the act weighed, not done (as "is weighing a run" is no bid)
        self.weighed_act = compiled_pattern(r"(?<![\w-])" + lex.alt("cues", "weighing_verbs")
                                            + r"\s+(?:(?:(?-i:[a-z]+ly)|again|also|briefly|even|now|still)\s+)?$", re.I)
        self.assessed_stance = compiled_pattern(r"\b(?:" + BE_FORMS + r"|been|being)\s+(?:(?:\w+ly|also|still|now)\s+)?"
                                                + lex.alt("cues", "assessing_verbs") + r"\s+(?:as\s+|to\s+be\s+)?(?:(?:\w+ly|still|now)\s+)?"
                                                # (a readiness seen: "is viewed as inclined to back X")
                                                r"(?:(?:inclined|ready|willing|prepared|minded|open|keen|likely)\s+to\s+)?"
                                                # (over a first predicate it coordinates: "is seen as sceptical of X and warm to Y")
                                                r"(?:[^,;.]*?\s(?:and|or)\s+)?$", re.I)
        self.persuaded = compiled_pattern(r"(?:" + lex.alt("cues", "persuading_verbs") + "|" + lex.alt("cues", "enabling_verbs")
                                          + "|" + lex.alt("cues", "promising_verbs")
                                          + r")\s+(?:the\s+)?$|(?:^|[,;])(?![^,;]*\b(?:took|takes|take|taken|taking)\b)[^,;]*\bfor\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}$", re.I)
        self.infinitive_ok = compiled_pattern(
            lex.alt("cues", "asserting_infinitive_verbs")
            # (a time or a manner between, up to three: "decided earlier this month to", "agreed at the summit to", "voted
            # in the end to", "pledged on Monday formally to")
            + r"(?:\s+(?:(?:on|in|at|last|this|next|earlier|later|early|late|after|during|over|within)(?:\s+(?:the|a|an|this|that|"
            r"last|" + THIRD_PERSON_POSSESSIVES + r"))?(?:\s+(?!(?:not|never|to|that|if|whether|when|who|which)\b)\w+){0,2}|formally|officially|"
            r"unanimously|finally|again|also|now|then|(?-i:[a-z]{3,}ly))){0,3}\s+to\s*$|^\s*to\s*$|"
            # (a count may come between: "the last two countries to back"; and an adjective: "the only permanent member to")
            + lex.alt("cues", "asserting_ordinals") + r"(?:\s+(?:" + lex.numbers(2, 6) + r"|\d+))?(?:\s+[a-z]+){0,2}\s+to\s*$|"
            # the time the act took states it: "took less than ten minutes to name X", "took only a week to agree on X"
            r"\b(?:took|takes)\s+(?:(?:less|more|no|little)\s+(?:than\s+)?|only\s+|just\s+|barely\s+|under\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+to\s*$|"
            # an office left for it, what it left and when between: "stepped down as head of the agency on Monday to"
            + lex.alt("cues", "office_leaving_verbs")
            + r"(?:\s+(?!(?:that|who|which|because|after|before|when|if|but|and|so)\b)[^\s,;:]+){0,12}?\s+to\s*$", re.I)

    def modal(self, text: str) -> bool:
        """A modal in the text (the month May is not one)."""
        return self.modality.search(_no_month_may(text)) is not None

    def assess(self, sentence: str, left: str, gap: str, right: str, *, title: bool = False,
               support: bool = False, lead: str = "", trigger: str = "", undoubted: bool = False,
               after: str = "", possessed: bool = False) -> Assessment:
        """Judge one match; `support` marks a support verb whose negation may be a refusal; `undoubted` reads no
        denial of it (what a possessed stance presupposes outlives a denial of what is done to it); `after` is the rest
        of the sentence, where a denial may point back at the clause.

        `lead` is the text before the clause ("Orban said that", "supporters insist that"):
        a reporting verb there makes "would" a report, a modal there governs the clause."""
        if _OWN_SUBJECT.search(gap):
            return Assessment("clause")     # "X declined to back Y while its own president remained in the race"
        # a negation fronted before the second clause's pronoun is that clause's own: "..., and nor will it back Y"
        gap = _NOR_PRONOUN.sub(r" and \g<it> \g<aux> not ", gap)
        if _RANGE_END.search(left) or not left.strip() and _RANGE_IN_CLAUSE.match(gap) or _RANGE_START.search(left) \
                and _RANGE_REST.match(gap):
            return Assessment("aggregate")  # "Most of the flank, from the Baltic states to Bulgaria, has backed X"
        left_c = _no_month_may(_TOKEN.sub(" ", _RELATIVE.sub(",", left)))
        own_gap = gap
        compared = None
        if "than" in gap or " as " in gap:
            compared = next((m for m in _COMPARED_CLAUSE.finditer(_TOKEN.sub("X", gap))
                             if _STANDARD_OPENER.match(_TOKEN.sub("X", gap)[m.end():])), None)
        if compared:        # the comparison's standard: its own clause, not the words before "than"
            left_c, lead = "", ""
            own_gap = _STANDARD_SUBJECT.sub("", _TOKEN.sub("X", gap)[compared.end():], count=1)
        aside = _AUX_BEFORE_ASIDE.search(left_c) if self.reported_aside.match(_TOKEN.sub(" ", gap)) else None
        if aside:           # the auxiliary before a speaker's aside is the predicate's own
            left_c, own_gap = left_c[:aside.start()], f"{aside.group('aux')} "
        given = self.giving_group.search(left_c) if not _TOKEN.sub(" ", gap).strip() else None
        if given:           # "cannot give our support to X": the giving verb's own words govern the noun
            left_c, own_gap = left_c[:given.start()], f"{given.group()} {gap}"
        no_det = _NO_DETERMINER.search(left_c)
        if no_det:          # "There will be no Hungarian support for X": the determiner negates the agent's stance
            left_c = left_c[:no_det.start()]
            future = self.future_before.search(left_c)
            if future:      # (a future or a modal before it is a refusal, as "will not support" is)
                left_c = left_c[:future.start()]
            own_gap = f"{future.group('aux') if future else ''} not {own_gap}"
        gap_c = _refusal_delay_removed(_no_month_may(_TOKEN.sub(" X ", _RELATIVE.sub(",", own_gap))))
        gap_c = self.pseudo.sub(" ", _NEGATION_ADVERB.sub("", _QUOTE_MARK.sub(" ", gap_c)))
        gap_c = " ".join(self.negative_adverbial.sub(" not ", gap_c).split()) + (" " if gap_c.endswith(" ") else "")
        left_c = self.pseudo.sub(" ", _QUOTE_MARK.sub(" ", left_c))     # (a quotation opening the condition: "'If they asked me, ...")
        # (not where the frame reads the negator itself: "Neither does Slovakia." repeats a refusal)
        inverted = self.fronted_negation.search(left_c) if not self.negator_trigger.fullmatch(trigger.strip()) else None
        verb_after = self.own_verb_after.match(_TOKEN.sub(" ", right)) if inverted and possessed else None
        if verb_after:      # "In no event did Peru's backing of X surprise anyone": the negation is the later verb's
            if self.arriving_after.match(_TOKEN.sub(" ", right)):
                return Assessment("negation")       # "Never did Peru's support for X materialise"
            inverted = None
            left_c = self.fronted_negation.sub(" ", left_c)
        if inverted:
            left_c, gap_c = left_c[:inverted.start()], f"{inverted.group('aux')} not {gap_c}"
        if self.possible_lead.search(left_c) or not left_c.strip() and self.possible_lead.search(lead):
            return Assessment("modality")   # "it is not out of the question that Turkey will back X": possible
        existential = self.negative_lead.search(left_c) or (not left_c.strip() and self.negative_lead.search(lead))
        if existential:     # "There is no way Hungary will back Rutte": the clause's own auxiliary is negated
            left_c = left_c[:existential.start()] if left_c.strip() else left_c
            # (with no auxiliary of its own, "no question of" makes the act what will not be: "no question of Hungary
            # backing X"; "There is no way Hungary backs Rutte" stays a negation of the present, no event)
            gap_c = _FIRST_AUXILIARY.sub(r"\g<0> not", gap_c, count=1) if _FIRST_AUXILIARY.search(gap_c) else (
                f"will not {gap_c}" if support and existential.group("no_question") else f"not {gap_c}")
        if _NEITHER_NOR_END.search(left_c) and not _TOKEN.search(gap):
            # the candidate is one of "neither A nor B" before its passive: "Neither X nor Y has been endorsed by Z" is
            # the clause negated ("X will not be supported by Z" as a refusal is, "has not been endorsed" no event)
            # (so is the clause of states listed as "neither A nor B" before their verb: "Neither Moscow nor Beijing will
            # support X" is each one's refusal, "... backed X" as "did not back"; a negation already there is undone:
            # "Neither Moscow nor Beijing refused to back X" tells no stance)
            if self.negation.search(gap_c) or self.refusal.search(gap_c):
                return Assessment("negation")
            left_c = _NEITHER_NOR_END.sub(" ", left_c)
            # (the finite verb of a list of states opened by "neither", read as one group: not a candidate's passive
            # participle after "nor", "Neither X nor Y has been endorsed by Z", "... was backed by Z")
            finite = _NEITHER_LAST.search(left) is not None
            gap_c = _FIRST_AUXILIARY.sub(r"\g<0> not", gap_c, count=1) if _FIRST_AUXILIARY.search(gap_c) else (
                f"did not {gap_c}" if finite and _PAST_FINITE.match(trigger) else f"does not {gap_c}" if finite
                and _PRESENT_FINITE_VERB.match(trigger) else f"not {gap_c}")
        gap_c = self._first_verb_negation_removed(gap_c, trigger)
        right_c = _TOKEN.sub(" ", right)
        # the report the clause hangs on: "said on the same day that"
        lead_c = " ".join(_no_month_may(_TOKEN.sub(" X ", lead)).split()[-8:])
        after_that = re.search(r"\bthat\s*$", lead_c, re.I)
        # (a modal of a clause a colon or a semicolon closed governs nothing after it: "..., which would surprise no
        # one: Washington said that it would not support her")
        if after_that and self.modality.search(_strip_reporting(" ".join(_no_month_may(_TOKEN.sub(
                " X ", _EARLIER_REPORTED.sub(" that", _ASIDE_BEFORE_THAT.sub(" ", _CLOSED_BEFORE.split(lead)[-1])))).split()[-8:]),
                self)):
            return Assessment("modality")
        if after_that and self.alternatives.expected_and_that(self.modality, " ".join(_TOKEN.sub(" X ", lead).split())):
            return Assessment("modality")       # "It is expected that ..., and that he will take office on 1 October"
        continued = self.continued_report.search(lead) if after_that else None
        # (read before a report's "said" is put in front of the clause: "stopped short of saying that X backs")
        denied = self.denied_lead.search(f"{lead_c} {left_c}") or self.retracted.search(f"{lead} {left}")
        denier = _DENIER_STATEMENT.search(f"{_TOKEN.sub(' X ', lead)} {left_c}") if "who" in lead_c else None
        own_words = f"{_TOKEN.sub(' X ', lead)} {left_c}"[denier.end():] if denier else lead_c
        lead_far = " ".join(_TOKEN.sub(" X ", lead).split()[-14:])
        if self.reporting_lead.search(lead_c) or continued or self.reporting_lead_far.search(lead_far) \
                and not self.commentators.search(lead_far):
            left_c = "said " + left_c
        clause = f"{left_c} {gap_c}"
        if denied or self.negated_lead.search(lead_c) or self.negated_report.search(clause):
            return Assessment("negation")
        if _NOT_YET_CLAUSE.search(left_c.rstrip() or lead_c) and _PRESENT_TENSE.match(trigger):
            return Assessment("modality")       # "a matter of days before he steps aside": not yet
        if self.condition.search(clause) or self.condition_lead.search(lead_c) or self.hypothetical_label.match(sentence) or self.supposed_lead.search(
                f"{lead_c} {left_c}".rstrip()) or _RIGHT_CONDITION.match(right_c) \
                or _INVERTED_CONDITION.match(left_c) \
                or _RIGHT_INVERTED.match(right) or _INVERTED_LATE.search(left_c) and re.match(r"\s*to\b", gap_c) \
                or _TIME_AHEAD.match(right_c) or not right_c.strip(" ,") and _TIME_AHEAD.match(_TOKEN.sub(" ", after)) \
                or _MODAL_TO_COME.search(gap_c) and _TIME_AHEAD_OF_MODAL.match(right_c if right_c.strip(" ,") else _TOKEN.sub(" ", after)):
            return Assessment("condition")
        if self.alternatives.course_not_taken(gap_c):
            return Assessment("negation")   # "abstained rather than block her": the course not taken
        if _WITHOUT_COMMITTING.match(right_c):
            return Assessment("negation")   # "has warmed to her, officials say, without yet committing its vote"
        if self.approximation.search(gap_c):
            return Assessment("approximation")      # "has all but secured the post"
        if undoubted:
            pass
        elif (self.claim_label.match(sentence) or self.doubt.search(clause) or self.hearsay_of.search(left_c) or self.hearsay_that.search(
                f"{lead_c} {left_c}") or self.contested_report.search(f"{lead_far} {clause}") or self.doubt.search(
                # (not a doubt of the clause before a semicolon: "Claims ... were dismissed; Paris has backed him")
                _OWN_STATEMENT.split(own_words)[-1].rpartition(";")[2]) or self.unvouched.doubted(
                f"{_TOKEN.sub(' X ', lead)} {_TOKEN.sub(' X ', left)}", _TOKEN.sub(" X ", after), _TOKEN.sub(" X ", gap))) and not self._confirmed(f"{lead_c} {left_c}", after) \
                or self.denied_after.search(_TOKEN.sub(" X ", after)) or self.shown_false.match(right_c) or self.shown_denied.match(
                right_c) and (self.report_that.search(lead_c) or self.report_that.search(" ".join(f"{lead_c} {left_c}".split()))) or self.wrong_report.search(f"{lead_c} {clause}") \
                or self._doubted_after(_TOKEN.sub(" X ", after)) or self.reply.after.search(_TOKEN.sub(" X ", after)) \
                or self.verdicts.hearsay(lead + left, _TOKEN.sub(" X ", after)) or self.verdicts.doubted(sentence, _TOKEN.sub(" X ", after), self.doubt):
            return Assessment("doubt")
        if not undoubted and self.undecided_after.search(_TOKEN.sub(" X ", after)):
            return Assessment("undecided")  # "Chile is inclined to back X, but no decision has been announced"
        # a commentator's report is an opinion, not a source ("analysts say Washington prefers Rutte" and
        # "..., analysts say"); a commentator's "would" is a forecast
        report = f"{lead if continued else lead_c} {left_c}"
        reported_after = self.reporting_tail.match(_TOKEN.sub(" X ", right)) if "," in right else None
        forecast = self.commentator_report.search(f"{report} {gap_c}") or (
            reported_after and self.commentators.search(reported_after.group().rsplit(",", 1)[-1])) or (
            self.commentators.search(report) and re.search(r"\b(?:would|will|'d|’d)\b", clause)) or (
            self.commentator_source.search(f"{report} {right_c}")) or self.guessed(lead, left, gap, right) or (
            self.source_belief.search(" ".join(report.split()))) or (
            "," in after or ";" in after) and self.called_guess.match(_TOKEN.sub(" X ", after))
        impossible = self.impossible_after.match(right_c)
        if impossible:      # "support for X is out of the question": refused
            if support and not forecast:
                return Assessment(None, refusal=True, status=self._status(lead, left, gap, right, gap_c),
                                  cue=" ".join(impossible.group().split()[-3:]))
            return Assessment("negation")
        if self.weighed_act.search(gap_c) and re.match(r"\s*(?-i:[a-z]+)ing\b", trigger):
            return Assessment("modality")   # "considered nominating X", "is mulling backing Y": weighed, not done
        if _PERFECT_MODAL.search(gap_c) or _EITHER_SUBJECT.search(left_c) or self.assessed_stance.search(gap_c):
            # "would have backed X", "could never have supported X": what would have been, not what was; "Either X or
            # Y will get the job": neither is told; "is seen as warm to X": a view of the stance, not the stance
            return Assessment("modality")
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
        # (an -ly adverb may split the infinitive: "for the allies to formally name X", "decided to formally back")
        inf_c = _SPLIT_INFINITIVE.sub("to ", gap_c)
        if re.search(r"\bto\s*$", inf_c) and (not self.infinitive_ok.search(inf_c) and not title
                                                or self.persuaded.search(left_c)):
            return Assessment("infinitive")     # "to encourage Biden to support Wallace": a wish
        status = self._status(lead, left, gap, right, gap_c)
        cue = self.tentative.search(gap_c) if status == "tentative" else self.reported.search(
            _TOKEN.sub(" ", _quoted_removed(f"{lead} {left} {gap} {right}"))) if status == "reported" else None
        return Assessment(None, status=status, cue=cue.group().strip() if cue else "")

    def denial_opening(self, sentence: str, previous: str = "") -> str:
        """The words opening `sentence` that deny the sentence before it (scope_doubt), or a denier's answer to it
        ("Moscow says it did no such thing.", "Beijing: fake news.", scope_reply)."""
        opening = super().denial_opening(sentence, previous)
        if opening:
            return opening
        m = self.reply.opening.match(sentence)
        return m.group() if m else ""

    def verdict_before(self, previous: str, sentence: str) -> str:
        """A fact-check's verdict sentence before `sentence` that rates the claim it tells ("Our verdict: Misleading.
        The post claims ..."), as a next sentence's verdict reads (scope_verdict), else ""."""
        return self.verdicts.before(previous, sentence)

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
