"""A fact-check's verdict, the quotation it rates and the claims it retells (prec38, issue 12), invented grids in
both races, about half near misses.

- A verdict opening the next sentence ('... FALSE.') denies the claim quoted in the sentence before, not a clause of
  that sentence standing outside every whole quotation: in double or single marks, curly or straight ("a post claims
  ‘Turkey has vetoed him.’ FALSE."), before or after the quotation ('"Turkey vetoed X," a post claims, but Hungary
  backs him. FALSE.'); an apostrophe between letters is no mark ("'Turkey's veto is final.'") (`base._QUOTATION`).
- Ratings short of false leave a claim unshown: "UNPROVEN.", "Unverified.", "Missing context." (cues.verdict_words);
  after a numbered label too ("Claim 4: ...").
- The next sentence saying the report or message does not exist denies it ("The agency published no such report.",
  "No such statement exists.", "There was no such post."; not "No such report had reached the mission").
- A post "shared widely" is the claim a fact-check reviews, as a "widely shared" one is.
- Online voices that claim it, named by no one ("Several accounts claim Ankara has blocked X", "Posts claiming that
  ...") state no fact (cues.doubt); officials or sources that claim it, or "by all accounts", still report it.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

E_RUTTE, O_RUTTE = ("endorsement", "Mark Rutte", "Hungary"), ("opposition", "Mark Rutte", "Turkey")
E_GRYNSPAN, O_BACHELET = ("endorsement", "Rebeca Grynspan", "Spain"), ("opposition", "Michelle Bachelet", "Chile")

NATO = [
    ("Hungary backs Rutte, and a post claims ‘Turkey has vetoed him.’ FALSE. No vote has taken place.", {E_RUTTE}),
    ("Hungary backs Rutte, and a post claims 'Turkey's veto is final.' FALSE. No vote has taken place.", {E_RUTTE}),
    ("'Turkey has vetoed Rutte,' a post claims, but Hungary backs him. FALSE. No vote has taken place.", {E_RUTTE}),
    ("A post claims 'Turkey has vetoed Rutte.' TRUE. Ankara said so.", {O_RUTTE}),
    ("Turkish officials claim Ankara has formally blocked Rutte.", {O_RUTTE}),
    # the claim rated, unshown, or claimed online by no one named: nothing
    ("A post claims ‘Turkey has vetoed Rutte.’ FALSE. No vote has taken place.", set()),
    ('"Turkey has vetoed Rutte." UNPROVEN. Nobody has seen a statement.', set()),
    ('Claim 4: "Turkey has vetoed the Dutchman." Unverified.', set()),
    ("Several accounts claim Ankara has formally blocked Rutte.", set()),
    ("Posts claiming that Ankara has formally blocked Rutte have been shared widely.", set()),
]
UN = [
    ("Spain backs Grynspan, and a post claims ‘Chile has vetoed Bachelet.’ FALSE. No vote has taken place.",
     {E_GRYNSPAN}),
    ("‘Chile has vetoed Bachelet,’ a post claims, but Spain backs Grynspan. FALSE.", {E_GRYNSPAN}),
    ("By all accounts, Beijing has endorsed Grossi.", {("endorsement", "Rafael Grossi", "China")}),
    ('"Chile has vetoed Bachelet." MISSING CONTEXT. Santiago has said nothing of the kind.', set()),
    ("A post claims ‘Chile has vetoed Bachelet.’ FALSE. No vote has taken place.", set()),
    ("A post claims Chile has vetoed Bachelet and Spain backs Grynspan. FALSE.", set()),
    ("Several accounts claim Beijing has endorsed Grossi.", set()),
    ("Social media users claimed that Chile had vetoed Bachelet.", set()),
    ("A post, shared widely online, said Beijing had endorsed Grossi.", set()),
    ("A post attributed to a state news agency said Beijing had formally declared its support for Grossi. The agency "
     "published no such report.", set()),
    ("A post said Beijing had endorsed Grossi. No such statement exists.", set()),
    ("A post said Beijing had endorsed Grossi. There was no such post.", set()),
    ("Beijing has endorsed Grossi. No such report had reached the mission by Monday.",
     {("endorsement", "Rafael Grossi", "China")}),
    ("Beijing has endorsed Grossi, Xinhua said. The agency published its report on Monday.",
     {("endorsement", "Rafael Grossi", "China")}),
]


@both_races(NATO, UN)
def test_verdict_outside_quotation_and_online_claims(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
