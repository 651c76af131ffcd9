"""Marked word order and list-like stance statements (issue 12; round 42): clefts ("It was S that backed X"),
inversion and fronting ("Backing X now are S and T", "Joining them on Friday was S" after a stance, "Not until June did S
endorse X"; frames/inverted.py, scope_bounds: "Not once did S endorse X" is a fronted negation, no endorsement), and the
candidate's backers or opponents as a subject or a label ("Her supporters now include S", "His backers so far: S, T",
"Her opponents include S", "Among those supporting her: S", "Opposed to his bid: S"; frames/stance_lists.py,
discourse.bid_after, tables.label_role). Near misses give no event: a wish, a guess, a modal, a denial, a critic (no
refusal), a label of weighing. Each row: (text, the stances it gives: E endorsement / O opposition by a / b)."""
from __future__ import annotations

import pytest

from tests.extract.conftest import RACE_ARTICLE, event_keys, stances

RACES = {
    "nato": dict(cand="Mark Rutte", sur="Rutte", pos="his", obj="him", a="Spain", b="Italy", a_cap="Madrid",
                 b_cap="Rome", opener="Mark Rutte is running for the post."),
    "un": dict(cand="Rebeca Grynspan", sur="Grynspan", pos="her", obj="her", a="Spain", b="Portugal", a_cap="Madrid",
               b_cap="Lisbon", opener="Rebeca Grynspan is running for the post."),
}

CLEFTS = [
    ("It was {a_cap} that finally threw its weight behind {sur}.", "Ea"),
    ("It is {a_cap}, not {b_cap}, that is backing {obj}.", "Ea"),
    ("It was only in June that {a} came round to {sur}.", "Ea"),
    ("It was {a} that blocked {sur}.", "Oa"),
    ("It was {a} that endorsed {sur} first.", "Ea"),
    ("It was {a_cap} that hoped for a deal.", ""),
    ("It is not {a_cap} that backs {obj}.", ""),
    ("It may be {b_cap} that ends up backing {obj}.", ""),
    ("It could be {a} that backs {sur} next.", ""),
    ("It was {a} that {sur} had hoped would back {obj}.", ""),
]

INVERSION = [
    ("Backing {sur} now are {a} and {b}.", "Ea Eb"),
    ("Also supporting {obj} is {a}.", "Ea"),
    ("Not until June did {a} endorse {sur}.", "Ea"),
    ("Opposed to {pos} bid: {a} and {b}.", "Oa Ob"),
    ("Against {pos} bid: {a}.", "Oa"),
    ("Backing {sur} could be {a}.", ""),
    ("Not once did {a} endorse {sur}.", "Oa"),          # as "never endorsed": no endorsement
    ("Never did {a} endorse {sur}.", "Oa"),
    ("Backing {sur} may soon be {a}.", ""),
    ("Doubts about {pos} bid: {a}.", ""),
]

# a place of support or its refusal, or a rank among those who took a stance, fronted before its copula and the states
# (clauses._FRONTED_PREDICATE): read as "S and T are behind X"
FRONTED_PLACES = [
    ("Behind {sur} are {a} and {b}.", "Ea Eb"),
    ("Firmly behind {sur} stand {a} and {b}.", "Ea Eb"),
    ("Squarely behind {obj} are {a} and {b}.", "Ea Eb"),
    ("Against {sur} stand {a} and {b}.", "Oa Ob"),
    ("Against {obj} are {a} and {b}.", "Oa Ob"),
    ("Against {pos} bid are {a} and {b}.", "Oa Ob"),
    ("First to endorse {sur} was {a}.", "Ea"),
    ("The first to back {obj} was {a}.", "Ea"),
    ("The last to come round to {sur} was {a}.", "Ea"),
    ("Still opposed to {sur} are {a} and {b}.", "Oa Ob"),
    ("{a} and {b} are still opposed to {sur}.", "Oa Ob"),
    ("Behind the scenes are {a} and {b}.", ""),
    ("Behind {sur} could be {a}.", ""),
    ("The first to back {obj} could be {a}.", ""),
    ("Next to back {sur} may be {a}.", ""),
    ("The first to congratulate {sur} was {a}.", ""),
    ("{a} is not yet opposed to {sur}.", ""),
    ("Behind {sur}'s rise is {pos} record.", ""),
    ("Supporting {sur}, meanwhile, is {a}.", "Ea"),
    ("Opposing {sur}, too, is {a}.", "Oa"),
    ("Also backing {sur}, diplomats said, is {a}.", "Ea"),
    ("Squarely in {pos} corner are {a} and {b}.", "Ea Eb"),
    ("In {sur}'s camp are {a} and {b}.", "Ea Eb"),
    ("In the spring are {a} and {b}.", ""),
    ("In {pos} camp could be {a}.", ""),
    ("Backing {sur}, meanwhile, could be {a}.", ""),
    ("The first to back {obj} was not {a}.", ""),
    ("Also backing {sur} is not {a}.", ""),
]

# (a stance in the sentence before, then the follower)
FOLLOWERS = [
    ("{b} backs {sur}. Joining them on Friday was {a}.", "Ea Eb"),
    ("{b} backs {sur}. Also joining them is {a}.", "Ea Eb"),
    ("{b} backs {sur}. Following suit in March was {a}.", "Ea Eb"),
    ("{b} opposes {sur}. Joining them on Friday was {a}.", "Oa Ob"),
    ("{b} backs {sur}. Joining them could be {a}.", "Eb"),
    ("{b} backs {sur}. Joining them at the summit was {a}.", "Eb"),
    ("{b} hosted talks in June. Joining them on Friday was {a}.", ""),
    ("{b} backs {sur}. Following suit will be {a}.", "Eb"),
]

LISTS = [
    ("Among those supporting {obj}: {a}, {b}.", "Ea Eb"),
    ("Among {pos} backers are {a} and {b}.", "Ea Eb"),
    ("{Pos} supporters now include {a}.", "Ea"),
    ("{Pos} backers so far: {a} and {b}.", "Ea Eb"),
    ("{Pos} backers so far are {a} and {b}.", "Ea Eb"),
    ("{Pos} opponents include {a}.", "Oa"),
    ("{Pos} opponents now include {a} and {b}.", "Oa Ob"),
    ("Among {pos} supporters: {a}.", "Ea"),
    ("Among those backing {sur}: {a} and {b}.", "Ea Eb"),
    ("{Pos} supporters hope {a} will join.", ""),
    ("Among {pos} backers could be {a}.", ""),
    ("{Pos} critics include {a}.", ""),
    ("Among those weighing support: {a}.", ""),
    ("{Pos} possible backers include {a}.", ""),
    ("{Pos} supporters may soon include {a}.", ""),
    ("{Pos} opponents could include {a}.", ""),
    ("{Pos} supporters do not include {a}.", ""),
    ("Among those still undecided: {a}.", ""),
    ("{Pos} sceptics now include {a}.", ""),
    ("{Pos} backers so far: none.", ""),
    ("{Pos} backers now: {a}, {b}.", "Ea Eb"),
    ("{Pos} backers to date: {a} and {b}.", "Ea Eb"),
    ("{Pos} possible backers now: {a}.", ""),
    ("{Pos} backers to date: unclear.", ""),
]


def _expected(r: dict, code: str) -> set[tuple]:
    kinds = {"E": "endorsement", "O": "opposition"}
    return {(kinds[c[0]], r["cand"], r[c[1]]) for c in code.split()}


def _check(request, race: str, text: str, code: str) -> None:
    r = dict(RACES[race], Pos=RACES[race]["pos"].capitalize())
    title, day = RACE_ARTICLE[race]
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    body = r["opener"] + " " + text.format(**r)
    assert stances(event_keys(story, title, body, day)) == _expected(r, code), body


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("n", range(len(CLEFTS)))
def test_clefts(request, race, n):
    _check(request, race, *CLEFTS[n])


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("n", range(len(INVERSION)))
def test_inversion_and_fronting(request, race, n):
    _check(request, race, *INVERSION[n])


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("n", range(len(FRONTED_PLACES)))
def test_fronted_places_and_ranks(request, race, n):
    _check(request, race, *FRONTED_PLACES[n])


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("n", range(len(FOLLOWERS)))
def test_inverted_followers(request, race, n):
    _check(request, race, *FOLLOWERS[n])


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("n", range(len(LISTS)))
def test_backers_as_subject_or_label(request, race, n):
    _check(request, race, *LISTS[n])


# a question reported with its answer in one sentence (extract/asked.py): the answer tells what was asked, or its refusal
ASKED = [
    ("Asked whether {a} would back {sur}, the minister said it would.", "Ea"),
    ("Asked whether {a} would back {sur}, the minister said yes.", "Ea"),
    ("Asked whether {a} would back {sur}, the minister replied that it would.", "Ea"),
    ("Asked if {a} supports {sur}, the minister answered yes.", "Ea"),
    ("When asked by reporters on Monday whether {a} would back {obj}, the minister said: \"Yes.\"", "Ea"),
    ("Asked whether {a} would block {sur}, the minister said it would.", "Oa"),
    ("Asked whether {a} would back {sur}, the minister said it would not.", "Oa"),
    ("Asked whether {a} would back {sur}, the minister said it was too early.", ""),
    ("Asked whether {a} would back {sur}, the minister would not say.", ""),
    ("Asked whether {a} would back {sur}, the minister said it might.", ""),
    ("Asked whether {a} could back {sur}, the minister said it could.", ""),
    ("Asked whether {a} would back {sur}, the minister said it would consider it.", ""),
    ("Asked whether {a} would back {sur}, the minister said no decision had been taken.", ""),
    ("Asked whether {a} would back {sur}, the minister said it had.", ""),
    ("Asked whether {a} would back {sur}, the minister said yes, it would.", "Ea"),
]


@pytest.mark.parametrize("race", RACES)
@pytest.mark.parametrize("n", range(len(ASKED)))
def test_question_reported_with_its_answer(request, race, n):
    _check(request, race, *ASKED[n])
