"""Round 19 (art19): mechanisms behind the misses and false events of read set 17, each tested with invented
sentences of both races (none from a corpus), about half of them cases that must give no event (or not the
one the mechanism adds):

- a withdrawal verb that is the second of two verb phrases sharing the subject, the first naming a state or
  long: "Bachelet ran into Russian opposition and withdrew in September", "X entered the race in March,
  arguing that ..., but withdrew in June" (not "withdrew his objections", "withdrew from the talks", nor a
  state's verb after "which");
- a relative clause on a group after a state: "thanked Chile and all who backed her" (they backed her; Chile's
  stance is not said), not "thanked Peru, which backed her";
- a focusing adverb between a stance noun and its giver ("support only from Slovakia"); a clause of contrast
  with a subject of its own ("..., while most allies lined up behind X": not the state before it); a roster
  set off by double hyphens, plain text's dash ("The three candidates -- A, B and C --");
- a withdrawal noun before a name read with its demonym label ("the withdrawal of the Argentine X");
- a post taken inside the clause a stance verb governs is what is backed or refused, not a fact: "cannot support
  that X becomes the next chief" (a report's "said that X becomes ... on October 1" keeps it).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E, O, TO, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"
NATO_DAY, UN_DAY = dt.date(2024, 6, 28), dt.date(2026, 7, 10)

NATO = [
    # the second verb phrase of the subject withdraws
    ("Rutte is the favourite. Iohannis won the backing of Slovakia in April and withdrew in June.", {
        E(IOHANNIS, "Slovakia"), withdraw(IOHANNIS)}),
    ("Iohannis entered the race in March, arguing that the east deserved the post, but withdrew in June.", {
        cand(IOHANNIS), withdraw(IOHANNIS)}),
    # ... not a stance taken back, another matter left, or a state's verb in a relative clause
    ("Rutte is the favourite. Iohannis met Hungary's Orban in April and withdrew his objections to the plan.", set()),
    ("Rutte is the favourite. Iohannis criticised Hungary and withdrew from the talks on trade.", set()),
    ("Rutte is the favourite. Iohannis thanked Slovakia, which withdrew from the talks in June.", set()),
    # a relative clause on a group: its verb is not the state's
    ("Iohannis thanked Slovakia and all who supported him.", set()),
    ("Iohannis thanked Slovakia, which supported him.", {E(IOHANNIS, "Slovakia")}),
    # a focusing adverb before the giver of a stance noun
    ("Iohannis is running. His bid won public support only from Slovakia.", {cand(IOHANNIS), E(IOHANNIS, "Slovakia")}),
    # a clause of contrast with its own subject: the verb is not the state's
    ("Iohannis is running. Slovakia backed him early, while most allies lined up behind Rutte.", {
        cand(IOHANNIS), E(IOHANNIS, "Slovakia")}),
    ("Slovakia, while wary of the process, backed Rutte in May.", {E(RUTTE, "Slovakia")}),
    # a roster set off by double hyphens (a dash in plain text)
    ("Two candidates -- Rutte and Iohannis -- met the ambassadors on Monday.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Two possible candidates -- Rutte and Iohannis -- met the ambassadors on Monday.", set()),
    # the prime minister's office by its address, as "Downing Street" (config/states.yaml)
    ("Number 10 has thrown its weight behind Wallace.", {E("Ben Wallace", "United Kingdom")}),
    ("Wallace was number 10 on the list of speakers.", set()),
]

UN = [
    ("Grynspan is ahead. Bachelet ran into Russian opposition and withdrew in September.", {
        O(BACHELET, "Russia"), withdraw(BACHELET)}),
    ("Grossi won Argentina's nomination in May but pulled out of the race in October.", {
        cand(GROSSI), E(GROSSI, "Argentina"), withdraw(GROSSI)}),
    ("Grynspan is ahead. Bachelet lobbied Brazil for weeks but withdrew her remarks on Monday.", set()),
    ("Grynspan is ahead. Bachelet visited Mexico and withdrew money from a bank on Monday.", set()),
    ('"I thank Chile and everyone who backed me," Grossi said.', set()),
    ("Grynspan thanked Peru and those who had backed her.", set()),
    ("Grynspan thanked Peru, which backed her from the start.", {E(GRYNSPAN, "Peru")}),
    ("Grossi is running. His campaign has the backing mainly of Argentina.", {cand(GROSSI), E(GROSSI, "Argentina")}),
    ("Grossi won support from Argentina, while most Latin American states lined up behind Bachelet.", {
        E(GROSSI, "Argentina")}),
    ("All three candidates -- Grynspan, Bachelet and Grossi -- took part in the dialogues.", {
        cand(GRYNSPAN), cand(BACHELET), cand(GROSSI)}),
    ("The three likely candidates -- Grynspan, Bachelet and Grossi -- were named by analysts.", set()),
    # a withdrawal noun before a name its demonym label is read with
    ("Grynspan won the vote after the withdrawal of the Argentine Rafael Grossi.", {withdraw(GROSSI)}),
    ("Grynspan won the vote after the withdrawal of the Argentine envoy from the talks.", set()),
]

# (sentence, the taking of office it must or must not give)
OFFICE = [
    ("n", "Hungary said it will not accept that Rutte becomes the next NATO chief.", TO(RUTTE), False),
    ("n", "Slovakia cannot support that Rutte becomes secretary general on October 1.", TO(RUTTE), False),
    ("n", "Diplomats confirmed that Rutte becomes the next NATO chief on October 1.", TO(RUTTE), True),
    ("u", "Peru will not accept that Grossi becomes the next Secretary-General.", TO(GROSSI), False),
    ("u", "Diplomats said that Grossi becomes Secretary-General on January 1.", TO(GROSSI), True),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:60] for c in NATO])
def test_round19_art_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:60] for c in UN])
def test_round19_art_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("race,text,event,given", OFFICE, ids=[c[1][:60] for c in OFFICE])
def test_round19_art_office_in_stance_clause(story, un_story, race, text, event, given):
    keys = event_keys(story, NATO_TITLE, text, NATO_DAY) if race == "n" else event_keys(un_story, UN_TITLE, text, UN_DAY)
    assert (event in keys) == given
