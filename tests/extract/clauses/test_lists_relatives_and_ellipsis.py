"""Lists, coordination and stance ellipsis (session 26, lists26), tested as grids of invented sentences in both races
(no corpus sentence), about half of them near-misses that give no event:

- a relative clause after ONE member of a list is that member's own: the names a noun's coordinator ("as well as",
  "along with", "together with", "plus", "and") joins after the clause's closing comma are listed with the head, not
  with the clause's verb ("Members include A, which backs X, as well as B, C and D": A alone backs X); a list that only
  says who belongs to a body is no stance;
- an apposition after a list whose earlier member has an aside of its own is about the members after that aside
  ("A, whose president nominated Y, and B and C, two of the sponsors of X": B and C back X, not A).
"""
from __future__ import annotations

import pytest


RACES = {
    "nato": dict(cand="Mark Rutte", short="Rutte", other="Klaus Iohannis", pron="him",
                 states=("Hungary", "Slovakia", "Turkey", "Spain", "Poland")),
    "un": dict(cand="Rebeca Grynspan", short="Grynspan", other="Rafael Grossi", pron="her",
               states=("Peru", "Chile", "Brazil", "Mexico", "Colombia")),
}


@pytest.fixture(scope="module")
def stances(race_keys):
    """(race, text) -> the endorsements and oppositions of a one-sentence article of that race."""
    return lambda race, text: {k for k in race_keys(race, text) if k[0] in ("endorsement", "opposition")}


# ---------------------------------------------------------------- slice 1: a relative after one member of a list
MEMBERSHIP = ["Members of the contact group include", "The Council's elected members this year are",
              "Sitting on the panel are", "The committee now comprises"]
COORDINATORS = ["as well as", "along with", "together with", "plus", "and"]
RELATIVES = ["which backs {X}", "which has endorsed {X}", "whose government supports {X}", "which declared for {X} in May"]


def _member_cells():
    return [(race, body, coord, rel) for race in RACES for body in MEMBERSHIP for coord in COORDINATORS
            for rel in RELATIVES]


@pytest.mark.parametrize("race,body,coord,rel", _member_cells(),
                         ids=[f"{c[0]}-{c[1][:12]}-{c[2]}-{c[3][:14]}" for c in _member_cells()])
def test_relative_after_one_member_is_its_own(stances, race, body, coord, rel):
    r = RACES[race]
    a, b, c, d = r["states"][:4]
    text = f"{body} {a}, {rel.format(X=r['short'])}, {coord} {b}, {c} and {d}."
    # (the members after the clause take no stance: near-miss for each of them)
    assert stances(race, text) == {("endorsement", r["cand"], a)}


# the same coordinators inside the clause or with the verb in the main clause: everyone named acts
SHARED = [
    ("{A} backs {X}, as well as {B} and {C}.", [0, 1, 2]),
    ("{A} backs {X}, along with {B} and {C}.", [0, 1, 2]),
    ("{A} backed {X} in May, together with {B}.", [0, 1]),
    ("{A}, which backs {X} alongside {B}, sits on the Council.", [0, 1]),
    ("{A}, {B} and {C}, which back {X}, sit on the Council.", [0, 1, 2]),
    ("{A}, which backs {X}, sits on the Council along with {B} and {C}.", [0]),
    ("{A}, which backs {X}, as well as {B}, which opposes {P}, sit on the Council.", [0]),
]


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,acting", SHARED, ids=[s[:50] for s, _ in SHARED])
def test_coordinator_inside_or_outside_the_clause(stances, race, sentence, acting):
    r = RACES[race]
    states = r["states"]
    got = {x for x in stances(race, sentence.format(A=states[0], B=states[1], C=states[2], X=r["short"],
                                                              P=r["pron"])) if x[0] == "endorsement"}
    assert got == {("endorsement", r["cand"], states[i]) for i in acting}


# an apposition after a list whose first member has an aside of its own: the later members' alone
APPOSED = [
    ("The vote puts {Z} on the other side from {A}, whose government nominated {Y} in May, and from {B} and {C}, two of "
     "the sponsors of {X}.", [1, 2]),
    ("{Z} differs from {A}, which nominated {Y} in May, and from {B}, the chief sponsor of {X}.", [1]),
    ("{A}, a founding member, and {B}, one of the main backers of {X}, met on Monday.", [1]),
    ("{A}, which is close to {Y}, and {B} and {C}, two of the earliest backers of {X}, met on Monday.", [1, 2]),
    ("{A}, {B} and {C}, three of the sponsors of {X}, met on Monday.", [0, 1, 2]),
    ("{A} and {B}, two of the sponsors of {X}, met on Monday.", [0, 1]),
]


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,acting", APPOSED, ids=[s[:50] for s, _ in APPOSED])
def test_apposition_after_a_member_aside(stances, race, sentence, acting):
    r = RACES[race]
    states = r["states"]
    text = sentence.format(A=states[0], B=states[1], C=states[2], Z=states[4], X=r["cand"], Y=r["other"])
    got = {x for x in stances(race, text) if x[1] == r["cand"]}
    assert got == {("endorsement", r["cand"], states[i]) for i in acting}


# ---------------------------------------------------------------- slice 2: the field's composition, definite labels
def _candidacies(race_keys, race: str, text: str) -> set[str]:
    return {k[1] for k in race_keys(race, text) if k[0] == "candidacy"}


PEOPLE = {"nato": ("Mark Rutte", "Klaus Iohannis", "Kaja Kallas"),
          "un": ("Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan")}
STATES = {race: r["states"] for race, r in RACES.items()}
# the field's composition stated as fact lists its members; a modal, an assessing word or another noun lists no one
FIELD = [
    ("The field now comprises {X}, {Y} and {Z}.", True),
    ("The field, for now, consists of {X}, {Y} and {Z}.", True),
    ("The field is made up of {X}, {Y} and {Z}.", True),
    ("The field is composed of {X} and {Y}.", True),
    ("The remaining candidates now comprise {X} and {Y}.", True),
    ("The field could soon comprise {X}, {Y} and {Z}.", False),
    ("The field is expected to consist of {X}, {Y} and {Z}.", False),
    ("The possible field comprises {X}, {Y} and {Z}.", False),
    ("The jury comprises {X}, {Y} and {Z}.", False),
    ("Experts in the field, comprising {X} and {Y}, met on Monday.", False),
]


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,listed", FIELD, ids=[s[:40] for s, _ in FIELD])
def test_the_field_comprises(race_keys, race, sentence, listed):
    x, y, z = PEOPLE[race]
    got = _candidacies(race_keys, race, sentence.format(X=x, Y=y, Z=z))
    named = {x, y} | ({z} if "{Z}" in sentence else set())
    assert got == (named if listed else set())


# a definite label set off before the names states them in the race inside a clause of doubt or condition; an
# indefinite or hedged one does not
LABELS = [
    ("Whether {A} and {B} will accept either of the two candidates, {X} and {Y}, remains unclear.", True),
    ("It is unclear whether {A} will back either of the two contenders, {X} and {Y}.", True),
    ("Nobody knows whether {A} will receive the three candidates, {X}, {Y} and {Z}, next week.", True),
    ("{A} could host the three candidates, {X}, {Y} and {Z}, next week.", True),
    ("Whether a possible candidate, {X}, will enter is unclear.", False),
    ("It is unclear whether {A} will accept a candidate, {X}.", False),
    ("{A} may meet the two possible candidates, {X} and {Y}.", False),
]


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,stated", LABELS, ids=[s[:40] for s, _ in LABELS])
def test_definite_label_inside_doubt(race_keys, race, sentence, stated):
    x, y, z = PEOPLE[race]
    a, b = STATES[race][:2]
    keys = race_keys(race, sentence.format(X=x, Y=y, Z=z, A=a, B=b))
    named = {x, y} | ({z} if "{Z}" in sentence else set())
    assert {k[1] for k in keys if k[0] == "candidacy"} == (named if stated else set())
    assert not {k for k in keys if k[0] in ("endorsement", "opposition")}     # the states' stance is no event


# ---------------------------------------------------------------- slice 2: a clause whose verb phrase is left out
# (indexes of the states that take the stance of the sentence's first clause)
ELIDED = [
    ("{A} supports {X}; so does {B}.", "endorsement", [0, 1]),
    ("{A} supports {X}, and so does {B}.", "endorsement", [0, 1]),
    ("{A} supports {X}; so does {B}, and {C}, its prime minister said on Tuesday, will too.", "endorsement", [0, 1, 2]),
    ("{A} supports {X}; so does {B}, and {C} will too.", "endorsement", [0, 1, 2]),
    ("{A} supports {X}; so does {B}, and {C} may too.", "endorsement", [0]),
    ("{A} backs {X}, {B} likewise, and {C} is expected to follow.", "endorsement", [0, 1]),
    ("{A} backs {X}, {B} too.", "endorsement", [0, 1]),
    ("{A} backs {X}; {B} as well.", "endorsement", [0, 1]),
    ("{A} backs {X}; {B} also.", "endorsement", [0, 1]),
    ("{A} backs {X}, and {B} will too.", "endorsement", [0, 1]),
    ("{A} will not back {X}, and neither will {B}.", "opposition", [0, 1]),
    ("{A} has not endorsed {X}, and neither has {B}.", None, []),
    ("{A} backs {X}, and {B} may too.", "endorsement", [0]),
    ("{A} backs {X}, and {B}, diplomats expect, will too.", "endorsement", [0]),
    ("{A} hosted {X}; so did {B}.", None, []),
    ("{A} backs {X}; {B} also hosted the talks.", "endorsement", [0]),
    ("{A} backs {X}, and {B} too has a say.", "endorsement", [0]),
    ("{A} backs {X} and {B} is expected to follow.", "endorsement", [0]),
]


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,kind,acting", ELIDED, ids=[s[:45] for s, _, _ in ELIDED])
def test_clause_with_its_verb_phrase_left_out(stances, race, sentence, kind, acting):
    r = RACES[race]
    a, b, c = r["states"][:3]
    got = stances(race, sentence.format(A=a, B=b, C=c, X=r["short"]))
    assert got == {(kind, r["cand"], (a, b, c)[i]) for i in acting}


# a gapped clause with an object of its own: the same kind of stance on its own candidate
GAPPED = [
    ("{A} backs {X} and {B} {Y}.", "endorsement", True),
    ("{A} backed {X} in May, and {B} {Y} in June.", "endorsement", True),
    ("{A} backs {X}, while {B} {Y}.", "endorsement", True),
    ("{A} backs {X}; {B}, of course, {Y}.", "endorsement", True),
    ("{A} met {X} and {B} {Y}.", None, False),
    ("{A} hosted {X} in May and {B} {Y} in June.", None, False),
]


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,kind,gapped", GAPPED, ids=[s[:40] for s, _, _ in GAPPED])
def test_gapped_clause_with_its_own_object(stances, race, sentence, kind, gapped):
    x, y, _ = PEOPLE[race]
    a, b = STATES[race][:2]
    got = stances(race, sentence.format(A=a, B=b, X=x, Y=y))
    assert got == ({(kind, x, a), (kind, y, b)} if gapped else set())


# the stance just said, repeated by a verb of echoing ("Paraguay's delegate echoes that"), never something else; staying
# loyal with no object: to the candidate in focus ("both" the two states just listed)
REPEATED = [
    ("{A} backs {Xs}. {B}'s delegate echoes that.", [0, 1]),
    ("{A} backs {Xs}. {B} seconded it on Monday.", [0, 1]),
    ("{A} backs {Xs}. {B} echoed that in a statement.", [0, 1]),
    ("{A} backs {Xs}. {B} echoed that view of the economy.", [0]),
    ("{A} hosted {Xs}. {B} echoed that.", []),
    ("{A} has not endorsed {Xs}. {B} echoed that.", []),
    ("Since the spring, {X} has relied on {A} and {B}, and both remain loyal.", [0, 1]),
    ("{X} has had a hard month. {A} and {B} remain loyal.", [0, 1]),
    ("{X} has had a hard month. {A} remained loyal throughout.", [0]),
    ("{X} has had a hard month. {A} remains loyal to the party.", []),
    ("{X} has had a hard month. {A} may not remain loyal.", []),
]


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,acting", REPEATED, ids=[s[:40] for s, _ in REPEATED])
def test_echoed_or_loyal(stances, race, sentence, acting):
    r = RACES[race]
    a, b = r["states"][:2]
    got = stances(race, sentence.format(A=a, B=b, X=r["cand"], Xs=r["short"]))
    assert got == {("endorsement", r["cand"], (a, b)[i]) for i in acting}


# "did the same" repeats the stance of the nearest sentence that told one, never the follower's own
@pytest.mark.parametrize("race", list(RACES))
def test_did_the_same_repeats_the_nearest_stance(stances, race):
    r = RACES[race]
    gone, a, b = PEOPLE[race][1], *r["states"][:2]
    text = (f"{gone} left the race on Monday. \"I thank {a} and {b}, which nominated me,\" {gone} said. The president "
            f"said {a} would now back {r['short']}. {b} did the same in a short statement on Monday evening.")
    got = stances(race, text)
    assert {("endorsement", r["cand"], a), ("endorsement", r["cand"], b)} <= got


# ---------------------------------------------------------------- slice 3: acting ahead of the others; dash asides
# an act against or ahead of the others before the stance's infinitive states it ("broke ranks on Tuesday to endorse
# X", also after a relative aside on its subject); a modal one does not
INFINITIVE = [
    ("{A} broke ranks on Tuesday to endorse {X}.", True),
    ("Most of the region kept quiet, though {A}, whose president spoke at the Assembly last autumn, broke ranks on "
     "Tuesday to endorse {X}.", True),
    ("{A} stepped in to back {X}.", True),
    ("{A} was quick to endorse {X}.", True),
    ("{A} may break ranks to endorse {X}.", False),
    ("{A} was quick to praise {X}.", False),
    ("{A} broke ranks with its neighbours on trade, and {X} said nothing.", False),
]


@pytest.mark.parametrize("race", list(RACES))
@pytest.mark.parametrize("sentence,stated", INFINITIVE, ids=[s[:40] for s, _ in INFINITIVE])
def test_acting_before_the_stance_infinitive(stances, race, sentence, stated):
    r = RACES[race]
    a = r["states"][0]
    assert stances(race, sentence.format(A=a, X=r["short"])) == ({("endorsement", r["cand"], a)} if stated else set())


# a candidate closing an aside set off by dashes is not the subject of the verb after it
@pytest.mark.parametrize("sentence,acting", [
    ("Every ally but Ankara, Budapest and Bucharest - the last still campaigning for its own president, Klaus "
     "Iohannis - has signed up to Rutte.", False),
    ("Every ally but Ankara and Bucharest - the latter still backing its own president, Klaus Iohannis - has endorsed "
     "Rutte.", False),
    ("Romania's president, Klaus Iohannis, has endorsed Rutte.", True),
    ("The talks ended - and Klaus Iohannis endorsed Rutte on Monday.", True),
])
def test_candidate_closing_a_dash_aside(stances, sentence, acting):
    got = {k for k in stances("nato", sentence) if k[1] == "Mark Rutte"}
    assert got == ({("endorsement", "Mark Rutte", "Romania")} if acting else set())
