"""Mechanisms added in the ninth round, each tested with invented sentences of both races (none
from a corpus), each with cases that must give an event and cases that must not:

- a negation binds to its own verb: in "has not changed its position and still supports Grossi" the
  second verb, finite or with auxiliaries of its own, is not negated; a bare one shares them;
- a candidate in apposition to one of a counted field ("Grossi, one of the four candidates, ...",
  "the last of the three contenders to speak") is in the race; a hedge keeps it out;
- a colon's list after a count of the field ("leaves three candidates: ...") names candidates in an
  article about the race, and not after an assessing word;
- the second of two verbs sharing a subject across a possessive ("announced his bid in November but
  pulled out in January") is the subject's withdrawal;
- states in apposition to a candidate's supporters ("Poland and Spain, Rutte's earliest backers,",
  "Brazil, one of the sponsors of her bid,") back the candidate; "counts X among his supporters" too;
  a guess ("one of his possible backers") or another role ("his host") does not;
- a place before a date does not hide it ("takes office in New York on January 1");
- with no object, a state's ended support ("withdrew its support in March") and a verb on "the
  candidacy" ("will no longer support the candidacy") are about the candidate in focus; a name the
  extractor only proposed is never made a candidate by such a stance about the one in focus;
- an unlisted name is proposed where a phrasal nominating verb is split by it ("Slovakia put Tomas
  Varga forward"), and a bare label before a name is part of the object ("nominated veteran diplomat X");
- a demonym standing for one person may be followed by a time or place ("endorsed the Uruguayan at a
  summit");
- "X did too", "did so as well", "said the same" repeat the stance just stated;
- an actor persuaded to act has not acted ("urged Turkey to back Rutte", "to encourage Biden to support");
- a state's act "in support of" a candidate ("have written to the Council in support of Alleyne"), not a
  noun's complement ("no statement by the German government in favour of"); the candidate as the
  first object of a giving verb ("gave him its endorsement");
- a demonym in the label before an unlisted name gives its state ("Former Czech foreign minister X"),
  for which "the Czech" (one person, unlike "the French") then stands;
- in a transcript interviewing a candidate, the questions' "you" is the candidate ("Q: Barbados
  nominated you in January"); an apposition may follow the candidate's origin ("X of Barbados, the
  first of three candidates to speak");
- an unlisted surname alone in a sentence of the race is the full name given in another sentence
  ("Desmond Carter met delegates. Barbados nominated Carter"), unless the article names another race;
  a day between a nominating verb and the name keeps the nominating state ("presented on Tuesday the
  candidacy of X": "the Uruguayan candidacy" is then hers);
- an explainer's heading may give the state after a comma ("Lucia Ferro, Uruguay."), and "her" before
  a time is the object ("nominated her last year"), not a possessive;
- an unlisted candidate keeps the article's spelling ("Tomáš Hrdlička", also where it is written
  without its accents).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"

NATO = [
    # a negation binds to its own verb
    ("Turkey has not changed its position and still backs Rutte.", {endorse(RUTTE, "Turkey")}),
    ("Hungary did not hesitate and endorsed Iohannis on Monday.", {endorse(IOHANNIS, "Hungary")}),
    ("Slovakia refused to comment and later backed Rutte.", {endorse(RUTTE, "Slovakia")}),
    ("Hungary has not and will not support Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Hungary did not veto Iohannis but does not support Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Turkey has not decided and could back Rutte.", set()),
    ("Romania has not endorsed anyone and may never back Rutte.", set()),
    # one of a counted field
    ("Kallas, one of the three candidates, spoke in Tallinn.", {cand(KALLAS)}),
    ("Iohannis, the last of the three contenders to declare, met Rutte.", {cand(IOHANNIS)}),
    ("Kallas, one of the possible candidates, spoke in Tallinn.", set()),
    # a colon's list after a count
    ("The withdrawal leaves two candidates: Rutte and Iohannis.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Analysts see two possible candidates: Rutte and Kallas.", set()),
    # a withdrawal sharing its subject across a possessive
    ("Iohannis announced his bid in November but pulled out in January.", {cand(IOHANNIS), withdraw(IOHANNIS)}),
    ("Kallas declared her candidacy in May and then withdrew from the race.", {cand(KALLAS), withdraw(KALLAS)}),
    ("Iohannis announced his bid in November but never pulled out.", {cand(IOHANNIS)}),
    ("Iohannis announced his bid in November and could pull out in June.", {cand(IOHANNIS)}),
    # supporters in apposition, counted among supporters
    ("Poland and Spain, Rutte's earliest backers, welcomed the news.", {endorse(RUTTE, "Poland"), endorse(RUTTE, "Spain")}),
    ("Rutte is a candidate. Estonia, one of the backers of his bid, welcomed the news.",
     {cand(RUTTE), endorse(RUTTE, "Estonia")}),
    ("Rutte counts the United States, Britain and France among his supporters.",
     {endorse(RUTTE, "United States"), endorse(RUTTE, "United Kingdom"), endorse(RUTTE, "France")}),
    ("Poland, one of Rutte's possible backers, welcomed the news.", set()),
    ("Poland, Rutte's host on Monday, welcomed the news.", set()),
    ("The Czech government nominated Tomáš Hrdlička for NATO secretary general. Slovakia backs Tomas Hrdlicka.",
     {cand("Tomáš Hrdlička"), endorse("Tomáš Hrdlička", "Czech Republic"), endorse("Tomáš Hrdlička", "Slovakia")}),
    ("Rutte counts Britain among his critics.", set()),
    # a place before the date
    ("Rutte takes office in Brussels on October 1.", {("takes_office", RUTTE, None)}),
    ("Rutte said he would take office in Brussels soon.", set()),
    # stances on the candidate in focus
    ("Rutte wants the job. Slovakia withdrew its support in March.", {cand(RUTTE), endorse(RUTTE, "Slovakia")}),
    ("Rutte wants the job. Slovakia said it would not support the candidacy.", {cand(RUTTE), oppose(RUTTE, "Slovakia")}),
    ("Rutte wants the job. Slovakia could support the candidacy if he visits.", {cand(RUTTE)}),
    ("Rutte wants the job. Slovakia supports the application to join the fund.", {cand(RUTTE)}),
    # (session 38: the bid of the one Romanian candidate the story lists, as "the Dutchman" is that one candidate;
    # the guide gives a stance on a bid to its candidate)
    ("Rutte wants the job. Turkey backs the Romanian bid.", {cand(RUTTE), endorse(IOHANNIS, "Turkey")}),
    # ellipsis
    ("Poland backs Rutte, and Spain did too.", {endorse(RUTTE, "Poland"), endorse(RUTTE, "Spain")}),
    ("Poland backs Rutte. Spain did so as well.", {endorse(RUTTE, "Poland"), endorse(RUTTE, "Spain")}),
    ("Poland backs Rutte. Spain did not.", {endorse(RUTTE, "Poland")}),
    # persuaded, not acting
    ("Sunak urged Turkey to back Rutte.", set()),
    ("London will use the visit to encourage Joe Biden to support Rutte.", set()),
    ("Turkey decided to back Rutte.", {endorse(RUTTE, "Turkey")}),
    # in support of; the candidate as first object
    ("Germany voted in favour of Iohannis at the meeting.", {endorse(IOHANNIS, "Germany")}),
    ("We found no statement by the German government in favour of Iohannis.", set()),
    ("Poland gave Rutte its full backing on Monday.", {endorse(RUTTE, "Poland")}),
    ("Poland gave Rutte its answer on Monday.", set()),
    # a demonym label gives an unlisted candidate's state
    ("Former Czech foreign minister Tomas Hrdlicka said he would seek the post of NATO secretary general. "
     "Lithuania is leaning towards the Czech.",
     {cand("Tomas Hrdlicka"), ("endorsement", "Tomas Hrdlicka", "Lithuania")}),
    ("Former Czech foreign minister Tomas Hrdlicka said he would seek the post of NATO secretary general. "
     "The French are cool on him.", {cand("Tomas Hrdlicka")}),
]

UN = [
    ("Panama says it has not changed its position and still supports Bachelet.", {endorse(BACHELET, "Panama")}),
    ("Brazil has not wavered and backs Bachelet.", {endorse(BACHELET, "Brazil")}),
    ("Argentina has not and will not endorse Bachelet.", {oppose(BACHELET, "Argentina")}),
    ("Russia would not veto Grossi and back Bachelet.", {oppose(BACHELET, "Russia")}),
    ("Chile has not decided and might support Grossi.", set()),
    ("Grossi, the first of the four candidates to appear, spoke of reform.", {cand(GROSSI)}),
    ("Bachelet, one of two candidates from Latin America, met the Council.", {cand(BACHELET)}),
    ("Bachelet, one of the likely candidates, met the Council.", set()),
    ("Her exit leaves three candidates: Grossi, Bachelet and a late entrant.", {cand(GROSSI), cand(BACHELET)}),
    ("Diplomats name three potential candidates: Grossi, Bachelet and Mottley.", set()),
    ("Bachelet announced her bid in September but pulled out in March.", {cand(BACHELET), withdraw(BACHELET)}),
    ("Brazil and Mexico, Bachelet's co-sponsors, moved quickly.", {endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("Argentina, the main champion of Grossi's candidacy, said nothing.", {endorse(GROSSI, "Argentina")}),
    ("Grossi counts Italy among his backers.", {endorse(GROSSI, "Italy")}),
    ("Argentina, Grossi's likely backer, said nothing.", set()),
    ("Grossi takes office in New York on January 1.", {("takes_office", GROSSI, None)}),
    ("Bachelet wants the top UN job. Chile's government withdrew its support in March.",
     {cand(BACHELET), endorse(BACHELET, "Chile")}),
    ('Bachelet wants the top UN job. Chile said it "will no longer support" the candidacy.',
     {cand(BACHELET), oppose(BACHELET, "Chile")}),
    # an unlisted candidate: a split phrasal verb, a bare label, a demonym noun before a place
    ("Slovakia put Tomas Varga forward for secretary-general last month.",
     {cand("Tomas Varga"), endorse("Tomas Varga", "Slovakia")}),
    ("Ghana has nominated veteran diplomat Kofi Mensah to be the next UN secretary-general.",
     {cand("Kofi Mensah"), endorse("Kofi Mensah", "Ghana")}),
    ("Uruguay nominated Lucia Ferro for secretary-general. The Caribbean Community endorsed the Uruguayan at a summit.",
     {cand("Lucia Ferro"), endorse("Lucia Ferro", "Uruguay"), endorse("Lucia Ferro", "CARICOM")}),
    ("Uruguay nominated Lucia Ferro for secretary-general. Paraguay backs her, and Bolivia did too.",
     {cand("Lucia Ferro"), endorse("Lucia Ferro", "Uruguay"), endorse("Lucia Ferro", "Paraguay"),
      endorse("Lucia Ferro", "Bolivia")}),
    ("Slovakia put its weight forward in the debate on the UN secretary-general.", set()),
    ("Barbados nominated Desmond Carter for secretary-general. The Caribbean Community gave him its endorsement, and "
     "Jamaica and Guyana have written to the Council in support of Mr Carter.",
     {cand("Desmond Carter"), endorse("Desmond Carter", "Barbados"), endorse("Desmond Carter", "CARICOM"),
      endorse("Desmond Carter", "Jamaica"), endorse("Desmond Carter", "Guyana")}),
    ("Interview: Desmond Carter on his bid for UN secretary-general\nQ: Barbados nominated you in January, and "
     "CARICOM endorsed you last month. Why run?\nA: Because small states deserve a voice.\n"
     "Q: Does Washington back you?\nA: Ghana and Kenya back me.",
     {cand("Desmond Carter"), endorse("Desmond Carter", "Barbados"), endorse("Desmond Carter", "CARICOM"),
      endorse("Desmond Carter", "Ghana"), endorse("Desmond Carter", "Kenya")}),
    ("Interview: Argentina's foreign minister on the race for UN secretary-general\nQ: Do you back Grossi?\n"
     "A: We nominated him and we back him.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Bachelet of Chile, the first of three candidates to speak, called for reform.", {cand(BACHELET)}),
    ("A guide to the candidates for secretary-general\nDesmond Carter, Barbados. The diplomat was nominated by "
     "Barbados in January. Ghana supports him.\nLucia Ferro, Uruguay. The economist heads a think tank. Uruguay "
     "nominated her last year and Paraguay supports her.",
     {cand("Desmond Carter"), endorse("Desmond Carter", "Barbados"), endorse("Desmond Carter", "Ghana"),
      cand("Lucia Ferro"), endorse("Lucia Ferro", "Uruguay"), endorse("Lucia Ferro", "Paraguay")}),
    ("A guide to the candidates for secretary-general\nDesmond Carter, Barbados. The diplomat met the Council.", set()),
    ("Bachelet wants the top UN job. Chile praised her last speech.", {cand(BACHELET)}),
    # a second reading's cases: none of these is the event the mechanisms above read
    ("Rafael Grossi said that Michelle Bachelet's campaign had stalled and then dropped out of the race.", set()),
    ("Hungary has not lifted its veto and backed Grossi.", set()),
    ("Hungary never said it had changed its position and supports Grossi.", set()),
    ("Turkey condemned the protests in support of Bachelet.", set()),
    ("Germany blocked a letter in support of Bachelet.", set()),
    ("Bachelet wants the top UN job. Chile backs the rival bid.", {cand(BACHELET)}),
    ("Bachelet wants the top UN job. Chile supports the nomination process.", {cand(BACHELET)}),
    # (an ended stance states the earlier one, the guide: the backing as it was, status ended; session 27)
    ("Hungary, Grossi's former backer, said nothing.", {("endorsement", "Rafael Grossi", "Hungary")}),
    ("Rafael Grossi counts the United States and France among his potential supporters.", set()),
    ("Ana Lopez, one of the candidates' advisers, said the race was open.", set()),
    ("Ana Lopez, neither of the candidates, spoke at the debate.", set()),
    ("Argentina gave Grossi the green light to inspect the sites.", set()),
    ("Interview: Desmond Carter on his bid for UN secretary-general\nQ: Guyana backs you, doesn't it?\n"
     "A: We will see.\nQ: Reports say Jamaica backs you. Is that true?\nA: Ask Kingston.", set()),
    ("Desmond Carter met delegates of the Group of 77 on Monday. Barbados nominated Carter for secretary-general "
     "in January. Jamaica backs Carter.",
     {cand("Desmond Carter"), endorse("Desmond Carter", "Barbados"), endorse("Desmond Carter", "Jamaica")}),
    ("Desmond Carter met delegates on Monday, before the vote for President of the European Commission. Barbados nominated "
     "Carter in January.", set()),
    ("The Uruguayan government presented on Tuesday the candidacy of Lucia Ferro for secretary-general. "
     "Paraguay said it will support the Uruguayan candidacy.",
     {cand("Lucia Ferro"), endorse("Lucia Ferro", "Uruguay"), endorse("Lucia Ferro", "Paraguay")}),
    ("Bachelet of Chile, one of the possible candidates, called for reform.", set()),
    ("Barbados nominated Desmond Carter for secretary-general. The Assembly will vote in support of the budget.",
     {cand("Desmond Carter"), endorse("Desmond Carter", "Barbados")}),
    # the foreign minister, proposed as a name in a sentence about a candidacy, is no candidate
    ('The top UN job is open. Foreign Minister Ana Sol Ortiz said that Chile "will no longer support" the candidacy.',
     set()),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:50] for c in NATO])
def test_round7_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, dt.date(2024, 5, 16)) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:50] for c in UN])
def test_round7_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 3, 10)) == expected
