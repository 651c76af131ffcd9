"""Families of extraction that broke on fresh text (round 19, red19): invented sentences of both races, one
block per mechanism, about half of each stating an event and the rest near-misses that must give none.

- a clause whose subject stands after its predicate: a bare count whose names a colon lists ("Two have pulled out:
  A and B", "Three allies have backed X: A, B and C"), a predicate fronted before its copula ("Vying for the post
  are A and B", "Among the states backing X are A and B"); read as the names' own clause, so whatever the clause
  would say of them (and only that) is said: no event where the predicate is none ("Missing from the summit were
  A and B", "Two are tipped to run: A and B");
- rivalry with the race named in the middle, with its post ("X faces tough competition in the race for ⟨the post⟩
  from Y", "in the contest to lead ⟨the organisation⟩ from Y"), or fronted with the post before it ("In the ⟨post⟩
  race, X faces competition from Y"): both are in it; not a race for something else, not criticism, and not "no
  competition from Y" (Y is not in it);
- a withdrawal noun as the sentence's subject ("The withdrawal of X on Friday left Y the favourite"), with a time
  before its "of" ("the withdrawals earlier this month of A and B"), and with a list whose items carry their own
  dates ("the withdrawals of A in March and B in April"); not when the clause makes it a possibility or a rumour
  ("The withdrawal of X would reshape the race"), nor a withdrawal from another post ("as chair of the board");
- doubt and its lifting: a doubting question after a report in other words ("Is there any proof of that?", "Who
  can verify this?", "Seriously?"); a report left unverified (a fact-check, a post circulating, a question) says
  nothing of the candidate either: no candidacy from a doubted withdrawal (a denied one still keeps them in the
  race); a doubted post that someone later in the sentence confirmed ("..., and the ministry confirmed it"; not
  "has not confirmed it", "could not confirm it") or a claim said to be true before it ("The claim ... is
  accurate: ...") states the fact;
- a contrast aside with "but not" ("A, but not B, backs X": the gazetteer reads B as excepted): the clause is A's,
  and no view reads B; a whole with an exception ("Everyone but B backs X") stays no event.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 4, 12), dt.date(2026, 6, 12)
RUTTE, IOHANNIS, KALLAS, KARINS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Krisjanis Karins"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"

NATO_CASES = [
    # ---- the subject after its predicate: a counted subject and a colon's list, a fronted predicate
    ("Only two are still in contention for NATO's top job: the Dutch premier Mark Rutte and the Romanian "
     "president Klaus Iohannis.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Three allies have publicly backed Rutte: Germany, France and Italy.",
     {endorse(RUTTE, "Germany"), endorse(RUTTE, "France"), endorse(RUTTE, "Italy")}),
    ("By March, two still refused to back Rutte: Hungary and Slovakia.",
     {oppose(RUTTE, "Hungary"), oppose(RUTTE, "Slovakia")}),
    ("Backing Rutte for the top job are Germany, France and Italy.",
     {endorse(RUTTE, "Germany"), endorse(RUTTE, "France"), endorse(RUTTE, "Italy")}),
    ("Vying for NATO secretary general are Rutte and Iohannis.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Two have met the Dutch premier this week: Kallas and Karins.", set()),
    ("Three could still back Rutte: Hungary, Slovakia and Turkey.", set()),
    ("Missing from the summit were Rutte and Iohannis.", set()),
    ("Watching the race closely are Hungary and Turkey.", set()),
    ("Two names keep coming up for the post: Kallas and Karins.", set()),
    ("Two are believed to be running for NATO's top job: Kallas and Karins.", set()),
    # ---- rivalry with the race named mid-clause
    ("Rutte faces tough competition in the race for NATO's top job from Kallas.", {cand(RUTTE), cand(KALLAS)}),
    ("Iohannis faces a challenge in the contest to lead NATO from Karins.", {cand(IOHANNIS), cand(KARINS)}),
    ("Kallas faces a challenge in the Estonian election from Karins.", set()),
    ("Rutte faces little competition from Kallas.", set()),
    # ---- a withdrawal noun in other positions
    ("The withdrawal of Kallas on Friday left Rutte as the favourite.", {withdraw(KALLAS)}),
    ("After the withdrawals of Kallas in March and Karins in April, only Rutte remained.",
     {withdraw(KALLAS), withdraw(KARINS)}),
    ("The withdrawal of Kallas would reshape the race.", set()),
    ("Hungary demanded the withdrawal of Rutte.", set()),
    # ---- doubt and its lifting
    ("Posts circulating online say Latvia backs Kallas, and a Latvian diplomat could not confirm it.", set()),
    ("The claim circulating on social media is accurate: Denmark endorsed Rutte in February.",
     {endorse(RUTTE, "Denmark")}),
    ("A blog said Poland had endorsed Kallas. Is there any proof of that?", set()),
    ("One tabloid said Karins had quit the race. Seriously? He never entered it.", set()),
    ("Kallas denied reports that she had quit the race.", {cand(KALLAS)}),
    # ---- a contrast aside with "but not"
    ("Denmark, but not Norway, has endorsed Rutte.", {endorse(RUTTE, "Denmark")}),
    ("Denmark, and not Norway, refused to back Rutte.", {oppose(RUTTE, "Denmark")}),
    ("All allies but Hungary back Rutte.", set()),
]

UN_CASES = [
    ("Three have entered the race for secretary-general: Rafael Grossi, Michelle Bachelet and Rebeca Grynspan.",
     {cand(GROSSI), cand(BACHELET), cand(GRYNSPAN)}),
    ("So far, two have pulled out of the contest for secretary-general: Bachelet and Grynspan.",
     {withdraw(BACHELET), withdraw(GRYNSPAN)}),
    ("Among the states backing Grossi are Argentina and Paraguay.",
     {endorse(GROSSI, "Argentina"), endorse(GROSSI, "Paraguay")}),
    ("Also competing for secretary-general is Grossi.", {cand(GROSSI)}),
    ("Competing for the post of secretary-general are Grynspan and Bachelet.", {cand(GRYNSPAN), cand(BACHELET)}),
    ("Two are tipped to run for secretary-general: Bachelet and Grossi.", set()),
    ("Among the guests at the gala were Grossi and Grynspan.", set()),
    ("Rumoured to be running for secretary-general are Bachelet and Grossi.", set()),
    ("Two states have hosted the candidates' debates: Chile and Mexico.", set()),
    ("Speaking at the forum were Bachelet and Grynspan.", set()),
    # ---- rivalry with the race named mid-clause
    ("In the secretary-general race, Grossi faces serious competition from Grynspan.", {cand(GROSSI), cand(GRYNSPAN)}),
    ("Bachelet faces competition in the race for UN secretary-general from Grossi.", {cand(BACHELET), cand(GROSSI)}),
    ("Grossi faces no competition in the race for secretary-general from Grynspan.", set()),
    ("Grossi faces competition in the race for the IAEA budget from Grynspan.", set()),
    # ---- a withdrawal noun in other positions
    ("The withdrawal of Bachelet surprised diplomats in New York.", {withdraw(BACHELET)}),
    ("The withdrawals earlier this month of Grynspan and Bachelet reshaped the field.",
     {withdraw(GRYNSPAN), withdraw(BACHELET)}),
    ("The withdrawal of Grossi as chair of the board was announced in Vienna.", set()),
    ("The withdrawal of Bachelet remains only a rumour.", set()),
    # ---- doubt and its lifting
    ("Messages circulating on WhatsApp say Chile endorsed Grossi on Monday, and the Chilean foreign ministry "
     "confirmed it on Tuesday.", {endorse(GROSSI, "Chile")}),
    ("Messages circulating on WhatsApp say Chile endorsed Grossi on Monday, but the Chilean foreign ministry has "
     "not confirmed it.", set()),
    ("The claim circulating on social media is false: Peru endorsed Bachelet in February.", set()),
    ("Some websites say Brazil has thrown its weight behind Grynspan. Who can verify this? Brasilia has said nothing.",
     set()),
    ("A viral video claims that Grynspan has quit the race for secretary-general. Verdict: Unproven.", set()),
    # ---- a contrast aside with "but not"
    ("Uruguay, but not Paraguay, backs Grossi for secretary-general.", {endorse(GROSSI, "Uruguay")}),
    ("Uruguay, but not Paraguay, refused to back Grossi.", {oppose(GROSSI, "Uruguay")}),
    ("Everyone but Paraguay backs Grossi.", set()),
]


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_families(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_families(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
