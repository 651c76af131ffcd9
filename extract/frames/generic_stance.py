"""A recall-first frame of stances (endorsement, opposition): a few wide rules, read after every specific family.

A clause that holds an actor (a state or the organisation), a stance predicate of the lexicon (the verbs, nouns and
multiword forms the specific rules read, from the same Vocab pieces) and a candidate states the stance unless the
scope layer blocks it. The shapes are those of frames/stance.py, widened where a reporter sets plain words the specific
shapes do not take:

- active: ACTOR ... PREDICATE [adverbials, a time, a prepositional phrase or an aside] CANDIDATE ("A, after weeks of
  hesitation, finally came down in the end on the side of X", "A threw its weight in recent days behind X");
- giving: ACTOR ... GIVE [up to four words] NOUN [adverbials] (for|to|behind|of) CANDIDATE ("A has lent its full and
  unconditional support in recent days to X");
- passive: CANDIDATE ... AUX [an aside or adverbials] PARTICIPLE [adverbials] by ACTOR ("X, the former minister, was
  in the end backed by A", "X was, as expected, formally endorsed on Monday by A");
- nominal: ACTOR's [up to five modifiers] NOUN (for|of|behind|to) CANDIDATE ("A's long-awaited and unambiguous
  backing for X").

What blocks a finding is what blocks the specific rules': each shape runs the check of its specific twin
(stance_checks: the scope assessment of base._assess and scope.py, the refusal and the not-yet, the qualifiers of
the post, the nouns of another matter). The words the wide slot takes are plain: no mention, no clause boundary or
clause word, nothing scope reads (a negation, a modal, a condition, a report, a doubt: `InsertReader.scoped`), so the
checks' gap stays what it judges. The findings are named generic_* and carry a lower confidence; a specific rule's
pattern that matched the same predicate decided that predicate, event or none, and the generic one adds nothing there
(events.py, `GENERIC` trait). Pure: no I/O."""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.frames.base import A, AGG, C, TITLE, WP, Context, Finding, Rule, _assess, _grammar, _rx, _span
from natowatch.extract.frames.stance import STANDING, STANDING_ADVERBS, noun_modifier
from natowatch.extract.frames.stance_checks import check_actor_verb, check_nominal, check_passive, check_refusal_noun
from natowatch.extract.frames.vocab import Vocab

# the trait that marks a generic rule (events.py: a predicate a specific rule matched is not read by it)
GENERIC = "generic"

# a preposition opening an adverbial phrase between a predicate and its object ("in the end", "after weeks of
# hesitation", "at the summit", "on Monday"): not one that takes the candidate as the predicate's own object ("for",
# "to", "of", "by", "behind", "against")
_PREP = r"(?:in|on|at|after|during|since|over|with|without|following|throughout|until|amid|amidst|despite|before|within|upon|under|from)"
# a word of such a phrase: no mention, no determiner or preposition that would leave the phrase open at its end
_OPEN_END = (r"(?:of|to|for|by|with|on|in|at|from|behind|against|about|the|a|an|its|their|his|her|this|that|these|those|"
             r"and|or|but|nor|who|whom|whose|which|than|as)")
_WORD = r"(?-i:[A-Za-z])[\w'’-]*"
_PHRASE = (rf"\s+{_PREP}\s+(?:(?:the|a|an|its|their|this|that|last|recent|weeks|months|days)\s+)?"
           rf"(?:{_WORD}\s+){{0,3}}?(?!{_OPEN_END}(?![\w'’-])){_WORD}")
_ADVERB = r"\s+(?:(?-i:[a-z]{2,}ly)|now|finally|also|still|then|again|already|once\s+more|too|today|yesterday|at\s+last|after\s+all)(?![\w'’-])"
_WHEN = r"\s+(?:last|this|next|early|late)\s+(?:week|month|year|weekend|spring|summer|autumn|winter|(?-i:[A-Z])[a-z]+day)(?![\w'’-])"
_ASIDE = r"\s*(?:,[^,;:()⟨⟩\"“”.]{2,60},|\s-{1,2}\s[^-,;:()⟨⟩\"“”.]{2,60}\s-{1,2}|\s[–—][^–—,;:()⟨⟩\"“”.]{2,60}[–—])"
# the plain words between a predicate and its object: one to four adverbials, at most 90 characters (read by _plain)
MID = rf"(?P<mid>(?:{_ADVERB}|{_WHEN}|{_PHRASE}|{_ASIDE}){{1,4}})"
# the same before a passive's participle, after its auxiliary ("was, as expected, formally endorsed")
_MID0 = rf"(?P<mid0>(?:{_ADVERB}|{_WHEN}|{_PHRASE}|{_ASIDE}){{1,4}})"
_MID_MAX = 90
# a gerund or participle in a wide slot: a predicate of its own ("Turkey held back from backing X")
_VERB_IN_SLOT = re.compile(r"(?<![\w-])(?-i:[a-z]{2,}ing)(?![\w-])")
# a relative pronoun on a noun of the gap right before the predicate (its auxiliaries and adverbs between): the
# relative clause is that noun's, not the actor's (a relative on the actor itself opens the gap: "A, which has ...")
_OWN_RELATIVE = re.compile(r"\S\s*,?\s+(?:that|which|who)\s+(?:(?:has|have|had|is|are|was|were|been|will|would|also|now|"
                           r"already|long|(?-i:[a-z]+ly))\s+)*$", re.I)
# an adverb before or after a verb of arriving: "has since come from", "came only later from"
_SINCE = r"(?:(?:since|also|now|already|then|later|finally|(?-i:[a-z]{2,}ly))\s+)?"
# the words between the actor and the predicate: wider than the specific rules' 90 characters
_GAP = 180


def _plain(rule: Rule, m: re.Match, ctx: Context) -> bool:
    """The words the wide slots took are plain: bounded, no clause word, and scope finds in them nothing that
    changes the stance (the same assessment as the predicate's: base._assess with those words as its gap; a negation,
    a modal, a condition, a report, a doubt, a tentative word leave the finding to the specific rules)."""
    inserts = _grammar(ctx).inserts
    if _span(m, "gap") and _OWN_RELATIVE.search(m.group("gap")):
        return False    # "..., becoming the second ally to break with the majority that has lined up behind X": the
        #                 relative clause on another noun owns the predicate
    agent = "actor" if _span(m, "actor") and (_span(m, "subj") is None or m.start("actor") < m.start("subj")) else "subj"
    for name in ("mid", "mid0", "mods"):
        span = _span(m, name)
        if span is None or not m.group(name).strip():
            continue
        words = m.group(name)
        if len(words) > _MID_MAX or inserts.clause.search(words) or _VERB_IN_SLOT.search(words):
            return False    # (a verb's -ing form is a predicate of its own: "held back from backing X")
        verdict = _assess(ctx, m, agent, gap=words)
        if verdict.blocked or verdict.refusal or verdict.status != "confirmed":
            return False
    return True


def _generic(check):
    """A specific rule's check behind the generic frame's own test of its wide slots."""
    def run(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
        if not _plain(rule, m, ctx):
            return
        yield from check(rule, m, ctx)
    run.__name__ = f"generic_{check.__name__}"
    return run


check_generic_actor_verb = _generic(check_actor_verb)
check_generic_passive = _generic(check_passive)
check_generic_nominal = _generic(check_nominal)


def rules(v: Vocab) -> list[Rule]:
    obj, aux, adv = v.obj, v.aux, v.adv
    traits = frozenset({GENERIC})
    verb_traits = frozenset({GENERIC, "verb_only"})
    noun_traits = frozenset({GENERIC, "noun_phrase"})
    # (a passive's agents coordinated by "both": "was endorsed by both A and B")
    agent = rf"{v.by}(?:both\s+)?{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"
    # the object fronted in a relative clause on the candidate, by their bid: "X, whose candidacy A backs," (the clause
    # ends after the verb)
    whose = (rf"(?P<subj>{C})\s*,\s*whose\s+(?:[\w-]+\s+)?{v.bidn}\s+(?:the\s+)?(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])"
             rf"(?P<trig>%s)(?=(?:\s+\w+ly)?\s*(?:[,.;]|$|(?:on|in|last|this|since|from|early|late)\b))")
    R = Rule
    out = []
    # each stance with its verbs, participles, nouns and the prepositions its nouns take before the candidate
    for side, etype, verbs, participles, nouns, to, negative in (
            ("endorse", "endorsement", v.sup_v, v.sup_pp, v.sup_n, "for|to|behind|of", False),
            ("oppose", "opposition", v.opp_v, v.opp_pp, v.opp_n, "to|against|of|on", True)):
        out += [
            # active: ACTOR ... PREDICATE, plain words, CANDIDATE
            R(f"generic_{side}_active", etype, _rx(
                rf"(?P<actor>{A})(?P<gap>{WP}{{0,{_GAP}}}?)(?<![\w-])(?P<trig>{verbs})[\"”'’]?(?:{MID}[\"”'’]?)?\s+{obj}"),
              check_generic_actor_verb, 0.6, traits=verb_traits),
            # giving: ACTOR ... GIVE [words] NOUN [plain words] (for|to|...) CANDIDATE
            R(f"generic_{side}_giving", etype, _rx(
                rf"(?P<actor>{A})(?P<gap>{WP}{{0,{_GAP}}}?)(?<![\w-])(?P<give>{v.give})\s+(?:(?:its|their|his|her|the|a|an)\s+)?"
                rf"(?P<mods>(?:[\w-]+,?\s+){{0,4}}?)(?P<trig>{nouns})(?![\w-])(?:{MID})?\s+(?:{to})\s+{obj}"),
              check_generic_actor_verb, 0.6, traits=traits),
            # passive: CANDIDATE ... AUX [plain words] PARTICIPLE [plain words] by ACTOR
            R(f"generic_{side}_passive", etype, _rx(
                rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-]){aux}(?:{_MID0})?\s+{adv}(?P<trig>{participles})(?:{MID})?\s+{agent}"),
              check_generic_passive, 0.6, traits=traits),
            R(f"generic_{side}_whose", etype, _rx(whose % verbs), check_actor_verb, 0.6, traits=traits),
            # nominal: ACTOR's [modifiers] NOUN (for|to|...) CANDIDATE
            R(f"generic_{side}_nominal", etype, _rx(
                rf"(?P<actor>{A})['’]s?\s+(?P<mods>{noun_modifier(v, 4, negative=negative)})(?P<trig>{nouns})\s+(?:{to})\s+{obj}"),
              check_generic_actor_verb, 0.6, traits=noun_traits),
        ]
    return out + [
        # standing after any form of "be": "has long been behind X", "is said to be firmly behind Y"
        R("generic_endorse_standing", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?:is|are|was|were|be|been|being|remains?|remained|stands?|stood)\s+"
            rf"{STANDING_ADVERBS}(?P<trig>{STANDING})\s+{obj}"),
          check_actor_verb, 0.6, traits=traits),
        # a stance noun whose giver it came from: "Support for X has since come from A"
        R("generic_endorse_came_from", "endorsement", _rx(
            rf"(?<![\w-])(?P<trig>{v.sup_n})\s+(?:for|behind)\s+{obj}(?:['’]s?)?(?:\s+{v.bidn})?\s+(?:(?:has|have|had)\s+)?"
            rf"{_SINCE}(?:come|came|comes|arrived|poured\s+in)\s+{_SINCE}from\s+(?:the\s+)?(?:both\s+)?{TITLE}(?P<actor>{A})"),
          check_generic_nominal, 0.6, traits=traits),
        # a refusal noun its giver modifies with no possessive: "a U.S. refusal to back X", "the Hungarian decision not
        # to support Y" (oppose_refusal_noun reads the possessive)
        R("generic_oppose_refusal_noun", "opposition", _rx(
            rf"(?P<actor>{A})\s+(?P<trig>{v.refusal_n})\s+to\s+(?:{v.sup_v})\s+{obj}"),
          check_refusal_noun, 0.6, traits=noun_traits),
    ]
