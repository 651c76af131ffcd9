"""The frames' shared parts: shape tokens, Finding, Context, Rule and role helpers (Vocab is vocab.py's).

Every rule is a `Rule` with a name (reported in Event.rule), the event type,
a pattern built from lexicon word lists and one of a few named checks. Groups
in a pattern: `subj` (the candidate), `actor`/`actor2` (states or NATO),
`trig` (the trigger), `gap` (words between agent and trigger, judged by
scope.py), `tail` (words after the trigger that must name the post).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterator

from natowatch.extract.calendar_names import WEEKDAY_NAMES
from natowatch.extract.clauses import Shape, own_of_last
from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.lexicon import cardinals
from natowatch.extract.scope import Scope
from natowatch.extract.frames.time_phrases import _TIME

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
       r"(?:a|" + cardinals(1, 5) + r"|both|several)\s+(?:[\w-]+\s+){0,2}?(?:members?|states?|countries|powers|governments|allies|capitals|veto[- ]holders?),)\s+|"
       # (a relative clause naming them may come after the group's own phrase: "two members in the polls of
       # September, which diplomats identified as ...")
       r"(?:[^⟨⟩;]|⟨[MO]\d+⟩){0,90}?,\s*(?:(?:which|who|whom),?\s+(?:(?!(?:not|never|no)\b)[\w-]+\s+){1,3}?(?:identified|named|described)\s+as|"
       r"(?:which|who),?\s+according\s+to\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:were|was|are|is))\s+)?")
# an explainer's heading and what follows it, up to its next clause: "Rafael Grossi (Argentina): nominated by ...;
# endorsed by ...", the colon a dash in plain text too ("Rafael Grossi - nominated by Argentina"; a hyphen only with
# spaces round it, so no "co-nominated"); a table row's bar parts its cells as a colon does ("Rafael Grossi | Argentina |
# nominated by Argentina | in the race")
HEADING_SEP = r"\s*(?:[:—–|]|(?<=\s)--?(?=\s))\s*"
HEADING_CLAUSE = r"(?:(?:[^;⟨⟩]|⟨[SOP]\d+⟩){0,60}[;|]\s*)"
HEADING_GAP = HEADING_SEP + HEADING_CLAUSE + "*?"
# roles and honorifics before a name: "former Prime Minister Rutte", "Mr. Rutte"
# a leader's title before a state's person: "the backing of Prime Minister Rishi Sunak"
# the candidate's own state: "backed by his native Argentina", "the support of her own Chile"
TITLE = (r"(?:(?:his|her|their)\s+(?:own\s+)?(?:native|home)\s+|(?:his|her|their)\s+own\s+)?"
         # "the support of the government of Javier Milei"
         r"(?:(?:government|administration|cabinet)\s+of\s+(?:the\s+)?)?"
         r"(?:(?:prime\s+minister|president|chancellor|premier|foreign\s+minister|king)\s+)?")
# (a candidate named by a role noun keeps its article outside the name: "appointed the Dutchman as", "the
# nomination of the Costa Rican economist")
# (and an honorific of address: "nominated the Honourable X", "His Excellency X", "H.E. Ms. X", "Madam X", "Ambassador X")
ADJ = (r"(?:the\s+)?(?:(?:outgoing|incumbent|former|current|caretaker|acting|mr|mrs|ms|dr|sir|pm|president|"
       r"prime\s+minister|premier|foreign\s+minister|ambassador|(?:right\s+|rt\.?\s+)?(?:honourable|honorable|hon)|"
       r"(?:his|her)\s+excellency|h\.\s?e|dame|madam|madame|mme)\.?\s+)*")


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
    # "Latvia and Lithuania back Karins and Kallas respectively": the n-th actor with the n-th subject only
    paired: bool = False


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
    # the candidates the article named before this sentence, in order, when it counts the race's people ("All four
    # candidates said ..."; grammar.counted_back)
    named_before: tuple[str, ...] = ()


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
    # nominal (a noun phrase that a modal or negation after it leaves unstated), race_role (a rival role whose owner is
    # in the race only when it names the race or a candidate noun: "X's rival candidate, Y")
    traits: frozenset[str] = frozenset()
    # rules with an actor group only run on sentences that name a state or NATO (an optional
    # passive agent, "by Peru", is named `agent` instead)
    needs_actor: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "needs_actor", "(?P<actor>" in self.pattern.pattern)


def _rx(text: str) -> re.Pattern:
    return compiled_pattern(text, re.I)


# a relative clause after a list's last member and its origin: "A and B of Peru, which is ..."
_LAST_RELATIVE = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:⟨S\d+⟩|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?))?\s*,\s*(?P<rel>which|who|whose)\b\s*", re.I)


def _group(m: re.Match, ctx: Context, name: str):
    try:
        start = m.start(name)
    except IndexError:
        return None
    if start < 0:
        return None
    g = ctx.shape.group_at(start)
    if len(g.mentions) > 1 and (rel := _LAST_RELATIVE.match(ctx.shape.text, m.end(name))):
        # "A and B, which is backing X": the relative clause that holds the predicate is the last member's alone
        trig = _span(m, "trig")
        at = trig[0] if trig and trig[0] >= rel.end() else m.end()
        if at >= rel.end() and "," not in ctx.shape.text[rel.end():at] and own_of_last(ctx.sentence, g, rel.group("rel"), ctx.shape.text[rel.end():]):
            last = g.mentions[-1]
            return replace(g, values=(last.value,), mentions=(last,))
    return g


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
    "the handover could slip" state nothing yet; also after an aside set off by commas ("X's nomination by S, though
    long expected, has not been tabled")."""
    aside = _ASIDE_BEFORE_PREDICATE.match(ctx.shape.text, end)
    for at in (end, aside.end()) if aside else (end,):
        right = ctx.shape.text[at:ctx.scope.clause_right(ctx.shape.text, at)][:50]
        if ctx.scope.modal(right) or _NOT.search(right) or ctx.scope.unsettled.match(right):
            return True
    return False


# an aside set off by commas between a noun phrase and its predicate: ", though long expected,", ", sought in May,"
_ASIDE_BEFORE_PREDICATE = re.compile(r"\s*,\s*[^,;()⟨⟩]{2,80}?,(?=\s*(?-i:[a-z]))")


def ungiven_after(ctx: Context, end: int) -> bool:
    """A stance or nomination noun phrase ending at `end` whose own predicate is a negated passive of giving or
    declaring it, after an aside or not ("Endorsement of X by Poland has still not been formally issued", "X's
    nomination by S, though long expected, has not been tabled"): the stance not taken yet (the guide)."""
    aside = _ASIDE_BEFORE_PREDICATE.match(ctx.shape.text, end)
    return any(_grammar(ctx).ungiven_after.match(ctx.shape.text, at) for at in ((end, aside.end()) if aside else (end,)))


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
KEPT_BY_NEGATION = re.compile(r"(?:\b(?:not|never|cannot|yet\s+to|(?:refus|declin)\w*"
                              # (a day or a manner between the refusal and its verb: "refused on Tuesday to", "declined
                              # again to", "refused flatly to")
                              r"(?:\s+(?:on|last|this|again\s+on)\s+[\w-]+|\s+(?:again|once\s+more|\w+ly))?\s+to|"
                              # (an intent denied: "has no intention of withdrawing its nomination")
                              r"(?:no|little)\s+(?:intention|plans?|desire|thought|wish)\s+(?:of|to))|n['’]t)\s+"
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


# a whole quotation in double or single marks, curly or straight (a single one's inner marks between letters are
# apostrophes: "‘Turkey’s veto’", "'Rutte's bid'")
_QUOTATION = re.compile(r"“[^“”]+”|(?<![\w’])‘(?:[^‘’]|’(?=\w))+’(?!\w)|\"[^\"]+\"|(?<![\w'⟩])'(?=\S)(?:[^']|(?<=[\w⟩])'(?=\w))+(?<=\S)'(?!\w)")


def _outside_quotations(text: str, start: int) -> bool:
    """The text holds a whole quotation and `start` is in none of them: the clause there is the article's own, which a
    fact-check's verdict on the quoted claim does not deny ('Hungary backs X, and a post claims ‘Turkey vetoed him.’
    FALSE.', '"Turkey vetoed X," a post claims, but Hungary backs him. FALSE.')."""
    spans = [q.span() for q in _QUOTATION.finditer(text)]
    return bool(spans) and not any(a <= start < b for a, b in spans)


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
    # (an intransitive stance is its own agent and trigger, "before Turkey says yes": its tense tells a clause of
    # what is still to come)
    trigger = trigger or (m.group("trig2") if agent == "trig2" else "")
    # (a stance noun the agent owns: "Peru's backing of X")
    possessed = re.match(r"['’]s?\s", shape[m.end(agent):m.end(agent) + 3]) is not None
    rest = shape[m.end():]
    # (the next sentence's denial or verdict denies the claim quoted last: a clause standing outside a whole
    # quotation is the article's own, 'Hungary backs X, and a post claims "Turkey vetoed him." FALSE.')
    denied_next = "" if not ctx.denied_next or near or _outside_quotations(shape, m.start(agent)) \
        or rest.count('"') >= 2 and rest.count('"') % 2 == 0 else ctx.denied_next
    ctx.verdict = ctx.scope.assess(shape, left, gap, right, title=ctx.is_title, support=support, lead=lead,
                                   trigger=trigger, undoubted=undoubted, after=rest + " " + denied_next if not near else "",
                                   possessed=possessed)
    return ctx.verdict


def _post_tokens(ctx: Context, start: int, end: int) -> list:
    out = []
    for t in re.finditer(P, ctx.shape.text[start:end]):
        out.append(ctx.shape.group_at(start + t.start()))
    return out


# after a reference ("the position", "the post"), "of" and a word that is not the post name another office: "the
# position of mayor of Sibiu", also after a body's or a state's name: "the post of IMF managing director", "of EU
# Council president", "of Chile's president"
# (not "the post of ⟨secretary general⟩")
_REFERENCE_OF_OTHER = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨[PO]\d)(?:an?\s+|the\s+)?"
                                 r"(?:(?:(?-i:[A-Z])[\w-]*|⟨S\d+⟩(?:['’]s)?)\s+){0,3}(?-i:[a-z])", re.I)


def _other_post_named(ctx: Context, start: int, end: int) -> bool:
    """A generic post reference between `start` and `end` that another office's name follows ("for the post of IMF
    managing director"): what a name's comma-set continuation is a candidacy for (not "for whom it will campaign", "for
    the July straw polls": no post named there)."""
    return any(ctx.shape.group_at(start + t.start()).form == "reference"
               and _REFERENCE_OF_OTHER.match(ctx.shape.text, start + t.end())
               for t in re.finditer(P, ctx.shape.text[start:end]))


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
                   rule.name, marks, anchor[0], roles=roles,
                   paired=len(subjects) == len(actors) > 1 and _RESPECTIVELY.match(m.string, m.end()) is not None)


# "back Karins and Kallas respectively", "..., respectively,": each with its own (a time may come between)
_RESPECTIVELY = re.compile(r"(?:\s+(?:on|in|at|last|this|since)\s+[\w⟨⟩-]+){0,2}\s*,?\s*respectively\b", re.I)


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


# a campaign about something else: "a campaign against smuggling", "a campaign for reform"
_OTHER_AIM = re.compile(r"\s+(?:against|to\s+(?!(?:become|lead|head|run|succeed)\b)|for\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,2}?⟨P))",
                        re.I)

_FOR_OTHER = re.compile(r"\s+(?:for|on|over)\s+(?!(?:months|weeks|days|years|now|a\s+while|some\s+time|the\s+first\s+time|"
                        + WEEKDAY_NAMES + r"|the\s+\d|" + _TIME + r")\b)"
                        r"(?P<what>[^,;.⟨]{0,40}(?:⟨[A-Z]\d+⟩)?)", re.I)


# a list of candidates chosen by a body the story does not know, as the subject of the verb before it: a capitalised
# name (the story's states, bodies and organisation are tokens) right before a past verb ("The Committee of Ministers
# shortlisted three candidates:"; not "The North Atlantic Council heard two candidates", "The alliance has received")
OTHER_BODY_SUBJECT = re.compile(r"(?:^|[,;:]\s*)\W*(?:[Tt]he\s+)?(?!(?:The|A|An|Its|Their|His|Her|All|Both|Several|These|Those)\b)(?-i:[A-Z][\w-]+)(?:\s+(?:of\s+(?:the\s+)?|for\s+)?(?-i:[A-Z][\w-]+))*"
                                 r"\s+(?:(?:has|have|had)\s+)?(?:(?-i:[a-z]+ly)\s+)?(?-i:[a-z]+ed)\s+"
                                 r"(?:(?:the|its|their|all|both|several|" + cardinals(2, 10) + r"|\d+)\s+)?$")
