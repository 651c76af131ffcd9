"""Fact-check and social forms (prec41, issue 12), invented grids in both races, about half standing twins.

- "the post" that tells something is a message, not the job (extract/message_post.py): "What the post says: S endorsed
  X." is a fact-check's claim label (cues.claim_labels), no event; "S endorsed X for the post" and "X wants the post"
  keep the job.
- a verdict before the claim it rates (extract/scope_verdict.py): "Our verdict: Misleading. The post claims S backed X."
  is no event; after a true verdict the claim is reported, and a fact the check states in its own voice after a false
  verdict stands ("Verdict: False. Ankara confirmed its support for X.").
- a reporter's hearsay with its "I'm" left out: "Hearing that S will withdraw X, a journalist wrote." is no event; the
  same clause said by the state's ministry stands.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("What the post says: Hungary endorsed Rutte.", set()),
    ("Hungary endorsed Rutte for the post.", {("endorsement", "Mark Rutte", "Hungary")}),
    ("Our verdict: Misleading. The post claims Spain backed Rutte.", set()),
    ("Our verdict: True. The post claims Spain backed Rutte.", {("endorsement", "Mark Rutte", "Spain")}),
    ("Rating: Mostly false. Posts on X claim Spain backed Rutte.", set()),
    ("Verdict: False. Ankara confirmed its support for Rutte.", {("endorsement", "Mark Rutte", "Turkey")}),
    ("Verdict: True. Ankara confirmed its support for Rutte.", {("endorsement", "Mark Rutte", "Turkey")}),
    ("Hearing that Romania will withdraw Iohannis, a journalist wrote.", set()),
    ("Romania will withdraw Iohannis, its foreign ministry said.", {("withdrawal", "Klaus Iohannis", None)}),
    ("Rutte said he wants the post, and Spain backs him.",
     {("candidacy", "Mark Rutte", None), ("endorsement", "Mark Rutte", "Spain")}),
    # (prec41 second round: a label by what the message says, an inverted doubtful source, "Hearing" without "that",
    # the "Pants on fire" rating)
    ("What the viral post says: Hungary endorsed Rutte.", set()),
    ("What the minister said: Hungary endorsed Rutte.", {("endorsement", "Mark Rutte", "Hungary")}),
    ("Spain backs Rutte, says a parody account.", set()),
    ("Spain backs Rutte, says its foreign ministry.", {("endorsement", "Mark Rutte", "Spain")}),
    ("Hearing Romania will withdraw Iohannis, a journalist wrote.", set()),
    ("Hearing the news, Romania withdrew Iohannis.", {("withdrawal", "Klaus Iohannis", None)}),
    ("Our ruling: Pants on fire. A post on Facebook says Hungary endorsed Rutte.", set()),
]
UN = [
    ("What the post says: Spain backed Grynspan.", set()),
    ("Spain backed Grynspan for the post.", {("endorsement", "Rebeca Grynspan", "Spain")}),
    ("Our verdict: Misleading. The post claims Spain backed Grynspan.", set()),
    ("FALSE. It claims Brazil nominated Bachelet.", set()),
    ("Mostly false. Chile nominated Bachelet in March, not in May.",
     {("candidacy", "Michelle Bachelet", None), ("endorsement", "Michelle Bachelet", "Chile")}),
    ("Verdict: True. Madrid confirmed its support for Grynspan.", {("endorsement", "Rebeca Grynspan", "Spain")}),
    ("Hearing that Chile will withdraw Bachelet, a journalist wrote.", set()),
    ("\"Hearing that Chile will withdraw Bachelet,\" wrote one reporter on X.", set()),
    ("Chile will withdraw Bachelet, its foreign ministry said.", {("withdrawal", "Michelle Bachelet", None)}),
    ("Grynspan said she wants the post, and Spain backs her.",
     {("candidacy", "Rebeca Grynspan", None), ("endorsement", "Rebeca Grynspan", "Spain")}),
    ("What the video shows: Spain's minister endorsing Grynspan.", set()),
    ("Spain backs Grynspan, claims an anonymous account.", set()),
    ("Spain backs Grynspan, says the Spanish foreign minister.", {("endorsement", "Rebeca Grynspan", "Spain")}),
]


@both_races(NATO, UN)
def test_factcheck_post_verdict_hearsay(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
