"""Headline forms that leave out the verb: a speaker and a colon, then the stance as a noun phrase
("Argentina's Milei: no support for Bachelet", "Erdogan: full backing for Rutte"), or the answer alone ("Hungary: no to
Rutte", as "says no to"). The speaker speaks for
their state; "no" before the noun is their refusal (as "says no to"), not a stance said to be absent."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from natowatch.extract.frames.base import A, Context, Finding, Rule, _confidence, _finding, _group, _rx
from natowatch.extract.frames.actors import _actor_values
from natowatch.extract.frames.vocab import Vocab


def rules(v: Vocab) -> list[Rule]:
    return [
        Rule("stance_speaker_colon", "endorsement", _rx(
            rf"^\W*(?P<actor>{A})(?:['’]s?)?\s*:\s*(?P<neg>no\s+)?(?:(?:full|total|strong|firm|clear|unconditional)\s+)?"
            rf"(?P<trig>{v.sup_n})\s+(?:for|to|behind)\s+{v.obj}(?P<tail>\s*[.!]?\s*$)"),
             check_speaker_colon, 0.75),
        # the verb of "says no to" / "says yes to" left out: "Hungary: no to Rutte", "Ankara: yes to Rutte"
        Rule("stance_speaker_colon_answer", "endorsement", _rx(
            rf"^\W*(?P<actor>{A})(?:['’]s?)?\s*:\s*(?:(?P<neg>no)|(?P<trig>yes))\s+to\s+{v.obj}(?P<tail>\s*[.!]?\s*$)"),
             check_speaker_colon, 0.75),
    ]


def check_speaker_colon(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The whole clause is the speaker's stance: support, or with "no" its refusal."""
    subj = _group(m, ctx, "subj")
    actors = _actor_values(ctx, m, "actor")
    if subj is None or not actors:
        return
    found = _finding(rule, m, subj.values, actors, "confirmed", _confidence(rule, "confirmed", [subj]),
                     ("trig", "subj", "actor", "neg"))
    yield replace(found, type="opposition") if m.group("neg") else found
