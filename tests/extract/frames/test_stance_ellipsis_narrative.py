"""Stances told in narrative without their candidate (round 25, issue 12): the readers of a stance elided.

- A gapped clause after a stance of its own sentence, its verb and candidate left out: "Spain backed X in February,
  and Italy in March", "Y had done so in February, and Z in March" (frames/ellipsis.py `ellipsis_gapped`): only where
  the clause before ends in the stance's object (or its stand-in) and a time, and the sentence itself told a stance.
- An elided stance is not blocked by a candidate named only in a clause of time or cause after its predicate ("Latvia
  had done the same, after X met President Y in Riga"; frames/focus.py `others_named`), nor does it need a focus
  (it takes its candidate from the stance before).
- A manner of sameness after a verb of following ("Mexico followed in similar terms"; lexicon `ellipsis.same_manners`).
- A sameness noun that is also a reference to the post ("took the same position") is the stance repeated.
- An assent with nothing after it but a time or a clause of time joins the support before ("Turkey agreed in April");
  "agreed to", "agreed that", "agreed on" have an object of their own.

Grids: each form x inserts (an aside, a time, an attribution) x both races; about half are near-misses that give no
new event."""
from __future__ import annotations

import itertools

import pytest

from tests.extract.conftest import E, O, grid_keys as _keys, stances as _stances


RACES = {
    "nato": dict(cand="Mark Rutte", rival="Klaus Iohannis", first="Germany", state="Greece", capital="Athens",
                 other_capital="Berlin", pron="him", refuser="Hungary"),
    "un": dict(cand="Michelle Bachelet", rival="Rafael Grossi", first="Chile", state="Peru", capital="Lima",
               other_capital="Santiago", pron="her", refuser="Russia"),
}






# ---------------------------------------------------------------- gapping
FIRST = ["{first} backed {cand} {t1}", "{first} publicly backed {cand}'s bid {t1}", "{first} declared for {cand} {t1}",
         "{first} threw its weight behind {cand} {t1}"]
TIMES = [("in February", "in March"), ("on Monday", "on Tuesday"), ("in February", "a week later"),
         ("last week", "the following day")]
JOINS = [", and {state} {t2}", " and {state} {t2}", ", and then {state} {t2}", ", and {capital} {t2}, diplomats said"]


@pytest.mark.parametrize("race,first,times,join", [
    (r, f, t, j) for r, f, t, j in itertools.product(RACES, FIRST, TIMES, JOINS)
    if (FIRST.index(f) + TIMES.index(t) + JOINS.index(j)) % 2 == 0])
def test_gapped_support(request, race, first, times, join):
    r = RACES[race]
    t1, t2 = times
    text = (first + join).format(t1=t1, t2=t2, **r) + "."
    assert _stances(_keys(request, race, text)) == {E(r["cand"], r["first"]), E(r["cand"], r["state"])}, text


@pytest.mark.parametrize("race", RACES)
def test_gapped_refusal_and_repeated(request, race):
    r = RACES[race]
    text = f"{r['refuser']} refused to back {r['cand']} in February, and {r['state']} in March."
    assert _stances(_keys(request, race, text)) == {O(r["cand"], r["refuser"]), O(r["cand"], r["state"])}, text
    text = (f"{r['first']} declared for {r['cand']} in April; {r['refuser']} had done so in February, and "
            f"{r['state']} in March.")
    assert _stances(_keys(request, race, text)) == {E(r["cand"], s) for s in (r["first"], r["refuser"], r["state"])}, text


GAP_NEAR = [
    # no stance in the sentence: the gap repeats a visit
    "{first} backed {cand} on Monday. {cand} visited {other_capital} in February, and {capital} in March.",
    # the clause before ends in something else than the stance's object
    "{first} backed {cand}, who toured {other_capital} in February and {capital} in March.",
    "{first} backed {cand} after talks with {refuser} in February and {state} in March.",
    "{first}, which backs {cand}, held elections in February and {state} in March.",
    # a verb phrase of its own after the state
    "{first} backed {cand} in February, and {state} in the talks on trade.",
    # the stance before is only a possibility
    "{first} may back {cand} in February, and {state} in March.",
    # another candidate in the gap
    "{first} backed {cand} in February, and {rival} in March.",
]


@pytest.mark.parametrize("race,pattern", itertools.product(RACES, GAP_NEAR))
def test_gapped_near_misses(request, race, pattern):
    r = RACES[race]
    text = pattern.format(**r)
    found = _stances(_keys(request, race, text))
    assert not {k for k in found if k[2] in (r["state"],)}, text


# ---------------------------------------------------------------- a candidate named in a clause of time after the predicate
ELIDED = ["had done the same {when}", "did likewise {when}", "followed suit {when}", "took the same line {when}",
          "signed on {when}"]
WHEN = ["earlier this month, after {cand} met its president and {rival} in {capital}",
        "in April, after {cand} spent a morning with {rival}",
        "on Tuesday, once its president had met {rival}"]


@pytest.mark.parametrize("race,pred,when", [
    (r, p, w) for r, p, w in itertools.product(RACES, ELIDED, WHEN) if (ELIDED.index(p) + WHEN.index(w)) % 2 == 0])
def test_elided_with_candidate_in_time_clause(request, race, pred, when):
    r = RACES[race]
    text = f"{r['first']} announced it would support {r['cand']}. {r['state']} " + pred.format(when=when.format(**r)) + "."
    assert E(r["cand"], r["state"]) in _keys(request, race, text), text


ELIDED_NEAR = [
    "{state} had done the same for {rival}.",                   # the other candidate is the stance's object
    "{state} did likewise, and {refuser} backed {rival}.",       # the nearest stance is on another candidate
    "{state} did the same with {rival}, after a long debate.",
    "{state} has not done the same, after {rival} visited {capital}.",
    "{state} followed when {rival} spoke.",                      # the time clause's subject may be whom it follows
    "{state} did the same once {rival} had spoken.",
]


# ---------------------------------------------------------------- a manner of sameness; a sameness noun that names a post
MANNERS = ["followed in similar terms", "followed in the same vein", "responded in kind", "followed in much the same terms",
           "took the same position", "adopted a similar position", "took the same position"]
AFTERS = ["", " on Tuesday", ", though its question on migration was sharper", " a week later, diplomats said"]


@pytest.mark.parametrize("race,pred,after", [
    (r, p, a) for r, p, a in itertools.product(RACES, MANNERS, AFTERS) if (MANNERS.index(p) + AFTERS.index(a)) % 2 == 0])
def test_same_manner(request, race, pred, after):
    r = RACES[race]
    text = f"{r['first']} backed {r['cand']} on Monday. {r['state']} {pred}{after}."
    assert _stances(_keys(request, race, text)) == {E(r["cand"], r["first"]), E(r["cand"], r["state"])}, text


MANNER_NEAR = ["{state} followed in the debate on migration.", "{state} took the same position on tariffs.",
               "{state} did not take the same position.", "{state} followed in similar terms on trade.",
               "{state} may take the same position next month."]


# ---------------------------------------------------------------- an assent joining the support before
AGREED = ["agreed in April", "agreed on Tuesday after {cand} met its leaders", "quickly agreed, officials said",
          "agreed a week later", "finally agreed"]


@pytest.mark.parametrize("race,pred,subject", itertools.product(RACES, AGREED, ["state", "capital"]))
def test_agreed(request, race, pred, subject):
    r = RACES[race]
    text = f"{r['first']} backed {r['cand']} in February. {r[subject]} " + pred.format(**r) + "."
    assert _stances(_keys(request, race, text)) == {E(r["cand"], r["first"]), E(r["cand"], r["state"])}, text


AGREED_NEAR = ["{state} agreed in April to raise its defence spending.", "{state} agreed on Monday that the summit would move.",
               "{state} agreed with {other_capital} on trade.", "{state} did not agree.", "{state} may agree in April.",
               "{state} agreed to a ceasefire."]



@pytest.mark.parametrize("race,pattern", itertools.product(RACES, ELIDED_NEAR + MANNER_NEAR + AGREED_NEAR))
def test_near_misses(request, race, pattern):
    """After a support of the first state, the second takes no stance on the candidate (either polarity)."""
    r = RACES[race]
    text = f"{r['first']} announced it would support {r['cand']} in February. " + pattern.format(**r)
    found = _keys(request, race, text)
    assert E(r["cand"], r["state"]) not in found and O(r["cand"], r["state"]) not in found, text


@pytest.mark.parametrize("race", RACES)
def test_agreed_after_refusal(request, race):
    """Only a support is joined: after a refusal, "agreed" says to what, the text does not."""
    r = RACES[race]
    text = f"{r['refuser']} refused to back {r['cand']}. {r['state']} agreed."
    assert _stances(_keys(request, race, text)) == {O(r["cand"], r["refuser"])}, text
