"""Precision and scope of the twenty-third round (cons23, issue 12: redteam22's broken probes and set 21's false
events, each built as a general mechanism), tested with invented sentences of both races (none from a corpus or a
probe), with cases that keep their event and near-misses that must give none:

- a question asking for evidence of a clause of its own doubts the sentence before it only when that clause is
  about the same matter (shares a content word with it): "X nominated Y. What proof does he have that the allies
  will follow?" keeps the nomination (scope_doubt._other_matter);
- "I doubt" in an answer doubts the interviewer's line only when its object is the line ("I doubt it", "I doubt
  that very much", "I doubt that is true", "I doubt those reports"), not a clause of its own ("I doubt anybody is
  surprised") (speech._DOUBTED_OBJECT);
- a fronted negation before a possessed stance noun in the inverted clause's subject negates the clause's own later
  verb ("At no point did Peru's backing of X cause friction": the backing stands); a stance said never to arrive
  ("Never did Peru's support for X materialise") gives none;
- a refusal stated as impossible: "it was out of the question that S would back X", "it is unthinkable /
  inconceivable that ...", "I cannot imagine that ...", "No way will S back X", "support for X is out of the
  question" (cues.impossible_predicates, imagining_verbs, fronted "no way"); said not to be impossible it is
  possible ("it is not out of the question that ...": no event); "there is no question that S will back X" is
  certainty;
- a plural stance noun with no object ("as Lima's preferences come into focus") is no stance on the candidate in
  focus;
- a participle after a noun of its own is a reduced relative on that noun: "the second ally to break with the
  majority lining up behind X" gives the ally nothing; "is the latest ally backing X", "joined the countries
  backing X", "spent the week backing X" keep the actor's stance;
- a state named as the place of a meeting after its city ("meeting in Apia, Samoa, ... endorsed X") is no actor;
- a nomination in a relative clause coordinated after another relative ("X, who has led the agency since 2021 and whom
  S has put forward for the top job, named a deputy ...") or with the post as its aim ("whom S nominated to lead
  NATO") is read, dated from its own clause; one aimed at another office gives none;
- the handover idiom with the post's seat: "will hand the keys of NATO headquarters to Y on October 1" (Y takes
  office), also in a relative clause of a sentence about the giver's next post;
- doubt and condition reaching further: a question asking someone to produce evidence ("Can anyone produce a letter
  to back that up?"); a report the clause is set against with any determiner and preposition ("Contrary to a claim
  in a Lima daily that ...", "Against reports that ..."); a condition opening the sentence whose "that" clause the
  reading starts in ("On condition that X visits Ankara, Turkey will back him"); "something S has never denied"
  leaves the stance standing;
- both ends of a range of members act with the states between, none alone ("Capitals from Lisbon to Helsinki
  support X", "Allies from the Baltic states to Bulgaria have rallied behind X").
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_INTERVIEW, UN_INTERVIEW = "Interview with a Dutch diplomat", "Interview with an Argentine diplomat"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)

NATO_CASES = [
    # a proof question of its own matter
    ("Romania put Klaus Iohannis forward on Monday. What evidence does he have that the allies will rally to him?",
     {cand("Klaus Iohannis"), endorse("Klaus Iohannis", "Romania")}),
    ("Hungary backs Mark Rutte, a tabloid claims. What proof is there that Hungary backs him?", set()),
    ("Hungary has quietly endorsed Mark Rutte, one website says. Where is the evidence?", set()),
    ("Reports say Norway will back Klaus Iohannis next week. Is that true?", set()),
    # a fronted negation and a possessed stance noun
    ("Under no circumstances did Norway's support for Mark Rutte raise eyebrows.", {endorse("Mark Rutte", "Norway")}),
    ("In no event will Norway back Mark Rutte.", {oppose("Mark Rutte", "Norway")}),
    ("At no point did Norway back Mark Rutte.", {oppose("Mark Rutte", "Norway")}),
    ("Never did Norway's backing of Mark Rutte come through.", set()),
    # a refusal stated as impossible
    ('The Turkish foreign minister said it was "out of the question" that Turkey would back Mark Rutte.',
     {oppose("Mark Rutte", "Turkey")}),
    ("The Turkish foreign minister said it was out of the question that Ankara would support Rutte.",
     {oppose("Mark Rutte", "Turkey")}),
    ("There is no way Turkey will back Mark Rutte, Erdogan said.", {oppose("Mark Rutte", "Turkey")}),
    ("No way will Hungary back Mark Rutte, Orban said.", {oppose("Mark Rutte", "Hungary")}),
    ("Orban said backing Mark Rutte was out of the question for Hungary.", {oppose("Mark Rutte", "Hungary")}),
    ("Orban said Hungarian support for Mark Rutte was out of the question.", {oppose("Mark Rutte", "Hungary")}),
    ("There is no question that Turkey will back Mark Rutte, Erdogan said.", {endorse("Mark Rutte", "Turkey")}),
    ("It is not out of the question that Turkey will back Mark Rutte, an official said.", set()),
    ("Orban said it was out of the question that Hungary would block the alliance's decision.", set()),
    # a participle with a subject of its own
    ("Slovakia will back Klaus Iohannis, making it the second ally after Turkey to break with the broad majority "
     "lining up behind Mark Rutte.", {endorse("Klaus Iohannis", "Slovakia")}),
    ("Norway met the envoys backing Mark Rutte on Tuesday.", set()),
    ("Norway is the latest ally backing Mark Rutte.", {endorse("Mark Rutte", "Norway")}),
    ("Norway became the tenth country supporting Mark Rutte.", {endorse("Mark Rutte", "Norway")}),
    ("Norway has spent the week backing Mark Rutte.", {endorse("Mark Rutte", "Norway")}),
    ("Norway is now openly backing Mark Rutte.", {endorse("Mark Rutte", "Norway")}),
    ("The leaders of Estonia and Latvia signed a joint letter supporting Mark Rutte's candidacy.",
     {endorse("Mark Rutte", "Estonia"), endorse("Mark Rutte", "Latvia")}),
    # a nomination in a coordinated relative clause; the handover idiom
    ("Mark Rutte, whom the Netherlands has put forward to lead NATO, named a new finance minister before leaving.",
     {cand("Mark Rutte"), endorse("Mark Rutte", "Netherlands")}),
    ("Mark Rutte, who has run the Dutch government since 2010 and whom the Netherlands nominated for the NATO post, "
     "said goodbye.", {cand("Mark Rutte"), endorse("Mark Rutte", "Netherlands")}),
    ("Jens Stoltenberg, who will hand the keys of the alliance's headquarters to Mark Rutte on October 1, will then "
     "chair the Munich Security Conference.", {("takes_office", "Mark Rutte", None)}),
    ("Jens Stoltenberg will hand the keys of the headquarters to Mark Rutte on Tuesday.", {("takes_office", "Mark Rutte", None)}),
    ("Stoltenberg could hand the keys of NATO headquarters to Mark Rutte as early as October.", set()),
    ("Stoltenberg handed Mark Rutte a copy of the report.", set()),
    # doubt, condition and range
    ("Poland backs Mark Rutte, a blog says. Can anyone produce a letter to back that up?", set()),
    ("Contrary to one report in the Dutch press that Norway backs Klaus Iohannis, Norway is supporting Mark Rutte.",
     {endorse("Mark Rutte", "Norway")}),
    ("On condition that Rutte visits Ankara, Turkey will back him.", set()),
    ("Norway backs Mark Rutte, something Oslo has never denied.", {endorse("Mark Rutte", "Norway")}),
    ("Norway backs Mark Rutte, something Oslo has denied.", set()),
    ("Capitals from Lisbon to Helsinki support Mark Rutte.", set()),
    ("Allies from the Baltic states to Bulgaria have rallied behind Rutte.", set()),
    ("Slovakia shut the door on endorsing Klaus Iohannis on Friday.", {oppose("Klaus Iohannis", "Slovakia")}),
    ("Norway made the case for backing Mark Rutte.", {endorse("Mark Rutte", "Norway")}),
    # a plural stance noun
    ("Rutte is the focus. Norway's preferences are well known.", set()),
]

UN_CASES = [
    ("Chile nominated Michelle Bachelet on Friday. What proof is there that the Council will agree quickly?",
     {cand("Michelle Bachelet"), endorse("Michelle Bachelet", "Chile")}),
    ("Mexico nominated Rebeca Grynspan in May. Which document shows that the vote will be held in July?",
     {cand("Rebeca Grynspan"), endorse("Rebeca Grynspan", "Mexico")}),
    ("Chile backs Michelle Bachelet, a blog says. What proof is there of that?", set()),
    ("At no point did Colombia's backing of Rebeca Grynspan cause any friction.", {endorse("Rebeca Grynspan", "Colombia")}),
    ("Never did Peru's support for Michelle Bachelet materialise.", set()),
    ("Kast said it was unthinkable that Chile would back Michelle Bachelet.", {oppose("Michelle Bachelet", "Chile")}),
    ("It is inconceivable that Russia will support Rebeca Grynspan, the Russian envoy said.",
     {oppose("Rebeca Grynspan", "Russia")}),
    ("I cannot imagine that Argentina would back Michelle Bachelet, Milei said.", {oppose("Michelle Bachelet", "Argentina")}),
    ("It is no longer out of the question that Chile backs Michelle Bachelet, analysts say.", set()),
    ("Peru split on Monday from the large bloc supporting Rebeca Grynspan.", set()),
    ("Peru joined the countries backing Michelle Bachelet.", {endorse("Michelle Bachelet", "Peru")}),
    ("Peru is one of the states supporting Michelle Bachelet.", {endorse("Michelle Bachelet", "Peru")}),
    ("Peru has been quietly supporting Michelle Bachelet.", {endorse("Michelle Bachelet", "Peru")}),
    ("Peru published a statement backing Michelle Bachelet on Monday.", {endorse("Michelle Bachelet", "Peru")}),
    ("Peru will not back Michelle Bachelet, its envoy says, as Lima's preferences come into focus",
     {oppose("Michelle Bachelet", "Peru")}),
    ("Michelle Bachelet has campaigned hard. Mexico's backing came in March.",
     {cand("Michelle Bachelet"), endorse("Michelle Bachelet", "Mexico")}),
    ("Leaders of the Pacific Islands Forum, meeting at their summit in Apia, Samoa, on Tuesday endorsed Rebeca Grynspan.",
     set()),
    ("Ministers of the Andean Community, gathered in Quito, Ecuador, yesterday backed Michelle Bachelet.", set()),
    ("Rebeca Grynspan, who has led the agency since 2021 and whom Costa Rica has put forward for the top UN job, "
     "named a deputy.", {cand("Rebeca Grynspan"), endorse("Rebeca Grynspan", "Costa Rica")}),
    ("Rafael Grossi, who heads the atomic agency and whom Argentina has nominated for UN secretary-general, appointed "
     "a new deputy.", {cand("Rafael Grossi"), endorse("Rafael Grossi", "Argentina")}),
    ("Rafael Grossi, whom Argentina nominated to chair a UN panel on water, spoke on Monday.", set()),
    ("Rafael Grossi, whom Argentina nominated to lead the board of the agency, said goodbye.", set()),
    ("Chile backs Michelle Bachelet, a website claims. Could the ministry provide any evidence for it?", set()),
    ("Against reports that Russia favours Rebeca Grynspan, the Russian envoy said it had made no choice.", set()),
    ("Contrary to a claim in a Lima daily that Peru backs Rebeca Grynspan, Peru is supporting Rafael Grossi.",
     {endorse("Rafael Grossi", "Peru")}),
    ("Provided that Bachelet drops her plan, Mexico will support her.", set()),
    ("Peru backs Rafael Grossi, something Lima has not denied.", {endorse("Rafael Grossi", "Peru")}),
    ("Governments from Mexico to Chile back Michelle Bachelet.", set()),
    ("Meeting in Lima, Peru, the Chilean president said Chile backs Michelle Bachelet.", {endorse("Michelle Bachelet", "Chile")}),
]

INTERVIEWS = [
    ("un", "Q: Argentina supports Rafael Grossi.\nA: I doubt anybody finds that surprising.",
     {endorse("Rafael Grossi", "Argentina")}),
    ("nato", "Q: Latvia backs Mark Rutte.\nA: I doubt that any ally was caught off guard.", {endorse("Mark Rutte", "Latvia")}),
    ("nato", "Q: Latvia backs Mark Rutte.\nA: I doubt it.", set()),
    ("un", "Q: Peru backs Michelle Bachelet.\nA: I doubt that very much.", set()),
    ("un", "Q: Peru backs Michelle Bachelet.\nA: I doubt that is true.", set()),
]


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_precision_scope_round23(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_precision_scope_round23(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("race,text,expected", INTERVIEWS)
def test_interview_doubt_round23(story, un_story, race, text, expected):
    nato = race == "nato"
    assert event_keys(story if nato else un_story, NATO_INTERVIEW if nato else UN_INTERVIEW, text,
                      NATO_DAY if nato else UN_DAY) == expected
