"""Event rules: regular expressions over a sentence's shape (see clauses.py).

Every rule is a `Rule` with a name (reported in Event.rule), the event type,
a pattern built from lexicon word lists and one of a few named checks. Groups
in a pattern: `subj` (the candidate), `actor`/`actor2` (states or NATO),
`trig` (the trigger), `gap` (words between agent and trigger, judged by
scope.py), `tail` (words after the trigger that must name the post).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable, Iterator

from extract.clauses import Shape
from extract.gazetteer import CANDIDATE, ORG, STATE, Gazetteer
from extract.lexicon import Lexicon, bounded, built_once
from extract.scope import Scope

C = r"⟨C\d+⟩"
A = r"⟨[SO]\d+⟩"                 # an actor: a member state or the organisation
S = r"⟨S\d+⟩"
ORGS = r"⟨[OM]\d+⟩"              # the organisation or its members acting together
P = r"⟨P\d+⟩"
W = r"[^⟨⟩;]"                    # any character but a token or a semicolon
WP = r"(?:[^⟨⟩;]|⟨[PM]\d+⟩)"     # the same, the post and member groups allowed
AGG = r"(?:(?:[^⟨⟩;]|⟨[MO]\d+⟩){0,60}?\b(?:including|such\s+as|notably|among\s+them|led\s+by|like|especially|in\s+particular|namely|chiefly|above\s+all)\s+)?"
# roles and honorifics before a name: "former Prime Minister Rutte", "Mr. Rutte"
# a leader's title before a state's person: "the backing of Prime Minister Rishi Sunak"
TITLE = r"(?:(?:prime\s+minister|president|chancellor|premier|foreign\s+minister|king)\s+)?"
ADJ = (r"(?:the\s+(?=(?:outgoing|incumbent|former|current|caretaker|acting)\b))?(?:(?:outgoing|incumbent|former|current|caretaker|acting|mr|mrs|ms|dr|sir|president|"
       r"prime\s+minister|premier|foreign\s+minister)\.?\s+)*")


# words that make a "candidate" label hypothetical: "a possible candidate", "was floated as a candidate"
_HEDGE = (r"(?:possible|potential|likely|probable|prospective|would-be|putative|rumou?red|presumptive|mooted|"
          r"eventual|future|compromise|dark-horse|surprise|hypothetical|unofficial)\b")
_LABEL = re.compile(r"\b(?:candidate|contender|nominee)\b", re.I)
_LABEL_DOUBT = re.compile(r"\b(?:not|no|never|longer|former|floated|mooted|touted|tipped|seen|if|whether|as)\s+"
                         r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?$|" + _HEDGE[:-3] + r")\s+(?:[\w-]+\s+)?$", re.I)

# where a label states the candidacy: the sentence subject, a predicate ("is the Dutch candidate"), an apposition
_LABEL_PLACE = re.compile(r"^[\W_]*(?:the\s+)?$|\b(?:is|was|are|were|remains|remained|becomes|became)\s+"
                          r"(?:(?:now|still|also)\s+)?(?:the\s+|a\s+|an\s+)?$|⟨C\d+⟩,\s*(?:the\s+|a\s+)?$", re.I)


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
    undated: bool = False       # an ended stance: the sentence's date is when it ended, not when it was taken


@dataclass
class Context:
    """What a rule may look at besides its match."""

    shape: Shape
    is_title: bool
    race_article: bool          # the article names the post: "the job" means the post
    gazetteer: Gazetteer
    scope: Scope
    has_day_date: bool          # the sentence names a day ("on Tuesday, October 1")
    focus: str | None = None    # the candidate the article is talking about when the sentence names none
    # (sentence, type, candidate) of every stance found so far, and this sentence's number:
    # "X followed suit" repeats the stance just stated
    stances: list[tuple[int, str, str]] = field(default_factory=list)
    index: int = 0
    sentence: str = ""          # the folded sentence the shape was made from (mention offsets point into it)


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    pattern: re.Pattern
    check: Callable[["Rule", re.Match, Context], Iterator[Finding]]
    confidence: float = 0.85
    # rules with an actor group only run on sentences that name a state or NATO
    needs_actor: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "needs_actor", "(?P<actor>" in self.pattern.pattern)


class Grammar:
    """All rules of one lexicon, compiled once."""

    _cache: dict[int, tuple[Gazetteer, "Grammar"]] = {}

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> "Grammar":
        return built_once(cls._cache, gazetteer, cls)

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        lex: Lexicon = gazetteer.lexicon
        self.scope = Scope.of(lex)
        self.bid_noun = re.compile(bounded(lex.words("bid_object_nouns") + lex.words("candidacy", "bid_nouns")), re.I)
        self.race_object = re.compile(
            r"^\s*(?:(?:from|of|out\s+of)\s+)?(?:(?:the|his|her|its|their|a|nato|alliance)\s+|⟨[CO]\d+⟩\s+){0,2}"
            r"(?:[\w'’-]+\s+){0,2}?(?:" + lex.alt("withdrawal", "objects") + "|" + P + ")", re.I)
        self.reversal = re.compile(lex.alt("opposition", "reversal_verbs"), re.I)
        holder = gazetteer.story.incumbent
        # "took over from (NATO chief) Jens Stoltenberg": the incumbent's post
        self.from_incumbent = re.compile(
            r"^\s*(?:as\s+(?:[\w-]+\s+){0,3}?)?from\s+(?:(?:the|outgoing|[\w-]+'s|long-serving|departing|incumbent)\s+)*"
            r"(?:⟨P\d+⟩\s+)?" + bounded(holder) if holder else r"(?!)", re.I)
        self.denial = re.compile(rf"(?P<subj>{C})(?:{WP}{{0,60}}?)(?<![\w-]){lex.alt('candidacy', 'denials')}", re.I)
        self.question = re.compile(r"^\W*" + lex.alt("cues", "question_openers") + r"[^?]*\?\W*$", re.I)
        self.rules = build_rules(lex, holder)


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


def build_rules(lex: Lexicon, incumbent: tuple[str, ...] = ()) -> list[Rule]:
    bidn = lex.alt("bid_object_nouns")
    # "its own president, Klaus Iohannis": a role noun in apposition before the name
    role_app = (r"(?:(?:its|their|his|her|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:" + lex.alt("person_nouns")
                + r"|compatriot|countryman|countrywoman),?\s+)?")
    obj = (r"(?:(?:the|a|an|its|their)\s+)?(?:(?:[\w-]+\s+){0,2}?" + bidn + r"\s+(?:of|by)\s+(?:[\w-]+\s+){0,3}?)?"
           + role_app + ADJ + r"(?P<subj>" + C + r")")
    sup_v = lex.alt("endorsement", "verbs")
    sup_n = lex.alt("endorsement", "nouns")
    give = lex.alt("endorsement", "giving_verbs")
    recv = lex.alt("endorsement", "receiving_verbs")
    join = lex.alt("endorsement", "joining_verbs")
    opp_v = lex.alt("opposition", "verbs")
    sup_pp = bounded(lex.participles("endorsement", "verbs"))
    opp_pp = bounded(lex.participles("opposition", "verbs"))
    opp_n = lex.opposition_nouns()
    opp_agents = lex.alt("opposition", "agent_nouns")
    declare = lex.alt("candidacy", "declaring_verbs")
    cand_bid = lex.alt("candidacy", "bid_nouns")
    interest = lex.alt("candidacy", "interest_phrases", adverbs=True)
    running = lex.alt("candidacy", "running_phrases", adverbs=True)
    cand_n = lex.alt("candidacy", "candidate_nouns")
    being = lex.alt("candidacy", "being_verbs")
    assessing = lex.alt("candidacy", "assessing_words")
    listing = lex.alt("candidacy", "listing_cues")
    nominate = lex.alt("candidacy", "nominating_verbs")
    withdraw = lex.alt("withdrawal", "verbs")
    appoint = lex.alt("appointment", "verbs")
    take = lex.alt("takes_office", "verbs")
    become = lex.alt("takes_office", "becoming_verbs")
    take_n = lex.alt("takes_office", "nouns")
    hand_over = lex.alt("takes_office", "handover_verbs")
    follow = lex.alt("following_phrases")
    bid_word = r"(?:candidacy|candidature|bid|nomination|application)\b"
    stance_adj = lex.alt("stance_adjectives")
    # "the top job would be fantastic", "leading the alliance would be a great honour"
    praised_job = (
        rf"(?:(?:the\s+)?(?P<job>{P})|(?:running|leading|heading|to\s+lead|to\s+run|to\s+head)\s+(?:the\s+)?(?:{P}|⟨O\d+⟩))"
        rf"\s+(?:would|will)\s+be\s+(?:(?:a|an|the|really|very|truly|absolutely)\s+)*(?:(?!no\b|not\b|never\b)[a-z]+\s+)?"
        rf"[\"“'‘]?(?:good|great|fantastic|wonderful|dream|honou?r|privilege|exciting|fascinating|terrific|brilliant|"
        rf"amazing|fabulous|perfect)\b")
    holder = bounded(incumbent) if incumbent else r"(?!)"
    approve = lex.alt("appointment", "approving_verbs")
    chosen = lex.alt("appointment", "nouns")
    aux = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being|been|be|gets|got|get)"
    adv = (r"(?P<adv>(?:(?:\w+ly|also|now|not|never|still|already|then|finally|formally|officially|unanimously|"
           r"earlier|long|first|since|later|once|swiftly|quickly)\s+){0,3})")

    R = Rule
    return [
        # ---- endorsement / opposition
        R("endorse_verb", "endorsement", _rx(rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{sup_v})[\"”]?\s+{obj}"),
          check_actor_verb, 0.9),
        # "Romania decided to withdraw Iohannis's candidacy and back Rutte": the verbs share their subject
        R("endorse_second_verb", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?{C}{WP}{{0,40}}?\band\s+(?:then\s+|also\s+|instead\s+)?)"
            rf"(?P<trig>{sup_v})\s+{obj}"),
          check_actor_verb, 0.75),
        # "Germany backed Rutte in February, alongside the United States and France"
        R("endorse_alongside", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{sup_v})\s+{obj}{W}{{0,60}}?,?\s*(?:alongside|along\s+with|"
            rf"together\s+with|as\s+well\s+as|joining|like)\s+(?:the\s+)?(?P<actor2>{A})"),
          check_actor_verb, 0.8),
        # "France backed Rutte in February, as did Biden and Scholz": the states after "as did" back him too
        R("endorse_as_did", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{sup_v})\s+{obj}{W}{{0,60}}?,\s*as\s+"
            rf"(?:did|have|has|had|do|does)\s+(?:(?:also|too)\s+)?(?P<actor2>{A})(?=\s*(?:[,.;]|$|\s+(?:on|in|last|this)\b))"),
          check_actor_verb, 0.85),
        # "..., as Germany did", "..., and so did Germany": the same, the state before or after the auxiliary
        R("endorse_as_x_did", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{sup_v})\s+{obj}{W}{{0,60}}?,\s*as\s+"
            rf"(?:(?:also|too)\s+)?(?P<actor2>{A})\s+(?:also\s+)?(?:did|have|has|had|do|does)(?:\s+too)?"
            rf"(?=\s*(?:[,.;]|$|\s+(?:on|in|last|this)\b))"),
          check_actor_verb, 0.85),
        R("endorse_so_did", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{sup_v})\s+{obj}{W}{{0,60}}?,?\s*and\s+so\s+"
            rf"(?:did|have|has|had|do|does)\s+(?P<actor2>{A})(?=\s*(?:[,.;]|$|\s+(?:on|in|last|this)\b))"),
          check_actor_verb, 0.85),
        R("endorse_own_state", "endorsement", _rx(rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{sup_v})\s+(?P<objstate>{S})"
                                                  rf"(?!\s+(?!(?:for|on|in|at|as|and|but|because|after|when|over|since)\b)[a-z])"),
          check_actor_verb, 0.6),
        R("endorse_passive", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-]){aux}\s+{adv}"
            rf"(?P<trig>{sup_pp})\s+(?:\w+ly\s+)?by\s+{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_passive, 0.85),
        R("oppose_passive", "opposition", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-]){aux}\s+{adv}"
            rf"(?P<trig>{opp_pp})\s+(?:\w+ly\s+)?by\s+{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_passive, 0.85),
        # a participle set off after the name, or a headline's passive without its auxiliary:
        # "Rutte, backed by Poland and Spain, ...", "Rutte backed by US for NATO job"
        R("endorse_participle", "endorsement", _rx(
            rf"(?P<subj>{C})(?:['’]s?\s+{bidn})?\s*,?\s*{adv}(?P<trig>{sup_pp})\s+(?:\w+ly\s+)?by\s+{AGG}(?:the\s+)?{TITLE}"
            rf"(?P<actor>{A})"),
          check_passive, 0.8),
        R("oppose_participle", "opposition", _rx(
            rf"(?P<subj>{C})(?:['’]s?\s+{bidn})?\s*,?\s*{adv}(?P<trig>{opp_pp})\s+(?:\w+ly\s+)?by\s+{AGG}(?:the\s+)?{TITLE}"
            rf"(?P<actor>{A})"),
          check_passive, 0.8),
        R("endorse_received", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<recv>{recv})\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
            rf"(?:[\w-]+\s+){{0,3}}?(?P<trig>{sup_n})\s+(?:of|from)\s+{AGG}(?:the\s+)?{TITLE}(?P<actor>{A})"),
          check_received, 0.85),
        R("endorse_received_modifier", "endorsement", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<recv>{recv})\s+(?:(?:the|a|an)\s+)?(?P<actor>{A})(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?(?P<trig>{sup_n})\b"),
          check_received, 0.8),
        R("endorse_noun_for", "endorsement", _rx(
            rf"(?P<actor>{A})(?:['’]s?)?\s+(?:(?:[\w-]+)\s+){{0,2}}?(?P<trig>{sup_n})\s+(?:for|of|behind|to)\s+{obj}"),
          check_actor_verb, 0.8),
        R("endorse_giving", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<give>{give})\s+(?:(?:its|their|his|her|the|a|an)\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?(?P<trig>{sup_n})\s+(?:for|to|behind)\s+{obj}"),
          check_actor_verb, 0.9),
        R("endorse_noun_from_for", "endorsement", _rx(
            rf"(?<![\w-])(?P<trig>{sup_n})\s+(?:of|from)\s+(?:the\s+)?(?P<actor>{A})\s+(?:for|behind)\s+{obj}"),
          check_nominal, 0.8),
        R("endorse_noun_for_from", "endorsement", _rx(
            rf"(?<![\w-])(?P<trig>{sup_n})\s+(?:for|behind)\s+{obj}(?:['’]s?)?(?:\s+{bidn})?(?:\s+(?:came|comes|come|poured\s+in|arrived|arrives))?\s+from\s+(?:the\s+)?(?P<actor>{A})"),
          check_nominal, 0.8),
        R("endorse_joined", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:{join})\s+(?:the\s+)?(?P<actor2>{A})\s+in\s+"
            rf"(?P<trig>backing|supporting|endorsing|championing)\s+{obj}"),
          check_actor_verb, 0.85),
        R("endorse_fronted", "endorsement", _rx(
            rf"^(?P<gap>{W}{{0,30}}?)\b(?:with|despite|given|after\s+winning|having\s+won|having\s+secured|armed\s+with|"
            rf"buoyed\s+by)\s+(?:[\w-]+\s+){{0,3}}?(?P<trig>{sup_n})\s+(?:of|from)\s+{AGG}(?:the\s+)?(?P<actor>{A}){W}{{0,40}}?,"
            rf"(?P<rest>[^;]*)"),
          check_fronted, 0.7),
        R("endorse_behind", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:is|are|was|were|remains?|remained|stands?|stood)\s+"
            rf"(?:(?:\w+ly|also|firmly|squarely|now|still)\s+)*(?P<trig>behind|in\s+favou?r\s+of|on\s+board\s+with)\s+{obj}"),
          check_actor_verb, 0.75),
        R("oppose_verb", "opposition", _rx(rf"(?P<actor>{A})(?P<gap>{WP}{{0,90}}?)(?<![\w-])(?P<trig>{opp_v})[\"”]?\s+{obj}"),
          check_actor_verb, 0.9),
        R("oppose_noun", "opposition", _rx(
            rf"(?P<actor>{A})(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?(?P<trig>{opp_n})\s+(?:to|against|of)\s+{obj}"),
          check_actor_verb, 0.8),
        R("oppose_faced", "opposition", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?:(?:had|has|have|needed|managed|was\s+able)\s+to\s+)?(?:overcame|overcome|overcoming|faced|faces|facing|met|meets|"
            rf"encountered|encounters|ran\s+into|runs\s+into|defused|won\s+over|wins\s+over|overrode|overrides)\s+"
            rf"(?:(?:the|a|an|strong|stiff|initial|fierce|early|lingering)\s+){{0,2}}?"
            rf"(?:(?P<actor>{A})\s+(?P<trig>{opp_n})|(?P<trig2>{opp_n})\s+(?:from|of|by)\s+(?:the\s+)?(?P<actor2>{A}))"),
          check_received, 0.75),
        R("oppose_agents_led_by", "opposition", _rx(
            rf"(?P<trig>{opp_agents})\s+of\s+(?:(?:the|his|her)\s+)?{obj}(?:['’]s?)?(?:\s+{bidn})?{W}{{0,30}}?"
            rf"(?:led\s+by|including|such\s+as|notably|chiefly|especially|in\s+particular|like|namely|above\s+all)\s+(?:the\s+)?(?P<actor>{A})"),
          check_nominal, 0.8),
        R("oppose_copula", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?:is|are|was|were|remains?|remained)\s+(?:\w+ly\s+)?"
            rf"(?:(?:among\s+)?(?:the\s+)?(?:\w+\s+)?(?P<trig>{opp_agents})\s+of|(?P<trig2>opposed\s+to|against))\s+{obj}"),
          check_actor_verb, 0.8),
        # ---- stances on the candidate in focus: "the backing of France and Germany", "Ankara withheld its support"
        R("focus_noun_of", "endorsement", _rx(
            rf"(?<![\w-])(?P<trig>{sup_n})\s+(?:of|from)\s+(?:the\s+)?{TITLE}(?P<actor>{A})"), check_focus, 0.6),
        R("focus_possessive", "endorsement", _rx(
            rf"(?P<actor>{A})(?:['’]s?)?\s+(?:{stance_adj}\s+){{0,2}}"
            rf"(?P<trig>{sup_n})(?![\w-])"), check_focus, 0.6),
        R("focus_giving", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{W}{{0,40}}?)(?<![\w-])(?:{give})\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?"
            rf"(?P<trig>{sup_n})(?![\w-])"), check_focus, 0.6),
        R("focus_opposition_noun", "opposition", _rx(
            rf"(?<![\w-])(?P<trig>{opp_n})\s+(?:of|from)\s+(?:the\s+)?(?P<actor>{A})|"
            rf"(?P<actor2>{A})['’]s?\s+(?:{stance_adj}\s+){{0,2}}(?P<trig2>{opp_n})(?![\w-])"),
          check_focus, 0.55),
        # "the US and Germany all declared support in February", "Hungary had come on board"
        R("focus_declared", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{W}{{0,40}}?)(?<![\w-])(?:(?:{give})\s+(?:(?:full|formal|public|official)\s+)?"
            rf"(?P<trig>support|backing)|(?P<trig2>(?:come|came|comes|coming)\s+on\s+board|(?:fall|fell|falls|fallen)\s+"
            rf"in\s+line(?:\s+behind\s+(?:him|her|{C}))?|signed\s+up\s+to\s+(?:his|her|{C})\s+bid|"
            rf"(?:swung|swing|swings|rallied|rally|rallies)\s+behind\s+(?:him|her|{C})))(?![\w-])(?!\s+(?:for|to|of|from|behind)\b)"),
          check_focus, 0.6),
        R("focus_withheld", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{W}{{0,40}}?)(?<![\w-])(?P<trig>withheld|withholds|withholding|withhold)\s+"
            rf"(?:its|their|his|her)\s+(?:support|backing|approval|consent|endorsement)"), check_focus, 0.6),
        # "while Budapest remains opposed": a stance with its object left out
        R("focus_opposed", "opposition", _rx(
            rf"(?P<actor>{A})(?P<gap>{W}{{0,30}}?)(?<![\w-])(?:is|are|was|were|remains?|remained|stays?|stayed)\s+"
            rf"(?:(?:\w+ly|still)\s+)?(?P<trig>opposed)(?=\s*(?:[,.;)]|$|(?:until|till|since|so\s+far|to\s+date|throughout|"
            rf"at\s+first|initially|earlier|for\s+(?:months|weeks)|last|this)\b))"), check_focus, 0.55),
        # "Britain followed suit", "Paris did the same": the stance of the sentence before, taken by another state
        R("focus_followed", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{W}{{0,40}}?)(?<![\w-])(?P<trig>{follow})(?![\w-])"), check_followed, 0.6),
        # ---- candidacy
        R("candidacy_declared", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,70}}?)(?<![\w-])(?P<trig>{declare})\s+(?:{W}{{0,25}}?\s)??"
            rf"(?:(?:his|her|its|their|the|a|an|this|{C})\s+)?(?:(?:official|formal|own|expected|long-awaited)\s+)?"
            rf"(?P<noun>{cand_bid})(?P<tail>[^;]{{0,70}})"),
          check_candidacy, 0.9),
        # "the candidacy of Iohannis was announced in March"
        R("candidacy_noun_passive", "candidacy", _rx(
            rf"(?<![\w-])(?P<noun>{cand_bid})\s+of\s+{ADJ}(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)\s+(?:was|were|has\s+been|"
            rf"had\s+been|is)\s+(?:(?:officially|formally|publicly)\s+)?(?P<trig>announced|launched|declared|unveiled|"
            rf"submitted|registered|put\s+forward|tabled)\b(?P<tail>[^;]{{0,60}})"),
          check_candidacy, 0.8),
        R("candidacy_interest", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,70}}?)(?<![\w-])(?P<trig>{interest}|(?:signall?ed|signals|expressed|expresses|"
            rf"indicated|voiced|declared|confirmed|showed|made\s+no\s+secret\s+of)\s+{C}\s+interest(?:\s+in)?)(?P<tail>[^;]{{0,75}})"),
          check_candidacy, 0.85),
        # "said running the alliance would be a good job", "said the top job would be 'fantastic'"
        R("candidacy_praise", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,40}}?)(?<![\w-])(?P<trig>said|says|told\s+[\w⟨⟩]+|added|adds)\s+(?:that\s+)?"
            + praised_job),
          check_praise, 0.75),
        # '"The job would be fantastic," Wallace said': the speaker after the quotation
        R("candidacy_praise_quoted", "candidacy", _rx(
            rf"^\W*[\"“](?:that\s+)?{praised_job}[^\"”⟨⟩]{{0,40}}[\"”]\s*,?\s*(?P<subj>{C})\s+"
            rf"(?P<trig>said|says|told|added|adds|wrote|writes)\b(?P<tail>[^;]{{0,60}})"),
          check_praise, 0.7),
        R("candidacy_running", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,70}}?)(?<![\w-])(?P<trig>{running})(?P<tail>[^;]{{0,75}})"),
          check_candidacy, 0.85),
        R("candidacy_participle", "candidacy", _rx(
            rf"^(?:[^⟨⟩,;]{{0,20}}?)\b(?:after|before|while|since|by|having\s+been)\s+(?P<trig>vying|competing|running|"
            rf"campaigning|bidding|standing|lobbying)\s+for\s+(?P<tail>[^⟨⟩;,]{{0,30}}?{P})[^⟨⟩;]{{0,40}}?,"
            rf"\s*(?P<gap>[^⟨⟩;]{{0,60}}?)(?P<subj>{C})"),
          check_candidacy, 0.8),
        R("candidacy_noun", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{being})\s+(?:(?:also|now|still|officially|already|"
            rf"formally|firmly)\s+)*(?:(?:among|one\s+of)\s+)?(?:(?:the|a|an)\s+)?(?:(?!{assessing}\b)[\w-]+\s+){{0,3}}?"
            rf"(?P<noun>{cand_n})\b(?P<tail>[^;]{{0,60}})"),
          check_candidacy, 0.8),
        R("candidacy_called", "candidacy", _rx(
            rf"(?<![\w-])(?P<trig>called|named|considered|described|dubbed|sees|saw|regards|regarded|leaving|left|leaves)\s+"
            rf"(?:the\s+)?{ADJ}(?P<subj>{C})\s+"
            rf"(?:as\s+)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<noun>{cand_n})\b(?P<tail>[^;]{{0,60}})"),
          check_candidacy, 0.75),
        # "Rutte, a candidate for NATO secretary general, met ...": a label set off by commas
        R("candidacy_apposition", "candidacy", _rx(
            rf"(?P<subj>{C}),\s+(?:(?:a|an|the)\s+)?(?:(?!{_HEDGE})[\w-]+\s+){{0,2}}?(?P<trig>candidate|contender|nominee)"
            rf"(?P<tail>\s+for\s+[^;]{{0,60}})"),
          check_candidacy, 0.8),
        # "The Dutch candidate, Mark Rutte, ...", "Rutte is the Dutch candidate": the name carries the label
        R("candidacy_label", "candidacy", _rx(rf"(?P<subj>{C})"), check_label, 0.7),
        # the bid as the subject of its own clause states it: "her candidacy faltered", "his bid was finalised",
        # "Iohannis, whose surprise candidacy rattled allies" (read as its own clause); not "backs her bid"
        R("candidacy_possessed_bid", "candidacy", _rx(
            rf"(?:^|[,;:]\s*|\b(?:and|but|while|as|since|after|when|because|though|although)\s+)(?:the\s+)?"
            rf"(?P<subj>{C})(?:['’]s?)?\s+(?:(?!{assessing}\b)[\w-]+\s+){{0,2}}?(?P<noun>{cand_bid})\s+"
            rf"(?:(?:also|now|then|soon|quickly|never|initially|eventually|ultimately|only|earlier)\s+)?(?!{recv}\b)"
            rf"(?P<trig>(?:has|had|was|were|is|have)\s+(?!(?:been\s+)?(?:withdrawn|dropped|scrapped|abandoned|rumou?red|"
            rf"mooted|floated)\b)\w+|\w+ed\b|began|grew|ran|stalled|stands|rests)\b(?!\s+(?:\w+\s+)?by\b)"
            rf"(?P<tail>[^;]{{0,60}})"),
          check_possessed_bid, 0.7),
        # "since the start of her campaign", "the launch of Kallas's bid"
        R("candidacy_start_of_bid", "candidacy", _rx(
            rf"(?<![\w-])(?P<trig>start|launch|beginning|announcement|outset|early\s+days)\s+of\s+(?P<subj>{C})(?:['’]s?)?\s+"
            rf"(?:(?!{assessing}\b)[\w-]+\s+){{0,2}}?(?P<noun>{cand_bid}|campaign)\b(?P<tail>[^;]{{0,60}})"),
          check_possessed_bid, 0.7),
        # "Klaus Iohannis, the only other declared candidate": a candidate label in apposition
        R("candidacy_apposition", "candidacy", _rx(
            rf"(?P<subj>{C}),\s*(?P<trig>(?:the|a|an)\s+(?:(?!{_HEDGE}|former|ex-|one-time|would-be)[\w-]+\s+){{0,3}}?)"
            rf"(?P<noun>{cand_n})\b(?P<tail>[^;]{{0,60}})"),
          check_candidacy, 0.75),
        R("candidacy_listed", "candidacy", _rx(
            rf"(?<![\w-])(?P<trig>{cand_n})\b(?P<tail>{WP}{{0,70}}?)(?<![\w-])(?:{listing})\s+(?:{W}{{0,12}}?\s)??{ADJ}(?P<subj>{C})"),
          check_candidacy, 0.75),
        R("candidacy_nominated", "candidacy", _rx(
            rf"(?P<actor>{S})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{nominate})\s+{obj}(?P<tail>[^;]{{0,60}})"),
          check_candidacy, 0.85),
        R("candidacy_nominated_passive", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,50}}?)(?<![\w-]){aux}\s+{adv}(?P<trig>{nominate})\s+"
            rf"(?P<tail>(?:as\s+{W}{{0,30}}?)?by\s+(?:the\s+)?(?P<actor>{S})[^;]{{0,40}})"),
          check_candidacy, 0.85),
        # ---- withdrawal
        R("withdrawal_verb", "withdrawal", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{withdraw})\b(?P<tail>[^;]{{0,60}})"),
          check_withdrawal, 0.9),
        R("withdrawal_noun", "withdrawal", _rx(
            rf"(?P<subj>{C})(?:['’]s?)?\s+(?:(?:surprise|sudden|formal|official|eventual)\s+)?(?P<trig>withdrawal)\s+"
            rf"(?P<tail>from\s+(?:the\s+)?(?:race|contest|competition|running|{P})[^;]{{0,30}})"),
          check_withdrawal, 0.75),
        # "Romania withdrew Iohannis's candidacy", "decided to withdraw the candidacy of Iohannis"
        R("withdrawal_by_state", "withdrawal", _rx(
            rf"(?P<actor>{A})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>withdrew|withdraws|withdraw|withdrawing|withdrawn|"
            rf"retracted|retracts|retract|pulled|pulls|pull)\s+(?:the\s+)?(?:(?P<subj>{C})['’]s?\s+{bid_word}|"
            rf"{bid_word}\s+of\s+{ADJ}(?P<subj2>{C}))(?P<tail>[^;]{{0,40}})"),
          check_withdrawn_by_state, 0.8),
        # "after Iohannis's withdrawal on Thursday" in an article about the race
        R("withdrawal_possessive", "withdrawal", _rx(
            rf"(?P<subj>{C})['’]s?\s+(?:(?:surprise|sudden|formal|official|eventual|last-minute)\s+)?(?P<trig>withdrawal)"
            rf"(?P<tail>(?!\s+(?:of|from)\b)[^;]{{0,30}})"),
          check_withdrawal, 0.7),
        # ---- appointment
        R("appointment_passive", "appointment", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-]){aux}\s+{adv}(?P<trig>{appoint})(?P<tail>[^;]{{0,90}})"),
          check_appointment, 0.9),
        # headlines drop the auxiliary: "Rutte confirmed as next NATO chief", "Rutte formally named NATO chief"
        R("appointment_headline", "appointment", _rx(
            rf"(?P<subj>{C})\s+{adv}(?P<trig>appointed|named|confirmed|chosen|picked|selected|tapped|elected|"
            rf"designated)(?P<tail>[^;]{{0,90}})"),
          check_appointment, 0.85),
        R("appointment_active", "appointment", _rx(
            rf"(?P<actor>{ORGS})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{appoint}|endorsed|backed|approved)\s+{ADJ}"
            rf"(?P<subj>{C})(?P<tail>[^;]{{0,60}})"),
          check_appointment, 0.9),
        # "ambassadors approved Rutte's appointment", "rubber-stamped the appointment of Rutte"
        R("appointment_approved", "appointment", _rx(
            rf"(?P<actor>{ORGS})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{approve})\s+(?:the\s+)?{ADJ}(?P<subj>{C})['’]s?\s+"
            rf"(?:(?:formal|official)\s+)?{chosen}\b(?P<tail>[^;]{{0,60}})"),
          check_appointment, 0.85),
        R("appointment_approved_of", "appointment", _rx(
            rf"(?P<actor>{ORGS})(?P<gap>{WP}{{0,50}}?)(?<![\w-])(?P<trig>{approve})\s+(?:the|his|her)\s+"
            rf"(?:(?:formal|official)\s+)?{chosen}\s+of\s+{ADJ}(?P<subj>{C})(?P<tail>[^;]{{0,60}})"),
          check_appointment, 0.85),
        # ---- takes_office
        R("takes_office_verb", "takes_office", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{take}|(?:assumed|assumes|assume|assuming|took\s+up|"
            rf"takes\s+up|take\s+up|taking\s+up|stepped\s+into|steps\s+into|step\s+into)\s+{P})(?P<tail>[^;]{{0,80}})"),
          check_takes_office, 0.9),
        R("takes_office_becomes", "takes_office", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{become})\s+(?P<tail>(?:(?:the|new|next|its|[\w-]+'s|"
            rf"[\w-]+th|\d+\w*)\s+){{0,3}}?{P}[^;]{{0,60}})"),
          check_takes_office, 0.85),
        R("takes_office_succeeded", "takes_office", _rx(
            rf"(?P<subj>{C})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{P})(?P<tail>[^;]{{0,60}})"),
          check_takes_office, 0.8),
        R("takes_office_handover", "takes_office", _rx(
            rf"(?<![\w-])(?P<trig>{take_n})\s+(?:{W}{{0,40}}?\s)?to\s+{ADJ}(?P<subj>{C})(?P<tail>[^;]{{0,60}})"),
          check_takes_office, 0.75),
        # "Stoltenberg handed over to Rutte": the incumbent, named, passes the post on
        R("takes_office_handed_over", "takes_office", _rx(
            rf"(?P<giver>{holder})(?P<gap>{WP}{{0,60}}?)(?<![\w-])(?P<trig>{hand_over})\s+(?:to|for)\s+{ADJ}"
            rf"(?P<subj>{C})(?P<tail>[^;]{{0,60}})"),
          check_takes_office, 0.75),
    ]


def denied_candidacies(shape: Shape, grammar: Grammar) -> set[str]:
    """People who say they are not in the race ("she said she was not a candidate")."""
    return {v for m in grammar.denial.finditer(shape.text)
            if not _possessive_only(g := shape.group_at(m.start("subj"))) for v in g.values}


# ---------------------------------------------------------------- checks
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


def _other_race_in(text: str) -> bool:
    return re.search(r"⟨X\d+⟩", text) is not None


def _object_ok(ctx: Context, m: re.Match) -> bool:
    """"Rutte's bid" is the candidate; "Rutte's coalition" is not."""
    after = ctx.shape.text[m.end("subj"):]
    poss = re.match(r"['’]s?\s+((?:[\w-]+\s+){0,2}[\w-]+)", after)
    return not poss or bool(_grammar(ctx).bid_noun.search(poss.group(1))) or "⟨P" in poss.group(1)


def _grammar(ctx: Context) -> Grammar:
    return Grammar.of(ctx.gazetteer)


def _assess(ctx: Context, m: re.Match, agent: str, *, support: bool = False, gap: str | None = None,
            near: bool = False):
    """Scope of one match; `near` (noun phrases) looks only at the few words before the trigger,
    since "had to win over the opponents of X" does not make the opponents hypothetical."""
    shape = ctx.shape.text
    agent_start = m.start(agent)
    left = shape[ctx.scope.clause_left(shape, agent_start):agent_start]
    if near:
        left = " ".join(left.split()[-2:])
    if gap is None:
        gap = m.group("gap") if _span(m, "gap") else ""
        if _span(m, "adv"):
            gap += " " + m.group("adv")
    right_end = ctx.scope.clause_right(shape, m.end())
    right = shape[m.end():right_end]
    clause_start = agent_start - len(left)
    lead = shape[max(0, clause_start - 80):clause_start] if not near else ""
    return ctx.scope.assess(shape, left, gap, right, title=ctx.is_title, support=support, lead=lead)


def _post_tokens(ctx: Context, start: int, end: int) -> list:
    out = []
    for t in re.finditer(P, ctx.shape.text[start:end]):
        out.append(ctx.shape.group_at(start + t.start()))
    return out


def _post_between(ctx: Context, start: int, end: int) -> bool:
    return any(g.form != "reference" or ctx.race_article for g in _post_tokens(ctx, start, end))


def _sentence_has_post(ctx: Context) -> bool:
    return _post_between(ctx, 0, len(ctx.shape.text))


def _finding(rule: Rule, m: re.Match, subjects, actors, status, confidence, marks_from) -> Finding:
    marks = [sp for sp in (_span(m, n) for n in marks_from) if sp]
    anchor = _span(m, "trig") or _span(m, "trig2") or (m.start(), m.end())
    return Finding(rule.type, tuple(subjects), tuple(actors), status, round(max(0.05, min(confidence, 0.99)), 2),
                   rule.name, marks, anchor[0])


def _actor_values(ctx: Context, m: re.Match, *names: str) -> list[str]:
    values = []
    for n in names:
        g = _group(m, ctx, n) if _span(m, n) else None
        if g is not None and g.kind in (STATE, ORG):
            values += list(g.values)
    return values


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


def check_actor_verb(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """An actor (state or NATO) acts on a candidate: support, opposition, refusal."""
    actors = _actor_values(ctx, m, "actor", "actor2")
    if not actors:
        return
    if _span(m, "objstate"):
        # "We support Romania": support for the state's own candidate, in a race sentence
        state = _group(m, ctx, "objstate")
        names = [c for v in state.values for c in ctx.gazetteer.states_with_candidates.get(v, ())]
        if len(names) != 1 or not _sentence_has_post(ctx) and not ctx.race_article:
            return
        subj_group, subjects = state, names
    else:
        subj_group = _group(m, ctx, "subj")
        if subj_group is None or subj_group.kind != CANDIDATE or not _object_ok(ctx, m):
            return
        subjects = list(subj_group.values)
    if not _object_for_post(ctx, m.end()):
        return
    trigger = _span(m, "trig") or _span(m, "trig2")
    # "Turkey dropped its objections to Rutte" states the earlier refusal (the guide's ended stance)
    ended = rule.type == "opposition" and _grammar(ctx).reversal.search(ctx.shape.text[m.end("actor"):trigger[0]])
    actor_group = _group(m, ctx, "actor")
    if actor_group.kind == ORG and re.match(r"\s+as\s+(?:\S+\s+){0,3}?" + P, ctx.shape.text[m.end():]):
        return      # the alliance endorsing him "as" secretary general is the appointment (own rule)
    verdict = _assess(ctx, m, "actor", support=rule.type == "endorsement")
    if verdict.blocked:
        return
    etype = "opposition" if verdict.refusal or ended else rule.type
    conf = _confidence(rule, verdict.status, [actor_group, subj_group])
    f = _finding(rule, m, subjects, actors, verdict.status, conf, ("actor", "actor2", "trig", "trig2", "subj", "objstate"))
    f.type, f.undated = etype, bool(ended)
    yield f


_FOR_AS = re.compile(r"\s*(?:as(?!\s+well\b)|for(?!\s+(?:months|weeks|days|years|now|long|a\s+while|the\s+time\s+being))|"
                     r"to\s+(?:be|become|head|lead|run))\b", re.I)


def _object_for_post(ctx: Context, end: int) -> bool:
    """Support "for"/"as" something must be for the post: "backs Iohannis for a second term" is not."""
    after = ctx.shape.text[end:]
    window = after[:45]
    if _other_race_in(window) and not _post_between(ctx, end, end + 45):
        return False
    qualified = _FOR_AS.match(after)
    return not qualified or _post_between(ctx, end, end + qualified.end() + 40) or bool(
        re.match(r"\s*(?:the\s+)?⟨O\d+⟩(?!['’]s)", after[qualified.end():]))   # "backs Rutte for NATO"


def check_passive(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"Rutte's bid is backed by Germany": the agent of the passive is the actor."""
    subj = _group(m, ctx, "subj")
    actors = _actor_values(ctx, m, "actor")
    if subj is None or not actors:
        return
    verdict = _assess(ctx, m, "subj", support=rule.type == "endorsement")
    if verdict.blocked or (verdict.refusal and rule.type == "opposition"):
        return      # "is not opposed by Hungary" states no stance
    etype = "opposition" if verdict.refusal else rule.type
    conf = _confidence(rule, verdict.status, [subj, _group(m, ctx, "actor")])
    f = _finding(rule, m, subj.values, actors, verdict.status, conf, ("subj", "trig", "actor"))
    f.type = etype
    yield f


def check_received(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"Rutte won the support of the US": the candidate receives, the named states give."""
    subj = _group(m, ctx, "subj")
    actors = _actor_values(ctx, m, "actor", "actor2")
    if subj is None or not actors or _possessive_only(subj):
        return
    if not _support_for_bid(ctx, m.end()):
        return
    verdict = _assess(ctx, m, "subj")
    if verdict.blocked:
        return
    conf = _confidence(rule, verdict.status, [subj, _group(m, ctx, "actor")])
    yield _finding(rule, m, subj.values, actors, verdict.status, conf, ("subj", "recv", "trig", "trig2", "actor", "actor2"))


_TIME = (r"(?:(?:early|late|mid|mid-)\s*)?(?:january|february|march|april|may|june|july|august|september|october|"
         r"november|december|spring|summer|autumn|fall|winter|now|the\s+moment|the\s+time\s+being|\d)[\w,]*")
_FOR_SOMETHING = re.compile(r"(?:\s+in\s+" + _TIME + r")?\s+(?:for|in|as)\b(?!\s+" + _TIME +
                            r"|\s+the\s+(?:running|race)\b)", re.I)

_FOR_OTHER = re.compile(r"\s+(?:for|on|over)\s+(?!(?:months|weeks|days|years|now|a\s+while|some\s+time|the\s+first\s+time|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\d|" + _TIME + r")\b)"
                        r"(?P<what>[^,;.⟨]{0,40}(?:⟨[A-Z]\d+⟩)?)", re.I)


def _support_for_bid(ctx: Context, end: int) -> bool:
    """"won Hungary's backing for the EU budget" is support for something else."""
    other = _FOR_OTHER.match(ctx.shape.text, end)
    if not other:
        return True
    what = other.group("what")
    return bool(re.search(r"⟨[CP]\d+⟩", what) or _grammar(ctx).bid_noun.search(what)) or not what.strip()


def check_nominal(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A support or opposition noun phrase naming both sides."""
    subj = _group(m, ctx, "subj")
    actors = _actor_values(ctx, m, "actor")
    if subj is None or subj.kind != CANDIDATE or not actors:
        return
    verdict = _assess(ctx, m, "trig", gap="", near=True)
    if verdict.blocked:
        return
    conf = _confidence(rule, verdict.status, [subj, _group(m, ctx, "actor")])
    yield _finding(rule, m, subj.values, actors, verdict.status, conf, ("trig", "subj", "actor"))


def check_fronted(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"With backing from Washington and London, Rutte ...": the one candidate of the main clause."""
    rest_start = m.start("rest")
    subjects = {v for t in re.finditer(C, m.group("rest")) for v in ctx.shape.group_at(rest_start + t.start()).values}
    actors = _actor_values(ctx, m, "actor")
    if len(subjects) != 1 or not actors:
        return
    verdict = _assess(ctx, m, "trig", gap=m.group("gap"))
    if verdict.blocked:
        return
    conf = _confidence(rule, verdict.status, [_group(m, ctx, "actor")])
    yield _finding(rule, m, sorted(subjects), actors, verdict.status, conf, ("trig", "actor"))


_FOLLOWED_WHEN = re.compile(r"\s*(?:$|[,.;:]|(?:in|on|later|soon|shortly|last|this|the\s+same|a\s+day|days|weeks|"
                            r"within|after|quickly|swiftly)\b)", re.I)


def _previous_stance(stances: list[tuple[int, str, str]], i: int) -> tuple[str, str] | None:
    """The stance "followed suit" repeats: the one stated earlier in this sentence, else the one
    of the two sentences before (None when they state several)."""
    for sentences in ((i,), (i - 1, i - 2)):
        recent = {(t, c) for n, t, c in stances if n in sentences}
        if recent:
            return recent.pop() if len(recent) == 1 else None
    return None


def check_followed(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """"Britain followed suit": the state takes the stance the previous sentence stated."""
    previous = _previous_stance(ctx.stances, ctx.index)
    if previous is None or _other_race_in(ctx.shape.text):
        return
    stance, subject = previous
    if ctx.shape.candidates - {subject}:
        return      # another candidate is named here: the stance may be about them
    if re.fullmatch(r"follow(?:s|ed)?", m.group("trig"), re.I) and not _FOLLOWED_WHEN.match(ctx.shape.text[m.end():]):
        return      # "Turkey followed in April", not "Turkey followed the talks"
    actors = _actor_values(ctx, m, "actor")
    verdict = _assess(ctx, m, "actor")
    if not actors or verdict.blocked or re.match(r"\s+(?:in|on|with|over)\s+(?!(?:the\s+)?(?:monday|tuesday|wednesday|"
                                                 r"thursday|friday|saturday|sunday|\d|january|february|march|april|"
                                                 r"may|june|july|august|september|october|november|december))",
                                                 ctx.shape.text[m.end():], re.I):
        return      # "followed suit on defence spending": the same, but about something else
    finding = _finding(rule, m, [subject], actors, verdict.status,
                       _confidence(rule, verdict.status, [_group(m, ctx, "actor")]), ("trig", "actor"))
    yield replace(finding, type=stance)


# "a candidate for/in/as" something; "in March", "in 2023", "in early spring" are times

_FOCUS_OBJECT = re.compile(r"\s*(?:for|to|of|behind|on|over|against|from)\s+(?P<what>[^,;.]{0,40})", re.I)


def _modal_after(ctx: Context, end: int) -> bool:
    """"Hungary's support would be decisive": a stance noun as the subject of a modal."""
    right = ctx.shape.text[end:ctx.scope.clause_right(ctx.shape.text, end)]
    return bool(ctx.scope.modality.search(right[:40]))


def check_focus(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A stance with a named state and no candidate in the sentence is about the candidate in focus,
    unless the noun's object is something else ("Hungary's support for Ukraine")."""
    if ctx.focus is None or not ctx.race_article or _other_race_in(ctx.shape.text):
        return
    actors = _actor_values(ctx, m, "actor", "actor2")
    actor_name = "actor" if _span(m, "actor") else "actor2"
    if not actors:
        return
    obj = _FOCUS_OBJECT.match(ctx.shape.text, m.end())
    if obj and not (re.search(r"⟨P\d+⟩", obj.group("what")) or re.match(
            r"(?:(?:his|her|the)\s+)?(?:[\w-]+\s+)?" + _grammar(ctx).bid_noun.pattern, obj.group("what"), re.I)
            or re.match(r"(?:months|weeks|days|years|now|a\s+while|the\s+first\s+time|monday|tuesday|wednesday|"
                        r"thursday|friday|saturday|sunday|\d)", obj.group("what"), re.I)):
        return
    trigger = _span(m, "trig") or _span(m, "trig2")
    before = ctx.shape.text[max(0, trigger[0] - 40):trigger[0]]
    # "Turkey dropped its objections" states the earlier refusal (the guide's ended stance)
    ended = rule.type == "opposition" and _grammar(ctx).reversal.search(before + " " + ctx.shape.text[trigger[0]:m.end()])
    if re.search(r"\b(?:without|need|needs|needed|requires?|seeking|seek|seeks|sought|win|winning|secure|securing|"
                 r"get|getting|hopes?|hoping|lack|lacks|lacking|courting|courts|wooing|woo|asked|asking|asks|"
                 r"await|awaits|awaiting|lobbying)\b(?:[^⟨⟩]|⟨S\d+⟩){0,30}$", before, re.I):
        return      # a stance still to be won is no stance
    agent = actor_name if rule.name in ("focus_possessive", "focus_giving", "focus_withheld", "focus_opposed") or _span(
        m, "actor2") else "trig"
    if agent == "trig" and not _span(m, "trig"):
        agent = "trig2"     # "came on board": the other trigger matched
    # the verb governing the noun phrase may negate it ("has not yet received Hungary's backing")
    start = m.start(agent)
    pre = ctx.shape.text[ctx.scope.clause_left(ctx.shape.text, start):start]
    verdict = _assess(ctx, m, agent, gap=pre + " " + (m.group("gap") if _span(m, "gap") else ""))
    if verdict.blocked or _modal_after(ctx, m.end()):
        return
    conf = _confidence(rule, verdict.status, [_group(m, ctx, actor_name)])
    f = _finding(rule, m, [ctx.focus], actors, verdict.status, conf, ("trig", "trig2", "actor", "actor2"))
    f.undated = bool(ended)
    yield f


def check_candidacy(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A person enters the race; the post must be in reach (or the article is about the race)."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or _possessive_only(subj):
        return
    if rule.name == "candidacy_running" and (_NOUN_BEFORE.search(m.group("gap")) or (
            not m.group("gap").strip() and _possessive_only(subj))):
        return      # "Rutte's bid for", "his bid for": the noun, not the verb
    tail = m.group("tail") if _span(m, "tail") else ""
    tail_start = m.start("tail") if _span(m, "tail") else m.end()
    race_phrase = re.search(r"\b(?:race|contest|competition|the\s+running|contention|ring|name\s+forward)\b", m.group("trig"), re.I)
    if race_phrase and not (_sentence_has_post(ctx) or ctx.race_article):
        return
    if rule.name == "candidacy_interest" and ctx.race_article and re.search(r"\b(?:serve|lead|interest)$", m.group("trig"), re.I) \
            and re.match(r"\s*(?:[.,;!?\"”']|$)", tail):
        race_phrase = True      # "said he would be honoured to serve." in an article about the race
    if rule.name in ("candidacy_interest", "candidacy_running", "candidacy_participle") and not race_phrase:
        post_at = re.search(P, tail[:50])
        if post_at is None or _other_race_in(tail[:post_at.start()]) or "⟨C" in tail[:post_at.start()]:
            return
        if not _post_between(ctx, tail_start, tail_start + post_at.end()):
            return
        if rule.name == "candidacy_interest" and re.search(r"\b(?:like|love|wants?|wanted)$", m.group("trig"), re.I) \
                and not re.match(r"\s*(?:(?:the|to\s+(?:be|become|lead|run|head)|to\s+take\s+on|to\s+take\s+over)\s+)*⟨P\d+⟩(?!\s+to\b)", tail):
            return      # "would like the job", not "would like the NATO chief to visit"
    else:
        near = tail[:40]
        if _other_race_in(near) and not _post_between(ctx, tail_start, tail_start + 40):
            return
        if rule.name != "candidacy_listed" and _FOR_SOMETHING.match(tail) and not _post_between(
                ctx, tail_start, tail_start + 40):
            return          # a candidate "for" something that is not the post
        if not (_sentence_has_post(ctx) or ctx.race_article):
            return
    if rule.name == "candidacy_listed" and _other_race_in(tail):
        return
    if rule.name in ("candidacy_nominated", "candidacy_nominated_passive") and not _object_ok(ctx, m):
        return
    agent = "actor" if rule.name == "candidacy_nominated" else ("trig" if rule.name in (
        "candidacy_called", "candidacy_listed", "candidacy_participle") else "subj")
    gap = None if _span(m, "gap") and agent != "trig" else ""
    if rule.name == "candidacy_participle":
        gap = ""
    verdict = _assess(ctx, m, agent, gap=gap)
    if verdict.blocked:
        return
    actors = _actor_values(ctx, m, "actor") or [None]
    conf = _confidence(rule, verdict.status, [subj])
    yield _finding(rule, m, subj.values, actors[:1], verdict.status, conf, ("subj", "trig", "noun", "actor"))
    if rule.name.startswith("candidacy_nominated") and actors[0] is not None:
        # a state nominating a person backs them too (the guide: nomination = candidacy + endorsement)
        backing = _finding(rule, m, subj.values, actors, verdict.status, conf, ("subj", "trig", "actor"))
        backing.type = "endorsement"
        yield backing


def check_praise(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate of the story praising the post as a job for themself shows interest in it."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or _possessive_only(subj):
        return
    if not (_post_between(ctx, m.end("trig"), m.end()) or ctx.race_article):
        return      # "the role" alone is the post only in an article about the race
    if _other_race_in(ctx.shape.text[m.end("trig"):m.end()]):
        return
    if rule.name == "candidacy_praise_quoted":
        # the quotation is the praise itself: its "would" is not the attribution's modality
        verdict = _assess(ctx, m, "trig", gap="", near=True)
    else:
        verdict = _assess(ctx, m, "subj")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("subj", "trig"))


def check_possessed_bid(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate's own bid, named as a thing that exists ("her candidacy faltered"), in a race article."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or not (ctx.race_article or _sentence_has_post(ctx)):
        return
    if _other_race_in(m.group("tail")[:40]):
        return
    verdict = _assess(ctx, m, "subj", gap="")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("subj", "noun", "trig"))


def check_label(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate named with a candidate label ("the Dutch candidate") in an article about the race."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or not ctx.race_article or not ctx.sentence:
        return
    if not _LABEL_PLACE.search(ctx.shape.text[:m.start()]):
        return      # "support for the Romanian candidate X": the label only names whom the support is for
    for x in subj.mentions:
        label = _LABEL.search(ctx.sentence, x.start, x.end)
        if label is None or _LABEL_DOUBT.search(ctx.sentence[max(0, label.start() - 40):label.start()]):
            continue
        verdict = _assess(ctx, m, "subj", gap="")
        if verdict.blocked:
            return
        yield _finding(rule, m, [x.value], [None], verdict.status, _confidence(rule, verdict.status, [subj]), ("subj",))
        return


def check_withdrawn_by_state(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A state takes back its candidate's bid: the candidate's withdrawal."""
    subj = _group(m, ctx, "subj" if _span(m, "subj") else "subj2")
    if subj is None or subj.kind != CANDIDATE or not (_sentence_has_post(ctx) or ctx.race_article):
        return
    if _other_race_in(m.group("tail")):
        return
    verdict = _assess(ctx, m, "actor")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("subj", "subj2", "trig"))


def check_withdrawal(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The candidate leaves the race: a race object ("the race", "his bid") or a phrasal verb of leaving."""
    subj = _group(m, ctx, "subj")
    if subj is None or _possessive_only(subj):
        return
    if rule.name == "withdrawal_verb" and re.match(r"['’]s?\s", ctx.shape.text[m.end("subj"):]):
        return      # "Rutte's only rival, abandoned his bid": a possessive is not who withdrew
    tail = m.group("tail")
    trig = m.group("trig").lower()
    intrinsic = re.fullmatch(r"(?:pulled|pulls|pulling|dropped|drops|dropping|bowed|bows)\s+out|"
                             r"(?:ruled|rules)\s+(?:him|her)self\s+out|(?:left|leaves)\s+the\s+race", trig)
    has_object = _grammar(ctx).race_object.match(tail) is not None or (
        rule.name == "withdrawal_possessive" and ctx.race_article)
    bare = re.fullmatch(r"withdr[eaou]w[ns]?", trig) and ctx.race_article and _DATED_TAIL.match(tail)
    if not has_object and not (intrinsic and not re.match(r"\s+of\b", tail)) and not bare:
        return
    if not has_object and not (_sentence_has_post(ctx) or ctx.race_article):
        return
    if _other_race_in(tail[:40]):
        return
    verdict = _assess(ctx, m, "subj") if _span(m, "gap") else _assess(ctx, m, "subj", gap="")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("subj", "trig"))


_APPOINT_AS = re.compile(r"^\s*(?:(?:as|to\s+be(?:come)?|to\s+the\s+post\s+of)\s+)?(?:(?:the|its|their|new|next|[\w-]+'s|"
                         r"⟨O\d+⟩['’]s|[\w-]+th|\d+\w*|military|defence|defense|western|transatlantic)\s+){0,4}?" + P)
_APPOINT_BY = re.compile(r"^[^⟨⟩;]{0,40}?\bby\s+(?:(?:the|all|its|\d+|fellow|nato)\s+)*⟨[OM]\d+⟩")


# verbs that choose a person outright; "endorsed"/"backed"/"approved" only appoint "as" the post
_CHOOSING = re.compile(r"(?:appoint|chose|choos|select|name|pick|elect|tap|design|confirm)", re.I)
# "chose Rutte to succeed Stoltenberg", "named Rutte its next chief", "picked Rutte on Wednesday"
_CHOSEN_TAIL = re.compile(r"^\s*(?:$|[,.]|to\s+⟨P\d+⟩|(?:on|in|at|last|this|after|during|by|to\s+(?:succeed|replace|"
                          r"lead|head|take\s+over|become)|(?:as\s+)?(?:its|their|the)\s+(?:(?:⟨O\d+⟩|[\w-]+)['’]s\s+)?"
                          r"(?:new|next|\d+\w*))\b)", re.I)


# "Rutte was appointed on Wednesday" needs no "by NATO" in an article about the race ("confirmed" does)
_CHOSEN_BARE = re.compile(r"(?:appoint|chose|chosen|select|named|picked|elected|tapped|designated)", re.I)
# "US support for Rutte was confirmed": the name is an object, not what was chosen
_OBJECT_BEFORE = re.compile(r"\b(?:for|of|to|behind|with|from|against|over)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _chosen_for_race(ctx: Context, m: re.Match) -> bool:
    """The alliance "picked Rutte" in an article about the race: the post is the one at stake."""
    return (ctx.race_article and bool(_CHOOSING.match(m.group("trig")))
            and bool(_CHOSEN_TAIL.match(m.group("tail"))))


def check_appointment(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """NATO chooses the candidate "as" the post, or the candidate is chosen "by" NATO/the allies."""
    subj = _group(m, ctx, "subj")
    if subj is None or _possessive_only(subj):
        return
    tail = m.group("tail")
    as_post = _APPOINT_AS.match(tail)
    if as_post and not _post_between(ctx, m.start("tail"), m.start("tail") + as_post.end()):
        as_post = None
    if rule.name == "appointment_headline" and not (ctx.is_title and as_post):
        return
    by_org = rule.name != "appointment_passive" or _APPOINT_BY.match(tail) or (
        ctx.has_day_date and _DATED_TAIL.match(tail) and _CHOSEN_BARE.match(m.group("trig"))
        and not _OBJECT_BEFORE.search(ctx.shape.text[:m.start("subj")]))
    if not (as_post or (by_org and (_sentence_has_post(ctx) or ctx.race_article))):
        return
    if _other_race_in(tail[:as_post.end() if as_post else 40]):
        return
    if rule.name == "appointment_active" and not (as_post or _chosen_for_race(ctx, m)):
        return
    verdict = _assess(ctx, m, "subj" if rule.name in ("appointment_passive", "appointment_headline") else "actor")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, [ctx.gazetteer.story.organisation.name], verdict.status,
                   _confidence(rule, verdict.status, [subj]), ("subj", "trig", "actor"))


# a clause that ends, or goes on with a time, after the verb: "took office on Tuesday", "withdrew last week"
_DATED_TAIL = re.compile(r"^\s*(?:$|[,.;:]|(?:on|last|this|earlier|yesterday|today|after|before|just|officially|"
                         r"formally)\b)", re.I)


def _trigger_in_sentence(ctx: Context, m: re.Match) -> int:
    return ctx.shape.to_sentence(m.start("trig"), m.end("trig"))[0]


_AT_ORG = re.compile(r"\s+(?:of|at|in\s+charge\s+of|as\s+(?:head|leader|chief)\s+of)?\s*⟨O\d+⟩")


# a headline's "Rutte to take over NATO on October 1" is "Rutte is to take over"
_HEADLINE_TO = re.compile(r"^\s*(?:(?P<fixed>due|scheduled)\s+|set\s+)?to\s+(?:\w+ly\s+)?$", re.I)
_WHEN_CLAUSE = re.compile(r"\b(?:after|when|once|until|till|before|as\s+soon\s+as|by\s+the\s+time|whenever|if)\s+"
                          r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


# "is to take office", "is set to take over", "is due to take up the post": a schedule stated as fact, like "will";
# "due"/"scheduled" carry the schedule themselves, so they need no named day
_SCHEDULED = re.compile(r"\b(?:is|are)\s+(?:(?P<fixed>due|scheduled)\s+|set\s+)?to\s+(?:\w+ly\s+)?$", re.I)


def check_takes_office(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The candidate assumes the post; a future form needs a named day ("on Tuesday, October 1")."""
    subj = _group(m, ctx, "subj")
    if subj is None or _possessive_only(subj):
        return
    tail = m.group("tail")
    tail_start = m.start("tail")
    gap = m.group("gap") if _span(m, "gap") else ""
    post_near = _post_between(ctx, tail_start, tail_start + min(len(tail), 45)) or _post_between(
        ctx, m.start(), m.start("trig"))
    if rule.name == "takes_office_verb" and _AT_ORG.match(tail):
        post_near = True     # "took the helm of NATO", "took over at the alliance"
    if rule.name == "takes_office_verb" and _post_between(ctx, m.start("trig"), m.end("trig")) and not (
            re.match(r"\s+(?:of|as|at|in)\b(?!\s+(?:the\s+)?⟨[OPM])", tail)
            and all(g.form == "reference" for g in _post_tokens(ctx, m.start("trig"), m.end("trig")))):
        post_near = True     # "assumed the post", "stepped into the role"; not "the role of Dutch envoy"
    if rule.name == "takes_office_verb" and _grammar(ctx).from_incumbent.match(tail):
        post_near = True
    if rule.name == "takes_office_verb" and re.search(r"\bpost\b", m.group("trig"), re.I) and ctx.race_article \
            and not re.match(r"\s+(?:as|of|at|in)\b", tail):
        post_near = True     # "will take up his post on October 1" in an article about the race
    if rule.name == "takes_office_verb" and ctx.race_article and ctx.has_day_date and _DATED_TAIL.match(tail):
        post_near = True     # "Rutte took office on Tuesday" in an article about the race
    if rule.name == "takes_office_handover":
        post_near = _sentence_has_post(ctx)
    if rule.name == "takes_office_handed_over":
        post_near = _sentence_has_post(ctx) or ctx.race_article
    if rule.name == "takes_office_succeeded":
        # "succeeded Stoltenberg"; "will succeed Stoltenberg on 1 October" is the schedule stated as fact
        post_near = ctx.shape.group_at(m.start("trig")).form == "succession" or (
            ctx.has_day_date and re.search(r"\bwill\s+(?:\w+ly\s+)?$", gap, re.I) is not None
            and re.match(r"(?:succeed|replace)\b", ctx.sentence[_trigger_in_sentence(ctx, m):], re.I) is not None)
    if not post_near:
        return
    if _other_race_in(tail[:45]):
        return
    if rule.name != "takes_office_handed_over" and _WHEN_CLAUSE.search(ctx.shape.text[:m.start("subj")]) \
            and not re.match(r"(?:took|became|began|\w+ed)\b", m.group("trig"), re.I) and not ctx.has_day_date:
        return      # "after Rutte becomes secretary general": a time to come; "after he took office" is past,
        # "when he takes over on Tuesday" a schedule
    scheduled = _SCHEDULED.search(gap) or (_HEADLINE_TO.search(gap) if ctx.is_title else None)
    verdict = _assess(ctx, m, {"takes_office_handover": "trig", "takes_office_handed_over": "giver"}.get(rule.name, "subj"),
                      gap=(gap[:scheduled.start()] + " will " + gap[scheduled.end():]) if scheduled
                      else None if _span(m, "gap") else "")
    if verdict.blocked:
        return
    if re.search(r"\bto\s+(?:\w+ly\s+)?$", gap, re.I) and not scheduled and not re.search(
            r"\b(?:is|are|was|were)\s+to\s+(?:\w+ly\s+)?$", gap, re.I):
        return      # "endorsed Rutte to become", "is running to become": a goal, not the post taken
    future = re.search(r"\b(?:will|shall|'ll|is\s+to|are\s+to|to)\s+(?:\w+ly\s+)?$", gap, re.I) or re.match(
        r"(?:take|become|assume)\b", m.group("trig"), re.I)
    if future and not ctx.has_day_date and not (scheduled and scheduled.group("fixed")):
        return
    yield _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("subj", "trig"))
