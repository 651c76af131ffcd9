"""Fourth round of reports nothing vouches for (prec42, issue 12): a message that tells a stance said after it to be
a forgery or a sham (cues.false_words: "A letter from S backing X turned out to be a forgery") and an online
commenter telling it (cues.commentators: "A commenter wrote that S had backed X"). Invented grids in both races, half
near misses that stand: the letter genuine, a minister writing it.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("A letter from Poland backing Mark Rutte turned out to be a forgery.", set()),
    ("A letter from Poland backing Mark Rutte turned out to be genuine.", {("endorsement", "Mark Rutte", "Poland")}),
    ("A commenter wrote that Poland had backed Mark Rutte.", set()),
    ("The Polish minister wrote that Poland had backed Mark Rutte.", {("endorsement", "Mark Rutte", "Poland")}),
]
UN = [
    ("The letter in which Chile backs Michelle Bachelet was a sham.", set()),
    ("The letter in which Chile backs Michelle Bachelet was published on Monday.",
     {("endorsement", "Michelle Bachelet", "Chile")}),
    ("Several social media users wrote that Spain had endorsed Rebeca Grynspan.", set()),
    ("Several Spanish ministers wrote that Spain had endorsed Rebeca Grynspan.", {("endorsement", "Rebeca Grynspan", "Spain")}),
]


@both_races(NATO, UN)
def test_forgeries_and_commenters(race_keys, race, sentence, expected):
    assert {k for k in race_keys(race, sentence) if k[0] in ("endorsement", "opposition")} == expected


# a message the clause was told in, taken down (extract/scope_unvouched.py): "In a since-deleted post, the minister
# said ...", "..., the minister wrote in a post that was later removed"; near misses: a pinned or shared post
TAKEN_DOWN = [
    ("In a since-deleted post, the minister said Spain backs Rebeca Grynspan.", set()),
    ("In a deleted tweet, the minister said Spain backs Rebeca Grynspan.", set()),
    ("In a pinned tweet, the minister said Spain backs Rebeca Grynspan.", {("endorsement", "Rebeca Grynspan", "Spain")}),
    ("In a post on Monday, the minister said Spain backs Rebeca Grynspan.", {("endorsement", "Rebeca Grynspan", "Spain")}),
    ("The minister said Spain backs Rebeca Grynspan in a post she later deleted.", set()),
    ("The minister said Spain backs Rebeca Grynspan in a post she later pinned.",
     {("endorsement", "Rebeca Grynspan", "Spain")}),
    ("Spain backs Rebeca Grynspan, the minister wrote in a post that was later removed.", set()),
    ("Spain backs Rebeca Grynspan, the minister wrote in a post that was later shared by the ministry.",
     {("endorsement", "Rebeca Grynspan", "Spain")}),
]


@both_races([], TAKEN_DOWN)
def test_told_in_a_message_taken_down(race_keys, race, sentence, expected):
    assert {k for k in race_keys(race, sentence) if k[0] in ("endorsement", "opposition")} == expected
