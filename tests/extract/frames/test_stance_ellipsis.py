"""Stance ellipsis read whatever its surface form (round 24, issue 12): a clause whose state takes a stance with its
candidate slot empty takes the stance stated just before (frames/ellipsis.py, frames/focus.py). The grid crosses
each predicate family (a verb with a word standing for the stance: "said the same", "did likewise", "signalled as
much"; a verb with a noun phrase of sameness: "took a similar view", "struck the same note"; a voice lent or added;
a lead or example followed; the state's own stance noun made known: "made its endorsement official", "made its
objections known"; an assent: "said yes") with the inserts a reporter writes between the state and its predicate
(an aside in commas or dashes, a relative clause naming the candidate) and after it (a time, an attribution), in both
races. Near-misses: the same words about another matter ("took a similar view on tariffs", "said yes to the trade
deal", "made its position on tariffs known", "followed the debate"), negated, modal or doubted predicates, stances
on two candidates before, no stance before, another candidate named."""
from __future__ import annotations

import itertools

import pytest

from tests.extract.conftest import E, O, grid_keys as _keys, stances as _stances


# per race: the antecedent (its event), a follower state by name and by capital, the candidate, a rival
RACES = {
    "nato": dict(before="Germany backed Mark Rutte on Monday.", refusal="Hungary refused to back Mark Rutte on Monday.",
                 cand="Mark Rutte", rival="Klaus Iohannis", first="Germany", refuser="Hungary",
                 state="Greece", capital="Athens", lead="Berlin", leader_state="Hungary", leader="Orban"),
    "un": dict(before="Chile backed Michelle Bachelet on Monday.", refusal="Russia refused to back Michelle Bachelet on Monday.",
               cand="Michelle Bachelet", rival="Rafael Grossi", first="Chile", refuser="Russia",
               state="Peru", capital="Lima", lead="Santiago", leader_state="Brazil", leader="Lula"),
}

# the predicates that repeat the stance before, whatever it is
REPEATING = ["said the same", "did likewise", "signalled as much", "took a similar view", "struck the same note",
             "made an identical choice", "lent its voice", "added its voice", "followed {lead}'s lead",
             "followed {lead}'s example"]
# what may stand between the state and its predicate, and after it
BETWEEN = ["", ", which had hesitated for weeks,", " - after a long debate in parliament -"]
AFTER = ["", " on Tuesday", " a week later, diplomats said"]





GRID = [(race, pred, between, after) for race, pred, (between, after) in itertools.product(
    RACES, REPEATING, list(zip(BETWEEN, AFTER)) + [(BETWEEN[1], AFTER[2])])]


@pytest.mark.parametrize("race,pred,between,after", GRID)
def test_repeated_support(request, race, pred, between, after):
    r = RACES[race]
    subject = r["capital"] if "lead" not in pred else r["state"]
    text = f"{r['before']} {subject}{between} {pred.format(**r)}{after}."
    assert _keys(request, race, text) == {E(r["cand"], r["first"]), E(r["cand"], r["state"])}, text


@pytest.mark.parametrize("race,pred", itertools.product(RACES, ["said the same", "did likewise", "took a similar view",
                                                                "struck the same note", "lent its voice"]))
def test_repeated_refusal(request, race, pred):
    """The antecedent's polarity: a refusal taken up is an opposition."""
    r = RACES[race]
    text = f"{r['refusal']} {r['state']}, after a cabinet meeting, {pred} on Tuesday."
    assert _keys(request, race, text) == {O(r["cand"], r["refuser"]), O(r["cand"], r["state"])}, text


NEAR = [
    # the same words about something else: a matter after the predicate
    "{state} took a similar view on tariffs.", "{state} said the same about the budget.",
    "{state} lent its voice to calls for a ceasefire.", "{state} did likewise with its farm subsidies.",
    "{state} followed {lead}'s lead on sanctions.", "{state} followed the debate closely.",
    # negated, modal, doubted, not yet
    "{state} did not say the same.", "But {state} did not take a similar view.", "{state} may take a similar view.",
    "{state} could follow {lead}'s lead next month.", "{state} has yet to say the same.",
    "It is unclear whether {state} will do likewise.",
    # another candidate named in the clause
    "{state} said the same of {rival}.",
]


@pytest.mark.parametrize("race,pattern", itertools.product(RACES, NEAR))
def test_near_misses(request, race, pattern):
    r = RACES[race]
    text = f"{r['before']} " + pattern.format(**r)
    assert _keys(request, race, text) - {E(r["cand"], r["first"])} - {("candidacy", r["rival"], None)} == set(), text


@pytest.mark.parametrize("race,pred", itertools.product(RACES, ["said the same", "took a similar view", "lent its voice"]))
def test_no_antecedent_or_two(request, race, pred):
    """Nothing said before, or stances on two candidates before: no event."""
    r = RACES[race]
    alone = f"{r['cand']} visited {r['capital']} on Monday. {r['state']} {pred}."
    assert _keys(request, race, alone) == set(), alone
    two = f"{r['first']} backed {r['cand']}, and {r['refuser']} backed {r['rival']}. {r['state']} {pred}."
    assert _keys(request, race, two) == {E(r["cand"], r["first"]), E(r["rival"], r["refuser"])}, two


# ---- the state's own stance noun made known, its object left out: the candidate in focus (frames/focus.py)
MADE = ["made its support known", "made its endorsement official", "put its backing in writing",
        "made its backing public", "made its endorsement formal"]


@pytest.mark.parametrize("race,pred,after", itertools.product(RACES, MADE, ["", " on Monday", " in a letter"]))
def test_stance_noun_made_known(request, race, pred, after):
    r = RACES[race]
    text = f"{r['before']} {r['capital']}, a latecomer, {pred}{after}."
    assert _keys(request, race, text) == {E(r["cand"], r["first"]), E(r["cand"], r["state"])}, text


@pytest.mark.parametrize("race,text", itertools.product(RACES, [
    "{capital} made its objections known on Monday.", "{capital} made its opposition clear.",
]))
def test_objection_made_known(request, race, text):
    r = RACES[race]
    text = f"{r['before']} " + text.format(**r)
    assert _keys(request, race, text) == {E(r["cand"], r["first"]), O(r["cand"], r["state"])}, text


@pytest.mark.parametrize("race,text", itertools.product(RACES, [
    "{capital} made its position on tariffs known.", "{capital} made its support for the aid package known.",
    "{capital} has not made its support known.", "{capital} could make its support official next week.",
    "{capital} made its views known.", "{capital} made its budget public.",
]))
def test_made_known_near_misses(request, race, text):
    r = RACES[race]
    text = f"{r['before']} " + text.format(**r)
    assert _keys(request, race, text) == {E(r["cand"], r["first"])}, text


# ---- assent: "said yes" after a refusal of the same state is now support (an endorsement), not about other things
@pytest.mark.parametrize("race,between,after", itertools.product(RACES, ["", ", who likes to be asked,", " finally"],
                                                                 [" in June", ""]))
def test_said_yes(request, race, between, after):
    r = RACES[race]
    text = f"{r['leader_state']} refused to back {r['cand']} in March. {r['leader']}{between} said yes{after}."
    assert _keys(request, race, text) == {O(r["cand"], r["leader_state"]), E(r["cand"], r["leader_state"])}, text


@pytest.mark.parametrize("race,tail", itertools.product(RACES, [" to the trade deal", " to a visit by the pope",
                                                               " on the question of sanctions"]))
def test_said_yes_near_misses(request, race, tail):
    r = RACES[race]
    text = f"{r['leader_state']} refused to back {r['cand']} in March. {r['leader']} said yes{tail}."
    assert _keys(request, race, text) == {O(r["cand"], r["leader_state"])}, text



# an assent still to come: a clause opened by "before" whose intransitive stance is in the present tense
@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("pred,stance", [("says yes", False), ("comes on board", False), ("said yes", True),
                                         ("came on board", True)])
def test_assent_before_it_comes(request, race, pred, stance):
    r = RACES[race]
    text = f"{r['cand']} leads the race. {r['leader']} likes to extract a price before he {pred}."
    assert _keys(request, race, text) == ({E(r["cand"], r["leader_state"])} if stance else set()), text

# ---- a decision sealed with its object left out ("it", "the choice"): by the organisation or its body, the
# appointment of the one candidate of the events told just before; by a state, its own stance made formal or the
# candidacy just told made its nomination (frames/ellipsis.py check_sealed)
SEALED = {
    "nato": dict(before="Romania and Slovakia swung behind Mark Rutte on June 20.",
                 stances={E("Mark Rutte", "Romania"), E("Mark Rutte", "Slovakia")}, cand="Mark Rutte",
                 body="the North Atlantic Council", declared="Mark Rutte declared his interest in October",
                 state="The Hague", state_name="Netherlands", rival="Klaus Iohannis", rival_backer="Hungary"),
    "un": dict(before="Brazil and Mexico swung behind Michelle Bachelet on June 20.",
               stances={E("Michelle Bachelet", "Brazil"), E("Michelle Bachelet", "Mexico")}, cand="Michelle Bachelet",
               body="the General Assembly", declared="Michelle Bachelet declared her interest in October",
               state="Santiago", state_name="Chile", rival="Rafael Grossi", rival_backer="Argentina"),
}
SEALING = ["made it official", "rubber-stamped the choice", "formalised the decision", "sealed it", "made it final"]


@pytest.mark.parametrize("race,pred,opening", itertools.product(SEALED, SEALING, ["Six days later", "On Wednesday,"]))
def test_body_sealed_appointment(request, race, pred, opening):
    r = SEALED[race]
    text = f"{r['before']} {opening} {r['body']} {pred}."
    assert _keys(request, race, text) == r["stances"] | {("appointment", r["cand"], None)}, text


@pytest.mark.parametrize("race,pattern", itertools.product(SEALED, [
    "{body} could make it official next week.", "{body} has not yet made it official.",
    "{body} made it official: the new spending target applies from July.",
    "It is unclear when {body} will rubber-stamp the choice.",
    "{body} made the trade deal official.", "{body} rubber-stamped the choice of Vilnius for the summit.",
]))
def test_body_sealed_near_misses(request, race, pattern):
    r = SEALED[race]
    text = f"{r['before']} " + pattern.format(**r)
    assert _keys(request, race, text) == r["stances"], text


@pytest.mark.parametrize("race", SEALED)
def test_body_sealed_needs_one_candidate(request, race):
    r = SEALED[race]
    two = f"{r['before']} {r['rival_backer']} backed {r['rival']}. {r['body'][0].upper() + r['body'][1:]} made it official."
    assert ("appointment", r["cand"], None) not in _keys(request, race, two), two
    none = f"{r['cand']} visited Paris on Monday. {r['body'][0].upper() + r['body'][1:]} made it official."
    assert _keys(request, race, none) == set(), none


@pytest.mark.parametrize("race,join,pred", itertools.product(SEALED, [", and ", ". "], [
    "formalised it in a letter to the other members in November", "made it official on Monday",
    "put it in writing a month later"]))
def test_state_formalises_candidacy(request, race, join, pred):
    """A candidacy just told, formalised by a state: its nomination (candidacy and endorsement)."""
    r = SEALED[race]
    text = f"{r['declared']}{join}{r['state']} {pred}."
    assert _keys(request, race, text) == {("candidacy", r["cand"], None), E(r["cand"], r["state_name"])}, text


@pytest.mark.parametrize("race,pred", itertools.product(SEALED, [
    "confirmed it on Monday", "could formalise it next month", "has not made it official", "approved it",
    "formalised it: the budget rises by two per cent"]))
def test_state_formalises_near_misses(request, race, pred):
    r = SEALED[race]
    text = f"{r['declared']}. {r['state']} {pred}."
    assert _keys(request, race, text) == {("candidacy", r["cand"], None)}, text


# ---- joining stances with their object left out, read through an aside (frames/focus.py focus_declared)
@pytest.mark.parametrize("race,pred,between", itertools.product(RACES, [
    "fell in line a week later", "came on board in May", "came round after a promise", "said yes in June"],
    [", which had hesitated for weeks,", " - after a long debate in parliament -"]))
def test_joining_through_aside(request, race, pred, between):
    r = RACES[race]
    text = f"{r['before']} {r['capital']}{between} {pred}."
    assert _keys(request, race, text) == {E(r["cand"], r["first"]), E(r["cand"], r["state"])}, text


@pytest.mark.parametrize("race,pred", itertools.product(RACES, [
    "fell in line with the new climate targets", "came round for dinner", "came on board the ferry",
    "did not come on board"]))
def test_joining_near_misses(request, race, pred):
    r = RACES[race]
    text = f"{r['before']} {r['capital']}, which had hesitated for weeks, {pred}."
    assert _keys(request, race, text) == {E(r["cand"], r["first"])}, text


# ---- "let it be known" reports what follows as said: "would" after it is no hypothetical (lexicon cues reporting_verbs)
@pytest.mark.parametrize("race,verb", itertools.product(RACES, ["let it be known", "made it known"]))
def test_let_it_be_known(request, race, verb):
    r = RACES[race]
    text = f"Officials {verb} on Tuesday that {r['state']} would support {r['cand']}."
    assert _keys(request, race, text) == {E(r["cand"], r["state"])}, text
    cond = f"Officials {verb} on Tuesday that {r['state']} would support {r['cand']} if she wins the first round."
    assert _keys(request, race, cond) == set(), cond
