"""Lists, enumerations and nomination forms (round 12), each tested with invented sentences of both races
(none from a corpus), each with cases that must give an event and cases that must not:

- an explainer's section whose fragment is only the nomination, its colon left out ("Formally
  nominated by Romania in March.", "Nominated jointly by A and B, a first for the region."): the
  candidacy of the section's person and the backing of each state; not the fragment naming another aim
  ("Nominated by Romania for the Charlemagne Prize."), nor a participle opening a clause of something
  else ("Nominated by France, the resolution passed."); a heading with the age after the state
  ("Lucia Ferro (Uruguay), 58") names the unlisted person of the section;
- "X, the candidate of A and B" / "X remains the joint candidate of A and B": the candidacy and each
  state's backing; not "the favoured candidate of" (an assessment) nor a party's candidate;
- a passive nomination inside a relative clause keeps its agent ("X, 64, who was nominated by Peru,
  spoke"); a relative after the name's apposition ("X, the former minister whom Riga nominated in May");
  a nomination "in April as the group's candidate" is no other aim;
- a counted field on the ballot before its colon ("Five candidates are on the ballot: X of Chile,
  nominated by Brazil; Y ..."): the first item too, with its origin and its nominating states; not a
  field only expected;
- a bid as the subject of a passive whose agent carries it ("X, whose candidacy is now carried by A
  and B"): the candidacy and each state's backing; not a speech carried by television;
- an ended nomination ("the new government withdrew Chile's nomination", "withdrew its nomination"): the
  state's backing, ended; a stance kept ("Brazil kept its nomination", "B and C have kept theirs" after a
  sentence stating a stance): the backing; not a promise kept, nor "theirs" with no stance before;
- a counted field of the race stated as fact ("Two candidates remain in the race.", "The five people vying
  to lead the UN ..."): the candidates named at the opening of the sentences after it, up to that count
  (an unlisted one too); not a field only expected, not people who are no field, not one name more than
  the count; "entered as the candidate of A and B": the candidacy and each state's backing, not "ran as
  the candidate of the Socialist Party" nor "entered the room as the guest of".
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KARINS, RINKEVICS = "Mark Rutte", "Klaus Iohannis", "Krisjanis Karins", "Edgars Rinkevics"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"

NATO = [
    # a fact sheet's nomination fragment
    ("The contenders.\n\nKlaus Iohannis (Romania), 64\nPresident of Romania since 2014. Formally nominated by Romania in March.",
     {cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
    ("The contenders.\n\nKrisjanis Karins (Latvia)\nA former prime minister. Nominated jointly by Latvia and Estonia, "
     "a rare show of Baltic unity.", {cand(KARINS), endorse(KARINS, "Latvia"), endorse(KARINS, "Estonia")}),
    ("The contenders.\n\nKlaus Iohannis (Romania), 64\nPresident of Romania since 2014. Nominated by Romania for the "
     "Charlemagne Prize.", set()),
    ("Mark Rutte met allies in Brussels. Nominated by France, the resolution on Ukraine passed on Tuesday.", set()),
    ("Mark Rutte met allies in Brussels. Backed by Poland.", set()),
    # the candidate of states
    ("Iohannis, the candidate of Romania and Bulgaria, spoke in Brussels.", {
        cand(IOHANNIS), endorse(IOHANNIS, "Romania"), endorse(IOHANNIS, "Bulgaria")}),
    ("Karins remains the joint candidate of Latvia and Lithuania.", {
        cand(KARINS), endorse(KARINS, "Latvia"), endorse(KARINS, "Lithuania")}),
    ("Rutte, the favoured candidate of Washington, spoke in Brussels.", {cand(RUTTE)}),
    ("Rutte was the candidate of the liberal party in the 2010 election.", set()),
    # relative clauses
    ("Karins, 59, who was nominated by Latvia, met Biden on Monday.", {cand(KARINS), endorse(KARINS, "Latvia")}),
    ("Karins, who was nominated by Latvia for the Nobel peace prize, met Biden.", set()),
    ("Rinkevics, the Latvian president whom Riga nominated in May, met Biden.", {
        cand(RINKEVICS), endorse(RINKEVICS, "Latvia")}),
    ("Rinkevics, the Latvian president whom parliament elected in 2023, met Biden.", set()),
    # ended and kept nominations
    ("Klaus Iohannis entered the race in March. In June the new government withdrew Romania's nomination.", {
        cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
    ("Klaus Iohannis entered the race in March. In June Romania withdrew its ambassador.", {cand(IOHANNIS)}),
    ("Mark Rutte entered the race in October. Poland then withdrew its support, but Spain and Italy kept theirs.", {
        cand(RUTTE), endorse(RUTTE, "Poland"), endorse(RUTTE, "Spain"), endorse(RUTTE, "Italy")}),
    ("Mark Rutte entered the race in October. He met allies in Brussels. Spain and Italy kept theirs.", {cand(RUTTE)}),
    ("Mark Rutte entered the race in October. Spain kept its promise to raise defence spending.", {cand(RUTTE)}),
    # a counted field and its members
    ("Two candidates remain in the race. Rutte, the Dutch premier, met Biden on Monday. Iohannis, the Romanian "
     "president, met Orban.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Two candidates could emerge in the race. Rutte met Biden on Monday. Iohannis met Orban.", set()),
    ("Three people were in the room. Rutte met Biden on Monday.", set()),
    ("Two candidates remain in the race. Rutte met Biden on Monday. Iohannis met Orban. Karins, the Latvian "
     "minister, met Scholz.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Rutte met Biden on Monday. Iohannis met Orban.", set()),
    # entering as the candidate of states
    ("Iohannis met Orban on Monday. He entered as the candidate of Romania and Bulgaria.", {
        cand(IOHANNIS), endorse(IOHANNIS, "Romania"), endorse(IOHANNIS, "Bulgaria")}),
    ("Rutte stood as the candidate of the liberal party in 2010.", set()),
]

UN = [
    # a fact sheet's nomination fragment, of a person the story does not list
    ("Who is running.\n\nLucia Ferro (Uruguay), 58\nA former foreign minister. Nominated by Uruguay in January.", {
        cand("Lucia Ferro"), endorse("Lucia Ferro", "Uruguay")}),
    ("Who is running.\n\nRafael Grossi (Argentina), 64\nHead of the IAEA. Nominated by Argentina's government under "
     "President Milei; Paraguay backs him too.", {cand(GROSSI), endorse(GROSSI, "Argentina"), endorse(GROSSI, "Paraguay")}),
    ("Who is running.\n\nLucia Ferro (Uruguay), 58\nA former foreign minister who chairs a bank's board.", set()),
    ("Who is running.\n\nRafael Grossi (Argentina), 64\nHead of the IAEA. Nominated by Argentina for a peace prize.", set()),
    # the candidate of states
    ("Grossi will face Bachelet, the candidate of Chile, Brazil and Mexico, in the straw polls.", {
        cand(BACHELET), endorse(BACHELET, "Chile"), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("Bachelet was the candidate of the Socialist Party in 2013.", set()),
    # relative clauses
    ("Grossi, 64, who was nominated by Argentina, spoke to the General Assembly.", {
        cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Bachelet, who was honoured by Mexico for her work, spoke to the General Assembly.", set()),
    # a counted field, its first item with its nominating states
    ("Four candidates are on the ballot: Bachelet of Chile, nominated by Brazil and Peru; Grossi of Argentina; and "
     "Lucia Ferro, a former Uruguayan minister whom Montevideo nominated in March as the region's candidate.", {
        cand(BACHELET), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Peru"), cand(GROSSI), cand("Lucia Ferro"),
        endorse("Lucia Ferro", "Uruguay")}),
    ("Five candidates are expected: Bachelet and Grossi may be joined by others.", set()),
    ("Three speakers are on the list: Bachelet, Grossi and the Chilean ambassador.", set()),
    # a bid carried
    ("Bachelet, whose candidacy is now carried by Brazil and Peru, spoke in Geneva.", {
        cand(BACHELET), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Peru")}),
    ("Bachelet, whose speech was carried by Brazilian television, spoke in Geneva.", set()),
    ("Grossi's proposal on Iran was carried by France at the IAEA board.", set()),
    # ended and kept nominations
    ("Michelle Bachelet is a candidate. Then Chile withdrew its nomination, saying it would no longer back her. "
     "Brazil and Peru have kept theirs.", {
         cand(BACHELET), endorse(BACHELET, "Chile"), ("opposition", BACHELET, "Chile"), endorse(BACHELET, "Brazil"),
         endorse(BACHELET, "Peru")}),
    ("Michelle Bachelet is a candidate. Brazil has kept its nomination.", {cand(BACHELET), endorse(BACHELET, "Brazil")}),
    ("Michelle Bachelet is a candidate. She spoke in Geneva on Monday. Brazil and Peru have kept theirs.", {cand(BACHELET)}),
    ("Michelle Bachelet is a candidate. Peru kept its promise to cut tariffs.", {cand(BACHELET)}),
    # a counted field and its members, an unlisted one too
    ("Four candidates remain after the first straw poll. Lucia Ferro, the Uruguayan diplomat, spoke first. "
     "Grossi was asked about Iran.", {cand("Lucia Ferro"), cand(GROSSI)}),
    ("The five people vying to lead the UN spoke on Tuesday. Bachelet and Grossi answered questions on Iran.", {
        cand(BACHELET), cand(GROSSI)}),
    ("Five candidates are expected to enter later. Lucia Ferro, a Uruguayan diplomat, spoke first.", set()),
    ("Bachelet and Grossi answered questions on Iran.", set()),
    # entering as the candidate of states
    ("Bachelet spoke in Geneva. She entered as the candidate of Chile and Peru.", {
        cand(BACHELET), endorse(BACHELET, "Chile"), endorse(BACHELET, "Peru")}),
    ("Bachelet entered the room as the guest of Brazil.", set()),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:50] for c in NATO])
def test_round12_lists_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, dt.date(2024, 5, 16)) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:50] for c in UN])
def test_round12_lists_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 3, 10)) == expected
