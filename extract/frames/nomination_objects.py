"""A nomination or a bid as the object of a relative clause whose subject is the state acting on it: the noun owned by
the candidate, the state after it.

- "X accepted the nomination that S presented", "X welcomed the candidacy which S and T submitted in March": the
  candidate receiving the nomination (the lexicon's candidacy.nomination_accepting_verbs) owns it;
- "the candidacy of X to the post of Secretary-General, which S presented", "X's nomination, which S formalised,": the
  noun owned by the name ("of X", "X's"; "her nomination, which S presented" after her name);
- "the nomination that S and T presented jointly": one nomination, each state in the relative a nominator;
  each gives the candidacy and the backing of each state (the guide: nomination = candidacy + endorsement), read by the
  candidacy check as every told nomination (frames/candidacy_nominated.py);
- "X, whose bid S has championed, leads", "X, whose candidacy S opposes": a stance verb on the bid the name owns, the
  relative's state its actor (as "X, whom S backs": stance.py endorse_relative).

Not: a nomination no state presented ("a nomination that no state has presented": no state in the relative), one to
come or only possible ("the nomination that S may present", "that S is expected to present": scope), a nomination owned
by no candidate ("the nomination that S presented was for the rights post"), a noun of another thing ("accepted the
invitation that S presented").
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from natowatch.extract.frames.base import A, ADJ, C, P, Context, Finding, Rule, S, TITLE, W, WP, _group, _rx
from natowatch.extract.frames.candidacy_checks import check_candidacy
from natowatch.extract.frames.focus import check_focus
from natowatch.extract.frames.stance_checks import check_actor_verb
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.lexicon import cardinals

# the modifiers of a nomination noun: "the official nomination", "a joint candidacy"
_MODIFIER = r"(?:(?:official|formal|joint|new)\s+)?"
# what the nomination is for, between the name and the relative: "the candidacy of X to the post of Secretary-General,"
_FOR_POST = rf"(?:\s+(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{P}(?:\s+of\s+(?:the\s+)?{P})?)?"
# the relative's opening and its state: "that S", ", which S and T"
_RELATIVE = rf"\s*,?\s+(?:that|which)\s+(?:the\s+)?(?:(?:government|governments|administration)\s+of\s+(?:the\s+)?)?(?P<actor>{S})"
# what may follow the relative's verb: the clause's end, a time, a manner or what it is for
_TAIL = (r"(?=(?P<tail>\s*(?:[,.;)]|$|(?:on|in|last|this|since|for|as|early|late|earlier|later|recently|just|jointly|"
         r"formally|officially|together|to|at|with|before|after)\b)[^;]{0,60}))")


# the candidates' own states as the agent of a plural passive: "by their governments", "by their respective home
# countries", "by their own capitals"
_OWN_STATES = r"(?:their|its)\s+(?:(?:own|respective|home|national)\s+)*(?:governments|countries|states|nations|capitals)(?![\w-])"


# a preposition governing the noun phrase: the relative may be its head's ("the United States' opposition to her
# candidacy, which Washington made public": the opposition made public, not the candidacy)
_GOVERNED = re.compile(r"(?:\b(?:to|for|of|on|against|behind|with|from|towards|over|about)|⟨[A-Z]\d+⟩['’]s?)\s+$", re.I)


def check_relative_nomination(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The candidacy and each state's backing of a nomination the relative's state made, when the nomination's noun
    phrase is no preposition's object (the relative then may be of the noun before it)."""
    if _GOVERNED.search(ctx.shape.text, max(0, m.start() - 30), m.start()):
        return
    yield from check_candidacy(rule, m, ctx)


def check_told_own_decision(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"A and B have informed T of their decision to co-sponsor X's candidacy": the possessive of the decision is the
    tellers' own (every state of the subject, where the anaphor stands for one of them alone)."""
    own = _group(m, ctx, "own")
    if own is None or not all(x.form == "anaphor" for x in own.mentions):
        return      # "informed T of S's decision": S's, read by the verb's own rule
    yield from check_candidacy(rule, m, ctx)


def check_own_governments(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"A and B have been formally presented by their governments": each candidate's candidacy, and the backing of each
    one's own state (the story's or the article's state of the person), paired."""
    homes = {c: s for s, cs in ctx.gazetteer.states_with_candidates.items() for c in cs}
    for found in check_candidacy(rule, m, ctx):
        yield found
        if found.type != "candidacy":
            continue
        for person in found.subjects:
            if homes.get(person):
                yield replace(found, type="endorsement", subjects=(person,), actors=(homes[person],),
                              marks=list(found.marks), roles=list(found.roles))


def _nomination_in_scope(ctx: Context) -> bool:
    """The candidate in focus was put forward by a state in this sentence or the two before: the nomination a
    co-sponsor's noun or a co-signed letter is part of ("S nominated X in March. T and U co-signed the letter.")."""
    return any(ctx.index - 2 <= n <= ctx.index and t == "candidacy" and subject == ctx.focus and actor is not None
               for n, t, subject, actor, _ in ctx.stances[-20:])


def check_cosponsor(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A state co-signing the letter or named a co-sponsor, its object left out: the candidate in focus, whose
    nomination by a state the article told just before."""
    if ctx.focus is None or not _nomination_in_scope(ctx):
        return
    yield from check_focus(rule, m, ctx)


def rules(v: Vocab) -> list[Rule]:
    nouns = rf"(?:{v.cand_bid}|{v.nomination_n})"
    acts = rf"(?:{v.nominate}|{v.declare})"
    verb = rf"(?P<gap>{WP}{{0,30}}?)(?<![\w-])(?P<trig>{acts}){_TAIL}"
    traits = frozenset({"nomination"})
    # the nouns of those who co-sponsor a nomination, and of the states doing it ("the sponsoring states")
    sponsors = (rf"(?:{v.sup_agents}|(?:co-?)?sponsoring\s+(?:states|countries|governments|nations|capitals)|"
                rf"states\s+(?:co-?)?sponsoring\s+(?:the|this|that|her|his)\s+(?:{nouns}))")
    # the text that carries the nomination, after a determiner: "the letter", "the joint nomination letter"
    document = rf"(?:the|this|that)\s+(?:(?:joint|nomination|official|formal)\s+){{0,2}}(?:{v.document_n}|papers)(?![\w-])"
    R = Rule
    return [
        # "Chile and Brazil submitted a joint nomination of X", "S made the formal nomination of X", "S lodged the
        # candidacy of X": a state's verb of making a bid known, the nomination of the person its object
        R("candidacy_declared_nomination_of", "candidacy", _rx(
            rf"(?P<actor>{S})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{v.declare})\s+(?:a|an|the|its|their)\s+{_MODIFIER}"
            rf"(?P<noun>{v.nomination_n}|candidacy|candidature)\s+of\s+{ADJ}(?P<subj>{C})(?![\w'’-])(?=(?P<tail>[^;]{{0,60}}))"),
          check_relative_nomination, 0.75, traits=traits),
        # "Mauritania and Ghana have informed Dakar of their decision to co-sponsor her candidacy": the tellers decided
        R("candidacy_told_own_decision", "candidacy", _rx(
            rf"(?P<actor>{S})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:{v.informing})\s+(?:the\s+)?(?:{S}|(?:[^⟨⟩;,]|⟨[OP]\d+⟩){{1,40}}?)\s+"
            rf"(?:of|about)\s+(?P<own>{S})\s+(?:{v.decision_n})\s+to\s+(?:(?:formally|jointly|officially)\s+)?"
            rf"(?P<trig>{v.nominate})\s+{v.nom_obj}(?=(?P<tail>[^;]{{0,60}}))"),
          check_told_own_decision, 0.75, traits=traits),
        # "Bachelet and Grossi have been formally presented by their governments": each by their own state
        R("candidacy_nominated_by_own_states", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,50}}?)(?<![\w-]){v.aux}\s+{v.adv}(?P<trig>{v.nominate})\s+"
            rf"(?P<tail>(?:(?:jointly|formally|officially)\s+)?by\s+(?P<group>{_OWN_STATES})[^;]{{0,40}})"),
          check_own_governments, 0.75, traits=traits),
        # "S nominated X in March. T and U co-signed the letter.": signing the nomination's text with its maker
        R("focus_cosigned_document", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{W}{{0,40}}?)(?<![\w-])(?P<trig>co-?sign(?:s|ed|ing)?|countersign(?:s|ed|ing)?|"
            rf"add(?:s|ed|ing)?\s+(?:its|their)\s+(?:own\s+)?names?\s+to|sign(?:s|ed|ing)?\s+on\s*to)\s+{document}"
            rf"(?!\s+(?:on|about|over|against|to|calling|urging)\b)"),
          check_cosponsor, 0.6, agent="actor", traits=frozenset({"focus"})),
        # "The co-sponsors were Ecuador and Panama.", "Its sponsoring states are A, B and C.", "Sponsors: A and B"
        R("focus_cosponsors_named", "endorsement", _rx(
            rf"^\W*(?:(?:the|its|her|his|their)\s+)?(?:(?:other|{cardinals(2, 6)}|main|fellow)\s+)?(?P<trig>{sponsors})"
            rf"(?:\s+(?:of|for)\s+(?:the|this|that|her|his)\s+(?:(?:official|formal|joint)\s+)?(?:{nouns}))?"
            rf"(?:\s*:\s*|\s+(?:are|were|include|included|being|have\s+been)\s+(?:so\s+far\s+)?:?\s*)(?:the\s+)?{TITLE}(?P<actor>{A})"
            rf"(?=\s*(?:[;.]|$|,\s+(?:which|who|both|all|each|while|and\s+(?:the|its|her|his))\b))"),
          check_cosponsor, 0.6, agent="actor", traits=frozenset({"focus"})),
        # "Ecuador and Panama are co-sponsors.", "Peru was among its sponsoring states."
        R("focus_states_are_cosponsors", "endorsement", _rx(
            rf"(?P<actor>{A})\s+(?P<gap>(?:(?:has|have|had)\s+been|are|is|were|was|became|become)\s+(?:also\s+|now\s+)?"
            rf"(?:among\s+)?)(?:(?:the|its|her|his|their)\s+)?(?:(?:other|main|fellow|first|{cardinals(2, 4)})\s+)?"
            rf"(?:an?\s+)?(?P<trig>{sponsors})(?=\s*(?:[;.]|$)|\s+(?:of|for)\s+(?:the|this|that|her|his)\s+(?:(?:official|formal|joint)\s+)?"
            rf"(?:{nouns})\s*(?:[;.,]|$))"),
          check_cosponsor, 0.6, agent="actor", traits=frozenset({"focus"})),
        # "X accepted the nomination that S presented": the candidate receiving it owns it
        R("candidacy_accepted_nomination_relative", "candidacy", _rx(
            rf"(?P<subj>{C})\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:{v.nomination_accepting})\s+(?:the|a)\s+{_MODIFIER}"
            rf"(?P<noun>{nouns}){_RELATIVE}{verb}"),
          check_candidacy, 0.75, traits=traits),
        # "the candidacy of X to the post of Secretary-General, which S presented"
        R("candidacy_nomination_of_relative", "candidacy", _rx(
            rf"(?<![\w-])(?:the|a)\s+{_MODIFIER}(?P<noun>{nouns})\s+of\s+{ADJ}(?P<subj>{C}){_FOR_POST}{_RELATIVE}{verb}"),
          check_relative_nomination, 0.75, traits=traits),
        # "X's nomination, which S formalised", "her candidacy, which S presented in March"
        R("candidacy_owned_nomination_relative", "candidacy", _rx(
            rf"(?P<subj>{C})(?:['’]s?)?\s+{_MODIFIER}(?P<noun>{nouns}){_FOR_POST}{_RELATIVE}{verb}"),
          check_relative_nomination, 0.75, traits=traits),
        # "X, whose bid S has championed, leads": a stance on the bid the name owns
        R("endorse_whose_bid_relative", "endorsement", _rx(
            rf"(?P<subj>{C}),?\s+whose\s+{_MODIFIER}(?:{nouns})\s+(?:the\s+)?(?P<actor>{S})(?P<gap>{WP}{{0,30}}?)(?<![\w-])"
            rf"(?P<trig>{v.sup_v})(?=(?:\s+\w+ly)?\s*(?:[,.;]|$|(?:on|in|last|this|since|from|early|late)\b))"),
          check_actor_verb, 0.75, traits=frozenset({"possessed_object"})),
        R("oppose_whose_bid_relative", "opposition", _rx(
            rf"(?P<subj>{C}),?\s+whose\s+{_MODIFIER}(?:{nouns})\s+(?:the\s+)?(?P<actor>{S})(?P<gap>{WP}{{0,30}}?)(?<![\w-])"
            rf"(?P<trig>{v.opp_v})(?=(?:\s+\w+ly)?\s*(?:[,.;]|$|(?:on|in|last|this|since|from|early|late)\b))"),
          check_actor_verb, 0.75, traits=frozenset({"possessed_object"})),
    ]
