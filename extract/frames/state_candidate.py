"""A nomination that names its state in the role it gives ("The cabinet approved the nomination of X as Argentina's
candidate", "X was confirmed as Peru's official candidate"): whoever acts (a bare cabinet, a government), the state
named after "as" is the one that puts the person forward; the candidacy and that state's backing (the guide:
nomination = candidacy + endorsement). The rule is in frames/candidacy.py (candidacy_as_states_candidate)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from natowatch.extract.mentions import CANDIDATE, STATE
from natowatch.extract.frames.base import Rule, _assess, _group, _span
from natowatch.extract.frames.candidacy_forms import _candidacy_and_backing


def check_state_named_candidate(rule: Rule, m: re.Match, ctx) -> Iterator:
    own = "subj" if _span(m, "subj") else "subj2"
    subj = _group(m, ctx, own)
    actor = _group(m, ctx, "state")
    if actor is None and subj is not None and (role := _group(m, ctx, "role")) is not None:
        actor = _state_of_role(role, subj, ctx)
    if actor is None and _span(m, "named"):
        actor = _state_named(m.group("named"), ctx)
    if subj is None or subj.kind != CANDIDATE or actor is None or actor.kind != STATE:
        return
    if any(x.form == "possessive-pronoun" for x in subj.mentions):
        return      # "the nomination of his ... as": no one named
    # (the words before the verb govern it, read as its own: "The cabinet did not approve the nomination of X", "has
    # yet to approve"; in the passive, those between the candidate and the participle: "X was not confirmed")
    if own == "subj":
        verdict = _assess(ctx, m, "trig", gap="", clause_as_gap=True)
    else:
        verdict = _assess(ctx, m, own, gap=ctx.shape.text[m.end(own):m.start("trig2")])
    if verdict.blocked:
        return
    yield from _candidacy_and_backing(rule, m, subj, list(dict.fromkeys(actor.values)), verdict.status, verdict.status)


def _state_of_role(role, subj, ctx):
    """The state of a role read as the candidate it describes ("as Argentina's official candidate", one mention of X)
    or as its state ("as Costa Rica's candidate" for another's nomination, one mention of the state):
    the one state its own words name, before "candidate" (whoever that state's own candidate is: "X as Costa Rica's
    candidate" says X is), None where it names none."""
    if role.kind not in (CANDIDATE, STATE) or len(role.mentions) != 1:
        return None
    mention = role.mentions[0]
    return _state_named(ctx.sentence[mention.start:mention.end], ctx)


def _state_named(words: str, ctx):
    """The one state named by the words of a role ("Argentina's official candidate"), else None."""
    if not _ROLE.fullmatch(words):
        return None
    states = [x for x in ctx.gazetteer.mentions(words) if x.kind == STATE]
    if len({x.value for x in states}) != 1:
        return None
    return _Actor(STATE, (states[0].value,), (states[0],))


_ROLE = re.compile(r"(?i:the\s+)?[^\W\d_][\w .'’-]*?['’]s?\s+(?:[a-z]+\s+)?candidate")


@dataclass(frozen=True)
class _Actor:
    kind: str
    values: tuple
    mentions: tuple
