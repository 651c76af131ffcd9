"""Clauses whose verb phrase is left out, taking the stance of a clause before them (issue 12), in three forms the
ellipsis family does not read:

- set against a stance not taken or refused: "Estonia has not yet endorsed X, but Latvia did so on Monday",
  "Hungary will not back X, but Slovakia will", "A has yet to back X, whereas B already has": the contrasted state
  takes the stance itself (an endorsement; the first clause's own state gets no event from this rule). Only a stated
  auxiliary ("did", "has", "will"), not a modal of what may be ("but Latvia may do so", "but B might");
- the state's own word that it will join the stance told before it: "A backs X, and B says it will too", "B said it
  would as well", also in the next sentence ("A backs X. B says it will too."): the state's stated intention is its
  stance (the guide: "have also vowed to support"), not a prediction by others ("and B will too, analysts say" is no
  clause of this form);
- a nomination's "so did B" / "so has B" / "as did B" (read after the candidacy family: frames/ellipsis.py sealing_rules): B's
  nomination of the same person ("A nominated X on Monday, and so did B"): candidacy and endorsement.

The rules live in the families that read them (contrast, ellipsis.sealing); their checks are here."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from natowatch.extract.frames.actors import _actor_values
from natowatch.extract.frames.base import A, Context, Finding, Rule, _assess, _confidence, _finding, _group, _other_race_in, _rx
from natowatch.extract.frames.focus import ASIDE
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.lexicon import BE_FORMS
from natowatch.extract.mentions import CANDIDATE


# the first clause's stance not taken or refused, right before its verb: "has not (yet)", "has yet to", "did not",
# "will not", "stopped short of"
_NOT_TAKEN = (r"(?:(?:has|have|had|did|does|do|will)\s+(?:still\s+|so\s+far\s+)?not|(?:hasn|haven|hadn|didn|doesn|don|won)['’]t|"
              r"(?:has|have|had|is|are)\s+(?:still\s+)?yet\s+to|never|stopped\s+short\s+of|refused\s+to|declined\s+to)"
              r"(?:\s+(?:yet|so\s+far|publicly|formally|officially|openly|explicitly|\w+ly))*")
# the contrasted clause's auxiliary, stated (not "may", "might", "could"), and its "so" or "done so": "did so",
# "has done so", "already has", "will"
_STATED_DONE = (r"(?:(?:already|now|since|just|instead|quickly|promptly)\s+)?(?:did|does|has|have|had|will)"
                r"(?:\s+(?:already|now|since|just|instead))?(?:\s+(?:done\s+)?(?:so|that|the\s+same))?")
# what may follow the elided clause: its end, a time, "too", "already"
_DONE_END = (r"(?=\s*(?:$|[,.;:)!—–]|(?:already|too|as\s+well|instead|on|in|last|this|earlier|later|weeks?|days?|months?|"
             r"a\s+(?:day|week|month)|the\s+(?:same|next|previous|following))\b))")
# a clause of saying, its state then "it"/"they", with the auxiliary of what it will do and "too": "B says it will too"
_SAYING = (r"(?:says|said|say|has\s+said|have\s+said|announced|announces|has\s+announced|confirmed|confirms|has\s+confirmed|"
           r"indicated|indicates|has\s+indicated|signalled|signaled|signals|made\s+clear|makes\s+clear|has\s+made\s+clear|"
           r"declared|declares|stated|states|pledged|pledges|vowed|vows|promised|promises)")
_WILL_TOO = (r"(?:will|would|(?:" + BE_FORMS + r")\s+going\s+to)(?:\s+(?:also|now|soon))?(?:\s+do\s+so)?\s*,?\s*"
             r"(?:too|as\s+well)|(?:will|would)\s+also(?:\s+do\s+so)?")


def contrast_rules(v: Vocab) -> list[Rule]:
    """Rules of the contrast family (frames/contrast.py rules)."""
    opener = r"(?:[;,]\s*|\s)(?:but|while|whereas|though|although|yet)\s+"
    return [
        # "Estonia has not yet endorsed X, but Latvia did so on Monday"
        Rule("endorse_contrast_done", "endorsement", _rx(
            rf"(?<![\w-])(?P<neg>{_NOT_TAKEN})\s+(?P<verb>{v.sup_v})\s+{v.obj}(?P<between>[^;⟨⟩\"“”]{{0,40}}?)"
            rf"{opener}(?:the\s+)?(?P<actor>{A})(?P<gap>{ASIDE}\s*,?\s*)(?<![\w-])(?P<trig>{_STATED_DONE}){_DONE_END}"),
             check_contrast_done, 0.55, traits=frozenset({"focus", "elided"})),
        # "A backs X, and B says it will too"; "A backs X. B said it would as well."
        Rule("endorse_said_too", "endorsement", _rx(
            rf"(?:(?P<clause>[;,]\s*(?:(?:and|but)\s+)?|\s(?:and|but)\s+)|^\W*(?:(?:and|but)\s+)?)(?:the\s+)?(?P<actor>{A})"
            rf"(?P<gap>{ASIDE}\s*,?\s*(?:(?:now|also|since|publicly|officially)\s+)?)(?<![\w-])(?P<say>{_SAYING})\s+(?:that\s+)?"
            rf"(?:it|they|{A})\s+(?P<trig>{_WILL_TOO}){_DONE_END}"),
             check_said_too, 0.55, traits=frozenset({"focus", "follows", "elided"})),
    ]


def sealing_rules(v: Vocab) -> list[Rule]:
    """Rules of the ellipsis family's sealing part (read after the candidacy family)."""
    from natowatch.extract.frames.ellipsis import _CLAUSE_ELIDED_END, _CLAUSE_OPENER, _FRONTED_TIME, STANCE_TIME
    return [
        # "A nominated X on Monday, and so did B", "..., and so, a day later, did B", "A nominated X, as did B"
        Rule("ellipsis_so_nominated", "endorsement", _rx(
            rf"{_CLAUSE_OPENER}(?:{_FRONTED_TIME})?(?:just\s+)?(?P<trig>(?P<so>so|as)(?:\s+(?:too|also))?"
            rf"(?:\s*,\s*(?:{STANCE_TIME})\s*,)?\s+"
            rf"(?:did|has|have|had|does|do))\s+(?:the\s+)?(?P<actor>{A})(?:\s*,?\s*(?:too|as\s+well|also))?{_CLAUSE_ELIDED_END}"),
             check_so_nominated, 0.55, traits=frozenset({"focus", "follows", "elided"})),
    ]


def check_contrast_done(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The contrasted state took the stance the first clause did not: an endorsement of its candidate, stated (no
    doubt, condition or modal over the contrasted clause), in an article of this race."""
    subj = _group(m, ctx, "subj")
    actors = _actor_values(ctx, m, "actor")
    if subj is None or subj.kind != CANDIDATE or not actors or _other_race_in(ctx.shape.text):
        return
    if set(actors) & set(_actor_values_before(ctx, m)):
        return      # "Hungary has not backed X, but Hungary did": nothing contrasted
    verdict = _assess(ctx, m, "actor", gap="", near=True)
    if verdict.blocked in ("doubt", "condition", "modal", "prediction", "hypothetical") or verdict.refusal:
        return
    status = verdict.status if not verdict.blocked else "confirmed"     # ("but Slovakia will": a stated intention)
    yield _finding(rule, m, list(subj.values), actors, status, _confidence(rule, status, [_group(m, ctx, "actor")]),
                   ("trig", "actor"))


def _actor_values_before(ctx: Context, m: re.Match) -> list[str]:
    """The actors named in the clause before the contrast (the one that did not take the stance)."""
    before = ctx.shape.text[max(0, m.start() - 120):m.start()]
    out: list[str] = []
    for token in re.findall(r"⟨[SO]\d+⟩", before):
        out.extend(ctx.shape.group_at(ctx.shape.text.rfind(token, 0, m.start())).values)
    return out


def check_said_too(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """The state says it will take the stance told before: in a clause of the same sentence, that sentence's one stance
    (frames/ellipsis.py check_clause_elided); opening a sentence, the stance of the sentences before (check_elided)."""
    from natowatch.extract.frames.ellipsis import check_clause_elided, check_elided
    if m.group("clause") is not None:
        yield from check_clause_elided(rule, m, ctx)
    else:
        yield from check_elided(rule, m, ctx)


def check_so_nominated(rule: Rule, m: re.Match, ctx: Context) -> Iterator[Finding]:
    """A clause "so did B" after a nomination of this sentence (a candidacy with its nominating state): B's nomination of
    the same person, its backing and its candidacy (the guide: a nomination is both)."""
    named = {c for n, t, c, a, _ in ctx.stances if n == ctx.index and t == "candidacy" and a}
    if len(named) != 1 or (m.group("so") or "").lower() not in ("so", "as"):
        return
    from natowatch.extract.frames.ellipsis import check_clause_elided
    for finding in check_clause_elided(rule, m, ctx):
        if finding.type != "endorsement" or set(finding.subjects) != named:
            continue
        yield finding
        yield replace(finding, type="candidacy", actors=finding.actors[:1])
