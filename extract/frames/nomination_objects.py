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

from natowatch.extract.frames.base import ADJ, C, P, Rule, S, WP, _rx
from natowatch.extract.frames.candidacy_checks import check_candidacy
from natowatch.extract.frames.stance_checks import check_actor_verb
from natowatch.extract.frames.vocab import Vocab

# the modifiers of a nomination noun: "the official nomination", "a joint candidacy"
_MODIFIER = r"(?:(?:official|formal|joint|new)\s+)?"
# what the nomination is for, between the name and the relative: "the candidacy of X to the post of Secretary-General,"
_FOR_POST = rf"(?:\s+(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{P}(?:\s+of\s+(?:the\s+)?{P})?)?"
# the relative's opening and its state: "that S", ", which S and T"
_RELATIVE = rf"\s*,?\s+(?:that|which)\s+(?:the\s+)?(?:(?:government|governments|administration)\s+of\s+(?:the\s+)?)?(?P<actor>{S})"
# what may follow the relative's verb: the clause's end, a time, a manner or what it is for
_TAIL = (r"(?=(?P<tail>\s*(?:[,.;)]|$|(?:on|in|last|this|since|for|as|early|late|earlier|later|recently|just|jointly|"
         r"formally|officially|together|to|at|with|before|after)\b)[^;]{0,60}))")


def rules(v: Vocab) -> list[Rule]:
    nouns = rf"(?:{v.cand_bid}|{v.nomination_n})"
    acts = rf"(?:{v.nominate}|{v.declare})"
    verb = rf"(?P<gap>{WP}{{0,30}}?)(?<![\w-])(?P<trig>{acts}){_TAIL}"
    traits = frozenset({"nomination"})
    R = Rule
    return [
        # "X accepted the nomination that S presented": the candidate receiving it owns it
        R("candidacy_accepted_nomination_relative", "candidacy", _rx(
            rf"(?P<subj>{C})\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:{v.nomination_accepting})\s+(?:the|a)\s+{_MODIFIER}"
            rf"(?P<noun>{nouns}){_RELATIVE}{verb}"),
          check_candidacy, 0.75, traits=traits),
        # "the candidacy of X to the post of Secretary-General, which S presented"
        R("candidacy_nomination_of_relative", "candidacy", _rx(
            rf"(?<![\w-])(?:the|a)\s+{_MODIFIER}(?P<noun>{nouns})\s+of\s+{ADJ}(?P<subj>{C}){_FOR_POST}{_RELATIVE}{verb}"),
          check_candidacy, 0.75, traits=traits),
        # "X's nomination, which S formalised", "her candidacy, which S presented in March"
        R("candidacy_owned_nomination_relative", "candidacy", _rx(
            rf"(?P<subj>{C})(?:['’]s?)?\s+{_MODIFIER}(?P<noun>{nouns}){_FOR_POST}{_RELATIVE}{verb}"),
          check_candidacy, 0.75, traits=traits),
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
