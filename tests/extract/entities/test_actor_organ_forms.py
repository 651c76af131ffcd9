"""Actor forms and stance idioms (round 22, issue 12 items 1 and 4). A state acts through its organs named before
"of" and its name ("the government of S", "the governments of A, B and C", "the permanent mission of S", "the
Ruritanian mission"); a passive's agent may be the text that made the act ("nominated in a joint letter from A and
B"); the states listed in apposition after a candidate's supporters ("her remaining sponsors, A and B,") back
them; a duration after the candidate ("campaigned for her for ten months") is no qualifier of the support;
"lend one's voice to" is a stance idiom (negated, a refusal). Both races, invented states and candidates where the
story files allow (the UN story lists every UN member), about half near-misses that must give no event."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import E, O, event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 4, 12), dt.date(2026, 6, 12)


def C(subject):
    return ("candidacy", subject, None)


CASES = [
    # ---- a state's organ before "of" and its name acts for it
    ("un", "Michelle Bachelet was nominated by the government of Chile on Monday.",
     {C("Michelle Bachelet"), E("Michelle Bachelet", "Chile")}),
    ("un", "Rebeca Grynspan was endorsed by the governments of Panama, Uruguay and Paraguay.",
     {E("Rebeca Grynspan", "Panama"), E("Rebeca Grynspan", "Uruguay"), E("Rebeca Grynspan", "Paraguay")}),
    ("un", "The permanent mission of Argentina formally nominated Rafael Grossi in November.",
     {C("Rafael Grossi"), E("Rafael Grossi", "Argentina")}),
    ("un", "The Argentine mission, which nominated Rafael Grossi in November, handed out a booklet in the hall.",
     {C("Rafael Grossi"), E("Rafael Grossi", "Argentina")}),
    ("un", "Michelle Bachelet won the backing of the new cabinet of Peru.", {E("Michelle Bachelet", "Peru")}),
    ("nato", "Mark Rutte was backed by the government of Portugal and the governments of Greece and Cyprus.",
     {E("Mark Rutte", "Portugal"), E("Mark Rutte", "Greece")}),
    ("nato", "The Latvian mission to NATO said Riga supports Mark Rutte.", {E("Mark Rutte", "Latvia")}),
    # near-misses: a city's government, a former government, an organ that only hosts or receives the candidate,
    # a mission of another body
    ("un", "The government of Buenos Aires hosted Rafael Grossi on Monday.", set()),
    ("un", "Michelle Bachelet was received by the government of Chile on Monday.", set()),
    ("un", "The former government of Peru once backed a different candidate, said Michelle Bachelet.", set()),
    ("un", "The UN mission in Haiti thanked Rebeca Grynspan for her visit.", set()),
    ("nato", "The government of Portugal hosted Mark Rutte in Lisbon on Tuesday.", set()),
    ("nato", "The NATO mission in Kosovo welcomed Mark Rutte on Tuesday.", set()),
    # ---- the text that made the act as a passive's agent
    ("un", "Michelle Bachelet was formally nominated on Monday in a joint letter from the governments of Chile, "
           "Brazil and Mexico to the presidents of the General Assembly.",
     {C("Michelle Bachelet"), E("Michelle Bachelet", "Chile"), E("Michelle Bachelet", "Brazil"),
      E("Michelle Bachelet", "Mexico")}),
    ("un", "Rebeca Grynspan was backed in a joint statement by Panama and Belize.",
     {E("Rebeca Grynspan", "Panama"), E("Rebeca Grynspan", "Belize")}),
    ("nato", "Mark Rutte was endorsed in a letter from Latvia.", {E("Mark Rutte", "Latvia")}),
    # near-misses: a text that praises, a text from a person no state
    ("un", "Michelle Bachelet was praised in a statement from Chile.", set()),
    ("nato", "Mark Rutte was criticised in a letter from Hungary.", set()),
    # ---- the states in apposition after the candidate's supporters
    ("un", "Michelle Bachelet lost the straw poll. Her remaining sponsors, Brazil and Mexico, met on Monday.",
     {E("Michelle Bachelet", "Brazil"), E("Michelle Bachelet", "Mexico")}),
    ("un", "Rafael Grossi's co-sponsors are Paraguay and Uruguay.",
     {E("Rafael Grossi", "Paraguay"), E("Rafael Grossi", "Uruguay")}),
    ("nato", "Mark Rutte's earliest backers, Poland, Spain and Italy, welcomed the news.",
     {E("Mark Rutte", "Poland"), E("Mark Rutte", "Spain"), E("Mark Rutte", "Italy")}),
    # near-misses: possible or former supporters, critics, supporters who are no states
    ("un", "Rafael Grossi's possible backers, Paraguay and Uruguay, met on Monday.", set()),
    ("un", "Michelle Bachelet's former sponsors, Brazil and Mexico, met on Monday.", set()),
    ("nato", "Mark Rutte's critics, Hungary and Slovakia, welcomed the news.", set()),
    ("nato", "Mark Rutte's backers, mostly in western Europe, welcomed the news.", set()),
    # ---- a duration after the candidate is no qualifier of the support
    ("un", "The government in Montevideo had campaigned for Rafael Grossi for ten months.",
     {E("Rafael Grossi", "Uruguay")}),
    ("nato", "Latvia has backed Mark Rutte for the past two years.", {E("Mark Rutte", "Latvia")}),
    # near-misses: "for" another post or term
    ("un", "Uruguay campaigned for Rafael Grossi for a second term at the IAEA.", set()),
    ("nato", "Latvia backed Mark Rutte for a year-long term at the OSCE.", set()),
    # ---- "lend one's voice to": support; negated as a decision, a refusal
    ("nato", "Slovakia would not lend its voice to Mark Rutte for the time being.", {O("Mark Rutte", "Slovakia")}),
    ("nato", "Mark Rutte spoke on Monday. Slovakia has lent its voice to the Dutch candidate.",
     {E("Mark Rutte", "Slovakia")}),
    ("un", "Peru is lending its voice to Michelle Bachelet's candidacy.", {E("Michelle Bachelet", "Peru")}),
    # ---- "it" opening a relative clause is the state named before it
    ("un", "Chile backs Michelle Bachelet, whom it nominated last September.",
     {C("Michelle Bachelet"), E("Michelle Bachelet", "Chile")}),
    ("nato", "Romania stands by Klaus Iohannis, whom it put forward in March.",
     {C("Klaus Iohannis"), E("Klaus Iohannis", "Romania")}),
    # near-misses: what the state did to the candidate is no stance; not yet done
    ("un", "Chile welcomed Rebeca Grynspan, whom it hosted last September.", set()),
    ("nato", "Latvia praised Mark Rutte, whom it has not yet endorsed.", set()),
    # ---- a supporter noun after "become"
    ("nato", "Latvia has become the loudest champion of Mark Rutte.", {E("Mark Rutte", "Latvia")}),
    ("un", "Panama became one of Rebeca Grynspan's most vocal backers.", {E("Rebeca Grynspan", "Panama")}),
    # near-misses: a supporter it could become; a critic it became
    ("un", "Panama could become one of Rebeca Grynspan's backers.", set()),
    ("nato", "Latvia has become a critic of Mark Rutte.", set()),
    # ---- "the <demonym> government" is one mention with its article (a clause after ", and" keeps its actor)
    ("nato", "Mark Rutte spoke. Sofia and Zagreb said they would support Rutte, and the Czech government confirmed "
             "its backing.", {E("Mark Rutte", "Bulgaria"), E("Mark Rutte", "Croatia"), E("Mark Rutte", "Czech Republic")}),
    ("un", "Rebeca Grynspan spoke. Panama said it would back her, and the Uruguayan government confirmed its support.",
     {E("Rebeca Grynspan", "Panama"), E("Rebeca Grynspan", "Uruguay")}),
    # near-misses: a former government; support for something else
    ("nato", "The former Czech government backed Mark Rutte.", set()),
    ("un", "Rebeca Grynspan spoke. Panama said it would back her, and the Uruguayan government confirmed its support "
           "for the trade deal.", {E("Rebeca Grynspan", "Panama")}),
    # ---- a day inside a multiword stance, a reflexive inside a phrasal one
    ("nato", "Poland came down on Thursday on the side of Mark Rutte.", {E("Mark Rutte", "Poland")}),
    ("un", "Peru came down on Monday on the side of Michelle Bachelet.", {E("Michelle Bachelet", "Peru")}),
    ("nato", "Sweden has lined itself up behind Mark Rutte.", {E("Mark Rutte", "Sweden")}),
    ("un", "Mexico has placed itself behind Rebeca Grynspan.", {E("Rebeca Grynspan", "Mexico")}),
    # near-misses: a condition, a negation not yet decided, another object
    ("nato", "Poland could come down on Thursday on the side of Mark Rutte.", set()),
    ("nato", "Sweden has not lined itself up behind Mark Rutte yet.", set()),
    ("nato", "Poland came down on Thursday on the side of the eastern flank, Mark Rutte said.", set()),
    ("un", "Mexico has placed itself behind the reform agenda, Rebeca Grynspan said.", set()),
    # ---- "his supporters" is the candidate's only before the states it names
    ("nato", "Mark Rutte thanked his supporters and announced his candidacy for NATO secretary general on Monday.",
     {C("Mark Rutte")}),
    # near-misses: a voice lent to something else; not yet lent
    ("nato", "Slovakia lent its voice to calls for a stronger eastern flank, Mark Rutte said.", set()),
    ("un", "Peru has not yet lent its voice to Michelle Bachelet.", set()),
]


@pytest.mark.parametrize("race,text,expected", CASES, ids=[c[1][:70] for c in CASES])
def test_actor_forms(request, race, text, expected):
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    title, day = (NATO_TITLE, NATO_DAY) if race == "nato" else (UN_TITLE, UN_DAY)
    assert event_keys(story, title, text, day) == expected, text
