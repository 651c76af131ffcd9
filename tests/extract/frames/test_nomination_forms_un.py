"""How writers of the UN race say things, read by general mechanisms (session 11), each with invented
sentences of both races where the mechanism is not the UN's own, and cases that must give no event:

- a candidacy made "in" something that says how or where ("in a letter to the President of the General
  Assembly", "in an interview", "in a video") is one; "in" another contest ("a candidate in the
  presidential election") still is not;
- the person's name as what a state puts forward ("put forward her name", "submitted the name of X");
- a possessed bid in the passive with its state ("Grossi's candidacy was formally submitted by Argentina");
- "the Permanent Mission of Chile" is a state's office, never a new candidate's name;
- the Security Council's recommendation "for appointment as" the post, an appointment "for a five-year
  term";
- support said with "rallied around", "lobbied hard for", "pushed for"; "threatened to veto" states the
  opposition;
- a candidate's role that holds a name of the post or of a body ("the head of the UN nuclear watchdog",
  "the former UN human rights chief") is the candidate, not the post;
- the holder's own term ("Guterres's second term ends") is the post's, not another race;
- a state's act of opposition needs no possessive ("after an American veto"), a camp does ("the Russian
  opposition"); a stance feared or to be averted ("she fears a US veto") is none;
- "vying to succeed", "jostling for" the post; the later items of a list of the candidates with their origins
  ("X of Argentina and Y of Chile");
- opposition made known by a giving verb ("made no secret of its opposition to"); a nomination or support
  maintained or ratified; an appointment "by acclamation";
- a straw poll's "votes to encourage"; an opposition noun "from" its state ("the discourage vote against X came from
  the United States"); the candidate thanking a state "for its support"; an appointment "to a five-year term";
  "X, whose candidacy Argentina formalised".
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP as appoint, CAND as cand, E as endorse, O as oppose
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"

NATO = [
    # a candidacy made in a letter, an interview; not in another contest
    ("Iohannis announced his candidacy in an interview with a Romanian broadcaster.", {cand(IOHANNIS)}),
    ("Romania presented the candidacy of Klaus Iohannis in a letter to the allies.", {
        cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
    ("Iohannis announced his candidacy in the presidential election of 2014.", set()),
    ("Iohannis was a candidate in the 2019 election.", set()),
    # the name put forward
    ("The Dutch government put forward Rutte's name in February.", {cand(RUTTE), endorse(RUTTE, "Netherlands")}),
    ("Romania submitted the name of Klaus Iohannis for the post.", {cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
    ("Romania gave a square the name of Klaus Iohannis.", set()),
    # the possessed bid in the passive
    ("Rutte's candidacy was formally submitted by the Netherlands in November.", {
        cand(RUTTE), endorse(RUTTE, "Netherlands")}),
    ("Rutte's candidacy has not yet been submitted by the Netherlands.", set()),
    # support verbs
    ("Poland rallied around Rutte.", {endorse(RUTTE, "Poland")}),
    ("Most allies rallied around Rutte.", set()),
    ("Washington lobbied hard for Rutte.", {endorse(RUTTE, "United States")}),
    ("Hungary threatened to veto Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Hungary never threatened to veto Rutte.", set()),
    # the holder's term
    ("Rutte will take office on October 1, when Stoltenberg's second term ends.", {("takes_office", RUTTE, None)}),
    ("Rutte won a second term as prime minister in 2017, with Germany backing him.", set()),
    # an act needs no possessive
    ("Klaus Iohannis was a candidate. He withdrew after a Hungarian veto.", {
        cand(IOHANNIS), ("withdrawal", IOHANNIS, None), oppose(IOHANNIS, "Hungary")}),
    ("Klaus Iohannis was a candidate. He fears a Hungarian veto.", {cand(IOHANNIS)}),
    ("Klaus Iohannis was a candidate. The Hungarian opposition praised him.", {cand(IOHANNIS)}),
    # a list with origins; vying to
    ("The candidates are Mark Rutte of the Netherlands and Klaus Iohannis of Romania.", {cand(RUTTE), cand(IOHANNIS)}),
    ("The possible candidates are Mark Rutte of the Netherlands and Klaus Iohannis of Romania.", set()),
    ("Rutte and Iohannis are both vying to succeed Stoltenberg.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Iohannis battled to contain the crisis.", set()),
    # giving verbs of opposition
    ("Hungary made no secret of its opposition to Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Hungary has not voiced its opposition to Rutte.", set()),
    # from its state; thanked; whose candidacy
    ("The objection to Rutte came from Hungary.", {oppose(RUTTE, "Hungary")}),
    ("The objection to Rutte could come from Hungary.", set()),
    ("Rutte thanked Poland for its support.", {endorse(RUTTE, "Poland")}),
    ("Rutte thanked Poland for its support on Ukraine.", set()),
    ("Rutte thanked Poland for its hospitality.", set()),
    ("Klaus Iohannis, whose candidacy Romania announced in March, met Biden.", {
        cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
    ("Klaus Iohannis, whose candidacy Hungary criticised in March, met Biden.", set()),
]

UN = [
    # a candidacy made in a letter
    ("Argentina formally presented the candidacy of Rafael Grossi in a letter to the Presidents of the General "
     "Assembly and the Security Council.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Bachelet launched her bid in a video on Monday.", {cand(BACHELET)}),
    ("Bachelet announced her candidacy in the Chilean presidential election of 2013.", set()),
    ("Grossi was a candidate in the 2019 IAEA election.", set()),
    ("The President of the General Assembly circulated a letter on the selection process.", set()),
    # the name put forward
    ("In a joint letter, Brazil and Mexico put forward Bachelet's name.", {
        cand(BACHELET), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("Chile put forward the name of Michelle Bachelet.", {cand(BACHELET), endorse(BACHELET, "Chile")}),
    ("Argentina has not yet put forward Grossi's name.", set()),
    ("Chile named a street after Bachelet.", set()),
    # the possessed bid in the passive
    ("Grossi's candidacy was formally submitted by Argentina last November.", {
        cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Grossi met Milei. His candidacy was submitted by Argentina.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Grossi's candidacy could be presented by Argentina.", set()),
    ("Bachelet's nomination was confirmed by the Assembly.", {appoint(BACHELET)}),
    # the Permanent Mission is no one's name
    ("The Permanent Mission of Argentina submitted the nomination of Rafael Grossi on Monday.", {
        cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("The Permanent Mission of Chile hosted a reception for the candidates.", set()),
    # the recommendation, the appointment
    ("The Security Council recommended Rafael Grossi for appointment as Secretary-General.", {appoint(GROSSI)}),
    ("The Security Council unanimously recommended Grossi to the General Assembly for appointment as the next "
     "Secretary-General.", {appoint(GROSSI)}),
    ("The General Assembly appointed Grossi for a five-year term starting on 1 January 2027.", {appoint(GROSSI)}),
    ("The Council is expected to recommend Bachelet for appointment as Secretary-General.", set()),
    ("Brazil recommended Bachelet for appointment as Secretary-General.", set()),
    ("The Security Council recommended Grossi for election as IAEA director general in 2019.", set()),
    # support verbs
    ("Spain rallied around Grossi.", {endorse(GROSSI, "Spain")}),
    ("Latin American states rallied around Bachelet.", set()),
    ("Milei has lobbied hard for Grossi.", {endorse(GROSSI, "Argentina")}),
    ("Mexico has pushed hard for Bachelet since March.", {endorse(BACHELET, "Mexico")}),
    ("Brazil pushed for a woman to lead the UN.", set()),
    ("The United States threatened to veto Bachelet.", {oppose(BACHELET, "United States")}),
    ("Russia threatened to veto any Western candidate.", set()),
    ("Russia could threaten to veto Grossi.", set()),
    # a role holding a name of the post or a body
    ("Rafael Grossi is a candidate. Spain backs the head of the UN nuclear watchdog.", {
        cand(GROSSI), endorse(GROSSI, "Spain")}),
    ("Michelle Bachelet is a candidate. China opposes the former UN human rights chief.", {
        cand(BACHELET), oppose(BACHELET, "China")}),
    ("Rafael Grossi is a candidate. China opposes the former UN human rights chief.", {cand(GROSSI)}),
    ("Rafael Grossi is a candidate. Spain backs the head of the UN.", {cand(GROSSI)}),
    # the holder's term
    ("The General Assembly appointed Rafael Grossi as secretary-general on Tuesday. He will take office on January 1, "
     "replacing Antonio Guterres, whose second term ends on December 31.", {appoint(GROSSI), ("takes_office", GROSSI, None)}),
    ("Bachelet won a second term as president of Chile in 2013, with Brazil backing her.", set()),
    # an act needs no possessive; a feared one is none
    ("Michelle Bachelet was a candidate. She withdrew in October after an American veto in the straw polls.", {
        cand(BACHELET), ("withdrawal", BACHELET, None), oppose(BACHELET, "United States")}),
    ("Michelle Bachelet was a candidate. She fears a US veto.", {cand(BACHELET)}),
    ("Michelle Bachelet was a candidate. She fears Russia's veto.", {cand(BACHELET)}),
    ("Michelle Bachelet was a candidate. Russia's veto is feared.", {cand(BACHELET)}),
    ("Michelle Bachelet was a candidate. The US veto power looms over the race.", {cand(BACHELET)}),
    # a list with origins; vying to
    ("The official candidates are Rafael Grossi of Argentina and Michelle Bachelet of Chile.", {
        cand(GROSSI), cand(BACHELET)}),
    ("The candidates are Rafael Grossi (Argentina) and Michelle Bachelet (Chile).", {cand(GROSSI), cand(BACHELET)}),
    ("The candidates are Rafael Grossi of Argentina and Michelle Bachelet's former deputy.", {cand(GROSSI)}),
    ("Grossi is jostling for the UN's top job.", {cand(GROSSI)}),
    ("Bachelet competed to host the summit.", set()),
    # giving verbs; maintained; by acclamation
    ("Beijing has made no secret of its opposition to Bachelet.", {oppose(BACHELET, "China")}),
    ("Russia could voice its opposition to Grossi.", set()),
    ("Russia voiced its opposition to sanctions, Grossi said.", set()),
    ("Milei's government ratified its support for Grossi.", {endorse(GROSSI, "Argentina")}),
    ("Brazil and Mexico maintained their nomination of Bachelet.", {
        cand(BACHELET), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("Argentina maintained its position on the Falklands, Grossi said.", set()),
    ("Grossi was appointed by acclamation on Friday.", {appoint(GROSSI)}),
    ("Grossi is expected to be appointed by acclamation.", set()),
    ("Grossi was elected IAEA director general by consensus in 2019.", set()),
    # straw polls; from its state; thanked; a term; whose candidacy
    ("In the July straw poll Grossi received 11 votes to encourage, two to discourage and two with no opinion.", {
        cand(GROSSI)}),
    ("The Council will hold a straw poll in July, Grossi said.", set()),
    ("Diplomats said the discourage vote against Bachelet came from the United States.", {
        oppose(BACHELET, "United States")}),
    ("Diplomats said the discourage vote against Bachelet did not come from the United States.", set()),
    ("Grossi thanked Italy for its support.", {endorse(GROSSI, "Italy")}),
    ("Grossi thanked Italy for its support for the IAEA's work in Ukraine.", set()),
    ("The Assembly appointed Grossi to a five-year term beginning on 1 January 2027.", {appoint(GROSSI)}),
    ("The Assembly appointed Grossi to a panel on reform.", set()),
    ("Grossi, whose candidacy Argentina formalised in November, met Council members.", {
        cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Grossi, whose candidacy Argentina has not yet formalised, met Council members.", set()),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:50] for c in NATO])
def test_un11_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, dt.date(2024, 5, 16)) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:50] for c in UN])
def test_un11_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 3, 12)) == expected
