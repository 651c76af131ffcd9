"""Mechanisms added in the sixth round, each tested with invented sentences of both races (none
from a corpus): a clause coordinated after ", and" is a clause of its own; a second verb phrase
sharing its subject ("... and will support"); two verbs sharing their object ("nominated and then
campaigned for"); two leaders joined as "X and his Slovak counterpart"; the candidates ranked
before a declared one ("the third declared candidate, after A and B"). Each mechanism has cases
that must give an event and cases that must not.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP as appoint, CAND as cand, E as endorse, O as oppose
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"
UK = "United Kingdom"


def _keys(story, title: str, text: str, published=dt.date(2024, 5, 16)) -> set[tuple]:
    return event_keys(story, title, text, published)


NATO = [
    # a clause coordinated after ", and": the modal of the clause before does not govern it
    ("The alliance needs unanimity, and Hungary now supports Rutte.", {endorse(RUTTE, "Hungary")}),
    ("Consensus is required, and Turkey, long a holdout, has since endorsed Rutte.", {endorse(RUTTE, "Turkey")}),
    # ... but a condition before it still does
    ("If Hungary relents, and Turkey backs Rutte, the race is over.", set()),
    ("Hungary might relent, and Turkey could back Rutte.", set()),
    # two leaders joined as one list: "X and his Slovak counterpart"
    ("Orban and his Slovak counterpart said their governments back Iohannis.",
     {endorse(IOHANNIS, "Hungary"), endorse(IOHANNIS, "Slovakia")}),
    ("Orban and his Slovak counterpart Robert Fico back Iohannis.",
     {endorse(IOHANNIS, "Hungary"), endorse(IOHANNIS, "Slovakia")}),
    ("Macron met his German counterpart on Monday; Berlin backs Rutte.", {endorse(RUTTE, "Germany")}),
    # a second verb phrase with its own auxiliaries shares the subject
    ("Turkey has dropped its opposition to Rutte and will now support the Dutch prime minister.",
     {oppose(RUTTE, "Turkey"), endorse(RUTTE, "Turkey")}),
    ("Poland congratulated Rutte and has since formally endorsed him.", {endorse(RUTTE, "Poland")}),
    ("Greece welcomed Rutte's entry and would back him if he won over Ankara.", set()),
    # an ended stance with its object left out is on the candidate in focus; not when another left the race there
    ("Rutte was tipped. Orban dropped his veto in June.", {oppose(RUTTE, "Hungary")}),
    ("Rutte was tipped. Hungary dropped its objections over the gas pipeline.", set()),
    ("Rutte was tipped. Hungary may drop its veto in June.", set()),
    # (round 18: beside another candidate's withdrawal, the objections dropped are to the one still in the race)
    ("Rutte was tipped. Iohannis withdrew his bid and Orban dropped his objections.", {("withdrawal", IOHANNIS, None),
                                                                                       oppose(RUTTE, "Hungary")}),
    ("Rutte was tipped. Rutte withdrew his bid and Orban dropped his objections.", {("withdrawal", RUTTE, None)}),
    # "the former Dutch prime minister" is not whoever holds the office now
    ("Rutte took office. His successor as prime minister, Dick Schoof, wished him luck. The former Dutch prime minister "
     "was appointed by the allies in June.", {appoint(RUTTE)}),
    # the states that followed take the same stance
    ("Washington declared its backing for Rutte last week, followed within hours by London and Berlin.",
     {endorse(RUTTE, "United States"), endorse(RUTTE, UK), endorse(RUTTE, "Germany")}),
    ("Washington backed Rutte last week, followed by a flurry of statements.", {endorse(RUTTE, "United States")}),
    ("Washington could back Rutte, followed by London.", set()),
    # a passive's agent after a time phrase
    ("Rutte was endorsed on Tuesday by Spain.", {endorse(RUTTE, "Spain")}),
    ("Rutte was endorsed in the first round by the public.", set()),
    # "the other candidate is X" states the candidacy; "the best candidate is X" assesses
    ("The other candidate for the post is Klaus Iohannis.", {cand(IOHANNIS)}),
    ("The best candidate is Mark Rutte.", set()),
    # a stance noun with its agent after "by", about the candidate in focus; not about another matter
    ("Rutte met allies on Monday. Their announcements follow the endorsements by Italy and Spain earlier this week.",
     {endorse(RUTTE, "Italy"), endorse(RUTTE, "Spain")}),
    ("Rutte met allies on Monday. Support by Germany for Ukraine is unwavering.", set()),
    ("Rutte met allies on Monday. Sweden's accession ended months of delay caused by objections from Turkey and Hungary.",
     set()),
    # the report a clause hangs on may be a few words away
    ("Poland's foreign minister said on the same day that Poland would now support Rutte.", {endorse(RUTTE, "Poland")}),
    # the appointment as the object of a wish is not the act
    ("Washington hoped for Rutte's appointment by the allies.", set()),
    ("Rutte's appointment by the allies came on Wednesday.", {appoint(RUTTE)}),
]

UN = [
    ("The council needs unanimity among its permanent members, and Russia now supports Grossi.",
     {endorse(GROSSI, "Russia")}),
    # two verbs sharing their object: the first verb acts on it too
    ("Chile nominated and then campaigned hard for Michelle Bachelet.",
     {cand(BACHELET), endorse(BACHELET, "Chile")}),
    ("Mexico proposed and later endorsed Michelle Bachelet.", {cand(BACHELET), endorse(BACHELET, "Mexico")}),
    ("Peru criticised and opposed Grossi.", {oppose(GROSSI, "Peru")}),
    ("Spain welcomed and then rejected Grossi's offer.", set()),
    # the candidates ranked before a declared one are in the race
    ("Grossi became the second declared candidate after Michelle Bachelet.", {cand(GROSSI), cand(BACHELET)}),
    ("Peru nominated Lorena Aldecoa on Monday. She is the third declared candidate, after Rafael Grossi "
     "and Michelle Bachelet.", {cand("Lorena Aldecoa"), endorse("Lorena Aldecoa", "Peru"), cand(GROSSI), cand(BACHELET)}),
    # a ranking by assessment is none
    ("Grossi is seen as the strongest candidate after Michelle Bachelet.", set()),
    ("He is the likeliest candidate after Bachelet.", set()),
    ("The race has a new candidate after Bachelet entered.", set()),
    # a passive nomination with its agent after a time phrase
    ("Michelle Bachelet, the former Chilean president, was put forward in September by Chile and Mexico.",
     {cand(BACHELET), endorse(BACHELET, "Chile"), endorse(BACHELET, "Mexico")}),
    # a state's nominee or candidate: the state nominated the person
    ("Rafael Grossi is Argentina's nominee.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Rafael Grossi is Argentina's candidate.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Rafael Grossi could be Argentina's nominee.", set()),
    # a name the story file does not list, after a possessor ("Norway's Ingrid Solvang"), and where it leaves the race
    ("The four candidates are Grossi, Bachelet, Norway's Ingrid Solvang and Ghana's Kwabena Asante-Mensah.",
     {cand(GROSSI), cand(BACHELET), cand("Ingrid Solvang"), cand("Kwabena Asante-Mensah")}),
    ("Norway's Ingrid Solvang withdrew from the race after a fourth straw poll.", {("withdrawal", "Ingrid Solvang", None)}),
    ("Norway's Ingrid Solvang withdrew her support for the ceasefire plan.", set()),
    # an organisation the story file lists takes sides as a state does
    ("The African Union endorsed Grossi's bid at its February summit.", {endorse(GROSSI, "African Union")}),
    ("Grossi is backed by the African Union.", {endorse(GROSSI, "African Union")}),
    # a stance in a relative clause is on its head, not on the candidate in focus
    ("Grossi leads the polls. Ghana's Kwabena Asante-Mensah, who has the backing of the African Union, has a solid floor.",
     set()),
    # a name standing alone as a heading is the person "his" stands for in its section (a bid backed, not stated)
    ("Grossi is a candidate for secretary-general.\nKwabena Mensah (Ghana)\nThe African Union endorsed his bid in February.",
     {cand(GROSSI), endorse("Kwabena Mensah", "African Union")}),
    # an event dated wholly before the race opened is of an earlier race
    ("Bulgaria's Kristalina Georgieva, now head of the IMF, was a candidate in 2016 and is mentioned again.", set()),
    ("Grossi declared his candidacy for secretary-general in 2025.", {cand(GROSSI)}),
    # "X of Chile": where the person is from, no actor between the name and its verb
    ("Michelle Bachelet of Chile had pulled out on Thursday.", {("withdrawal", BACHELET, None)}),
    ("Spain backed the candidacy of Rafael Grossi of Argentina.", {endorse(GROSSI, "Spain")}),
    ("Grossi met the president of Chile on Monday.", set()),
    # a candidate named by an office the story file lists for him
    ("Grossi met Lula. The IAEA director general is Argentina's nominee.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:50] for c in NATO])
def test_round4_nato(story, text, expected):
    assert _keys(story, NATO_TITLE, text) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:50] for c in UN])
def test_round4_un(un_story, text, expected):
    assert _keys(un_story, UN_TITLE, text, dt.date(2026, 3, 10)) == expected
