"""When a leaving verb is a withdrawal by its time: a verb that also leaves an office ("stepped aside") with a date
alone after it, or a date and a reason about the race (`_only_dated`: "stepped aside last week, after a straw poll"), a
date set before the name ("In September, X stood aside."); the date alone of a gapped second leaver (`_GAP_DATE`:
"X withdrew in August, and Y in September"); and a leaving verb in a time clause whose main clause is the race's
(`check_withdrawal_circumstance`: "After X quit, Y became the favourite"). The rest of the withdrawal frame is in
frames/withdrawal.py."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from natowatch.extract.inserts import _SEASON
from natowatch.extract.lexicon import cardinals
from natowatch.extract.mentions import CANDIDATE
from natowatch.extract.frames.base import (
    Context, Finding, Rule, _assess, _confidence, _finding, _grammar, _group, _possessive_only,
)


_MONTH = r"(?:" + MONTH_NAMES + ")"
# a date, and no reason or other office, after a verb that also leaves an office ("only last week", "on Tuesday", "in
# October", "two weeks later", "at the start of the month"); the end of the clause or a reason must follow (_AFTER_DATE)
_ONLY_A_DATE = re.compile(r"\s+(?:only\s+|just\s+)?(?:(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:week|month|year|"
                          + WEEKDAY_NAMES + "|" + _MONTH + "|" + _SEASON + r")|"
                          r"on\s+(?:" + WEEKDAY_NAMES + "|" + _MONTH + r"|\d{1,2}\s+" + _MONTH + r")\b[\w\s,]{0,6}?|"
                          r"in\s+(?:(?:early|late|mid)[\s-]+)?(?:" + _MONTH + r"|\d{4}|the\s+" + _SEASON + r")(?:\s+(?:of\s+)?\d{4})?|"
                          r"yesterday|today|the\s+(?:same|next|following)\s+(?:day|week|month)|"
                          r"(?:over|during)\s+the\s+(?:" + _SEASON + r"|weekend|holidays)|"
                          r"at\s+the\s+(?:start|end|beginning|close|turn)\s+of\s+(?:the|this|that|last)\s+(?:week|month|year)|"
                          r"(?:(?:a|" + cardinals(1, 6) + r"|several|a\s+few|\d+)\s+)?(?:days?|weeks?|months?)\s+(?:later|ago|afterwards?)|"
                          r"(?:shortly|soon)\s+(?:afterwards?|after(?:\s+that)?|thereafter))", re.I)
# what may follow that date: the clause's end, or a reason that names the race ("after a straw poll", "following
# discouragement from a permanent member", "after Grossi won the vote"; not "after the scandal")
# (or a participle clause of what the leaving did to the race, with or without a date before it: ", clearing the
# way for ⟨C⟩", ", conceding that his rival had the votes"; what it names must be of the race, as a reason's)
_WHAT_IT_DID = (r",\s*(?:(?:clearing|paving|opening|leaving)\s+the\s+(?:way|path|field)\s+(?:open\s+)?for|conceding|"
                r"acknowledging|admitting)\s[^.;]{0,80}")
# (a reason or a time set off by a comma: ", citing a lack of support from a permanent member", ", a week before
# the allies chose ⟨C⟩")
_AFTER_DATE = re.compile(r"\s*(?:[.;]|$|,\s*(?:and|but|leaving)\b|(?P<why>\s(?:after|following)\s[^.;,]{0,80}|" + _WHAT_IT_DID
                         + r"|,\s*(?:citing|blaming|because\s+of|owing\s+to|due\s+to)\s[^.;]{0,80}|,\s*(?:(?:a|an|"
                         + cardinals(1, 3) + r"|a\s+few|several|\d+)\s+)?(?:days?|weeks?|months?)\s+(?:before|after)\s[^.;]{0,80}))", re.I)
_UNDATED = re.compile(r"\s*(?P<why>" + _WHAT_IT_DID + ")", re.I)


# what may stand before the leaver's name in its clause: a date set first ("Two days later X stepped aside.", "In
# September, X stood aside.") and/or a subordinator opening a clause the comma closes ("When X stepped aside in
# September, Chile ..."); nothing else (not "Rutte, who ...", "as prime minister X stepped aside")
_FRONTED = re.compile(r"\W*(?P<sub>(?:when|after|once|as\s+soon\s+as|shortly\s+after|soon\s+after)\s+)?"
                      r"(?:(?P<date>" + _ONLY_A_DATE.pattern.replace(r"\s+(?:only", r"(?:only", 1) + r")\s*,?\s*)?$", re.I)
_CLAUSE_CLOSED = re.compile(r"\s*,\s*(?!(?:and|but|or|leaving|handing|paving|citing|as|to|in\s+favou?r)\b)"
                            r"(?:⟨[SOC]\d+⟩|(?-i:[A-Z])|the\b|it\b|she\b|he\b|they\b)", re.I)


def _only_dated(ctx: Context, tail: str, before: str = "") -> bool:
    """The tail of a verb that also leaves an office is a date alone, or a date and a reason about the race; or the
    date was set before the name (`before`: the clause's words before it), and the tail ends the clause: the sentence's
    end, or the comma closing a subordinate clause the date's subordinator opened."""
    fronted = _FRONTED.fullmatch(before) if before else None
    if fronted and (fronted.group("date") or fronted.group("sub")):
        dated = fronted.group("date") or _ONLY_A_DATE.match(tail)
        rest = _ONLY_A_DATE.match(tail).end() if _ONLY_A_DATE.match(tail) else 0
        if dated and (re.match(r"\s*(?:[.;]|$|,\s*(?:and|but)\s)", tail[rest:]) or fronted.group("sub") and _CLAUSE_CLOSED.match(tail, rest)):
            return True
    date = _ONLY_A_DATE.match(tail)
    after = _AFTER_DATE.match(tail, date.end()) if date else _UNDATED.match(tail)
    if not after:
        # (the date and who told it: "gave up over the summer, her aides confirmed")
        return bool(date and _grammar(ctx).said_tail.match(tail, date.end()))
    why = after.group("why")
    return why is None or bool(_grammar(ctx).race_reason.search(why) or re.search(r"⟨[CP]\d+⟩", why))


# a reported clause with a noun subject of its own before the verb: "he said the agency was withdrawing", "she told
# reporters that the mission would pull out" (not "his campaign", the candidate's own)


# a date alone, as the gapped clause's only words after its name: "in September", "a week later", "on Monday"
_GAP_DATE = (r"\s+(?:(?:only|just|then)\s+)?(?:(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:week|month|year|"
             + WEEKDAY_NAMES + "|" + _MONTH + "|" + _SEASON + r")|"
             r"on\s+(?:" + WEEKDAY_NAMES + "|" + _MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r")|"
             r"in\s+(?:(?:early|late|mid)[\s-]+)?(?:" + _MONTH + r"|\d{4}|the\s+" + _SEASON + r")(?:\s+(?:of\s+)?\d{4})?|"
             r"the\s+(?:same|next|following)\s+(?:day|week|month)|"
             r"(?:(?:a|" + cardinals(1, 6) + r"|several|a\s+few|\d+)\s+)?(?:days?|weeks?|months?)\s+(?:later|afterwards?))")


def check_withdrawal_circumstance(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A leaving verb with nothing after it but the comma of its time clause ("After X quit,", "Once X was out,"), in an
    article about the race, whose main clause names another candidate or the post: the candidate left the race."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or _possessive_only(subj) or not ctx.race_article:
        return
    trig = re.sub(r"\s+", " ", m.group("trig").lower())
    out = trig.endswith(("out", "way", "picture")) and not _grammar(ctx).leaving.fullmatch(trig)
    if out and (m.group("lead").lower() == "with") == trig.startswith(("was", "were", "is")):
        return      # "once X was out,", "with X out,": the copula only without "with"
    if not out and not (_grammar(ctx).leaving.fullmatch(trig) or _grammar(ctx).bare_leaving.fullmatch(trig)
                        or _grammar(ctx).timed_leaving.fullmatch(trig) or _grammar(ctx).dated_leaving.fullmatch(trig)):
        return      # "after X ended, ...": no verb that leaves by itself
    if _grammar(ctx).self_exclusion.search(trig) or re.match(r"(?:is|are|(?!was\b|has\b)(?-i:[a-z]+[^s\W]s))\b", trig):
        return      # "once X is out,", "once X withdraws,": a time still to come
    main = m.group("tail")
    if re.match(r"[^;.]*?\b(?:will|would|could|might|may|shall)\b|[^;.]*?['’]ll\b", main):
        return      # "Once X quit, S would back Y": a hypothesis
    others = {v for t in re.findall(r"⟨C\d+⟩", main) for g in [ctx.shape.group_at(m.start("tail") + main.index(t))]
              for v in g.values} - set(subj.values)
    if not others and not re.search(r"⟨P\d+⟩", main):
        return      # "When X quit, the coalition collapsed": the race is not what the main clause tells
    verdict = _assess(ctx, m, "subj", gap="")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]), ("subj", "trig"))
