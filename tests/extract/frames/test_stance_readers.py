"""Stance readers widened (round 25, issue 12, ellipsis25's second slice): each a reader shared by every frame of its
family, tested as grids of invented sentences (forms x inserts x both races), about half near-misses.

- The insert reader takes "instead" ("declared instead for X", "came out instead for X"): lexicon `inserts.degree_words`.
- "rally to X" is a verb of support (lexicon `endorsement.verbs`).
- A second verb whose subject is the state's pronoun after a time: "..., and in April it declared for Y" (stance.py
  `_PRONOUN_SUBJECT`, in `endorse_second_verb` / `oppose_second_verb`); a progressive second verb: "refuses to back X
  and is reportedly leaning towards Y".
- A relative clause coordinated with the one before ("which refuse to back X and which have declared for Y") is read
  alone about the same name, and a relative clause ending in an apposed name reads the whole name (clauses.py).
- An object relative after an apposition naming the candidate by a noun ("X, the Argentine whom Washington has backed
  openly since May"), an adverb after its verb.
- An intransitive joining ("came on board", "fell into line") beside a withdrawal is on the candidate still in the race
  (trait `joins`, like the stances followed)."""
from __future__ import annotations

import itertools

import pytest

from tests.extract.conftest import E, O
from tests.extract.frames.test_stance_ellipsis_narrative import _keys, _stances

RACES = {
    "nato": dict(cand="Mark Rutte", rival="Klaus Iohannis", state="Hungary", capital="Budapest", other="Slovakia",
                 apposed="the Dutchman", noun="the Dutch premier", owner="Romania's president, Klaus Iohannis"),
    "un": dict(cand="Michelle Bachelet", rival="Rafael Grossi", state="Peru", capital="Lima", other="Paraguay",
               apposed="the Chilean", noun="the former Chilean president", owner="Argentina's nominee, Rafael Grossi"),
}


# ---------------------------------------------------------------- "instead" as an insert; "rally to"
VERBS = ["declared instead for", "came out instead for", "threw its weight instead behind", "rallied to",
         "quickly rallied to", "rallied instead to"]
SUBJECTS = ["{state}", "{capital}", "{state}, after a long debate,"]


@pytest.mark.parametrize("race,verb,subject", itertools.product(RACES, VERBS, SUBJECTS))
def test_instead_and_rally(request, race, verb, subject):
    r = RACES[race]
    text = f"{subject.format(**r)} {verb} {r['rival']} on Monday."
    assert _stances(_keys(request, race, text)) == {E(r["rival"], r["state"])}, text


VERB_NEAR = ["{state} declared instead for early elections.", "{state} rallied to the cause of climate finance.",
             "{state} did not rally to {rival}.", "{state} may rally to {rival} next month.",
             "Protesters rallied to {rival} in the capital.", "{state} rallied to its own candidate."]


# ---------------------------------------------------------------- second verbs: a time before the pronoun; a progressive
FIRSTS = ["{state} had blocked {cand} since February", "{state} refused to back {cand}",
          "{state}, which had long hesitated, turned down {cand}"]
SECONDS = [", and in April it declared for {rival}", ", but by June it had come round to {rival}",
           " and is reportedly leaning towards {rival}", ", and last week it threw its weight behind {rival}",
           " and has been lobbying for {rival}"]


@pytest.mark.parametrize("race,first,second", [
    (r, f, s) for r, f, s in itertools.product(RACES, FIRSTS, SECONDS) if (FIRSTS.index(f) + SECONDS.index(s)) % 2 == 0])
def test_second_verb(request, race, first, second):
    r = RACES[race]
    text = (first + second).format(**r) + "."
    assert E(r["rival"], r["state"]) in _keys(request, race, text), text


SECOND_NEAR = ["{state} refused to back {cand}, and in April {other} declared for {rival}.",
               "{state} refused to back {cand} and is not leaning towards {rival}.",
               "{state} praised {cand} and is meeting {rival}.",
               "{state} praised {cand}, and in April it may declare for {rival}."]


# ---------------------------------------------------------------- coordinated relatives; a relative ending in an apposed name
@pytest.mark.parametrize("race,conj,end", itertools.product(RACES, ["and which", "but which", "and which also"],
                                                           [", met on Monday.", "."]))
def test_coordinated_relative(request, race, conj, end):
    r = RACES[race]
    text = (f"Two capitals hold out: {r['state']} and {r['other']}, which still refuse to endorse {r['cand']} {conj} "
            f"have both declared for {r['owner']}{end}")
    found = _stances(_keys(request, race, text))
    assert {E(r["rival"], r["state"]), E(r["rival"], r["other"])} <= found, text
    assert {O(r["cand"], r["state"]), O(r["cand"], r["other"])} <= found, text


@pytest.mark.parametrize("race", RACES)
def test_coordinated_relative_near_misses(request, race):
    r = RACES[race]
    for text in (f"{r['state']}, which refuses to endorse {r['cand']} and which praised {r['rival']}, met on Monday.",
                 f"{r['state']}, which refuses to endorse {r['cand']} and which {r['rival']} visited, met on Monday."):
        assert E(r["rival"], r["state"]) not in _keys(request, race, text), text


# ---------------------------------------------------------------- an object relative after an apposition
APPOSITIONS = ["{apposed} whom {capital} has backed openly since May", "{noun} whom {capital} backs",
               "{noun} whom {state} has firmly supported", "a candidate whom {capital} has backed openly"]
AFTER_REL = [", received no veto at all.", ", spoke on Monday."]


@pytest.mark.parametrize("race,app,after", itertools.product(RACES, APPOSITIONS, AFTER_REL))
def test_object_relative_after_apposition(request, race, app, after):
    r = RACES[race]
    text = f"{r['rival']}, " + app.format(**r) + after
    assert E(r["rival"], r["state"]) in _keys(request, race, text), text


REL_NEAR = ["{rival} met the minister whom {capital} backed, on Monday.", "{rival}, the man whom {capital} has not backed, spoke.",
            "{rival}, the agency that {capital} funds, spoke.", "{rival}, the Argentine whom {capital} may back, spoke."]



@pytest.mark.parametrize("race,pattern", itertools.product(RACES, VERB_NEAR + SECOND_NEAR + REL_NEAR))
def test_near_misses(request, race, pattern):
    """The rival gets no support from the state (a verb of another matter, a negation, a modal, another actor)."""
    r = RACES[race]
    text = pattern.format(**r)
    assert E(r["rival"], r["state"]) not in _keys(request, race, text), text


# ---------------------------------------------------------------- joining beside a withdrawal
JOININGS = ["came on board the same evening", "fell into line a day later", "came round that week"]


@pytest.mark.parametrize("race,join", itertools.product(RACES, JOININGS))
def test_joining_beside_withdrawal(request, race, join):
    r = RACES[race]
    text = (f"{r['other']} backed {r['cand']} on June 18. Two days later {r['rival']}, the only other candidate, "
            f"stepped aside, and {r['state']} {join}.")
    found = _stances(_keys(request, race, text))
    assert E(r["cand"], r["state"]) in found and E(r["rival"], r["state"]) not in found, text


# ---------------------------------------------------------------- a camp owned by the candidate in focus; "go all out for"
CAMPS = ["remains firmly in {pos} corner", "is squarely in {pos} camp", "has come into {pos} camp",
         "is going all out for {cand}", "went all out for {cand}"]
CAMP_SUBJECTS = ["{capital}", "{state}, which has paid for much of {cand}'s travel,", "{state} - as expected -"]


@pytest.mark.parametrize("race,camp,subject", [
    (r, c, s) for r, c, s in itertools.product(RACES, CAMPS, CAMP_SUBJECTS) if (CAMPS.index(c) + CAMP_SUBJECTS.index(s)) % 2 == 0])
def test_camp_of_focus(request, race, camp, subject):
    r = dict(RACES[race], pos="his" if race == "nato" else "her")
    text = f"{r['cand']} spoke in Brussels on Monday. " + f"{subject} {camp}.".format(**r)
    assert E(r["cand"], r["state"]) in _keys(request, race, text), text


CAMP_NEAR = ["{state} is in {pos} camp on energy policy.", "{state} is not in {pos} corner.",
             "{state} may come into {pos} camp.", "{state} is going all out for the summit.",
             "{state} has yet to come into {pos} camp."]


@pytest.mark.parametrize("race,pattern", itertools.product(RACES, CAMP_NEAR))
def test_camp_near_misses(request, race, pattern):
    r = dict(RACES[race], pos="his" if race == "nato" else "her")
    text = f"{r['cand']} spoke in Brussels on Monday. " + pattern.format(**r)
    assert E(r["cand"], r["state"]) not in _keys(request, race, text), text
