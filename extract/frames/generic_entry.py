"""The generic entry frame (gen28e): a candidacy read from any clause that holds a candidate as its subject and a
predicate of the type, where no specific rule of candidacy.py's shapes matched.

The specific rules name the verb before a bid's noun ("declared", "launched"); a reporter's own verb ("kicked off her
campaign", "made public his bid", "unveiled her candidacy in Nairobi") or a self-label ("declared herself a
candidate", "presented himself as a contender") stated no candidacy. These few rules take ANY verb of the subject's
clause before the subject's own bid (a possessive pronoun, no other candidate between) or before the subject's
reflexive and a candidate noun, and the clauses set around a campaign of one's own ("during her campaign", "as part of
his campaign"). Their checks are the specific ones: every reason of meaning candidacy_checks.check_candidacy refuses
for (a bid for another office, an effort with no post, a party's candidate, a withdrawal told) and the scope of the
predicate's clause (frames/base._assess: negation, modality, doubt, condition, report), with the verb read as part of
the gap, so that "is weighing her bid", "denied his candidacy", "may launch her campaign" state nothing. A verb that
ends, drops or withdraws the bid (the lexicon's withdrawal, bid-ending and reversal verbs) is not read: the guide's
bid told only as withdrawn; a clause whose gap holds a stance ("thanked allies for backing her bid") is someone
else's stance on the bid, the endorsement alone. Lower confidence; rule names generic_*."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.frames.base import ADJ, C, Context, Finding, Rule, WP, _REFERENCE_OF_OTHER, _grammar, _group, _rx, _span, _unstated_after
from natowatch.extract.frames.candidacy import _ENDED_OR_TALK
from natowatch.extract.frames.candidacy_checks import check_candidacy
from natowatch.extract.frames.rival_bid import UNMADE
from natowatch.extract.frames.vocab import Vocab

# the subject's own possessive before the bid ("his", "her"; "its" is a state's, "their" may be others')
# (a resolved "his"/"her" is the candidate's token: it must be the subject's own, `check_generic_candidacy`)
_OWN = r"(?:his|her|(?P<own>⟨C\d+⟩))\s+(?:own\s+)?"
# the words that set a clause around a campaign's time: "during", "throughout", "as part of", "since the start of"
_AROUND = (r"(?:during|throughout|in\s+the\s+course\s+of|as\s+part\s+of|(?:ever\s+)?since\s+(?:the\s+)?(?:start|launch|"
           r"beginning|outset|opening)\s+of|from\s+the\s+(?:start|launch|beginning|outset)\s+of)")


def rules(v: Vocab) -> list[Rule]:
    # what the gap between the subject and the predicate may not hold: a stance (someone else's on the bid), a relative
    # or a report with a subject of its own, the subject's possessive (its head noun is the subject then)
    stance = rf"(?:{v.sup_v}|{v.opp_v}|{v.sup_n}|{v.opp_n}|{v.sup_agents}|{v.opp_agents})(?![\w-])"
    # (nor a leaving: "announced the withdrawal of his candidacy" is the withdrawal alone)
    leaving = rf"(?:{v.withdraw}|{v.withdrawal_noun}|{v.bid_ended})(?![\w-])"
    # (a state, the organisation or its members may stand there as an object or a place: "visited Ankara as part of his
    # campaign"; a stance on the bid is kept out by its words)
    plain = rf"(?:(?!(?<![\w-])(?:{stance}|{leaving}|who|whom|whose|which)(?![\w-])){WP}|⟨[SO]\d+⟩)"
    gap = rf"(?!['’])(?:{plain}{{0,60}}?\s)??"
    # the verb before the bid: any word of the clause but one that ends, drops or withdraws it
    ending = rf"(?:{v.withdraw}|{v.bid_ended}|{v.reversal_verb}|{v.drop_v})(?![\w-])"
    verb = rf"(?P<verb>(?!{ending}|{stance})(?-i:[a-z][\w-]*)(?:\s+(?:off|up|out|on|in|forward|public|official))?)"
    # up to two words between the possessive and the noun, none another office's nor a hedge ("her presidential bid",
    # "his possible candidacy")
    # (no function word: "her wish to run" is a wish, its own frame's)
    mods = (rf"(?:(?!(?:{v.other_bid_mod}|{v.hedge}|to|of|for|and|or|but|that|in|on|at|by|with|from|not|no)(?![\w-]))"
            rf"(?-i:[a-z][\w-]*)\s+){{0,2}}?")
    noun = rf"(?P<noun>{v.cand_bid}|{v.effort_n})(?![\w-])"
    tail = r"(?=(?P<tail>[^;]{0,70}))"
    return [
        # "X kicked off her campaign for the post", "X on Monday unveiled his candidacy", "X made public her bid"
        Rule("generic_own_bid", "candidacy", _rx(
            rf"(?P<subj>{C})(?!['’])(?P<gap>{gap}{verb}\s+)(?<![\w-])(?P<trig>{_OWN}{mods}{noun}){tail}"),
             check_generic_candidacy, 0.6, traits=frozenset({"generic", "own_bid"})),
        # "X declared herself a candidate", "X presented himself as a contender for the post" (not "considers himself
        # a possible candidate": an assessing word between; the check's "assessable")
        Rule("generic_self_named", "candidacy", _rx(
            rf"(?P<subj>{C})(?!['’])(?P<gap>{gap}{verb}\s+)(?<![\w-])(?P<trig>(?:him|her|them)sel(?:f|ves))\s+(?:as\s+)?"
            rf"(?:(?:a|an|the)\s+)?(?:(?-i:[a-z][\w-]*)\s+){{0,2}}?(?P<noun>{v.cand_n})(?![\w-]){tail}"),
             check_generic_candidacy, 0.6, traits=frozenset({"generic", "assessable"})),
        # "During her campaign, X visited 40 countries", "As part of his bid for the post, X ...": the fronted phrase's
        # bid is the main clause's subject's
        Rule("generic_fronted_own_bid", "candidacy", _rx(
            rf"^\W*(?P<trig>(?:{_AROUND}|for|on)\s+{_OWN}{mods}{noun})"
            rf"(?P<tail>(?:[^⟨⟩;,]|⟨P\d+⟩){{0,50}}?),\s*{ADJ}(?P<subj>{C})(?!['’])"),
             check_generic_candidacy, 0.55, agent="trig", traits=frozenset({"generic", "own_bid"})),
        # "X visited Nairobi as part of her campaign", "X toured Africa during his bid for the post"
        Rule("generic_trailing_own_bid", "candidacy", _rx(
            rf"(?P<subj>{C})(?!['’])(?P<gap>{gap})(?<![\w-])(?P<trig>{_AROUND}\s+{_OWN}{mods}{noun}){tail}"),
             check_generic_candidacy, 0.55, traits=frozenset({"generic", "own_bid"})),
    ]


def check_generic_candidacy(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The specific check (candidacy_checks.check_candidacy) over the wide match, with the words before the predicate
    read as its gap; the bid is the subject's own only where the possessive agrees with nothing else named between
    (no other candidate there: the pattern's gap holds none)."""
    subj = _group(m, ctx, "subj")
    if subj is None or _span(m, "gap") and _PREPOSITION_ALONE.fullmatch(m.group("gap")):
        return      # "X on his bid for the post" (a heading: what X speaks on), not a verb of X's
    own = _group(m, ctx, "own") if _span(m, "own") else None
    word = re.search(r"\b(his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:" + _grammar(ctx).bid_noun.pattern + ")", m.group("trig"), re.I) \
        if own is None and _span(m, "trig") else None
    said = {"his": "he", "her": "she"}.get(word.group(1).lower()) if word else None
    if said and any((c := ctx.gazetteer.story.candidate(x)) is not None and c.pronoun and c.pronoun != said for x in subj.values):
        return      # "Since the launch of his bid, Kallas ...": the possessive is not the subject's
    if own is not None and (not set(own.values) <= set(subj.values)
                            or any(x.form != "possessive-pronoun" for x in own.mentions)):
        return      # "her" another candidate's bid; "she wants to run": a subject, not the bid's owner
    if _span(m, "tail") and (_grammar(ctx).bid_ended_after.match(m.group("tail")) or _ENDED_AFTER.match(m.group("tail"))
                             or _REFERENCE_OF_OTHER.match(m.group("tail"))):
        return      # "said his bid was over", "his bid remains dead": told only as ended or talked of; "continued his
        # campaign of inspections": another effort
    if "own_bid" in rule.traits and _span(m, "noun") and _unstated_after(ctx, m.end("noun")):
        return      # "said her campaign could be launched in May": the bid's own predicate leaves it unstated
    if _grammar(ctx).noun_object_of.search(ctx.shape.text, max(0, m.start("subj") - 90), m.start("subj")) and not re.search(
            r"[,;:]\s*$", ctx.shape.text[max(0, m.start("subj") - 3):m.start("subj")]):
        return      # "Slovakia's support for X is sought by his campaign": the object of a stance, not said to run
    if _span(m, "gap") and (UNMADE.search(m.group("gap")) or _SILENT.search(m.group("gap"))):
        return      # "played down rumours of his bid", "hinted at her candidacy", "has said nothing about her bid"
    if _span(m, "gap") and _grammar_withdrawn(ctx, m.group("gap")):
        return      # "X withdrew and ended her campaign": the bid told only as withdrawn
    yield from check_candidacy(rule, m, ctx)


# the bid as the subject of a copula telling it ended or only talked of ("his bid remains over", "her candidacy stays a
# rumour"; candidacy.py's words of a bid that does not last)
_ENDED_AFTER = re.compile(r"\s+(?:is|was|are|were|remains|remained|stays|stayed|has\s+been|had\s+been|seems|looks)\s+"
                          r"(?:(?:still|now|only|just|merely|effectively|all\s+but)\s+)?" + _ENDED_OR_TALK + r"\b", re.I)
# a preposition as the only word between the subject and the bid: no verb of the subject's
_PREPOSITION_ALONE = re.compile(r"\s*(?:on|about|over|of|for|to|in|at|with|from|after|before|during|by)\s+", re.I)
# a report of nothing: "has said nothing about her bid", "revealed little of his campaign"
_SILENT = re.compile(r"\b(?:nothing|little)\b", re.I)


def _grammar_withdrawn(ctx: Context, gap: str) -> bool:
    """A withdrawal told in the gap ("pulled out of the race, closing her campaign")."""
    return ctx.grammar.withdrawing.search(gap) is not None
