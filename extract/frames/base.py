"""The frames' shared parts: shape tokens, Finding, Context, Rule, Vocab and role helpers.

Every rule is a `Rule` with a name (reported in Event.rule), the event type,
a pattern built from lexicon word lists and one of a few named checks. Groups
in a pattern: `subj` (the candidate), `actor`/`actor2` (states or NATO),
`trig` (the trigger), `gap` (words between agent and trigger, judged by
scope.py), `tail` (words after the trigger that must name the post).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from natowatch.extract.clauses import Shape
from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.gazetteer import ORG, STATE, Gazetteer
from natowatch.extract.lexicon import Lexicon, bounded, trie_pattern, verb_forms
from natowatch.extract.scope import Scope
from natowatch.extract.text import fold

C = r"⟨C\d+⟩"
A = r"⟨[SO]\d+⟩"                 # an actor: a member state or the organisation
S = r"⟨S\d+⟩"
ORGS = r"⟨[OM]\d+⟩"              # the organisation or its members acting together
P = r"⟨P\d+⟩"
W = r"[^⟨⟩;]"                    # any character but a token or a semicolon
WP = r"(?:[^⟨⟩;]|⟨[PM]\d+⟩)"     # the same, the post and member groups allowed
# the race named as what a bid is for, before its noun: "his NATO bid", "her secretary-general campaign"
RACE_MOD = r"(?:⟨[OP]\d+⟩\s+)?"
# a group some of whose members are then named: "including France", "two permanent members, France and China",
# "a permanent member, which diplomats identified as Russia", "two members, which according to diplomats were ..."
AGG = (r"(?:(?:[^⟨⟩;]|⟨[MO]\d+⟩){0,60}?\b(?:including|such\s+as|notably|among\s+them|led\s+by|like|especially|in\s+particular|namely|chiefly|above\s+all|"
       r"(?:a|one|two|three|four|five|both|several)\s+(?:[\w-]+\s+){0,2}?(?:members?|states?|countries|powers|governments|allies|capitals|veto[- ]holders?),)\s+|"
       # (a relative clause naming them may come after the group's own phrase: "two members in the polls of
       # September, which diplomats identified as ...")
       r"(?:[^⟨⟩;]|⟨[MO]\d+⟩){0,90}?,\s*(?:(?:which|who|whom),?\s+(?:(?!(?:not|never|no)\b)[\w-]+\s+){1,3}?(?:identified|named|described)\s+as|"
       r"(?:which|who),?\s+according\s+to\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:were|was|are|is))\s+)?")
# roles and honorifics before a name: "former Prime Minister Rutte", "Mr. Rutte"
# a leader's title before a state's person: "the backing of Prime Minister Rishi Sunak"
# the candidate's own state: "backed by his native Argentina", "the support of her own Chile"
TITLE = (r"(?:(?:his|her|their)\s+(?:own\s+)?(?:native|home)\s+|(?:his|her|their)\s+own\s+)?"
         # "the support of the government of Javier Milei"
         r"(?:(?:government|administration|cabinet)\s+of\s+(?:the\s+)?)?"
         r"(?:(?:prime\s+minister|president|chancellor|premier|foreign\s+minister|king)\s+)?")
ADJ = (r"(?:the\s+(?=(?:outgoing|incumbent|former|current|caretaker|acting)\b))?(?:(?:outgoing|incumbent|former|current|caretaker|acting|mr|mrs|ms|dr|sir|pm|president|"
       r"prime\s+minister|premier|foreign\s+minister)\.?\s+)*")


# words that make a "candidate" label hypothetical: "a possible candidate", "was floated as a candidate"


@dataclass
class Finding:
    """An event read from one sentence, before it becomes an Event."""

    type: str
    subjects: tuple[str, ...]
    actors: tuple[str | None, ...]
    status: str
    confidence: float
    rule: str
    marks: list[tuple[int, int]] = field(default_factory=list)   # shape spans
    anchor: int = 0                                             # shape offset of the trigger
    roles: list[tuple[str, int, int]] = field(default_factory=list)     # (role, shape start, end) for --explain
    scope: str = ""             # the scope checks of the predicate, for --explain
    date_from: int = 0          # the shape offset its date may be read from (a second verb's own words)
    # kept only where the article states a candidacy of its subject ("ruled himself out": events.py)
    needs_candidacy: bool = False


@dataclass
class Context:
    """What a rule may look at besides its match."""

    shape: Shape
    is_title: bool
    race_article: bool          # the article names the post: "the job" means the post
    gazetteer: Gazetteer
    scope: Scope
    # whether the sentence names a day ("on Tuesday, October 1"): asked of the sentence's dates only
    # when a check needs to know (finding them costs more than most sentences' rules)
    day_date: Callable[[], bool]
    focus: str | None = None    # the candidate the article is talking about when the sentence names none
    # (sentence, type, candidate) of every stance found so far, and this sentence's number:
    # "X followed suit" repeats the stance just stated
    stances: list[tuple[int, str, str, str, bool]] = field(default_factory=list)
    index: int = 0
    # the candidates the article has put in the race before this match: "would not seek it" ends such a bid
    running: set[str] = field(default_factory=set)
    sentence: str = ""          # the folded sentence the shape was made from (mention offsets point into it)
    grammar: Any = None         # the Grammar the rules come from (its shared compiled patterns)
    verdict: Any = None         # the last scope Assessment a check asked for (explained with its finding)
    # False when the post named last before this sentence is another body's: "the post" is that one
    reference_is_post: bool = True
    section: str | None = None  # the candidate an explainer's heading line named last
    # the candidates opening this sentence that a counted field just stated takes in ("Four candidates remain.
    # X topped both rounds.")
    field_members: tuple[str, ...] = ()
    # the candidates a roster listed in this sentence or the three before ("The declared candidates are X, Y and
    # Z. ... Each has been nominated by their government.")
    listed: tuple[str, ...] = ()
    # the candidate whose heading line opened the section, while the sentences since name no one else: an
    # explainer's labelled lines ("Backers: A, B") are about them
    sheet: str | None = None
    # the next sentence's opening words when they deny what this one tells ("The ministry denied this.")
    denied_next: str = ""


    @property
    def has_day_date(self) -> bool:
        """The sentence names a day ("on Tuesday, October 1")."""
        return self.day_date()


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    pattern: re.Pattern
    check: Callable[["Rule", re.Match, Context], Iterator[Finding]]
    confidence: float = 0.85
    # the role whose clause the scope is judged from when no actor comes before the predicate
    agent: str = "subj"
    # what the check asks of this frame beyond its match (a frame's property, never its name):
    # post_follows, verb_only, list, nomination, near, headline, by_org, chooses, post_in_verb,
    # post_in_sentence, race_implied, succession, not_possessed, focus (about the candidate in focus),
    # second_verb (the second of two verbs sharing the subject: dated by its own words),
    # nominal (a noun phrase that a modal or negation after it leaves unstated)
    traits: frozenset[str] = frozenset()
    # rules with an actor group only run on sentences that name a state or NATO (an optional
    # passive agent, "by Peru", is named `agent` instead)
    needs_actor: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "needs_actor", "(?P<actor>" in self.pattern.pattern)


def _idioms(lex: Lexicon, *path: str) -> tuple[str, str]:
    """The verbs (inflected) and the closing words of idioms that wrap their object ("gave the Chilean
    short shrift"): a lexicon mapping of verb lemma -> the words after the object."""
    table = lex.mapping(*path)
    irregular = lex.data.get("irregular_verbs") or {}
    return (bounded([f for verb in table for f in verb_forms(verb, irregular)]),
            bounded([tail for tails in table.values() for tail in tails]))


def _adverbed(phrases: list[str]) -> str:
    """bounded(phrases, adverbs=True), with a lookahead for the phrases' first words before it: that
    alternation lists every phrase (hundreds), and under IGNORECASE `re` enters each branch at every
    place a rule's lazy gap may end; the trie of their few dozen first words turns most places away
    at once (candidacy_running: a third of its cost). The same matches: every phrase starts with one."""
    firsts = {fold(p).strip().split()[0] for p in phrases if p and p.strip()}
    whole, before = bounded(phrases, True), r"(?<![\w'])"
    assert whole.startswith(before)
    return before + "(?=" + trie_pattern(firsts) + ")" + whole[len(before):] if firsts else whole


def _adverbed_phrasal(phrases: list[str]) -> str:
    """A verb list where an -ly adverb may stand inside its phrasal verbs ("came out publicly for", "spoke out
    strongly against"), as it may before a one-word verb's object; the one-word verbs as `bounded` reads them."""
    multi = [p for p in phrases if len(p.split()) > 1]
    one = [p for p in phrases if len(p.split()) == 1]
    return "(?:" + _adverbed(multi) + "|" + bounded(one) + ")" if multi else bounded(one)


def _rx(text: str) -> re.Pattern:
    return compiled_pattern(text, re.I)


class Vocab:
    """The pattern fragments of one lexicon that the frame families share: the concepts' word
    alternations (built by lexicon.py) and the shapes of an object, an auxiliary, an adverb."""

    def __init__(self, lex: Lexicon, incumbent: tuple[str, ...] = ()):
        # an explainer's labelled lines of stances ("Backers: A, B", "Against: C")
        self.sheet_backers = lex.alt("endorsement", "sheet_labels")
        self.sheet_opponents = lex.alt("opposition", "sheet_labels")
        self.bidn = lex.alt("bid_object_nouns")
        # words before a candidate noun that hedge it ("the possible candidate", "the presumed frontrunner")
        self.hedge = lex.alt("candidacy", "hedging_words")
        # "its own president, Klaus Iohannis": a role noun in apposition before the name
        # "its former foreign minister X", "the ex-president X", "the director of the IAEA X"
        # (or a bare label: "nominated veteran diplomat X", "backs former finance minister X")
        # (or a body's name before its head: "nominated UNCTAD head X", "backs IAEA chief X")
        self.role_app = (r"(?:(?:(?:the\s+)?(?:⟨X\d+⟩|(?-i:[A-Z][\w.&'’-]*))\s+){1,3}?(?:head|chief|boss)\s+|"
                         r"(?:(?:its|their|his|her|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?|(?-i:[a-z][\w-]*\s+){0,2}?)"
                         r"(?:ex-|(?-i:[a-z]+)-)?(?:" + lex.alt("person_nouns") + "|" + bounded(
                             # "backed a rival, X", "the main counter-candidate, X" (one person: no plural)
                             [w for w in lex.words("candidacy", "candidate_nouns") if not w.endswith("s")])
                    + r"|compatriot|countryman|countrywoman)(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w-]+|⟨[OX]\d+⟩))?,?\s+)?")
        self.obj = (r"(?:(?:the|a|an|its|their|both)\s+)?(?:(?:[\w-]+\s+){0,2}?" + self.bidn + r"\s+(?:of|by)\s+(?:[\w-]+\s+){0,3}?)?"
               + self.role_app + ADJ + r"(?P<subj>" + C + r")")
        # what a state nominates: the person, their bid, or their name ("submitted the name of X")
        self.name_n = lex.alt("candidacy", "name_nouns")
        self.nom_obj = self.obj.replace(self.bidn, "(?:" + self.bidn + "|" + self.name_n + ")", 1)
        self.sup_v = _adverbed_phrasal(lex.words("endorsement", "verbs"))
        self.assent_v = lex.alt("opposition", "assent_verbs")
        self.sup_n = lex.support_nouns()
        self.trust_n = lex.alt("endorsement", "trust_nouns")
        self.give = lex.alt("endorsement", "giving_verbs")
        self.recv = lex.alt("endorsement", "receiving_verbs")
        self.switch = lex.alt("endorsement", "switching_verbs")
        self.drop_v = lex.alt("endorsement", "dropping_verbs")
        self.keep_stance = lex.alt("endorsement", "keeping_verbs")
        self.review = lex.alt("endorsement", "reviewing_verbs")
        self.join = lex.alt("endorsement", "joining_verbs")
        self.thank = lex.alt("endorsement", "thanking_verbs")
        self.win_round = lex.alt("endorsement", "persuading_round_verbs")
        # the same verbs split by their object ("won Hungary over"): the verb forms, then the particles
        round_verbs, round_particles = lex.phrasal("endorsement", "persuading_round_verbs")
        self.win_round_split = (bounded(round_verbs), bounded(round_particles))
        self.sup_intransitive = lex.alt("endorsement", "intransitive_verbs")
        self.opp_intransitive = lex.alt("opposition", "intransitive_verbs")
        self.camp_n = lex.alt("endorsement", "camp_nouns")
        self.camp_v = lex.alt("endorsement", "camp_verbs")
        self.unmet = lex.alt("endorsement", "unmet_words")
        self.opp_v = _adverbed_phrasal(lex.words("opposition", "verbs"))
        self.opp_idiom, self.opp_idiom_tail = _idioms(lex, "opposition", "object_idioms")
        self.sup_idiom, self.sup_idiom_tail = _idioms(lex, "endorsement", "object_idioms")
        self.refused_idiom, self.refused_idiom_tail = _idioms(lex, "opposition", "refused_object_idioms")
        self.sup_pp = bounded(lex.participles("endorsement", "verbs"))
        self.opp_pp = bounded(lex.participles("opposition", "verbs"))
        # "the same support was expressed by": support given, in the passive
        self.give_pp = bounded(lex.participles("endorsement", "giving_verbs"))
        self.reaction_pp = bounded(lex.participles("candidacy", "reaction_verbs"))
        self.reversed_vote = lex.alt("opposition", "reversing_modifiers") + r"[\"”’']?\s+(?:votes?|" + lex.alt("opposition", "reversed_ballot_nouns") + ")"
        self.opp_n = lex.opposition_nouns()
        self.opp_act_n = lex.alt("opposition", "act_nouns")
        self.opp_agents = lex.alt("opposition", "agent_nouns")
        self.sup_agents = lex.alt("endorsement", "agent_nouns")
        # a state's act done for a candidate, up to the words that say for whom ("have written to the Council
        # in support of", "lobbied Biden on his behalf": the one addressed may stand between)
        act = r"(?P<actor>" + S + r")(?P<gap>(?:[^⟨⟩;]|⟨[PMO]\d+⟩){0,60}?%s(?:[^⟨⟩;]|⟨[PMOS]\d+⟩){0,60}?)(?<![\w-])"
        self.stated_act = act % lex.alt("endorsement", "statement_verbs")
        self.advocacy_act = act % lex.alt("endorsement", "advocacy_verbs")
        # "Peru joined as a co-sponsor": a state taking a supporter's place
        self.joined_as = (r"(?P<actor>" + A + r")(?P<gap>" + W + r"{0,30}?)(?<![\w-])(?P<trig>"
                          + lex.alt("endorsement", "enlisting_verbs") + r")\s+as\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+)?"
                          + lex.alt("endorsement", "agent_nouns"))
        self.refusal_n = lex.alt("opposition", "refusal_nouns")
        self.reversal_verb = lex.alt("opposition", "reversal_verbs")
        self.reversal_pp = bounded(lex.phrase_participles("opposition", "reversal_verbs"))
        self.reversal_n = lex.alt("opposition", "reversal_nouns")
        self.declare = lex.alt("candidacy", "declaring_verbs")
        self.cand_bid = lex.alt("candidacy", "bid_nouns")
        self.interest_verb = lex.alt("candidacy", "interest_verbs")
        self.interest = _adverbed(lex.words("candidacy", "interest_phrases") + [
            f"{verb} {owner}{noun}{tail}" for verb in lex.words("candidacy", "interest_verbs")
            for noun in lex.words("candidacy", "interest_nouns")
            for owner in ("", "an ", "his ", "her ") for tail in ("", " in")])
        self.running = _adverbed(lex.words("candidacy", "running_phrases") + lex.words("candidacy", "running_verbs"))
        self.run_alone = lex.alt("candidacy", "intransitive_verbs")
        self.cand_n = lex.alt("candidacy", "candidate_nouns")
        self.contest_v = lex.alt("candidacy", "contest_verbs")
        self.contested_bid_n = lex.alt("candidacy", "contested_bid_nouns")
        self.in_race_n = (lex.alt("candidacy", "in_race_nouns") + r"(?=\s+(?:(?:left|still|remaining)\s+)?(?:in|into)\s+"
                          r"(?:the\s+)?(?:race|running|contest|contention)\b)")
        self.rival_v = lex.alt("candidacy", "rival_verbs")
        self.facing_v = lex.alt("candidacy", "facing_verbs")
        self.field_n = lex.alt("candidacy", "field_nouns")
        self.ballot_result = lex.alt("candidacy", "ballot_result_verbs")
        # the rest of a clause about the candidate's place in the race ("is still in the race", "entered the
        # race in March", "remains a candidate", "is a candidate for the post", not "a candidate for the IAEA
        # board"), to which a trailing participle then refers
        self.in_race = (r"(?=[^⟨⟩,;]*?(?:" + lex.alt("candidacy", "race_nouns") + "|" + lex.alt("candidacy", "candidate_nouns")
                        + r"(?!\s+(?:for|in|at)\s+(?!(?:the\s+)?(?:[\w-]+\s+)?⟨P))|⟨P\d+⟩))")
        self.keeping = lex.alt("candidacy", "keeping_verbs", adverbs=True)
        self.kept_bid = lex.alt("candidacy", "kept_bid_nouns")
        self.being = lex.alt("candidacy", "being_verbs")
        self.assessing = lex.alt("candidacy", "assessing_words")
        self.listing = lex.alt("candidacy", "listing_cues")
        self.nominate = lex.alt("candidacy", "nominating_verbs")
        self.naming = lex.alt("candidacy", "naming_verbs")
        self.nominate_pp = bounded(lex.participles("candidacy", "nominating_verbs"))
        self.nomination_n = lex.alt("candidacy", "nomination_nouns")
        self.effort_n = lex.alt("candidacy", "effort_nouns")
        self.other_bid_mod = lex.alt("candidacy", "other_bid_modifiers")
        # "the candidacy of X was submitted / put forward / made official"
        self.declared_pp = bounded(lex.phrase_participles("candidacy", "declaring_verbs")
                                   + lex.phrase_participles("candidacy", "nominating_verbs"))
        self.borne_pp = bounded(lex.participles("candidacy", "bearing_verbs"))
        self.withdraw = lex.alt("withdrawal", "verbs")
        self.declined = lex.alt("withdrawal", "declined_verbs")
        verbs, particles = lex.phrasal("candidacy", "nominating_verbs")
        self.nominate_head, self.nominate_particle = bounded(verbs), bounded(particles)
        self.appoint = lex.alt("appointment", "verbs")
        self.post_giving = lex.alt("appointment", "giving_verbs")
        self.post_given = bounded(lex.participles("appointment", "giving_verbs"))
        self.recommend = lex.alt("appointment", "recommending_verbs")
        self.win = lex.alt("appointment", "winning_verbs")
        self.take = lex.alt("takes_office", "verbs")
        self.become = lex.alt("takes_office", "becoming_verbs")
        self.take_n = lex.alt("takes_office", "nouns")
        self.own_take_n = lex.alt("takes_office", "own_nouns")
        self.term_n = lex.alt("takes_office", "term_nouns")
        self.term_starts = lex.alt("takes_office", "term_starting_verbs")
        self.hand_over = lex.alt("takes_office", "handover_verbs")
        self.follow = lex.alt("following_phrases")
        self.bid_word = r"(?:candidacy|candidature|bid|nomination|application)\b"
        self.stance_adj = lex.alt("stance_adjectives")
        self.government_n = lex.alt("government_nouns")
        # "the top job would be fantastic", "leading the alliance would be a great honour"
        self.praised_job = (
            rf"(?:(?:the\s+)?(?P<job>{P})|(?:running|leading|heading|to\s+lead|to\s+run|to\s+head)\s+(?:the\s+)?(?:{P}|⟨O\d+⟩))"
            rf"\s+(?:would|will)\s+be\s+(?:(?:a|an|the|really|very|truly|absolutely)\s+)*(?:(?!no\b|not\b|never\b)[a-z]+\s+)?"
            rf"[\"“'‘]?(?:good|great|fantastic|wonderful|dream|honou?r|privilege|exciting|fascinating|terrific|brilliant|"
            rf"amazing|fabulous|perfect)\b")
        self.holder = bounded(incumbent) if incumbent else r"(?!)"
        self.approve = lex.alt("appointment", "approving_verbs")
        self.chosen = lex.alt("appointment", "nouns")
        self.aux = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being|been|be|gets|got|get)"
        # what may open the second of two verb phrases sharing a subject: "and will now support",
        # "but then did not back" (scope judges the auxiliaries and negations)
        self.verb_lead = (r"(?:(?:then|also|instead|still|now|later|eventually|finally|ultimately|soon|will|would|could|"
                          r"can|may|might|must|shall|should|has|have|had|did|does|do|not|never|no\s+longer|n['’]t|"
                          r"since|already|\w+ly)\s+){0,4}")
        # a second verb sharing the object: "nominated and then campaigned hard for Bachelet"
        self.ordinal = lex.alt("cues", "asserting_ordinals")
        # a passive's agent, after an adverb or a time phrase: "was put forward in September by Chile"
        self.by = (r"(?:(?:\w+ly|also|already|first|then|later)\s+)?(?:(?:on|in|last|this|earlier|early|late|during|at|to|"
                   r"until|till|from|since|throughout)\s+"
                   r"(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+,?\s+)?by\s+")
        self.and_verb = (r"(?:,?\s+(?:and|and\s+then|and\s+later|then)\s+(?:\w+ly\s+)?(?!not\b)[a-z]{3,}(?:ed|s)\b"
                         r"(?:\s+(?:\w+ly|hard))?(?:\s+(?:for|behind))?)?")
        self.manner = r"(?:,?\s+(?:" + lex.alt("cues", "manner_phrases") + r")(?=[\s,])(?:\s*,)?)?"
        self.adv = (r"(?P<adv>(?:(?:\w+ly|also|now|not|never|still|already|then|finally|formally|officially|unanimously|"
               r"earlier|long|first|since|later|once|swiftly|quickly)\s+){0,3})")


def _group(m: re.Match, ctx: Context, name: str):
    try:
        start = m.start(name)
    except IndexError:
        return None
    return ctx.shape.group_at(start) if start >= 0 else None


def _span(m: re.Match, name: str) -> tuple[int, int] | None:
    try:
        s, e = m.span(name)
    except IndexError:
        return None
    return (s, e) if s >= 0 else None


def _possessive_only(g) -> bool:
    """"his" of "his bid": a candidate, but not the subject of a verb."""
    return g is not None and all(x.form == "possessive-pronoun" for x in g.mentions)


_NOUN_BEFORE = re.compile(r"(?:['’]s?|\b(?:the|a|an|his|her|its|their|this|that))\s*$", re.I)


def _unstated_after(ctx: Context, end: int) -> bool:
    """A noun phrase as the subject of a modal or a negation: "Rutte's appointment is expected in June",
    "the handover could slip" state nothing yet."""
    right = ctx.shape.text[end:ctx.scope.clause_right(ctx.shape.text, end)][:50]
    return bool(ctx.scope.modal(right) or _NOT.search(right) or ctx.scope.unsettled.match(right))


# the predicate's own negation ("was not confirmed"); "passed without a hitch" negates nothing
_NOT = re.compile(r"\b(?:not|never|no\s+longer|yet\s+to)\b|n['’]t\b", re.I)


# "it" as the object of a wish or a bid ("would like to do it", "would not seek it"), not the subject of a verb
_IT_OBJECT = re.compile(r"\s*(?:to\s+)?(?:(?:do|take|have|get|take\s+on)\s+)?it\b(?!['’])"
                        r"(?!\s+(?:to|be|is|was|would|will|could|has|had|does|did)\b)", re.I)


def _post_as_it(ctx: Context, at: int, tail: str) -> bool:
    """"it" after the predicate at `at` is the post when the post is the last thing named before it in the
    sentence, with no state, body or other race between ("said the NATO job would be interesting and
    that he would like to do it"; not "said Hungary's plan ... would like it")."""
    if not _IT_OBJECT.match(tail):
        return False
    before = ctx.shape.text[:at]
    last = None
    for last in re.finditer(P, before):
        pass
    if last is None or len(before) - last.end() > 160 or re.search(r"⟨[SOMX]\d+⟩", before[last.end():]):
        return False
    return _post_between(ctx, last.start(), last.end())


# a negation or refusal right before the verb that would end a stance ("has not lifted its veto", "refused to
# drop its objections", "has yet to withdraw its nomination"): the stance is kept, not ended
KEPT_BY_NEGATION = re.compile(r"(?:\b(?:not|never|cannot|yet\s+to|refus\w*\s+to|declin\w*\s+to)|n['’]t)\s+"
                              r"(?:(?:yet|even|so\s+far|\w+ly)\s+)*$", re.I)


def _other_race_in(text: str) -> bool:
    return re.search(r"⟨X\d+⟩", text) is not None


def _object_ok(ctx: Context, m: re.Match, also: re.Pattern | None = None) -> bool:
    """"Rutte's bid" is the candidate; "Rutte's coalition" is not (`also`: other nouns that are, "her name"
    of a nomination)."""
    after = ctx.shape.text[m.end("subj"):]
    if all(x.form == "pronoun" for x in _group(m, ctx, "subj").mentions) and _other_race_in(ctx.shape.text) \
            and not _sentence_has_post(ctx):
        return False    # "won a second term as Commission president, with Germany backing her"
    poss = re.match(r"['’]s?\s+((?:[\w-]+\s+){0,2}[\w-]+)", after)
    return not poss or bool(_grammar(ctx).bid_noun.search(poss.group(1))) or "⟨P" in poss.group(1) or bool(
        also and also.match(poss.group(1)))


def _grammar(ctx: Context):
    return ctx.grammar


def _assess(ctx: Context, m: re.Match, agent: str, *, support: bool = False, gap: str | None = None,
            near: bool = False, clause_as_gap: bool = False, undoubted: bool = False):
    """Scope of one match; `near` (noun phrases) looks only at the few words before the trigger,
    since "had to win over the opponents of X" does not make the opponents hypothetical;
    `clause_as_gap` (a noun with no agent before it) judges the clause before it as the words that
    govern it ("has not yet received Hungary's backing")."""
    shape = ctx.shape.text
    agent_start = m.start(agent)
    left = shape[ctx.scope.clause_left(shape, agent_start):agent_start]
    clause_start = agent_start - len(left)
    if near:
        left = " ".join(left.split()[-2:])
        clause_start = agent_start - len(left)
    if gap is None:
        gap = m.group("gap") if _span(m, "gap") else ""
        if _span(m, "adv"):
            gap += " " + m.group("adv")
    if clause_as_gap:
        left, gap = "", left + " " + gap
    right_end = ctx.scope.clause_right(shape, m.end())
    right = shape[m.end():right_end]
    lead = shape[max(0, clause_start - 160):clause_start] if not near else ""
    trigger = m.group("trig") if "trig" in m.re.groupindex and _span(m, "trig") else ""
    ctx.verdict = ctx.scope.assess(shape, left, gap, right, title=ctx.is_title, support=support, lead=lead,
                                   trigger=trigger, undoubted=undoubted, after=shape[m.end():] + " " + ctx.denied_next if not near else "")
    return ctx.verdict


def _post_tokens(ctx: Context, start: int, end: int) -> list:
    out = []
    for t in re.finditer(P, ctx.shape.text[start:end]):
        out.append(ctx.shape.group_at(start + t.start()))
    return out


# after a reference ("the position", "the post"), "of" and a word that is not the post name another office: "the
# position of mayor of Sibiu" (not "the post of ⟨secretary general⟩")
_REFERENCE_OF_OTHER = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨[PO]\d)(?:an?\s+|the\s+)?(?-i:[a-z])", re.I)


def _post_between(ctx: Context, start: int, end: int) -> bool:
    for t in re.finditer(P, ctx.shape.text[start:end]):
        g = ctx.shape.group_at(start + t.start())
        if g.form != "reference" or ctx.race_article and ctx.reference_is_post and not _REFERENCE_OF_OTHER.match(
                ctx.shape.text, start + t.end()):
            return True
    return False


def _sentence_has_post(ctx: Context) -> bool:
    return _post_between(ctx, 0, len(ctx.shape.text))


# the frame's role of each named group, as --explain shows it
_ROLE = {"actorc": "actor (a candidate for their state)", "subj": "candidate", "subj2": "candidate", "subj3": "candidate", "objstate": "candidate's state", "actor": "actor",
         "actor2": "actor", "agent": "actor", "giver": "incumbent", "trig": "predicate", "trig2": "predicate", "recv": "predicate",
         "give": "predicate", "noun": "bid"}


def _finding(rule: Rule, m: re.Match, subjects, actors, status, confidence, marks_from) -> Finding:
    marks = [sp for sp in (_span(m, n) for n in marks_from) if sp]
    anchor = _span(m, "trig") or _span(m, "trig2") or (m.start(), m.end())
    roles = [(_ROLE[n], *sp) for n in marks_from if n in _ROLE and (sp := _span(m, n))]
    return Finding(rule.type, tuple(subjects), tuple(actors), status, round(max(0.05, min(confidence, 0.99)), 2),
                   rule.name, marks, anchor[0], roles=roles)


def _actor_values(ctx: Context, m: re.Match, *names: str, comitative_alone: bool = False) -> list[str]:
    """The states (or the organisation) of the match's actor groups, and the states its clause says
    act with them ("Chile, together with Brazil, nominated ..."; "backed him jointly with Peru");
    `comitative_alone`: those states are the actors even when no actor group matched (a passive)."""
    values = []
    for n in names:
        g = _group(m, ctx, n) if _span(m, n) else None
        trig = _span(m, "trig")
        if g is not None and g.kind in (STATE, ORG) and not _in_relative_clause(ctx.shape.text, m.start(n), m.end(),
                                                                               trig[0] if trig else None):
            if g.kind == ORG and _LOCATIVE.search(ctx.shape.text, max(0, m.start(n) - 30), m.start(n)):
                continue    # "every capital in the alliance": where, not who
            if _ALTERNATIVE_BEFORE.search(ctx.sentence, max(0, g.start - 12), g.start) or _ALTERNATIVE_AFTER.match(
                    ctx.sentence, g.end):
                continue    # "a veto from Moscow or Beijing": which one, the text does not say
            contrast = _grammar(ctx).contrast.search(ctx.shape.text, max(0, m.start(n) - 40), m.start(n))
            if contrast:
                g = ctx.shape.group_at(contrast.start("before"))
            values += [v for v in g.values if v not in values]
    if values or comitative_alone:
        values += [v for v in _comitative_states(ctx, m) if v not in values]
    return values


_ALTERNATIVE_BEFORE = re.compile(r"\b(?<!whether\s)or\s+(?:the\s+)?$", re.I)
_ALTERNATIVE_AFTER = re.compile(r"\s*,?\s*or\s+(?!not\b)", re.I)
_LOCATIVE = re.compile(r"[a-z]\s+(?:in|within|across|throughout)\s+(?:the\s+)?$", re.I)
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whose|where)\b", re.I)


def _in_relative_clause(text: str, start: int, end: int, trig: int | None = None) -> bool:
    """"Denmark, which sits on the Security Council, backs Grossi": a name inside a relative clause
    set off by commas is not the subject of the verb after it. (The clause opens at the last comma
    before `start`, and no ";" follows it: read from there, not from the sentence's start.) The
    predicate `trig` inside the same clause is its own ("X, who was nominated by Peru, ...")."""
    comma = text.rfind(",", 0, start)
    if comma < 0 or _RELATIVE_OPEN.match(text, comma, start) is None or ";" in text[comma:start] \
            or "," not in text[start:end]:
        return False
    close = text.find(",", start)
    return trig is None or not comma < trig < (close if close >= 0 else len(text))


def _comitative_states(ctx: Context, m: re.Match) -> list[str]:
    """The states the match's clause says act with its actor; a predicate in a relative clause of the actor
    ("puts Bratislava alongside Budapest, which has refused to back X") has the actor alone as its subject:
    a state set beside the actor outside that clause does not act."""
    text = ctx.shape.text
    start = ctx.scope.clause_left(text, m.start())
    end = ctx.scope.clause_right(text, m.end())
    actor = _span(m, "actor")
    head = actor[0] if actor and _RELATIVE_OPEN.match(text, actor[1]) else start
    out = []
    grammar = _grammar(ctx)
    for c in [*grammar.comitative.finditer(text, start, end), *grammar.comitative_join.finditer(text, start, end)]:
        for name in ("before", "with"):
            if c.group(name) and (c.start(name) >= head or c.start() >= head):
                out += [v for v in ctx.shape.group_at(c.start(name)).values if v not in out]
    return out


def _confidence(rule: Rule, status: str, groups) -> float:
    c = rule.confidence
    if status == "reported":
        c -= 0.1
    if status == "tentative":
        c -= 0.1
    for g in groups:
        if g is None:
            continue
        if any(x.form in ("pronoun", "anaphor", "descriptor", "speaker") for x in g.mentions):
            c -= 0.1
        if any(x.form == "capital" for x in g.mentions):
            c -= 0.05
    return c


_TIME = (r"(?:(?:early|late|mid|mid-)\s*)?(?:january|february|march|april|may|june|july|august|september|october|"
         r"november|december|spring|summer|autumn|fall|winter|now|the\s+moment|the\s+time\s+being|\d)[\w,]*")

# how long, after "for": "for almost two months", "for a week", "for some time" (not what for)
DURATION = (r"\s+(?:(?:almost|nearly|about|around|over|more\s+than|less\s+than|just|only|at\s+least|barely)\s+)?"
            r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|many|some|\d+)\s+)?"
            r"(?:days|weeks|months|years|hours)\b|\s+(?:(?:almost|nearly|about|just|only|over|more\s+than)\s+)?"
            r"(?:a|an|one)\s+(?:day|week|month|year)\b|\s+(?:some\s+time|a\s+while|long)\b")

# a campaign about something else: "a campaign against smuggling", "a campaign for reform"
_OTHER_AIM = re.compile(r"\s+(?:against|to\s+(?!(?:become|lead|head|run|succeed)\b)|for\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨P))",
                        re.I)

_FOR_OTHER = re.compile(r"\s+(?:for|on|over)\s+(?!(?:months|weeks|days|years|now|a\s+while|some\s+time|the\s+first\s+time|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\d|" + _TIME + r")\b)"
                        r"(?P<what>[^,;.⟨]{0,40}(?:⟨[A-Z]\d+⟩)?)", re.I)


# (a place may come first: "took office in New York on January 1")
_DATED_TAIL = re.compile(r"^\s*(?:(?:in|at)\s+(?:the\s+)?(?:(?-i:[A-Z][\w.'’-]*)\s+){1,3}?(?=(?:on|in|last|this)\s))?"
                         r"(?:only\s+(?=(?:last|this|on|in|yesterday|today|after)\b))?"
                         r"(?:$|[,.;:]|the\s+(?:same|next|following)\s+(?:day|week|month)|(?:on|last|this|earlier|yesterday|today|after|before|just|officially|"
                         r"formally|soon|shortly|later|afterwards?|following)\b|(?:[\w-]+\s+)?(?:days|weeks|months)\s+later\b|"
                         r"at\s+the\s+(?:start|end|beginning|close|turn)\s+of\s+(?:the|this|that|last|next)\s+(?:week|month|year)\b|in\s+(?:(?:early|late|mid)[\s-]+)?(?:january|february|march|april|may|june|july|"
                         r"august|september|october|november|december|spring|summer|autumn|fall|winter|\d{4})\b)", re.I)
