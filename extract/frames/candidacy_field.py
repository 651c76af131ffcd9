"""Candidacy's checks of names the race sets together, each of them in it: a list after a counted candidate noun
("the three candidates, A, B and C"), the race pitting them against each other ("The race pits A against B"), the race
said to be between them ("the race is now between A and B"), one joining the others ("A joins B and C in the race"),
and a rival owned by a candidate ("A's main rival, B", `_RACE_ROLE`). The rest of candidacy's checks are in
frames/candidacy_checks.py."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.mentions import CANDIDATE
from natowatch.extract.frames.base import (
    Context, Finding, Rule, _assess, _confidence, _finding, _grammar, _group, _other_race_in, _possessive_only,
    _sentence_has_post, _span,
)
from natowatch.extract.frames.candidacy_forms import check_label_before



# what opens a clause whose subject sets candidates against each other: the race itself ("The race pits ...",
# "a contest for ⟨P⟩ that pits ..."), not a debate or a dispute
_RACE_SUBJECT = re.compile(r"\b(?:race|contest|competition|election|selection|vote|ballot|run-off|runoff|⟨P\d+⟩)\b"
                           r"(?:[^,;⟨⟩]|⟨P\d+⟩){0,40}?$", re.I)


def check_counted_names(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """Names listed right after a counted candidate noun: the same as a label set off before them, for a list."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or len(subj.values) < 2:
        return
    yield from check_label_before(rule, m, ctx)


def check_pitted(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The race (its subject) setting candidates against each other: all are in it."""
    subj, subj2 = _group(m, ctx, "subj"), _group(m, ctx, "subj2")
    if subj is None or subj2 is None or CANDIDATE != subj.kind or CANDIDATE != subj2.kind:
        return
    if not _RACE_SUBJECT.search(ctx.shape.text, max(0, m.start("trig") - 60), m.start("trig")) or _other_race_in(
            ctx.shape.text[max(0, m.start("trig") - 60):m.start("trig")] + m.group("tail")[:40]):
        return
    yield from _all_in_race(rule, m, ctx, subj, subj2, _assess(ctx, m, "trig", gap=""), ("trig", "subj", "subj2"))


# the race named right before "between" its candidates: "the race is now between", "a two-way contest between", "the
# race she leaves behind is effectively between" (not "the gap between", "a debate between")
_RACE_BEFORE_BETWEEN = re.compile(r"\b(?:race|contest|competition|run-?off|battle|duel|showdown)\s+(?:[^,;.:]{0,40}?\s)?"
                                  r"(?:(?:is|was|remains|remained|became|has\s+become)\s+(?:(?:now|still|effectively|essentially|"
                                  r"largely|really|clearly)\s+)*)?$", re.I)


def check_race_between(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The race said to be between candidates (two named, or a list of them): all are in it."""
    subj = _group(m, ctx, "subj")
    subj2 = _group(m, ctx, "subj2") if _span(m, "subj2") else subj
    if subj is None or subj2 is None or CANDIDATE != subj.kind or CANDIDATE != subj2.kind \
            or len(set(subj.values) | set(subj2.values)) < 2:
        return
    before = ctx.shape.text[max(0, m.start("trig") - 70):m.start("trig")]
    after = m.group("tail").partition(",")[0].partition(";")[0]
    if not _RACE_BEFORE_BETWEEN.search(before) or _other_race_in(before + m.group("tail")[:40]) or ctx.scope.modal(after):
        return      # (not "a race between X and Y would be close")
    yield from _all_in_race(rule, m, ctx, subj, subj2, _assess(ctx, m, "trig", gap=""), ("trig", "subj", "subj2"))


def check_joins_field(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate joining others in the race: all are in it (not "as one of the likely candidates")."""
    subj, subj2 = _group(m, ctx, "subj"), _group(m, ctx, "subj2")
    if subj is None or subj2 is None or CANDIDATE != subj.kind or CANDIDATE != subj2.kind or _possessive_only(subj):
        return
    tail = m.group("tail")
    if _grammar(ctx).assessing.search(tail[:60]) or not (ctx.race_article or _sentence_has_post(ctx)) or _other_race_in(tail[:60]):
        return
    yield from _all_in_race(rule, m, ctx, subj, subj2, _assess(ctx, m, "subj"), ("subj", "trig", "subj2"))


# what makes a rival's role one of the race itself: a candidate noun after it, or the race or post named
_RACE_ROLE = re.compile(r"\b(?:candidates?|contenders?)\b|\s(?:in\s+the\s+(?:race|contest|running)|for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨P)",
                        re.I)


def check_possessed_rival(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"X's main rival is Y" in the race: the owner of the rival is in it as much as the rival."""
    owner, subj = _group(m, ctx, "subj2"), _group(m, ctx, "subj")
    if "race_role" in rule.traits and not _RACE_ROLE.search(ctx.shape.text, m.start("trig"), m.end("gap") + 1):
        return      # a bare "X's rival, Y" states Y's bid alone (set 12); "X's rival candidate", "her rival in the race" both
    if owner is None or subj is None or CANDIDATE != owner.kind or CANDIDATE != subj.kind:
        return
    if not (ctx.race_article or _sentence_has_post(ctx)) or _other_race_in(m.group("tail")[:40]):
        return
    yield from _all_in_race(rule, m, ctx, owner, subj, _assess(ctx, m, "trig", gap=""), ("subj2", "trig", "subj"))


def _all_in_race(rule: Rule, m: re.Match, ctx: Context, first, second, verdict, marks) -> Iterator[Finding]:
    """The candidacy of everyone in both groups, unless the scope's verdict blocks it."""
    if verdict.blocked:
        return
    yield _finding(rule, m, list(first.values) + [v for v in second.values if v not in first.values], [None],
                   verdict.status, _confidence(rule, verdict.status, [first, second]), marks)
