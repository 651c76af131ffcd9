"""Stances a noun states: the checks of the rules whose predicate is a noun of support or opposition
("the support of S for X", "S's veto of X", "Rutte won the backing of France", "With backing from S, X ...", "a
former backer of X"), and what such a noun phrase's own predicate says of it (a modal, an unsettled copula after it:
"S's backing for X would be decisive", "... is not on the cards"). The verbs' checks are in frames/stance_checks.py,
the rule table in frames/stance.py."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.lexicon import BE_FORMS
from natowatch.extract.mentions import CANDIDATE
from natowatch.extract.model import ENDED
from natowatch.extract.frames.base import (
    C, Context, Finding, Rule, _FOR_OTHER, _assess, _confidence, _finding, _grammar, _group,
    _possessive_only, _span, ungiven_after,
)
from natowatch.extract.frames.actors import _actor_values, before_member_aside


def check_received(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"Rutte won the support of the US": the candidate receives, the named states give."""
    subj = _group(m, ctx, "subj")
    actors = _actor_values(ctx, m, "actor", "actor2")
    if subj is None or not actors or _possessive_only(subj) and not (
            "bid_owner" in rule.traits and _grammar(ctx).bid_noun.match(ctx.shape.text[m.end("subj"):].lstrip())):
        return      # (the owner of a bid its supporters back: "announced her nomination, with A and B as co-sponsors")
    if not _support_for_bid(ctx, m.end()):
        return
    # support received is the giver's stance turned round: "Grossi will not get Moscow's vote" is Moscow's refusal, as
    # "will not be supported by" is; a refusal verb is the candidate's own ("refused to accept Moscow's support")
    verdict = _assess(ctx, m, "subj", support="received" in rule.traits)
    if verdict.blocked or verdict.refusal and not _AUXILIARY_NEGATION.search(verdict.cue):
        return
    conf = _confidence(rule, verdict.status, [subj, _group(m, ctx, "actor")])
    f = _finding(rule, m, subj.values, actors, verdict.status, conf, ("subj", "recv", "trig", "trig2", "actor", "actor2"))
    f.type = "opposition" if verdict.refusal else rule.type
    yield f


# a refusal cue that negates an auxiliary ("will not", "cannot", "would never"), not a verb of refusing
_AUXILIARY_NEGATION = re.compile(r"\b(?:not|never|no\s+longer)\b|n['’]t\b|\bcannot\b", re.I)


def _support_for_bid(ctx: Context, end: int) -> bool:
    """"won Hungary's backing for the EU budget" is support for something else."""
    other = _FOR_OTHER.match(ctx.shape.text, end)
    if not other:
        return True
    what = other.group("what")
    return bool(re.search(r"⟨[CP]\d+⟩", what) or _grammar(ctx).bid_noun.search(what)) or not what.strip()


# a noun of stance that is absent or only wanted
_NONE_BEFORE = re.compile(r"\b(?:no|little|scant|without|lack\s+of|absence\s+of|need\s+for|needs|needed|hopes?\s+of|"
                          r"sought|seeks?|seeking|awaits?|awaiting|await)\s+(?:[\w-]+\s+)?$", re.I)


# a modal right after a stance noun whose subject it is: the stance is still to come ("a Hungarian endorsement of
# Rutte would clear the last obstacle"; not one further on: "reaffirmed Brasilia's backing for X, calling her
# 'the voice the South needs'")
# an aside after a stance noun phrase before its own predicate: a participle or noun phrase set off by commas
# ("Hungary's backing for X, sought in talks on Tuesday, has not yet been given"), or a relative clause on it
# ("..., which Budapest had promised, never came")
_NOUN_ASIDE = re.compile(r"\s*,\s*(?P<rel>(?:which|that)\s+)?(?!(?:and|or|but|while|though|although|as|if|when|because|"
                         r"since|so)\b)[^,;()]{2,120}?,(?=\s*(?-i:[a-z]))", re.I)


def _noun_predicate(text: str, end: int) -> tuple[int, ...]:
    """Where the predicate of a stance noun phrase ending at `end` may start: right after it, after an aside set off by
    commas, and inside a relative clause on it."""
    # (and a second predicate coordinated with its first: "... has been talked about for weeks but has not materialised")
    second = _SECOND_PREDICATE.match(text, end)
    more = (second.end(),) if second else ()
    aside = _NOUN_ASIDE.match(text, end)
    if aside is None:
        return (end,) + more
    return (end, aside.end()) + ((aside.end("rel") - 1,) if aside.group("rel") else ()) + more


# the second predicate of a subject, after the first one's words: "..., but has not materialised", "and never came"
_SECOND_PREDICATE = re.compile(r"\s+(?:(?:has|have|had|" + BE_FORMS + r")\s+)?[^.;:,⟨]{1,60}?,?\s(?:but|yet|and)"
                               r"(?=\s+(?:has|have|had|" + BE_FORMS + r"|did|does|do|never|failed|fails|remains?|remained|still)\b)", re.I)


_MODAL_NEXT = re.compile(r"\s+(?:(?:still|also|now|then|only|surely|certainly|probably)\s+)?(?:would|could|might|may|can|"
                         r"should|must)\b", re.I)




def former_agent(rule: Rule, m: re.Match, ctx: Context) -> bool:
    """"Paraguay, a former backer of X,", "Chile was once a critic of Y": an agent noun's stance, ended (the guide's
    ended stance states the earlier one)."""
    trig = _span(m, "trig") or _span(m, "trig2")
    return bool("agent_noun" in rule.traits and trig and _grammar(ctx).former_agent.search(ctx.shape.text, max(0, trig[0] - 30), trig[0]))


def check_nominal(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A support or opposition noun phrase naming both sides."""
    subj = _group(m, ctx, "subj" if _span(m, "subj") else "subj2")
    actors = _actor_values(ctx, m, "actor")
    if subj is None or subj.kind != CANDIDATE or not actors:
        return
    trig = _span(m, "trig") or _span(m, "trig2")
    if _NONE_BEFORE.search(ctx.shape.text, max(0, trig[0] - 30), trig[0]):
        return      # "there was no opposition to Rutte from Hungary", "without backing from Ankara"
    if ctx.scope.hearsay_of.search(ctx.shape.text, max(0, trig[0] - 40), trig[0]):
        return      # "Rumours of an endorsement of X by S", "talk of a Turkish veto of Y": hearsay's object, no fact
    if "holders" not in rule.traits and _grammar(ctx).unmet_near.search(ctx.shape.text, max(0, trig[0] - 60), trig[0]):
        # "diplomats fear a veto from C on X", "still seeking the support of S for X": a stance not given (not so of
        # those who hold one, whatever is done to them: "to win over the opponents of X, led by S")
        return
    verdict = _assess(ctx, m, "trig" if _span(m, "trig") else "trig2", gap="", near=True)
    # (the states in apposition to a candidate's supporters are stated as such, whatever the main verb after them
    # does: "her supporters, A and B, had hoped she would win")
    apposed = "apposition" in rule.traits and ctx.shape.text.startswith(",", m.end())
    if "apposition" in rule.traits and m.start("actor") < trig[0]:
        # "Peru, whose president nominated X, and Chile, the chief sponsor of Y": the apposition is Chile's alone
        earlier = before_member_aside(ctx, _group(m, ctx, "actor"))
        actors = [a for a in actors if a not in earlier]
        if not actors:
            return
    if verdict.blocked or not apposed and any(_modal_after(ctx, end)
                                              or ctx.scope.unsettled.match(ctx.shape.text, end)
                                              or ungiven_after(ctx, end)
                                              for end in _noun_predicate(ctx.shape.text, m.end())):
        return      # "the backing of Rutte by Turkey would be decisive", "... is not on the cards", "... has not been issued"
    conf = _confidence(rule, verdict.status, [subj, _group(m, ctx, "actor")])
    status = ENDED if former_agent(rule, m, ctx) else verdict.status
    yield _finding(rule, m, subj.values, actors, status, conf, ("trig", "trig2", "subj", "subj2", "actor"))


def check_fronted(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"With backing from Washington and London, Rutte ...": the one candidate of the main clause."""
    rest_start = m.start("rest")
    subjects = {v for t in re.finditer(C, m.group("rest")) for v in ctx.shape.group_at(rest_start + t.start()).values}
    actors = _actor_values(ctx, m, "actor")
    if len(subjects) != 1 or not actors:
        return
    verdict = _assess(ctx, m, "trig", gap=m.group("gap"))
    if verdict.blocked:
        return
    conf = _confidence(rule, verdict.status, [_group(m, ctx, "actor")])
    yield _finding(rule, m, sorted(subjects), actors, verdict.status, conf, ("trig", "actor"))


def _modal_after(ctx: Context, end: int) -> bool:
    """"Hungary's support would be decisive": a stance noun as the subject of a modal."""
    right = ctx.shape.text[end:ctx.scope.clause_right(ctx.shape.text, end)]
    return ctx.scope.modal(right[:40])
