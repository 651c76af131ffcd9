"""Round 18 (stance18): the mechanisms behind the stance misses of blind set 16, each tested with invented
sentences of both races where it applies (none from a corpus), about half of them cases that give no or fewer
events:

- a sitting office of a state ("Chile's president", no "former") is not a candidate who held it once (a story
  role "former president"): the state acts;
- a predicate in a relative clause of its actor ("puts Slovakia alongside Hungary, which has refused to back X")
  has that actor alone as its subject: a state set beside it outside the clause does not act with it;
- a bare role noun ("the prime minister") stands for the state whose person holding that role was named in that
  sentence or the two before, when only one state's was and no candidate holding it was named there;
- "our candidate" in the words of a state's speaker said after the quotation ('"Our candidate is X," the
  minister said'): that state's backing with the candidacy;
- a body's acronym before a head noun is a label of the name after it ("IAEA chief X", "UNCTAD head X");
- a person by their office's title and surname ("President Chaves"), also where the bare surname is no alias;
- adverbs between a copula and a supporter noun ("are now the only sponsors of"); not a denying one;
- a verb of urging with the bid as its object ("discouraged her candidacy") is a stance with no ballot named;
- an aside of who governs a state ("Argentina's government, under a president who ..., nominated him") is
  read without it.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, WALLACE = "Mark Rutte", "Klaus Iohannis", "Ben Wallace"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 9, 20)
UK = "United Kingdom"

NATO = [
    # a predicate in the actor's relative clause
    ("The vote puts Slovakia alongside Hungary, which has refused to back Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Slovakia, alongside Hungary, has refused to back Rutte.", {oppose(RUTTE, "Hungary"), oppose(RUTTE, "Slovakia")}),
    # a bare role noun for a state's person named just before
    ("Wallace spoke in London. Sunak raised it at lunch, and officials said the prime minister was backing Wallace.",
     {endorse(WALLACE, UK)}),
    ("Wallace spoke in London. Biden met Macron. The president was backing Wallace.", set()),
    ("Sunak spoke in May. It rained. It was cold. It was late. The prime minister was backing Rutte.", set()),
    # "our candidate" said by a state's speaker after the quotation
    ('"Our candidate is Iohannis and he is in this race," Ciolacu said.', {cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
    ('"Iohannis is our candidate," Ciolacu said on Monday.', {cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
    ('"Our candidate for the EU post is Iohannis," Ciolacu said.', set()),
    # a body's acronym before a head noun
    ("Poland backs VVD leader Mark Rutte.", {endorse(RUTTE, "Poland")}),
    ("Poland praised VVD leader Mark Rutte.", set()),
    # a title and a surname
    ("Prime Minister Ciolacu backs Iohannis.", {endorse(IOHANNIS, "Romania")}),
    # adverbs after a copula
    ("Poland is now the main sponsor of Rutte.", {endorse(RUTTE, "Poland")}),
    ("Hungary is hardly a supporter of Rutte.", set()),
    # a verb of urging with the bid as its object
    ("Rutte spoke. Hungary discouraged his candidacy.", {oppose(RUTTE, "Hungary")}),
    ("Rutte spoke. Hungary encouraged Rutte in his talks with Ankara.", set()),
    # an aside of who governs the state
    ("Hungary, under a prime minister who distrusts Brussels, opposes Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Slovakia's new government, a coalition of three parties, backs Iohannis.", {endorse(IOHANNIS, "Slovakia")}),
    ("Hungary, under pressure from the EU, may back Rutte.", set()),
]

UN = [
    # a sitting office is not a former one
    ("Bachelet spoke on Monday. Chile's president backed Grynspan.", {endorse(GRYNSPAN, "Chile")}),
    ("Bachelet spoke on Monday. Chile's president decided he could not support her.", {oppose(BACHELET, "Chile")}),
    ("Bachelet spoke on Monday. Chile's former president backed Grynspan.", set()),
    # a predicate in the actor's relative clause
    ("The decision puts Peru alongside Russia, which has refused to back Bachelet.", {oppose(BACHELET, "Russia")}),
    ("Peru, together with Russia, has refused to back Bachelet.", {oppose(BACHELET, "Russia"), oppose(BACHELET, "Peru")}),
    # a bare role noun for a state's person named just before
    ("Lula spoke in Brasilia on Monday. Aides said the president was backing Bachelet.", {endorse(BACHELET, "Brazil")}),
    ("Lula spoke to Sheinbaum on Monday. Aides said the president was backing Bachelet.", set()),
    # "our candidate" said by a state's speaker after the quotation
    ('"Our candidate is Grossi," Milei said.', {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    # a body's acronym before a head noun
    ("Argentina nominated IAEA chief Rafael Grossi.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Brazil backs Bachelet, while Costa Rica has nominated UNCTAD head Rebeca Grynspan.", {
        endorse(BACHELET, "Brazil"), cand(GRYNSPAN), endorse(GRYNSPAN, "Costa Rica")}),
    ("Argentina praised IAEA chief Rafael Grossi.", set()),
    # a title and a surname
    ("Grynspan spoke. President Chaves's government presented her candidacy in 2025.", {
        cand(GRYNSPAN), endorse(GRYNSPAN, "Costa Rica")}),
    ("Grynspan spoke. Chaves's government presented Grynspan's candidacy.", set()),
    # adverbs after a copula
    ("Bachelet spoke. Brazil and Mexico are now the only sponsors of the former Chilean president.", {
        endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("Bachelet spoke. Mexico is hardly a sponsor of Bachelet.", set()),
    ("Bachelet spoke. Mexico is now the only sponsor of the resolution.", set()),
    # a verb of urging with the bid as its object
    ("Bachelet spoke. Russia and another permanent member discouraged her candidacy.", {oppose(BACHELET, "Russia")}),
    ("Bachelet spoke. Russia discouraged Bachelet from running.", set()),
    # an aside of who governs the state
    ("Grossi spoke. Argentina's government, under a president who has called the UN a \"Leviathan\", formally "
     "nominated him in November.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Grossi spoke. Argentina, under a deal with the UN, may back him.", set()),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0] for c in NATO])
def test_nato_stance_round18(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0] for c in UN])
def test_un_stance_round18(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
