"""Stance mechanisms of the twelfth round, each tested with invented sentences of both races (none from a
corpus or a construction set), each with cases that must give an event and cases that must not:

- a camp a state is in or joins, as one frame over the lexicon's `camp_nouns` and `camp_verbs`: "is squarely in
  X's camp", "planted its flag in X's camp", "climbed on board the X bandwagon" (not negated, not another camp);
- idioms as lexicon entries the existing frames read: "gone all in for X", "says no to X" (a headline's
  refusal), "face off for the post" (both candidacies), "to take helm" (a headline drops the article);
- an ended stance whose ending verb is negated is kept: "has not lifted its veto on X", "refused to drop its
  objections", "has not withdrawn its support" (and about the candidate in focus when the sentence names no
  candidate); not when a modal or a condition governs it, nor a denied report;
- "reversed its veto threat", "walked back its threat of a veto": the opposition, ended;
- an inverted condition opening a clause ("Were X to enter the race, ...", "Had Turkey backed X earlier, ...");
- a commentator placed before the report ("analysts at a think tank in Vienna say", "a columnist in Lima
  claimed that"): an opinion, no event; officials so placed still report;
- the organisation's race ("the NATO race") or a candidate's bid for it ("Kallas's NATO bid") in a headline
  makes an article about the race, as the post's name does; a state's "NATO bid" does not.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, TO as takes_office
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"

NATO = [
    # camps
    ("Denmark is solidly in Kallas's camp.", {endorse(KALLAS, "Denmark")}),
    ("Portugal has planted its flag firmly in the Iohannis camp.", {endorse(IOHANNIS, "Portugal")}),
    ("Greece jumped on board the Rutte bandwagon in April.", {endorse(RUTTE, "Greece")}),
    ("Norway is not in Kallas's camp.", set()),
    ("Belgium has not joined the Iohannis camp.", set()),
    ("Norway is in Kallas's camp on energy policy, Rutte said.", set()),
    # idioms
    ("Iceland has gone all in for Kallas.", {endorse(KALLAS, "Iceland")}),
    ("Croatia may go all in for Kallas next month.", set()),
    ("Iohannis, Kallas face off for NATO top job", {cand(IOHANNIS), cand(KALLAS)}),
    # a negated ending keeps the stance
    ("Despite the reports, Turkey has not lifted its veto on Kallas.", {oppose(KALLAS, "Turkey")}),
    ("Greece refused to drop its objections to Iohannis.", {oppose(IOHANNIS, "Greece")}),
    ("Italy has not withdrawn its backing for Rutte.", {endorse(RUTTE, "Italy")}),
    ("Kallas is campaigning hard. Turkey has still not dropped its objections.", {
        cand(KALLAS), oppose(KALLAS, "Turkey")}),
    ("Turkey has not lifted its veto and backed Kallas.", set()),
    ("Turkey might lift its veto on Kallas after the summit.", set()),
    ("Greece would drop its objections to Iohannis if he apologised.", set()),
    ("Turkey never said it had lifted its veto on Kallas.", set()),
    # reversed threats
    ("Turkey reversed its veto threat against Kallas on Monday.", {oppose(KALLAS, "Turkey")}),
    ("Turkey reversed course on the fighter jets, Rutte said.", set()),
    # inverted conditions
    ("Were Kallas to enter the race, Latvia would back her.", set()),
    ("Had Poland backed Iohannis in March, the race would have ended.", set()),
    # commentators placed before the report
    ("Analysts at a think tank in Vienna say Portugal backs Kallas.", set()),
    ("A columnist in Lisbon claimed that Spain quietly supports Iohannis.", set()),
    ("Officials in Lisbon say Portugal backs Kallas.", {endorse(KALLAS, "Portugal")}),
]

UN = [
    ("Peru is squarely in Bachelet's camp.", {endorse(BACHELET, "Peru")}),
    ("Ecuador climbed aboard the Grossi bandwagon last week.", {endorse(GROSSI, "Ecuador")}),
    ("Cuba is hardly in Grossi's camp.", set()),
    ("Uruguay has gone all-in for Bachelet.", {endorse(BACHELET, "Uruguay")}),
    ("China says no to Bachelet", {oppose(BACHELET, "China")}),
    ("China will not say no to Bachelet, its envoy said.", set()),
    ("Bachelet, Grossi go head to head for UN secretary-general", {cand(GROSSI), cand(BACHELET)}),
    ("Bachelet and Grossi faced off in a televised debate on climate policy.", set()),
    ("Colombia has not withdrawn its support for Bachelet, its foreign minister said.", {
        endorse(BACHELET, "Colombia")}),
    ("France has never dropped its opposition to Grossi.", {oppose(GROSSI, "France")}),
    ("France could drop its opposition to Grossi should he pledge budget cuts.", set()),
    ("China walked back its threat of a veto against Bachelet.", {oppose(BACHELET, "China")}),
    ("Were Bachelet to stand down, Panama might back Grossi.", set()),
    ("Commentators in Quito argue that Ecuador backs Grossi.", set()),
]

# headlines that name the race by the organisation's name: the article is about the race
HEADLINED = [
    ("Lisbon and the NATO race", "Kallas is campaigning in Lisbon. Portugal has come on board.", {
        endorse(KALLAS, "Portugal")}),
    ("Athens and Kallas's NATO bid", "Kallas was in Athens. Greece has not lifted its veto.", {oppose(KALLAS, "Greece")}),
    ("Sweden's NATO bid", "Kallas was in Athens. Greece has come on board.", set()),
    # headlines without auxiliaries
    ("Kallas to take helm at NATO on Tuesday", "", {takes_office(KALLAS)}),
    ("Kallas could take helm at NATO if Rutte falters", "", set()),
]
UN_HEADLINED = [
    ("Lima and the UN race", "Bachelet toured Lima. Peru has not withdrawn its support.", {endorse(BACHELET, "Peru")}),
    ("Lima and the UN", "Bachelet toured Lima. Peru has not withdrawn its support.", set()),
    ("Quito and Grossi's UN bid", "Ecuador nominated Grossi, but should the government fall, that nomination could be "
                                 "withdrawn.", {cand(GROSSI), endorse(GROSSI, "Ecuador")}),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:50] for c in NATO])
def test_round12_stance_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, dt.date(2024, 5, 16)) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:50] for c in UN])
def test_round12_stance_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 3, 10)) == expected


@pytest.mark.parametrize("title,text,expected", HEADLINED, ids=[c[0][:40] for c in HEADLINED])
def test_round12_race_headline_nato(story, title, text, expected):
    assert event_keys(story, title, text, dt.date(2024, 5, 16)) == expected


@pytest.mark.parametrize("title,text,expected", UN_HEADLINED, ids=[c[0][:40] for c in UN_HEADLINED])
def test_round12_race_headline_un(un_story, title, text, expected):
    assert event_keys(un_story, title, text, dt.date(2026, 3, 10)) == expected
