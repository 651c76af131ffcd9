"""A state taking the stance another stated, its object left out: "Britain followed suit", "Turkey followed in
April", "So does France", "Latvia had done the same" - the stance repeated (the one the sentence or the two before
stated: `_previous_stance`), the candidates the follower's clause names besides (`others_named`), a follower in a
condition (`conditional_follower`), and the time such a stance keeps of its clause (`STANCE_TIME`). The checks of
frames/focus.py's following rules; frames/ellipsis.py reads the rest. Also the candidates a withdrawal in a sentence
is said of (`withdrawn_in`: a follower's stance is on none of them; focus.py and the sentence's events read it)."""
from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import Iterator

from natowatch.extract.calendar_names import MONTH_NAMES, MONTH_WORD, SEASON_NAMES, WEEKDAY_NAMES, WEEKDAY_WORD
from natowatch.extract.lexicon import cardinals
from natowatch.extract.model import ACTOR_TYPES
from natowatch.extract.frames.base import (
    ADJ, Context, Finding, Rule, _assess, _confidence, _finding, _grammar, _group, _other_race_in, _span,
)
from natowatch.extract.frames.actors import _actor_values


# the time an elided or followed stance keeps of its clause (frames/ellipsis.py reads it too): "a few hours later",
# "late last night", "on Wednesday evening", "within hours", "later that day", "in early March", "the next morning"
_PART = r"(?:morning|afternoon|evening|night)"
_SPAN_N = r"(?:minutes?|hours?|days?|weeks?|months?)"
_COUNT = r"(?:a|an|" + cardinals(1, 7) + r"|several|some|a\s+few|a\s+couple\s+of|\d+)"
STANCE_TIME = (
    r"(?:(?:late|early)\s+(?:on\s+)?)?(?:"
    r"in\s+(?:early\s+|late\s+|mid-?)?(?:" + MONTH_WORD + r"|\d{4})"
    r"|on\s+(?:" + WEEKDAY_WORD + r"(?:\s+" + _PART + r")?|\d{1,2}(?:\s+" + MONTH_WORD + r")?|" + MONTH_WORD + r"\s+\d{1,2}|the\s+same\s+day)"
    r"|" + WEEKDAY_WORD + r"(?:\s+" + _PART + r")?"
    r"|(?:" + _COUNT + r"\s+)?" + _SPAN_N + r"\s+(?:later|earlier|after(?:wards?)?)"
    r"|within\s+(?:(?:" + _COUNT + r"\s+)?" + _SPAN_N + r"|the\s+(?:hour|day|week))"
    r"|(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+(?:day|week|month|" + _PART + r")"
    r"|the\s+(?:next|following|same|previous)\s+(?:day|week|month|" + _PART + r")"
    r"|(?:last|this|that)\s+(?:week|month|year|" + SEASON_NAMES + r"|" + _PART + r"|" + MONTH_WORD + r"|" + WEEKDAY_WORD + r")"
    r"|yesterday(?:\s+" + _PART + r")?|today|overnight|tonight"
    r"|(?:soon|shortly|immediately|right)\s+after(?:wards?)?|(?:a\s+)?(?:day|week|month)\s+later|earlier|later|since|afterwards?)")


_FOLLOWED_WHEN = re.compile(r"\s*(?:$|[,.;:]|" + STANCE_TIME + r"|(?:in|on|when|once|later|soon|shortly|last|this|the\s+same|a\s+day|days|weeks|"
                            r"within|after|quickly|swiftly|the\s+(?:next|following)|a\s+(?:week|month)|next)\b)", re.I)


# a habit after a sameness verb ("did the same thing every year", "does likewise each time"): no stance
_HABIT = re.compile(r"\s+(?:thing\s+)?(?:(?:every|each)\s+(?:year|time|week|month|day|session|" + SEASON_NAMES + r"|"
                    r"round|cycle)|always|usually|routinely|regularly|annually|habitually)\b", re.I)
# "the same" that is a time's, not the stance's: "said the same day that Romania would back X" says when, and its
# own clause says what
_SAME_TIME = re.compile(r"\s+(?:day|days|week|weekend|month|morning|afternoon|evening|night|year|hour|time|moment|date)(?![\w-])",
                        re.I)
# a time right after the follower's verb, before what else its clause says
_TIME_FIRST = re.compile(r"\s*,?\s*(?:" + STANCE_TIME + r")(?![\w-])", re.I)


# what may stand between a state and "did so" repeating the previous sentence's verb: auxiliaries and adverbs
_ELLIPSIS_GAP = re.compile(r"(?:\s*(?:had|has|have|already|also|too|then|later|soon|since|now|finally|\w+ly|,))*\s*", re.I)


def _previous_stance(stances: list[tuple[int, str, str, str, bool]], i: int, follower: set[str]) -> tuple[str, str] | None:
    """The stance "followed suit" repeats: the one stated earlier in this sentence, else the one
    of the two sentences before (None when they state several). The follower's own stance is not
    what it repeats ("Peru, which had backed X, said it would do the same": the stance before). A stance
    told in the pluperfect is background ("Budapest had refused to back him since February"): the news is
    what others follow, looked for two sentences further back when only background is near."""
    # (the nearest sentence that told a stance first: "A said it would now back X. B did the same" repeats A's, not
    # a stance of the sentence before it; nor the follower's own, wherever told: "I thank A and B, which nominated me")
    # (three sentences back only past two that told nothing at all: "A endorsed X. 'X is a doer,' its envoy said. Its
    # president thanked B. C followed with statements of support")
    quiet = not any(i - 2 <= s[0] < i for s in stances[-12:])
    between: set[str] = set()
    for sentences in ((i,), (i - 1,), (i - 2,)) + (((i - 3,),) if quiet else ()):
        # (listed in the order of their sentences: read back only as far as those asked about)
        told = [(n, t, c, b) for n, t, c, a, b in itertools.takewhile(lambda s: s[0] >= min(sentences) - 2,
                                                                      reversed(stances))
                if n <= max(sentences) and a not in follower and t in ACTOR_TYPES]
        near = [s for s in told if s[0] in sentences]
        if not near and sentences[0] < i:
            # (a nearer sentence that told another kind of event, on another candidate, is what a stance before it is
            # not followed past: "A backed X on Monday. Y entered the race on Tuesday. B signed on a day later")
            between.update(c for n, t, c, a, b in stances[-12:] if n in sentences and t not in ACTOR_TYPES)
        elif near and between - {c for _, _, c, _ in near}:
            return None
        recent = {(t, c) for _, t, c, b in near if not b}
        if near and not recent:
            recent = {(t, c) for _, t, c, b in told if not b} or {(t, c) for _, t, c, _ in near}
        if recent:
            return recent.pop() if len(recent) == 1 else None
    return None


# a clause of time or cause after the elided predicate: "Latvia had done the same, after X met its president Y in Riga",
# "Turkey agreed in April after he met Erdogan" (whom it names is where or why, not whom the stance is on)
_ADVERBIAL_AFTER = re.compile(r"(?:^|[\s,—–])(?:after|when|once|before|while|because|following|until|till|since\s+(?!(?:" + MONTH_NAMES
                              + r"|then|last|early|late|mid)\b))\s", re.I)
_CANDIDATE_TOKEN = re.compile(r"⟨C\d+⟩")
_OPENS_CLAUSE = re.compile(r"\s*(?:(?:mr|mrs|ms|dr)\.?\s+)?", re.I)


def others_named(ctx: Context, m: re.Match, subject: str) -> set[str]:
    """The candidates other than `subject` a clause with its stance elided names where they may be the stance's object
    (not one who withdrew, nor one named only in a clause of time or cause after the predicate: "Latvia had done the
    same, after Rutte visited Riga and met President Rinkevics")."""
    shape = ctx.shape
    gone = withdrawn_in(shape, _grammar(ctx)) or set()
    others = shape.candidates - {subject} - gone
    if not others:
        return others
    opener = _ADVERBIAL_AFTER.search(shape.text, m.end())
    if opener is None:
        return others
    stop = shape.text.find(";", opener.end())
    stop = len(shape.text) if stop < 0 else stop
    # (the clause's own subject is no mere place or company: "Mexico followed when X spoke" may follow X)
    near = {v for t in _CANDIDATE_TOKEN.finditer(shape.text)
            if not opener.start() <= t.start() < stop or _OPENS_CLAUSE.fullmatch(shape.text, opener.end(), t.start())
            for v in shape.group_at(t.start()).values}
    return near - {subject} - gone


# a clause of condition or of a time still to come opening right before the follower: "Once Bratislava is on board,
# ...", "if Lima does the same", "until Quito follows" (no stance stated)
_CONDITION_BEFORE = re.compile(r"\b(?:once|if|unless|until|till|as\s+soon\s+as|in\s+case|provided(?:\s+that)?|whether)\s+"
                               r"(?:the\s+)?$", re.I)


def conditional_follower(ctx: Context, m: re.Match) -> bool:
    """Whether the follower's clause is a condition or a time to come ("Once Bratislava is on board, ...")."""
    return bool(_span(m, "actor")) and bool(_CONDITION_BEFORE.search(ctx.shape.text, max(0, m.start("actor") - 30),
                                                                     m.start("actor")))


def check_followed(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"Britain followed suit": the state takes the stance the previous sentence stated."""
    if conditional_follower(ctx, m):
        return
    actors = _actor_values(ctx, m, "actor")
    previous = _previous_stance(ctx.stances, ctx.index, set(actors))
    if previous is None or _other_race_in(ctx.shape.text):
        return
    stance, subject = previous
    if _span(m, "sup") and stance != "endorsement" or _span(m, "opp") and stance != "opposition":
        return      # "the same support" after an opposition: another stance
    if others_named(ctx, m, subject):
        return      # another candidate is named here (not as one who withdrew): the stance may be about them
    g = _grammar(ctx)
    text = ctx.shape.text
    if _HABIT.match(text, m.end()):
        return      # "Peru did the same thing every year", "Quito always follows": a habit, no stance
    if m.group("trig").lower().endswith("same") and _SAME_TIME.match(text, m.end()):
        return      # "the defence council said the same day that ...": a time, not the stance before
    # (a time may stand before the manner: "followed a few hours later with statements of support")
    timed = _TIME_FIRST.match(text, m.end())
    after = timed.end() if timed else m.end()
    named = g.stance_manner.match(text, after) if re.match(r"follow|join", m.group("trig"), re.I) else None
    if named is not None and (named.group("sup") and stance != "endorsement" or named.group("opp") and stance != "opposition"):
        return      # "Hungary refused to back X. Peru followed with statements of support": of what, the text does not say
    if re.fullmatch(r"follow(?:s|ed)?", m.group("trig"), re.I) and not named and not _FOLLOWED_WHEN.match(ctx.shape.text[m.end():]):
        return      # "Turkey followed in April", not "Turkey followed the talks"
    if re.fullmatch(r"(?:did|done|does|do)\s+so", m.group("trig"), re.I) and not _ELLIPSIS_GAP.fullmatch(m.group("gap")):
        return      # "Mexico said it would host the talks and did so": its own clause's verb is repeated
    verdict = _assess(ctx, m, "actor")
    manner = named or g.same_manner.match(text, after)     # ("followed in similar terms on trade")
    if not actors or verdict.blocked or re.match(
            r"\s+(?:in|on|with|over|about|regarding|concerning|of|for)\s+(?!⟨C|(?:the\s+)?(?:"
            + WEEKDAY_NAMES + r"|\d|" + MONTH_NAMES + "))",
                                                 text[manner.end() if manner else after:], re.I):
        return      # "followed suit on defence spending", "said the same about the budget": the same, but about something else
    finding = _finding(rule, m, [subject], actors, verdict.status,
                       _confidence(rule, verdict.status, [_group(m, ctx, "actor")]), ("trig", "actor"))
    yield replace(finding, type=stance)


def check_so_does(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"So does France": the stance the sentence before stated; "Neither does Slovakia": its refusal only."""
    previous = _previous_stance(ctx.stances, ctx.index, set(_actor_values(ctx, m, "actor")))
    if previous is None or _other_race_in(ctx.shape.text) or ctx.shape.candidates - {previous[1]}:
        return
    stance, subject = previous
    if m.group("trig").lower() != "so" and stance != "opposition":
        return      # "Germany backs Rutte. Neither does France" says nothing clear
    g = _grammar(ctx)
    if g.in_dispute.match(ctx.shape.text, m.end()) or g.on_matter.match(ctx.shape.text, m.end()) or \
            g.in_other_contest.match(ctx.shape.text, m.end()):
        return      # "So does Brazil in the IAEA vote": the same, on something else
    actors = _actor_values(ctx, m, "actor")
    verdict = _assess(ctx, m, "actor")
    if not actors or verdict.blocked:
        return
    finding = _finding(rule, m, [subject], actors, verdict.status,
                       _confidence(rule, verdict.status, [_group(m, ctx, "actor")]), ("trig", "actor"))
    yield replace(finding, type=stance)


# ... nor with a candidate's withdrawal as a noun: "follows X's withdrawal and the lifting of objections by Hungary"
_LEAVING_NOUN = r"(?:withdrawal|exit|pull-?out|departure)"
_WITHDRAWAL_NOUN = re.compile(r"⟨C\d+⟩['’]?s?\s+(?:[\w-]+\s+)?" + _LEAVING_NOUN + r"\b", re.I)
# ... or with "of" after it: "the withdrawal last week of Romania's President ⟨C1⟩" (only a time, a state's label
# and titles between: "the withdrawal of objections to ⟨C1⟩" is no one's)
_WITHDRAWAL_OF = re.compile(r"\b" + _LEAVING_NOUN + r"(?:\s+(?:last|this|on|in)\s+\w+)?\s+of\s+(?:⟨S\d+⟩['’]?s?\s+)?"
                            + ADJ + r"(⟨C\d+⟩)", re.I)
# the candidate a withdrawal verb is said of: the one named last before it in its clause ("Iohannis, the only
# other candidate, pulled out")
_LEAVER = re.compile(r"⟨([A-Z])\d+⟩(?=[^⟨;.]{0,60}$)")
_NOMINAL = re.compile(r"\bthe\s+$", re.I)
# the candidate a state takes back: "withdrew ⟨C1⟩", "withdrew its candidate, ⟨C1⟩"
_TAKEN_BACK = re.compile(r"\s+(?:(?:its|their)\s+(?:own\s+)?(?:candidate|nominee)\s*,?\s*)?(⟨C\d+⟩)")


def withdrawn_in(shape, grammar, skip: int | None = None) -> set[str] | None:
    """The candidates a withdrawal in the sentence is said of (a verb's: the candidate named last before it in
    its clause, "Iohannis, the only other candidate, pulled out"; a noun's: its owner, "Iohannis' withdrawal", "the
    withdrawal of Iohannis"),
    None where one is said of nobody named ("he pulled out" with no name). `skip`: a verb's start that is no
    withdrawal here ("dropped" its objections)."""
    text, out = shape.text, set()
    for w in grammar.withdrawing.finditer(text):
        if w.start() == skip or grammar.stance_dropped.match(text, w.end()) or _NOMINAL.search(text, max(0, w.start() - 6), w.start()):
            continue    # "dropped its objections", "the dropping of objections": no one leaves the race
        last = None
        for last in _LEAVER.finditer(text, max(0, w.start() - 80), w.start()):
            pass
        if last is None:
            return None
        if last.group(1) != "C":    # a state's act: "Hungary dropped its objection", "Romania withdrew X"
            taken = _TAKEN_BACK.match(text, w.end())
            if taken:
                out.update(shape.group_at(taken.start(1)).values)
            continue
        out.update(shape.group_at(last.start()).values)
    for w in _WITHDRAWAL_NOUN.finditer(text):
        out.update(shape.group_at(w.start()).values)
    for w in _WITHDRAWAL_OF.finditer(text):
        out.update(shape.group_at(w.start(1)).values)
    return out
