"""Candidacy by the person's own wish, readiness or intent (the guide: a candidacy "declares a bid or interest";
it is stated by the person: "wants, would like, is interested, puts themself forward").

One frame, any surface a reporter may use: the person (or the pronoun standing for them after "said that") as
the subject, a wish, readiness or intent before its infinitive (`candidacy.wish_phrases`: "wants to", "would like
to", "is ready to", "hopes to", "intends to", "is prepared to"), and the race as that infinitive's act: a verb of
the race with no object (`candidacy.race_infinitives`: "run", "stand", "be a candidate", "enter the race"), or
the post taken (`candidacy.post_infinitives` before the post or the organisation it leads: "become NATO's next
secretary general", "lead the alliance"; "succeed <holder>" is a name of the post in the story files). Also the
post as what the person wants, told in a clause on the post ("the job of <post> was one he 'would like'", "the post
she has long wanted,"); not "coveted", the writer's view of the person.

The wish is the person's: scope reads the words between the person and the wish ("is thought to", "does not",
"if asked" are no statement of it), a report's subject of its own before the wish is another's wish ("X said
the government wants to ..."), and a wish for someone else ("would like to see Y in the job") or for another
act ("wants to run the agency", "is ready to stand firm") names no race. A stated interest is not yet a bid:
the candidacy is tentative until declared, as the lexicon's other interests are."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.calendar_names import MONTH_NAMES, SEASON_NAMES, WEEKDAY_WORD
from natowatch.extract.mentions import CANDIDATE
from natowatch.extract.frames.base import (
    C, P, WP, Context, Finding, Rule, _assess, _confidence, _finding, _group, _other_race_in, _possessive_only,
    _rx, _sentence_has_post, _span,
)
from natowatch.extract.frames.vocab import Vocab

# what may follow a race verb used without its object: the clause's end, a conjunction or condition (scope reads
# it), a time, "again", or the post it is for ("run for the job", "stand as a candidate")
_FREE_TAIL = (r"(?=\s*(?:[.;:!?\"”’)—–,]|$)|\s+(?:again|too|as\s+well|once\s+more|and|but|although|though|if|unless|"
              r"when|once|should|provided|so|because|after|before|now|then|later|soon|this\s+(?:time|year|" + SEASON_NAMES + r")|next\s+(?:year|month|time|week)|in\s+(?:the\s+)?(?:race|contest|running|\d{4}|"
              r"(?:next|coming)\s+[\w-]+)|for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:⟨P\d+⟩|post|job|position|role|office|it)|"
              r"as\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:candidate|contender|⟨P\d+⟩))(?![\w-]))")
# the post after a verb of taking it: its article and a few modifiers ("NATO's next", "the top"), never a possessive
# of the post itself ("the secretary general's office")
_POST_OBJECT = r"(?:(?:the|a|an|its|next|new|top|⟨O\d+⟩['’]s?|(?-i:[a-z][\w-]*))\s+){0,3}?⟨P\d+⟩(?!['’])"
# a report's own subject before the wish: "X said the government wants to", "X says his party is ready to"; only
# auxiliaries, adverbs and the person's pronoun may stand between the last report (or "that") and the wish
_REPORT_CUT = re.compile(r"^.*(?:\bthat\b|\b(?:said|says|say|told\s+[\w⟨⟩]+|tells\s+[\w⟨⟩]+|added|adds|insisted|"
                         r"insists|stressed|stresses|stated|states|declared|declares|repeated|repeats|confirmed|"
                         r"confirms|admitted|admits|made\s+clear|explained|explains|wrote|writes)\b|,)", re.I | re.S)
_OWN_WORDS = re.compile(r"(?:\s*(?:is|was|are|were|am|has|have|had|been|being|also|now|still|long|always|really|genuinely|"
                        r"clearly|very\s+much|indeed|already|by\s+now|at\s+last|finally|he|she|i|[\"“”'‘’]|"
                        r"(?-i:[a-z]+ly))\b)*\s*", re.I)
# a day after taking the post: the taking of office hoped for, not a bid ("hopes to succeed X on October 1")
_ON_A_DAY = re.compile(r"\s+(?:on|from|by)\s+(?:\d|" + WEEKDAY_WORD + "|" + MONTH_NAMES + ")", re.I)
# a verb of wanting with the post as its object in a clause on the post ("one he would like", "which she wants")
_WANTED_TAIL = re.compile(r"\s*(?:[.;:!?\"”’)—–,]|$)|\s+(?:and|but|more\s+than|above\s+all|for\s+(?:years|decades|"
                          r"some\s+time|a\s+long\s+time))\b", re.I)


def rules(v: Vocab) -> list[Rule]:
    wish, race_inf, post_inf, wanting = v.wish, v.race_inf, v.post_inf, v.wanting
    return [
        # "X has said openly that he wants to run", "X is ready to stand", "she would like to become ⟨P⟩"
        Rule("candidacy_wished", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,70}}?)(?<![\w-])(?P<trig>{wish})\s+(?:(?P<race>{race_inf}){_FREE_TAIL}|"
            rf"(?P<take>{post_inf})\s+{_POST_OBJECT}|"
            # (a name of the post that holds its verb: "wants to ⟨succeed <holder>⟩", as the story files name it)
            rf"(?P<named>⟨P\d+⟩)(?!['’])|"
            rf"(?P<lead>lead|head|run)\s+(?:the\s+)?⟨O\d+⟩(?![\w'’-]|\s+(?:to|in|on|through)\b))"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
             check_wished, 0.75),
        # "X would love the job", "she has long wanted the post" (nothing after it for anyone else: "wants the job to go to a
        # woman", "would like the post for her deputy" are wishes of another's)
        Rule("candidacy_wants_post", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,70}}?)(?<![\w-])(?P<trig>{wanting})\s+(?P<take>{_POST_OBJECT})"
            rf"(?!\s+(?:to|for|in)\b|\s+(?:of|at)\s+(?!(?:the\s+)?⟨O\d+⟩))(?=(?P<tail>[^;]{{0,60}}))"),
             check_wished, 0.7),
        # "the job of ⟨P⟩ was one he 'would like'", "⟨P⟩, which she has long wanted,": the post wanted by the person
        Rule("candidacy_post_wanted", "candidacy", _rx(
            rf"(?P<post>{P})(?:\s+(?:post|job|role|position|office))?(?P<mid>\s+(?:is|was|would\s+be|remains|remained)\s+(?:(?:one|something|a\s+(?:job|post|role|"
            rf"position)|the\s+(?:one|job|post|role|position))\s+)(?:(?:that|which)\s+)?|\s*,\s*(?:which|that)\s+|\s+(?:that|which)\s+)"
            rf"(?P<subj>{C})(?P<gap>(?:\s+(?:has|have|had|is|was|also|long|always|now|still|clearly|openly|(?-i:[a-z]+ly)))*\s+)"
            rf"(?<![\w-])(?P<trig>{wanting})(?=(?P<tail>[^;]{{0,60}}))"),
             check_post_wanted, 0.7),
    ]


def _stated(rule: Rule, m: re.Match, ctx: Context, subj) -> Iterator[Finding]:
    """The candidacy, read by the scope of the person's clause; tentative (an interest is not yet a bid)."""
    verdict = _assess(ctx, m, "subj")
    if verdict.blocked:
        return
    status = "tentative" if verdict.status == "confirmed" else verdict.status
    yield _finding(rule, m, subj.values, [None], status, _confidence(rule, status, [subj]),
                   ("subj", "trig", "race", "take", "named", "lead", "post"))


def check_wished(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The person's wish or readiness to run, or to take the post."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or _possessive_only(subj):
        return
    gap = m.group("gap")
    if re.match(r"['’]s?\s", gap):
        return      # "Rutte's aides want to ...": what the name owns wants it
    if not _OWN_WORDS.fullmatch(_REPORT_CUT.sub("", gap)):
        return      # "X said the government is ready to ...": a report's own subject wants it
    if _other_race_in(m.group("tail")[:40]) or _other_race_in(ctx.shape.text[m.end("trig"):m.end()]):
        return
    if (_span(m, "take") or _span(m, "named")) and _ON_A_DAY.match(m.group("tail")):
        return      # "hopes to succeed <holder> on October 1": taking office on a day, not a bid
    if _span(m, "race") and not (ctx.race_article or _sentence_has_post(ctx)):
        return      # "wants to run" is the race's only in an article about it, or beside the post
    yield from _stated(rule, m, ctx, subj)


def check_post_wanted(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The post wanted by the person, in a clause on the post, with nothing after the verb (no one else to have it)."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or _possessive_only(subj) or not _WANTED_TAIL.match(m.group("tail")):
        return
    post = ctx.shape.group_at(m.start("post"))
    if post.form == "reference" and not (ctx.race_article and ctx.reference_is_post):
        return
    yield from _stated(rule, m, ctx, subj)
