"""Candidacy's checks: whether a candidacy rule's match states, as fact, that the person is in the race.

The verdicts the rules in candidacy.py name (check_candidacy; the checks of a counted, pitted or joined field
are in frames/candidacy_field.py), the patterns they read around a match (a count, a field's place, a bid for
something else, a subject of its own) and denied_candidacies, the people who say they are not in the race."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.calendar_names import MONTH_NAMES, SEASON_NAMES
from natowatch.extract.inserts import _DAY, _MONTH
from natowatch.extract.lexicon import cardinals
from natowatch.extract.mentions import CANDIDATE
from natowatch.extract.model import ENDED
from natowatch.extract.frames.base import (
    ADJ, OTHER_BODY_SUBJECT, Context, Finding, P, Rule, _grammar,
    Shape, _NOUN_BEFORE, _assess,
    _finding, _confidence, _group, _object_ok, _other_race_in, _possessive_only, _post_as_it, _post_between,
    _unstated_after,
    _sentence_has_post, _span, _OTHER_AIM,
)
from natowatch.extract.frames.actors import _actor_values
from natowatch.extract.frames.time_phrases import DURATION, _DATED_TAIL
from natowatch.extract.frames.candidacy_forms import popular_election, _candidacy_and_backing, _tentative_candidacy

# a roster's label before its colon, and the items up to a name ("The possible contenders are: A, B")
_LABEL_COLON = re.compile(r"^\W*(?P<label>[^:;⟨⟩]{1,80}):\s*(?:[^:;]*)$")
# a count right before a candidate noun: "leaves three candidates", "the 12 remaining contenders"
_COUNTED = re.compile(r"\b(?:" + cardinals(2, 10) + r"|\d{1,2})\s+(?:other\s+)?(?:(?:remaining|declared|official|"
                      r"registered)\s+)?$", re.I)
# the field counted in the trigger itself: "the three people still in the race"
_COUNT_OPENING = re.compile(r"(?:" + cardinals(2, 10) + r")(?:\s|$)", re.I)
# what a counted field is said to be before its colon lists it: "Three candidates, all Latin American, competed:",
# "The two other declared candidates are also Latin American:", "two are women:" (no verb of leaving, refusing or
# doubt: "Two candidates have since dropped out: ..." lists no one in the race)
_FIELD_PREDICATE = re.compile(r"(?:\s*,\s*[^,⟨⟩]{1,30},|\s*,\s*(?:" + cardinals(2, 6) + r"|both|all|each|most))?\s+(?:(?:are|were|remain|remained|competed|compete|ran|run|"
                              r"stood|stand|contested)\b)(?:\s+(?:also|all|both|now|still|(?-i:[a-z]+ly)))*(?:\s+(?-i:[A-Za-z][\w-]*)){0,3}\s*", re.I)

# a bid for something else than the post: "her bid to host the summit", "nomination to the Nobel committee" (not
# the race's own body it goes to: "submitted the candidacy of X to the Security Council")
# an aside on the person after the name, set off by commas: ", a former foreign minister," (what they are, no name)
# (a time word may open it: ", then its president,", ", now the UNCTAD chief,"; or the reading resolved it to a person:
# "Mark Rutte, the outgoing prime minister," is ", ⟨C2⟩," in the shape, the same person: _aside_on)
_APPOSITION = re.compile(r"\s*,\s*(?:(?:(?:then|now|once|still|currently|formerly|at\s+the\s+time)\s+)?(?:a|an|the|his|her|its|their)\s+"
                         r"(?:[^,;:⟨⟩]|⟨[SO]\d+⟩){1,60}?|(?:then|now|once|still|currently|formerly)\s+(?:[^,;:⟨⟩]|⟨[SO]\d+⟩){1,40}?|"
                         r"(?:(?:then|now|once|still|currently|formerly)\s+)?(?P<same>⟨C\d+⟩))\s*,")


# the comma an aside left out of the view leaves behind, with nothing between: "⟨C1⟩, for the rights post"
_LEFT_COMMA = re.compile(r"(?:\s*,(?=\s+(?:for|as|to)\s))?")


def _aside_on(ctx: Context, subj, tail: str, tail_start: int) -> re.Match | None:
    """The aside on the person right after the name ("X, then its president, for the rights post"): a resolved
    mention in it must be the same person."""
    aside = _APPOSITION.match(tail)
    if aside and aside.group("same") and set(ctx.shape.group_at(tail_start + aside.start("same")).values) != set(subj.values):
        return None
    return aside
# (not the race's body, bare: "sent the nomination of X to the Council"; "to the Nobel committee" is elsewhere)
_BID_ELSEWHERE = re.compile(r"\s+to\s+(?!(?:become|lead|head|run|succeed|be|serve|take|replace)\b|(?:the\s+)?⟨[OP]\d|"
                            r"the\s+(?-i:Council|Assembly)\b(?!\s+(?:of|for)\b))[a-z]+", re.I)
# where a counted field stands, before its colon: "leaves three candidates in the race: ..."
# ("Five candidates are on the ballot: ...", not "Five candidates are expected: ...")
_FIELD_PLACE = re.compile(r"\s*(?:(?:are|were|remain|remained)\b\s*)?(?:(?:now|still|currently|at\s+present|so\s+far),?\s+)?(?P<count>(?:"
                          + cardinals(2, 10) + r"|\d{1,2})\b\s*)?(?:(?:still\s+)?(?:in\s+the\s+(?:race|running)|in\s+contention|"
                          r"on\s+the\s+(?:ballot|shortlist)|left|remaining|standing))?\s*", re.I)
# what a relative clause says a field a person joins is before the colon lists it ("that had until now been entirely
# European", "which is already large"; the joining verb: Grammar.joined_field)
_FIELD_RELATIVE = re.compile(r",?\s+(?:that|which)\s+(?:(?:has|had|have|is|was|were)\s+)?(?:(?:been|until\s+now|so\s+far|already|now|"
                             r"still|(?-i:[a-z]+ly))\s+){0,4}(?-i:[A-Za-z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?\s*", re.I)
# the race's field named as a whole at its clause's opening: "The candidates are: ..."
_DEFINITE_FIELD = re.compile(r"\W*the\s+(?:(?:declared|official|registered|remaining)\s+)?", re.I)
# a month, a season or a year and the clause's end: "in" before it says when, not in what
_MONTHS = r"(?:" + MONTH_NAMES + ")"
_WHEN_ALONE = re.compile(r"\s*(?:(?:early|late|mid)[\s-]+)?(?:" + _MONTHS + r"|" + SEASON_NAMES + r"|\d{4})"
                         r"(?:\s+\d{4})?\s*(?:[.,;!?]|$)", re.I)
# a wish about someone else in the post: "would like to see a woman in the job", "wants to have a European as"
_SOMEONE_ELSE = re.compile(r"\s*(?:see|watch|have|get)\s+(?!(?:the|this)\s+⟨P|⟨P|it\b)", re.I)
# what an interest "in" is in: the post itself, or becoming it ("interested in the NATO job", "interest in
# becoming the next UN Secretary-General"), not "interested in the outcome of the selection"
_INTEREST_OBJECT = re.compile(r"\s*(?:(?:the|a|an|this|that|his|her|its|their|of|as|for|to|top|[\w-]+ing)\s+){0,4}?⟨P", re.I)
# an interest declared "in" something else than the post, the race or running for it, or a time ("declared her interest
# in chess"; not "his interest in the job", "in running", "in October,")
_INTEREST_IN = re.compile(r"\s+in\s+(?!(?:the\s+)?(?:race|contest|running|competition|post|job|role|position)\b|"
                          r"(?:running|standing|competing|succeeding|becoming|leading|heading)\b|(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
                          r"(?:" + _MONTHS + r"|" + SEASON_NAMES + r"|\d{4})\b)", re.I)
_INTEREST_NOUN = re.compile(r"interest", re.I)
# a noun coordinated after the candidate noun, whose list the cue then opens
_OTHER_HEAD = re.compile(r"\b(?:and|or)\s+(?:other\s+)?(?-i:[a-z][\w-]*)\s*$", re.I)
# the field of a race lists its members with a verb or a colon ("the field includes"), not "including"
# (or its composition: "The field now comprises A, B and C", "consists of", "is made up of", "is composed of")
_FIELD_LISTED = re.compile(r"\s*(?:includes?|included|contains?|contained|comprises?|comprised|consists?\s+of|consisted\s+of|:|"
                           r"(?:led|headed|topped)\s+by|"
                           r"(?:is|was)\s+(?:now\s+)?(?:made\s+up|composed)\s+of)", re.I)


def denied_candidacies(shape: Shape, grammar) -> set[str]:
    """People who say they are not in the race ("she said she was not a candidate"); not one in a relative clause of
    another contest ("the election campaign in which X is not standing"); not one told as a past the
    article goes beyond, in the pluperfect ("X had long said he had no interest in the job. That changed in March,
    when ...", "X, who had repeatedly said she was not a candidate, entered in May")."""
    return {v for m in grammar.denial.finditer(shape.text)
            if not _possessive_only(g := shape.group_at(m.start("subj")))
            and not _DENIED_BEFORE.search(shape.text, max(0, m.start() - 40), m.end())
            and not grammar.denial_elsewhere.search(shape.text, max(0, m.start() - 60), m.start())
            for v in g.values}


# a denial told as what was said before: "had long said", "had repeatedly insisted", "who had ruled out" (in the
# denial, or right before its subject: "had long said he had no interest")
_DENIED_BEFORE = re.compile(r"\bhad\s+(?:(?:long|repeatedly|always|previously|earlier|once|often|consistently|"
                            r"publicly|firmly)\s+)?(?:said|insisted|maintained|stated|declared|told|denied|ruled|claimed)\b", re.I)

# a subordinate clause opened in the gap with a subject of its own ("while its own president", "as the Dutch")
_OWN_SUBJECT = re.compile(r"\b(?:while|whereas|although|though|because|since|when|as|after|before|until|once)\s+"
                          r"(?:its|his|her|their|the|a|an)\s+(?:own\s+)?[a-z][\w-]*", re.I)
# a report with a subject of its own before a running phrase: "X said the team was", "X says his side is" (the copula
# may be the phrase's own: "said the team ⟨was in the running⟩")
_SAID_OF_OTHER = re.compile(r"\b(?:said|says|say|added|adds|insisted|insists|stressed|stresses|believes|thinks)\s+"
                            r"(?:that\s+)?(?:the|a|an|this|that)\s+(?:[\w-]+\s+)?[\w-]+\s+"
                            r"(?:(?:is|was|are|were|remains|remained|stays|stayed)\b|$)", re.I)


def check_name_declared(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A declaring verb's object is the person only as "his name" or "her name" (not "confirmed Rutte")."""
    subj = _group(m, ctx, "subj")
    if subj is not None and all(_grammar(ctx).name_noun.search(ctx.sentence, x.start, x.end) for x in subj.mentions):
        yield from check_candidacy(rule, m, ctx)


# a title in capitals before a name ("outgoing Dutch Prime Minister X"): the name's, not the clause's
# (a capitalised day or month is a time, no title: "said on Monday she is in the race")
_TITLE_BEFORE = re.compile(r"(?:(?:outgoing|former|incumbent|caretaker|acting|(?!(?:" + _DAY + "|" + _MONTH
                           + r")\b)(?-i:[A-Z][\w'’.-]*))\s+){1,5}$", re.I)


# the comma after an entering verb's date that closes the clause: only one of a relative clause ("X, who entered in
# March, spoke"; not "X declared on Monday, in a speech, that ...")
_DATE_THEN_COMMA = re.compile(r"[^,]*,(?!\s*(?:and|but)\b)")


def check_dated_entry(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """An entering verb with only when after it is the bid, in an article about the race; a comma after the date ends
    the clause only when the verb opens a relative clause of the person."""
    if not ctx.race_article:
        return
    tail = m.group("tail")
    if tail.rstrip().endswith(",") and _DATE_THEN_COMMA.fullmatch(tail.rstrip()) and not re.search(r"\bwho\b", m.group("gap")):
        return
    yield from check_candidacy(rule, m, ctx)


# a role owned by a person ("X, his only declared rival,") is the race's only when the apposition ends with the noun or
# names the race after it, and its words are no bond of another time or a stance ("his old rival in Dutch politics",
# "her long-time rival", "his favourite candidate", "their chosen contender")
_OWNED_ROLE_TAIL = re.compile(r"\s*(?:[,.;:!?)—–-]|$)|\s+(?:for|in)\s+(?:the\s+)?(?:⟨P\d+⟩|(?:[\w-]+\s+)?(?:race|contest|running)\b)",
                              re.I)
_OWNED_ROLE_OFF = re.compile(r"\b(?:old|long-?time|long-?standing|erstwhile|perennial|political|former|favou?rite|preferred|"
                             r"chosen|own|personal|eternal|historic|bitter)\b", re.I)


def check_apposed_role(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A role of the race in apposition after the name; one owned by a person only as above, and placed by a word
    before it or the race after it ("his only declared rival", "her rival for the post"; a bare "his rival" may be
    one of anything)."""
    if _span(m, "own"):
        tail = _OWNED_ROLE_TAIL.match(m.group("tail"))
        words = ctx.shape.text[m.end("own"):m.start("noun")]
        if not tail or _OWNED_ROLE_OFF.search(words) or not (words.strip() or tail.group().strip()[:1].isalpha()):
            return
    yield from check_candidacy(rule, m, ctx)


# a passive's agent between a verb of declaring and a bid's noun: "was announced by her campaign"
_AGENT_NOUN = re.compile(r"\s+(?:(?:(?:on|in|last|this|earlier|early|late)\s+(?:the\s+)?[\w-]+|(?-i:[a-z]+ly))\s+){0,2}by\s+(?:(?:his|her|their|its|the)\s+|⟨C\d+⟩['’]?s?\s+)?(?:own\s+)?", re.I)


# what a candidate noun is "of" when it is another contest's: "as the candidate of the ruling party" (not "of Peru")
_CANDIDATE_OF_OTHER = re.compile(r"\s+of\s+(?!(?:the\s+)?⟨S\d+⟩)", re.I)


# the person a bid noun is said to be of after it: "the candidacy of ⟨C2⟩", "the bid by the former minister ⟨C2⟩"
# (an honorific of address may come first: "presented the candidacy of Madame X", "the bid of H.E. Mr. X")
_OWNER_AFTER = re.compile(r"\s+(?:of|by)\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}?" + ADJ + r"(?P<owner>⟨C\d+⟩)", re.I)
# ... or before it: "announced ⟨C2⟩'s candidacy"
_OWNER_BEFORE = re.compile(r"(?P<owner>⟨C\d+⟩)['’]s?\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}$")


# "the" (and a modifier) right before a candidate noun
_THE_NOUN_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$", re.I)
# a noun of the race qualified by what its holder could do: "who can unite", "that would reform", "most likely to win",
# "best placed to", "able to"
_ABLE_TAIL = re.compile(r"\s*[\"”’']?\s*(?:(?:who|that)\s+(?:(?:alone|really|truly|actually|finally)\s+)?(?:can|could|would|might|may|"
                        r"will|should|is\s+(?:most\s+|best\s+|more\s+)?(?:able|likely|placed|equipped|suited))\b|"
                        r"(?:(?:most|best|better|least|more)\s+)?(?:likely|placed|able|equipped|suited|qualified|fit)\s+to\b)", re.I)


def _another_owner(ctx: Context, m: re.Match, subj) -> bool:
    """The bid noun after the declaring verb is another person's: its owner named after it with "of" or "by", or
    before it with a possessive, and not the subject (the presenter of someone's candidacy is no candidate)."""
    owner = _OWNER_AFTER.match(ctx.shape.text, m.end("noun")) or _OWNER_BEFORE.search(
        ctx.shape.text, m.end("trig"), m.start("noun"))
    if owner is None:
        return False
    named = ctx.shape.group_at(owner.start("owner"))
    return named.kind == CANDIDATE and bool(named.values) and not set(named.values) & set(subj.values)


def check_candidacy(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A person enters the race; the post must be in reach (or the article is about the race)."""
    own = "subj" if _span(m, "subj") else "subj2"      # subj2: the owner of the bid ("submitted his candidacy")
    subj = _group(m, ctx, own)
    if subj is None or subj.kind != CANDIDATE or (own == "subj" and _possessive_only(subj) and not (
            "nomination" in rule.traits and _grammar(ctx).bid_noun.match(ctx.shape.text[m.end("subj"):].lstrip()))):
        return      # "his" is no one nominated; "co-sponsored her bid" nominates her
    if _span(m, "gap") and (re.fullmatch(r"['’]s?\s+", m.group("gap")) or m.start("gap") == m.end(own) and re.fullmatch(
            r"['’]s?\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}", m.group("gap"))):
        return      # "Rutte's remaining rival", "Grossi's sole remaining rival", "Rutte's team is": what the name owns
    if _party_owned(ctx, m) or _candidate_noun_read(m) and popular_election(ctx):
        return      # "where X is their candidate" after "The Liberal Democrats": a candidate of another election
    # "X, who has led the Netherlands for 13 years and declared his interest": the state is the first verb's object,
    # the second verb's subject is X (a bid declared by the person, no state acting)
    object_actor = bool(_span(m, "actor") and _span(m, "gap") and m.start("actor") < m.start("trig") and re.search(
        r"\b(?:and|but)\s", m.group("gap")) and _OBJECT_OF_SUBJECT.search(ctx.shape.text, max(0, m.start("actor") - 60),
                                                                         m.start("actor")))
    if "apposition" in rule.traits and _grammar(ctx).withdrawing.match(
            re.sub(r"^[^,;]{0,60}?,\s*(?:(?:then|later|also|eventually)\s+)?", "", m.group("tail"), count=1)):
        return      # "X, the only other contender, withdrew": the withdrawal alone (the guide)
    if "verb_only" in rule.traits and _span(m, "gap") and _grammar(ctx).withdrawn_from.search(m.group("gap")):
        return      # "X stepped aside from seeking the post", "pulled out of competing for it": the withdrawal alone
    if "verb_only" in rule.traits and _WHOSE_BEFORE.search(m.group("gap")) and _span(m, "tail") \
            and _grammar(ctx).bid_ended_after.match(m.group("tail")):
        return      # "X, whose bid for the post ended last week": the noun, told only as ended
    if "verb_only" in rule.traits and (_NOUN_BEFORE.search(m.group("gap")) or (
            not m.group("gap").strip() and _possessive_only(subj))):
        return      # "Rutte's bid for", "his bid for": the noun, not the verb
    if "verb_only" in rule.traits and _OWN_SUBJECT.search(m.group("gap")):
        return      # "declined to endorse X while its own president remained in the race": another subject's verb
    if "verb_only" in rule.traits and not m.group("gap").strip() and _grammar(ctx).noun_object_of.search(
            _TITLE_BEFORE.sub("", ctx.shape.text[max(0, m.start("subj") - 90):m.start("subj")])):
        return      # "pledged its backing to Rutte in the race": the object of a stance, not said to run
    if _span(m, "noun") and re.search(r"\bwithdraw\w*\s+of\s+(?:\S+\s+)?$", ctx.shape.text[m.end("trig"):m.start("noun")], re.I):
        return      # "announced the withdrawal of his candidacy": the withdrawal, not the bid
    if own == "subj2" and _span(m, "noun2") and not _grammar(ctx).nomination_noun.search(m.group("noun2")) and \
            _grammar(ctx).withdrawn_object.search(ctx.shape.text, max(0, m.start("subj2") - 40), m.start("subj2")):
        return      # "decided to withdraw her candidacy, communicated on Thursday to the Council": the bid told only as
        #             withdrawn gives the withdrawal alone (the guide; a state's nomination withdrawn is its own act)
    if _span(m, "noun") and m.start("noun") > m.end("trig") and _another_owner(ctx, m, subj):
        return      # "X, Barbados's prime minister, presented the candidacy of Y", "announced Y's bid": Y's bid, not X's
    if _span(m, "noun") and m.start("noun") > m.end("trig") and _AGENT_NOUN.fullmatch(ctx.shape.text, m.end("trig"), m.start("noun")):
        return      # "The withdrawal of X was announced by her campaign": the campaign is the passive's agent, not what is declared
    if "assessable" in rule.traits and _grammar(ctx).assessing.search(ctx.shape.text, m.end("subj"), m.start("noun")):
        return      # "called Grossi a serious contender": an assessment (the guide)
    if "assessable" in rule.traits and _span(m, "tail") and _ABLE_TAIL.match(m.group("tail")) and not re.match(
            r"named\b", m.group("trig"), re.I):
        return      # "called her 'the candidate who can unite North and South'", "sees him as the candidate best placed
        #             to win": what the candidate could do, an assessment
    if "assessable" in rule.traits and re.match(r"named\b", m.group("trig"), re.I) and _THE_NOUN_BEFORE.search(
            ctx.shape.text, 0, m.start("noun")) and not _grammar(ctx).named_the_tail.match(ctx.shape.text, m.end("noun")):
        return      # "named X as the candidate to beat", "... the candidate it could never accept": an assessment or a
        #             refusal, no nomination (as for "S named X as the candidate": frames/vocab.py named_role)
    tail = m.group("tail") if _span(m, "tail") else ""
    tail_start = m.start("tail") if _span(m, "tail") else m.end()
    if _span(m, "noun") and _grammar(ctx).effort_noun.fullmatch(m.group("noun")) and not re.match(
            r"\s+(?:for|to\s+(?:become|lead|head|run))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨P\d+⟩", tail) and not (
            ctx.race_article and _DATED_TAIL.match(tail) and not _OTHER_AIM.search(tail[:60].partition(",")[0])):
        return      # "a campaign against smuggling": an effort, a bid only for the post (or in an article
        # about the race, with nothing after it but when: "launched her campaign on Monday")
    bid = m.group("noun") if _span(m, "noun") else m.group("noun2") if _span(m, "noun2") else ""
    if bid and _grammar(ctx).bid_noun.fullmatch(bid) and _BID_ELSEWHERE.match(tail) and not _post_between(
            ctx, tail_start, tail_start + 60):
        return      # "approved Bachelet's bid to host the climate summit"
    race_phrase = _grammar(ctx).race_phrase.search(m.group("trig"))
    if race_phrase and _SAID_OF_OTHER.search(m.group("gap") if _span(m, "gap") else ""):
        return      # "Grossi said the team was still in the running": another subject's race
    if race_phrase and _span(m, "gap") and (left := _grammar(ctx).leaving.search(m.group("gap"))) and not re.search(
            r"[,;]|\b(?:and|but|while|though)\b", m.group("gap")[left.end():]):
        return      # "has thrown in the towel in the race for the post": where the person left, not a bid
    if race_phrase and "post_follows" in rule.traits and re.search(r"\b(?:for|to)$", m.group("trig"), re.I) and not (
            ctx.race_article and re.search(r"\bfor$", m.group("trig"), re.I) and re.match(DURATION, " " + tail.lstrip(), re.I)):
        race_phrase = None      # "in the running for" says for what: the post must follow ("for the Nobel prize"),
        # unless it says how long ("for two months" in an article about the race)
    if race_phrase and re.match(r"\s+(?:over|about)\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨P)", tail):
        return      # "entered the fray over tariffs": another matter
    if race_phrase and not (_sentence_has_post(ctx) or ctx.race_article):
        return
    if race_phrase and not _sentence_has_post(ctx) and _grammar(ctx).other_race_named.search(
            ctx.sentence, 0, max(0, ctx.sentence.lower().find(m.group("trig").lower()))):
        return      # "calls to withdraw from the presidential race ..., insisted he would stay in the contest": that race
    if "post_follows" in rule.traits and ctx.race_article and re.search(r"\b(?:serve|lead|interest|interested|considered|available)$", m.group("trig"), re.I) \
            and re.match(r"\s*(?:[.,;!?\"”']|$)", tail):
        race_phrase = True      # "said he would be honoured to serve.", "'I am available,' X said" in an article about the race
    if "post_follows" in rule.traits and ctx.race_article and re.search(r"\binterest(?:ed)?\s+in$", m.group("trig"), re.I) \
            and _WHEN_ALONE.match(tail):
        race_phrase = True      # "expressed interest in January." in an article about the race: "in" says when
    if "post_follows" in rule.traits and ctx.race_article and re.search(r"\bforward$", m.group("trig"), re.I) \
            and _DATED_TAIL.match(tail) and not _other_race_in(tail[:60]):
        race_phrase = True      # "put herself forward in May." in an article about the race
    if "post_follows" in rule.traits and not race_phrase and _post_as_it(ctx, m.start("trig"), tail):
        race_phrase = True      # "said the post would be interesting and that he would like to do it"
    if "post_follows" in rule.traits and not race_phrase:
        post_at = re.search(P, tail[:50])
        if post_at is None or _other_race_in(tail[:post_at.start()]) or "⟨C" in tail[:post_at.start()]:
            return
        if not _post_between(ctx, tail_start, tail_start + post_at.end()):
            return
        if _SOMEONE_ELSE.match(tail) or re.search(r"\bin$", m.group("trig"), re.I) and not _INTEREST_OBJECT.match(tail):
            return      # "would like to see a woman in the job", "interested in the outcome of the selection"
        if re.search(r"\b(?:like|love|wants?|wanted)$", m.group("trig"), re.I) \
                and not re.match(r"\s*(?:(?:the|to\s+(?:be|become|lead|run|head)|to\s+take\s+on|to\s+take\s+over)\s+)*⟨P\d+⟩(?!\s+to\b)", tail):
            return      # "would like the job", not "would like the NATO chief to visit"
    else:
        near = tail[:40]
        if _other_race_in(near) and not _post_between(ctx, tail_start, tail_start + 40):
            return
        if _span(m, "noun") and _INTEREST_NOUN.fullmatch(m.group("noun")) and (inn := _INTEREST_IN.match(tail)) \
                and not _INTEREST_OBJECT.match(tail, inn.end()):
            return          # "declared her interest in chess": an interest in another thing
        aside = _aside_on(ctx, subj, tail, tail_start)
        # (what follows the aside is read as far as the tail would have been: "X, now head of an agency, as its next
        # commissioner"; a view that left the aside out keeps its closing comma: "X, for the rights post")
        aim_start = tail_start + (aside.end() if aside else len(_LEFT_COMMA.match(tail).group()))
        aimed = ctx.shape.text[aim_start:aim_start + 60] if aim_start > tail_start else tail
        if not {"list", "no_object"} & rule.traits and _grammar(ctx).aim_elsewhere.match(aimed) and not _post_between(
                ctx, tail_start, _clause_end(ctx, tail_start, aim_start + 40 - tail_start)) and not _grammar(ctx).as_candidate.match(aimed):
            return          # a candidate "for" something that is not the post (after an aside on them at most)
        if (aim := _grammar(ctx).other_office_aim.match(aimed)) and (aim.group("alias") or not _post_between(
                ctx, tail_start, _clause_end(ctx, tail_start, aim_start - tail_start + 60))):
            return          # "nominated X to chair a UN panel on water": put forward for another office
        agent_end = m.end("actor") if _span(m, "actor") and m.start("actor") > m.start("trig") else \
            m.end("group") if _span(m, "group") else None     # (a group of states not named: "by three governments")
        if agent_end is not None and (organ := _grammar(ctx).agent_organ.match(ctx.shape.text, agent_end)):
            agent_end = organ.end()     # "by President X's government for ...": the agent ends after its organ
        if agent_end is not None and _grammar(ctx).aim_elsewhere.match(ctx.shape.text, agent_end) and not _post_between(
                ctx, agent_end, _clause_end(ctx, agent_end, 40)) and not _grammar(ctx).as_candidate.match(ctx.shape.text, agent_end):
            return          # the same after a passive's agent: "was nominated by Latvia for the Nobel prize"
        if agent_end is not None and _grammar(ctx).as_other_office.match(ctx.shape.text[agent_end:agent_end + 90]) \
                and not _post_between(ctx, agent_end, _clause_end(ctx, agent_end, 60)) and not (
                    (as_cand := _grammar(ctx).as_candidate.match(ctx.shape.text, agent_end))
                    and not _CANDIDATE_OF_OTHER.match(ctx.shape.text, as_cand.end())):
            return          # "was nominated on Thursday by EU leaders as the bloc's next foreign-policy chief" (not "was
            # put forward by Romania as its candidate in March": the state's candidate is one of the race)
        if not (_sentence_has_post(ctx) or ctx.race_article):
            return
    if "list" in rule.traits and (ctx.scope.modal(tail) or _grammar(ctx).field_noun.fullmatch(
            m.group("trig")) and not _FIELD_LISTED.match(ctx.shape.text, m.end("tail"))):
        return      # "the candidates could include X"; "experts in the field, including X" (a field lists with a verb)
    if "list" in rule.traits and OTHER_BODY_SUBJECT.search(ctx.shape.text, 0, m.start("trig")):
        return      # "The Committee of Ministers shortlisted three candidates: ...": another body's list
    if "list" in rule.traits and _OTHER_HEAD.search(tail):
        return      # "the front-runner, diplomats say, and names such as X": the list of another noun
    if "list" in rule.traits and (_other_race_in(tail) or _grammar(ctx).assessed_noun.search(
            ctx.shape.text, max(0, m.start("trig") - 30), m.start("trig")) or _grammar(ctx).assessing.search(tail)):
        return      # "possible candidates: ...", "candidates tipped for the post: ..."
    if "list" in rule.traits and ctx.shape.text.startswith(":", m.end("tail")) and not _sentence_has_post(ctx) and not (
            ctx.race_article and ((_COUNTED.search(ctx.shape.text, max(0, m.start("trig") - 40), m.start("trig"))
                                   or _COUNT_OPENING.match(m.group("trig")))
                                  and _FIELD_PREDICATE.fullmatch(tail) and not _grammar(ctx).withdrawing.search(tail)) or
            ctx.race_article and (place := _FIELD_PLACE.fullmatch(tail)) and (place.group("count") or _COUNTED.search(
                ctx.shape.text, max(0, m.start("trig") - 40), m.start("trig")) or _DEFINITE_FIELD.fullmatch(ctx.shape.text, 0, m.start("trig"))) or
            # the field someone joins, told before its colon ("X joins a field that was until now all European: ...")
            ctx.race_article and _grammar(ctx).field_noun.fullmatch(m.group("trig")) and _grammar(ctx).joined_field.search(
                ctx.shape.text, max(0, m.start("trig") - 40), m.start("trig")) and (not tail.strip() or _FIELD_RELATIVE.fullmatch(tail))
            and not _grammar(ctx).withdrawing.search(tail)):
        return      # a colon's list names the post it is for ("shortlisted by the Committee of Ministers: ..."), or
        # counts the race's field in an article about it ("leaves three candidates: ...", "the candidates are now four: ..."), or
        # opens the clause as the whole field ("The candidates are: ...")
    if "nomination" in rule.traits and own == "subj" and not _span(m, "part") and not _object_ok(ctx, m, _grammar(ctx).name_noun):
        return
    if "nomination" in rule.traits and _span(m, "subj") and (label := _LABEL_COLON.match(ctx.shape.text, 0, m.start("subj"))) and (
            _grammar(ctx).assessing.search(label.group("label"))):
        return      # "The possible contenders are: X (nominated by A)": an item of a roster its label only weighs
    agent = "actor" if _span(m, "actor") and m.start("actor") < m.start("trig") and not object_actor else rule.agent
    gap = None if _span(m, "gap") and agent != "trig" else ""
    if "list" in rule.traits and _span(m, "subj"):
        gap = ctx.shape.text[m.end("trig"):m.start("subj")]     # "five candidates are expected: X": a list to come
    verdict = _assess(ctx, m, agent, gap=gap)
    if "nomination" in rule.traits and agent == "actor" and (ending := _nomination_ended(ctx, m)) is not None:
        # "Chile would no longer sponsor X's bid", "stopped nominating X": the state's earlier backing, ended (as an
        # ended stance states the stance before it), no candidacy told by the state
        verdict = _assess(ctx, m, agent, gap=ending)
        actors = _actor_values(ctx, m, "actor")
        if not verdict.blocked and actors:
            f = _finding(rule, m, subj.values, actors, ENDED, _confidence(rule, verdict.status, [subj]),
                         ("subj", "subj2", "trig", "actor"))
            f.type = "endorsement"
            yield f
        return
    if verdict.blocked:
        return
    if _planned_entry(ctx, m, tail):
        return      # "Chile will nominate X next month", "X will declare her candidacy next week": not done yet
    if "nominal" in rule.traits and _unstated_after(ctx, m.end()):
        return      # "Bachelet's nomination by Chile is expected in May"
    nomination_noun = bid and _grammar(ctx).nomination_noun.fullmatch(bid)
    actors = ([] if object_actor or _apposed_office(ctx, m, subj) else _actor_values(
        ctx, m, "actor", "agent", comitative_alone=True)) or [None]
    if nomination_noun and actors[0] is None:
        return      # "the nomination of X was confirmed": with no state acting, maybe the appointment
    status = _tentative_candidacy(rule, m, ctx, verdict.status, own)
    # (not "weighed dropping X's nomination but kept it": the bid is told there, as what was weighed)
    # (the candidate keeping a state's nomination is still in the race: "X retains the sponsorship of Brazil")
    kept = "nomination" in rule.traits and "received" not in rule.traits and _grammar(ctx).keeping_only.fullmatch(
        m.group("trig")) and not re.match(
        r"\s+it\b", ctx.shape.text[m.end("trig"):])
    # (a sponsor's backing told in the pluperfect is background: "Brazil, which had co-sponsored X, switched to Y")
    kept = kept or "nomination" in rule.traits and _grammar(ctx).had_sponsored.search(
        ctx.shape.text, max(0, m.start("trig") - 60), m.end("trig")) is not None
    for found in _candidacy_and_backing(rule, m, subj, actors, status, verdict.status):
        if kept and found.type == "candidacy":
            continue    # "Chile kept its nomination of X": the backing still given, the bid told before
        if "second_verb" in rule.traits:
            found.date_from = m.end("gap")      # "has led Peru since 2010 and is running": not its date
        elif _span(m, "prior"):
            found.date_from = m.end("prior")    # "who has led the agency since 2021 and whom Peru nominated": the same
        yield found


# what may stand between the ending words and the nominating verb: "to", an adverb ("ceased to sponsor", "stopped
# formally sponsoring")
_ENDED_RIGHT_BEFORE = re.compile(r"(?:\s+to)?\s+(?:\w+ly\s+)?", re.I)


def _nomination_ended(ctx: Context, m: re.Match) -> str | None:
    """The gap before a state's nominating verb without its ending words, where they end the nomination ("would no
    longer sponsor", "has stopped sponsoring"); None where there are none right before the verb."""
    gap = m.group("gap") if _span(m, "gap") else ""
    ending = None
    for ending in _grammar(ctx).reversal.finditer(gap):
        pass
    if ending is None or not _ENDED_RIGHT_BEFORE.fullmatch(gap, ending.end()):
        return None
    return gap[:ending.start()] + " "


def _planned_entry(ctx: Context, m: re.Match, tail: str) -> bool:
    """The act of entering (a declaring or nominating verb) after "will", with a time to come in its clause ("will
    announce his bid within days", "will put Karins forward next week", "will next month nominate X")."""
    trig = _span(m, "trig")
    g = _grammar(ctx)
    if not trig or not (g.entering_act.match(ctx.shape.text, trig[0]) or _span(m, "part")) or not g.future_aux_before.search(
            ctx.shape.text, max(0, trig[0] - 40), trig[0]):
        return False
    clause = re.split(r"[.;:!?]|,\s*(?:and|but|while|whereas|though)\b", tail, maxsplit=1)[0]
    return bool(g.time_to_come.search(clause) or g.time_to_come.search(ctx.shape.text, max(0, trig[0] - 40), trig[0]))


# a state's office set off after a candidate's name, the subject of the verb after it: "X, Barbados's prime minister,
# declared her candidacy", "X, the president of Romania, submitted his bid": the person declares, no state acts
_APPOSED_BEFORE = re.compile(r"⟨C\d+⟩\s*,\s*(?:(?-i:[a-z][\w-]*)\s+){0,4}$")


def _apposed_office(ctx, m: re.Match, subj) -> bool:
    """The match's actor is an office in apposition to the candidate it declares (the candidate's own bid)."""
    if not _span(m, "actor") or not _span(m, "gap") or m.start("actor") > m.start("trig") \
            or not m.group("gap").lstrip().startswith(","):
        return False
    app = _APPOSED_BEFORE.search(ctx.shape.text, max(0, m.start("actor") - 60), m.start("actor"))
    if app is None:
        return False
    person = ctx.shape.group_at(app.start())
    return person is not None and person.kind == CANDIDATE and set(person.values) == set(subj.values)


# a subject and its verb right before a state: the state is that verb's object ("who has led ⟨S⟩", "he governed ⟨S⟩")
_OBJECT_OF_SUBJECT = re.compile(r"(?:\b(?:who|he|she|they)|⟨C\d+⟩)\s+(?:(?:has|have|had|also|long|once|then)\s+)*"
                                r"(?-i:[a-z]+(?:ed|led|ran|won|left|held|took|made|got|ruled))\s+(?:the\s+)?$", re.I)
_WHOSE_BEFORE = re.compile(r"\bwhose\s*$", re.I)
_CANDIDATE_NOUN = re.compile(r"(?:candidate|contender|nominee|hopeful|runner)s?\b", re.I)
_OWNED_BY = re.compile(r"(?<![\w-])(?:their|its)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


def _candidate_noun_read(m: re.Match) -> bool:
    """The rule read a candidate noun ("candidate", "contender"), not a verb of entering."""
    return any(_span(m, g) and _CANDIDATE_NOUN.match(m.group(g).strip().split()[-1] if m.group(g).strip() else "")
               for g in ("noun", "noun2", "trig"))


def _party_owned(ctx: Context, m: re.Match) -> bool:
    """The rule's candidate noun belongs to a party or a political side, a candidate of another election: "the candidate
    of the governing X party", "the liberals' lead candidates", "their candidate" after a party the sentence names
    before it ("The Liberal Democrats ... where X is their candidate"); not "its candidate" after a state."""
    name = next((g for g in ("noun", "noun2", "trig") if _span(m, g) and _CANDIDATE_NOUN.match(m.group(g).strip().split()[-1] if m.group(g).strip() else "")), None)
    if name is None:
        return False
    text = ctx.shape.text
    start, end = m.start(name), m.end(name)
    start += len(m.group(name)) - len(m.group(name).lstrip())
    if _grammar(ctx).party_of.match(text, end):
        return True
    before = text[max(0, start - 60):start]
    at = ctx.shape.to_sentence(start, end)[0]
    # (read in the sentence's own words too: a side's plural may have been read as a name, "The liberals'")
    if _grammar(ctx).party_owner.search(before) or at is not None and _grammar(ctx).party_owner.search(
            ctx.sentence, max(0, at - 60), at):
        return True
    owned = _OWNED_BY.search(before)
    if owned is None:
        return False
    lead = text[:max(0, start - 60) + owned.start()]
    # (the nearest owner before "their": a party or side named, with no state or organisation after it)
    side = None
    for side in _grammar(ctx).party_named.finditer(lead):
        pass
    return side is not None and not re.search(r"⟨[SO]\d+⟩", lead[side.end():])


def _clause_end(ctx: Context, start: int, length: int) -> int:
    """Where the words read for a post after `start` end: `length` on, or the clause's semicolon before ("nominated
    X to head the OSCE; NATO's secretary general welcomed it": the post of the next clause is not the aim)."""
    semi = ctx.shape.text.find(";", start, start + length)
    return start + length if semi < 0 else semi
