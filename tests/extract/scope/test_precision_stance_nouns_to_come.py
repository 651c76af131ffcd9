"""Mechanisms added in the nineteenth round (prec19, issue 12: precision on unseen articles: the false events of
all read sets, by mechanism), each tested with invented sentences of both races (none from a corpus), with cases
that must keep their event and near-misses that must give none:

- a stance noun is no stance given when what is said of it is still to come or not made known: a modal right
  after it ("a Hungarian endorsement of Rutte would end the deadlock"), a predicate of what is still sought
  ("... is still being sought", "... remains elusive"), a negated perfect of making it known ("... has not been
  announced"); and a refusal of it ("faced a refusal of support from Washington") gives no support;
- a quotation's third person is not its speaker ('"She is the candidate of Costa Rica," Marin said': she is the
  candidate last named, not Marin; with none named, no one), and its first person still is ('"I am ...," X said');
- an inverted condition after the predicate ("Latvia would back Kallas were Karins to drop out") governs both its
  clause and the main one; a report in the present tense after a clause ("..., diplomats say") does not turn its
  "would" into a reported "will" (it does after "said");
- a clause that is what a stance or a wish is about takes no office: "Hungary cannot support that Rutte becomes
  secretary general";
- a stance on a possessed effort with an aim of its own is no stance on the bid ("backing his push for more air
  defence", "Grossi's bid to inspect the plant was rejected by Moscow"); a running phrase that a withdrawal leaves
  gives the withdrawal alone ("stepped aside from seeking the post", "pulled out of competing for"); a running
  phrase after a stance verb's object with a title in capitals gives the stance alone ("will not support outgoing
  Dutch Prime Minister Mark Rutte in the race").
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)

UN_CASES = [
    # a stance noun of what is still to come or not made known
    ("An endorsement of Grossi by the African Union remains elusive.", set()),
    ("The African Union's endorsement of Grossi came on Monday.", {endorse("Rafael Grossi", "African Union")}),
    ("Backing from Brasilia for Bachelet has not been confirmed.", set()),
    ("A Brazilian endorsement of Bachelet could come next week.", set()),
    ("Mexico's support for Bachelet has never been in doubt.", {endorse("Michelle Bachelet", "Mexico")}),
    ("Grossi is running. The support of China is still being courted by his team.", {cand("Rafael Grossi")}),
    ("Grossi is running. The support of China arrived in March.", {cand("Rafael Grossi"), endorse("Rafael Grossi", "China")}),
]

_OPENING_UN = ("The Security Council will vote in July. President Laura Marin, who took office on 8 May, used her press "
               "conference on Monday to thank the Caribbean leaders and to reaffirm her government's position. ")
_OPENING_UN_HE = ("The Security Council will vote in July. Foreign Minister Pablo Ortega, who took office on 8 May, used his "
                  "press conference on Monday to reaffirm his government's position. ")
UN_CASES += [
    # a quotation's third person is not its speaker
    (_OPENING_UN + '"Costa Rica gives its total support to Rebeca Grynspan. She is the candidate of Costa Rica," Marin said.',
     {endorse("Rebeca Grynspan", "Costa Rica"), cand("Rebeca Grynspan")}),
    (_OPENING_UN + '"She is the candidate of Costa Rica," Marin said.', set()),
    (_OPENING_UN_HE + '"Argentina backs Rafael Grossi. He is the candidate of Argentina," Ortega said.',
     {endorse("Rafael Grossi", "Argentina"), cand("Rafael Grossi")}),
    (_OPENING_UN_HE + '"He is the candidate of Argentina," Ortega said.', set()),
]

UN_CASES += [
    # an inverted condition after the predicate; "would" before a report in the present tense
    ("Argentina would back Grossi were Bachelet to quit the race.", set()),
    ("Argentina backs Grossi now that Bachelet has quit the race.",
     {endorse("Rafael Grossi", "Argentina"), withdraw("Michelle Bachelet")}),
    ("Chile would nominate Bachelet for secretary-general, officials in Santiago say.", set()),
    ("Chile nominated Bachelet for secretary-general, officials in Santiago say.",
     {endorse("Michelle Bachelet", "Chile"), cand("Michelle Bachelet")}),
    ("Mexico would back Bachelet, a Mexican diplomat said.", {endorse("Michelle Bachelet", "Mexico")}),
]


_OPENING_NATO = ("The alliance will choose in July. Prime Minister Anna Kovacs, who took office on 8 May, used her press "
                 "conference on Monday to thank the Baltic leaders and to reaffirm her government's position. ")
_OPENING_NATO_HE = ("The alliance will choose in July. Prime Minister Jan Dekker, who took office on 8 May, used his press "
                    "conference on Monday to reaffirm his government's position. ")

NATO_CASES = [
    # a quotation's third person is not its speaker
    (_OPENING_NATO + '"Estonia gives its total support to Kaja Kallas. She is the candidate of Estonia," Kovacs said.',
     {endorse("Kaja Kallas", "Estonia"), cand("Kaja Kallas")}),
    (_OPENING_NATO_HE + '"The Netherlands backs Mark Rutte. He is the candidate of the Netherlands," Dekker said.',
     {endorse("Mark Rutte", "Netherlands"), cand("Mark Rutte")}),
    (_OPENING_NATO_HE + '"He is our candidate for secretary general," Dekker said.', set()),
    ('"I am a candidate for NATO secretary general," Jan Dekker said.', {cand("Jan Dekker")}),
    # an inverted condition after the predicate; "would" before a report in the present tense
    ("Latvia would throw its support behind Kallas were Karins to drop out, a Latvian diplomat said.", set()),
    ("Latvia backs Kallas now that Karins has dropped out.", {endorse("Kaja Kallas", "Latvia"), withdraw("Krisjanis Karins")}),
    ("Latvia would back Kallas, Latvian diplomats say.", set()),
    ("Latvia will back Kallas, Latvian diplomats say.", {endorse("Kaja Kallas", "Latvia")}),
    ("Latvia would back Kallas, a Latvian diplomat said.", {endorse("Kaja Kallas", "Latvia")}),

    ("Hungary's backing for Rutte came in June, after months of talks.", {endorse("Mark Rutte", "Hungary")}),
    ("A Hungarian endorsement of Rutte would end the deadlock.", set()),
    ("Slovakia's support for Rutte is still being sought by his campaign.", set()),
    ("Support from Ankara for Rutte has not been announced.", set()),
    ("Turkey's support for Rutte has been firm since April.", {endorse("Mark Rutte", "Turkey")}),
    ("Rutte is running. Budapest's backing for Rutte remains elusive.", {cand("Mark Rutte")}),
    ("Rutte is running. The backing of Slovakia came in May.", {cand("Mark Rutte"), endorse("Mark Rutte", "Slovakia")}),
    # (a refusal of support is Hungary's opposition, by the guide: red20's refusing nouns)
    ("Rutte is running, but he faced a refusal of support from Budapest.", {cand("Mark Rutte"), ("opposition", "Mark Rutte", "Hungary")}),
]


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_precision(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_precision(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


# a clause that a stance or a wish is about takes no office (whatever the stance itself gives); the same clause
# stated as fact does
OFFICE_CASES = [
    ("un", "Russia cannot support that Grossi becomes the next secretary-general, its envoy said.", False),
    ("un", "Argentina wants that Grossi becomes the next secretary-general.", False),
    ("un", "Grossi becomes the ninth secretary-general of the United Nations on 1 January.", True),
    ("nato", "Hungary can not support that Mark Rutte becomes the next secretary general of NATO, Szijjarto said.", False),
    ("nato", "Hungary supports that Mark Rutte becomes the next secretary general of NATO.", False),
    ("nato", "Rutte becomes the next secretary general of NATO on Tuesday.", True),
]


@pytest.mark.parametrize("race,text,taken", OFFICE_CASES)
def test_office_in_stance_clause(story, un_story, race, text, taken):
    found = event_keys(un_story, UN_TITLE, text, UN_DAY) if race == "un" else event_keys(story, NATO_TITLE, text, NATO_DAY)
    assert any(k[0] == "takes_office" for k in found) == taken


# a stance on a possessed effort whose aim is another matter ("backing his push for more air defence", "Grossi's bid
# to inspect the plant was rejected"); a running phrase that is what a withdrawal leaves ("stepped aside from
# seeking the post": the withdrawal alone, the guide); a running phrase after a stance verb's object with a title in
# capitals ("will not support outgoing Dutch Prime Minister Mark Rutte in the race": the stance alone)
MORE_NATO = [
    ("Karins, Latvia's chief diplomat, chaired the meeting in Riga, with Lithuania and Poland backing his push for more "
     "air defence.", set()),
    ("Karins is running for NATO secretary general, with Lithuania backing his bid for the post.",
     {cand("Krisjanis Karins"), endorse("Krisjanis Karins", "Lithuania")}),
    ("Iohannis stepped aside from seeking NATO's top post on Thursday.", {withdraw("Klaus Iohannis")}),
    ("Iohannis is seeking NATO's top post.", {cand("Klaus Iohannis")}),
    ("Slovakia will not support outgoing Dutch Prime Minister Mark Rutte in the race for NATO Secretary General, Fico "
     "announced.", {("opposition", "Mark Rutte", "Slovakia")}),
    ("Outgoing Dutch Prime Minister Mark Rutte is in the race for NATO secretary general.", {cand("Mark Rutte")}),
]
MORE_UN = [
    ("Grossi's bid to inspect the Zaporizhzhia plant was rejected by Moscow, as the race for secretary-general heated up.",
     set()),
    ("Grossi's bid to lead the United Nations was rejected by Moscow.", {("opposition", "Rafael Grossi", "Russia")}),
    ("Grynspan stepped aside from running for secretary-general on Monday, her office said.", {withdraw("Rebeca Grynspan")}),
    ("Bachelet pulled out of competing for the job of UN secretary-general on Friday.", {withdraw("Michelle Bachelet")}),
    ("Bachelet is competing for the job of UN secretary-general.", {cand("Michelle Bachelet")}),
]


@pytest.mark.parametrize("text,expected", MORE_NATO)
def test_nato_aims_and_leaving(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", MORE_UN)
def test_un_aims_and_leaving(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


# "respectively" pairs the n-th actor with the n-th subject; without it every actor backs every subject
RESPECTIVELY = [
    ("nato", "Latvia and Lithuania back Karins and Kallas respectively, while Estonia keeps a studied silence.",
     {endorse("Krisjanis Karins", "Latvia"), endorse("Kaja Kallas", "Lithuania")}),
    ("nato", "Latvia and Lithuania back Karins and Kallas.",
     {endorse("Krisjanis Karins", "Latvia"), endorse("Kaja Kallas", "Lithuania"), endorse("Krisjanis Karins", "Lithuania"),
      endorse("Kaja Kallas", "Latvia")}),
    ("un", "Chile and Argentina support Bachelet and Grossi, respectively.",
     {endorse("Michelle Bachelet", "Chile"), endorse("Rafael Grossi", "Argentina")}),
    ("un", "Chile and Peru support Bachelet and Grossi.",
     {endorse("Michelle Bachelet", "Chile"), endorse("Rafael Grossi", "Chile"), endorse("Michelle Bachelet", "Peru"),
      endorse("Rafael Grossi", "Peru")}),
]


@pytest.mark.parametrize("race,text,expected", RESPECTIVELY)
def test_respectively(story, un_story, race, text, expected):
    found = event_keys(un_story, UN_TITLE, text, UN_DAY) if race == "un" else event_keys(story, NATO_TITLE, text, NATO_DAY)
    assert {k for k in found if k[0] == "endorsement"} == expected
