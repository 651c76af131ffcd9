"""A candidacy stated by the race itself: a person named as one of its roles, or as one of its members.

The guide: a candidacy is stated, not assessed. The article's own voice states one when it gives a person a role of
the race (a role noun predicated of them or set beside them: "X is so far the only other declared contender", "His
only challenger, X,", "X remains at this stage the sole rival to Y": X, whose bid the article states; Y's is
only implied, and gold sets 12 and 20 do not read it), counts the race's people before listing them
("Four candidates have been formally presented and will each appear ...: A, B and C", "the two men left standing in
the race - A and B -"), has a person join the others in it ("X joins A of S, B of T and C in the race"), names the
contest by its size with its members ("a three-way contest with A and B") or tells of a person's campaign or entry
into the race as a thing that exists ("X, whose late entry into the race ..."; a campaign's: candidacy.py's
candidacy_possessed_campaign).
Each form is read with the same link between the person and the role: a verb of being and any adverbials of time
or degree that state nothing of their own ("so far", "for now", "at this stage", "until last week"), or an
apposition. What only assesses the role ("the most likely contender", "a possible rival"), a modal or a negation
over it, another contest's role and a count with no names give no event.
"""
from __future__ import annotations

import re
from typing import Iterator

from natowatch.extract.calendar_names import MONTH_NAMES, SEASON_NAMES, WEEKDAY_NAMES
from natowatch.extract.mentions import CANDIDATE
from natowatch.extract.frames.base import (
    OTHER_BODY_SUBJECT, ADJ, C, P, S, WP, Context, Finding, Rule, _assess, _confidence, _finding, _grammar, _group, _other_race_in,
    _possessive_only, _rx, _sentence_has_post, _span,
)
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.lexicon import field_size
from natowatch.extract.frames.candidacy_checks import check_candidacy
from natowatch.extract.frames.candidacy_field import _RACE_ROLE
from natowatch.extract.frames.field import _ITEM_LABEL, _POSSESSOR, _items


# an adverbial between a verb of being and its role that states nothing of its own: "is so far", "remains, for now,",
# "was until last week", "became in January" (not a hedge: "is probably", "is arguably", "is likely")
_HEDGED_LY = (r"(?:likely|probably|possibly|arguably|supposedly|allegedly|seemingly|apparently|potentially|"
              r"hypothetically|presumably|reportedly|widely|only|hardly|scarcely|barely|theoretically|nominally)")
LINK_ADVERBIAL = (r"(?:,\s*)?(?:(?:(?!" + _HEDGED_LY + r"\b)[a-z]+ly|so\s+far|thus\s+far|for\s+now|by\s+now|as\s+yet|to\s+date|"
                  r"now|still|already|also|yet|currently|at\s+(?:present|this\s+(?:stage|point)|the\s+moment|that\s+(?:stage|point|time))|"
                  # (the race's own start: "was, from the outset, the first declared candidate")
                  r"(?:from|since|at)\s+the\s+(?:very\s+)?(?:outset|start|beginning)|"
                  r"as\s+of\s+(?:now|today|this\s+week)|(?:until|till|since|in|by|from|as\s+of)\s+(?:(?:last|this|early|late|mid)\s+)?"
                  r"(?:week|month|year|" + MONTH_NAMES
                  + "|" + SEASON_NAMES + "|" + WEEKDAY_NAMES + r"|\d{4}|now)"
                  r"(?:\s+\d{4})?)(?:\s*,)?\s+){0,3}")
# words of a role's noun phrase before its noun: what it is in the race, never an assessment of it (those are
# read by the check: candidacy's assessing words)
_ROLE_WORDS = r"(?:(?:[\w-]+|⟨[SP]\d+⟩)\s+){0,3}?"
# where the race or its people stand: "in the race", "in the running", "in contention", "left standing in the field"
_IN_RACE = r"(?:in|into)\s+(?:the\s+)?(?:race|running|contest|contention|field)\b"
# the origin after a listed name: "X of Chile", "X from Costa Rica"
_ORIGIN = r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:" + S + r"|(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?))?"
# people counted by what they do in the race: "two people are running for ⟨P⟩", "three women vying to ⟨P⟩"
_RUNNING_FOR = r"(?:running|vying|competing|standing|bidding|campaigning)\s+(?:for|to)\s+⟨P\d+⟩"
# the counted people of the race: "four candidates", "the two men", "three declared contenders"
_COUNTED_WORD = r"(?!(?:could|might|may|would|will|should|can|be|been|not|never|no|who|which|that|have|has|had|are|were|is|was)\b)[\w-]+"


def rules(v: Vocab) -> list[Rule]:
    cand_n, being = v.cand_n, v.being
    # (one alone too: "One declared rival: X, who entered in March")
    counted = rf"{v.numbers(1, 10)}\s+(?:{_COUNTED_WORD}\s+){{0,2}}?"
    R = Rule
    return [
        # a role of the race predicated of the person, adverbials between: "X is so far the only other declared
        # contender", "X became in January the second entrant", "X remains, for now, the sole nominee of Peru"
        R("candidacy_role_predicated", "candidacy", _rx(
            rf"(?P<subj>{C})(?P<gap>{_ORIGIN}\s+(?:(?:has|have|had)\s+)?(?:also\s+)?)(?<![\w-])(?P<trig>{being})(?:\s+|\s*(?=,)){LINK_ADVERBIAL}"
            rf"(?:(?:the|a|an|one\s+of\s+the|among\s+the)\s+){_ROLE_WORDS}(?P<noun>{cand_n})\b(?!['’])(?=(?P<tail>[^;]{{0,60}}))"),
          check_role, 0.75),
        # the race's people counted, what they did or where they stand, then listed after a colon or a dash: "Four
        # candidates have been formally presented and will each appear ...: A, B and C", "the two men left standing
        # in the race - A and B -", "Two men remain in the contest after weeks of talks: A and B"
        R("candidacy_counted_listed", "candidacy", _rx(
            # (or the field by its size, "the field of three - A, B and C -", or those among the race's people: "Among
            # the declared contenders: A and B")
            rf"(?<![\w-])(?P<trig>{counted}(?:(?P<noun>{cand_n})|(?:people|persons|men|women)(?=[^:;⟨⟩]{{0,80}}?(?:{_IN_RACE}|{_RUNNING_FOR})))|"
            rf"{v.field_n}\s+of\s+{v.numbers(2, 10)}|among\s+(?:the\s+)?{_ROLE_WORDS}(?P<noun2>{cand_n}))\b"
            # (the post or a body of the race may be named before the list: "will address ⟨O⟩:", "to ⟨P⟩ -")
            rf"(?P<tail>(?:[^:;⟨⟩]|⟨[PO]\d+⟩){{0,160}}?)(?:\s*:|\s+[-–—]+|,?\s+namely)\s+{_ITEM_LABEL}{_POSSESSOR}{ADJ}(?P<subj>{C})"),
          check_counted_listed, 0.7, agent="trig", traits=frozenset({"list"})),
        # one joining those already in the race: "X joins A of Chile, B of Costa Rica and C in the race" (the joined
        # are in it whoever joins them; not "joined A at a forum", "joins A in backing the reform")
        R("candidacy_joined_in_race", "candidacy", _rx(
            rf"(?:(?P<subj2>{C})(?P<gap>{WP}{{0,30}}?))?(?<![\w-])(?P<trig>joins|joined|joining|join)\s+(?:the\s+)?{_POSSESSOR}{ADJ}"
            rf"(?P<subj>{C})(?!['’])(?=(?P<tail>[^;]{{0,200}}))"),
          check_joined, 0.7),
        # the contest named by its size with its members: "setting up a three-way contest with A and B", "a two-horse
        # race between A and B" ("race between" alone: candidacy_race_between)
        R("candidacy_sized_contest", "candidacy", _rx(
            rf"(?<![\w-])(?P<trig>(?:{v.numbers(2, 6)}|\d)[\s-](?:way|horse|cornered|candidate|person)\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:race|contest|battle|fight|competition|showdown|run-?off|duel))\s+(?:with|between|against|involving|featuring)\s+"
            rf"(?:the\s+)?{_POSSESSOR}{ADJ}(?P<subj>{C})(?!['’])(?P<more>(?:{_ORIGIN}\s*,?\s+and\s+(?:the\s+)?{_POSSESSOR}{ADJ}(?P<subj3>{C})(?!['’]))?)"
            rf"(?=(?P<tail>[^;]{{0,60}}))"),
          check_sized_contest, 0.7),
        # the clause's person standing by a nomination: "X was presented in September in a joint nomination by A, B
        # and C", "X stays in the race with the nomination of A" (the guide: nomination = candidacy + backing)
        R("candidacy_by_nomination", "candidacy", _rx(
            rf"(?:^|[,;:]\s*|\b(?:and|but|while|as|since|after|when|because|though|although)\s+)(?:the\s+)?(?P<subj>{C})"
            # (an aside on the person first may name states and bodies: "X, twice president of Chile and a former UN
            # official, was presented ...")
            rf"(?P<gap>(?:\s*,(?:[^;,⟨⟩]|⟨[SOPM]\d+⟩){{1,120}}?,)?{WP}{{0,80}}?)(?<![\w-])(?P<trig>in|with|under|through|on|via|as)\s+"
            rf"(?:a|an|the|its|their)\s+"
            rf"(?:(?:joint|formal|official|common|shared|new)\s+)?(?P<noun>{v.nomination_n})\s+(?:of|from|by)\s+(?:the\s+)?"
            rf"(?P<actor>{S})(?!['’])(?=(?P<tail>[^;]{{0,60}}))"),
          check_candidacy, 0.7, traits=frozenset({"nomination", "nominal"})),
        # a name set before a candidate's rival in apposition: "X, Y's only rival for the post, spoke" (the mentions
        # read as one group "X, Y" before the possessive: the names before the possessor are the rival; the
        # possessor's own bid is only implied, as the guide and set 12 read "Y's rival, X")
        R("candidacy_apposed_rival", "candidacy", _rx(
            # (words that only place the rival, "only declared", "one remaining"; an assessing one is the check's)
            rf"(?P<subj>{C})['’]s?\s+(?P<mods>(?:(?!{v.hedge}|{v.other_label}|former|ex-|one-time|would-be)[\w-]+\s+){{0,3}}?)(?P<trig>{v.rival_n})(?:\s+(?:candidate|contender))?(?P<gap>\s+(?:for\s+(?:the\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?{P}|in\s+the\s+(?:{P}\s+)?(?:race|contest|running)(?:\s+for\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{P})?))?"
            rf"(?=(?P<tail>\s*(?:,|[.;:!?]|$)[^;]{{0,60}}))"),
          check_apposed_rival, 0.7),
        # the race's people leaving one by one, listed: "One by one her rivals fell away: A of S after the first straw
        # poll, B in mid-September and finally C" (each was in the race and left it)
        R("candidacy_field_left_listed", "candidacy", _rx(
            rf"(?<![\w-])(?P<trig>(?:(?:his|her|their|its|the|{C}['’]s?)\s+)?(?:(?:other|remaining|main|former|fellow)\s+)?"
            rf"(?:rivals|challengers|opponents|competitors|contenders|candidates))\s+(?:(?:then|soon|quickly|gradually|all|"
            rf"each|in\s+turn|duly|steadily)\s+)?(?P<leave>{v.field_leaving})\b(?P<tail>[^:;⟨⟩]{{0,40}}?)\s*(?::|[-–—]+)\s*"
            rf"{_ITEM_LABEL}{_POSSESSOR}{ADJ}(?P<subj>{C})(?!['’])"),
          check_field_left, 0.7),
        # a definite count of the race's people told of those the article named before: "All four declared candidates
        # have now spoken", "Both contenders said they would stay in the race" (each named before is in the race when
        # the count is theirs; "the two other candidates" leaves out those of its own sentence)
        R("candidacy_counted_back", "candidacy", _rx(v.counted_back + r"(?=(?P<tail>[^;]{0,80}))"),
          check_counted_back, 0.7, traits=frozenset({"over_named"})),
        # the person's entry into the race as a thing that happened: "X's late entry into the race", "X, whose
        # surprise entry into the contest in March ..." (an entry only hoped for is assessed: "a possible entry")
        R("candidacy_entry_into_race", "candidacy", _rx(
            rf"(?:(?P<subj>{C})(?:['’]s?|\s*,?\s+whose)\s+(?:(?!{v.assessing}\b(?!-))[\w-]+\s+){{0,2}}?(?P<trig>entry|entrance)|"
            rf"(?P<trig2>entry|entrance)\s+of\s+{ADJ}(?P<subj2>{C}))\s+"
            rf"(?:into|in|to)\s+(?:the\s+)?(?:race|contest|running|contention|fray)\b(?=(?P<tail>[^;]{{0,60}}))"),
          check_entry, 0.7),
        # ... told before its person, in a fronted phrase: "Since his entry into the race last October, X has visited"
        R("candidacy_entry_fronted", "candidacy", _rx(
            rf"(?:^|[;:]\s*)(?:since|after|following|with|upon|on|from)\s+(?:his|her|their)\s+(?:(?!{v.assessing}\b(?!-))[\w-]+\s+){{0,2}}?"
            rf"(?P<trig>entry|entrance)\s+(?:into|in|to)\s+(?:the\s+)?(?:race|contest|running|contention|fray)\b"
            rf"(?P<gap>[^,;⟨⟩]{{0,40}}),\s*(?:the\s+)?{ADJ}(?P<subj>{C})(?!['’])(?=(?P<tail>[^;]{{0,60}}))"),
          check_entry, 0.7),
    ]


def _stated_role(ctx: Context, m: re.Match, start: int, end: int) -> bool:
    """Whether the words of a role's noun phrase only place the person (no assessing or hedging word)."""
    words = ctx.shape.text[start:end]
    return not (_grammar(ctx).assessing.search(words) or _grammar(ctx).hedging.search(words))


def check_role(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A role noun of the race predicated of a candidate, nothing but placing adverbials and unassessing words
    between (the rest is candidacy's own check: another post, a party's candidate, the race named)."""
    if not _stated_role(ctx, m, m.end("trig"), m.start("noun")):
        return
    yield from check_candidacy(rule, m, ctx)


# what a counted field's predicate must not say: that they are not in it, only may be, or left it
_UNSTATED_FIELD = re.compile(r"\b(?:not|never|no\s+longer|expected|possible|potential|likely|could|might|may|would|should|"
                             r"rumou?red|mooted|floated|tipped|touted|speculated|hoped|said\s+to\s+be|considered|seen|"
                             r"named\s+as\s+possible|in\s+the\s+frame|in\s+the\s+mix|talked\s+about|"
                             r"ruled\s+out|declined|refused|to\s+(?:watch|beat|follow)|stands?\s+out|standing\s+out|worth\s+watching)\b",
                             re.I)


def check_counted_listed(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The race's counted people listed after what the article says they did or where they stand, as fact (the
    count's own predicate alone is judged for modality: "have been presented and will each appear" states them
    presented; a hedge or a leaving verb anywhere before the list: "Of the three in the race, two have withdrawn:")."""
    own, between = _FIRST_PREDICATE.match(m.group("tail")).group(), m.group("tail")
    if _UNSTATED_FIELD.search(between) or ctx.scope.modal(own) or _FUTURE.search(own) or _grammar(ctx).withdrawing.search(between):
        return      # "Three candidates are expected to enter:", "Two candidates have since dropped out:"
    if _OTHER_AIM.match(between):
        return      # "Three candidates for the Council presidency:": another post's
    if _OTHER_AGENT.search(own) or OTHER_BODY_SUBJECT.search(ctx.shape.text, 0, m.start("trig")):
        return      # "Three candidates had been shortlisted by the Committee of Ministers:", "The Committee of Ministers
        # shortlisted three candidates:": another body's choice
    noun = "noun" if _span(m, "noun") else "noun2" if _span(m, "noun2") else None
    if noun and not _stated_role(ctx, m, m.start("trig"), m.start(noun)):
        return      # "three possible candidates:"
    if _other_race_in(m.group("tail")) or not (ctx.race_article or _sentence_has_post(ctx)):
        return
    if _PAST_CONTEST.search(between) or _grammar(ctx).other_race_named.search(between):
        return      # "ran against two rivals in the 2014 election:", "three rivals in the mayoral race:": another contest
    first = _group(m, ctx, "subj")
    if first is None or first.kind != CANDIDATE or _possessive_only(first):
        return
    verdict = _assess(ctx, m, "trig", gap="")
    if verdict.blocked:
        return
    groups = [(first, m.span("subj"))] + list(_items(m, ctx))
    values = list(dict.fromkeys(v for group, _ in groups for v in group.values))
    yield _finding(rule, m, values, [None], verdict.status, _confidence(rule, verdict.status, [first]), ("trig", "subj"))


# an agent of the count's predicate that is no state, organisation or body of the story: "by the Committee of Ministers"
_OTHER_AGENT = re.compile(r"\bby\s+(?:the\s+)?(?-i:[A-Z])", re.I)
# what the counted people are candidates for when it is no post of the race: a named other post or office ("for the
# Council presidency", "to head the IAEA board"; the race's post is a ⟨P⟩ token)
_OTHER_AIM = re.compile(r"\s*(?:for|to\s+(?:lead|head|chair|run|become|join))\s+(?!⟨P)(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?"
                        r"(?:(?-i:[A-Z])|(?:presidency|chair|chairmanship|seat|board|election|prize|award|committee|"
                        r"commission|court)\b)", re.I)
# a contest dated by its year or told as past, "in" which the counted people stood ("in the 2014 election", "at the last
# election", "during the 2019 primaries"): not the race
_PAST_CONTEST = re.compile(r"\b(?:in|at|during)\s+(?:the\s+|a\s+|an\s+|that\s+)?(?:\d{4}\s+(?:[\w'’-]+\s+)?(?:election|elections|"
                           r"primary|primaries|referendum)|(?:last|previous|earlier|past)\s+(?:[\w'’-]+\s+)?(?:election|elections|"
                           r"primary|primaries|referendum|race|contest|campaign))\b", re.I)
# a count whose own predicate is only to come ("Five contenders will appear before ⟨O⟩ next week:"): as round 22 reads it
_FUTURE = re.compile(r"\b(?:will|shall|'ll)\b", re.I)
# the count's own predicate: up to its first coordinated verb or comma ("have been presented and will each appear")
_FIRST_PREDICATE = re.compile(r"(?:(?!\s+and\s+(?!since\b)|\s*,).)*", re.I)


_JOINED_IN_RACE = re.compile(_ORIGIN + r"\s+" + _IN_RACE, re.I)


# a count followed by those it counts ("The two candidates, X and Y,", "All three contenders: ...")
_NAMED_AFTER = re.compile(r"\s*(?:[,:(]|[-–—])")


def _quoted(before: str) -> bool:
    """Whether a quotation is open at the end of `before` (curly marks, or an odd number of straight ones), or the
    sentence is a transcript's question ("Q: ...")."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or bool(re.match(r"\W*Q\s*:", before))


# what leaves out some of those named: "the two other candidates", "both remaining contenders"
_OTHERS = re.compile(r"\b(?:other|remaining|rival)\b", re.I)


def check_counted_back(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A definite count of the race's people ("All four candidates") is each candidate the article named before, when
    that is their number (with "other", those of its own sentence left out); its words and its clause are judged as a
    role's are, and a count of another contest's people is not the race's."""
    if not ctx.named_before or not (ctx.race_article or _sentence_has_post(ctx)):
        return
    if _NAMED_AFTER.match(m.group("tail")) and "⟨C" in m.group("tail"):
        return      # "The two candidates, X and Y, ...": the count is of those it names (the list readers')
    at = ctx.shape.to_sentence(m.start("trig"), m.end("trig"))[0]
    if _quoted(ctx.sentence[:at]):
        return      # '"... we will discuss it with both candidates"': whom a speaker counts, the article does not say
    count = field_size(m) if m.group("n") else 2
    members = list(ctx.named_before)
    if _OTHERS.search(m.group("words")):
        members = [v for v in members if v not in ctx.shape.candidates]
    if len(members) != count or not _stated_role(ctx, m, m.start("words"), m.end("words")):
        return
    between = m.group("tail")
    if _UNSTATED_FIELD.search(ctx.shape.text, max(0, m.start("trig") - 30), m.start("trig")) or _OTHER_AIM.match(between) \
            or _other_race_in(between[:60]) or _grammar(ctx).withdrawing.search(between.partition(",")[0]):
        return      # "could field all four candidates", "the two candidates for the Council presidency", "Both candidates withdrew"
    verdict = _assess(ctx, m, "trig", gap="")
    if verdict.blocked:
        return
    yield _finding(rule, m, members, [None], verdict.status, _confidence(rule, verdict.status, []), ("trig",))


def check_joined(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """Those a person joins in the race are in it, and the person too when a candidate of the story."""
    subj = _group(m, ctx, "subj")
    if subj is None or subj.kind != CANDIDATE or _possessive_only(subj) or not ctx.race_article:
        return
    # the joined may be listed, each item with its asides ("joins A, 61, of S, B, a former minister, and C in the race")
    items = [(subj, m.span("subj"))] + list(_items(m, ctx))
    joined = _JOINED_IN_RACE.match(ctx.shape.text, items[-1][1][1])
    if joined is None or _other_race_in(ctx.shape.text[joined.end():joined.end() + 60]):
        return
    joiner = _group(m, ctx, "subj2") if _span(m, "subj2") else None
    verdict = _assess(ctx, m, "subj2" if joiner is not None else "trig", gap=None if joiner is not None else "")
    if verdict.blocked:
        return
    values = [v for v in (joiner.values if joiner is not None and joiner.kind == CANDIDATE and not _possessive_only(joiner)
                          else ())] + [v for group, _ in items for v in group.values]
    f = _finding(rule, m, list(dict.fromkeys(values)), [None], verdict.status,
                 _confidence(rule, verdict.status, [subj]), ("subj2", "trig", "subj"))
    f.marks = f.marks + [span for _, span in items[1:]]
    yield f


def check_sized_contest(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The members of a contest named by its size are in the race, unless the contest is only foreseen."""
    subj = _group(m, ctx, "subj")
    third = _group(m, ctx, "subj3") if _span(m, "subj3") else None
    if subj is None or subj.kind != CANDIDATE or not ctx.race_article or _other_race_in(m.group("tail")[:40]):
        return
    after = m.group("tail").partition(",")[0]
    if ctx.scope.modal(after) or _UNSTATED_FIELD.search(ctx.shape.text, max(0, m.start("trig") - 30), m.start("trig")) \
            or _UNSTATED_FIELD.search(after):
        return      # "a three-way contest with X and Y is possible", "a likely two-way race with X"
    verdict = _assess(ctx, m, "trig", gap="")
    if verdict.blocked:
        return
    values = list(subj.values) + [v for v in (third.values if third is not None and third.kind == CANDIDATE else ())
                                  if v not in subj.values]
    # (the one whose entry set the contest up is in it too: "X's entry sets up a two-way contest with Y")
    if (owner := _CONTEST_SET_UP_BY.search(ctx.shape.text, max(0, m.start("trig") - 90), m.start("trig"))) and (
            g := ctx.shape.group_at(owner.start("own"))) is not None and g.kind == CANDIDATE and not _possessive_only(g):
        values = list(g.values) + [v for v in values if v not in g.values]
    yield _finding(rule, m, values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("trig", "subj", "subj3"))


# the owner of an entry into the race that sets up the sized contest: "X's entry sets up", "X's announcement created",
# "the nomination of X has turned the race into"
_CONTEST_SET_UP_BY = re.compile(r"(?P<own>⟨C\d+⟩)['’]s?\s+(?:(?:late|surprise|formal|official|long-awaited|sudden)\s+)?"
                                r"(?:entry|entrance|announcement|nomination|candidacy|candidature|bid|launch|declaration)"
                                r"(?:\s+(?:into|in)\s+the\s+(?:race|contest|running))?\s+(?:(?:on|in|last)\s+[\w-]+\s+)?"
                                r"(?:has\s+|had\s+)?(?:sets?|setting|created?|creates|creating|makes|made|making|turns?|turned|"
                                r"turning|produced?|produces|opened|opens|triggered|triggers)\s+(?:up\s+)?"
                                r"(?:the\s+(?:race|contest)\s+into\s+)?(?:a|an)\s+$", re.I)


def check_entry(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A candidate's entry into the race, named as what happened ("X's late entry into the race", "the entry of X
    into the contest")."""
    own = "subj" if _span(m, "subj") else "subj2"
    subj = _group(m, ctx, own)
    if subj is None or subj.kind != CANDIDATE or not (ctx.race_article or _sentence_has_post(ctx)):
        return
    if _other_race_in(m.group("tail")[:40]) or ctx.scope.modal(m.group("tail").partition(",")[0]):
        return      # "X's entry into the race would change it"
    verdict = _assess(ctx, m, own, gap="")
    if verdict.blocked:
        return
    yield _finding(rule, m, subj.values, [None], verdict.status, _confidence(rule, verdict.status, [subj]),
                   ("subj", "trig", "trig2", "subj2"))


def check_apposed_rival(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The names apposed before a candidate's rival ("X, Y's only rival for ⟨P⟩,") are that rival: a group of two or
    more mentions whose last is the possessor, set apart from the ones before by a comma alone."""
    group = _group(m, ctx, "subj")
    if group is None or group.kind != CANDIDATE or len(group.mentions) < 2 or not ctx.race_article:
        return
    owner, before = group.mentions[-1], group.mentions[-2]
    if not re.fullmatch(r"\s*,\s*", ctx.sentence[before.end:owner.start]) or _other_race_in(m.group("tail")[:40]):
        return
    if _UNSTATED_FIELD.search(ctx.shape.text, max(0, m.start("subj") - 30), m.start("subj")):
        return      # "X, who could become Y's main rival,"
    if not _stated_role(ctx, m, m.start("mods"), m.end("mods")):
        return      # "X, Y's most likely rival,"
    rivals = [x.value for x in group.mentions[:-1] if x.form != "possessive-pronoun" and x.value != owner.value]
    if rivals and owner.form != "possessive-pronoun" and _RACE_ROLE.search(ctx.shape.text, m.start("trig"), m.start("tail") + 1):
        rivals.append(owner.value)  # "X, Y's rival candidate,", "X, Y's main rival in the race,": Y is in it too
    verdict = _assess(ctx, m, "trig", gap="")
    if not rivals or verdict.blocked:
        return
    yield _finding(rule, m, list(dict.fromkeys(rivals)), [None], verdict.status,
                   _confidence(rule, verdict.status, [group]), ("subj", "trig"))


# the glue between the items of a list of leavers: an origin, a few words of time or occasion, then a comma or "and"
# ("A of S after the first straw poll, B in mid-September and finally C")
_LEFT_NEXT = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:⟨S\d+⟩|(?-i:[A-Z])[\w-]*))?(?:\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+)??"
                        r"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:(?:then|finally|lastly|eventually|later|at\s+last|last\s+of\s+all)\s+)?"
                        r"(?:(?:the\s+)?[\w-]+\s+)?(?P<subj>⟨C\d+⟩)(?!['’])", re.I)


def check_field_left(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The race's people said to have left it, then listed: each a candidacy and a withdrawal."""
    if not ctx.race_article or _other_race_in(m.group("tail")) or ctx.scope.modal(m.group("tail")):
        return
    if _UNSTATED_FIELD.search(ctx.shape.text, max(0, m.start("trig") - 30), m.end("leave")):
        return      # "her rivals could fall away:", "would-be rivals"
    if not _stated_role(ctx, m, m.start("trig"), m.end("trig")):
        return
    verdict = _assess(ctx, m, "leave", gap="")
    if verdict.blocked:
        return
    groups, at = [_group(m, ctx, "subj")], m.end("subj")
    while item := _LEFT_NEXT.match(ctx.shape.text, at):
        groups.append(ctx.shape.group_at(item.start("subj")))
        at = item.end()
    values = list(dict.fromkeys(v for g in groups if g is not None and g.kind == CANDIDATE and not _possessive_only(g)
                                for v in g.values))
    if not values:
        return
    status, conf = verdict.status, _confidence(rule, verdict.status, groups[:1])
    yield _finding(rule, m, values, [None], status, conf, ("trig", "subj"))
    left = _finding(rule, m, values, [None], status, conf, ("leave", "subj"))
    left.type = "withdrawal"
    yield left
