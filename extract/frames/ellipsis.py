"""Stance ellipsis: a stance predicate with no candidate of its own takes the stance stated just before.

"Spain backed Rutte on Monday. Greece and Portugal signed on a day earlier", "... Slovakia switched the same
afternoon", "Italy is leaning the same way" (tentative), "Belgium had given similar assurances in private", "Peru
took the same line", "Belgium too." The antecedent is the last stance found in this sentence or the two before it
(frames/following.py `_previous_stance`: its candidate and its polarity; background told in the pluperfect only when
nothing newer is near); none when those state stances on several candidates, when another candidate is named in the
clause (not one who withdrew), when the predicate is negated or doubted ("but Belgium did not take the same line":
no event either way), or when the sentence names another post. Two kinds of predicate (lexicon `ellipsis`):
`same_stance_verbs` repeat the antecedent's stance whatever it is ("took the same line" after a refusal is an
opposition); `joining_verbs` and the copula of `joined_states` ("signed on", "switched", "was on board") only join
a support, so they need an endorsement before them. Only before a clause's end, a time or a manner ("signed on a
day earlier", "switched the same afternoon", "gave similar assurances in private"): "signed on to the trade deal",
"switched to nuclear power" are about something else."""
from __future__ import annotations

import re
from dataclasses import replace
from types import SimpleNamespace
from typing import Iterator

from natowatch.extract.calendar_names import MONTH_WORD, WEEKDAY_WORD
from natowatch.extract.frames.base import (
    A, C, S, Context, Finding, Rule, W, _assess, _confidence, _finding, _grammar, _group, _other_race_in, _rx,
    _span,
)
from natowatch.extract.frames.actors import _actor_values
from natowatch.extract.frames.focus import ASIDE
from natowatch.extract.frames.following import (
    _ELLIPSIS_GAP, STANCE_TIME, _previous_stance, check_followed, conditional_follower, others_named, withdrawn_in,
)
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.lexicon import (BE_FORMS, COPULA_FORMS, DO_FORMS, HAVE_FORMS, THIRD_PERSON_POSSESSIVES,
                                       auxiliaries, cardinals)
from natowatch.extract.mentions import CANDIDATE, ORG


# what may follow an elided stance: the clause's end, a time, a manner, an attribution, "too"
_ELIDED_END = (r"(?=\s*(?:$|[,.;:)!—–]|" + STANCE_TIME + r"(?![\w-])|(?:too|as\s+well|also|soon|shortly|later|earlier|quickly|swiftly|immediately|promptly|"
               r"at\s+once|in\s+(?:private|public|turn|the\s+end|" + MONTH_WORD + r"|\d{4}|early|late|mid)|privately|publicly|"
               r"quietly|openly|formally|officially|within|after|before|once|when|following|since|"
               r"the\s+same\s+(?:day|afternoon|morning|evening|night|week|month)|the\s+(?:next|following|previous)\s+\w+|"
               r"a\s+(?:day|week|month|few\s+\w+)|(?:" + cardinals(2, 5) + r"|several|\d+)\s+(?:hours|days|weeks|months)|"
               r"(?:last|this|next|that)\s+\w+|in\s+(?:a|an|" + THIRD_PERSON_POSSESSIVES + r")\s+(?:[\w-]+\s+)?(?:letter|note|statement|communiqu[eé]|"
               r"speech|tweet|post|interview|call|message|declaration)s?\b|on\s+(?:" + WEEKDAY_WORD + r"|\d|" + MONTH_WORD + r"|the\s+same\s+day)|"
               r"according\s+to|(?:diplomats|officials|sources|aides)\s+(?:said|say))\b))")


# a time a gapped clause keeps of its verb phrase: "..., and Finland in March", "... and Italy a week later"
_GAP_TIME = STANCE_TIME


# an adverb set off between a gapped clause's state and its time: "and Slovakia, finally, on Tuesday"
_GAP_ADVERB = r"(?:\s*,\s*(?-i:[a-z]+ly)\s*,\s*|\s*,?\s*)"
# a time set before "so"/"neither" of a clause whose verb phrase an auxiliary stands for: "..., and a day later so did
# Slovakia", "..., and, on Tuesday, so did Slovakia"
_FRONTED_TIME = r"(?:,\s*)?" + STANCE_TIME + r"\s*,?\s+"


# what relates a gapped clause to the one before: "A nominated X and B Y within a week of each other", "... respectively"
_RELATING = (r"(?:within\s+(?:a|an|" + cardinals(1, 3) + r"|a\s+few|\d+)\s+(?:hours?|days?|weeks?|months?)\s+of\s+each\s+other|respectively|"
             r"in\s+turn|on\s+the\s+same\s+day|(?:only\s+)?(?:(?:a|" + cardinals(2, 3) + r"|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|months?)\s+apart)")


# the auxiliary standing for a verb phrase left out ("so does Iceland", "Denmark will too"; the check reads a modal's
# doubt: "so might Greece" gives none), not "must": the clause's scope does not read it as a modal, and "and so must
# Turkey" states what Turkey ought to do, not its stance
_AUX = "(?:" + auxiliaries(without=("must",)) + ")"
# where a clause of the sentence opens: after ";", a comma or "and"/"but"
_CLAUSE_OPENER = r"(?:[;,]\s*(?:(?:and|but)\s+)?|\s(?:and|but)\s+)"
# ... one that states (no modal of what may be: "and Greece may too")
_AUX_STATED = "(?:will|" + "|".join((DO_FORMS, HAVE_FORMS, BE_FORMS)) + ")"
# what may follow a clause whose verb phrase is left out: the clause's or the sentence's end, a time, "too"
_CLAUSE_ELIDED_END = (r"(?=\s*(?:$|[,.;:)!—–]|" + STANCE_TIME + r"(?![\w-])|(?:too|as\s+well|also|later|soon|shortly|in\s+(?:" + MONTH_WORD + r"|\d{4})|"
                      r"on\s+(?:" + WEEKDAY_WORD + r"|\d|" + MONTH_WORD + r")|last\s+\w+|this\s+\w+|the\s+(?:same|next|following)\s+\w+)\b))")


def rules(v: Vocab) -> list[Rule]:
    R = Rule
    head = rf"(?P<actor>{A})(?P<gap>{ASIDE}{W}{{0,40}}?)(?<![\w-])"
    traits = frozenset({"focus", "follows", "elided"})
    return [
        # "Peru took the same line", "Italy is leaning the same way", "Belgium had given similar assurances", "Rome said
        # the same that week", "Bogota did likewise", "Athens took a similar view"
        R("ellipsis_same_stance", "endorsement", _rx(rf"{head}(?P<trig>{v.same_stance}|{v.repeated_stance}){_ELIDED_END}"),
          check_elided, 0.6, traits=traits),
        # "Vienna lent its voice too", "Denmark's prime minister added her voice on Tuesday"
        R("ellipsis_voice", "endorsement", _rx(rf"{head}(?P<trig>{v.voice}){_ELIDED_END}"), check_elided, 0.6, traits=traits),
        # "Quito followed Lima's lead", "Brazil's president followed Quito's example": the stance of the state named
        # where it is an actor's token, else the one before (a capital's possessive before a noun is no actor's)
        R("ellipsis_lead", "endorsement", _rx(
            rf"{head}(?P<trig>follow(?:s|ed|ing)?|took|takes|taking|take)\s+(?:(?P<owner>{S})['’]?s?|(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?['’]s?|{THIRD_PERSON_POSSESSIVES}|the)\s+"
            rf"(?:[\w-]+\s+)?(?:{v.lead_n}){_ELIDED_END}"), check_elided, 0.6, traits=traits),
        # "Greece and Portugal signed on a day earlier", "Slovakia switched the same afternoon"
        R("ellipsis_joined", "endorsement", _rx(rf"{head}(?P<trig>{v.joined_stance}){_ELIDED_END}"),
          check_elided, 0.6, traits=traits | {"support_only"}),
        # "Hungary refused to back X. Slovakia also balked": a refusal with its object left out, after a refusal
        R("ellipsis_refused", "opposition", _rx(rf"{head}(?P<trig>{v.refused_stance}){_ELIDED_END}"),
          check_elided, 0.6, traits=traits | {"refusal_only"}),
        # "Rome joined the holdouts", "Vienna joined the backers in May": the group's stance, on the candidate of the
        # stance before (the group's own object after it, "the opponents of the reform", is another matter)
        R("ellipsis_group", "endorsement", _rx(
            rf"{head}(?P<trig>(?:{v.group_joining})\s+the\s+(?:(?:other|remaining|last|few|other\s+two|{cardinals(2, 3)})\s+)?"
            rf"(?:(?P<for>{v.supporting_group})|(?P<against>{v.refusing_group}))){_ELIDED_END}"),
          check_elided, 0.6, traits=traits),
        # "French officials said that Paris was on board", "Peru is now firmly on board too"
        R("ellipsis_on_board", "endorsement", _rx(
            rf"{head}(?:{COPULA_FORMS}|been|be|stays?|stayed)\s+(?:(?:now|also|already|firmly|fully|"
            rf"\w+ly)\s+){{0,2}}(?P<trig>{v.joined_state}){_ELIDED_END}"),
          check_elided, 0.6, traits=traits | {"support_only"}),
        # "With Turkey on board, the holdouts are in central Europe": the state's support told as the setting of the
        # clause after it (a "with" and the state before that clause's comma), on the candidate of the stance before
        R("ellipsis_with_on_board", "endorsement", _rx(
            rf"(?:^|[,;(—–]\s*|\s)(?-i:[Ww])ith\s+(?:the\s+)?(?P<actor>{A})\s+(?:(?:now|also|already|finally|firmly|fully)\s+){{0,2}}"
            rf"(?P<trig>{v.joined_state})(?=\s*,)"),
          check_elided, 0.6, traits=traits | {"support_only"}),
        # a gapped clause after a stance of this sentence, its verb and candidate left out: "Spain backed X in February,
        # and Italy in March", "the Czech Republic had done so in February, and Finland in March" (a time and the
        # clause's end after the state: "and Italy in the talks on trade" keeps a verb phrase of its own)
        R("ellipsis_gapped", "endorsement", _rx(
            rf"(?:[,;]\s*|\s)(?:and|but|then)\s+(?:(?:then|later|so|finally|also)\s+)?(?:the\s+)?(?P<actor>{A})(?P<gap>{_GAP_ADVERB})"
            rf"(?P<trig>{_GAP_TIME}(?:\s*,?\s*{_GAP_TIME})?)(?:\s*,?\s*(?:too|as\s+well))?"
            # (an attribution may close it: "..., and Athens on Tuesday, diplomats said")
            rf"(?:\s*,\s*(?:[\w-]+\s+){{1,3}}?(?:said|say|says|reported|report|added|confirmed))?\s*(?=[.;!)]|$)"),
          check_gapped, 0.55, traits=traits),
        # a gapped clause of a list of them, set off by a comma, another gapped clause after it: "Portugal backed X in
        # February, Italy in March and Slovakia on Tuesday" (the one before it ends the stance's clause or is gapped too:
        # check_gapped); or the last of them, set off by a comma alone: "Lithuania endorsed X in March, Latvia in April"
        R("ellipsis_gapped_listed", "endorsement", _rx(
            rf"(?:,\s*)(?:the\s+)?(?P<actor>{A})(?P<gap>{_GAP_ADVERB})(?P<trig>{_GAP_TIME})"
            rf"(?=(?:\s*,\s*(?:the\s+)?{A}{_GAP_ADVERB}{_GAP_TIME}){{0,4}}(?:\s*,?\s+(?:and|then)\s+(?:(?:then|later|finally)\s+)?(?:the\s+)?{A}{_GAP_ADVERB}{_GAP_TIME}|"
            rf"\s*(?:,\s*(?:too|as\s+well)\s*)?(?:,\s*(?:[\w-]+\s+){{1,3}}?(?:said|say|says|reported|report|added|confirmed)\s*)?(?=[.;!]|$)))"),
          check_gapped, 0.55, traits=traits),
        # a clause of a stance's sentence whose verb phrase an auxiliary or an adverb of sameness stands for, after a
        # ";", a comma or "and"/"but": "X supports Y; so does Iceland", "..., and neither will Slovakia", "...; Denmark,
        # its prime minister said, will too", "..., Luxembourg likewise", "...; Portugal does as well" (the stance of this
        # sentence before it: check_clause_elided)
        R("ellipsis_so_clause", "endorsement", _rx(
            # ("too" after it: "and so too did A")
            rf"{_CLAUSE_OPENER}(?:{_FRONTED_TIME})?(?:just\s+)?(?P<trig>(?P<so>so|neither|nor)(?:\s*,\s*{_GAP_TIME}\s*,)?"
            rf"(?:\s+(?:too|also))?\s+{_AUX})\s+"
            # (the states of a list reaching into the next clause, its own auxiliary after it: "so does A, and B will
            # too" read as one list before "will too")
            rf"(?:the\s+)?(?P<actor>{A})(?:(?:\s+{_AUX_STATED})?\s*,?\s*(?:too|as\s+well|also))?{_CLAUSE_ELIDED_END}"),
          check_clause_elided, 0.55, traits=traits),
        R("ellipsis_aux_too", "endorsement", _rx(
            rf"{_CLAUSE_OPENER}(?:(?:so|then|later|soon)\s+)?(?:the\s+)?(?P<actor>{A})"
            rf"(?P<gap>{ASIDE}\s*,?\s*(?:{_AUX}\s+)?(?:(?:now|then|later|soon|\w+ly)\s+)?)(?<![\w-])"
            rf"(?P<trig>too|as\s+well|also|likewise|similarly){_CLAUSE_ELIDED_END}"),
          check_clause_elided, 0.55, traits=traits),
        # a clause of a support's sentence whose verb phrase a negated auxiliary stands for: "Lithuania backs X; Latvia,
        # whose own minister is in the race, does not", "A will back X, but B will not" (a refusal; "B has not" is a
        # stance not yet taken, none); after a refusal only with "either" ("A will not back X, and B will not either")
        R("ellipsis_aux_not", "opposition", _rx(
            rf"{_CLAUSE_OPENER}(?:(?:while|whereas)\s+)?(?:the\s+)?(?P<actor>{A})(?P<gap>{ASIDE}\s*)(?<![\w-])"
            rf"(?P<trig>(?:does|do|did|will|would)\s+not|(?:doesn|don|didn|won|wouldn)['’]t|cannot|can\s+not|can['’]t)"
            rf"(?P<either>\s+either)?{_CLAUSE_ELIDED_END}"),
          check_clause_refused, 0.55, traits=traits),
        # "Belgium too.", "And Peru, as well."
        R("ellipsis_too", "endorsement", _rx(
            rf"^\W*(?:(?:and|but)\s+)?(?:(?:so|then|later|soon)\s+)?(?P<actor>{A})(?P<gap>\s*,?\s*)(?P<trig>too|as\s+well|also)"
            rf"\s*[.!]?\s*$"),
          check_elided, 0.55, traits=traits),
    ]


def sealing_rules(v: Vocab) -> list[Rule]:
    """Read after the candidacy and appointment families (grammar.FAMILIES), so that the candidacy or appointment its clause takes up
    is found first even in the same sentence ("X declared his interest in October, and The Hague formalised it")."""
    head = rf"(?P<actor>{A})(?P<gap>{ASIDE}{W}{{0,40}}?)(?<![\w-])"
    R, traits = Rule, frozenset({"focus", "follows", "elided"})
    return [
        # a gapped clause with an object of its own, the verb of the stance before left out: "A backs X and B Y; C, of
        # course, its own Z", "A backs X, B Y", "A supports X, and B, Y" (each state's stance of the same kind on the
        # candidate its clause names)
        # (read after the candidacy family, so that a nomination before it is found: "A nominated X and B Y")
        R("ellipsis_gapped_object", "endorsement", _rx(
            rf"(?:;\s*(?:(?:and|but|while|whereas)\s+)?|,?\s(?:and|but|while|whereas)\s+|,\s*)(?:the\s+)?(?P<actor>{A})"
            # (a comma may stand for the verb left out: "S supports X, and T, Y", "S backs X, T Y")
            rf"(?P<gap>{ASIDE}\s*)(?:,\s*)?(?:(?:its|their)\s+own\s+(?:(?:candidate|nominee)\s*,?\s*)?)?(?P<trig>(?P<subj>{C}))"
            rf"(?=\s*(?:$|[.;!)]|,\s*(?:and|but|while|whereas)\b|,?\s+(?:{_GAP_TIME}|{_RELATING})\s*(?:$|[.;,!)])))"),
          check_gapped_object, 0.55, traits=traits),
        # "Chile nominated X, and Brazil and Mexico followed suit days later": a state following a nomination its own
        # sentence told (the nomination's backing is found by the candidacy family, read before this one; the stance
        # family's "followed suit" is read before it: frames/focus.py `focus_followed`)
        R("ellipsis_followed_nomination", "endorsement", _rx(
            rf"(?P<actor>{A})(?P<gap>{ASIDE}{W}{{0,40}}?)(?<![\w-])(?P<trig>{v.follow})(?![\w-])"),
          check_followed_nomination, 0.6, traits=frozenset({"focus", "follows"})),
        # "Six days later the council made it official", "the General Assembly rubber-stamped the choice", "The Hague
        # formalised it in a letter": the decision just told, sealed (see check_sealed)
        Rule("ellipsis_sealed", "appointment", _rx(rf"{head}(?P<trig>{v.sealed}){_ELIDED_END}"), check_sealed, 0.55,
             traits=frozenset({"focus", "elided", "body"})),
    ] + _elided_sealing(v)


def _elided_sealing(v: Vocab) -> list[Rule]:
    """A nomination's "so did B" (frames/elided_clauses.py)."""
    from natowatch.extract.frames.elided_clauses import sealing_rules as elided
    return elided(v)


# the family of grammar.FAMILIES read after the appointment family
sealing = SimpleNamespace(rules=sealing_rules)


def check_followed_nomination(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A follower of a nomination its sentence told before it (a candidacy with its nominating state): the stance
    followed is that nomination's backing (frames/following.py check_followed)."""
    if not any(n == ctx.index and t == "candidacy" and a for n, t, c, a, _ in ctx.stances):
        return
    yield from check_followed(rule, m, ctx)


def check_elided(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The stance before, taken by this clause's state (see the module's docstring)."""
    if conditional_follower(ctx, m):
        return      # "Once Bratislava is on board, everyone will look at Bucharest": a condition, no stance
    actors = _actor_values(ctx, m, "actor")
    previous = _previous_stance(ctx.stances, ctx.index, set(actors))
    if _span(m, "owner"):
        # "followed Lima's lead": Lima's own stance, none where it is not told near
        previous = _stance_of(ctx, set(_group(m, ctx, "owner").values) - set(actors))
    if not actors or previous is None or _other_race_in(ctx.shape.text):
        return
    if re.search(r"\bso$", m.group("trig"), re.I) and _span(m, "gap") and not _ELLIPSIS_GAP.fullmatch(m.group("gap")):
        return      # "Mexico said it would host the talks and did so", "... and said so": its own clause's verb is repeated
    stance, subject = previous
    if "refusal_only" in rule.traits and stance != "opposition":
        return      # "Germany backs X. Hungary balked": at what, the text does not say
    if _span(m, "for") or _span(m, "against"):
        stance = "endorsement" if _span(m, "for") else "opposition"     # "joined the holdouts": the group's stance
    if "support_only" in rule.traits and stance != "endorsement":
        return      # "Hungary refused to back X. Slovakia signed on": signed on to what, the text does not say
    if "support_only" in rule.traits and _OWN_COMPLEMENT.match(ctx.shape.text, m.end()):
        return      # "Turkey agreed in April to raise spending", "agreed on Tuesday that ...": the verb's own object
    if others_named(ctx, m, subject):
        return      # another candidate is named here (not as one who withdrew): the stance may be about them
    if "support_only" in rule.traits and subject in (withdrawn_in(ctx.shape, _grammar(ctx)) or ()):
        return      # "Brazil came over in August, after X's exit": joining no one who has left (the stance before was X's)
    verdict = _assess(ctx, m, "actor")
    if verdict.blocked or verdict.refusal:
        return      # "but Belgium did not take the same line", "Slovakia has not signed on": no stance stated
    status = verdict.status
    if status == "confirmed" and (ctx.scope.tentative.search(m.group("trig")) or re.match(r"lean", m.group("trig"), re.I)):
        status = "tentative"    # "is leaning the same way"
    finding = _finding(rule, m, [subject], actors, status, _confidence(rule, status, [_group(m, ctx, "actor")]),
                       ("trig", "actor"))
    yield replace(finding, type=stance)


# what a joining verb may have after its times: an object of its own ("agreed in April to a ceasefire", "signed on
# last week to the trade deal", "agreed on Monday that ...")
_OWN_COMPLEMENT = re.compile(r"(?:\s*,?\s*(?:" + _GAP_TIME + r"|\w+ly))*\s+(?:to|that(?!\s+(?:day|week|month|year|morning|afternoon|evening|night)\b)|on(?!\s+(?:the\s+same\s+day|" + WEEKDAY_WORD + r"|\d|" + MONTH_WORD + r"))|upon|with|about|over|for|"
                             r"in\s+principle)\b",
                             re.I)


def _stance_here(ctx: Context) -> tuple[str, str] | None:
    """The one stance (type, candidate) this sentence has stated so far; None when it stated none or several."""
    told = {(t, c) for n, t, c, *_ in ctx.stances if n == ctx.index and t in ("endorsement", "opposition")}
    return told.pop() if len(told) == 1 else None


def check_clause_elided(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A clause whose verb phrase is left out repeats the stance its own sentence stated before it ("X supports Y; so
    does Iceland", "Luxembourg likewise"); "neither"/"nor" only a refusal ("Hungary will not back X, and neither will
    Slovakia"). None where the sentence stated no stance before it (a stance only not taken: "has not endorsed X, and
    neither has Y"), nor where the clause is modal, doubted or a prediction ("Portugal may too")."""
    here = _stance_here(ctx)
    if here is None:
        return
    stance, _ = here
    so = (m.group("so") or "").lower() if _span(m, "so") else ""
    if so in ("neither", "nor") and stance != "opposition":
        return      # "Germany backs X, and neither does France" says nothing clear
    if so in ("neither", "nor"):
        # the negation is the stance before's own: the clause states the same refusal
        actors = _actor_values(ctx, m, "actor")
        verdict = _assess(ctx, m, "actor", gap="", near=True)
        if not actors or verdict.blocked == "doubt" or verdict.blocked == "condition" or _other_race_in(ctx.shape.text):
            return
        finding = _finding(rule, m, [here[1]], actors, verdict.status if not verdict.blocked else "confirmed",
                           _confidence(rule, "confirmed", [_group(m, ctx, "actor")]), ("trig", "actor"))
        yield replace(finding, type=stance)
        return
    yield from check_elided(rule, m, ctx)


def check_gapped_object(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A gapped clause naming its own candidate takes the kind of the stance its sentence stated before it, on that
    candidate ("Argentina backs X and Chile Y"): only after a clause that ends in the stance's candidate."""
    kinds = {t for n, t, *_ in ctx.stances if n == ctx.index and t in ("endorsement", "opposition")}
    if len(kinds) != 1 or not _FIRST_CONJUNCT_END.search(ctx.shape.text, max(0, m.start() - 90), m.start()):
        return
    subj = _group(m, ctx, "subj")
    actors = _actor_values(ctx, m, "actor")
    if subj is None or subj.kind != CANDIDATE or not actors or _other_race_in(ctx.shape.text):
        return
    verdict = _assess(ctx, m, "actor")
    if verdict.blocked or verdict.refusal:
        return
    finding = _finding(rule, m, list(subj.values), actors, verdict.status,
                       _confidence(rule, verdict.status, [_group(m, ctx, "actor")]), ("trig", "actor"))
    kind = kinds.pop()
    yield replace(finding, type=kind)
    # a nomination gapped ("Costa Rica nominated X and Chile Y"): the stance before came with its actor's candidacy of
    # the same person, so this clause's does too (the guide: a nomination is candidacy and endorsement)
    named = {(c, a) for n, t, c, a, _ in ctx.stances if n == ctx.index and t == "candidacy" and a}
    if kind == "endorsement" and any((c, a) in named for n, t, c, a, _ in ctx.stances if n == ctx.index and t == kind):
        yield replace(finding, type="candidacy", actors=finding.actors[:1])


def check_clause_refused(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A clause whose verb phrase a negated auxiliary stands for refuses the support its sentence stated before it
    ("Lithuania backs X; Latvia does not"); after a refusal, it repeats it only with "either" ("A will not back X, and B
    will not either"). None where the sentence stated no stance before it or several, another candidate is named in the
    clause, or it is doubted or a condition."""
    here = _stance_here(ctx)
    if here is None or _other_race_in(ctx.shape.text):
        return
    stance, subject = here
    either = bool(m.group("either"))
    if (stance == "endorsement") == either:
        return      # "A backs X and B does not either", "A refuses to back X; B does not": no stance clear
    actors = _actor_values(ctx, m, "actor")
    if not actors or others_named(ctx, m, subject):
        return
    verdict = _assess(ctx, m, "actor", gap="", near=True)
    if verdict.blocked in ("doubt", "condition"):
        return
    finding = _finding(rule, m, [subject], actors, verdict.status if not verdict.blocked else "confirmed",
                       _confidence(rule, "confirmed", [_group(m, ctx, "actor")]), ("trig", "actor"))
    yield replace(finding, type="opposition")


def check_gapped(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A gapped clause repeats the stance its sentence stated before it, taken by this clause's state: only where the
    sentence itself stated a stance (not one of the sentences before: "Rutte visited Spain in February, and Italy in
    March" repeats a visit)."""
    if not any(n == ctx.index and t in ("endorsement", "opposition") for n, t, *_ in ctx.stances):
        return
    end = m.start()
    while (listed := _LISTED_CONJUNCT.search(ctx.shape.text, max(0, end - 60), end)) is not None:
        end = listed.start()    # "A backed X in February, B in March and C on Tuesday": the gapped clauses before it
    before = _FIRST_CONJUNCT_END.search(ctx.shape.text, max(0, end - 90), end)
    if not before:
        return      # the clause before ends in something else than the stance's object: "Spain backed X, who toured
        #             Berlin in February and Rome in March" gaps the tour
    repeated = _conjunct_stance(ctx, m, before)
    if repeated is None:
        yield from check_elided(rule, m, ctx)
        return
    # the stance of the clause the gapped one repeats, on the candidate that clause ends in, whatever the sentence's
    # other clauses state ("A backed X in February and B in March; C is backing its own Y": B backs X)
    if conditional_follower(ctx, m) or _other_race_in(ctx.shape.text):
        return
    verdict = _assess(ctx, m, "actor")
    if verdict.blocked or verdict.refusal:
        return
    stance, subject = repeated
    finding = _finding(rule, m, [subject], _actor_values(ctx, m, "actor"), verdict.status,
                       _confidence(rule, verdict.status, [_group(m, ctx, "actor")]), ("trig", "actor"))
    yield replace(finding, type=stance)


def _conjunct_stance(ctx: Context, m: re.Match, before: re.Match) -> tuple[str, str] | None:
    """The one stance (type, candidate) this sentence stated on the candidate the clause before a gapped one ends in
    (a candidate's token there, not a pronoun), by a state other than the gapped clause's; None otherwise."""
    if not before.group(0).startswith("⟨C"):
        return None
    actors = set(_actor_values(ctx, m, "actor"))
    named = set(ctx.shape.group_at(before.start()).values)
    told = {(t, c) for n, t, c, a, _ in ctx.stances
            if n == ctx.index and c in named and a not in actors and t in ("endorsement", "opposition")}
    return told.pop() if len(told) == 1 and actors else None


# a gapped clause of a list, set off by a comma, before another ("..., Italy in March and Slovakia on Tuesday")
_LISTED_CONJUNCT = re.compile(r",\s*(?:the\s+)?⟨S\d+⟩" + _GAP_ADVERB + "(?:" + _GAP_TIME + r")\s*$", re.I)


# the end of the clause a gapped one repeats: the stance's candidate, a pronoun for them or a word of the stance
# repeated, then at most a time or a manner ("backed ⟨C1⟩ in February", "had done so in February")
_FIRST_CONJUNCT_END = re.compile(
    r"(?:⟨C\d+⟩(?:['’]s?\s+(?:[\w-]+\s+)?(?:bid|candidacy|candidature|nomination|campaign))?|⟨[SO]\d+⟩(?=\s*,?\s*(?:too|as\s+well))|\b(?:him|her|so|the\s+same|"
    r"likewise|suit|similarly|as\s+much)|[\"”'’])"
    r"(?:\s*,?\s*(?:(?:publicly|formally|officially|openly|quickly|firmly|privately|\w+ly)\s+)?(?:" + _GAP_TIME + r"))?"
    r"(?:\s*,?\s*(?:too|as\s+well))?\s*$", re.I)


def _stance_of(ctx: Context, states: set[str]) -> tuple[str, str] | None:
    """The stance the named states took last, in this sentence or the three before (one candidate only)."""
    told = {(t, c) for n, t, c, a, _ in ctx.stances if ctx.index - 3 <= n <= ctx.index and a in states and t in
            ("endorsement", "opposition")}
    return told.pop() if len(told) == 1 else None


# a decision still to come: "will", "is to", "is expected to" before the sealing verb
_TO_COME = re.compile(r"\b(?:will|would|could|might|may|should|shall|(?:" + BE_FORMS + r")\s+(?:expected\s+|due\s+|set\s+)?to)"
                      r"\s+(?:\w+ly\s+)?$", re.I)


def _told_last(ctx: Context) -> list[tuple[str, str, str]]:
    """(type, candidate, actor) of the events told in the nearest sentence, this one or the two before, that told any."""
    for n in (ctx.index, ctx.index - 1, ctx.index - 2):
        told = [(t, c, a) for k, t, c, a, _ in ctx.stances if k == n]
        if told:
            return told
    return []


def check_sealed(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A decision just told, sealed with its object left out. By the organisation or its deciding body ("the council
    made it official"): the appointment of the one candidate of the events told just before (stances, a
    recommendation, an appointment). By a state: its own stance just told, now stated by this clause ("Ankara
    formalised it"), or the candidacy just told made its nomination ("X declared his interest, and The Hague formalised
    it in a letter": candidacy and endorsement). None where those events are about several candidates, another
    candidate is named here, the predicate is negated, modal or doubted, or another matter or race is named."""
    if not ctx.race_article or _other_race_in(ctx.shape.text) or _grammar(ctx).other_matter.search(ctx.shape.text) or \
            ctx.shape.text.startswith(":", m.end()):
        return      # ("made it official: spending will rise": what "it" is, the colon tells)
    group = _group(m, ctx, "actor")
    actors = _actor_values(ctx, m, "actor")
    told = _told_last(ctx)
    if not actors or not told or len({c for _, c, _ in told}) != 1:
        return
    subject = told[0][1]
    if ctx.shape.candidates - {subject}:
        return      # another candidate named here: the decision may be about them
    verdict = _assess(ctx, m, "actor")
    if verdict.blocked or verdict.refusal or _TO_COME.search(m.group("gap")):
        return      # "the council has not yet made it official", "could rubber-stamp the choice next week", "when the
        #             council will make it official" (a decision still to come is none)
    conf = _confidence(rule, verdict.status, [group])
    if group.kind == ORG:
        yield _finding(rule, m, [subject], [ctx.gazetteer.story.organisation.name], verdict.status, conf, ("trig", "actor"))
        return
    own = {t for t, _, a in told if a in actors and t in ("endorsement", "opposition")}
    if len(own) == 1:       # "Ankara is leaning towards X. It formalised it on Monday": its own stance, as this clause tells it
        yield replace(_finding(rule, m, [subject], actors, verdict.status, conf, ("trig", "actor")), type=own.pop())
    elif not own and any(t == "candidacy" for t, _, _ in told) and (m.group("sealed2") or (
            m.group("sealed") or "").lower() == "it" and _grammar(ctx).formalising.match(m.group("trig"))):
        # the candidacy just told, formalised or made official by a state: its nomination (the guide: candidacy and
        # endorsement; not "Washington confirmed it", a report confirmed)
        backing = replace(_finding(rule, m, [subject], actors, verdict.status, conf, ("trig", "actor")), type="endorsement")
        yield backing
        yield replace(backing, type="candidacy", actors=backing.actors[:1])
