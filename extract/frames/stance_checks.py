"""The checks of the endorsement and opposition rules (frames/stance.py): given a rule's match, find the
actor and the candidate in the clause, weigh the scope cues, and yield the findings."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.calendar_names import MONTH_WORD, SEASONS, WEEKDAY_WORD
from natowatch.extract.lexicon import (BE_FORMS, MODAL_AUXILIARIES, POSSESSIVES, THIRD_PERSON_POSSESSIVES, auxiliaries,
                                       ordinals)
from natowatch.extract.mention_forms import FORMER
from natowatch.extract.mentions import CANDIDATE, ORG
from natowatch.extract.scope import NO_DETERMINERS
from natowatch.extract.model import ENDED
from natowatch.extract.frames.base import (
    A, C, KEPT_BY_NEGATION, Context, Finding, P, Rule, S, _assess,
    _NOUN_BEFORE, _confidence, _finding, _grammar, _group, _object_ok, _other_race_in, _possessive_only, _post_between,
    _sentence_has_post, _span,
)
from natowatch.extract.frames.actors import _actor_values
from natowatch.extract.frames.stance_nouns import _MODAL_NEXT, _noun_predicate, former_agent



# where the second of two verb phrases sharing a subject begins
_SECOND_VERB = re.compile(r"\b(?:and|but)\s+")


def _second_verb_gap(gap: str, trigger: str) -> str:
    """The scope words of the second of two verbs sharing a subject: its own auxiliaries ("would not
    support Rutte and would back Iohannis"); a bare verb shares the first's ("would not support Rutte
    and back Iohannis"), a finite one has none ("did not support Rutte and backed Iohannis")."""
    own = _SECOND_VERB.split(gap)[-1]
    if own.strip():
        return own
    return "" if re.match(r"\w+(?:ed|s)\b", trigger) else gap


# (or pressed on a matter: "pushed Rutte hard on Ukraine aid", "encouraged Grossi over the inspections"; not a
# day's "on": "encouraged Grossi on Monday")
_URGED_TO = re.compile(r"\s+(?:(?:hard|again|further|repeatedly)\s+)?(?:(?:not\s+)?to|from|into|against|"
                       r"(?:on|over)\s+(?!(?:the\s+)?(?:\d|" + WEEKDAY_WORD + "|"
                       + MONTH_WORD + r"\b|(?:" + ordinals(1, 5) + r"|"
                       r"last|final|next|same)\b|(?:straw\s+)?(?:poll|ballot|round|vote)s?\b)))\b", re.I)


# what the actor will do: "will vote against", "is going to vote against"
_INTENDED_VOTE = re.compile(r"(?:\bwill|['’]ll|\bshall|\b(?:is|are)\s+going\s+to|\b(?:plans?|intends?|vows?|vowed|"
                            r"pledged?|promised?|threatened|threatens?|decided|has\s+decided)\s+to)\s+$", re.I)


def _no_vote(ctx: Context, m: re.Match, trigger_text: str) -> bool:
    """"encouraged Grossi to run", "was discouraged by China from visiting": urging; "encouraged Grossi in his
    talks with Tehran": no ballot the sentence speaks of."""
    g = _grammar(ctx)
    if g.persuading.fullmatch(trigger_text) and _URGED_TO.match(ctx.shape.text, m.end()):
        return True
    if not g.ballot_verb.fullmatch(trigger_text) or g.ballot_context.search(ctx.sentence):
        return False
    if trigger_text.lower().startswith("vot"):
        # a vote against the candidate themself, stated as what the actor will do, in an article about the race
        # ("Ruritania will vote against X"); a vote cast with no ballot named may be another body's ("voted against
        # X" in the European Council), and a vote on someone's nomination too
        trigger = _span(m, "trig") or _span(m, "trig2")
        return _bid_object(ctx, m) or not (ctx.race_article and _INTENDED_VOTE.search(
            ctx.shape.text, max(0, trigger[0] - 30), trigger[0]))
    # (a verb of urging with the bid as its object, a ballot or not: "discouraged her candidacy", "encouraged the
    # candidacy of X")
    return not _bid_object(ctx, m)


def _bid_object(ctx: Context, m: re.Match) -> bool:
    """The match's object is the candidate's bid: "her candidacy", "Bachelet's bid", "the candidacy of X"."""
    g, text = _grammar(ctx), ctx.shape.text
    after = _BID_AFTER.match(text, m.end("subj"))
    trigger = _span(m, "trig") or _span(m, "trig2")
    return bool(after and g.bid_noun.match(text, after.end()) or g.bid_noun.search(text, trigger[1], m.start("subj")))


# between a candidate's name or possessive and the bid noun it owns ("Bachelet's own candidacy", "her formal bid")
_BID_AFTER = re.compile(r"(?:['’]s?)?\s+(?:(?:own|formal|official|new)\s+)?", re.I)


_REFUSING_MODAL = re.compile(r"\b(?:would|could|can|will|shall)\s*$", re.I)
_REFUSING_TO = re.compile(r"\b(?:will|would|shall|can)\b|\b(?:cannot|won['’]t|wouldn['’]t|can['’]t)|\b(?:refus|declin)\w*\s+to\b", re.I)


def _owned(ctx: Context, m: re.Match) -> bool:
    """The candidate is the owner of what follows: a name with "'s", or a possessive pronoun ("her sponsors")."""
    if ctx.shape.text.startswith(("'", "’"), m.end("subj")):
        return True
    start, end = ctx.shape.to_sentence(m.start("subj"), m.end("subj"))
    return ctx.sentence[start:end].lower() in POSSESSIVES


def check_actor_verb(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """An actor (state or NATO) acts on a candidate: support, opposition, refusal; or an aggregate
    acts and the states it names act with it."""
    actors = _actor_values(ctx, m, "actor", "actor2")
    if not actors or _noun_not_verb(rule, m, ctx):
        return
    if _NEGATED_CLEFT.search(ctx.shape.text, max(0, m.start("actor") - 20), m.start("actor")) and _THAT_AFTER.match(
            ctx.shape.text, m.start("actor")):
        return      # "It is not Denmark that backs X": the cleft denies that actor's stance
    if _span(m, "gap") and _OTHER_SUBJECT.search(m.group("gap")):
        return      # "Colombia's envoy to Chile, Ana Perez, said she backs X": she, not Chile, backs X
    if _span(m, "gap") and _grammar(ctx).other_antecedent.search(m.group("gap")):
        return      # "grateful to Chile and to all who supported me": those who did, not Chile, supported
    if _span(m, "gap") and _WHILE_SUBJECT.search(m.group("gap")):
        return      # "won support only from Slovakia, while more than 25 allies lined up behind Rutte": the allies did
    if rule.type == "endorsement" and _span(m, "actor") and _grammar(ctx).refusal_before_giver.search(
            ctx.shape.text, max(0, m.start("actor") - 40), m.start("actor")):
        return      # "a refusal by Hungary to support X": the refused support (oppose_refusal_noun reads it)
    if _span(m, "owner"):
        actors = list(_group(m, ctx, "owner").values)     # "the minister confirmed Turkey's backing for Rutte"
    if _span(m, "objstate"):
        # "We support Romania": support for the state's own candidate, in a race sentence
        state = _group(m, ctx, "objstate")
        names = [c for v in state.values for c in ctx.gazetteer.states_with_candidates.get(v, ())]
        if len(names) != 1 or not _sentence_has_post(ctx) and not ctx.race_article:
            return
        subj_group, subjects = state, names
    else:
        subj_group = _group(m, ctx, "subj")
        if "owner_possessive" in rule.traits and not _owned(ctx, m):
            return      # "the real problem was X supporters in parliament": no owner, so no one's backers
        if subj_group is None or subj_group.kind != CANDIDATE or not (
                "possessed_object" in rule.traits or _object_ok(ctx, m)):
            return
        subjects = list(subj_group.values)
        if _grammar(ctx).name_modified.match(ctx.shape.text, m.end("subj")):
            return      # "says no to Grossi visit", "backed the Rutte plan": a matter the name modifies
    if not _object_for_post(ctx, m.end(), refusal=rule.type == "opposition"):
        return
    # "Washington backed Rutte, followed within hours by London and Berlin": they take the same stance
    follow = more_actors(ctx.shape, m.end())
    echoed = []
    if follow:
        echoed = [v for v in ctx.shape.group_at(follow.start("more")).values if v not in actors]
        actors += echoed
    trigger = _span(m, "trig") or _span(m, "trig2")
    trigger_text = ctx.shape.text[trigger[0]:trigger[1]]
    if _PLACE_BEFORE.search(ctx.shape.text, max(0, m.start("actor") - 60), m.start("actor")) and _span(m, "gap") \
            and m.group("gap").lstrip().startswith(","):
        return      # "meeting in Basseterre, Saint Kitts and Nevis, the leaders endorsed X": a place, not the actor
    if _span(m, "gap") and _AGENT_BY.search(ctx.shape.text, max(0, m.start("actor") - 8), m.start("actor")) and \
            _COORDINATED_VERB.match(m.group("gap")):
        return      # "uneasy about a candidate favoured by Washington, and spent the summer leaning toward X": the agent
        #             of a participle in an aside is not the subject of the verb coordinated after it
    if _span(m, "gap") and _OWN_PARTICIPLE_SUBJECT.search(m.group("gap")) and re.match(r"\w+ing\b", trigger_text, re.I):
        return      # "broke with the majority lining up behind X": the majority, not the actor, lines up behind X
    # (a copula after it that denies it, the lexicon's cues.unassured_predicates: "... is not on the cards"; not "has
    # never wavered", "is not in question", "was never in doubt": those affirm it)
    if "noun_phrase" in rule.traits and any(ctx.scope.unsettled.match(
            ctx.shape.text, end) or _MODAL_NEXT.match(ctx.shape.text, end) for end in _noun_predicate(ctx.shape.text, m.end())):
        return      # "a Hungarian endorsement of Rutte is not on the cards", "France's support for X remains unclear",
        # "a Hungarian endorsement of Rutte would clear the last obstacle"
    if _no_vote(ctx, m, trigger_text):
        return      # "encouraged Grossi to run", "discouraged her from standing": urging, not a vote
    # "Turkey dropped its objections to Rutte", "no longer opposes Rutte": the opposition ended
    # (or a verb of promoting the bid, no longer done: "Britain no longer pushes Wallace", the support it had)
    promoting = rule.type == "endorsement" and _grammar(ctx).promoting.fullmatch(trigger_text)
    ending = _grammar(ctx).reversal.search(ctx.shape.text[m.end("actor"):trigger[0]])
    # (a support ended now or before, not decided for later: "is no longer backing X", "stopped supporting X", "has
    # ceased to support X" state the earlier backing, ended; "will no longer support X" is a refusal)
    ended_support = bool(rule.type == "endorsement" and ending and _ENDING_RIGHT_BEFORE.fullmatch(
        ctx.shape.text, m.end("actor") + ending.end(), trigger[0]) and not _DECIDED_BEFORE.search(
        ctx.shape.text, m.end("actor"), m.end("actor") + ending.start()))
    ended = "ended" in rule.traits or (rule.type == "opposition" or promoting or ended_support) and ending or former_agent(rule, m, ctx)
    actor_group = _group(m, ctx, "actor" if _span(m, "actor") else "actor2")
    if actor_group.kind == ORG and re.match(r"\s+as\s+(?:\S+\s+){0,3}?" + P, ctx.shape.text[m.end():]):
        return      # the alliance endorsing him "as" secretary general is the appointment (own rule)
    # the ending words are not a negation of the stance: "no longer opposes" is judged as "opposes"
    gap = _ending_removed(ctx, m.group("gap")) if ended and _span(m, "gap") else None
    if "second_verb" in rule.traits:
        gap = _second_verb_gap(m.group("gap") if gap is None else gap, trigger_text)
    # the scope is judged from the agent before the verb: the actor, or the aggregate naming it ("most allies, including Poland")
    agent = "actor" if rule.agent == "subj" else rule.agent
    # a stance reviewed ("is reconsidering its support") is held, never refused
    held = "presupposed" in rule.traits
    if _span(m, "give") and _NO_AFTER_GIVE.match(ctx.shape.text, m.end("give")):
        # "will give no support to X" is "will not give support to X" (a refusal), "gave no backing" a negation
        gap = f"{m.group('gap') if gap is None else gap} not "
    verdict = _assess(ctx, m, agent, support=rule.type == "endorsement" and not held or "refusal_only" in rule.traits, gap=gap)
    kept_nomination = False
    if (verdict.blocked == "negation" or verdict.refusal) and ("ended" in rule.traits or held) and _span(m, "rev"):
        # "has not lifted its veto on Rutte", "will not withdraw its support": the negation binds to the ending
        # verb, the stance is kept (a refusal to end support is no opposition)
        kept = KEPT_BY_NEGATION.search(m.group("gap"))
        if kept:
            verdict, ended = _assess(ctx, m, agent, gap=m.group("gap")[:kept.start()], undoubted=held), False
            # (a nomination kept is the nomination: "has not withdrawn its nomination of X" = candidacy + backing)
            kept_nomination = bool(_grammar(ctx).nomination_noun.search(ctx.shape.text, m.end("rev"), trigger[1]))
    if verdict.refusal and "dropping" in rule.traits and _span(m, "gap") and _REFUSING_TO.search(m.group("gap")):
        # "will never abandon Grynspan", "refused to drop Rutte": a refusal to drop the candidate keeps the support
        # (a drop not done is no stance: "did not drop X")
        kept = KEPT_BY_NEGATION.search(m.group("gap"))
        if kept:
            # (the modal belongs to the refusal: "would never desert X" keeps the support as "never deserted X" does)
            verdict, ended = _assess(ctx, m, agent, gap=_REFUSING_MODAL.sub(" ", m.group("gap")[:kept.start()])), False
    if verdict.blocked == "doubt" and ("ended" in rule.traits or held) and _span(m, "rev") and _OWN_STANCE.match(
            ctx.shape.text, m.end("rev")) and (_grammar(ctx).denying.search(ctx.shape.text, 0, m.start("rev"))
                                                or _grammar(ctx).denied_passive.search(ctx.shape.text, m.end("rev"))):
        # "Hungary denied that it had dropped its objections to Rutte", "denied a report that it was reconsidering
        # its support": the denial is of the ending or the review; the stance the possessive presupposes is kept
        # (a doubt with no one denying is of the whole report, as for any stance: "Unfounded rumours claim Hungary has
        # withdrawn its support for X", "Rumours that ... had dropped its objections" tell nothing; nor does a denying
        # verb of another clause after it: "... after rejecting the offer")
        verdict, ended = _assess(ctx, m, agent, gap=gap, undoubted=True), False
    if verdict.blocked:
        return
    if echoed and not verdict.refusal and negative_echo(follow):
        # "Hungary backs X, and neither does Turkey": a negative echo of a stance taken tells no stance of Turkey's
        actors = [a for a in actors if a not in echoed]
    if "no_refusal" in rule.traits and verdict.refusal:
        return      # "Mexico did not shift its backing from Bachelet to Grossi": it still backs her
    if "refusal_only" in rule.traits and not verdict.refusal:
        return      # "Turkey accepted Rutte" is no endorsement
    if ("act" in rule.traits or promoting) and verdict.refusal:
        return      # "did not lobby on her behalf", "did not push Wallace": an act not done, no refusal of support
    if verdict.refusal and _span(m, "give") and ctx.scope.non_refusal.search(f"{m.group('gap')} {m.group('give')}"):
        return      # "did not announce support for him": a stance not announced, no refusal ("did not give" is one)
    etype = "opposition" if verdict.refusal else rule.type
    status = verdict.status
    if status == "confirmed" and ctx.scope.tentative.search(trigger_text):
        status = "tentative"    # "is leaning towards Grossi", "warming to Rutte"
    conf = _confidence(rule, status, [actor_group, subj_group])
    f = _finding(rule, m, subjects, actors, ENDED if ended else status, conf,
                 ("actor", "actor2", "trig", "trig2", "subj", "objstate"))
    f.type = etype
    yield f
    if kept_nomination and etype == "endorsement" and not verdict.blocked:
        bid = _finding(rule, m, subjects, [actors[0]], status, conf, ("trig", "subj"))
        bid.type = "candidacy"
        yield bid


# a determiner negating the noun a giving verb gives: "will give no support to X", "offered not any backing"
_NO_AFTER_GIVE = re.compile(r"\s+(?:" + NO_DETERMINERS + r")\s", re.I)
# between the ending words and the support verb: "to", an adverb ("stopped publicly backing", "ceased to support")
_ENDING_RIGHT_BEFORE = re.compile(r"\s*(?:to\s+)?(?:\w+ly\s+)?", re.I)
# a future or a decision before the ending words makes it a refusal: "will no longer support", "decided to stop backing"
_DECIDED_BEFORE = re.compile(r"\b(?:" + MODAL_AUXILIARIES + r"|going\s+to|is\s+to|are\s+to|"
                             r"(?:decided?|decides|plans?|planned|intends?|intended|vowed?|vows)\s+to)\b|['’]ll\b", re.I)


# the actor's own stance after the verb that ends or reviews it ("dropped its objections"), not "any objections"
_OWN_STANCE = re.compile(r"\s+(?:" + THIRD_PERSON_POSSESSIVES + r")\s", re.I)


def _noun_not_verb(rule: Rule, m: re.Match, ctx: Context) -> bool:
    """"citing the support Rutte had gathered": after a determiner the trigger is a noun, not the verb."""
    start = m.start("trig")
    before = _NOUN_BEFORE.search(ctx.shape.text, max(0, start - 12), start)
    if before is not None and _RELATIVE_THAT.search(ctx.shape.text, max(0, start - 16), start):
        return False    # "It is Norway that backs X", "the states that back X": a relative pronoun, not a determiner
    return "verb_only" in rule.traits and before is not None


def check_ended_passive(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"Hungary's veto on Rutte was lifted", "Backing for X was withdrawn by Chile": the stance, ended (its giver
    owning the noun, `actor`, or the passive's agent, `actor2`)."""
    subj = _group(m, ctx, "subj")
    actors = _actor_values(ctx, m, "actor", "actor2")
    if subj is None or subj.kind != CANDIDATE or not actors:
        return
    verdict = _assess(ctx, m, "actor" if _span(m, "actor") else "trig", gap="")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, actors, ENDED, _confidence(rule, verdict.status, [subj]),
                   ("actor", "trig", "subj", "trig2", "actor2"))


def check_refusal_noun(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"Moscow's refusal to back X", "a refusal by Hungary to support X": the refusal stated as a noun, its giver
    before it or after it (scope is judged from the giver before, or from the noun)."""
    if _span(m, "actor"):
        yield from check_actor_verb(rule, m, ctx)
        return
    subj = _group(m, ctx, "subj")
    actors = _actor_values(ctx, m, "actor2")
    if subj is None or subj.kind != CANDIDATE or not actors:
        return
    verdict = _assess(ctx, m, "trig2", gap="")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, actors, verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("trig2", "actor2", "subj"))


def _ending_removed(ctx: Context, gap: str) -> str:
    """The gap without its ending words ("ceased to", "no longer"), for the scope checks."""
    return re.sub(_grammar(ctx).reversal.pattern + r"(?:\s+to\b)?", " ", gap, flags=re.I)


# (after the candidate's origin too: "backed Bachelet of Chile as envoy to Haiti"; a duration is no qualifier:
# "campaigned for her for ten months", "backed him for the past two years")
_FOR_AS = re.compile(r"\s*(?:of\s+(?:⟨S\d+⟩|(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,2})\s+)?(?:as(?!\s+well\b|\s+(?:early|soon|late|recently|long|far\s+back)\s+as\b|\s+of\b)|for(?!\s+(?:(?:[\w-]+\s+){0,3}?(?:months?|weeks?|days?|years?|decades?)(?![\w-])|now|long|a\s+while|the\s+time\s+being))|"
                     r"to\s+(?:be|become|head|lead|run))\b", re.I)

# where a qualifier ("as ...", "for ...") ends: a clause break or a contrast
_QUALIFIER_END = re.compile(r"[,;:]|\s(?:not|but|rather\s+than|instead\s+of)\b", re.I)


# a subject of the stance's own in the gap that is no actor: a person the story does not know, after a report
# ("..., Ana Perez, said she backs X")
# "that" right after an actor (a cleft's or a relative clause's): the clause's subject, the verb its own
_RELATIVE_THAT = re.compile(r"⟨[SOM]\d+⟩\s*,?\s*that\s*$", re.I)
_THAT_AFTER = re.compile(r"⟨[SOM]\d+⟩\s*,?\s*that\b", re.I)
_NEGATED_CLEFT = re.compile(r"\b(?:(?:is|was)\s+not|(?:isn|wasn)['’]t)\s+(?:the\s+)?$", re.I)

_OTHER_SUBJECT = re.compile(r"(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+),?\s+(?:said|says|added|adds|told\s+\w+|insisted|insists|stressed)\s+(?:that\s+)?(?:he|she)\s+"
                            r"(?:(?:\w+ly|would|will|still|also|now|does|did|do|can|could|is|was|not|n['’]t)\s+){0,3}$", re.I)


# a clause of contrast with a subject of its own before the verb: "..., while most allies lined up behind X"
# (not a participle's or an adjective's aside, which has a comma before the verb, nor a pronoun for the actor)
_WHILE_SUBJECT = re.compile(r"\b(?:while|whereas)\s+(?!(?:(?:\w+ly|also|still|now|then)\s+)*$)(?!(?:(?:\w+ly|also|still)\s+)?(?:\w+ing|\w+ed|in|at|on)\b)[^,;⟨⟩]+(?<!\bit)(?<!\bthey)(?<!\bhe)(?<!\bshe)(?<!\bwe)\s+"
                            r"(?:(?:\w+ly|had|has|have|also|still|would|will|did|does|do)\s+){0,3}$", re.I)


# a passive's agent before the actor, and a verb coordinated after its aside: "favoured by [Washington], and spent ..."
_AGENT_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
_COORDINATED_VERB = re.compile(r"\s*,\s*(?:and|but)\s+(?!(?:it|they|he|she|we)\b)(?-i:[a-z][\w-]*)\s", re.I)


# a state named as the place of a meeting, after its city: "... meeting in Basseterre, [Saint Kitts and Nevis], ..."
_PLACE_BEFORE = re.compile(r"\b(?:meeting|met|gathered|gathering|assembled|convened|held|summit)\s+(?:\w+\s+){0,6}?(?:in|at)\s+"
                           r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}?(?-i:[A-Z])[\w'’.-]*,\s*$", re.I)


# a participle after a noun of its own is a reduced relative clause on that noun: "the second ally to break with the
# majority [lining up behind] X", "Chile met the envoys [backing] X" (not where the actor is that noun: "Peru is the
# first state backing X", "one of the allies supporting X", "joined the countries backing X"; nor the actor's own
# document: "issued a joint declaration supporting X")
_OWN_PARTICIPLE_SUBJECT = re.compile(
    r"^(?!.*\b(?:" + BE_FORMS + r"|be|been|being|became|becomes|become|remains?|remained|stays?|stayed|join(?:s|ed|ing)?|"
    r"one|among|amongst|part)\b)[^⟨⟩;]*\s(?:the|a|an|those|these|its|their|other)\s+(?:[\w-]+\s+){0,3}?"
    r"(?!(?:letters?|statements?|declarations?|communiqu[eé]s?|petitions?|appeals?|resolutions?|notes?|texts?|motions?|"
    r"messages?|posts?|tweets?|op-eds?|articles?|speech(?:es)?|votes?|ballots?|decisions?|documents?|papers?)\s*$)"
    r"(?!(?:on|of|to|for|in|at|by|with|from|against|about|into|behind|over|after|before|without|towards?|than|as)\s*$)"
    r"(?-i:[a-z][\w-]*)(?<!ly)(?<!\btime)(?<!day)(?<!days)(?<!week)(?<!weeks)(?<!month)(?<!months)(?<!year)(?<!years)"
    r"(?<!hours)(?<!morning)(?<!afternoon)(?<!evening)(?<!night)" + "".join(f"(?<!{season})" for season in SEASONS)
    + r"\s*$", re.I)


# a reason after a refusal's object: "says no to X over her report"
_OVER = re.compile(r"\s+over\s", re.I)


# the candidate's bid after the object: "backs Grossi's candidacy", "Grossi's formal bid"
_OWNED_BID = re.compile(r"['’]s?\s+(?:(?:own|formal|official)\s+)?(?P<noun>[\w-]+)")


def _object_for_post(ctx: Context, end: int, refusal: bool = False) -> bool:
    """Support "for"/"as" something must be for the post: "backs Iohannis for a second term" is not, nor
    "backs Grossi's candidacy for a seat on the Council". A `refusal`'s "over" gives its reason, not another matter
    ("says no to X over her report", "opposes X over his remarks"; "opposes X on migration" stays that matter)."""
    owned = _OWNED_BID.match(ctx.shape.text, end)
    if owned and _grammar(ctx).bid_noun.fullmatch(owned.group("noun")):
        end = owned.end()
    after = ctx.shape.text[end:]
    window = after[:45]
    if _other_race_in(window) and not _post_between(ctx, end, end + 45):
        return False
    on_matter = _grammar(ctx).on_matter.match(after)
    if on_matter and refusal and _OVER.match(after):
        on_matter = None
    if _grammar(ctx).in_dispute.match(after) or on_matter or _grammar(ctx).in_contest.match(after):
        return False    # "backed Kallas in the dispute over the border", "backs Rutte on migration": that matter
    qualified = _FOR_AS.match(after)
    if not qualified or _grammar(ctx).as_clause.match(after):
        return True     # (or "as" opening a clause or a manner: "backs X as the race narrows")
    # the post only within the qualifier's own phrase: "backed Rutte as prime minister, not as secretary general"
    # is support in another office
    stop = _QUALIFIER_END.search(after, qualified.end(), qualified.end() + 40)
    return _grammar(ctx).as_candidate.match(after) is not None or _grammar(
        ctx).universal_post.match(after, qualified.end()) is not None or _post_between(
        ctx, end, end + (stop.start() if stop else qualified.end() + 40)) or bool(
        re.match(r"\s*(?:the\s+)?⟨O\d+⟩(?!['’]s)(?!\s+(?:(?-i:[a-z][\w-]*)\s+)?(?:post|job|role|seat|position|" + _grammar(ctx).office_nouns + r")\b)",
                 after[qualified.end():]))   # "backs Rutte for NATO" (not "for UN rights post")


# the nouns a possessive candidate owns, up to the passive's auxiliary ("Rutte's long-shot bid was")
_POSSESSED_NOUN = re.compile(r"['’]s?\s+(?P<noun>(?:[\w-]+\s+){1,3}?)(?:was|were|is|are|has|had|have|will|would|had)\b", re.I)


# a possessed bid with an aim of its own: "'s bid to inspect the plant" (not "to lead", "to become", "to succeed")
_BID_AIM = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)\s+to\s+(?P<aim>(?!(?:lead|become|head|run|succeed|replace|be|take|"
                      r"serve|stand|win|get|secure)\b)(?-i:[a-z]+))\b", re.I)


def check_passive(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"Rutte's bid is backed by Germany": the agent of the passive is the actor."""
    subj = _group(m, ctx, "subj")
    actors = _actor_values(ctx, m, "actor")
    if subj is None or not actors:
        return
    if _no_vote(ctx, m, m.group("trig")):
        return      # "was encouraged by Chile to run"
    owned = _POSSESSED_NOUN.match(ctx.shape.text, m.end("subj"))
    if owned and not _grammar(ctx).bid_noun.search(owned.group("noun")):
        return      # "Rutte's plan was backed by Washington": the plan, not his bid
    aim = _BID_AIM.match(ctx.shape.text, m.end("subj"))
    if aim and _grammar(ctx).bid_noun.fullmatch(aim.group("noun")) and not _post_between(ctx, aim.start("aim"), aim.end("aim") + 40):
        return      # "Grossi's bid to inspect the plant was rejected by Moscow": a bid for something else
    verdict = _assess(ctx, m, "subj", support=rule.type == "endorsement")
    if verdict.blocked or (verdict.refusal and rule.type == "opposition"):
        return      # "is not opposed by Hungary" states no stance
    etype = "opposition" if verdict.refusal else rule.type
    conf = _confidence(rule, verdict.status, [subj, _group(m, ctx, "actor")])
    f = _finding(rule, m, subj.values, actors, verdict.status, conf, ("subj", "trig", "actor"))
    f.type = etype
    yield f


# (the post may come between: "backed X for ⟨P⟩, followed later by ..."; a time between "followed" and "by":
# "followed a few days later by Slovakia")
_FOLLOWED_BY = re.compile(r"(?:[^⟨⟩;,.]|⟨P\d+⟩){0,40},\s*(?:(?:soon|quickly|later|then)\s+)?(?:followed|joined)\s+(?:[\w-]+\s+){0,5}?by\s+"
                          r"(?:the\s+)?(?P<more>⟨[SO]\d+⟩)", re.I)

# "Washington threw its weight behind him last Thursday, after London, Paris and Berlin", "Spain backs X, like France
# and Italy", "Rome backed X in May, following Paris": the states a time or comparison names after a stance, and
# nothing more in their clause, took the same stance (not "after talks in London", "after Paris objected", "after
# Hungary's veto", "following Berlin's lead on trade")
_AFTER_STATES = re.compile(r"[^⟨⟩;,.]{0,40}?,?\s*(?:(?:only|just|soon|shortly|right|days|weeks|hours|a\s+day|a\s+week)\s+)?"
                           r"(?P<prep>after|following|like|as\s+had|in\s+the\s+wake\s+of)\s+(?:the\s+)?(?P<more>⟨[SO]\d+⟩)"
                           r"(?P<aux>\s+(?:did|had|have|has)(?:\s+(?:done\s+so|already|before|earlier))?"
                           r"|\s+(?:before\s+(?:it|them|him|her)|earlier|already|first))?"
                           r"\s*(?=[.;!)]|$|,\s*(?:and|but|while|whereas|with|diplomats|officials|sources)\b|\s+(?:and|but)\s+(?!⟨))", re.I)


def more_actors(shape, end: int):
    """The states a stance's clause adds after its object as taking the same stance ("..., followed within hours by A",
    "..., as did B", "..., after C and D"): the match, its group `more` the states, else None. One state after "after"
    or "following" with no auxiliary may be a place standing for a meeting held there ("backed X after Vilnius"): a
    list of states, or one with its auxiliary or after "like", is the actors."""
    text = shape.text
    found = _FOLLOWED_BY.match(text, end) or _AS_DID.match(text, end)
    if found:
        return found
    found = _AFTER_STATES.match(text, end)
    if found and not found.group("aux") and not re.match(r"like|as", found.group("prep"), re.I) and \
            len(shape.group_at(found.start("more")).values) < 2:
        return None
    return found


# "Hungary opposed Rutte until June, as did Slovakia", "..., and so did Ankara", "..., and neither did Bratislava":
# an auxiliary standing for the verb gives the next state the same stance (a refusal stays one); no modal but "will"
# and "would" ("as could Slovakia", "as might Slovakia" say what it may do, and nothing here reads their doubt)
_ECHO_STATED = auxiliaries(without=("shall", "should", "can", "could", "may", "might", "must"))
_AS_DID = re.compile(r"[^⟨⟩;,.]{0,40},\s*(?:(?:and|but)\s+)?(?:just\s+)?(?:as|so|(?P<neither>neither|nor))\s+(?:"
                     + _ECHO_STATED + r")\s+(?:the\s+)?(?P<more>⟨[SO]\d+⟩)(?=\s*(?:[,.;]|$|too\b|later\b|in\b|on\b))", re.I)


def negative_echo(found) -> bool:
    """A more_actors match that echoes the stance by "neither"/"nor" ("..., and neither did Turkey"): it gives the
    stance only to a refusal ("did not back X, and neither did Turkey"), never to a stance taken."""
    return "neither" in found.re.groupindex and found.group("neither") is not None


# what may stand before a clause's subject: punctuation, a conjunction, a time or sentence adverb
# a dash setting off an aside ("A - the last still campaigning for X - has ..."): an odd number before a name opens one
_SPACED_DASH = re.compile(r"\s*(?:(?<=\s)-(?=\s)|[–—])\s*")
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]|\b(?:and|but|that|said|says|added|adds|told\s+\w+)\b)[\W_]*(?:(?:now|then|meanwhile|however|also|later|earlier|"
                             r"on\s+\w+day|in\s+\w+|last\s+\w+|this\s+\w+)[\W_]*)*$", re.I)


# an office the text says is no longer held, inside the name's mention ("Britain's former defence secretary")
_FORMER_OFFICE = re.compile(rf"\b(?:{FORMER}|then)\b", re.I)
# ... or in an apposition right after it ("X, a former minister, ..."; not "the former mayor and now president")
_NO_LONGER_HELD_AFTER = re.compile(r"\s*,\s*(?:(?:the|a|an|his|her)\s+|(?-i:[A-Z])[\w-]*(?:['’]s?)?\s+)?" + FORMER +
                                   r"(?![^,]*\b(?:and|but)\s+(?:now|currently|current)\b)", re.I)


def check_candidate_actor(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate who holds office in their state backs or refuses another candidate: the state acts."""
    speaker, subj = _group(m, ctx, "actorc"), _group(m, ctx, "subj")
    if speaker is None or subj is None or _possessive_only(speaker) or not _object_ok(ctx, m) or _noun_not_verb(rule, m, ctx):
        return
    story = ctx.gazetteer.story
    states = [c.state for v in speaker.values if (c := story.candidate(v)) and c.state
              and not any(r.lower().startswith(("former", "ex-")) for r in c.roles) and v not in subj.values]
    if len(states) != 1 or not _object_for_post(ctx, m.end()):
        return
    if any(_FORMER_OFFICE.search(ctx.sentence, x.start, x.end) or _NO_LONGER_HELD_AFTER.match(ctx.sentence, x.end)
           for x in speaker.mentions):
        return      # "Britain's former defence secretary now backs X", "X, a former minister, ...": no office, no state
    lead = ctx.shape.text[:m.start("actorc")]
    if not _CLAUSE_OPENING.search(lead):
        return      # "Hungary criticised Rutte and backed Iohannis": the candidate is an object, not who acts
    said_at = max(lead.rfind(","), lead.rfind(";"), lead.rfind(":")) + 1
    said = lead[said_at:]
    if all(x.form == "pronoun" for x in speaker.mentions) and "⟨C" not in said and ctx.scope.reporting_lead.search(said):
        sayers = {v for t in re.finditer(r"⟨S\d+⟩", said) for v in ctx.shape.group_at(said_at + t.start()).values}
        if sayers and states[0] not in sayers:
            return  # "Hungary's prime minister says he is ready to back X": "he" is the one who says it, not a candidate
    if len(_SPACED_DASH.findall(lead)) % 2 and _SPACED_DASH.match(m.group("gap")):
        return      # "Everyone but A and B - the last still campaigning for its own president, X - has signed up to Y"
    verdict = _assess(ctx, m, "actorc", support=True)
    if verdict.blocked:
        return
    f = _finding(rule, m, subj.values, states, verdict.status, _confidence(rule, verdict.status, [speaker, subj]),
                 ("actorc", "trig", "subj"))
    f.type = "opposition" if verdict.refusal else rule.type
    yield f
