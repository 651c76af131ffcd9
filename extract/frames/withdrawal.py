"""Withdrawal: a candidate (or their state) takes the bid back. Whether a verb that also leaves an office is a withdrawal
by its time (a date alone after it, a gapped leaver's date, a leaving in a time clause) is told in frames/withdrawal_time.py."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.calendar_names import MONTH_NAMES, SEASON_NAMES, WEEKDAY_NAMES
from natowatch.extract.lexicon import THIRD_PERSON_POSSESSIVES
from natowatch.extract.mentions import CANDIDATE
from natowatch.extract.frames.base import (
    A, ADJ, C, KEPT_BY_NEGATION, Context, Finding, P, Rule,
    WP, _assess, _confidence, _finding, _grammar, _group, _other_race_in,
    _possessive_only, _post_as_it, _post_between, _rx, _unstated_after, _sentence_has_post, _span, _OTHER_AIM,
)
from natowatch.extract.frames.time_phrases import _DATED_TAIL, _TIME
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.frames.withdrawal_time import _GAP_DATE, _ONLY_A_DATE, _only_dated, check_withdrawal_circumstance


# the article of a name whose demonym label the mention took in: "the withdrawal of the Argentine Rafael Grossi"
# (or a state's label: "the withdrawal of Romania's President ⟨C1⟩")
THE_LABELLED = r"(?:the\s+(?=⟨C)|⟨S\d+⟩['’]s?\s+(?=(?:[\w-]+\s+){0,2}⟨C))?"


def rules(v: Vocab) -> list[Rule]:
    (withdraw, bid_word, noun) = (
        v.withdraw, v.bid_word, v.withdrawal_noun)
    # (no modifier that leaves the leaving unsettled: "X's possible exit")
    _MODIFIER = _SETTLED.format(unsettled=v.unsettled_leaving)
    _NOUN_OPENING = _OPENING.format(unsettled=v.unsettled_leaving)
    from_race = rf"from\s+(?:the\s+)?(?:race|contest|competition|running|{P})"     # "withdrawal from the race"
    R = Rule
    return [
        # ---- withdrawal
        R("withdrawal_verb", "withdrawal", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{withdraw})\b(?=(?P<tail>[^;]{{0,60}}))"),
          check_withdrawal, 0.9, traits=frozenset({"not_possessed"})),
        # "Iohannis announced his bid in November but pulled out in January": the verbs share the subject
        # (the plain rule's gap cannot cross the possessive between them)
        R("withdrawal_second_verb", "withdrawal", _rx(
            # (the token between is the subject's possessive before a bid, and no report comes between)
            rf"(?P<subj>{C})(?P<gap>(?:(?!\b(?:that|said|says|told|tells)\b){WP}){{0,60}}?(?P<poss>{C})(?:['’]s?)?\s+"
            rf"(?:[\w-]+\s+)?{bid_word}\b(?:(?!\b(?:that|said|says|told|tells)\b){WP}){{0,40}}?\b(?:and|but)\s+{v.verb_lead})(?<![\w-])"
            rf"(?P<trig>{withdraw})\b(?=(?P<tail>[^;]{{0,60}}))"),
          check_withdrawal, 0.75, traits=frozenset({"not_possessed", "bid_before"})),
        # "Bachelet ran into Russian opposition and withdrew in September", "X entered the race in March, arguing
        # that ..., but withdrew in June": the second of two verb phrases sharing the subject, the first one
        # naming a state or the post, or long (the plain rule's gap crosses neither). The first phrase has no
        # report, no relative clause and no other candidate; a participle's aside set off by commas may hold a
        # report ("arguing that ..."); the verb comes right after "and" / "but" (not "and Romania withdrew him")
        R("withdrawal_coordinated", "withdrawal", _rx(
            rf"(?P<subj>{C})(?P<gap>(?:(?!\b(?:that|said|says|told|tells|who|whom|which|whose|while|whereas)\b)"
            rf"(?:[^⟨⟩;]|⟨[SOPM]\d+⟩)){{1,120}}?"
            # (or a middle verb phrase of a list of three, its report ended by the list's comma: "X entered in March,
            # argued that the flank deserved a voice, and withdrew in June")
            rf"(?:,\s+(?-i:[a-z]+ing)\b(?:[^⟨⟩;,]|⟨[SOPM]\d+⟩){{0,90}}?"
            rf"|(?<=,)\s+(?-i:[a-z]{{3,}}ed)\s+that\b(?:[^⟨⟩;,]|⟨[SOPM]\d+⟩){{0,90}}?,)?,?\s+(?:and|but)\s+{v.verb_lead})(?<![\w-])"
            rf"(?P<trig>{withdraw})\b(?=(?P<tail>[^;]{{0,60}}))"),
          check_withdrawal, 0.7, traits=frozenset({"not_possessed", "coordinated"})),
        R("withdrawal_noun", "withdrawal", _rx(
            # (adjectives only after a possessive: "Bachelet denies exit from the race" is no "Bachelet's exit")
            rf"(?P<subj>{C})(?:['’]s?\s+{_MODIFIER}|\s+(?:(?:surprise|sudden|formal|official|eventual)\s+)?)(?P<trig>{noun})\s+"
            rf"(?P<tail>{from_race}[^;]{{0,30}})"),
          check_withdrawal, 0.75, traits=frozenset({"nominal"})),
        # "the withdrawal of Iohannis from the contest cleared the way", "after the withdrawal of X from the race":
        # the noun as a clause's subject or after a word of time (not "called for / ruled out the withdrawal of")
        R("withdrawal_noun_of", "withdrawal", _rx(
            rf"(?:^\W*|\b(?:{_AFTER})\s+|"
            # (or as what a verb of telling tells: "announced on Monday the withdrawal of X from the race")
            rf"(?<![\w-])(?:{v.leaving_told})\s+(?:(?:on\s+\w+|\w+ly|today|yesterday)\s+)?)(?:the\s+)?{_MODIFIER}"
            rf"(?P<trig>{noun})\s+of\s+{THE_LABELLED}{ADJ}(?P<subj>{C})(?!['’])\s+(?P<tail>{from_race}[^;]{{0,30}})"),
          check_withdrawal, 0.75, traits=frozenset({"nominal"})),
        # "was made easier by the withdrawal of Iohannis in March", "after the withdrawals of X and Y": the noun with
        # no race after it, after a word of time or as an agent, in an article about the race
        # (the noun may also open the sentence, as its subject: "The withdrawal of X last week reshaped the contest", and
        # a time may stand between it and its "of": "the withdrawals earlier this year of A and B")
        R("withdrawal_noun_of_race", "withdrawal", _rx(
            # (or of their bid: "The withdrawal in May of X's candidacy")
            rf"{_NOUN_OPENING}(?P<trig>{noun}){_NOUN_TIME}\s+of\s+{THE_LABELLED}{ADJ}(?P<subj>{C})(?:['’]s?\s+(?:own\s+)?{bid_word})?(?!['’])"
            rf"(?P<tail>(?!\s+(?:from|as)\b)[^;]{{0,40}})"),
          check_withdrawal_noun, 0.7, traits=frozenset({"race_implied", "nominal"})),
        # (each item may carry its own date: "the withdrawals of A in May and B in June")
        R("withdrawal_noun_of_and", "withdrawal", _rx(
            # (one noun for both: "the withdrawal of A in April and of B in July")
            rf"{_NOUN_OPENING}(?P<trig>{noun}){_NOUN_TIME}\s+of\s+{ADJ}{C}(?!['’]){_ITEM_DATE}"
            rf"(?:\s*,\s*{ADJ}{C}(?!['’]){_ITEM_DATE})*,?\s+and\s+(?:of\s+)?{ADJ}(?P<subj>{C})(?!['’])(?P<tail>(?!\s+(?:from|as)\b)[^;]{{0,40}})"),
          check_withdrawal_noun, 0.7, traits=frozenset({"race_implied", "nominal"})),
        # "Romania withdrew Iohannis's candidacy", "decided to withdraw the candidacy of Iohannis"
        R("withdrawal_by_state", "withdrawal", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>withdrew|withdraws|withdraw|withdrawing|withdrawn|"
            rf"retracted|retracts|retract|pulled|pulls|pull)\s+(?:(?:the|{THIRD_PERSON_POSSESSIVES})\s+)?(?:(?P<subj>{C})['’]s?\s+{bid_word}|"
            rf"{bid_word}\s+of\s+{ADJ}(?P<subj2>{C})|"
            # "Argentina withdrew its candidate", "pulled Grossi from the race": the person taken back
            # (not "withdrew Grossi as its representative", "from the race for chair of the IAEA board")
            rf"{ADJ}(?P<subj3>{C})(?!['’])(?=\s*(?:$|[.,;)]|from\s+(?:the\s+)?(?:(?:race|contest|running)(?!\s+(?:for|to)\s+(?!(?:the\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?⟨P))|⟨P)|(?:on|in|last|this|after)\s[^,.;⟨⟩]{{0,25}}?(?:[.,;]|$))))"
            rf"(?=(?P<tail>[^;]{{0,40}}))"),
          check_withdrawn_by_state, 0.8),
        # "two withdrawals, by Ecuador's X in August and Y last month": the withdrawals by each person listed
        R("withdrawal_noun_by", "withdrawal", _rx(
            rf"(?<![\w-])(?P<trig>withdrawals?)\s*,?\s+(?:(?:the\s+)?(?:first|latest|last)\s+)?by\s+"
            rf"(?:⟨S\d+⟩['’]s?\s+)?{ADJ}(?P<subj>{C})(?!['’])(?P<tail>[^;]{{0,30}})"),
          check_withdrawal, 0.7, traits=frozenset({"race_implied", "nominal"})),
        R("withdrawal_noun_by_and", "withdrawal", _rx(
            rf"(?<![\w-])(?P<trig>withdrawals)\s*,?\s+(?:(?:the\s+)?(?:first|latest|last)\s+)?by\s+"
            rf"(?:⟨S\d+⟩['’]s?\s+)?{ADJ}{C}[^;⟨⟩]{{0,40}}?\band\s+(?:by\s+)?(?:⟨S\d+⟩['’]s?\s+)?{ADJ}(?P<subj>{C})"
            rf"(?!['’])(?P<tail>[^;]{{0,30}})"),
          check_withdrawal, 0.7, traits=frozenset({"race_implied", "nominal"})),
        # "after Iohannis's withdrawal on Thursday" in an article about the race
        R("withdrawal_possessive", "withdrawal", _rx(
            rf"(?P<subj>{C})['’]s?\s+{_MODIFIER}(?P<trig>{noun})"
            # (not "X's exit as IAEA chief": another office left)
            rf"(?P<tail>(?!\s+(?:of|from|as(?!\s+(?:a\s+|the\s+)?candidate\b))\b)[^;]{{0,30}})"),
          check_withdrawal, 0.7, traits=frozenset({"race_implied", "nominal"})),
        # "he announced the withdrawal of his candidacy", "announced his withdrawal from the race": the
        # withdrawal as the object of its announcement
        R("withdrawal_announced", "withdrawal", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<trig>announced|announces|confirmed|confirms|declared|"
            rf"declares|made\s+public)\s+(?:the\s+|his\s+|her\s+)?(?P<noun>withdrawal)\s+(?:of\s+(?:his|her|their|{C}(?:['’]s?)?)\s+"
            rf"(?:own\s+)?{bid_word}|{from_race})(?=(?P<tail>[^;]{{0,40}}))"),
          check_withdrawal_announced, 0.8),
        # "Grossi withdrew in August, and Bachelet in September", "Wallace pulled out of the race in June and Kallas
        # in July": a second leaver with only a date after "and", the verb left out (gapping); the first clause is
        # a leaving verb with at most the race and a date after it
        R("withdrawal_gapped", "withdrawal", _rx(
            rf"(?P<first>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<trig>{withdraw})\b(?P<left>(?:\s+(?:of\s+|from\s+)?"
            rf"(?:the\s+|his\s+|her\s+|their\s+)?(?:race|contest|running|bid|candidacy|candidature|{P}))?)"
            rf"(?P<when>{_GAP_DATE})\s*,?\s+and\s+(?:then\s+|later\s+|finally\s+)?{ADJ}(?P<subj>{C})(?!['’])"
            # (the clause ends there, or a new one opens: ", and the government ...")
            rf"(?P<tail>{_GAP_DATE})(?=\s*(?:[.;]|$|,\s*(?:and|but|while|before|after)\s))"),
          check_withdrawal_gapped, 0.7),
        # the leaving told as the circumstance of what the main clause says of the race: "After X quit, Romania backed
        # Y", "Once X was out, S came on board", "With X out, the race was Y's" (a subordinate clause of time and its
        # comma; the main clause names a candidate or the post)
        R("withdrawal_circumstance", "withdrawal", _rx(
            rf"(?<![\w-])(?P<lead>after|once|when|now\s+that|with)\s+(?:the\s+)?(?P<subj>{C})(?!['’])\s+(?:(?:finally|eventually|"
            rf"formally|officially|had|has)\s+)?(?P<trig>{withdraw}|(?:(?:was|were|is)\s+(?:now\s+)?)?out(?:\s+of\s+the\s+(?:way|picture))?)"
            rf"(?=(?P<tail>\s*,[^;]{{0,160}}))"),
          check_withdrawal_circumstance, 0.7),
        # "said in July that he would not seek it", "will no longer pursue the post": a candidate the article
        # has put in the race declining to go on (someone never in it only denies: candidacy.denials)
        R("withdrawal_not_seeking", "withdrawal", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<trig>(?:will|would|shall|did|does)\s+(?:not|no\s+longer)|"
            rf"(?:won|wouldn|didn|doesn)['’]t)\s+(?:{v.declined})\b(?=(?P<tail>[^;]{{0,60}}))"),
          check_not_seeking, 0.75),
    ]


# the words between a candidate's possessive (or "the") and the noun of leaving: up to two lower-case adjectives ("Bachelet's
# graceful exit", "the sudden, unexplained withdrawal of", "X's long-expected withdrawal"), never a word that opens a phrase
# of its own
_SETTLED = (r"(?:(?!(?:of|from|for|and|or|but|by|to|in|on|at|as|the|a|an|its|his|her|their|who|which|that|was|is|had|has|"
            r"would|will|could|might|may|other|another|{unsettled})(?![\w-]))(?-i:[a-z][a-z-]+),?\s+){{0,2}}?")
# what opens a withdrawal noun that is an event: a word of time before it, an agent's "by", or the sentence's start
# (its subject); not "called for / ruled out the withdrawal of"
# a word of time before the noun, or a verb of what came after it ("The vote followed the withdrawal of X")
_AFTER = r"after|following|since|with|before|until|followed|follows|wake\s+of"
_OPENING = r"(?:\b(?:" + _AFTER + r"|by)\s+|^\W*)(?:the\s+)?" + _SETTLED
_AT_OPENING = re.compile(r"\W*(?:the\s+)?(?:(?-i:[a-z][a-z-]+),?\s+){0,2}?", re.I)
# a time between the noun and its "of": "earlier this year", "last month", "in May"
# (or a day: "on Friday", "on May 20", "this week", "last autumn")
_MONTH = r"(?:" + MONTH_NAMES + ")"
_WHEN = (r"(?:(?:earlier|later)\s+(?:this|that|last)\s+(?:week|month|year)|(?:last|this|that)\s+(?:week|weekend|month|year|"
         + SEASON_NAMES + r"|(?-i:[A-Z])[a-z]+day)|in\s+" + _TIME + r"|on\s+(?:(?-i:[A-Z])[a-z]+day|" + _MONTH
         + r"\s+\d{1,2}(?:st|nd|rd|th)?\b|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"))")
_NOUN_TIME = r"(?:\s+" + _WHEN + r")?"
# a list item's own date: "of A in May and B in June", "A on Monday", "A last autumn"
_ITEM_DATE = r"(?:\s+" + _WHEN + r")?"


# a report left unverified rather than denied: a fact-check's verdict or claim, what circulates online, a doubting question
_UNVERIFIED = re.compile(r"\b(?:circulat(?:ing|ed|es)|viral|verdict\s*:|rating\s*:|claims?\s*:)|\?\s*$", re.I)
# what the clause after a withdrawal noun opening the sentence may say of it that makes it no fact: "The withdrawal of X
# would reshape the race", "... remains a rumour", "... was denied by her office"
_UNSURE_PREDICATE = re.compile(r"\b(?:would|could|might|may|will|rumou?r(?:ed|s)?|speculation|denied|unlikely|possible|"
                               r"hypothetical|expected)\b", re.I)


def check_withdrawal_noun(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A withdrawal noun with its "of": a withdrawal (check_withdrawal), unless the noun is the sentence's subject
    and its predicate makes it a possibility or a rumour."""
    if _AT_OPENING.fullmatch(ctx.shape.text, 0, m.start("trig")) and _UNSURE_PREDICATE.search(m.group("tail")):
        return
    yield from check_withdrawal(rule, m, ctx)


def check_not_seeking(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate already in the race saying they will not seek the post (or "it", the post) any more."""
    subj = _group(m, ctx, "subj")
    # ("no longer" says they were in it: "would no longer pursue the NATO post")
    if subj is None or subj.kind != CANDIDATE or _possessive_only(subj) or not (
            set(subj.values) & ctx.running or re.search(r"\blonger\b", m.group("trig"))):
        return
    tail = m.group("tail")
    obj = _grammar(ctx).race_object.match(tail)
    if not (obj and (_post_between(ctx, m.start("tail"), m.start("tail") + obj.end()) or "⟨P" not in obj.group())
            or _post_as_it(ctx, m.start("trig"), tail)) or _other_race_in(tail[:40]):
        return      # "would not seek a second term", "would not seek the chairmanship of ⟨X⟩"
    if obj and re.match(r"\s+(?:of|at)\s+(?:the\s+)?(?!⟨[PO]\d)", tail[obj.end():]):
        return      # "the post of president of the Senate": another post's
    verdict = _assess(ctx, m, "subj")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("subj", "trig"))


def check_withdrawn_by_state(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A state takes back its candidate's bid: the candidate's withdrawal."""
    subj = _group(m, ctx, next((g for g in ("subj", "subj2") if _span(m, g)), "subj3"))
    if subj is None or subj.kind != CANDIDATE or not (_sentence_has_post(ctx) or ctx.race_article):
        return
    if _other_race_in(m.group("tail")):
        return
    if not _span(m, "subj3") and _grammar(ctx).nomination_noun.search(m.group()[m.end("trig") - m.start():]):
        return      # "Chile withdrew its nomination of X": the state's backing ended (stance.py), she may stay in
    verdict = _assess(ctx, m, "actor")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("subj", "subj2", "subj3", "trig"))


# a relative clause on a noun set after the person: its verb is the noun's
# a subject pronoun the reading left unresolved right before the verb, after a subordinator: the verb is its, not the
# candidate's named before ("supported Grynspan after she withdrew"; "he" resolved is a mention; after "and" it is
# as often the same person: "Her campaign faltered ..., and she withdrew in October")
# (or a noun phrase that names no candidate read: "Grossi gained after the Panamanian withdrew", "after a rival quit")
_PRONOUN_SUBJECT = re.compile(r"\b(?:after|before|when|once|because|since|until|while|though|although)"
                              r"\s+(?:she|he|they|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+)"
                              r"\s+(?:(?:had|has|have|then|also|finally|eventually|later|suddenly)\s+)*$", re.I)
_NOUN_RELATIVE = re.compile(r",\s*(?:a|an|the|this)\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+(?:\w+\s+)?$", re.I)

# what a leaving verb left, when it is not the race: a contest or a matter after "for"/"on"/"in"
_OTHER_RACE_AFTER = re.compile(r"\s*(?:as\s+(?:a\s+|the\s+)?candidate\s+)?(?:for|on|in|from|over)\s+(?:the\s+|a\s+|her\s+|his\s+)?+"
                               r"(?!race\b|running\b|contest\b|contention\b|bid\b|candidacy\b|⟨[PO]|" + _TIME + r"|(?:" + WEEKDAY_NAMES
                               + r"|last|this|next)\b)[\w⟨⟩'’-]", re.I)


# a reason right after the verb, which so has no object: "withdrew because she had no support", "dropped out because of
# the veto" (a leaving verb of the race alone: "stepped down because ..." may leave any office)
# (or its purpose, also as the opening of a quotation: "withdrew so that the council can agree", "was withdrawing \"so
# that ...\"", "pulled out in order to spare ...")
_BECAUSE = re.compile(r"\s*,?\s*[\"“‘']?\s*(?<![\w-])(?:because|so\s+that|so\s+as\s+to|in\s+order\s+(?:to|that))\b", re.I)

# a comma right after the verb: what follows may say what was left ("quit, citing his duties at home")
_CLAUSE_END = re.compile(r"\s*,")

_IT_OBJECT = re.compile(r"\s+it\b(?!['’])")

# a second verb phrase or clause right after the verb, which so has no object: "X withdrew and Romania endorsed Y",
# "X withdrew but stayed on as president" (a finite verb: not "considered withdrawing but has made no decision")
_AND_NEXT = re.compile(r"\s*,?\s+(?:and|but)\s+(?!(?:his|her|their|its|the)\b)", re.I)

_OTHER_SUBJECT_GAP = re.compile(r"\b(?:that|said|says|told\s+\w+|announced|added)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:was|is|were|are|had|has|would|will|could|might)(?:\s+(?:\w+ly|now|also|then|soon|be|been|not))*\s+$", re.I)


# "Rutte, who stepped aside ...": a relative clause of background
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+(?:\w+\s+)?$", re.I)


def _relative_clause_verb(ctx: Context, m: re.Match) -> bool:
    """The verb opens a relative clause in the sentence (a clause view reads it cut from its "who")."""
    at = ctx.shape.to_sentence(m.start("trig"), m.end("trig"))[0]
    return bool(_RELATIVE_BEFORE.search(ctx.sentence[max(0, at - 30):at]))


# a verb of keeping before "out of the race": "its own president stayed out of the race" never entered it
_KEPT_BEFORE = re.compile(r"\b(?:stay|stays|stayed|staying|kept|keep|keeps|keeping)\s+$", re.I)


# what may follow a refused leaving verb that also leaves offices when the race is what it would leave: the clause's
# end, a time or a pressure resisted ("refused to step aside.", "has no intention of quitting before the vote",
# "will not quit despite the veto")
_REFUSED_BARE_END = re.compile(r"\s*(?:[.;:!?)\"”]|$|,|\s*[-–—]|\s+(?:before|until|till|despite|now|yet|whatever|whoever|"
                               r"in\s+the\s+face\s+of|under\s+pressure|any\s+time\s+soon|at\s+this\s+stage|at\s+all)\b)", re.I)
# ... refused or ruled out for what is ahead, not a past persistence ("never gave up, and in July ..." tells no refusal)
_REFUSED_AHEAD = re.compile(r"(?:\b(?:refus|declin)\w*\b|\b(?:will|would|shall)\s+(?:not|never)\b|\bwon['’]t\b|"
                            r"\b(?:no|little)\s+(?:intention|plans?|desire|thought|wish)\b|\brul(?:e|es|ed|ing)\s+out\b)"
                            r"[^.;]{0,40}$", re.I)
# a leaving ruled out or not meant: "has ruled out withdrawing", "has no intention of pulling out", "has no plans to quit"
_RULED_OUT = re.compile(r"\b(?:rul(?:e|es|ed|ing)\s+out|(?:no|little)\s+(?:intention|plans?|desire|thought|wish)\s+(?:of|to))\s+"
                        r"(?:(?:yet|even|so\s+far|\w+ly)\s+)*$", re.I)


# a leaving said not to be possible, before its subject and gerund: "there is no question of X abandoning his bid"
_NO_CHANCE_OF = re.compile(r"\b(?P<no>no|little|scant|slim)\s+(?:question|chance|prospect|danger|possibility|risk|likelihood|"
                           r"way|hope|fear)\s+(?:whatsoever\s+|at\s+all\s+)?of\s+$", re.I)


# the candidate as the object of a noun's preposition ("objection to X", "backing for X"), and a passive after it:
# what is withdrawn is the noun, not the candidate's bid
_NOUN_OBJECT_BEFORE = re.compile(r"(?P<noun>(?-i:[a-z][\w-]*))\s+(?:to|for|of|against|behind|on)\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+)?$", re.I)
_PASSIVE_GAP = re.compile(r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|be|been)\s+)(?:(?:not|never|\w+ly|yet|since|now|"
                          r"then|also|still)\s+)*$", re.I)


# where the clause before a time clause begins (a stop, a colon or semicolon, a coordinated clause after a comma), and
# where a time clause that opens its sentence ends (its comma), the main clause following up to the next stop
_CLAUSE_BREAK = re.compile(r"[.;:!?]|,\s+(?:and|but|while|whereas)\s", re.I)
_MAIN_AFTER = re.compile(r"[^.;:!?]*")


def _timed_by_prospect(ctx: Context, subj_start: int) -> bool:
    """The one who leaves opens a time or condition clause ("as soon as", "once", "when", "if" X ...) whose main clause
    is still to come: a modal or a readiness in the clause before it ("Hungary will back Y once X withdraws", "said it
    would back Y as soon as X quit"), or, the time clause opening its sentence, in the clause after its comma ("Once X
    withdraws, S will back Y"). Not a main clause that states a fact ("Chile backed Y in May, and Mexico followed when
    X withdrew", "S backed Y as soon as X pulled out")."""
    text, g = ctx.shape.text, _grammar(ctx)
    conj = g.prospect_conjunction.search(text, max(0, subj_start - 30), subj_start)
    if conj is None:
        return False
    start = max((b.end() for b in _CLAUSE_BREAK.finditer(text, 0, conj.start())), default=0)
    if g.prospect_main.search(text, start, conj.start()):
        return True
    if text[start:conj.start()].strip(" \"'“‘(—–"):
        return False
    comma = text.find(",", subj_start)
    after = _MAIN_AFTER.match(text, comma + 1) if comma != -1 else None
    return after is not None and g.prospect_main.search(text, after.start(), after.end()) is not None


def check_withdrawal(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The candidate leaves the race: a race object ("the race", "his bid") or a phrasal verb of leaving."""
    subj = _group(m, ctx, "subj")
    if subj is None or _possessive_only(subj):
        return
    if "not_possessed" in rule.traits and re.match(r"['’]s?\s", ctx.shape.text[m.end("subj"):]):
        return      # "Rutte's only rival, abandoned his bid": a possessive is not who withdrew
    if (noun := _NOUN_OBJECT_BEFORE.search(ctx.shape.text, max(0, m.start("subj") - 40), m.start("subj"))) and _span(m, "gap") \
            and _PASSIVE_GAP.match(m.group("gap")) and not _grammar(ctx).bid_noun.fullmatch(noun.group("noun")):
        return      # "Kenya's objection to X was never withdrawn", "Backing for X was withdrawn": a stance on X withdrawn
    if _grammar(ctx).stance_noun_of.search(ctx.shape.text, max(0, m.start("subj") - 40), m.start("subj")):
        return      # "Backing for X was withdrawn by Chile": the stance ended, not the bid (frames/stance.py)
    if m.group("trig").lower().startswith("out") and _KEPT_BEFORE.search(m.string, 0, m.start("trig")):
        return      # "stayed out of the race": never in it, nothing left
    if _span(m, "poss") and set(_group(m, ctx, "poss").values) != set(subj.values):
        return      # "Grossi said Bachelet's campaign had stalled and then dropped out": hers, not his
    tail = m.group("tail")
    trig = m.group("trig").lower()
    if (on := re.search(r"\s+on$", trig)) and _ONLY_A_DATE.match(" on" + tail):
        trig, tail = trig[:on.start()], " on" + tail    # "gave up on Thursday": a date, not what was given up
    if _span(m, "gap") and _NOUN_RELATIVE.search(m.group("gap")):
        return      # "appointed Rutte, a choice that ended a months-long campaign": the choice ended it
    if _span(m, "gap") and _PRONOUN_SUBJECT.search(m.group("gap")):
        return      # "Chile backed Grynspan after she withdrew": the pronoun (of no candidate read) is who withdrew
    if _span(m, "gap") and _grammar(ctx).leaving_intended.search(m.group("gap")):
        return      # "threatened to quit", "is ready to pull out": not left yet
    intrinsic = _grammar(ctx).leaving.fullmatch(trig)
    if intrinsic and re.search(r"\bof$", trig) and not re.match(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?⟨C\d+⟩", tail):
        return      # "stepped aside in favour of" a rival in the race, not "of his deputy as party leader"
    as_candidate = _grammar(ctx).as_candidate_left.match(tail)
    has_object = _grammar(ctx).race_object.match(tail) is not None or as_candidate is not None or (
        "race_implied" in rule.traits and ctx.race_article) or (
        # "launched his bid in March and abandoned it": "it" is the bid the first verb named
        "bid_before" in rule.traits and _IT_OBJECT.match(tail) is not None)
    gap = m.group("gap") if _span(m, "gap") else ""
    refused = KEPT_BY_NEGATION.search(gap) or _RULED_OUT.search(gap)
    # (a leaving verb that may leave an office, refused or ruled out with nothing left named: "has no intention of
    # quitting.", "refused on Tuesday to step aside before the vote"; not "... quitting politics", "to step aside as")
    kept_bare = bool(_REFUSED_AHEAD.search(gap) and ctx.race_article and (
        _grammar(ctx).timed_leaving.fullmatch(trig) or _grammar(ctx).dated_leaving.fullmatch(trig))
        and _REFUSED_BARE_END.match(tail))
    bare = kept_bare or ctx.race_article and (_grammar(ctx).bare_leaving.fullmatch(trig) and (
        _DATED_TAIL.match(tail) or _BECAUSE.match(tail) or _AND_NEXT.match(tail) and re.search(r"(?:ew|wn|ws)$", trig)) or (
        _grammar(ctx).timed_leaving.fullmatch(trig) and _DATED_TAIL.match(tail) and not _CLAUSE_END.match(tail)) or (
        _grammar(ctx).dated_leaving.fullmatch(trig) and _only_dated(ctx, tail, m.string[:m.start("subj")])
        and not _relative_clause_verb(ctx, m)))
    if not has_object and not kept_bare and _OTHER_SUBJECT_GAP.search(gap):
        return      # "he said the agency was withdrawing so that ...": a noun of its own is who leaves, with nothing named
    # ("called it quits with his coalition partners": another bond ended; "pulled out all the stops", "pulled out
    # his notes": an object taken out, no leaving)
    if not has_object and not (intrinsic and not re.match(r"\s+(?:of\b|with\s+(?:his|her|their|the)\b|as\s+(?!(?:a|the)\s+candidate\b)|"
                                                          r"(?:all(?!\s+of\b)|his|her|its|their)\s)", tail)) \
            and not bare:
        return      # "stepped aside as prime minister": another office
    if (intrinsic or as_candidate) and _OTHER_RACE_AFTER.match(tail, as_candidate.end() if as_candidate else 0) \
            and not _post_between(ctx, m.start("tail"), m.start("tail") + 60):
        return      # "stood down as a candidate for the Senate", "called it quits on the talks"
    if as_candidate and not (_sentence_has_post(ctx) or ctx.race_article):
        return      # "withdrew as a candidate" in an article about another contest
    effort = _grammar(ctx).race_object.match(tail)
    if effort and _grammar(ctx).effort_noun.search(effort.group()) and _OTHER_AIM.match(tail, effort.end()):
        return      # "ended his campaign against corruption"
    if not has_object and not (_sentence_has_post(ctx) or ctx.race_article):
        return
    if _other_race_in(tail[:40]):
        return
    if re.match(r"\w+ing\b", trig) and (no_chance := _NO_CHANCE_OF.search(ctx.shape.text, max(0, m.start("subj") - 40),
                                                                         m.start("subj"))):
        # "There is no question of X abandoning his bid", "no chance of X pulling out": the leaving is ruled out, the
        # candidate stays (a refused leaving); "little chance of X pulling out" only leaves it unlikely
        if no_chance.group("no").lower() == "no" and (has_object or kept_bare or ctx.race_article):
            kept = _assess(ctx, m, "subj", gap="", undoubted=True)
            # (scope reads the same "no question of" as the negation this reading has already taken in)
            if kept.blocked in (None, "negation"):
                f = _finding(rule, m, subj.values, [None], kept.status, _confidence(rule, kept.status, [subj]) - 0.1, ("subj", "trig"))
                f.type = "candidacy"
                yield f
        return
    if _timed_by_prospect(ctx, m.start("subj")):
        return      # "S will back Y as soon as X pulls out", "S said it would back Y once X pulled out": a condition
    verdict = _assess(ctx, m, "subj") if _span(m, "gap") else _assess(ctx, m, "subj", gap="")
    # (a leaving verb of the race itself needs no object: "will not drop out before the summit", "has ruled out
    # withdrawing", "has no intention of standing down as a candidate", in an article or sentence of the race)
    # (not a ruling oneself out: "has not ruled herself out" leaves a bid open, it states none)
    in_race = has_object or kept_bare or (intrinsic or _grammar(ctx).bare_leaving.fullmatch(trig)) and (
        ctx.race_article or _sentence_has_post(ctx)) and not _grammar(ctx).self_exclusion.search(trig)
    if in_race and "nominal" not in rule.traits and (verdict.blocked == "doubt" and has_object or verdict.blocked == "negation" and (
            refused)):
        # a withdrawal from the race denied ("denied that she was quitting the race") or refused ("will not pull out
        # of the race", "refused to abandon his bid"): the candidate is in it (not a report only left unverified: "A
        # post circulating online claims X quit the race. Verdict: Unproven", "A tabloid said X quit. Seriously?")
        if verdict.blocked == "doubt" and _UNVERIFIED.search(f"{ctx.sentence} {ctx.denied_next}"):
            return
        kept = _assess(ctx, m, "subj", gap="", undoubted=True)
        if not kept.blocked:
            f = _finding(rule, m, subj.values, [None], kept.status, _confidence(rule, kept.status, [subj]) - 0.1, ("subj", "trig"))
            f.type = "candidacy"
            yield f
        return
    if verdict.blocked or "nominal" in rule.traits and _unstated_after(ctx, m.end("trig")):
        return      # "Iohannis's withdrawal would leave Rutte unopposed"
    found = _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                     ("subj", "trig"))
    found.needs_candidacy = _grammar(ctx).self_exclusion.search(ctx.shape.text, max(0, m.start("trig") - 40),
                                                                 m.end("trig")) is not None
    if "bid_before" in rule.traits:
        found.date_from = m.start("trig")   # "announced it in March and dropped it in June": June
    yield found


def check_withdrawal_gapped(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The second of two leavers joined by "and" with the verb left out: a withdrawal of the race, as the first's is
    (a leaving verb of the race itself, or one with the race after it, or a bare leaving verb in an article about
    the race), judged by the first clause's scope."""
    first, subj = _group(m, ctx, "first"), _group(m, ctx, "subj")
    if first is None or subj is None or first.kind != CANDIDATE or subj.kind != CANDIDATE or _possessive_only(first):
        return
    if re.match(r"['’]s?\s", ctx.shape.text[m.end("first"):]) or set(first.values) & set(subj.values):
        return      # "Grossi's rival withdrew": a possessive is not who withdrew
    trig = m.group("trig").lower()
    leaving = _grammar(ctx).leaving.fullmatch(trig) or _grammar(ctx).bare_leaving.fullmatch(trig) or \
        _grammar(ctx).timed_leaving.fullmatch(trig) or _grammar(ctx).dated_leaving.fullmatch(trig)
    if not (m.group("left") or leaving) or _grammar(ctx).self_exclusion.search(trig):
        return      # "dropped in August, and X in September": no leaving of the race
    if not (ctx.race_article or _sentence_has_post(ctx)) or _other_race_in(m.group("left")):
        return
    if _span(m, "gap") and (_grammar(ctx).leaving_intended.search(m.group("gap")) or _PRONOUN_SUBJECT.search(m.group("gap"))):
        return
    verdict = _assess(ctx, m, "first")
    if verdict.blocked:
        return      # "would pull out in August, and X in September": not left
    found = _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]), ("subj",))
    found.date_from = m.end("subj")
    yield found


def check_withdrawal_announced(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The candidate announcing the withdrawal of their own bid."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or _possessive_only(subj) or _other_race_in(m.group("tail")):
        return
    verdict = _assess(ctx, m, "subj")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("subj", "trig", "noun"))
