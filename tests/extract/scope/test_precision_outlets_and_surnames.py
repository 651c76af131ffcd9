"""Precision, round 17 (un17p): false events of the kinds a reader found on unseen articles, one mechanism per
family, invented sentences of both races; about half of each family states an event, the rest none:

- an outlet's or body's name opening with a definite article of another language ("La Nacion", "El Pais",
  "Die Rundschau") is no person: never a proposed candidate whom a later "her" stands for;
- a surname alone in a sentence of the race whose full name the article gives only after a sitting office's
  title ("President Ana Quiroga ... Quiroga said") is that state's office holder, never a proposed candidate
  (neither through the surname, nor as the name opening the sentence before a pronoun);
- a choice "as" another office (a capitalised title, the body's name with a word other than its head, a
  person's office, "head of" something else) is no appointment to the post;
- an object pronoun in a clause told in the pluperfect ("Russia had said that it would not support her") may be
  the candidate who has left the race since: the in-race preference is for stances of now;
- a possessive opening a sentence after one whose first person is not in the race ("Kast, who leads the polls,
  criticised her. His campaign declined to comment") is not a proposed name of unknown sex named earlier;
- a correction ("An earlier version of this story said ...") withdraws what it reports, and support not
  announced, declared, expressed or voiced ("did not announce support for him") is a stance not taken, not a
  refusal ("did not give its support" still is one).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP as appoint, CAND as cand, E as endorse, O as oppose, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 3, 10), dt.date(2026, 5, 10)
RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"
QUIROGA, MENSAH = "Ana Quiroga", "Kofi Mensah-Bonsu"

UN_CASES = [
    # an outlet named with a foreign article is no candidate: "her" is the candidate named before
    ("The endorsement of Rebeca Grynspan for UN secretary-general led the papers, with El Observador calling it the "
     "biggest boost her campaign has had since Costa Rica nominated her.",
     {cand(GRYNSPAN), endorse(GRYNSPAN, "Costa Rica")}),
    ("Le Quotidien said the decision was the biggest boost her bid has had since Costa Rica nominated Rebeca Grynspan "
     "for UN secretary-general.", {cand(GRYNSPAN), endorse(GRYNSPAN, "Costa Rica")}),
    ("Die Rundschau reported that Ghana had nominated Kofi Mensah-Bonsu for UN secretary-general.",
     {cand(MENSAH), endorse(MENSAH, "Ghana")}),
    # a sitting office holder's surname in a sentence of the race is no candidate
    ('President Ana Quiroga thanked the Caribbean leaders. "She is the candidate of Costa Rica and of the region," '
     'Quiroga said of the race for UN secretary-general.', set()),
    ('President Ana Quiroga, who took office on 8 May, thanked the leaders. "Costa Rica backs Rebeca Grynspan. She is '
     'the candidate of Costa Rica," Quiroga said.', {endorse(GRYNSPAN, "Costa Rica"), cand(GRYNSPAN)}),
    ('Prime Minister Tomas Ferreira met the press on Monday. "Grossi is our man. He is the candidate of Argentina for '
     'UN secretary-general," Ferreira said.', {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    # ... a former office holder may be one
    ('Former President Ana Quiroga spoke in Lima. "I am the candidate of Peru for UN secretary-general," Quiroga said.',
     {cand(QUIROGA), endorse(QUIROGA, "Peru")}),
    ("Ana Quiroga, a former foreign minister, spoke in Lima. Peru nominated Quiroga for UN secretary-general on Monday.",
     {cand(QUIROGA), endorse(QUIROGA, "Peru")}),
    # chosen as another office
    ("The General Assembly on Thursday elected Rafael Grossi, a former diplomat of Argentina, as the next UN High "
     "Commissioner for Refugees.", set()),
    ("The Security Council appointed Michelle Bachelet as its new special envoy to Haiti.", set()),
    ("The General Assembly on Thursday appointed Rafael Grossi as UN refugee chief.", set()),
    ("The General Assembly on Thursday appointed Rafael Grossi as the new head of the refugee agency.", set()),
    # ... as the post, or the organisation's own head
    ("The General Assembly on Tuesday appointed Rafael Grossi as the next secretary-general of the United Nations.",
     {appoint(GROSSI)}),
    ("The General Assembly appointed Bachelet as its new chief on Tuesday.", {appoint(BACHELET)}),
    ("The General Assembly on Thursday appointed Rafael Grossi as the next UN chief.", {appoint(GROSSI)}),
    # a stance told in the pluperfect: the pronoun may be the candidate who has left since
    ("Grynspan remains in the race for UN secretary-general. Bachelet withdrew from the race on Friday. Russia had "
     "said in June that it would not support her.", {cand(GRYNSPAN), withdraw(BACHELET), oppose(BACHELET, "Russia")}),
    ("Grynspan remains in the race for UN secretary-general. Bachelet withdrew on Friday. China had backed her in the "
     "first straw poll.", {cand(GRYNSPAN), withdraw(BACHELET), endorse(BACHELET, "China")}),
    # ... a stance of now is on the one still in the race
    ("Grynspan remains in the race for UN secretary-general. Bachelet withdrew on Friday. Mexico said it would now "
     "back her.", {cand(GRYNSPAN), withdraw(BACHELET), endorse(GRYNSPAN, "Mexico")}),
    # a possessive opening a sentence after one about a person not in the race
    ("Names floated in recent months include Kristalina Ivanova and Mia Castillo, although neither has shown any "
     "interest in the UN post. Chile's politics could complicate Bachelet's bid. Chileans vote in November, and the "
     "far-right candidate Jose Antonio Kast, who leads several polls, has been critical of her record. His campaign "
     "declined to comment.", set()),
    ("Names floated in recent months include Kristalina Ivanova and Mia Castillo, although neither has shown any "
     "interest in the UN post. Chile's politics could complicate Bachelet's bid. Kast met the ambassadors on Monday. "
     "His campaign declined to comment.", set()),
    # ... the candidate the sentence before spoke of, or one of known sex
    ("Grossi is running for UN secretary-general. He flew to Moscow on Monday. Lavrov received him at the ministry. "
     "His campaign called the talks useful.", {cand(GROSSI)}),
    ("Names floated in recent months include Kristalina Ivanova and Mia Castillo, although neither has shown any "
     "interest in the UN post. Bachelet's bid has momentum. Chileans vote in November, and the far-right candidate "
     "Jose Antonio Kast, who leads several polls, has been critical of her record. Her campaign declined to comment.",
     {cand(BACHELET)}),
]

UN_CASES += [
    # a correction withdraws what an earlier version of the text said
    ("Correction: An earlier version of this story said Mexico had endorsed Grossi for UN secretary-general.", set()),
    ("A previous version of this article said that Peru backed Bachelet for UN secretary-general.", set()),
    ("The earlier report that Mexico had endorsed Grossi for UN secretary-general was correct, the ministry said.",
     {endorse(GROSSI, "Mexico")}),
    # support not announced, declared or voiced is a stance not taken; support not given is refused
    ("Mexico did not announce support for Grossi in the race for UN secretary-general.", set()),
    ("Peru never declared its backing for Bachelet in the race for UN secretary-general.", set()),
    ("Mexico announced its support for Grossi in the race for UN secretary-general.", {endorse(GROSSI, "Mexico")}),
    ("Mexico did not give its support to Grossi for UN secretary-general.", {oppose(GROSSI, "Mexico")}),
]

NATO_CASES = [
    ("De Standaard said the backing was the biggest boost his bid had had since the Netherlands nominated Mark Rutte "
     "for NATO secretary general.", {cand(RUTTE), endorse(RUTTE, "Netherlands")}),
    ("Le Figaro reported that Latvia had put forward Janis Ozols for NATO secretary general.",
     {cand("Janis Ozols"), endorse("Janis Ozols", "Latvia")}),
    ('Prime Minister Janis Ozols met the press. "He is the candidate of the Baltic states," Ozols said of the '
     'race for NATO secretary general.', set()),
    ("NATO allies appointed Mark Rutte as the new head of the Dutch mission.", set()),
    ("NATO allies appointed Mark Rutte as Special Envoy for the Sahel.", set()),
    ("NATO allies appointed Mark Rutte as Iraq's next president.", set()),
    ("NATO allies on Wednesday chose Mark Rutte as NATO's next chief.", {appoint(RUTTE)}),
    ("NATO allies appointed Mark Rutte as the alliance's next secretary general.", {appoint(RUTTE)}),
    ("The allies formally appointed Mark Rutte as the new head of NATO.", {appoint(RUTTE)}),
    ("Rutte is running for NATO secretary general. Iohannis quit the race on Monday. Hungary had said in May that it "
     "would not back him.", {cand(RUTTE), withdraw(IOHANNIS), oppose(IOHANNIS, "Hungary")}),
    ("Hungary did not voice support for Rutte's bid for NATO secretary general.", set()),
    ("A previous version of this article said that Hungary backed Rutte for NATO secretary general.", set()),
    ("Rutte is running for NATO secretary general. Iohannis quit the race on Monday. Hungary said it would back him.",
     {cand(RUTTE), withdraw(IOHANNIS), endorse(RUTTE, "Hungary")}),
]


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_precision(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_precision(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("article", ["La", "El", "Le", "Die", "Il", "Het"])
def test_any_article_opens_an_outlet(un_story, article):
    """Whatever the language's article, the outlet named with it is not whom "her" stands for."""
    text = (f"Costa Rica nominated Rebeca Grynspan for UN secretary-general. {article} Gaceta praised the choice, "
            "saying her campaign had momentum since Costa Rica nominated her.")
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == {cand(GRYNSPAN), endorse(GRYNSPAN, "Costa Rica")}
