"""Mechanisms added in the sixteenth round (nato16, issue 12: recall on unseen articles), each tested with
invented sentences of both races (none from a corpus), with cases that must give an event and cases that must
not:

- an aside describing the agent right after it, after an adverb of time ("Turkey, long the subject of
  speculation, backed X", "for years the loudest hawk") or as a time of what came before ("Ankara, after months
  of rumours, ...") is read apart from the clause (its words are no doubt or modality of the verb), as one
  opening with "the" already was;
- an -ly adverb inside a phrasal stance verb ("came out publicly for", "spoke out firmly against");
- a negative whole before an exception ("nobody other than Romania has backed X", "no ally except Turkey")
  makes the states excepted the only ones acting, where "all allies except Hungary" leaves them out;
- a word inside a possessed government ("his caretaker government", "her outgoing cabinet") is the same
  anaphor of the person's state as "his government";
- an ended opposition with its object left out and a date after it ("lifted its veto on 18 June"): "on" a day
  says when, not on whom ("lifted its veto on arms sales" is another matter).

Second slice:
- an auxiliary standing for the verb after a stance ("..., as did Slovakia", "and nor did Bratislava") gives the
  next state the same stance, also after a stance on the candidate in focus;
- "held out (until June)", "dug in its heels": opposition with its object left out, only before a time, the
  clause's end or "as did" ("held out an olive branch" is nothing);
- "the only person (still) in the race", "the last one left in the running": a person noun before "in the
  race" is a candidate noun there ("the one man in the room" is not);
- a correction ("An earlier version of this article said that ...") takes back what it reports; a correction of
  something else leaves the next sentence alone;
- a rival's bid a candidate meets ("faced a rival bid from X", "fought off X's late challenge", "saw off the
  candidacy of X", also as the last of the verb's objects: "fended off criticism from Russia and a late challenge
  from X") is a candidacy; not talk of one, a possible one, or a challenge over another matter;
- a noun ending an opposition ("after the lifting of objections by Hungary and Slovakia", "the withdrawal of
  Ankara's veto") is the ended opposition of those states to the candidate in focus.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)

NATO = [
    # a descriptive aside after the agent
    ("Poland, for years the loudest hawk in the alliance, has now declared its support for Rutte.",
     {endorse(RUTTE, "Poland")}),
    ("Ankara, after weeks of guessing games, came out for Iohannis on Friday.", {endorse(IOHANNIS, "Turkey")}),
    ("Spain, a possible swing vote, could still endorse Rutte.", set()),
    ("Greece, the subject of much lobbying, may yet back Iohannis.", set()),
    ("Ankara, after weeks of guessing games, has still not backed Rutte.", set()),
    # an adverb inside a phrasal stance verb
    ("Bulgaria came out unequivocally in favour of Iohannis.", {endorse(IOHANNIS, "Bulgaria")}),
    ("Slovakia spoke out sharply against Rutte on Monday.", {oppose(RUTTE, "Slovakia")}),
    ("Bulgaria came out openly against the new tax, and Rutte said nothing.", set()),
    # a negative whole before an exception
    ("No other ally except Bulgaria has come out for Iohannis so far.", {endorse(IOHANNIS, "Bulgaria")}),
    ("Nobody apart from Hungary still objects to Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Every ally apart from Hungary backs Rutte.", set()),
    ("No government other than Romania has said anything about the race.", set()),
    # a modifier inside a possessed government
    ("Rutte is in the race, and his outgoing government nominated him in the autumn.",
     {cand(RUTTE), endorse(RUTTE, "Netherlands")}),
    ("Iohannis declared his bid. His interim government stands firmly behind him.",
     {cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
    ("Iohannis declared his bid. The caretaker cabinet met to discuss the budget.", {cand(IOHANNIS)}),
    # an ended opposition with a date after it
    ("Rutte is the favourite. Slovakia's prime minister dropped his objections on 12 June.",
     {oppose(RUTTE, "Slovakia")}),
    ("Rutte is the favourite. Ankara lifted its veto on Tuesday after a call with Washington.",
     {oppose(RUTTE, "Turkey")}),
    ("Rutte is the favourite. Ankara lifted its veto on arms sales to Sweden.", set()),
    # slice 2: "as did", "nor did"
    ("Poland endorsed Iohannis in May, as did Lithuania.", {endorse(IOHANNIS, "Poland"), endorse(IOHANNIS, "Lithuania")}),
    ("Hungary refused to back Rutte, and nor did Slovakia.", {oppose(RUTTE, "Hungary"), oppose(RUTTE, "Slovakia")}),
    ("Poland endorsed Iohannis in May, as did the prime minister's critics.", {endorse(IOHANNIS, "Poland")}),
    # "held out"
    ("Rutte is a candidate. Slovakia held out the longest.", {cand(RUTTE), oppose(RUTTE, "Slovakia")}),
    ("Rutte is a candidate. Bratislava dug in its heels until the summit, as did Budapest.",
     {cand(RUTTE), oppose(RUTTE, "Slovakia"), oppose(RUTTE, "Hungary")}),
    ("Rutte is a candidate. Slovakia held out an olive branch to Kyiv.", {cand(RUTTE)}),
    # a person "in the race"
    ("By the summit Iohannis was the only person still in the race.", {cand(IOHANNIS)}),
    ("Iohannis was the one man in the room who had met Putin.", set()),
    ("Iohannis may be the last person left in the running.", set()),
    # a correction
    ("A previous version of this story said that Latvia had come out for Iohannis.", set()),
    ("This article previously stated that Hungary would oppose Rutte.", set()),
    ("An earlier version of this article misstated the date of the summit. Latvia has come out for Iohannis.",
     {endorse(IOHANNIS, "Latvia")}),
    # a rival's bid met
    ("Rutte fought off a late challenge from Iohannis.", {cand(IOHANNIS)}),
    ("Rutte saw off the candidacy of Klaus Iohannis.", {cand(IOHANNIS)}),
    ("Rutte faced a potential bid from Iohannis.", set()),
    ("Rutte faced a challenge from Iohannis over farm subsidies.", set()),
    ("Rutte faced pressure from Turkey and a possible bid from Iohannis.", set()),
    # a noun ending an opposition
    ("Rutte was appointed after the dropping of objections by Turkey.", {oppose(RUTTE, "Turkey")}),
    ("Rutte is a candidate. The lifting of Hungary's veto on Sweden's accession took months.", {cand(RUTTE)}),
    # (whose objections, a sentence telling a candidate's withdrawal too does not say)
    ("After Iohannis's withdrawal on Monday and the dropping of objections by Hungary, the path was clear.",
     {("withdrawal", IOHANNIS, None)}),
    ("Rutte is a candidate. Budapest digs in.", {cand(RUTTE)}),
]

UN = [
    ("Brazil, long the subject of speculation, announced its support for Grossi.", {endorse(GROSSI, "Brazil")}),
    ("Brazil, despite months of rumours, said it would back Grossi if asked.", set()),
    ("Mexico came out strongly for Bachelet.", {endorse(BACHELET, "Mexico")}),
    ("Argentina spoke out publicly against Bachelet.", {oppose(BACHELET, "Argentina")}),
    ("No member of the Council other than Brazil has endorsed Grossi.", {endorse(GROSSI, "Brazil")}),
    ("Everyone except Chile backs Grossi.", set()),
    ("Grossi is running. Russia withdrew its objection on 4 March.", {cand(GROSSI), oppose(GROSSI, "Russia")}),
    ("Grossi is running. Russia withdrew its objection on procedural grounds to the agenda.", {cand(GROSSI)}),
    ("Brazil endorsed Grossi in April, as did Argentina.", {endorse(GROSSI, "Brazil"), endorse(GROSSI, "Argentina")}),
    ("Grossi is running. Russia held out until the last straw poll, as did China.",
     {cand(GROSSI), oppose(GROSSI, "Russia"), oppose(GROSSI, "China")}),
    ("Bachelet was the only woman left in the race.", {cand(BACHELET)}),
    ("An earlier version of this article said that Mexico had withdrawn its support for Bachelet.", set()),
    ("Grossi faced a rival bid from Michelle Bachelet.", {cand(BACHELET)}),
    ("Grossi won after the withdrawal of objections by Russia.", {oppose(GROSSI, "Russia")}),
    ("Grossi faced a challenge from Bachelet over the agency's budget.", set()),
    ("Grossi fended off criticism from Russia and a late challenge from Bachelet.", {cand(BACHELET)}),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:60] for c in NATO])
def test_round16_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:60] for c in UN])
def test_round16_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
