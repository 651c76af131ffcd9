"""Mechanisms added in the fifteenth round (nato15, issue 12: recall on unseen articles), each tested with
invented sentences of both races (none from a corpus), with cases that must give an event and cases that must
not:

- "put X forward as its candidate in 2023": a time after the role ("in 2023", "in the autumn") says when,
  not in what contest ("as its candidate in the Dutch election" is still another contest);
- "decided last week against backing X", "voted on Monday against": a time between the verb and its
  "against" keeps the refusal (before, the support verb alone was read, an endorsement);
- a doubt before a semicolon ("Claims that X was wavering were dismissed; Paris has backed him") is not a
  doubt of the clause after it;
- a descriptor of the person just named ("the 57-year-old", "the veteran diplomat") after a time opening
  the sentence ("On Wednesday the 57-year-old was appointed") is in a subject's place, as at its start;
- "take over the mandate", "take the mandate from X": the mandate as the term of the post;
- a denial opening the next sentence ("Some papers reported that X backs Y. The ministry denied this.") points
  back at what the sentence before told, as "..., a claim the ministry denied" does in one sentence; a denial of
  something else ("denied this week that ...", "denied reports of a rift") does not;
- "Romania has its own candidate, X": the state's nominee (candidacy and backing, the guide's nomination);
- "he is standing" with no object, in an article about the race, is a candidacy, as "he is running" is.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP as appoint, CAND as cand, E as endorse, O as oppose, TO as takes
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)

NATO = [
    # a time after "as its candidate"
    ("Romania put Iohannis forward as its candidate in March.", {cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
    ("Bucharest presented Iohannis as its candidate in the spring.", {cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
    ("Romania put Iohannis forward as its candidate in the European election.", set()),
    # a time before "against"
    ("Poland's government decided on Monday against supporting Rutte.", {oppose(RUTTE, "Poland")}),
    ("The Czech cabinet voted last week against endorsing Iohannis.", {oppose(IOHANNIS, "Czech Republic")}),
    ("Poland's government decided on Monday against a new tax, and Rutte welcomed the vote.", set()),
    # a doubt before a semicolon
    ("Rumours that Spain was wavering were dismissed as baseless; Madrid has backed Rutte since February.",
     {endorse(RUTTE, "Spain")}),
    ("Reports that Spain had backed Rutte were denied by Madrid.", set()),
    ("Spain denied the reports; it has not yet decided whether to back Rutte.", set()),
    # a descriptor after a fronted time
    ("Mark Rutte flew to Ankara. On Wednesday the 57-year-old was appointed NATO's next secretary general.",
     {appoint(RUTTE)}),
    ("Mark Rutte flew to Ankara. Last week the veteran politician was appointed NATO's next secretary general.",
     {appoint(RUTTE)}),
    ("Mark Rutte flew to Ankara. In a letter the 57-year-old was criticised by an opposition newspaper.", set()),
    # the mandate
    ("Rutte will take over the mandate from Jens Stoltenberg on 1 October.", {takes(RUTTE)}),
    ("Rutte won a second term as prime minister and will take up the mandate in January.", set()),
    # a denial opening the next sentence
    ("A Riga daily reported that Latvia was backing Iohannis. The Latvian foreign ministry denied this on Friday.", set()),
    ("Latvia is backing Iohannis, a daily reported. Officials in Riga quickly dismissed the report.", set()),
    ("Latvia is backing Iohannis. The foreign ministry denied this week that it had met Rutte.",
     {endorse(IOHANNIS, "Latvia")}),
    ("Latvia is backing Iohannis. Its minister denied reports of a rift with Rutte.", {endorse(IOHANNIS, "Latvia")}),
    # a state's own candidate
    ("Romania has its own candidate, President Iohannis, and will not back Rutte.",
     {cand(IOHANNIS), endorse(IOHANNIS, "Romania"), oppose(RUTTE, "Romania")}),
    ("Romania may yet have its own candidate, Iohannis.", set()),
    ("Romania has its own view of Iohannis.", set()),
    # "standing" alone
    ("Iohannis confirmed on Monday that he is standing.", {cand(IOHANNIS)}),
    ("Iohannis was standing next to Rutte at the summit.", set()),
    ("Iohannis said he is not standing.", set()),
]

UN = [
    ("Chile put Bachelet forward as its candidate in the autumn.", {cand(BACHELET), endorse(BACHELET, "Chile")}),
    ("Chile put Bachelet forward as its candidate in the presidential election.", set()),
    ("Brazil's government decided on Tuesday against backing Grossi.", {oppose(GROSSI, "Brazil")}),
    ("Brazil's government decided against a new budget on Tuesday, and Grossi spoke in Geneva.", set()),
    ("Claims that Mexico was hesitating were rejected as false; Mexico has supported Bachelet since January.",
     {endorse(BACHELET, "Mexico")}),
    ("Claims that Mexico had backed Bachelet were dismissed as false by its foreign ministry.", set()),
    ("Rafael Grossi met the Council. On Monday the 65-year-old was appointed secretary-general by the General Assembly.",
     {appoint(GROSSI)}),
    ("Grossi will assume the mandate on 1 January.", {takes(GROSSI)}),
    ("Some outlets said Peru would back Grossi. Lima rejected the claim.", set()),
    ("Chile has its own candidate, Bachelet.", {cand(BACHELET), endorse(BACHELET, "Chile")}),
    ("Bachelet told reporters she was standing.", {cand(BACHELET)}),
    ("Bachelet was standing beside Grossi at the ceremony.", set()),
    ("Peru backs Grossi. Lima rejected the claim that it had lobbied for him.", {endorse(GROSSI, "Peru")}),
    ("Grossi's mandate at the agency ends in December.", set()),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:60] for c in NATO])
def test_round15_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:60] for c in UN])
def test_round15_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
