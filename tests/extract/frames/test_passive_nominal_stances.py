"""Passive and nominal stances, and participle asides that carry agents (session 26, nominal26): invented grids in both
races (no corpus sentence), forms x inserts x near-misses (about half give no event).

- a stance noun as the subject of a passive of giving takes its agent as every passive does (`Vocab.by`): after a time
  or an adverb ("Support for X was declared on Thursday by A and B", "Opposition to X was restated last week by A");
  not a passive of another verb ("was questioned by"), a modal one ("would be declared by"), nor an agent that is no
  state;
- an aside in brackets right after a candidate's name that opens with a participle or a relative pronoun ("X (nominated
  by A and B after ...)", "X (backed by A)", "X (whom A opposes)") is read as the same aside set off by commas (the
  brackets stay blank in every other view); not an aside of another kind ("(born in ...)", "(interviewed by ...)"), a
  nomination for another prize, nor brackets after a state;
- a state set aside by "nor" (no actor of the main clause) is the owner of its own "whose" clause ("..., nor A, whose
  opposition to X decided the race"); an earlier member's aside makes a "whose" clause after a list the last member's,
  as it does for "which"/"who" ("A, which ..., and B, whose veto on X ...");
- a list of candidates across a member's own participle with its agent ("X, nominated by A, whose ...; and Y of S,
  nominated by B") is no list: each participle is its own name's;
- a participle with its agent after a candidate's own noun is an aside of the noun ("X's candidacy, championed since
  January by A, was endorsed on Friday by B"); a bid's noun before "by" is the person's ("a bid by X was rubber-stamped
  on Tuesday by the government of A"), "proposal" before "of" is a nomination (`candidacy.nomination_of_nouns`), and
  the nomination's agent comes after a time as every passive's; a second participle of joining shares a bid's noun
  ("a proposal of X, submitted by A and joined on Monday by B"), of backing or nominating any subject ("X, nominated
  by A and co-sponsored by B"); not "X's proposal" (one X makes), a person "joined on stage by" someone, nor an item
  of a roster its label only weighs ("The possible contenders are: X, nominated by A").
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import CAND, E, O, WD

RACES = {
    "nato": dict(c=("Mark Rutte", "Kaja Kallas"), a=("Canada", "Belgium", "Poland"), pron=("him", "her")),
    "un": dict(c=("Rebeca Grynspan", "Rafael Grossi"), a=("Brazil", "Mexico", "Colombia"), pron=("her", "him")),
}
INSERTS = ["", " on Thursday", " last week", " publicly", " formally in March"]


def _cases(*groups):
    """(forms, near-misses) pairs -> one parametrisation over both races."""
    out = []
    for forms, near in groups:
        out += _grid(forms, near)
    return pytest.mark.parametrize("race,sentence,expected", out, ids=[f"{r}|{s[:70]}" for r, s, _ in out])


def _grid(forms, near):
    out = []
    for race, r in RACES.items():
        c0, c1 = r["c"]
        a0, a1, a2 = r["a"]
        words = dict(C=c0, C2=c1, A=a0, B=a1, D=a2, pron=r["pron"][0])
        for form, expect in forms:
            for ins in INSERTS if "{ins}" in form else [""]:
                out.append((race, form.format(ins=ins, **words), expect(words)))
        for form in near:
            for ins in INSERTS[:2] if "{ins}" in form else [""]:
                out.append((race, form.format(ins=ins, **words), set()))
    return out


# ---------------------------------------------------------------- a stance noun as a passive's subject

NOUN_PASSIVE = [
    ("Support for {C} was declared{ins} by {A}.", lambda w: {E(w["C"], w["A"])}),
    ("Support for {C} was declared{ins} by the governments of {A} and {B}.", lambda w: {E(w["C"], w["A"]), E(w["C"], w["B"])}),
    ("Backing for {C}'s bid has been pledged{ins} by the government of {A}.", lambda w: {E(w["C"], w["A"])}),
    ("Opposition to {C} was restated{ins} by {A}.", lambda w: {O(w["C"], w["A"])}),
    ("Objections to {C}'s candidacy were voiced{ins} by {A} and {B}.", lambda w: {O(w["C"], w["A"]), O(w["C"], w["B"])}),
]
NOUN_PASSIVE_NEAR = [
    "Support for {C} was questioned{ins} by {A}.",
    "Support for {C} was discussed{ins} by {A} and {B}.",
    "Support for {C} would be declared{ins} by {A}.",
    "Support for {C} was declared{ins} by several analysts.",
    "Opposition to {C} was studied{ins} by {A}.",
]



# ---------------------------------------------------------------- an aside in brackets after a name

BRACKETED = [
    ("{C} (nominated by {A} and {B}{ins}) leads the field.",
     lambda w: {CAND(w["C"]), E(w["C"], w["A"]), E(w["C"], w["B"])}),
    ("{C} (put forward by {A}{ins}) leads the field.", lambda w: {CAND(w["C"]), E(w["C"], w["A"])}),
    ("{C} (backed{ins} by {A} and {B}) leads the field.", lambda w: {E(w["C"], w["A"]), E(w["C"], w["B"])}),
    ("{C} (opposed by {A}{ins}) trails the field.", lambda w: {O(w["C"], w["A"])}),
    ("{C} (whom {A} still opposes) trails the field.", lambda w: {O(w["C"], w["A"])}),
    ("The two candidates are {C} (endorsed by {A}{ins}) and {C2}.", lambda w: {CAND(w["C"]), CAND(w["C2"]), E(w["C"], w["A"])}),
]
BRACKETED_NEAR = [
    "{C} (born in {A}) leads the field.",
    "{C} (interviewed by {A}'s state television{ins}) leads the field.",
    "{C} (nominated by {A} for the Nobel peace prize) leads the field.",
    "{A} (backed by its parliament{ins}) said nothing.",
    "{C} (who met {A}'s leader{ins}) leads the field.",
    "{C} (a former minister) met envoys from {A}.",
]



# ---------------------------------------------------------------- "whose" after a state set aside or a list

WHOSE = [
    ("She did not mention {A}, nor {B}, whose opposition to {C} decided the race.", lambda w: {O(w["C"], w["B"])}),
    ("He did not thank {A}, nor {B}, whose support for {C} was decisive.", lambda w: {E(w["C"], w["B"])}),
    ("He praised {A}, which backed {C} early, and {B}, whose veto on {C} held until June.",
     lambda w: {E(w["C"], w["A"]), O(w["C"], w["B"])}),
    ("{B}, whose objections to {C} delayed the vote, relented.", lambda w: {O(w["C"], w["B"])}),
]
WHOSE_NEAR = [
    "She did not mention {A}, nor {B}, whose votes decided the race.",
    "Neither {A} nor {B}, whose government is divided, has backed {C}.",
    "All members except {B}, whose minister met {C}, attended.",
    "{B}, whose position on {C} is unclear, said nothing.",
]



# ---------------------------------------------------------------- a member's own participle in a list of names

MEMBER_PARTICIPLE = [
    ("The rivals are {C}, nominated by {A}, whose president has campaigned for {pron}; and {C2}, nominated by {B}.",
     lambda w: {CAND(w["C"]), CAND(w["C2"]), E(w["C"], w["A"]), E(w["C2"], w["B"])}),
    ("The field is {C}, put forward by {A}, whose minister met allies in May; and {C2}, put forward by {B}.",
     lambda w: {CAND(w["C"]), CAND(w["C2"]), E(w["C"], w["A"]), E(w["C2"], w["B"])}),
]


# ---------------------------------------------------------------- a bid's noun with participles that carry agents

BID_NOUN = [
    # the candidate's noun, its participle aside skipped before the main passive
    ("{C}'s candidacy, championed{ins} by {A}, was endorsed on Friday by {B}.", lambda w: {E(w["C"], w["A"]), E(w["C"], w["B"])}),
    ("{C}'s bid, first put forward by {A}, has been backed{ins} by {B}.",
     lambda w: {CAND(w["C"]), E(w["C"], w["A"]), E(w["C"], w["B"])}),
    ("{C}'s candidacy, discussed{ins} by {A}, was opposed on Monday by {B}.", lambda w: {O(w["C"], w["B"])}),
    # "a bid by X", "the proposal of X": the bid or nomination passed by a state, its agent after a time
    ("A bid by {C} was rubber-stamped{ins} by the government of {A}.", lambda w: {CAND(w["C"]), E(w["C"], w["A"])}),
    ("The proposal of {C} was submitted{ins} by {A}.", lambda w: {CAND(w["C"]), E(w["C"], w["A"])}),
    ("A formal proposal of {C}, submitted by {A} and joined{ins} by {B}, reached the president.",
     lambda w: {CAND(w["C"]), E(w["C"], w["A"]), E(w["C"], w["B"])}),
    ("{C}'s candidacy was lodged by {A} and joined{ins} by {B}.", lambda w: {CAND(w["C"]), E(w["C"], w["A"]), E(w["C"], w["B"])}),
    ("{C}, nominated by {A} and co-sponsored{ins} by {B}, leads.", lambda w: {CAND(w["C"]), E(w["C"], w["A"]), E(w["C"], w["B"])}),
]
BID_NOUN_NEAR = [
    "{C}'s proposal was submitted{ins} by {A}.",
    "{C}'s candidacy, discussed{ins} by {A}, was covered by the press.",
    "The possible contenders are: {C}, nominated by {A}, and {C2}.",
    "Names in the mix: {C} (nominated by {A}) and {C2}.",
]
BID_NOUN_NEAR_STATED = [
    # a person "joined by" someone is in company, not co-sponsored
    ("{C}, nominated by {A} and joined{ins} by {B}'s president, spoke.", lambda w: {CAND(w["C"]), E(w["C"], w["A"])}),
    # a bid passed by no state is stated, as the bid's own clause states it, and backed by no one
    ("A bid by {C} was rubber-stamped{ins} by the board.", lambda w: {CAND(w["C"])}),
]


# ---------------------------------------------------------------- ended, refused and ungiven stances as nouns

ENDED_REFUSED = [
    # a stance or nomination noun as the subject of a passive of ending: the stance as it was, no withdrawal of the bid
    ("Backing for {C} was withdrawn{ins} by the government of {A}.", lambda w: {E(w["C"], w["A"])}),
    ("{A}'s sponsorship of {C} has been withdrawn{ins}.", lambda w: {E(w["C"], w["A"])}),
    ("The nomination of {C} was withdrawn{ins} by {A}.", lambda w: {E(w["C"], w["A"])}),
    ("Opposition to {C} was dropped{ins} by {A}.", lambda w: {O(w["C"], w["A"])}),
    # ... while the person's own bid withdrawn is the withdrawal
    ("{C} withdrew from the race on Thursday.", lambda w: {WD(w["C"])}),
    # a refusal noun with its giver after it, or owned by a "whose"
    ("A refusal by {A} to support {C} was restated{ins}.", lambda w: {O(w["C"], w["A"])}),
    ("The refusal of {A} to back {C} angered allies.", lambda w: {O(w["C"], w["A"])}),
    ("{A}, whose refusal to back {C} angered allies, relented.", lambda w: {O(w["C"], w["A"])}),
    # a stance noun phrase whose predicate is no negated giving states the stance
    ("Endorsement of {C} by {A} was formally issued{ins}.", lambda w: {E(w["C"], w["A"])}),
    ("Endorsement of {C} by {A} has never wavered.", lambda w: {E(w["C"], w["A"])}),
    ("Support for {C} was issued{ins} by {A}.", lambda w: {E(w["C"], w["A"])}),
]
ENDED_REFUSED_NEAR = [
    "Backing for {C} was debated{ins} by {A}.",
    "A refusal by {A} to support the plan angered {C}.",
    # a negated passive of giving or declaring a stance noun: the stance not taken yet (the guide)
    "Endorsement of {C} by the government of {A} has still not been formally issued.",
    "{C}'s nomination by {A}, though long expected, has not been formally tabled.",
    "Support for {C} by {A} has yet to be announced.",
    "{C}'s endorsement by {A} has not been issued{ins}.",
]


@_cases((NOUN_PASSIVE, NOUN_PASSIVE_NEAR), (BRACKETED, BRACKETED_NEAR), (WHOSE, WHOSE_NEAR), (MEMBER_PARTICIPLE, []),
        (BID_NOUN, BID_NOUN_NEAR), (BID_NOUN_NEAR_STATED, []), (ENDED_REFUSED, ENDED_REFUSED_NEAR))
def test_nominal(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
