"""Candidacy stated by other forms than a verb of entering: a label before or after the name ("Ghana's
candidate, X", "the Argentine nominee"), a title, a poll's ranking, rivals, praise, a campaign, a possessed bid,
"running against" (the checks of `candidacy.rules`), and what they share with it: the state's backing that a
nomination carries, and a candidacy not yet official."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from natowatch.extract.compiled import built, pattern as compiled_pattern
from natowatch.extract.mentions import CANDIDATE, STATE
from natowatch.extract.lexicon import built_once, cardinals
from natowatch.extract.frames.base import (
    C, Context, Finding, Rule, _grammar, _assess, _confidence, _finding, _group, _other_race_in,
    _other_post_named, _possessive_only, _post_between, _sentence_has_post, _span, _unstated_after, _OTHER_AIM,
)
from natowatch.extract.frames.actors import _actor_values

_LABEL = built(r"\b(?:candidate|contender|nominee)\b", re.I)
_OWNED_LABEL = re.compile(r"(?:its|their|our)\s+(?:own\s+)?", re.I)
# a modal or future right after a speaker's "our candidate": the candidate is yet to be named or is hypothetical
_NOT_YET_NAMED = re.compile(r"\s*(?:will|would|could|might|may|shall|(?:is|are|has|have|remains?)\s+(?:yet\s+)?to\b)\b", re.I)
# the state owning a label: "Ghana's candidate"
_POSSESSED_LABEL = re.compile(r"([\w .-]+?)['’]s\s+(?:(?:own|official|formal)\s+)?$", re.I)
# ... or after it, set off before the name: "the candidate of Costa Rica, X"
_LABEL_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?([^,]+?)\s*,", re.I)
# the demonym before a label: "the Argentine nominee"
_DEMONYM_LABEL = re.compile(r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:(?:official|formal|own)\s+)?$")
# a label of a past race or person before a title: "2016 candidate", "unsuccessful candidate"
_PAST_LABEL = re.compile(r"\b(?:\d{4}|failed|defeated|unsuccessful|previous|past|losing|then|one-time|onetime|erstwhile|"
                         r"would-be)\s+(?:[\w-]+\s+)?$", re.I)
# a label set off before the name ("met the Romanian candidate, Klaus Iohannis,"): said of the name, wherever it stands
_SET_OFF = re.compile(r"\s*,\s*")
# a label's aim that is not the post: "the Argentine candidate for the IAEA board"
_LABEL_ELSEWHERE = re.compile(r",?\s+(?:for|to)\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨P)", re.I)
# where a label states the candidacy: the sentence subject, a predicate ("is the Dutch candidate"), an apposition
# (or a clause's subject after its opener: "..., noting that the Dutch candidate had assured Romania", "while the
# Chilean contender kept quiet")
_LABEL_PLACE = re.compile(r"^[\W_]*(?:the\s+)?$|\b(?:is|was|are|were|remains|remained|becomes|became)\s+"
                          r"(?:(?:now|still|also)\s+)?(?:the\s+|a\s+|an\s+)?$|⟨C\d+⟩,\s*(?:the\s+|a\s+)?$|"
                          r"(?:\b(?:that|while|whereas|although|though|because|when)|[;:]|,\s*(?:and|but))\s+the\s+$", re.I)
# words that make a vote only the time of what is said: "before the straw poll"
_ONLY_WHEN = re.compile(r"\b(?:before|after|during|ahead\s+of|since|until|following)\b", re.I)
# a clause of the circumstance a withdrawal is told with, up to the poll's verb: "X withdrew after trailing in the
# straw polls", "pulled out after the second poll, when he again drew ..." (round 32)
_LEAVING_CIRCUMSTANCE = re.compile(r"\b(?:after|following|when|having|because|once|upon)\b[^;:]*$", re.I)
# a conjunct of the withdrawal with its verb left out, after the name up to the circumstance: "..., and X of S in
# September, after ..."; the circumstance then runs to the sentence's end
_GAPPED_CONJUNCT = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?(?:\s+(?:in|on|last|this|early|late)\s+[\w -]{1,25}?)?"
                              r"\s*,\s*$")
_GAPPED_END = re.compile(r"[^,;:]*$")
# a relative aside open before the verb of leaving: "X, who pulled out of a debate after ..., topped the poll"
_ASIDE_OPEN = re.compile(r",\s*(?:who|whose|which)\b[^,]*$", re.I)


def _candidacy_and_backing(rule: Rule, m: re.Match, subj, actors: list, status: str, backing_status: str
                           ) -> Iterator[Finding]:
    """The candidacy, and the backing of the state that nominated the person (the guide: nomination =
    candidacy + endorsement)."""
    yield _finding(rule, m, subj.values, actors[:1], status, _confidence(rule, status, [subj]),
                   ("subj", "subj2", "trig", "noun", "noun2", "actor", "agent"))
    if actors[0] is not None:
        backing = _finding(rule, m, subj.values, actors, backing_status, _confidence(rule, backing_status, [subj]),
                           ("subj", "subj2", "trig", "actor", "agent"))
        backing.type = "endorsement"
        yield backing


class _Cues:
    """The lexicon's cues of a candidacy that is not (yet) official, compiled once per lexicon."""

    _cache: dict = {}

    def __init__(self, lex):
        self.interest = lex.regex("candidacy", "tentative_interest_words")
        self.not_yet = compiled_pattern(lex.alt("candidacy", "not_yet_official_phrases"), re.I)
        # a label doubted or hedged before the candidate noun: "a possible candidate, X", "not the candidate"
        self.label_doubt = compiled_pattern(
            r"\b(?:not|no|never|longer|former|floated|mooted|touted|tipped|seen|if|whether|as)\s+(?:(?:the|a|an)\s+)?"
            r"(?:[\w-]+\s+)?$|" + lex.alt("candidacy", "hedging_words") + r"\s+(?:[\w-]+\s+)?$|"
            # ... or another contest's: "Republican candidate X", "the far-right candidate X"
            + r"(?:" + lex.alt("candidacy", "other_contest_labels") + r"|(?<=\bthe\s)(?:left|right))(?:['’]s?)?\s+$", re.I)

    @classmethod
    def of(cls, ctx: Context) -> "_Cues":
        return built_once(cls._cache, ctx.gazetteer.lexicon, cls)


def _tentative_candidacy(rule: Rule, m: re.Match, ctx: Context, status: str, own: str) -> str:
    """An interest is not yet a bid ("expressed interest in", "said he would be interested in the job"), nor
    is a candidacy the sentence says is not official yet ("... but has not been formally nominated"): both
    are tentative, so that a later "announced his candidacy" upgrades them. The cue is looked for from
    the person on, up to another candidate named."""
    if status != "confirmed":
        return status
    if rule.name == "candidacy_interest" and _Cues.of(ctx).interest.search(m.group("trig")):
        return "tentative"
    text, start, after = ctx.shape.text, m.start(own), m.end(own)
    person = set(ctx.shape.group_at(start).values)
    end = next((t.start() for t in re.finditer(C, text[after:])
                if set(ctx.shape.group_at(after + t.start()).values) != person), None)
    theirs = text[start:] if end is None else text[start:after + end]
    return "tentative" if _Cues.of(ctx).not_yet.search(theirs) else status


def _last_state(ctx: Context, before: int) -> list[str]:
    """The one state named last before a point of the clause, which "its" there stands for."""
    last = None
    for last in re.finditer(r"⟨S\d+⟩", ctx.shape.text[:before]):
        pass
    group = ctx.shape.group_at(last.start()) if last else None
    return list(group.values) if group is not None and group.kind == STATE and len(group.values) == 1 else []


def check_polled(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate a vote among the candidates ranks ("came out ahead in the straw poll") is in the race."""
    subj = _group(m, ctx, "subj")
    ballot = _grammar(ctx).ballot_noun.search(m.group("tail")[:60])
    if subj is None or subj.kind != CANDIDATE or _possessive_only(subj) or ballot is None or _other_race_in(m.group("tail")):
        return
    if _ONLY_WHEN.search(m.group("tail")[:ballot.start()]):
        return      # "received the ambassadors before the straw poll": the vote only dates what was done
    if not (_sentence_has_post(ctx) or ctx.race_article):
        return
    named = ctx.shape.to_sentence(m.start("subj"), m.end("subj"))
    if _ASIDE_OPEN.search(ctx.sentence, 0, named[0]) and "," in ctx.sentence[named[1]:ctx.shape.to_sentence(
            m.start("trig"), m.end("trig"))[0]]:
        return      # "X, whose rival Y withdrew after the first round, topped the poll": Y is in an aside, not the subject
    if _leaving_circumstance(ctx, m, subj.values):
        return      # "X withdrew after finishing last in the straw poll": a bid told only as withdrawn
    verdict = _assess(ctx, m, "subj")
    if verdict.blocked or _unstated_after(ctx, m.end("trig")):
        return
    yield _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("subj", "trig"))


def _leaving_circumstance(ctx: Context, m: re.Match, values) -> bool:
    """The poll's verb is in the clause of the circumstance a withdrawal before it in the sentence is told with ("X
    withdrew after trailing in the straw polls", "X pulled out after the poll, when he again drew ..."), its candidate
    the one who withdrew (named before the verb of leaving, or in a gapped conjunct after it that the circumstance
    closes: "Y pulled out in June, and X in September, after finishing last in the poll") and no other named in it: the
    poll tells when or why the bid ended (the guide: a bid told only as withdrawn gives the withdrawal alone). Read on
    the whole sentence: a view of the second conjunct ("X, after finishing last") has left the withdrawal out."""
    at = ctx.shape.to_sentence(m.start("trig"), m.end("trig"))[0]
    before = ctx.sentence[:at]
    leaving = None
    for leaving in _grammar(ctx).withdrawing.finditer(before):
        pass
    clause = _LEAVING_CIRCUMSTANCE.search(before, leaving.end()) if leaving is not None else None
    if clause is None or _ASIDE_OPEN.search(before, 0, leaving.start()) and "," in before[clause.start():]:
        return False        # the withdrawal told in an aside the poll's clause is outside of
    gapped = _GAPPED_END.match(ctx.sentence, at) is not None
    withdrawer = last_before = False
    for t in re.finditer(r"⟨C\d+⟩", ctx.shape.text):
        start, end = ctx.shape.to_sentence(t.start(), t.end())
        own = set(ctx.shape.group_at(t.start()).values) <= set(values)
        if leaving.end() <= start < at and not own and not gapped:
            return False        # "X withdrew after Y topped the poll": Y's poll
        if start < leaving.start():
            last_before = own   # the one who withdrew is the candidate named last before the verb ("X, whose rival Y withdrew")
        withdrawer = withdrawer or own and gapped and leaving.end() <= start < clause.start() and \
            _GAPPED_CONJUNCT.match(ctx.sentence, end, clause.start()) is not None
    return withdrawer or last_before


def check_rivals(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """Two candidates competing for the post: both are in the race."""
    first, second = _group(m, ctx, "subj"), _group(m, ctx, "subj2")
    if first is None or second is None or _possessive_only(first) or not _post_between(
            ctx, m.start("tail"), min(m.end("tail"), m.start("tail") + 40)):
        return
    if _other_race_in(m.group("tail")[:40]):
        return
    verdict = _assess(ctx, m, "subj")
    if verdict.blocked:
        return
    yield _finding(rule, m, first.values + second.values, [None], verdict.status,
                   _confidence(rule, verdict.status, [first, second]), ("subj", "trig", "subj2"))


def check_praise(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate of the story praising the post as a job for themself shows interest in it."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or _possessive_only(subj):
        return
    end = m.end("tail") if _span(m, "tail") else m.end()
    if not (_post_between(ctx, m.end("trig"), end) or ctx.race_article):
        return      # "the role" alone is the post only in an article about the race
    if _other_race_in(ctx.shape.text[m.end("trig"):end]):
        return
    if "near" in rule.traits:
        # the quotation is the praise itself: its "would" is not the attribution's modality
        verdict = _assess(ctx, m, "trig", gap="", near=True)
    else:
        verdict = _assess(ctx, m, "subj")
    if verdict.blocked:
        return
    # praising the job for oneself is an interest in it, not yet a bid (see _tentative_candidacy)
    status = "tentative" if verdict.status == "confirmed" else verdict.status
    yield _finding(rule, m, subj.values, [None], status, _confidence(rule, status, [subj]), ("subj", "trig"))


def check_possessed_bid(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate's own bid, named as a thing that exists ("her candidacy faltered"), in a race article."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or not (ctx.race_article or _sentence_has_post(ctx)):
        return
    if _other_race_in(m.group("tail")[:40]) or _grammar(ctx).bid_reaction.fullmatch(m.group("trig") or ""):
        return      # "Rutte's bid was welcomed": the others' stance on it (the guide: the stance alone)
    tail_start = m.start("tail")
    if _grammar(ctx).aim_elsewhere.match(m.group("tail")) and not _grammar(ctx).as_candidate.match(m.group("tail")) \
            and not _post_between(ctx, tail_start, tail_start + 40):
        return      # "since the start of his campaign for prime minister": a bid for another office
    if (_span(m, "trig") and re.fullmatch(r"said|says", m.group("trig"), re.I)
            and _grammar(ctx).withdrawing.search(ctx.shape.text[:m.start("subj")])):
        return      # "X has pulled out of the race, her campaign said": the withdrawal alone (the guide)
    if _REPORT_BEFORE.search(ctx.shape.text, max(0, m.start("subj") - 30), m.start("subj")) and not (
            any(x.form == "possessive-pronoun" for x in subj.mentions)
            or re.match(r"(?:['’]s?)?\s+own\b", ctx.shape.text[m.end("subj"):], re.I)):
        return      # a reported clause states the speaker's own bid ("said his own bid remains alive"), not another's
        # ("X said that Y's campaign had stalled": X's word on Y's bid)
    if _span(m, "trig") and _grammar(ctx).leaving_told.fullmatch(m.group("trig")) and _grammar(ctx).told_leaving.match(
            ctx.shape.text, m.end("trig")):
        return      # "X's campaign announced her withdrawal": the withdrawal alone (the guide)
    verdict = _assess(ctx, m, "subj", gap="")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("subj", "noun", "trig"))


# a report's word right before a bid's owner: "said that", "insisted"
_REPORT_BEFORE = re.compile(r"\b(?:that|said|says|insisted|insists|added|adds|argued|argues|stressed|stresses|maintained|"
                            r"maintains)\s+(?:the\s+)?$", re.I)


def check_campaign(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The candidate running their own campaign, in a race article: the candidacy stated as fact in the
    article's voice."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or _possessive_only(subj) or not ctx.race_article:
        return
    if _OTHER_AIM.match(m.group("tail")) or _other_race_in(m.group("tail")[:40]) or _other_race_in(m.group("gap")):
        return
    if _span(m, "poss") and set(_group(m, ctx, "poss").values) != set(subj.values):
        return      # "Grossi pressed on with Bachelet's campaign": hers, not his
    verdict = _assess(ctx, m, "subj")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("subj", "trig", "noun"))


def popular_election(ctx: Context) -> bool:
    """The sentence tells of a popular election (its voters, rounds, result: "The third-placed candidate, X, has not
    endorsed either finalist, and his voters are split") and names neither the post nor the organisation: its
    candidate nouns are of that election."""
    return not re.search(r"⟨[PO]\d+⟩", ctx.shape.text) and _grammar(ctx).popular_election.search(ctx.sentence) is not None


def check_label_before(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate label set before the name in apposition, not hedged ("a possible candidate, X")."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or _possessive_only(subj) or not ctx.race_article or popular_election(ctx):
        return
    before = ctx.shape.text[max(0, m.start("trig") - 40):m.start("trig")]
    if _Cues.of(ctx).label_doubt.search(before) or _other_race_in(
            m.group("tail")[:40]):
        return
    if _grammar(ctx).withdrawing.search(m.group("tail")[:30]):
        return      # "the last remaining candidate, Iohannis, withdrew": the withdrawal alone (the guide)
    aim = _COMMA_FOR.match(m.group("tail"))
    if aim and _other_post_named(ctx, m.start("tail") + aim.end(), m.start("tail") + aim.end() + 60):
        return      # "its candidate, X, for the post of IMF managing director": the name's continuation says another post
    if _grammar(ctx).topic_before.search(before) and not re.match(r"\s*(?:[,(]|and\b|or\b)", m.group("tail")):
        return      # "Asked about the candidates, Fijian Prime Minister X said ...": the label is what was asked about,
        # its comma closes that clause, and the name opens the next
    if _grammar(ctx).stance_verb_before.search(ctx.shape.text, max(0, m.start("trig") - 60), m.start("trig")):
        return      # "Slovakia backed a rival, X": the object of a stance gives the stance alone (the guide)
    # a definite label set off before the names states them in the race whatever the clause around it does ("Whether
    # A will accept either of the two candidates, X and Y, remains unclear"): only the words right before it are read
    definite = _DEFINITE_LABEL.search(before) is not None
    verdict = _assess(ctx, m, "trig", gap="", near=definite)
    if verdict.blocked:
        return
    yield from _candidacy_and_backing(rule, m, subj, _actor_values(ctx, m, "agent") or [None], verdict.status,
                                      verdict.status)


# the comma closing the name set off after a label, before what it is a candidate for: "its candidate, X, for ..."
_COMMA_FOR = re.compile(r"\s*,(?=\s+for\s)")


# a definite determiner before a label in apposition, a count or "other" at most between: "the two candidates,",
# "both candidates,", "either of the two contenders,", "the other candidate,"
_DEFINITE_LABEL = re.compile(r"\b(?:the|both|all|these|those)\s+(?:(?:" + cardinals(2, 6) + r"|other|remaining|declared|"
                             r"official|main|leading)\s+){0,2}$", re.I)


# the race after a verb that says so only with it: "in the race", "for the post", "in the contest for ⟨P⟩"
_OCCASION = re.compile(r"\s+(?:in|at|on|during|over)\b", re.I)
# ... or before the clause: "In the race, she competes with X"
_RACE_OPENING = re.compile(r"(?:^|[;:]\s*)\W*(?:in|for)\s+(?:the\s+)?(?:race|contest|running)\s*,?\s*$", re.I)
# ... or a matter competed for ("competes with X for attention")
_FOR_MATTER = re.compile(r"\s+for\b", re.I)
# ... or rivals faced with nothing after them but their states, the clause ending there: "X now faces Y and Z of
# Barbados." (in an article about the race: they face each other in it; not "faces Y at the summit", "faces Y over")
_NAMED = r"(?:⟨[CS]\d+⟩|(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})"
# (or a rival's leaving the race after them: "X faces only Y after Z's withdrawal", "now that Z has pulled out")
_FACED_ALONE = re.compile(r"(?:\s+(?:of|from)\s+" + _NAMED + r")?(?:,?\s+and\s+" + _NAMED + r"(?:\s+(?:of|from)\s+" + _NAMED
                          + r")?)?(?:\s*(?:[.;!]|$)|,?\s+(?:after|following|since|with)\s+(?:⟨C\d+⟩['’]s?\s+(?:[\w-]+\s+)?"
                          r"(?:withdrawal|exit|departure|elimination|retreat)\b|(?:the\s+)?(?:[\w-]+\s+)?(?:withdrawal|exit|"
                          r"departure|elimination)\s+of\s+⟨C\d+⟩)|,?\s+now\s+that\s+⟨C\d+⟩\s+"
                          r"(?:has|had)\s+(?:withdrawn|pulled\s+out|dropped\s+out|bowed\s+out|quit|stepped\s+aside))", re.I)
_IN_THE_RACE = re.compile(r"\s+(?:in|for)\s+(?:the\s+)?(?:(?:race|contest|running|contention)\b|(?:[\w-]+\s+){0,2}?⟨P\d+⟩)", re.I)


_RUNNING_ASIDE = re.compile(r"\b(?:running|vying|competing|bidding|campaigning|candidate)\s+(?:for|to)\s+(?:(?:lead|head|become|succeed)\s+)?"
                            r"(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨P\d+⟩", re.I)


def check_against(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """Two candidates set against each other in the race: the candidacy of both."""
    subj, subj2 = _group(m, ctx, "subj"), _group(m, ctx, "subj2")
    if subj is None or subj2 is None or CANDIDATE != subj.kind or CANDIDATE != subj2.kind or _possessive_only(subj) \
            or not ctx.race_article:
        return
    tail = m.group("tail")
    if (_span(m, "trig2") or _OCCASION.match(tail) or _FOR_MATTER.match(tail)) and not _IN_THE_RACE.match(tail) \
            and not _RACE_OPENING.search(ctx.shape.text, 0, m.start("subj")) \
            and not (_span(m, "trig2") and not _OCCASION.match(tail) and _RUNNING_ASIDE.search(m.group("gap"))) \
            and not (_span(m, "trig2") and _FACED_ALONE.match(ctx.shape.text, m.end())
                     and not re.search(r"\bto\s+$", m.group("gap"))):     # (not "clearing the way for X to face Y.")
        # (unless the subject's own bid for the post is said between: "X, who is running for ⟨P⟩, is challenging Y")
        return      # "Rutte faced Orban at the summit", "ran against Rutte in a debate": no race
    if _other_race_in(tail[:40]) or _grammar(ctx).in_other_contest.match(tail) or _grammar(ctx).in_contest.match(tail):
        return      # "ran against Wilders in the 2023 election"
    verdict = _assess(ctx, m, "subj")
    if verdict.blocked:
        return
    third = _group(m, ctx, "subj3") if _span(m, "subj3") else None
    others = list(subj2.values) + (list(third.values) if third is not None and third.kind == CANDIDATE else [])
    yield _finding(rule, m, list(subj.values) + [v for v in others if v not in subj.values], [None],
                   verdict.status, _confidence(rule, verdict.status, [subj, subj2]), ("subj", "trig", "trig2", "subj2", "subj3"))


def check_title(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate noun used as a title before a name, after the post: the candidacy, unless hedged or
    of a past race ("2016 secretary-general candidate X")."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or _possessive_only(subj) or not ctx.race_article:
        return
    before = ctx.shape.text[max(0, m.start() - 40):m.start()]
    if _Cues.of(ctx).label_doubt.search(before) or _PAST_LABEL.search(before):
        return
    if _grammar(ctx).withdrawing.search(m.group("tail")[:30]):
        return      # "candidate X withdrew": the withdrawal alone (the guide)
    verdict = _assess(ctx, m, "trig", gap="")
    if verdict.blocked:
        return
    yield from _candidacy_and_backing(rule, m, subj, [None], verdict.status, verdict.status)


# what may stand between a labelled candidate and the verb of their clause ("the Dutch candidate has now withdrawn")
_LABEL_VERB_LEAD = re.compile(r"^\s*(?:(?:has|have|had|then|also|finally|now|abruptly|suddenly)\s+)*", re.I)


def check_label(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate named with a candidate label ("the Dutch candidate") in an article about the race."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or not ctx.race_article or not ctx.sentence:
        return
    # (most candidates named carry no label: the label is looked for before the clause is read)
    labels = [(x, label) for x in subj.mentions if (label := _LABEL.search(ctx.sentence, x.start, x.end)) is not None]
    if not labels:
        return
    # read at the clause's start and in the words just before the match, not in a copy of the whole
    # clause before it: a long sentence naming the candidate often stays linear
    placed = _LABEL_PLACE.match(ctx.shape.text, 0, m.start()) or _LABEL_PLACE.search(
        ctx.shape.text, max(0, m.start() - 200), m.start())
    if not placed and _grammar(ctx).stance_verb_before.search(ctx.shape.text, max(0, m.start() - 60), m.start()):
        return      # "Slovakia backed the Dutch candidate, X": the object of a stance gives the stance alone (the guide)
    if _LABEL_ELSEWHERE.match(ctx.shape.text, m.end()):
        return      # "X, the Argentine nominee for the IAEA board,": a candidate for something else
    if _grammar(ctx).withdrawing.match(_LABEL_VERB_LEAD.sub("", ctx.shape.text[m.end():m.end() + 60], count=1)):
        return      # "Bosnian candidate quits", "the Dutch candidate has withdrawn": the withdrawal alone (the guide)
    for x, label in labels:
        if _Cues.of(ctx).label_doubt.search(ctx.sentence[max(0, label.start() - 40):label.start()]):
            continue
        if not placed and not _SET_OFF.match(ctx.sentence, label.end()) and not _LABEL_OF_STATE.match(ctx.sentence, label.end(), x.end):
            continue    # "support for the Romanian candidate X": the label only names whom the support is for
        # a label set off inside a clause is the article's own, whatever the clause's modality ("would vote for
        # X rather than for the Dutch candidate, Y"); only the words just before it may hedge it
        verdict = _assess(ctx, m, "subj", gap="", near=not placed)
        if verdict.blocked:
            return
        # "Ghana's candidate": the state that put the person forward (the guide: nomination = candidacy + backing)
        owner = _POSSESSED_LABEL.match(ctx.sentence, x.start, label.start())
        # "the candidate of Costa Rica, X": the state after the label owns it
        owner = owner or _LABEL_OF_STATE.match(ctx.sentence, label.end(), x.end)
        # "the Argentine nominee": a nominee's demonym is the state that nominated (not "the Argentine candidate")
        owner = owner or label.group().lower() == "nominee" and _DEMONYM_LABEL.match(ctx.sentence, x.start, label.start())
        state = owner and ctx.gazetteer.lookup(owner.group(1))
        actors = [state[1]] if state and state[0] == STATE else [None]
        owned = _OWNED_LABEL.match(ctx.sentence, x.start, label.start())
        if owned:
            actors = _last_state(ctx, m.start()) or [None]     # "Argentina said Grossi was its candidate"
            speakers_own = owned.group().lower().startswith("our") and x.form == "descriptor"
            if speakers_own and _NOT_YET_NAMED.match(ctx.shape.text, m.end("subj")):
                return      # '"Our candidate will be named next month"': a speaker's candidate yet to be named is no one
            if actors == [None] and speakers_own:
                # '"Our candidate is Iohannis," the minister said': a speaking state's own candidate (the
                # speaker's words read "our candidate" as that state's one candidate: frames of speech.py)
                actors = [s for s, held in ctx.gazetteer.states_with_candidates.items() if x.value in held][:1] or [None]
        yield from _candidacy_and_backing(rule, m, replace(subj, values=(x.value,)), actors, verdict.status, verdict.status)
        return
