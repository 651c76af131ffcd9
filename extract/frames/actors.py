"""Which states act in a frame's match: the values of its actor groups, less a name inside a relative clause of
another ("Denmark, which sits on the Security Council, backs X"), a coordinate of the head after its own relative
clause ("Panama, which backs X, as well as Colombia"), one of two alternatives ("a veto from Moscow or Beijing"), a
place ("every capital in the alliance"); plus the states the clause says act with them ("Chile, together with
Brazil, nominated X"); and the members of a list before another member's own aside (`before_member_aside`).
The frames' checks read them (`_actor_values`); split out of base.py, which keeps the match's groups and spans.
"""
from __future__ import annotations

import re

from natowatch.extract.frames.base import Context, _grammar, _group, _span
from natowatch.extract.mentions import ORG, STATE


def _actor_values(ctx: Context, m: re.Match, *names: str, comitative_alone: bool = False) -> list[str]:
    """The states (or the organisation) of the match's actor groups, and the states its clause says
    act with them ("Chile, together with Brazil, nominated ..."; "backed him jointly with Peru");
    `comitative_alone`: those states are the actors even when no actor group matched (a passive)."""
    values = []
    for n in names:
        g = _group(m, ctx, n) if _span(m, n) else None
        trig = _span(m, "trig")
        if g is not None and n != names[0] and _after_closed_relative(ctx.shape.text, m, names[0], m.start(n), trig):
            continue    # "Panama, which backs X, as well as Colombia": Colombia is the head's coordinate, not the clause's
        if g is not None and g.kind in (STATE, ORG) and not _in_relative_clause(ctx.shape.text, m.start(n), m.end(),
                                                                               trig[0] if trig else None):
            if g.kind == ORG and _LOCATIVE.search(ctx.shape.text, max(0, m.start(n) - 30), m.start(n)):
                continue    # "every capital in the alliance": where, not who
            if _ALTERNATIVE_BEFORE.search(ctx.sentence, max(0, g.start - 12), g.start) or _ALTERNATIVE_AFTER.match(
                    ctx.sentence, g.end):
                continue    # "a veto from Moscow or Beijing": which one, the text does not say
            contrast = _grammar(ctx).contrast.search(ctx.shape.text, max(0, m.start(n) - 40), m.start(n))
            if contrast:
                g = ctx.shape.group_at(contrast.start("before"))
            values += [v for v in g.values if v not in values]
    if values or comitative_alone:
        values += [v for v in _comitative_states(ctx, m) if v not in values]
    return values


_ALTERNATIVE_BEFORE = re.compile(r"\b(?<!whether\s)or\s+(?:the\s+)?$", re.I)
_ALTERNATIVE_AFTER = re.compile(r"\s*,?\s*or\s+(?!not\b)", re.I)
_LOCATIVE = re.compile(r"[a-z]\s+(?:in|within|across|throughout)\s+(?:the\s+)?$", re.I)
_RELATIVE_OPEN = re.compile(r",\s*(?P<rel>which|who|whose|where)\b\s*", re.I)
# a noun phrase's coordinator after a clause's closing comma: what follows is coordinated with a name, not with a verb
_NOUN_COORDINATOR = re.compile(r",\s*(?:as\s+well\s+as|along\s+with|alongside|together\s+with|plus|and|like|joining|"
                               r"besides|next\s+to)\s+(?:(?:also|then|even|of|from|with)\s+)?(?:the\s+)?$", re.I)


def _after_closed_relative(text: str, m: re.Match, first: str, start: int, trig: tuple[int, int] | None) -> bool:
    """The predicate is in a relative clause of the first actor, closed by a comma before the name at `start`, which a
    noun's coordinator joins to the sentence: "Panama, which backs X, as well as Colombia and Chile" (Colombia and
    Chile are listed with Panama; the clause is Panama's own). A verb's ellipsis after the clause ("..., as did
    Chile") is no noun's coordinate."""
    head = _span(m, first)
    if head is None or trig is None or not head[1] <= trig[0] < start:
        return False
    rel = _RELATIVE_OPEN.match(text, head[1])
    if rel is None or rel.end() > trig[0] or "," in text[rel.end():trig[0]]:
        return False
    return _NOUN_COORDINATOR.search(text, trig[1], start) is not None


def _in_relative_clause(text: str, start: int, end: int, trig: int | None = None) -> bool:
    """"Denmark, which sits on the Security Council, backs Grossi": a name inside a relative clause
    set off by commas is not the subject of the verb after it. (The clause opens at the last comma
    before `start`, and no ";" follows it: read from there, not from the sentence's start.) The
    predicate `trig` inside the same clause is its own ("X, who was nominated by Peru, ...")."""
    comma = text.rfind(",", 0, start)
    if comma < 0 or _RELATIVE_OPEN.match(text, comma, start) is None or ";" in text[comma:start] \
            or "," not in text[start:end]:
        return False
    close = text.find(",", start)
    return trig is None or not comma < trig < (close if close >= 0 else len(text))


# a list member's own aside, before the next member: "Peru, whose president nominated X, and Chile"
_MEMBER_OWN_ASIDE = re.compile(r",\s*(?:who|which|whose|(?:a|an|the|its|long|once)\s+[^,;:()]{2,80}?\s*,)\s", re.I)


def before_member_aside(ctx: Context, g) -> tuple[str, ...]:
    """The members of a list that come before another member's own aside ("Peru, whose president nominated X, and
    Chile and Colombia, two of the sponsors of Y"): an apposition after the list is about the members after the
    aside alone, as a relative after it is ("A, who leads, and B, who has had ...": clauses.own_of_last)."""
    mentions = g.mentions if g is not None else ()
    cut = max((i for i, (a, b) in enumerate(zip(mentions, mentions[1:]), 1)
               if _MEMBER_OWN_ASIDE.search(ctx.sentence, a.end, b.start)), default=0)
    later = {x.value for x in mentions[cut:]}
    return tuple(dict.fromkeys(x.value for x in mentions[:cut] if x.value not in later))


def _comitative_states(ctx: Context, m: re.Match) -> list[str]:
    """The states the match's clause says act with its actor; a predicate in a relative clause of the actor
    ("puts Bratislava alongside Budapest, which has refused to back X") has the actor alone as its subject:
    a state set beside the actor outside that clause does not act."""
    text = ctx.shape.text
    start = ctx.scope.clause_left(text, m.start())
    end = ctx.scope.clause_right(text, m.end())
    actor = _span(m, "actor")
    head = actor[0] if actor and _RELATIVE_OPEN.match(text, actor[1]) else start
    trig = _span(m, "trig")
    if head != start and trig and trig[0] > actor[1] and (close := text.find(",", trig[1], end)) >= 0:
        end = close     # "Panama, which backs X, together with Colombia": the clause ends at its comma
    out = []
    grammar = _grammar(ctx)
    for c in [*grammar.comitative.finditer(text, start, end), *grammar.comitative_join.finditer(text, start, end)]:
        for name in ("before", "with"):
            if c.group(name) and (c.start(name) >= head or c.start() >= head):
                out += [v for v in ctx.shape.group_at(c.start(name)).values if v not in out]
    return out
