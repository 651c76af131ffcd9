"""Stances told by contrast: a stance on a candidate set against another actor that did not take it
("thanked Brazil for standing by her 'when my own country did not'": the contrasted state's refusal, its
verb phrase left out). A refusal stated so is explicit (the guide: "did not back his candidacy")."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.frames.base import A, Context, Finding, Rule, _assess, _confidence, _finding, _group, _rx
from natowatch.extract.frames.actors import _actor_values
from natowatch.extract.frames.elided_clauses import contrast_rules
from natowatch.extract.frames.vocab import Vocab

# the contrasted actor's auxiliary, negated, with the verb phrase left out: nothing but the clause's end after it
# (a refusal: "did not", "will not", "could not"; "has not" / "is not" is a stance not yet taken, no event by the guide)
_LEFT_OUT = (r"(?:(?:did|does|do|would|could|will|can)\s*(?:not\b|n['’]t)|won['’]t|cannot)"
             r"(?=[\"”’']?\s*(?:[,.;)]|$))")


def rules(v: Vocab) -> list[Rule]:
    return [
        Rule("oppose_contrasted", "opposition", _rx(
            rf"(?<![\w-])(?P<trig>{v.sup_v})\s+{v.obj}[\"“”'’\s]*,?\s*[\"“]?(?:when|while|whereas|where)\s+"
            rf"(?:the\s+)?(?P<actor>{A})\s+(?P<neg>{_LEFT_OUT})"),
             check_contrasted, 0.7),
    ] + contrast_rules(v)


def check_contrasted(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The contrasted actor refused the stance the clause states of the candidate, when that clause
    states it as fact (not "would stand by her if ...")."""
    subj = _group(m, ctx, "subj")
    actors = _actor_values(ctx, m, "actor")
    if subj is None or not actors:
        return
    verdict = _assess(ctx, m, "trig", gap="")
    if verdict.blocked or verdict.refusal:
        return
    yield _finding(rule, m, subj.values, actors, verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("trig", "subj", "actor", "neg"))
