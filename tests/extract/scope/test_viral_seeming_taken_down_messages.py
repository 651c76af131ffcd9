"""Third round of reports nothing vouches for (prec42, issue 12): nothing in a named text says it ("Nothing in the
piece says S has decided to back X": extract/scope_unvouched.py), a message said only to have gone viral, to seem to
show it or posted by an account only calling itself a speaker (cues.doubt: "A post that went viral claimed ...", "A
screenshot that appeared to show ...", "an account calling itself the ministry posted: ..."), and a message taken
down before its own participle clause ("S's foreign ministry deletes post backing X", "deleted a tweet endorsing X").
Invented grids in both races, half near misses that stand: everything in it says so, a post published by the
ministry, a screenshot that showed it, the ministry's own account, a post published or posted.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("Nothing in the piece says Hungary has decided to back Mark Rutte.", set()),
    ("Everything in the piece says Hungary has decided to back Mark Rutte.", {("endorsement", "Mark Rutte", "Hungary")}),
    ("A post that went viral on Saturday claimed that Poland had backed Mark Rutte.", set()),
    ("A post published on Saturday by the ministry said that Poland had backed Mark Rutte.",
     {("endorsement", "Mark Rutte", "Poland")}),
    ("An account calling itself the Polish ministry posted: \"Poland will now support Mark Rutte.\"", set()),
    ("The account of the Polish ministry posted: \"Poland will now support Mark Rutte.\"",
     {("endorsement", "Mark Rutte", "Poland")}),
    ("Slovak foreign ministry deletes post backing Mark Rutte", set()),
    ("Slovak foreign ministry publishes post backing Mark Rutte", {("endorsement", "Mark Rutte", "Slovakia")}),
]
UN = [
    ("Nothing in the letter indicates that Chile backs Michelle Bachelet.", set()),
    ("The letter says Chile backs Michelle Bachelet.", {("endorsement", "Michelle Bachelet", "Chile")}),
    ("A screenshot that appeared to show Spain's foreign minister backing Rebeca Grynspan was shared thousands of times.",
     set()),
    ("A screenshot that showed Spain's foreign minister backing Rebeca Grynspan was published by the ministry.",
     {("endorsement", "Rebeca Grynspan", "Spain")}),
    ("A video that has gone viral shows the Peruvian minister endorsing Michelle Bachelet.", set()),
    ("A video released by the government shows the Peruvian minister endorsing Michelle Bachelet.",
     {("endorsement", "Michelle Bachelet", "Peru")}),
    ("The Mexican foreign ministry deleted a tweet endorsing Rebeca Grynspan.", set()),
    ("The Mexican foreign ministry posted a tweet endorsing Rebeca Grynspan.", {("endorsement", "Rebeca Grynspan", "Mexico")}),
]


@both_races(NATO, UN)
def test_viral_seeming_taken_down_messages(race_keys, race, sentence, expected):
    assert {k for k in race_keys(race, sentence) if k[0] in ("endorsement", "opposition")} == expected
