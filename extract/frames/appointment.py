"""Appointment: the organisation (its council, its members) chooses the candidate for the post."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.frames.base import (
    ADJ, C, Context, Finding, ORGS, P, Rule,
    WP, _assess, _confidence, _finding, _grammar, _group, _other_race_in, _possessive_only,
    _post_between, _rx, _unstated_after, _sentence_has_post,
)
from natowatch.extract.calendar_names import SEASON_NAMES
from natowatch.extract.frames.time_phrases import _DATED_TAIL
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.lexicon import BE_FORMS


# a day said from the article's own ("yesterday", "today", "this morning", "yesterday afternoon"): where a named day
# may stand after the verb, so may it
_DEICTIC = r"(?:(?:yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening))?|(?:this|earlier\s+this)\s+(?:morning|afternoon|evening))"
# a time between a participle and its agent or post: "chosen on Wednesday by", "named last month as", "named yesterday as"
_WHEN = (r"(?:,?\s+(?:(?:on|in|at|last|this|earlier|early|late)\s+(?:the\s+)?(?:[\w-]+\s+)?(?-i:[A-Za-z][\w-]*)"
         r"(?:\s+\d{1,4})?(?:,\s+\d{4})?|" + _DEICTIC + r"),?)?")


def rules(v: Vocab) -> list[Rule]:
    (approve, chosen, aux, adv) = (v.approve, v.chosen, v.aux, v.adv)
    appoint = rf"(?:{v.appoint}|{v.recommend})"
    R = Rule
    return [
        # ---- appointment
        R("appointment_passive", "appointment", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-]){aux}\s+{adv}(?P<trig>{appoint})(?=(?P<tail>[^;]{{0,90}}))"),
          check_appointment, 0.9, traits=frozenset({"by_org"})),
        # headlines drop the auxiliary: "Rutte confirmed as next NATO chief", "Rutte formally named NATO chief"
        R("appointment_headline", "appointment", _rx(
            rf"(?P<subj>{C})\s+{adv}(?P<trig>appointed|named|confirmed|chosen|picked|selected|tapped|elected|"
            rf"designated)(?=(?P<tail>[^;]{{0,90}}))"),
          check_appointment, 0.85, traits=frozenset({"headline"})),
        R("appointment_active", "appointment", _rx(
            rf"(?P<actor>{ORGS})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{appoint}|endorsed|backed|approved)\s+{ADJ}"
            rf"(?P<subj>{C})(?=(?P<tail>[^;]{{0,60}}))"),
          check_appointment, 0.9, agent="actor", traits=frozenset({"chooses"})),
        # "NATO gave the job to Rutte": the post given (not "the job of drafting the communique")
        R("appointment_post_given", "appointment", _rx(
            rf"(?P<actor>{ORGS})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{v.post_giving})\s+(?:the\s+)?{P}\s+to\s+{ADJ}"
            rf"(?P<subj>{C})(?=(?P<tail>[^;]{{0,60}}))"),
          check_appointment, 0.8, agent="actor"),
        # "Rutte was handed the NATO top job": the post given, in the passive (not "the job of mediator")
        R("appointment_post_given_passive", "appointment", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-]){v.aux}\s+{v.adv}(?P<trig>{v.post_given})\s+(?:the\s+)?{P}(?!\s+of\s+(?!(?:the\s+)?⟨[OP]))"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
          check_appointment, 0.8),
        # "ambassadors approved Rutte's appointment", "rubber-stamped the appointment of Rutte"
        R("appointment_approved", "appointment", _rx(
            rf"(?P<actor>{ORGS})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{approve})\s+(?:the\s+)?{ADJ}(?P<subj>{C})['’]s?\s+"
            rf"(?:(?:formal|official)\s+)?{chosen}\b(?=(?P<tail>[^;]{{0,60}}))"),
          check_appointment, 0.85, agent="actor"),
        R("appointment_approved_of", "appointment", _rx(
            rf"(?P<actor>{ORGS})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{approve})\s+(?:the|his|her)\s+"
            rf"(?:(?:formal|official)\s+)?{chosen}\s+of\s+{ADJ}(?P<subj>{C})(?=(?P<tail>[^;]{{0,60}}))"),
          check_appointment, 0.85, agent="actor"),
        # "Rutte, whom the allies appointed in June, ...": the organisation acts on the name before
        R("appointment_relative", "appointment", _rx(
            rf"(?P<subj>{C})(?:,?\s+(?:whom|who)|\s+that)?\s+(?P<actor>{ORGS})(?P<gap>{WP}{{0,30}}?)(?<![\w-])(?P<trig>{appoint})"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
          check_appointment, 0.85, agent="actor", traits=frozenset({"chooses"})),
        # "The Argentine, appointed by the General Assembly last month, ...", "Rutte, named NATO chief in June, ...":
        # a participle set off after the name, by the body or as the post
        # (after a label of the apposition, "Rutte, the Dutchman chosen by the allies", and before a time: "chosen on
        # Wednesday by the alliance's ambassadors")
        R("appointment_participle", "appointment", _rx(
            rf"(?P<subj>{C}),\s+(?:(?:the|a|an)\s+(?:(?:⟨[SC]\d+⟩|(?!(?:who|whom|which|that|whose|has|have|had|{BE_FORMS}|"
            rf"will|would|been|being|said|says)\b)[\w'’-]+)\s+){{1,3}}?)?{adv}(?P<trig>{v.appoint_pp})"
            rf"(?={_WHEN}(?P<tail>\s+(?:as\s+[^;,]{{0,40}}?)?by\s[^;]{{0,60}}|\s+(?:as\s+)?(?:(?:the|its|new|next)\s+){{0,2}}⟨P\d+⟩[^;]{{0,60}}))"),
          check_appointment, 0.8, traits=frozenset({"by_org"})),
        # the same participle with only when it happened, set off after the name in an article about the race: "Rutte, the
        # Dutchman chosen in June, will take office ...", "X, appointed on Monday, ...", "X, chosen yesterday, ..." (a time of a month or a day, the
        # aside closed right after it: not "chosen in June as EU foreign policy chief", "elected in 2010")
        R("appointment_dated_aside", "appointment", _rx(
            rf"(?P<subj>{C}),\s+(?:(?:the|a|an)\s+(?:(?:⟨[SC]\d+⟩|(?!(?:who|whom|which|that|whose|has|have|had|{BE_FORMS}|"
            rf"will|would|been|being|said|says)\b)[\w'’-]+)\s+){{1,3}}?)?{adv}(?P<trig>chosen|picked|selected|appointed)"
            rf"(?P<tail>\s+(?:(?:on|in|last|this|earlier|early|late)\s+(?:the\s+)?(?:[\w-]+\s+)?(?-i:[A-Z])[\w-]*(?:\s+\d{{1,2}})?"
            rf"|(?:last|this|earlier\s+this)\s+(?:week|month|{SEASON_NAMES})|{_DEICTIC})\s*,)"),
          check_appointment, 0.75, traits=frozenset({"by_org", "dated_aside"})),
        # "Rutte wins NATO top job", "Rutte won the race to lead the alliance": chosen, by the body that chooses
        R("appointment_won", "appointment", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<trig>{v.win})\s+(?:the\s+)?(?:race\s+(?:for|to)\s+(?:the\s+)?)?"
            rf"{P}(?=(?P<tail>[^;]{{0,60}}))"),
          check_won, 0.75),
        # "Rutte's appointment by the North Atlantic Council", "the selection of Rutte by the allies",
        # "Rutte's appointment as secretary general was confirmed": the noun stated as done
        R("appointment_nominal", "appointment", _rx(
            rf"(?P<subj>{C})['’]s?\s+(?:(?:formal|official|unanimous)\s+)?(?P<trig>{chosen})(?=(?P<tail>[^;]{{0,90}}))"),
          check_nominal_appointment, 0.8, agent="trig"),
        R("appointment_nominal_of", "appointment", _rx(
            rf"(?<![\w-])(?P<trig>{chosen})\s+of\s+{ADJ}(?P<subj>{C})(?=(?P<tail>[^;]{{0,90}}))"),
          check_nominal_appointment, 0.8, agent="trig"),
    ]


def check_won(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The candidate won the post itself (not support for it): the organisation chose them."""
    subj = _group(m, ctx, "subj")
    if subj is None or _possessive_only(subj) or _other_race_in(m.group("tail")[:40]):
        return
    a, b = ctx.shape.to_sentence(m.start("subj"), m.end("subj"))
    if ctx.sentence[a:b].lower() in ("him", "her"):
        return      # "his experience would help him secure the post": a hope, not the choice
    verdict = _assess(ctx, m, "subj")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, [ctx.gazetteer.story.organisation.name], verdict.status,
                   _confidence(rule, verdict.status, [subj]), ("subj", "trig"))


# the noun as the subject of a verb that states it happened: "was confirmed", "was announced"
_NOMINAL_DONE = re.compile(r"^[^⟨⟩;]{0,50}?\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:confirmed|announced|"
                           r"approved|formalised|formalized|finalised|finalized|made\s+official|sealed|ratified)\b", re.I)

def check_nominal_appointment(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The appointment as a noun: chosen "by" the organisation, or the noun said to be confirmed;
    not the object of a stance or of a wish ("opposed Rutte's appointment")."""
    subj = _group(m, ctx, "subj")
    if subj is None or _possessive_only(subj):
        return
    tail = m.group("tail")
    as_post = _APPOINT_AS.match(tail)
    rest = tail[as_post.end():] if as_post and "⟨P" in as_post.group() else tail
    if not (_APPOINT_BY.match(rest) or as_post and _NOMINAL_DONE.match(rest)):
        return
    if _other_race_in(tail[:40]) or _grammar(ctx).nomination_noun.fullmatch(m.group("trig")):
        return      # a nomination is a candidacy, not the choice
    start = min(m.start("subj"), m.start("trig"))
    if _grammar(ctx).noun_object_of.search(ctx.shape.text, max(0, start - 40), start):
        return
    verdict = _assess(ctx, m, "trig", gap="")
    if verdict.blocked or _unstated_after(ctx, m.end()):
        return
    yield _finding(rule, m, subj.values, [ctx.gazetteer.story.organisation.name], verdict.status,
                   _confidence(rule, verdict.status, [subj]), ("subj", "trig"))


# "as the next X", "for appointment as X" (the Security Council's recommendation)
# (the candidate's origin may come first: "recommended X of Costa Rica to be the next secretary-general")
_APPOINT_AS = re.compile(r"^\s*(?:of\s+(?:⟨S\d+⟩|(?:[A-Z][\w-]+\s+){1,3}?(?=to\b|as\b))\s*)?(?:to\s+(?:the\s+)?⟨[OM]\d+⟩\s+)?(?:(?:as|to\s+be(?:come)?|to\s+the\s+post\s+of|to(?=\s+⟨P)|for\s+(?:appointment|election|selection)\s+as|"
                         r"for\s+the\s+(?:post|position|office)\s+of)\s+)?(?:(?:the|its|their|new|next|[\w-]+'s|"
                         r"⟨O\d+⟩['’]s|[\w-]+th|\d+\w*|military|defence|defense|western|transatlantic)\s+){0,4}?" + P
                         # "was tapped to lead the alliance"
                         + r"|^\s*to\s+(?:lead|head|run|take\s+the\s+helm\s+of)\s+⟨O\d+⟩")
# by the body, or by the way a body chooses ("by acclamation", "by consensus")
_APPOINT_BY = re.compile(r"^[^⟨⟩;]{0,40}?\bby\s+(?:(?:(?:the|all|its|\d+|fellow|nato)\s+)*⟨[OM]\d+⟩|(?:acclamation|consensus)\b)", re.I)


# "chose Rutte to succeed Stoltenberg", "named Rutte its next chief", "picked Rutte on Wednesday" (or "yesterday",
# "earlier today": a day said from the article's own), a headline's
# "picks Rutte as next chief", "by acclamation",
# "recommended Grossi to the General Assembly", "appointed Grossi for a five-year term" (after the candidate's origin at
# most: "recommended X of Costa Rica by acclamation")
# (the origin may be left unmarked, read as part of the name: capitalised words)
_CHOSEN_TAIL = re.compile(r"^\s*(?:of\s+(?:⟨S\d+⟩|(?:the\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2})(?![\w'’-])\s*)?(?:$|[,.]|to\s+⟨P\d+⟩|(?:for|to)\s+a\s+(?:[\w-]+\s+){0,2}?(?:term|mandate)\b|to\s+(?:the\s+)?⟨O\d+⟩|(?:on|in|at|last|this|yesterday|today|tonight|earlier|after|during|by|unanimously|to\s+(?:succeed|replace|"
                          r"lead|head|take\s+over|become)|(?:as\s+(?:(?:its|their|the)\s+)?|(?:its|their|the)\s+)(?:(?:⟨O\d+⟩|[\w-]+)['’]s\s+)?"
                          r"(?:new|next|\d+\w*))\b)", re.I)


# "Rutte was appointed on Wednesday" needs no "by NATO" in an article about the race ("confirmed" does)
_CHOSEN_BARE = re.compile(r"(?:appoint|chose|chosen|select|named|picked|elected|tapped|designated)", re.I)
# "US support for Rutte was confirmed": the name is an object, not what was chosen
_OBJECT_BEFORE = re.compile(r"\b(?:for|of|to|behind|with|from|against|over)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _chosen_for_race(ctx: Context, m: re.Match) -> bool:
    """The alliance "picked Rutte" in an article about the race: the post is the one at stake."""
    tail = m.group("tail")
    return (ctx.race_article and bool(_grammar(ctx).choosing.fullmatch(m.group("trig")))
            and bool(_CHOSEN_TAIL.match(tail) or _grammar(ctx).as_clause.match(tail)) and not (_AS_NEW_WORD.match(tail) and not _grammar(ctx).org_head_as.match(tail)))


# "as next deputy", "as its new envoy": a role named by a word, which must be the post's head ("as next chief")
_AS_NEW_WORD = re.compile(r"\s*as\s+(?:(?:its|their|the)\s+)?(?:new|next|\d+\w*)\s+(?!⟨)[\w-]", re.I)


# a role set beside the post after "as" (after an aside on the person at most): a word or three, then "to", "of", "for"
# or "under" before the post ("as deputy to the incoming ⟨P⟩", "as an adviser to the ⟨P⟩"; not "as the next ⟨P⟩")
_ROLE_OF_POST = re.compile(r"(?:\s*,(?:[^,;⟨⟩]|⟨[SO]\d+⟩){0,80},)?\s*as\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?-i:[a-z][\w-]*)\s+){1,3}?"
                           r"(?:to|of|for|under)\s+(?:(?:the|its|their)\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}?⟨P\d+⟩", re.I)


def check_appointment(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """NATO chooses the candidate "as" the post, or the candidate is chosen "by" NATO/the allies."""
    subj = _group(m, ctx, "subj")
    if subj is None or _possessive_only(subj):
        return
    tail = m.group("tail")
    as_post = _APPOINT_AS.match(tail)
    if as_post and not (_post_between(ctx, m.start("tail"), m.start("tail") + as_post.end())
                        or "⟨O" in as_post.group()):
        as_post = None
    if not as_post and "actor" in m.re.groupindex and m.group("actor") and "⟨O" in m.group("actor"):
        as_post = _grammar(ctx).org_head_as.match(tail)     # "NATO picks Rutte as next chief"
    if _ROLE_OF_POST.match(ctx.shape.text, m.start("tail")):
        return      # "appointed X as deputy to the incoming ⟨P⟩", "as chief of staff to ⟨P⟩": another office, beside the post
    if as_post and re.match(r"\s*to\s+⟨P", tail) and not _grammar(ctx).choosing.fullmatch(m.group("trig")):
        as_post = None      # "backed Rutte to succeed Stoltenberg": a wish; "appointed to the post" is the choice
    if "headline" in rule.traits and not (ctx.is_title and as_post):
        return
    by_org = "by_org" not in rule.traits or _APPOINT_BY.match(tail) or "dated_aside" in rule.traits or (
        ctx.has_day_date and _DATED_TAIL.match(tail) and _CHOSEN_BARE.match(m.group("trig"))
        and not _OBJECT_BEFORE.search(ctx.shape.text[:m.start("subj")]))
    if not (as_post or (by_org and (_sentence_has_post(ctx) or ctx.race_article))):
        return
    if not as_post and _grammar(ctx).as_other_office.match(tail):
        return      # "elected X as the next UN High Commissioner for Refugees": chosen for another office
    other = _TO_OTHER_OFFICE.match(tail)
    if other and not as_post and not _grammar(ctx).post_not_modifier.search(tail[other.end():other.end() + 40]):
        return      # "was named on Tuesday to chair a new advisory board", "to chair a new UN panel": another office
    if _other_race_in(tail[:as_post.end() if as_post else 40]):
        return
    if "chooses" in rule.traits and not (as_post or _chosen_for_race(ctx, m)):
        return
    verdict = _assess(ctx, m, rule.agent)
    if verdict.blocked:
        return
    status = verdict.status
    if status == "confirmed" and _grammar(ctx).recommending.fullmatch(m.group("trig")):
        status = "tentative"        # recommended, for another body to appoint
    yield _finding(rule, m, subj.values, [ctx.gazetteer.story.organisation.name], status,
                   _confidence(rule, status, [subj]), ("subj", "trig", "actor"))


# an office the chosen person is to hold, after the verb and a date or its agent at most: "named on Tuesday to chair
# ...", "named by the allies to chair the panel"
_TO_OTHER_OFFICE = re.compile(r"(?:[^,;.⟨⟩]|⟨[OMS]\d+⟩){0,40}?\bto\s+(?:chair|co-chair|head|lead|run|direct|join|serve\s+on|sit\s+on|"
                              r"preside\s+over)\b", re.I)


# a clause that ends, or goes on with a time, after the verb: "took office on Tuesday", "withdrew last week"
