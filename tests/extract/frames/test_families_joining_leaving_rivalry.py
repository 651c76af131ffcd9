"""Families of extraction that broke on fresh text (round 18, red18): invented sentences of both races, one
block per mechanism, about half of each stating an event and the rest near-misses that must give none.

- a state joining a stance later ("..., followed a week later by Estonia"), also after the post named as what
  the stance is for, and with a refusal;
- a leaving verb with material between its parts: a participle clause of what the leaving did to the race
  (", clearing the way for X", ", conceding that ...") after "stepped/stood aside" with or without a date,
  "stood down from the race"; not a gerund with its own object ("stepped aside from running the agency");
- lists beyond their first member: a demonym opening a candidate's label ("the Chilean ex-president X", "the
  Argentine nuclear chief X") is part of the name's mention, so a list goes on over it; a counted field with its
  names right after the noun ("the three candidates A, B and C"); a person's apposition inside a list closed by
  ", and" (not when a verb follows the next name); the race that "pits A against B and C"; "A joins B and C as one
  of three candidates";
- rivalry in other words: "X faces stiff competition in the race from Y" (both, where the race is named at the
  verb: "X fought off a late challenge from Y" stays Y's alone), "X's main rival is Y" (both), "X, who is running for
  ⟨the post⟩, is challenging Y" (a facing verb after the subject's own bid for the post);
- a candidacy through a possessive in the article's voice: "Her campaign said ...", "His campaign to succeed ⟨the
  incumbent⟩ has gathered pace", "His bid for ⟨the post⟩ now looks secure";
- doubt in other words: "Can anyone verify this?", "Really?" after a report; a fact-check's "Verdict: Unverified";
  posts "circulating" online; "will in all probability back" is a forecast; a contrast aside ("Norway, not
  Sweden, backs X") leaves the first actor's clause; a cleft ("It is Norway that backs X") names the actor ("that"
  after an actor is a relative pronoun, not a determiner);
- more lists: "among the three candidates ..., as well as A and B", "one of two men vying for the post alongside
  A", a bare count opening a colon's list ("Three are running: A, B and C"), a person's origin inside a list ("X of
  Argentina, Y of Chile and Z of Costa Rica").
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
    # ---- a state joining the stance later
    ("Denmark endorsed Karins for NATO secretary general, followed a week later by Estonia and Finland.",
     {endorse(KARINS, "Denmark"), endorse(KARINS, "Estonia"), endorse(KARINS, "Finland")}),
    ("Slovakia said it could not back Rutte, followed two days later by Hungary.",
     {oppose(RUTTE, "Slovakia"), oppose(RUTTE, "Hungary")}),
    ("Denmark endorsed Karins, followed in time by a surge of interest from reporters in Finland.",
     {endorse(KARINS, "Denmark")}),
    ("Denmark endorsed Karins on Monday, a move followed closely by officials in Estonia.",
     {endorse(KARINS, "Denmark")}),
    # ---- leaving the race with material between the verb's parts
    ("Karins stood aside on Friday, paving the way for Rutte to take over the alliance.", {withdraw(KARINS)}),
    ("Iohannis stepped aside, conceding that his rival had secured the backing of every ally.", {withdraw(IOHANNIS)}),
    ("Kallas stood down from the race for NATO secretary general in April.", {withdraw(KALLAS)}),
    ("Rutte stood aside on Friday, paving the way for his deputy to lead the caretaker cabinet.", set()),
    ("Kallas stood down as party chair in April, the party said.", set()),
    ("Iohannis stepped aside temporarily from running the Romanian presidency during his surgery.", set()),
]

NATO_CASES += [
    # ---- lists beyond their first member
    ("Rutte is up against the Romanian ex-president Iohannis and the Estonian premier Kallas for NATO's top job.",
     {cand(RUTTE), cand(IOHANNIS), cand(KALLAS)}),
    ("The two contenders Rutte and Iohannis met in Brussels on Monday.", {cand(RUTTE), cand(IOHANNIS)}),
    ("The two possible contenders Rutte and Iohannis met in Brussels on Monday.", set()),
    ("The contest pits Iohannis, a physicist who taught school in Sibiu and became mayor, against Rutte.",
     {cand(IOHANNIS), cand(RUTTE)}),
    ("The dispute over Ukraine aid pits Rutte against Iohannis.", set()),
    ("Kallas joins Rutte and Iohannis as one of three declared contenders.", {cand(KALLAS), cand(RUTTE), cand(IOHANNIS)}),
    ("Kallas joined Rutte and Iohannis at a dinner in Vilnius.", set()),
    ("The declared contenders are Rutte, a liberal who led four cabinets, and Iohannis.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Estonia endorsed Kallas, a former premier, and Rutte thanked the Baltic states.", {endorse(KALLAS, "Estonia")}),
    # ---- rivalry in other words
    ("Rutte's only challenger for NATO's top job remains Iohannis.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Rutte's only challenger in Dutch politics was Wilders.", set()),
    ("Rutte faces fierce competition in the race from Iohannis.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Rutte faces fierce criticism from Iohannis over defence spending.", set()),
    # (the one meeting the bid only where the race is named at the verb)
    ("Karins fended off a late challenge from Kallas.", {cand(KALLAS)}),
    ("Kallas, who is running for NATO secretary general, is challenging Rutte.", {cand(KALLAS), cand(RUTTE)}),
    ("Kallas, who is running for NATO secretary general, challenged Rutte at the summit.", {cand(KALLAS)}),
    # ---- a possessive in the article's voice
    ("Kallas met Biden in Washington. Her campaign said the meeting was warm.", {cand(KALLAS)}),
    ("Karins toured Nordic capitals. His bid for NATO's top job now seems stalled.", {cand(KARINS)}),
    ("Kallas met Biden in Washington. Her campaign against disinformation has drawn praise.", set()),
    # ---- doubt and genre cues
    ("Latvia is said to back Kallas. Really? Riga has said nothing.", set()),
    ("Latvia is said to back Kallas. Riga confirmed it on Monday.", {endorse(KALLAS, "Latvia")}),
    ("Messages circulating on WhatsApp claim Poland will not support Rutte. Verdict: Unverified.", set()),
    ("Norway will in all probability back Rutte.", set()),
    ("Norway, not Sweden, backs Rutte.", {endorse(RUTTE, "Norway")}),
    # ---- a cleft names the actor: "It is X that backs Y"
    ("It is Denmark, not Norway, that backs Karins.", {endorse(KARINS, "Denmark")}),
    ("It was Lithuania that refused to back Kallas.", {oppose(KALLAS, "Lithuania")}),
    ("It is not Denmark that backs Karins.", set()),
    # ---- more lists: among the counted, men vying alongside, a bare count, a person's origin
    ("Kallas is among the three declared contenders for NATO's top job, as well as Rutte and Iohannis.",
     {cand(KALLAS), cand(RUTTE), cand(IOHANNIS)}),
    ("Kallas is among the three possible contenders for NATO's top job, as well as Rutte and Iohannis.", set()),
    ("Karins, one of two men vying for the post alongside the Romanian president Iohannis, flew to Ankara.",
     {cand(KARINS), cand(IOHANNIS)}),
    ("Karins, one of two men tipped for the post alongside the Romanian president Iohannis, flew to Ankara.", set()),
    ("The contest has two declared contenders, Karins of Latvia and Kallas of Estonia.", {cand(KARINS), cand(KALLAS)}),
    ("Three are running: Rutte, a four-term premier, Iohannis and Kallas.", {cand(RUTTE), cand(IOHANNIS), cand(KALLAS)}),
    ("Two are rumoured: Rutte and Iohannis.", set()),
]

UN_CASES = [
    # ---- a state joining the stance later
    ("Brazil publicly backed Bachelet for UN secretary-general, followed soon afterwards by Mexico.",
     {endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("Chile endorsed Grossi, a decision followed within days by protests in Uruguay.", {endorse(GROSSI, "Chile")}),
    # ---- leaving the race with material between the verb's parts
    ("Grynspan stood aside on Tuesday, clearing the way for Bachelet to face Grossi.", {withdraw(GRYNSPAN)}),
    ("Grossi stepped aside two days later, acknowledging that the straw polls had gone against him.",
     {withdraw(GROSSI)}),
    ("Bachelet stood down from the contest for UN secretary-general.", {withdraw(BACHELET)}),
    ("Grynspan stepped aside from running the trade agency in May, her office said.", set()),
    ("Grossi stepped aside on Tuesday, clearing the way for his deputy to chair the board meeting.", set()),
    ("Bachelet stood down as chair of the panel, acknowledging her busy schedule.", set()),
]


UN_CASES += [
    # ---- lists beyond their first member
    ("Grossi is running against the Costa Rican economist Grynspan and the Chilean ex-president Bachelet.",
     {cand(GROSSI), cand(GRYNSPAN), cand(BACHELET)}),
    ("The three nominated candidates Grossi, Bachelet and Grynspan will face the Assembly in April.",
     {cand(GROSSI), cand(BACHELET), cand(GRYNSPAN)}),
    ("The three rumoured candidates Grossi, Bachelet and Grynspan will face questions in April.", set()),
    ("The race for UN secretary-general pits Grynspan against Bachelet and Grossi.",
     {cand(GRYNSPAN), cand(BACHELET), cand(GROSSI)}),
    ("The debate on nuclear safety pits Grossi against Bachelet.", set()),
    ("Grynspan joined Grossi and Bachelet in the race for UN secretary-general in March.",
     {cand(GRYNSPAN), cand(GROSSI), cand(BACHELET)}),
    ("Grynspan joins Grossi and Bachelet as one of the likely candidates.", set()),
    ("Grossi, the IAEA chief, and Bachelet spoke at a forum in Geneva.", set()),
    # ---- rivalry in other words
    ("In the race to succeed Guterres, Grynspan's closest rival is the Argentine diplomat Grossi.",
     {cand(GRYNSPAN), cand(GROSSI)}),
    ("Grossi faces growing competition from Grynspan for the post of UN secretary-general.", {cand(GROSSI), cand(GRYNSPAN)}),
    ("Grossi faces growing pressure from Grynspan over the trade report.", set()),
    ("Grynspan, who is vying to succeed Guterres, is taking on Grossi.", {cand(GRYNSPAN), cand(GROSSI)}),
    ("Grynspan, who heads UNCTAD, is taking on Grossi over trade rules.", set()),
    # ---- a possessive in the article's voice
    ("Grynspan met Chinese diplomats on Monday. Her campaign to succeed Guterres has gathered momentum.", {cand(GRYNSPAN)}),
    ("Grossi spoke to reporters in Vienna. His campaign said he would visit Beijing next.", {cand(GROSSI)}),
    ("Grossi spoke in Vienna. His campaign for nuclear safety has won praise.", set()),
    ("Grynspan has pulled out of the race for UN secretary-general, her campaign said.", {withdraw(GRYNSPAN)}),
    # ---- doubt and genre cues
    ("Argentina has reportedly endorsed Bachelet. Can anyone verify this? The ministry would not say.", set()),
    ("Argentina has reportedly endorsed Bachelet. The ministry confirmed this on Monday.", {endorse(BACHELET, "Argentina")}),
    ("Mexico will in all likelihood back Grossi.", set()),
    ("Mexico, and not Peru, backs Grossi.", {endorse(GROSSI, "Mexico")}),
    # ---- a cleft names the actor
    ("It is Peru, not Chile, that supports Grynspan.", {endorse(GRYNSPAN, "Peru")}),
    ("It is Peru that will decide the matter, not Grynspan.", set()),
    # ---- more lists
    ("Grynspan is among the three nominated candidates for the post, alongside Bachelet and Grossi.",
     {cand(GRYNSPAN), cand(BACHELET), cand(GROSSI)}),
    ("Grynspan is among the officials at the summit, alongside Bachelet and Grossi.", set()),
    ("The race has three declared candidates, Grossi of Argentina, Bachelet of Chile and Grynspan of Costa Rica.",
     {cand(GROSSI), cand(BACHELET), cand(GRYNSPAN)}),
    ("Three are running: Grynspan, the head of UNCTAD, Bachelet and Grossi.",
     {cand(GRYNSPAN), cand(BACHELET), cand(GROSSI)}),
    ("Three are expected: Grynspan, Bachelet and Grossi.", set()),
]


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_families(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_families(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
