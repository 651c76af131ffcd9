"""Mechanisms added in the eighth round, each tested with invented sentences of both races (none
from a corpus), each with cases that must give an event and cases that must not:

- a verb of the race with no object ("Grossi is running", "she campaigned for months") states the
  candidacy in an article about the race; with an object, or as a noun, it does not;
- a denied report ("never said she was running", "did not say that Hungary backs him") states
  nothing: the negation is the report's, not its clause's;
- the body's choosing verbs are the lexicon's ("the allies agreed on Rutte", "settled on"), not a
  list of stems in code; a recommending body chooses too ("recommended Grossi by acclamation");
- a refusal under a report before it is reported ("Kast said Chile would no longer support her"),
  and "In May" is a month there too;
- the second of two verbs sharing a subject has its own auxiliaries ("would not support Rutte and
  would back Iohannis"), a bare one shares the first's;
- a modifier that reverses a noun of support makes it opposition ("a discourage vote");
- a second "that" goes on with the first one's report ("told reporters that Kallas had quit and
  that Estonia would support Rutte"), and a commentator's report stays a forecast;
- a stance noun with no agent before it ("..., with the support of Brazil") is judged once by its
  clause, so a report before the clause reports it;
- "the candidate of Argentina" is Argentina's candidate (candidacy and backing); a bid with a
  participle set off after it is stated ("Bachelet's bid, lodged in September, ..."); "co-sponsored
  her bid" nominates her; sponsorship is a noun of support; a body recommends "to" the body that
  appoints, and "the Assembly" is the body once named;
- a descriptor naming an office the candidate does not hold is not the candidate ("Argentina's
  ambassador" speaks for Argentina; "the former Chilean president" is still Bachelet);
- ended support states the support ("has withdrawn its backing for Grossi"), as ended opposition
  states the opposition;
- the straw polls' verbs ("voted to encourage / discourage"); "prefer" is support;
- one descriptive word before an office ("the Dutch caretaker prime minister"); the longest office
  decides ("the Dutch foreign minister" is not the Dutch prime minister);
- leaving verbs: "stepped aside from the race", "conceded defeat", "suspended / ended his campaign" (a campaign only
  for the post), "announced his withdrawal from the race"; "stepped aside as prime minister" is another office;
- a present tense in a clause of what is still to come ("before he steps aside") states nothing yet;
- a commentator's report is an opinion, before or after the clause ("analysts say Washington prefers
  Rutte", "..., analysts say"), not only when it forecasts.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP as appoint, CAND as cand, E as endorse, O as oppose, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"

NATO = [
    # a verb of the race with no object
    ("Rutte told the Dutch parliament on Tuesday that he is running.", {cand(RUTTE)}),
    ("Iohannis has been campaigning hard in allied capitals since March.", {cand(IOHANNIS)}),
    ("Kallas, who is running on a platform of deterrence, spoke in Tallinn.", {cand(KALLAS)}),
    ("Iohannis campaigned for three months and then gave up.", {cand(IOHANNIS)}),
    ("Rutte, the Dutch prime minister, is running.", {cand(RUTTE)}),
    # ... with an object, as a noun, or with another subject, it is something else
    ("Rutte is running the Dutch caretaker government until the summer.", set()),
    ("Rutte said his coalition was running out of time.", set()),
    ("Iohannis campaigned against corruption for years.", set()),
    ("The Iohannis campaign team met in Bucharest.", set()),
    ("Kallas is running late for the summit in Vilnius.", set()),
    ("Kallas said her party is running the country well.", set()),
    # a denied report states nothing
    ("Kallas has never said she is running for NATO secretary general.", set()),
    ("Orban did not say that Hungary backs Rutte for the NATO job.", set()),
    ("Turkey never said it backed Rutte for NATO secretary general.", set()),
    ("Frederiksen and Kallas were talked about, though neither ever said she was running.", set()),
    # ... a negation elsewhere leaves the report standing
    ("Orban did not say when, but Hungary backs Rutte for the NATO job.", {endorse(RUTTE, "Hungary")}),
    ("Erdogan said Turkey would not back Rutte for NATO secretary general.", {oppose(RUTTE, "Turkey")}),
    ("Turkey said it backs Rutte for NATO secretary general, and did not say why.", {endorse(RUTTE, "Turkey")}),
    # the body's choosing verbs
    ("NATO allies agreed on Mark Rutte on Wednesday.", {appoint(RUTTE)}),
    ("The allies settled on Rutte in June, ending the race.", {appoint(RUTTE)}),
    ("The allies have not yet agreed on Rutte.", set()),
    ("NATO allies could settle on Rutte next week.", set()),
    # a refusal reported before it, and the second of two verbs
    ("Orban said on Monday that Hungary would no longer support Rutte for the NATO job.", {oppose(RUTTE, "Hungary")}),
    ("In May, Fico said Slovakia would not back Rutte for NATO secretary general.", {oppose(RUTTE, "Slovakia")}),
    ("Analysts said Hungary would not support Rutte for the NATO job.", set()),
    ("Fico said Slovakia would not support Rutte for NATO chief and would back Iohannis instead.",
     {oppose(RUTTE, "Slovakia"), endorse(IOHANNIS, "Slovakia")}),
    ("Slovakia did not support Rutte for NATO chief and backed Iohannis.",
     {oppose(RUTTE, "Slovakia"), endorse(IOHANNIS, "Slovakia")}),
    ("Slovakia would not support Rutte for NATO chief and back Iohannis.",
     {oppose(RUTTE, "Slovakia"), oppose(IOHANNIS, "Slovakia")}),
    ("Slovakia could support Rutte for NATO chief and back Iohannis.", set()),
    ("Turkey has withdrawn its backing for Rutte as NATO secretary general.", {endorse(RUTTE, "Turkey")}),
    ('Rutte wants the NATO job. "We back him," the Dutch ambassador to NATO said.', {cand(RUTTE), endorse(RUTTE, "Netherlands")}),
    ("Bratislava prefers Iohannis for the NATO job.", {endorse(IOHANNIS, "Slovakia")}),
    ("Bratislava would prefer Iohannis for the NATO job.", set()),
    ("Rutte wants the NATO job. The Dutch caretaker prime minister has secured the backing of Germany.",
     {cand(RUTTE), endorse(RUTTE, "Germany")}),
    ("Rutte wants the NATO job. The Dutch foreign minister backs him.", {cand(RUTTE), endorse(RUTTE, "Netherlands")}),
    # leaving the race
    ("Iohannis stepped aside from the NATO race on Thursday to make way for Rutte.", {withdraw(IOHANNIS)}),
    ("Rutte, who stepped aside after his coalition collapsed, is the favourite for NATO chief.", set()),
    ("Iohannis has suspended his campaign for NATO secretary general.", {withdraw(IOHANNIS)}),
    ("Iohannis announced his withdrawal from the race for NATO chief.", {withdraw(IOHANNIS)}),
    ("Iohannis conceded defeat in the NATO race on Friday.", {withdraw(IOHANNIS)}),
    ("Rutte stepped aside as Dutch prime minister in July.", set()),
    ("Iohannis ended his campaign against corruption years before the NATO race.", set()),
    ("Iohannis could suspend his campaign for NATO secretary general.", set()),
    # still to come
    ("Diplomats say it is a matter of days before Iohannis pulls out of the NATO race.", set()),
    ("Rutte met Orban before Iohannis pulled out of the NATO race.", {withdraw(IOHANNIS)}),
    ("Once Hungary backs Rutte for NATO chief, the race is over.", set()),
    ("Turkey dropped its objections to Iohannis and gave its support to Rutte for NATO chief.",
     {oppose(IOHANNIS, "Turkey"), endorse(RUTTE, "Turkey")}),
    ("Hungary didn't say that it would back Rutte for NATO chief.", set()),
    ("Turkey backs Rutte for NATO chief over the analysts' objections, officials said.", {endorse(RUTTE, "Turkey")}),
    # commentators' reports
    ("Commentators say Washington prefers Rutte for NATO chief.", set()),
    ("Washington supports Rutte for NATO chief, analysts say.", set()),
    ("Washington supports Rutte for NATO chief, Blinken said.", {endorse(RUTTE, "United States")}),
    ("Turkey told analysts on Monday that it backs Rutte for NATO chief.", {endorse(RUTTE, "Turkey")}),
    # a second "that" goes on with the report
    ("Kallas told reporters in Tallinn on Monday that she was no longer in the running for NATO chief and that "
     "Estonia would support Rutte.", {withdraw(KALLAS), endorse(RUTTE, "Estonia")}),
    ("Two analysts told reporters in Tallinn that Kallas had no chance of becoming NATO chief and that "
     "Estonia would support Rutte.", set()),
]

UN = [
    ("Grossi told the General Assembly on Tuesday that he is running.", {cand(GROSSI)}),
    ("Bachelet has been campaigning in African capitals since January.", {cand(BACHELET)}),
    ("Grossi, who is running on a platform of reform, spoke in New York.", {cand(GROSSI)}),
    ("Grossi is running the IAEA from Vienna.", set()),
    ("Bachelet campaigned against torture for decades.", set()),
    ("The Grossi campaign office opened in New York.", set()),
    ("Bachelet has never said she is running for UN secretary-general.", set()),
    ("Milei did not say that Argentina backs Grossi for secretary-general.", set()),
    ("Milei did not say when, but Argentina backs Grossi for secretary-general.", {endorse(GROSSI, "Argentina")}),
    ("Chile said it would not back Bachelet for UN secretary-general.", {oppose(BACHELET, "Chile")}),
    ("Kast said Chile would no longer support Bachelet for secretary-general.", {oppose(BACHELET, "Chile")}),
    # a recommending body chooses; a reversed noun of support
    ("The Security Council recommended Grossi by acclamation on Tuesday.", {appoint(GROSSI)}),
    ("The Security Council is expected to recommend Grossi in October.", set()),
    # (a candidate a straw poll ranks is in the race: round 10)
    ("Bachelet received a discourage vote from the United States in the third straw poll.",
     {oppose(BACHELET, "United States"), cand(BACHELET)}),
    ("The United States cast a discourage vote against Bachelet in the straw poll.", {oppose(BACHELET, "United States")}),
    ("Bachelet received an encourage vote from France in the straw poll.", {endorse(BACHELET, "France"), cand(BACHELET)}),
    ("Grossi received twelve encourage votes and no discourage votes in the straw poll.", {cand(GROSSI)}),
    # a stance noun judged once by its clause
    ("Boric announced that Chile would nominate Bachelet for secretary-general, with the support of Brazil and Mexico.",
     {cand(BACHELET), endorse(BACHELET, "Chile"), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("Analysts said Chile would nominate Bachelet for secretary-general, with the support of Brazil.", set()),
    ("Bachelet, a candidate for secretary-general, has not yet received the backing of Brazil.", {cand(BACHELET)}),
    # the candidate of a state; a bid stated by a participle; a co-sponsored bid; sponsorship
    ("Grossi, 65, is the candidate of Argentina for secretary-general.",
     {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Grossi is the candidate of the IAEA staff union for secretary-general.", {cand(GROSSI)}),
    ("Grossi is a candidate for secretary-general.", {cand(GROSSI)}),
    ("Bachelet's bid for secretary-general, lodged in September, is the first from a former president.", {cand(BACHELET)}),
    ("Bachelet's bid for secretary-general, rumoured for months, is not yet official.", set()),
    ("Bachelet thanked Brazil and Mexico, which co-sponsored her bid for secretary-general.",
     {cand(BACHELET), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("Brazil nominated her colleague for secretary-general.", set()),
    ("Bachelet has the sponsorship of Brazil and Mexico in the race for secretary-general.",
     {endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    # a body recommends to the body that appoints; the short name of a body once named
    ("The Security Council on Monday formally recommended Grossi to the General Assembly.", {appoint(GROSSI)}),
    ("The Security Council met on Monday. The Assembly appointed Grossi by acclamation on October 20.", {appoint(GROSSI)}),
    ("The Assembly is expected to appoint Grossi by acclamation in October.", set()),
    # an office the candidate does not hold
    ('Grossi wants the top UN job. "We will vote for Grossi," Argentina\'s ambassador told the Council.',
     {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ('Grossi wants the top UN job. "We support him," the Argentine ambassador said.',
     {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Bachelet wants the top UN job. The former Chilean president has the support of Brazil.",
     {cand(BACHELET), endorse(BACHELET, "Brazil")}),
    # ended support
    ("Argentina has withdrawn its backing for Grossi in the race for secretary-general.", {endorse(GROSSI, "Argentina")}),
    ("The Chilean government has ended its support for Bachelet's bid for secretary-general.", {endorse(BACHELET, "Chile")}),
    ("Chile could withdraw its support for Bachelet's bid for secretary-general.", set()),
    ("Hungary has withdrawn its opposition to Bachelet's bid for secretary-general.", {oppose(BACHELET, "Hungary")}),
    # straw polls
    ("The United States voted to encourage Grossi in the straw poll, a diplomat said.", {endorse(GROSSI, "United States")}),
    ("Russia voted to discourage Bachelet in the third straw poll.", {oppose(BACHELET, "Russia")}),
    ("Russia did not vote to discourage Bachelet in the third straw poll.", set()),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:50] for c in NATO])
def test_round6_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, dt.date(2024, 5, 16)) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:50] for c in UN])
def test_round6_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 3, 10)) == expected
