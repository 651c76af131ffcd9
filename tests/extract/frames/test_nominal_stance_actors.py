"""Nominal stances and actor forms (round 23, issue 12: the family recurred in blind sets 19, 20 and 21).

- a stance noun after a word saying its holder made it known ("the United States' stated opposition to her
  candidacy", "Hungary's declared opposition"), and an opposition noun with its holder after "of" and its object
  after "to" ("the stated opposition of Russia to her bid");
- the states named beside a candidate's supporters: with a place after the noun ("her supporters in the region,
  A and B"), a partial list ("her backers, including A and B"), the supporters "of" the candidate ("the main
  supporters of X, A and B"), whatever the main verb after the apposition does ("..., had hoped she would win");
- the states in apposition to the supporters of the bid in focus ("A and B, co-sponsors of the nomination since
  September, ...", "the nomination's co-sponsors, A and B, ...").

Both races, invented paraphrases (never a corpus sentence), about half near-misses that must give no event."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import E, O, event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 4, 12), dt.date(2026, 6, 12)


CASES = [
    # ---- a stance noun its holder made known
    ("nato", "Mark Rutte was hurt by Hungary's declared opposition to his candidacy.", {O("Mark Rutte", "Hungary")}),
    ("nato", "Mark Rutte met the press. Turkey's stated opposition worried his team.", {O("Mark Rutte", "Turkey")}),
    ("un", "Michelle Bachelet's campaign suffered from the United States' stated opposition to her candidacy, which "
           "Washington made public in March.", {O("Michelle Bachelet", "United States")}),
    ("un", "Rafael Grossi thanked Italy for its avowed support for his bid.", {E("Rafael Grossi", "Italy")}),
    ("un", "The stated opposition of Russia to Rebeca Grynspan's candidacy surprised nobody.",
     {O("Rebeca Grynspan", "Russia")}),
    ("nato", "Klaus Iohannis faced the declared opposition of France to his bid.", {O("Klaus Iohannis", "France")}),
    ("un", "Rebeca Grynspan noted the declared support of Kenya for her campaign.", {E("Rebeca Grynspan", "Kenya")}),
    # near-misses: a stated stance on a policy, a stated aim, a declared candidate, a stance not (yet) held
    ("nato", "Turkey's stated opposition to the new climate policy worried Mark Rutte.", set()),
    ("un", "Chile's stated aim of reforming the Council pleased Michelle Bachelet.", set()),
    ("un", "The stated opposition of Russia to the sanctions regime was discussed with Rebeca Grynspan.", set()),
    ("nato", "Mark Rutte said the declared opposition of some allies to his bid would fade.", set()),
    ("un", "Without the declared support of Kenya for her bid, Rebeca Grynspan would struggle.", set()),
    # ---- the states beside a candidate's supporters: a place, a partial list, "of" the candidate
    ("un", "Rebeca Grynspan lost the straw poll. Her supporters in the region, Panama and Belize, had hoped for "
           "more.", {E("Rebeca Grynspan", "Panama"), E("Rebeca Grynspan", "Belize")}),
    ("un", "Michelle Bachelet's backers, including Paraguay and Ecuador, met in Geneva.",
     {E("Michelle Bachelet", "Paraguay"), E("Michelle Bachelet", "Ecuador")}),
    ("un", "Rafael Grossi's sponsors abroad, among them Peru and Bolivia, said little.",
     {E("Rafael Grossi", "Peru"), E("Rafael Grossi", "Bolivia")}),
    ("un", "The main supporters of Michelle Bachelet, Jamaica and Guyana, would like a vote soon.",
     {E("Michelle Bachelet", "Jamaica"), E("Michelle Bachelet", "Guyana")}),
    ("nato", "The earliest backers of Mark Rutte, Denmark and Norway, had hoped for a quick decision.",
     {E("Mark Rutte", "Denmark"), E("Mark Rutte", "Norway")}),
    ("nato", "Klaus Iohannis's supporters at NATO, notably Bulgaria, may soon waver.", {E("Klaus Iohannis", "Bulgaria")}),
    # near-misses: critics, supporters of something else, the place a state, possible or former supporters, a
    # rival's supporters
    ("un", "Rebeca Grynspan lost the straw poll. Her critics in the region, Panama and Belize, had hoped for more.",
     set()),
    ("un", "Rebeca Grynspan lost the straw poll. Supporters of the climate deal, including Panama and Belize, met.",
     set()),
    ("un", "The main supporters of the climate deal, Panama and Belize, met Rebeca Grynspan.", set()),
    ("un", "Rebeca Grynspan's supporters in the region met Panama and Belize on Monday.", set()),
    ("un", "Michelle Bachelet's possible backers, including Paraguay and Ecuador, met in Geneva.", set()),
    ("nato", "The main supporters of Mark Rutte's rival, Hungary and Slovakia, met on Monday.", set()),
    # ---- the supporters of the bid in focus
    ("un", "Rebeca Grynspan lost the straw poll. Belize and Honduras, co-sponsors of the nomination since March, "
           "welcomed the result.", {E("Rebeca Grynspan", "Belize"), E("Rebeca Grynspan", "Honduras")}),
    ("un", "Michelle Bachelet spoke in Geneva. The nomination's co-sponsors, Jamaica and Guyana, said nothing.",
     {E("Michelle Bachelet", "Jamaica"), E("Michelle Bachelet", "Guyana")}),
    ("nato", "Mark Rutte gained ground. Poland, an early supporter of the candidacy, was pleased.",
     {E("Mark Rutte", "Poland")}),
    ("un", "Rafael Grossi held a hearing. Peru and Bolivia, the main backers of the bid, would not comment.",
     {E("Rafael Grossi", "Peru"), E("Rafael Grossi", "Bolivia")}),
    # near-misses: supporters of a resolution or a reform, possible or former supporters
    ("un", "Rebeca Grynspan lost the straw poll. Belize and Honduras, co-sponsors of the resolution, welcomed it.",
     set()),
    ("un", "Rebeca Grynspan lost the straw poll. Belize and Honduras, supporters of the reform, welcomed it.", set()),
    ("un", "Rafael Grossi held a hearing. Peru and Bolivia, possible backers of the bid, would not comment.", set()),
    ("nato", "Mark Rutte gained ground. Poland, a former supporter of the candidacy, said nothing.", set()),
    # ---- a bid named by its state's demonym is that state's candidate's (named in the article)
    ("un", "Rafael Grossi spoke in Vienna. Bolivia's foreign ministry said that La Paz would not support the "
           "Argentine nomination.", {O("Rafael Grossi", "Bolivia")}),
    ("un", "Rebeca Grynspan spoke in Geneva. Panama and Belize both said they would back the Costa Rican nomination.",
     {E("Rebeca Grynspan", "Panama"), E("Rebeca Grynspan", "Belize")}),
    ("nato", "Mark Rutte spoke in Brussels. Hungary would not back the Dutch nomination.", {O("Mark Rutte", "Hungary")}),
    ("nato", "Klaus Iohannis spoke. Bulgaria said it would support the Romanian candidacy.",
     {E("Klaus Iohannis", "Bulgaria")}),
    # near-misses: a nomination "of" someone else, the state's own nomination of a person named after, an Argentine
    # delegation hosting, a nomination to another body
    ("un", "Rafael Grossi spoke in Vienna. Bolivia backed the Argentine nomination of a judge to the court.", set()),
    ("un", "Rafael Grossi spoke in Vienna. The Argentine delegation hosted a reception for Bolivia.", set()),
    ("nato", "Mark Rutte spoke in Brussels. Hungary praised the Dutch nomination process.", set()),
    # ---- a bid in focus lodged by a state: candidacy and endorsement
    ("un", "Rebeca Grynspan spoke in Geneva. The candidature was submitted by the Government of Costa Rica to the "
           "Security Council on 2 March.", {E("Rebeca Grynspan", "Costa Rica")}),
    ("un", "Michelle Bachelet spoke in Geneva. The nomination was formally presented by Chile in March.",
     {E("Michelle Bachelet", "Chile")}),
    ("nato", "Mark Rutte spoke in Brussels. This candidacy was lodged by the Netherlands in February.",
     {E("Mark Rutte", "Netherlands")}),
    # near-misses: a resolution, a candidacy praised or presented to a state, another body's candidacy
    ("un", "Michelle Bachelet spoke in Geneva. The resolution was presented by Chile in March.", set()),
    ("un", "Michelle Bachelet spoke in Geneva. The candidacy was praised by Chile in March.", set()),
    ("un", "Michelle Bachelet spoke in Geneva. The candidacy was presented to Chile in March.", set()),
    ("un", "Michelle Bachelet spoke in Geneva. The candidacy of Peru for the Council was presented by Chile.", set()),
    # ---- a bloc's or a state's heads as its organ; the country of a meeting's place is no actor
    ("un", "Heads of Government of the African Union, meeting in Kigali, Rwanda, endorsed Rebeca Grynspan.",
     {E("Rebeca Grynspan", "African Union")}),
    ("un", "The heads of state of Chile and Peru backed Michelle Bachelet on Monday.",
     {E("Michelle Bachelet", "Chile"), E("Michelle Bachelet", "Peru")}),
    ("un", "Ministers meeting in Lima, Peru, on Monday backed Michelle Bachelet.", set()),
    ("un", "Rafael Grossi was endorsed at a summit in Quito, Ecuador.", set()),
    ("nato", "Defence ministers gathered in Vilnius, Lithuania, backed Mark Rutte.", set()),
    ("un", "In Brussels, Germany, France and Italy backed Rafael Grossi.",
     {E("Rafael Grossi", "Germany"), E("Rafael Grossi", "France"), E("Rafael Grossi", "Italy")}),
    ("un", "In Lima, Peru said it backs Rafael Grossi.", {E("Rafael Grossi", "Peru")}),
    # ---- a text a state issued: "S's statement backing X", a stance "in a joint note from A and B"
    ("un", "Peru's statement backing Michelle Bachelet, released on Tuesday, was short.", {E("Michelle Bachelet", "Peru")}),
    ("nato", "Latvia's joint letter backing Mark Rutte, sent on Monday, was welcomed.", {E("Mark Rutte", "Latvia")}),
    ("nato", "Hungary's statement rejecting Klaus Iohannis was long.", {O("Klaus Iohannis", "Hungary")}),
    ("un", "Rafael Grossi's bid was rejected in a joint note from Bolivia and Ecuador.",
     {O("Rafael Grossi", "Bolivia"), O("Rafael Grossi", "Ecuador")}),
    # near-misses: a statement about a visit, praise, a text backing something else
    ("un", "Peru's statement on Michelle Bachelet's visit was short.", set()),
    ("un", "Peru's statement praising Michelle Bachelet was short.", set()),
    ("un", "Peru's resolution backing the climate deal was praised by Michelle Bachelet.", set()),
    ("un", "Rafael Grossi's plan was discussed in a joint note from Bolivia and Ecuador.", set()),
    ("un", "Rafael Grossi was backed by governments of Chile and Peru.",
     {E("Rafael Grossi", "Chile"), E("Rafael Grossi", "Peru")}),
]


@pytest.mark.parametrize("race,text,expected", CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_nominal_actors(request, race, text, expected):
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    title, day = (NATO_TITLE, NATO_DAY) if race == "nato" else (UN_TITLE, UN_DAY)
    got = {k for k in event_keys(story, title, text, day) if k[0] in ("endorsement", "opposition")}
    assert got == expected
