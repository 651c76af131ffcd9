"""A rival's bid met by a candidate ("Rutte faced a rival bid from X", "saw off X's late challenge", "overcame
the candidacy of X"): the bid met is in the race, a candidacy of its owner. A bid only hoped for or talked of
("a possible bid from X", "fended off talk of a bid by X") states nothing, nor one in another contest."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.mentions import CANDIDATE
from natowatch.extract.frames.base import ADJ, C, WP, Context, Finding, Rule, _assess, _confidence, _finding, _group, \
    _other_race_in, _possessive_only, _rx, _span
from natowatch.extract.frames.vocab import Vocab


def rules(v: Vocab) -> list[Rule]:
    # (the bid may be the last of the verb's objects: "overcame resistance from Hungary and a rival bid from X")
    lead = (rf"(?<![\w-])(?P<trig>{v.contest_v})\s+(?:(?:[\w-]+\s+){{1,3}}?(?:from|by|of)\s+(?:the\s+)?⟨[SO]\d+⟩\s+and\s+)?"
            rf"(?:(?:a|an|the)\s+)?(?:{v.rivalry_mod}\s+){{0,2}}")
    # the bid met, or a rivalry met (only where the race is named: check_met_bid)
    met = rf"(?:(?P<noun>{v.contested_bid_n})|(?P<rivalry>{v.rivalry_n}))"
    # (where the bid is met may come before whose it is: "faces stiff competition in the race from X")
    # (and the race may carry its post: "in the race for ⟨P⟩", "in the contest to lead ⟨O⟩")
    source = rf"(?:\s+in\s+the\s+(?:race|contest|running){_RACE_AIM})?\s+(?:from|by|of)\s+(?:(?:the|both)\s+)?{v.role_app}{ADJ}(?P<subj>{C})(?!['’])"
    return [
        Rule("candidacy_met_bid_from", "candidacy", _rx(
            lead + rf"{met}{source}(?P<tail>[^;]{{0,40}})"),
             check_met_bid, 0.7),
        # ... and the candidate who meets it is in the race too: "X faces competition from Y", "X saw off a rival
        # bid from Y" (the subject of the verb, no report between)
        Rule("candidacy_meets_bid_from", "candidacy", _rx(
            rf"(?P<subj2>{C})(?P<gap>(?:(?!\b(?:that|said|says|told|tells|who|which)\b){WP}){{0,40}}?)" + lead
            + rf"{met}{source}(?P<tail>[^;]{{0,40}})"),
             check_met_bid, 0.7),
        # the rival named after "in": "X faces a tough rival in Y" (both in the race, where it is named)
        Rule("candidacy_meets_rival_in", "candidacy", _rx(
            rf"(?P<subj2>{C})(?P<gap>(?:(?!\b(?:that|said|says|told|tells|who|which)\b){WP}){{0,40}}?)" + lead
            + rf"(?P<rivalry>{v.rival_n})\s+in\s+(?:the\s+)?{v.role_app}{ADJ}(?P<subj>{C})(?!['’])(?P<tail>[^;]{{0,40}})"),
             check_met_bid, 0.7),
        Rule("candidacy_met_owned_bid", "candidacy", _rx(
            rf"(?<![\w-])(?P<trig>{v.contest_v})\s+{ADJ}(?P<subj>{C})['’]s?\s+(?:(?:rival|competing|late|surprise|strong|serious|"
            rf"last-minute|spirited|determined|brief|eleventh-hour)\s+){{0,2}}(?P<noun>{v.contested_bid_n})\b(?P<tail>[^;]{{0,40}})"),
             check_met_bid, 0.7),
    ]


# the bid named as talk or a hope, not a bid made: "fended off talk of a bid from X", "a possible bid"
_UNMADE = re.compile(r"\b(?:talk|speculation|rumou?rs?|prospect|threat|idea|possibility|possible|potential|likely|"
                     r"expected|rumou?red|mooted|hypothetical)\b", re.I)


# a bid met that there is none of: "faces no competition from X", "little challenge"
_NONE = re.compile(r"\b(?:no|little|scant|hardly\s+any)\b", re.I)


# a bid for something else after it: "a bid to host the summit", "a challenge over the budget", "for the presidency"
_OTHER_AIM = re.compile(r"\s*(?:to\s+(?!(?:become|lead|head|run|succeed|replace)\b)|over\b|about\b|on\s+(?!\w+day\b)|"
                        r"for\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨P))", re.I)


# the post a race named at the verb is for: "for ⟨P⟩", "for UN ⟨P⟩", "to lead ⟨O⟩", "to succeed Stoltenberg"
_RACE_AIM = (r"(?:\s+(?:for|to)\s+(?:(?:lead|head|become|succeed|replace)\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
             r"(?:⟨[PO]\d+⟩|(?-i:[A-Z])[\w'’-]+))?")
_IN_RACE = re.compile(r"\s*(?:\b(?:in|for)\s+the\s+(?:race|contest|running)\b|\bfor\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨P\d+⟩)", re.I)
_RACE_OPENING = re.compile(r"\W*in\s+the\s+(?:(?:⟨P\d+⟩|[\w-]+)\s+)?(?:race|contest|running)\b[^,;⟨⟩]{0,20}(?:⟨P\d+⟩)?[^,;⟨⟩]{0,10},\s*", re.I)


def check_met_bid(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The owner of the bid a candidate met: a candidacy, in an article about the race."""
    subj = _group(m, ctx, "subj")
    noun = "rivalry" if _span(m, "rivalry") else "noun"
    if subj is None or not ctx.race_article or _other_race_in(m.group("tail")) or _OTHER_AIM.match(m.group("tail")) or _UNMADE.search(
            ctx.shape.text[m.end("trig"):m.start(noun)]):
        return
    if noun == "rivalry" and not (_IN_RACE.search(ctx.shape.text, m.end("trig"), m.start("subj")) or _IN_RACE.match(m.group("tail"))
                                  or _RACE_OPENING.match(ctx.shape.text, 0, m.start("subj2") if _span(m, "subj2") else m.start("trig"))):
        return      # a rivalry met is the race's only where the race is named ("faces pressure from X" may be any pressure)
    meeting = _group(m, ctx, "subj2") if _span(m, "subj2") else None
    if meeting is not None and (meeting.kind != CANDIDATE or _possessive_only(meeting) or not (
            _IN_RACE.search(ctx.shape.text, m.end("trig"), m.start("subj")) or _IN_RACE.match(m.group("tail"))
            or _RACE_OPENING.match(ctx.shape.text, 0, m.start("subj2")))):
        return      # the one meeting it is stated in the race only where the race is named ("faces competition in the
        # race from X", "... for ⟨P⟩", "In the race, X faces ..."; not "fought off a late challenge from X")
    verdict = _assess(ctx, m, "subj2") if meeting is not None else _assess(ctx, m, "trig", gap="")
    if verdict.blocked:
        return
    values = list(meeting.values if meeting is not None else ()) + [v for v in subj.values if meeting is None or v not in meeting.values]
    if _NONE.search(ctx.shape.text, m.end("trig"), m.start(noun)):
        # "X faces no competition in the race from Y": X is in it, Y is not
        values = list(meeting.values) if meeting is not None else []
        if not values:
            return
    yield _finding(rule, m, values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("subj2", "trig", noun, "subj"))
