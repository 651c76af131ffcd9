"""A rival's bid met by a candidate ("Rutte faced a rival bid from X", "saw off X's late challenge", "overcame
the candidacy of X"): the bid met is in the race, a candidacy of its owner. A bid only hoped for or talked of
("a possible bid from X", "fended off talk of a bid by X") states nothing, nor one in another contest."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.frames.base import ADJ, C, Context, Finding, Rule, Vocab, _assess, _confidence, _finding, _group, \
    _other_race_in, _rx


def rules(v: Vocab) -> list[Rule]:
    # (the bid may be the last of the verb's objects: "overcame resistance from Hungary and a rival bid from X")
    lead = (rf"(?<![\w-])(?P<trig>{v.contest_v})\s+(?:(?:[\w-]+\s+){{1,3}}?(?:from|by|of)\s+(?:the\s+)?⟨[SO]\d+⟩\s+and\s+)?"
            rf"(?:(?:a|an|the)\s+)?(?:(?:rival|competing|late|surprise|strong|serious|"
            rf"last-minute|spirited|determined|brief|eleventh-hour)\s+){{0,2}}")
    return [
        Rule("candidacy_met_bid_from", "candidacy", _rx(
            lead + rf"(?P<noun>{v.contested_bid_n})\s+(?:from|by|of)\s+(?:the\s+)?{v.role_app}{ADJ}(?P<subj>{C})(?!['’])(?P<tail>[^;]{{0,40}})"),
             check_met_bid, 0.7),
        Rule("candidacy_met_owned_bid", "candidacy", _rx(
            rf"(?<![\w-])(?P<trig>{v.contest_v})\s+{ADJ}(?P<subj>{C})['’]s?\s+(?:(?:rival|competing|late|surprise|strong|serious|"
            rf"last-minute|spirited|determined|brief|eleventh-hour)\s+){{0,2}}(?P<noun>{v.contested_bid_n})\b(?P<tail>[^;]{{0,40}})"),
             check_met_bid, 0.7),
    ]


# the bid named as talk or a hope, not a bid made: "fended off talk of a bid from X", "a possible bid"
_UNMADE = re.compile(r"\b(?:talk|speculation|rumou?rs?|prospect|threat|idea|possibility|possible|potential|likely|"
                     r"expected|rumou?red|mooted|hypothetical)\b", re.I)


# a bid for something else after it: "a bid to host the summit", "a challenge over the budget", "for the presidency"
_OTHER_AIM = re.compile(r"\s*(?:to\s+(?!(?:become|lead|head|run|succeed|replace)\b)|over\b|about\b|on\s+(?!\w+day\b)|"
                        r"for\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨P))", re.I)


def check_met_bid(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The owner of the bid a candidate met: a candidacy, in an article about the race."""
    subj = _group(m, ctx, "subj")
    if subj is None or not ctx.race_article or _other_race_in(m.group("tail")) or _OTHER_AIM.match(m.group("tail")) or _UNMADE.search(
            ctx.shape.text[m.end("trig"):m.start("noun")]):
        return
    verdict = _assess(ctx, m, "trig", gap="")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("trig", "noun", "subj"))
