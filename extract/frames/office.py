"""Taking office: the candidate assumes the post, or it is scheduled as fact."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.frames.base import (
    ADJ, C, Context, Finding, P, Rule, W,
    WP, _assess, _confidence, _finding, _grammar, _group, _other_race_in,
    _possessive_only, _post_between, _post_tokens, _rx, _unstated_after, _sentence_has_post, _span,
)
from natowatch.extract.calendar_names import MONTH_NAMES
from natowatch.extract.frames.time_phrases import _DATED_TAIL
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.lexicon import BE_FORMS, DO_FORMS, MODAL_AUXILIARIES


def rules(v: Vocab) -> list[Rule]:
    (take, become, take_n, hand_over, holder) = (
        v.take, v.become, v.take_n, v.hand_over, v.holder)
    R = Rule
    return [
        # ---- takes_office
        R("takes_office_verb", "takes_office", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{take}|{v.take_post}\s+{P}|{v.take_owned})(?=(?P<tail>[^;]{{0,80}}))"),
          check_takes_office, 0.9, traits=frozenset({"post_in_verb"})),
        # "will be sworn in next week and takes office on 1 January": a second verb of the same subject, read
        # with its own auxiliaries and date (the first rule's match ends at the first verb)
        R("takes_office_second_verb", "takes_office", _rx(
            rf"(?P<subj>{C})(?:(?!\b(?:that|said|says|told|tells)\b){WP}){{0,60}}?\b(?:and|but)\s+(?P<gap>{v.verb_lead})"
            rf"(?<![\w-])(?P<trig>{take})(?=(?P<tail>[^;]{{0,80}}))"),
          check_takes_office, 0.85, traits=frozenset({"post_in_verb", "own_date"})),
        # a fronted time clause of the taking, its subject the main clause's: "A month after taking office, X paid his first
        # visit to Kyiv", "Since taking over in October, X has ...", "Upon assuming the post, X ..." (not "before")
        R("takes_office_fronted", "takes_office", _rx(
            rf"^\W*(?:[^⟨⟩,;]{{0,30}}?\s)?(?:after|since|upon|on|within\s+(?:[\w-]+\s+){{1,2}}of)\s+(?P<trig>{take}|{v.take_post}\s+{P}|{v.take_owned})"
            rf"(?P<tail>(?:[^⟨⟩,;]|{P}){{0,40}}?),\s*(?P<gap>(?:[^⟨⟩,;]{{0,30}}?\s)?){ADJ}(?P<subj>{C})(?!['’])"),
          check_takes_office, 0.75, agent="trig", traits=frozenset({"post_in_verb", "fronted"})),
        R("takes_office_becomes", "takes_office", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{become})\s+(?P<tail>(?:(?:the|new|next|its|[\w-]+'s|"
            rf"[\w-]+th|\d+\w*)\s+){{0,3}}?{P}[^;]{{0,60}})"),
          check_takes_office, 0.85),
        R("takes_office_succeeded", "takes_office", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{P})(?=(?P<tail>[^;]{{0,60}}))"),
          check_takes_office, 0.8, traits=frozenset({"succession"})),
        R("takes_office_handover", "takes_office", _rx(
            rf"(?<![\w-])(?P<trig>{take_n})\s+(?:{W}{{0,40}}?\s)?to\s+{ADJ}(?P<subj>{C})(?=(?P<tail>[^;]{{0,60}}))"),
          check_takes_office, 0.75, agent="trig", traits=frozenset({"post_in_sentence"})),
        # the organisation's command handed to the candidate, in the passive: "Command of the alliance's civilian staff was
        # handed to X on Tuesday", "the reins of the UN were passed to X" (the organisation named in the command)
        R("takes_office_command_handed", "takes_office", _rx(
            rf"(?:^\W*|[,;:]\s*|\b(?:and|but|when|after|as)\s+)(?:the\s+)?(?P<noun>{v.command_n})\s+(?:of|at|over)\s+(?:the\s+)?"
            rf"(?P<org>⟨[OPM]\d+⟩)(?:['’]s?(?:\s+[\w-]+){{0,3}}?|\s+(?:headquarters|HQ|secretariat))?\s+(?P<gap>{v.aux}\s+{v.adv})(?P<trig>{v.command_given})(?:\s+over)?"
            rf"\s+to\s+{ADJ}(?P<subj>{C})(?=(?P<tail>[^;]{{0,60}}))"),
          check_takes_office, 0.75, agent="trig", traits=frozenset({"org_command"})),
        # "Rutte's takeover from Stoltenberg on Tuesday was marked by ...": the noun of the candidate's own taking
        R("takes_office_own_noun", "takes_office", _rx(
            rf"(?P<subj>{C})['’]s?\s+(?:(?:formal|official|long-awaited)\s+)?(?P<trig>{v.own_take_n})(?![\w-])"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
          check_takes_office, 0.75, agent="trig", traits=frozenset({"post_in_sentence"})),
        # "the swearing-in of Bachelet is set for December 12"
        R("takes_office_noun_of", "takes_office", _rx(
            rf"(?<![\w-])(?P<trig>{v.own_take_n})\s+of\s+{ADJ}(?P<subj>{C})(?!['’])(?!\s+as\s+(?!(?:the\s+)?(?:new\s+|next\s+)?{P}))"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
          check_takes_office, 0.75, agent="trig", traits=frozenset({"post_in_sentence"})),
        # "her term as secretary-general begins on January 1": the candidate's time in the post starts
        R("takes_office_term_starts", "takes_office", _rx(
            rf"(?P<subj>{C})['’]?s?\s+(?:(?:first|five-year|four-year|new)\s+)?(?P<trig>{v.term_n}\s+as\s+"
            rf"(?:(?:the|new|next)\s+)?{P}\s+(?:(?:will|is\s+to|is\s+due\s+to|is\s+set\s+to)\s+)?{v.term_starts})"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
          check_takes_office, 0.75, agent="trig", traits=frozenset({"post_in_verb", "possessed_subject"})),
        # "Stoltenberg handed over to Rutte": the incumbent, named, passes the post on
        R("takes_office_handed_over", "takes_office", _rx(
            rf"(?P<giver>{holder})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{hand_over})\s+"
            # "handed the reins of the alliance to Rutte"
            # ("handed the keys of the alliance's headquarters to Rutte": its seat stands for the post)
            rf"(?:(?:of|at)\s+(?:the\s+)?(?:(?:⟨[OP]\d+⟩|alliance|organi[sz]ation)(?:['’]s?)?\s+(?:(?:headquarters|HQ|secretariat|offices?)\s+)?|"
            rf"(?:headquarters|HQ|secretariat|offices?)\s+))?(?:to|for)\s+{ADJ}"
            rf"(?P<subj>{C})(?=(?P<tail>[^;]{{0,60}}))"),
          check_takes_office, 0.75, agent="giver", traits=frozenset({"post_in_sentence", "race_implied"})),
    ]


def _trigger_in_sentence(ctx: Context, m: re.Match) -> int:
    return ctx.shape.to_sentence(m.start("trig"), m.end("trig"))[0]


# the bare verb "start" ("Rutte starts in Brussels on 1 October") has the candidate for its subject only with
# auxiliaries, adverbs or an apposition set off by commas between
_BARE_START = re.compile(r"start(?:s|ed|ing)?", re.I)
_START_GAP = re.compile(r"(?:[^⟨⟩]*,)?\s*(?:(?:will|shall|" + BE_FORMS + r"|be|to|set|due|scheduled|then|now|also|\w+ly)\s+)*", re.I)


# a gerund of a time clause ("one week after taking office", "days before assuming the post"): its subject is the
# main clause's ...
_TIME_GERUND = re.compile(r"\b(?:after|before|since|upon|on|when|while|within\s+(?:[\w-]+\s+){1,2}of)\s+$", re.I)
# ... which a candidate governed by a verb or a noun before it is not ("support the candidacy of X", "backed X"):
# Grammar.object_position


# a verb coordinated after the name's clause ("... and takes office"), and a past verb whose object the name is
# ("who defeated leftist X"): the second verb's subject is the first one's, not the name
_COORDINATED = re.compile(r"\band\s+(?:(?:then|also|now|will|is|was|to)\s+)*$", re.I)
_OBJECT_OF_VERB = re.compile(r"\b(?-i:[a-z]{2,}ed|beat|beats|defeats|met|meets)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}$")


# a second verb in its bare form with no auxiliary of its own shares the first verb's ("is expected to ... and take")
_BARE_SECOND = re.compile(r"(?:take|assume|step|start|begin|become|be)\b", re.I)
_OWN_AUXILIARY = re.compile(r"\b(?:" + MODAL_AUXILIARIES + "|" + DO_FORMS + r")\b", re.I)


_AT_ORG = re.compile(r"\s+(?:of|at|in\s+charge\s+of|as\s+(?:head|leader|chief)\s+of)?\s*⟨O\d+⟩")


# a headline's "Rutte to take over NATO on October 1" is "Rutte is to take over"
_HEADLINE_TO = re.compile(r"^\s*(?:(?P<fixed>due|scheduled)\s+|set\s+)?to\s+(?:\w+ly\s+)?$", re.I)
_WHEN_CLAUSE = re.compile(r"\b(?:after|when|once|until|till|before|as\s+soon\s+as|by\s+the\s+time|whenever|if)\s+"
                          r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


# "is to take office", "is set to take over", "is due to take up the post": a schedule stated as fact, like "will";
# "due"/"scheduled" carry the schedule themselves, so they need no named day
# a negated future with a day it waits for: "will not formally take over until January 1" schedules it then
# (and a past one: "did not take over until 1 October" took it then)
_NOT_UNTIL_GAP = re.compile(r"\b(?:(?P<future>will|does|is|would)|did)\s+not\s+(?:\w+ly\s+)?$|"
                            r"\b(?:(?P<future2>won|doesn|isn)|didn)['’]t\s+(?:\w+ly\s+)?$", re.I)
_UNTIL_DAY = re.compile(r"\s*(?:(?:as|from)\s+(?:the\s+)?(?:⟨[PC]\d+⟩|(?-i:[A-Z])[\w-]*)\s+)?(?:\w+ly\s+)?until\s+(?:(?:early|late|mid-?)\s*)?(?:" + MONTH_NAMES + r"|\d|next\s+(?:week|month|year)|the\s+(?:new\s+year|start|beginning)\b)", re.I)
_SCHEDULED = re.compile(r"\b(?:is|are)\s+(?:(?P<fixed>due|scheduled)\s+|set\s+)?to\s+(?:\w+ly\s+)?$", re.I)


def _post_in_verb(ctx: Context, m: re.Match, tail: str) -> bool:
    """A verb of taking office that says which post by itself or by what follows it."""
    if _AT_ORG.match(tail):
        return True     # "took the helm of NATO", "took over at the alliance"
    if "⟨P" in m.group("trig") and not all(g.form == "reference" for g in _post_tokens(ctx, m.start("trig"), m.end("trig"))):
        return True     # "took NATO's helm" (not "assumed the role of Dutch envoy": a reference, read below)
    if _post_between(ctx, m.start("trig"), m.end("trig")) and not (
            re.match(r"\s+(?:of|as|at|in)\b(?!\s+(?:the\s+)?⟨[OPM])", tail)
            and all(g.form == "reference" for g in _post_tokens(ctx, m.start("trig"), m.end("trig")))):
        return True     # "assumed the post", "stepped into the role"; not "the role of Dutch envoy"
    if _grammar(ctx).from_incumbent.match(tail):
        return True
    if re.search(r"\b(?:post|position|role)\b", m.group("trig"), re.I):
        if re.match(r"\s+(?:as|of|at)\b", tail):
            return False    # "took up his position at the IAEA": another office named
        if ctx.race_article and not re.match(r"\s+in\b", tail):
            return True     # "will take up his post on October 1" in an article about the race
    # "Rutte took office on Tuesday", "will not take over until 1 January" in an article about the race
    return bool(ctx.race_article and ctx.has_day_date and (_DATED_TAIL.match(tail) or _UNTIL_DAY.match(tail)))


def check_takes_office(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The candidate assumes the post; a future form needs a named day ("on Tuesday, October 1")."""
    subj = _group(m, ctx, "subj")
    if subj is None or _possessive_only(subj) and "possessed_subject" not in rule.traits:
        return
    if re.search(r"ing$", m.group("trig").split()[0]) and (re.search(
            r"\b(?:in|of|about|for|at|on|to|towards?|from|by|without)\s+$", ctx.shape.text[:m.start("trig")], re.I)
            or re.search(r"\b(?:on|to|for|against|of|about)\s+(?:the\s+)?$", ctx.shape.text[:m.start("subj")], re.I)
            and not (m.group("gap") if _span(m, "gap") else "").strip()):
        return      # "interest in becoming secretary general", "its veto on Rutte becoming": a goal, not the post taken
    if _TIME_GERUND.search(ctx.shape.text, max(0, m.start("trig") - 30), m.start("trig")) and _grammar(ctx).object_position.search(
            ctx.shape.text, max(0, m.start("subj") - 40), m.start("subj")):
        return      # "Chile will no longer support the candidacy of X, one week after taking office": the gerund's
        # subject is the main clause's (the government), not the candidate its verb or noun governs
    if _grammar(ctx).stance_that.search(ctx.shape.text, max(0, m.start("subj") - 60), m.start("subj")):
        return      # "Hungary cannot support that Rutte becomes secretary general": what a stance is about
    if (re.search(r"ing$", m.group("trig").split()[0]) or re.fullmatch(r"\s+to\s+", ctx.shape.text[m.end("subj"):m.start("trig")])) \
            and _grammar(ctx).stance_object.search(ctx.shape.text, max(0, m.start("subj") - 60), m.start("subj")):
        return      # the same in a non-finite clause: "will not support Rutte taking over", "opposes X becoming chief"
    tail = m.group("tail")
    tail_start = m.start("tail")
    gap = m.group("gap") if _span(m, "gap") else ""
    if _COORDINATED.search(ctx.shape.text, m.end("subj"), m.start("trig")) and _OBJECT_OF_VERB.search(ctx.shape.text, max(0, m.start("subj") - 40), m.start("subj")):
        return      # "Kast, who defeated X in the runoff and takes office in March": the verbs' subject is not their object
    if "own_date" in rule.traits and _BARE_SECOND.match(m.group("trig")) and not _OWN_AUXILIARY.search(gap):
        return      # "is expected to be nominated ... and take over on October 1": the first verb's infinitive goes on
    if _BARE_START.fullmatch(m.group("trig")) and not _START_GAP.fullmatch(gap):
        return      # "appointed Grossi for a five-year term starting on 1 January": the term starts, not he
    post_near = _post_between(ctx, tail_start, tail_start + min(len(tail), 45)) or _post_between(
        ctx, m.start(), m.start("trig"))
    if "org_command" in rule.traits:
        post_near = True    # the organisation's command is the post
    if "fronted" in rule.traits:
        # a past taking the main clause goes on from: in an article about the race, the post (not "as president")
        post_near = post_near or (ctx.race_article and not re.match(r"\s*(?:as|at|of)\b(?!\s+(?:the\s+)?⟨[PO])", tail))
    if "post_in_verb" in rule.traits and not _BARE_START.fullmatch(m.group("trig")):
        # (not the bare "start" with a day alone: "Grossi starts in Vienna on Monday with a board meeting")
        post_near = post_near or _post_in_verb(ctx, m, tail)
    if "post_in_sentence" in rule.traits:
        # "the handover from Stoltenberg to Rutte": the incumbent names the post
        post_near = _sentence_has_post(ctx) or ("race_implied" in rule.traits and ctx.race_article) or bool(
            _grammar(ctx).from_incumbent.match(ctx.shape.text[m.end("trig"):]))
    if "succession" in rule.traits:
        # "succeeded Stoltenberg"; "will succeed Stoltenberg on 1 October" is the schedule stated as fact
        post_near = ctx.shape.group_at(m.start("trig")).form == "succession" or (
            ctx.has_day_date and re.search(r"\bwill\s+(?:\w+ly\s+)?$", gap, re.I) is not None
            and re.match(r"(?:succeed|replace)\b", ctx.sentence[_trigger_in_sentence(ctx, m):], re.I) is not None)
    if not post_near:
        return
    if _other_race_in(tail[:45]):
        return
    if rule.agent != "giver" and _WHEN_CLAUSE.search(ctx.shape.text[:m.start("subj")]) \
            and not re.match(r"(?:took|became|began|\w+ed)\b", m.group("trig"), re.I) and not ctx.has_day_date:
        return      # "after Rutte becomes secretary general": a time to come; "after he took office" is past,
        # "when he takes over on Tuesday" a schedule
    scheduled = _SCHEDULED.search(gap) or (_HEADLINE_TO.search(gap) if ctx.is_title else None)
    deferred = _NOT_UNTIL_GAP.search(gap) if _UNTIL_DAY.match(tail) else None
    if deferred:
        gap = gap[:deferred.start()] + (" will " if deferred.group("future") or deferred.group("future2") else " ") \
            + gap[deferred.end():]
        scheduled = None
    verdict = _assess(ctx, m, rule.agent,
                      gap=(gap[:scheduled.start()] + " will " + gap[scheduled.end():]) if scheduled
                      else gap if deferred else None if _span(m, "gap") else "")
    if verdict.blocked:
        return
    if rule.agent == "trig" and _unstated_after(ctx, m.end()):
        return      # "the handover ... could be delayed"
    if re.search(r"\bto\s+(?:\w+ly\s+)?$", gap, re.I) and not scheduled and not re.search(
            r"\b(?:" + BE_FORMS + r")\s+to\s+(?:\w+ly\s+)?$", gap, re.I):
        return      # "endorsed Rutte to become", "is running to become": a goal, not the post taken
    future = re.search(r"\b(?:will|shall|'ll|is\s+to|are\s+to|to)\s+(?:\w+ly\s+)?$", gap, re.I) or re.match(
        r"(?:take|become|assume)\b", m.group("trig"), re.I)
    if future and not ctx.has_day_date and not (scheduled and scheduled.group("fixed")):
        return
    found = _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                     ("subj", "trig"))
    if "own_date" in rule.traits:
        found.date_from = m.start("trig")
    yield found
