"""Reports nothing vouches for (prec42, issue 12; extract/scope_unvouched.py): a clause told by a document the sentence
says is unverified ("The letter has not been authenticated, but it says S backs X", "The memo, which has not been
verified, says ..."), by a post its author took down after it ("..., but later deleted the post", "..., then removed
it hours later", "..., before deleting the tweet"), or that there is said to be no evidence of ("There is no evidence
S backed X", "No evidence has emerged that ...", "Nothing suggests ...", "There is nothing to suggest ..."); and an
online personality telling it (cues.commentators: "One TikTok influencer said S had endorsed X"). Invented grids in
both races, half near misses that stand: the document verified, a confirmation after it, a fact of its own after the
doubt, another post taken down or the post kept, evidence said to be there, no evidence of another matter, a minister
speaking to an influencer.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("The letter has not been authenticated, but it says Spain backs Mark Rutte.", set()),
    ("The letter has been authenticated, and it says Spain backs Mark Rutte.", {("endorsement", "Mark Rutte", "Spain")}),
    ("The memo, which could not be verified, says Hungary will not block Mark Rutte.", set()),
    ("The memo, which was verified by our reporters, says Poland backs Mark Rutte.", {("endorsement", "Mark Rutte", "Poland")}),
    ("The cable has not been authenticated, but Poland backed Mark Rutte on Monday.",
     {("endorsement", "Mark Rutte", "Poland")}),
    ("The minister wrote on X that Spain supports Mark Rutte, but later deleted the post.", set()),
    ("The minister wrote on X that Spain supports Mark Rutte, and the ministry confirmed it on Monday.",
     {("endorsement", "Mark Rutte", "Spain")}),
    ("The minister tweeted that Italy backs Mark Rutte, then deleted the tweet an hour later.", set()),
    ("The minister tweeted that Italy backs Mark Rutte, and later pinned the tweet.", {("endorsement", "Mark Rutte", "Italy")}),
    ("There is no evidence Spain backed Mark Rutte.", set()),
    ("There is evidence Spain backed Mark Rutte.", {("endorsement", "Mark Rutte", "Spain")}),
    ("Nothing suggests Hungary has dropped its objection to Mark Rutte.", set()),
    ("There is no evidence of a deal, and Hungary dropped its objection to Mark Rutte.",
     {("opposition", "Mark Rutte", "Hungary")}),
    ("One TikTok influencer said Spain had endorsed Mark Rutte.", set()),
    ("The Spanish foreign minister told influencers that Spain had endorsed Mark Rutte.",
     {("endorsement", "Mark Rutte", "Spain")}),
]
UN = [
    ("The letter has not been authenticated, but it says Spain backs Rebeca Grynspan.", set()),
    ("The letter has been authenticated, and it says Spain backs Rebeca Grynspan.",
     {("endorsement", "Rebeca Grynspan", "Spain")}),
    ("The unauthenticated letter says Chile endorsed Michelle Bachelet.", set()),
    ("The letter has not been authenticated, but it says Spain backs Rebeca Grynspan, and the ministry confirmed it on "
     "Monday.", {("endorsement", "Rebeca Grynspan", "Spain")}),
    ("Rebeca Grynspan is running. The minister wrote on X that Spain supports her, but later deleted the post.", set()),
    ("The minister posted on Facebook that Chile backs Michelle Bachelet, then removed it hours later.", set()),
    ("The minister posted on Facebook that Chile backs Michelle Bachelet, before deleting the post.", set()),
    ("The minister posted on Facebook that Chile backs Michelle Bachelet, and later deleted an older post about the vote.",
     {("endorsement", "Michelle Bachelet", "Chile")}),
    ("There is little evidence that Chile supports Michelle Bachelet.", set()),
    ("There is now clear evidence that Chile supports Michelle Bachelet.", {("endorsement", "Michelle Bachelet", "Chile")}),
    ("No evidence has emerged that Chile supports Michelle Bachelet.", set()),
    ("Nothing indicates that Chile supports Michelle Bachelet.", set()),
    ("There is nothing to suggest Chile supports Michelle Bachelet.", set()),
    ("The report offered no evidence, but Chile backed Michelle Bachelet on Monday.",
     {("endorsement", "Michelle Bachelet", "Chile")}),
    ("A popular YouTuber claimed Chile backed Michelle Bachelet.", set()),
    ("Speaking to a podcaster, the foreign minister said Spain had endorsed Rebeca Grynspan.",
     {("endorsement", "Rebeca Grynspan", "Spain")}),
]


@both_races(NATO, UN)
def test_unvouched_reports(race_keys, race, sentence, expected):
    assert {k for k in race_keys(race, sentence) if k[0] in ("endorsement", "opposition")} == expected
